import {
  CLASSIC_SEVERITIES,
  ConfigError,
  RULES_PACKAGE_NAMES,
  publishedRulesPackagesOf,
  systemClock
} from "./chunks/chunk-67KNXPF6.js";
import {
  Account2,
  BASE62,
  CATALOG,
  CODE_RULES,
  HEX,
  PORT_RULES,
  Random,
  Reports,
  SEVERITY_RANK,
  ServiceError,
  accessDenied,
  avalanche,
  catalogIndexOf,
  checkReportFaults,
  factsOf,
  findingDetailJson,
  findingJson,
  hash,
  internalServer,
  invalidField,
  missingToken,
  networkSteps,
  notServed,
  packagesOf,
  sec,
  severityOf,
  statusAt,
  throttled,
  titleOfFinding,
  unit,
  updatedAtOf,
  validation
} from "./chunks/chunk-IUZKL2G5.js";

// src/emulator/classic/run-lifecycle.ts
var RUN_STATES = [
  "CREATED",
  "START_DATA_COLLECTION_PENDING",
  "START_DATA_COLLECTION_IN_PROGRESS",
  "COLLECTING_DATA",
  "STOP_DATA_COLLECTION_PENDING",
  "DATA_COLLECTED",
  "START_EVALUATING_RULES_PENDING",
  "EVALUATING_RULES",
  "FAILED",
  "ERROR",
  "COMPLETED",
  "COMPLETED_WITH_ERRORS",
  "CANCELED"
];
var OUTCOMES = ["COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "ERROR", "NEVER"];
function isOutcome(value) {
  return OUTCOMES.includes(value);
}
var TERMINAL_STATES = /* @__PURE__ */ new Set([
  "FAILED",
  "ERROR",
  "COMPLETED",
  "COMPLETED_WITH_ERRORS",
  "CANCELED"
]);
var ORDER = new Map(RUN_STATES.map((s2, i) => [s2, i]));
var COLLECTING = ORDER.get("COLLECTING_DATA");
var PHASE_SECONDS = {
  CREATED: 2,
  START_DATA_COLLECTION_PENDING: 3,
  START_DATA_COLLECTION_IN_PROGRESS: 5,
  STOP_DATA_COLLECTION_PENDING: 10,
  DATA_COLLECTED: 5,
  START_EVALUATING_RULES_PENDING: 5,
  EVALUATING_RULES: 30
};
var Run = class {
  arn;
  name;
  templateArn;
  durationInSeconds;
  rulesPackageArns;
  userAttributesForFindings;
  createdAt;
  timeScale;
  agentIds;
  findings;
  outcome;
  /** Changes that have happened, oldest first. */
  changes;
  /** Changes still to come, in order. */
  plan;
  /** Share of the data collected when the run was stopped with START_EVALUATION (1 otherwise). */
  collectedFraction = 1;
  /** Set by StopAssessmentRun. */
  stopAction;
  constructor(init, history) {
    this.arn = init.arn;
    this.name = init.name;
    this.templateArn = init.templateArn;
    this.durationInSeconds = init.durationInSeconds;
    this.rulesPackageArns = init.rulesPackageArns;
    this.userAttributesForFindings = init.userAttributesForFindings;
    this.createdAt = init.createdAt;
    this.timeScale = init.timeScale;
    this.agentIds = init.agentIds;
    this.findings = init.findings;
    this.outcome = init.outcome;
    if (history) {
      this.changes = history.changes;
      this.plan = history.plan;
    } else {
      this.changes = [{ state: "CREATED", at: init.createdAt }];
      this.plan = this.planFrom("CREATED", init.createdAt);
    }
  }
  /** A duration on this run's scaled clock, in whole ms (timestamps carry ms precision). */
  ms(seconds2) {
    return Math.round(seconds2 * 1e3 / this.timeScale);
  }
  get state() {
    return this.changes[this.changes.length - 1].state;
  }
  get stateChangedAt() {
    return this.changes[this.changes.length - 1].at;
  }
  get terminal() {
    return TERMINAL_STATES.has(this.state);
  }
  /** When data collection started, if it did. */
  get startedAt() {
    return this.changes.find((c) => c.state === "COLLECTING_DATA")?.at;
  }
  get completedAt() {
    return this.terminal ? this.stateChangedAt : void 0;
  }
  get dataCollected() {
    return this.changes.some((c) => c.state === "DATA_COLLECTED");
  }
  /** Moves every planned change due by `now` into the history. */
  advance(now) {
    while (this.plan.length > 0 && this.plan[0].at <= now) {
      this.changes.push(this.plan.shift());
    }
  }
  next(state) {
    const outcome = this.outcome === "NEVER" && this.stopAction === "START_EVALUATION" ? "COMPLETED" : this.outcome;
    const index = ORDER.get(state);
    if (TERMINAL_STATES.has(state)) return void 0;
    if (outcome === "NEVER" && index >= COLLECTING) return void 0;
    if (outcome === "FAILED" && index >= COLLECTING) return "FAILED";
    switch (state) {
      case "CREATED":
        return "START_DATA_COLLECTION_PENDING";
      case "START_DATA_COLLECTION_PENDING":
        return "START_DATA_COLLECTION_IN_PROGRESS";
      case "START_DATA_COLLECTION_IN_PROGRESS":
        return this.agentIds.length === 0 ? "FAILED" : "COLLECTING_DATA";
      case "COLLECTING_DATA":
        return "STOP_DATA_COLLECTION_PENDING";
      case "STOP_DATA_COLLECTION_PENDING":
        return "DATA_COLLECTED";
      case "DATA_COLLECTED":
        return "START_EVALUATING_RULES_PENDING";
      case "START_EVALUATING_RULES_PENDING":
        return "EVALUATING_RULES";
      case "EVALUATING_RULES":
        return outcome === "ERROR" ? "ERROR" : outcome === "COMPLETED_WITH_ERRORS" ? "COMPLETED_WITH_ERRORS" : "COMPLETED";
      default:
        return void 0;
    }
  }
  /** When the run leaves `state`, entered at `at` (collection start given for COLLECTING_DATA). */
  leaves(state, at, collectStart) {
    if (state === "COLLECTING_DATA") {
      const share = this.outcome === "FAILED" ? 1 / 3 : 1;
      return Math.max(at, collectStart + this.ms(this.durationInSeconds * share));
    }
    return at + this.ms(PHASE_SECONDS[state] ?? 0);
  }
  /** The changes that follow `state`, entered at `at`, under the current outcome. */
  planFrom(state, at, notBefore = at) {
    const steps = [];
    let collectStart = this.startedAt ?? at;
    let current = state;
    let t = at;
    for (; ; ) {
      const next = this.next(current);
      if (next === void 0) break;
      t = Math.max(notBefore, this.leaves(current, t, collectStart));
      if (next === "COLLECTING_DATA") collectStart = t;
      steps.push({ state: next, at: t });
      current = next;
    }
    return steps;
  }
  /** Changes how the run ends, from `now` on. A run that has ended keeps its end. */
  setOutcome(outcome, now) {
    this.advance(now);
    this.outcome = outcome;
    if (this.terminal || this.stopAction === "SKIP_EVALUATION") return;
    this.plan = this.planFrom(this.state, this.stateChangedAt, now);
    this.advance(now);
  }
  /** StopAssessmentRun. Returns false when the run had already ended (nothing to stop). */
  stop(action, now) {
    this.advance(now);
    if (this.terminal) return false;
    if (action === "SKIP_EVALUATION") {
      this.stopAction = action;
      this.plan = [];
      this.changes.push({ state: "CANCELED", at: now });
      return true;
    }
    const index = ORDER.get(this.state);
    if (index > COLLECTING) return true;
    this.stopAction = action;
    const started = this.startedAt;
    this.collectedFraction = started === void 0 ? 0 : Math.min(1, (now - started) / this.ms(this.durationInSeconds));
    if (this.outcome === "FAILED") {
      this.plan = [{ state: "FAILED", at: now }];
    } else {
      this.plan = [
        { state: "STOP_DATA_COLLECTION_PENDING", at: now },
        ...this.planFrom("STOP_DATA_COLLECTION_PENDING", now)
      ];
    }
    this.advance(now);
    return true;
  }
  /** How many findings the run lists: all of them once it completed (a share when stopped early). */
  visibleFindings() {
    const s2 = this.state;
    if (s2 !== "COMPLETED" && s2 !== "COMPLETED_WITH_ERRORS") return 0;
    return Math.floor(this.findings.size * this.collectedFraction);
  }
  findingCounts() {
    return this.findings.countsOf(this.visibleFindings());
  }
  findingContext() {
    const evaluating = this.changes.find((c) => c.state === "EVALUATING_RULES")?.at ?? this.createdAt;
    const end = this.completedAt ?? evaluating;
    return {
      runArn: this.arn,
      userAttributesForFindings: this.userAttributesForFindings,
      createdBaseMs: evaluating,
      spreadMs: Math.max(0, end - evaluating)
    };
  }
};

// src/emulator/shared/pagination.ts
import { createHmac, randomBytes } from "node:crypto";
var PageTokens = class {
  constructor(refusal, secret = randomBytes(32)) {
    this.refusal = refusal;
    this.secret = secret;
  }
  refusal;
  secret;
  seal(body) {
    return createHmac("sha256", this.secret).update(body).digest("base64url").slice(0, 22);
  }
  /** A token continuing `operation` for the request described by `scope` at `position`. */
  issue(operation, scope, position2) {
    const body = Buffer.from(
      JSON.stringify([operation, hash(operation, JSON.stringify(scope ?? null)), ...position2])
    ).toString("base64url");
    return `${body}.${this.seal(body)}`;
  }
  /** The position a token stands for; throws when the token is not one we issued for this request. */
  read(operation, scope, token) {
    const refuse = () => this.refusal(operation);
    const dot = token.indexOf(".");
    if (dot < 0) throw refuse();
    const body = token.slice(0, dot);
    if (this.seal(body) !== token.slice(dot + 1)) throw refuse();
    let payload;
    try {
      payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    } catch {
      throw refuse();
    }
    if (!Array.isArray(payload) || payload[0] !== operation) throw refuse();
    if (payload[1] !== hash(operation, JSON.stringify(scope ?? null))) throw refuse();
    const position2 = payload.slice(2);
    if (!position2.every((n) => Number.isInteger(n) && n >= 0)) throw refuse();
    return position2;
  }
};

// src/emulator/classic/arn.ts
var ID = "0-[0-9A-Za-z]{8}";
var ARN = new RegExp(
  `^arn:aws:inspector:([a-z0-9-]{1,32}):([0-9]{12}):(?:(resourcegroup|rulespackage)/(${ID})|(target/${ID})(?:/template/(${ID})(?:/run/(${ID})(?:/(finding|exclusion)/(${ID}))?)?)?)$`
);
function parseArn(arn) {
  const m = ARN.exec(arn);
  if (m === null) return void 0;
  const [, region = "", account = "", flatKind, flatId, target, template, run, childKind, childId] = m;
  if (flatKind !== void 0 && flatId !== void 0) {
    return { region, account, kind: flatKind, id: flatId };
  }
  const prefix = `arn:aws:inspector:${region}:${account}:${target}`;
  if (template === void 0) return { region, account, kind: "target", id: target.slice(7) };
  const templateArn = `${prefix}/template/${template}`;
  if (run === void 0) return { region, account, kind: "template", parent: prefix, id: template };
  const runArn = `${templateArn}/run/${run}`;
  if (childKind === void 0 || childId === void 0) {
    return { region, account, kind: "run", parent: templateArn, id: run };
  }
  return { region, account, kind: childKind, parent: runArn, id: childId };
}
function arnPrefix(region, account) {
  return `arn:aws:inspector:${region}:${account}:`;
}
var HALF = 8388608;
var ROUNDS = 4;
function round(value, key, i) {
  return avalanche(value ^ Math.imul(key, i + 1) ^ i << 24) & HALF - 1;
}
function encodeFindingId(index, key) {
  let left = Math.floor(index / HALF);
  let right = index % HALF;
  for (let i = 0; i < ROUNDS; i++) {
    const next = left ^ round(right, key, i);
    left = right;
    right = next;
  }
  let value = left * HALF + right;
  let out = "";
  for (let i = 0; i < 8; i++) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return `0-${out}`;
}
function decodeFindingId(id, key) {
  if (id.length !== 10 || !id.startsWith("0-")) return -1;
  let value = 0;
  for (let i = 2; i < 10; i++) {
    const digit = BASE62.indexOf(id[i]);
    if (digit < 0) return -1;
    value = value * 62 + digit;
  }
  if (value >= HALF * HALF) return -1;
  let left = Math.floor(value / HALF);
  let right = value % HALF;
  for (let i = ROUNDS - 1; i >= 0; i--) {
    const previous = right ^ round(left, key, i);
    right = left;
    left = previous;
  }
  return left * HALF + right;
}

// src/emulator/classic/errors.ts
function invalidInput(errorCode, message) {
  return new ServiceError("InvalidInputException", 400, message, { errorCode, canRetry: false });
}
function noSuchEntity(errorCode, message) {
  return new ServiceError("NoSuchEntityException", 400, message, { errorCode, canRetry: false });
}
function accessDenied2(errorCode, message, status = 400) {
  return new ServiceError("AccessDeniedException", status, message, { errorCode, canRetry: false });
}
function limitExceeded(errorCode, message) {
  return new ServiceError("LimitExceededException", 400, message, { errorCode, canRetry: false });
}
function internalError(message = "Internal server error.") {
  return new ServiceError("InternalException", 500, message, { canRetry: true });
}
function throttling() {
  return new ServiceError("ThrottlingException", 400, "Rate exceeded");
}
function runInProgress(message, runArns) {
  return new ServiceError("AssessmentRunInProgressException", 400, message, {
    assessmentRunArns: runArns.slice(0, 10),
    assessmentRunArnsTruncated: runArns.length > 10,
    canRetry: false
  });
}
function agentsAlreadyRunning(message, agents) {
  return new ServiceError("AgentsAlreadyRunningAssessmentException", 400, message, {
    agents: agents.slice(0, 10),
    agentsTruncated: agents.length > 10,
    canRetry: false
  });
}
function serialization(message) {
  return new ServiceError("SerializationException", 400, message);
}
function unknownOperation(message) {
  return new ServiceError("UnknownOperationException", 400, message);
}
function invalidPageToken(operation) {
  return invalidInput(
    "INVALID_PAGINATION_TOKEN",
    `The pagination token is invalid or does not belong to this ${operation} request.`
  );
}

// src/emulator/shared/service-model.ts
function shapeIn(model, name) {
  const shape = model.shapes[name];
  if (shape === void 0) throw new Error(`the ${model.metadata.endpointPrefix} model has no shape ${name}`);
  return shape;
}
function operationIn(model, name) {
  return Object.hasOwn(model.operations, name) ? model.operations[name] : void 0;
}
function listMaxIn(model, operation, member) {
  const output = operationIn(model, operation)?.output;
  if (output === void 0) {
    throw new Error(`${model.metadata.endpointPrefix} ${operation} has no output`);
  }
  const ref = shapeIn(model, output.shape).members?.[member];
  if (ref === void 0) {
    throw new Error(`${model.metadata.endpointPrefix} ${operation} output has no member ${member}`);
  }
  return shapeIn(model, ref.shape).max;
}

// src/emulator/classic/inspector-2016-02-16.json
var inspector_2016_02_16_default = {
  metadata: {
    apiVersion: "2016-02-16",
    auth: [
      "aws.auth#sigv4"
    ],
    endpointPrefix: "inspector",
    jsonVersion: "1.1",
    protocol: "json",
    protocols: [
      "json"
    ],
    serviceFullName: "Amazon Inspector",
    serviceId: "Inspector",
    signatureVersion: "v4",
    targetPrefix: "InspectorService",
    uid: "inspector-2016-02-16"
  },
  operations: {
    AddAttributesToFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "AddAttributesToFindingsRequest"
      },
      name: "AddAttributesToFindings",
      output: {
        shape: "AddAttributesToFindingsResponse"
      }
    },
    CreateAssessmentTarget: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateAssessmentTargetRequest"
      },
      name: "CreateAssessmentTarget",
      output: {
        shape: "CreateAssessmentTargetResponse"
      }
    },
    CreateAssessmentTemplate: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateAssessmentTemplateRequest"
      },
      name: "CreateAssessmentTemplate",
      output: {
        shape: "CreateAssessmentTemplateResponse"
      }
    },
    CreateExclusionsPreview: {
      errors: [
        {
          shape: "InvalidInputException"
        },
        {
          shape: "PreviewGenerationInProgressException"
        },
        {
          shape: "InternalException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateExclusionsPreviewRequest"
      },
      name: "CreateExclusionsPreview",
      output: {
        shape: "CreateExclusionsPreviewResponse"
      }
    },
    CreateResourceGroup: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateResourceGroupRequest"
      },
      name: "CreateResourceGroup",
      output: {
        shape: "CreateResourceGroupResponse"
      }
    },
    DeleteAssessmentRun: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DeleteAssessmentRunRequest"
      },
      name: "DeleteAssessmentRun"
    },
    DeleteAssessmentTarget: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DeleteAssessmentTargetRequest"
      },
      name: "DeleteAssessmentTarget"
    },
    DeleteAssessmentTemplate: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DeleteAssessmentTemplateRequest"
      },
      name: "DeleteAssessmentTemplate"
    },
    DescribeAssessmentRuns: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeAssessmentRunsRequest"
      },
      name: "DescribeAssessmentRuns",
      output: {
        shape: "DescribeAssessmentRunsResponse"
      }
    },
    DescribeAssessmentTargets: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeAssessmentTargetsRequest"
      },
      name: "DescribeAssessmentTargets",
      output: {
        shape: "DescribeAssessmentTargetsResponse"
      }
    },
    DescribeAssessmentTemplates: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeAssessmentTemplatesRequest"
      },
      name: "DescribeAssessmentTemplates",
      output: {
        shape: "DescribeAssessmentTemplatesResponse"
      }
    },
    DescribeCrossAccountAccessRole: {
      errors: [
        {
          shape: "InternalException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      name: "DescribeCrossAccountAccessRole",
      output: {
        shape: "DescribeCrossAccountAccessRoleResponse"
      }
    },
    DescribeExclusions: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeExclusionsRequest"
      },
      name: "DescribeExclusions",
      output: {
        shape: "DescribeExclusionsResponse"
      }
    },
    DescribeFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeFindingsRequest"
      },
      name: "DescribeFindings",
      output: {
        shape: "DescribeFindingsResponse"
      }
    },
    DescribeResourceGroups: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeResourceGroupsRequest"
      },
      name: "DescribeResourceGroups",
      output: {
        shape: "DescribeResourceGroupsResponse"
      }
    },
    DescribeRulesPackages: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeRulesPackagesRequest"
      },
      name: "DescribeRulesPackages",
      output: {
        shape: "DescribeRulesPackagesResponse"
      }
    },
    GetAssessmentReport: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "UnsupportedFeatureException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "GetAssessmentReportRequest"
      },
      name: "GetAssessmentReport",
      output: {
        shape: "GetAssessmentReportResponse"
      }
    },
    GetExclusionsPreview: {
      errors: [
        {
          shape: "InvalidInputException"
        },
        {
          shape: "InternalException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "GetExclusionsPreviewRequest"
      },
      name: "GetExclusionsPreview",
      output: {
        shape: "GetExclusionsPreviewResponse"
      }
    },
    GetTelemetryMetadata: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "GetTelemetryMetadataRequest"
      },
      name: "GetTelemetryMetadata",
      output: {
        shape: "GetTelemetryMetadataResponse"
      }
    },
    ListAssessmentRunAgents: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentRunAgentsRequest"
      },
      name: "ListAssessmentRunAgents",
      output: {
        shape: "ListAssessmentRunAgentsResponse"
      }
    },
    ListAssessmentRuns: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentRunsRequest"
      },
      name: "ListAssessmentRuns",
      output: {
        shape: "ListAssessmentRunsResponse"
      }
    },
    ListAssessmentTargets: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentTargetsRequest"
      },
      name: "ListAssessmentTargets",
      output: {
        shape: "ListAssessmentTargetsResponse"
      }
    },
    ListAssessmentTemplates: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentTemplatesRequest"
      },
      name: "ListAssessmentTemplates",
      output: {
        shape: "ListAssessmentTemplatesResponse"
      }
    },
    ListEventSubscriptions: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListEventSubscriptionsRequest"
      },
      name: "ListEventSubscriptions",
      output: {
        shape: "ListEventSubscriptionsResponse"
      }
    },
    ListExclusions: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListExclusionsRequest"
      },
      name: "ListExclusions",
      output: {
        shape: "ListExclusionsResponse"
      }
    },
    ListFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListFindingsRequest"
      },
      name: "ListFindings",
      output: {
        shape: "ListFindingsResponse"
      }
    },
    ListRulesPackages: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListRulesPackagesRequest"
      },
      name: "ListRulesPackages",
      output: {
        shape: "ListRulesPackagesResponse"
      }
    },
    ListTagsForResource: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListTagsForResourceRequest"
      },
      name: "ListTagsForResource",
      output: {
        shape: "ListTagsForResourceResponse"
      }
    },
    PreviewAgents: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "PreviewAgentsRequest"
      },
      name: "PreviewAgents",
      output: {
        shape: "PreviewAgentsResponse"
      }
    },
    RegisterCrossAccountAccessRole: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "RegisterCrossAccountAccessRoleRequest"
      },
      name: "RegisterCrossAccountAccessRole"
    },
    RemoveAttributesFromFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "RemoveAttributesFromFindingsRequest"
      },
      name: "RemoveAttributesFromFindings",
      output: {
        shape: "RemoveAttributesFromFindingsResponse"
      }
    },
    SetTagsForResource: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "SetTagsForResourceRequest"
      },
      name: "SetTagsForResource"
    },
    StartAssessmentRun: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        },
        {
          shape: "AgentsAlreadyRunningAssessmentException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "StartAssessmentRunRequest"
      },
      name: "StartAssessmentRun",
      output: {
        shape: "StartAssessmentRunResponse"
      }
    },
    StopAssessmentRun: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "StopAssessmentRunRequest"
      },
      name: "StopAssessmentRun"
    },
    SubscribeToEvent: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "SubscribeToEventRequest"
      },
      name: "SubscribeToEvent"
    },
    UnsubscribeFromEvent: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "UnsubscribeFromEventRequest"
      },
      name: "UnsubscribeFromEvent"
    },
    UpdateAssessmentTarget: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "UpdateAssessmentTargetRequest"
      },
      name: "UpdateAssessmentTarget"
    }
  },
  shapes: {
    AccessDeniedErrorCode: {
      enum: [
        "ACCESS_DENIED_TO_ASSESSMENT_TARGET",
        "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE",
        "ACCESS_DENIED_TO_ASSESSMENT_RUN",
        "ACCESS_DENIED_TO_FINDING",
        "ACCESS_DENIED_TO_RESOURCE_GROUP",
        "ACCESS_DENIED_TO_RULES_PACKAGE",
        "ACCESS_DENIED_TO_SNS_TOPIC",
        "ACCESS_DENIED_TO_IAM_ROLE"
      ],
      type: "string"
    },
    AccessDeniedException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "AccessDeniedErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    AddAttributesToFindingsRequest: {
      members: {
        attributes: {
          shape: "UserAttributeList"
        },
        findingArns: {
          shape: "AddRemoveAttributesFindingArnList"
        }
      },
      required: [
        "findingArns",
        "attributes"
      ],
      type: "structure"
    },
    AddAttributesToFindingsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "failedItems"
      ],
      type: "structure"
    },
    AddRemoveAttributesFindingArnList: {
      max: 10,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    AgentAlreadyRunningAssessment: {
      members: {
        agentId: {
          shape: "AgentId"
        },
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "agentId",
        "assessmentRunArn"
      ],
      type: "structure"
    },
    AgentAlreadyRunningAssessmentList: {
      max: 10,
      member: {
        shape: "AgentAlreadyRunningAssessment"
      },
      min: 1,
      type: "list"
    },
    AgentFilter: {
      members: {
        agentHealthCodes: {
          shape: "AgentHealthCodeList"
        },
        agentHealths: {
          shape: "AgentHealthList"
        }
      },
      required: [
        "agentHealths",
        "agentHealthCodes"
      ],
      type: "structure"
    },
    AgentHealth: {
      enum: [
        "HEALTHY",
        "UNHEALTHY",
        "UNKNOWN"
      ],
      type: "string"
    },
    AgentHealthCode: {
      enum: [
        "IDLE",
        "RUNNING",
        "SHUTDOWN",
        "UNHEALTHY",
        "THROTTLED",
        "UNKNOWN"
      ],
      type: "string"
    },
    AgentHealthCodeList: {
      max: 10,
      member: {
        shape: "AgentHealthCode"
      },
      min: 0,
      type: "list"
    },
    AgentHealthList: {
      max: 10,
      member: {
        shape: "AgentHealth"
      },
      min: 0,
      type: "list"
    },
    AgentId: {
      max: 128,
      min: 1,
      type: "string"
    },
    AgentIdList: {
      max: 99,
      member: {
        shape: "AgentId"
      },
      min: 0,
      type: "list"
    },
    AgentPreview: {
      members: {
        agentHealth: {
          shape: "AgentHealth"
        },
        agentId: {
          shape: "AgentId"
        },
        agentVersion: {
          shape: "AgentVersion"
        },
        autoScalingGroup: {
          shape: "AutoScalingGroup"
        },
        hostname: {
          shape: "Hostname"
        },
        ipv4Address: {
          shape: "Ipv4Address"
        },
        kernelVersion: {
          shape: "KernelVersion"
        },
        operatingSystem: {
          shape: "OperatingSystem"
        }
      },
      required: [
        "agentId"
      ],
      type: "structure"
    },
    AgentPreviewList: {
      max: 100,
      member: {
        shape: "AgentPreview"
      },
      min: 0,
      type: "list"
    },
    AgentVersion: {
      max: 128,
      min: 1,
      type: "string"
    },
    AgentsAlreadyRunningAssessmentException: {
      exception: true,
      members: {
        agents: {
          shape: "AgentAlreadyRunningAssessmentList"
        },
        agentsTruncated: {
          shape: "Bool"
        },
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "agents",
        "agentsTruncated",
        "canRetry"
      ],
      type: "structure"
    },
    AmiId: {
      max: 256,
      min: 0,
      type: "string"
    },
    Arn: {
      max: 300,
      min: 1,
      type: "string"
    },
    ArnCount: {
      type: "integer"
    },
    AssessmentRulesPackageArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    AssessmentRun: {
      members: {
        arn: {
          shape: "Arn"
        },
        assessmentTemplateArn: {
          shape: "Arn"
        },
        completedAt: {
          shape: "Timestamp"
        },
        createdAt: {
          shape: "Timestamp"
        },
        dataCollected: {
          shape: "Bool"
        },
        durationInSeconds: {
          shape: "AssessmentRunDuration"
        },
        findingCounts: {
          shape: "AssessmentRunFindingCounts"
        },
        name: {
          shape: "AssessmentRunName"
        },
        notifications: {
          shape: "AssessmentRunNotificationList"
        },
        rulesPackageArns: {
          shape: "AssessmentRulesPackageArnList"
        },
        startedAt: {
          shape: "Timestamp"
        },
        state: {
          shape: "AssessmentRunState"
        },
        stateChangedAt: {
          shape: "Timestamp"
        },
        stateChanges: {
          shape: "AssessmentRunStateChangeList"
        },
        userAttributesForFindings: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "arn",
        "name",
        "assessmentTemplateArn",
        "state",
        "durationInSeconds",
        "rulesPackageArns",
        "userAttributesForFindings",
        "createdAt",
        "stateChangedAt",
        "dataCollected",
        "stateChanges",
        "notifications",
        "findingCounts"
      ],
      type: "structure"
    },
    AssessmentRunAgent: {
      members: {
        agentHealth: {
          shape: "AgentHealth"
        },
        agentHealthCode: {
          shape: "AgentHealthCode"
        },
        agentHealthDetails: {
          shape: "Message"
        },
        agentId: {
          shape: "AgentId"
        },
        assessmentRunArn: {
          shape: "Arn"
        },
        autoScalingGroup: {
          shape: "AutoScalingGroup"
        },
        telemetryMetadata: {
          shape: "TelemetryMetadataList"
        }
      },
      required: [
        "agentId",
        "assessmentRunArn",
        "agentHealth",
        "agentHealthCode",
        "telemetryMetadata"
      ],
      type: "structure"
    },
    AssessmentRunAgentList: {
      max: 500,
      member: {
        shape: "AssessmentRunAgent"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunDuration: {
      max: 86400,
      min: 180,
      type: "integer"
    },
    AssessmentRunFilter: {
      members: {
        completionTimeRange: {
          shape: "TimestampRange"
        },
        durationRange: {
          shape: "DurationRange"
        },
        namePattern: {
          shape: "NamePattern"
        },
        rulesPackageArns: {
          shape: "FilterRulesPackageArnList"
        },
        startTimeRange: {
          shape: "TimestampRange"
        },
        stateChangeTimeRange: {
          shape: "TimestampRange"
        },
        states: {
          shape: "AssessmentRunStateList"
        }
      },
      type: "structure"
    },
    AssessmentRunFindingCounts: {
      key: {
        shape: "Severity"
      },
      type: "map",
      value: {
        shape: "FindingCount"
      }
    },
    AssessmentRunInProgressArnList: {
      max: 10,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    AssessmentRunInProgressException: {
      exception: true,
      members: {
        assessmentRunArns: {
          shape: "AssessmentRunInProgressArnList"
        },
        assessmentRunArnsTruncated: {
          shape: "Bool"
        },
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "assessmentRunArns",
        "assessmentRunArnsTruncated",
        "canRetry"
      ],
      type: "structure"
    },
    AssessmentRunList: {
      max: 10,
      member: {
        shape: "AssessmentRun"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunName: {
      max: 140,
      min: 1,
      type: "string"
    },
    AssessmentRunNotification: {
      members: {
        date: {
          shape: "Timestamp"
        },
        error: {
          shape: "Bool"
        },
        event: {
          shape: "InspectorEvent"
        },
        message: {
          shape: "Message"
        },
        snsPublishStatusCode: {
          shape: "AssessmentRunNotificationSnsStatusCode"
        },
        snsTopicArn: {
          shape: "Arn"
        }
      },
      required: [
        "date",
        "event",
        "error"
      ],
      type: "structure"
    },
    AssessmentRunNotificationList: {
      max: 50,
      member: {
        shape: "AssessmentRunNotification"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunNotificationSnsStatusCode: {
      enum: [
        "SUCCESS",
        "TOPIC_DOES_NOT_EXIST",
        "ACCESS_DENIED",
        "INTERNAL_ERROR"
      ],
      type: "string"
    },
    AssessmentRunState: {
      enum: [
        "CREATED",
        "START_DATA_COLLECTION_PENDING",
        "START_DATA_COLLECTION_IN_PROGRESS",
        "COLLECTING_DATA",
        "STOP_DATA_COLLECTION_PENDING",
        "DATA_COLLECTED",
        "START_EVALUATING_RULES_PENDING",
        "EVALUATING_RULES",
        "FAILED",
        "ERROR",
        "COMPLETED",
        "COMPLETED_WITH_ERRORS",
        "CANCELED"
      ],
      type: "string"
    },
    AssessmentRunStateChange: {
      members: {
        state: {
          shape: "AssessmentRunState"
        },
        stateChangedAt: {
          shape: "Timestamp"
        }
      },
      required: [
        "stateChangedAt",
        "state"
      ],
      type: "structure"
    },
    AssessmentRunStateChangeList: {
      max: 50,
      member: {
        shape: "AssessmentRunStateChange"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunStateList: {
      max: 50,
      member: {
        shape: "AssessmentRunState"
      },
      min: 0,
      type: "list"
    },
    AssessmentTarget: {
      members: {
        arn: {
          shape: "Arn"
        },
        createdAt: {
          shape: "Timestamp"
        },
        name: {
          shape: "AssessmentTargetName"
        },
        resourceGroupArn: {
          shape: "Arn"
        },
        updatedAt: {
          shape: "Timestamp"
        }
      },
      required: [
        "arn",
        "name",
        "createdAt",
        "updatedAt"
      ],
      type: "structure"
    },
    AssessmentTargetFilter: {
      members: {
        assessmentTargetNamePattern: {
          shape: "NamePattern"
        }
      },
      type: "structure"
    },
    AssessmentTargetList: {
      max: 10,
      member: {
        shape: "AssessmentTarget"
      },
      min: 0,
      type: "list"
    },
    AssessmentTargetName: {
      max: 140,
      min: 1,
      type: "string"
    },
    AssessmentTemplate: {
      members: {
        arn: {
          shape: "Arn"
        },
        assessmentRunCount: {
          shape: "ArnCount"
        },
        assessmentTargetArn: {
          shape: "Arn"
        },
        createdAt: {
          shape: "Timestamp"
        },
        durationInSeconds: {
          shape: "AssessmentRunDuration"
        },
        lastAssessmentRunArn: {
          shape: "Arn"
        },
        name: {
          shape: "AssessmentTemplateName"
        },
        rulesPackageArns: {
          shape: "AssessmentTemplateRulesPackageArnList"
        },
        userAttributesForFindings: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "arn",
        "name",
        "assessmentTargetArn",
        "durationInSeconds",
        "rulesPackageArns",
        "userAttributesForFindings",
        "assessmentRunCount",
        "createdAt"
      ],
      type: "structure"
    },
    AssessmentTemplateFilter: {
      members: {
        durationRange: {
          shape: "DurationRange"
        },
        namePattern: {
          shape: "NamePattern"
        },
        rulesPackageArns: {
          shape: "FilterRulesPackageArnList"
        }
      },
      type: "structure"
    },
    AssessmentTemplateList: {
      max: 10,
      member: {
        shape: "AssessmentTemplate"
      },
      min: 0,
      type: "list"
    },
    AssessmentTemplateName: {
      max: 140,
      min: 1,
      type: "string"
    },
    AssessmentTemplateRulesPackageArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    AssetAttributes: {
      members: {
        agentId: {
          shape: "AgentId"
        },
        amiId: {
          shape: "AmiId"
        },
        autoScalingGroup: {
          shape: "AutoScalingGroup"
        },
        hostname: {
          shape: "Hostname"
        },
        ipv4Addresses: {
          shape: "Ipv4AddressList"
        },
        networkInterfaces: {
          shape: "NetworkInterfaces"
        },
        schemaVersion: {
          shape: "NumericVersion"
        },
        tags: {
          shape: "Tags"
        }
      },
      required: [
        "schemaVersion"
      ],
      type: "structure"
    },
    AssetType: {
      enum: [
        "ec2-instance"
      ],
      type: "string"
    },
    Attribute: {
      members: {
        key: {
          shape: "AttributeKey"
        },
        value: {
          shape: "AttributeValue"
        }
      },
      required: [
        "key"
      ],
      type: "structure"
    },
    AttributeKey: {
      max: 128,
      min: 1,
      type: "string"
    },
    AttributeList: {
      max: 50,
      member: {
        shape: "Attribute"
      },
      min: 0,
      type: "list"
    },
    AttributeValue: {
      max: 256,
      min: 1,
      type: "string"
    },
    AutoScalingGroup: {
      max: 256,
      min: 1,
      type: "string"
    },
    AutoScalingGroupList: {
      max: 20,
      member: {
        shape: "AutoScalingGroup"
      },
      min: 0,
      type: "list"
    },
    BatchDescribeArnList: {
      max: 10,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    BatchDescribeExclusionsArnList: {
      max: 100,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    Bool: {
      type: "boolean"
    },
    CreateAssessmentTargetRequest: {
      members: {
        assessmentTargetName: {
          shape: "AssessmentTargetName"
        },
        resourceGroupArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetName"
      ],
      type: "structure"
    },
    CreateAssessmentTargetResponse: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetArn"
      ],
      type: "structure"
    },
    CreateAssessmentTemplateRequest: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        },
        assessmentTemplateName: {
          shape: "AssessmentTemplateName"
        },
        durationInSeconds: {
          shape: "AssessmentRunDuration"
        },
        rulesPackageArns: {
          shape: "AssessmentTemplateRulesPackageArnList"
        },
        userAttributesForFindings: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "assessmentTargetArn",
        "assessmentTemplateName",
        "durationInSeconds",
        "rulesPackageArns"
      ],
      type: "structure"
    },
    CreateAssessmentTemplateResponse: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    CreateExclusionsPreviewRequest: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    CreateExclusionsPreviewResponse: {
      members: {
        previewToken: {
          shape: "UUID"
        }
      },
      required: [
        "previewToken"
      ],
      type: "structure"
    },
    CreateResourceGroupRequest: {
      members: {
        resourceGroupTags: {
          shape: "ResourceGroupTags"
        }
      },
      required: [
        "resourceGroupTags"
      ],
      type: "structure"
    },
    CreateResourceGroupResponse: {
      members: {
        resourceGroupArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceGroupArn"
      ],
      type: "structure"
    },
    DeleteAssessmentRunRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    DeleteAssessmentTargetRequest: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetArn"
      ],
      type: "structure"
    },
    DeleteAssessmentTemplateRequest: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    DescribeAssessmentRunsRequest: {
      members: {
        assessmentRunArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "assessmentRunArns"
      ],
      type: "structure"
    },
    DescribeAssessmentRunsResponse: {
      members: {
        assessmentRuns: {
          shape: "AssessmentRunList"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "assessmentRuns",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeAssessmentTargetsRequest: {
      members: {
        assessmentTargetArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "assessmentTargetArns"
      ],
      type: "structure"
    },
    DescribeAssessmentTargetsResponse: {
      members: {
        assessmentTargets: {
          shape: "AssessmentTargetList"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "assessmentTargets",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeAssessmentTemplatesRequest: {
      members: {
        assessmentTemplateArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "assessmentTemplateArns"
      ],
      type: "structure"
    },
    DescribeAssessmentTemplatesResponse: {
      members: {
        assessmentTemplates: {
          shape: "AssessmentTemplateList"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "assessmentTemplates",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeCrossAccountAccessRoleResponse: {
      members: {
        registeredAt: {
          shape: "Timestamp"
        },
        roleArn: {
          shape: "Arn"
        },
        valid: {
          shape: "Bool"
        }
      },
      required: [
        "roleArn",
        "valid",
        "registeredAt"
      ],
      type: "structure"
    },
    DescribeExclusionsRequest: {
      members: {
        exclusionArns: {
          shape: "BatchDescribeExclusionsArnList"
        },
        locale: {
          shape: "Locale"
        }
      },
      required: [
        "exclusionArns"
      ],
      type: "structure"
    },
    DescribeExclusionsResponse: {
      members: {
        exclusions: {
          shape: "ExclusionMap"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "exclusions",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeFindingsRequest: {
      members: {
        findingArns: {
          shape: "BatchDescribeArnList"
        },
        locale: {
          shape: "Locale"
        }
      },
      required: [
        "findingArns"
      ],
      type: "structure"
    },
    DescribeFindingsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        },
        findings: {
          shape: "FindingList"
        }
      },
      required: [
        "findings",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeResourceGroupsRequest: {
      members: {
        resourceGroupArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "resourceGroupArns"
      ],
      type: "structure"
    },
    DescribeResourceGroupsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        },
        resourceGroups: {
          shape: "ResourceGroupList"
        }
      },
      required: [
        "resourceGroups",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeRulesPackagesRequest: {
      members: {
        locale: {
          shape: "Locale"
        },
        rulesPackageArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "rulesPackageArns"
      ],
      type: "structure"
    },
    DescribeRulesPackagesResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        },
        rulesPackages: {
          shape: "RulesPackageList"
        }
      },
      required: [
        "rulesPackages",
        "failedItems"
      ],
      type: "structure"
    },
    DurationRange: {
      members: {
        maxSeconds: {
          shape: "AssessmentRunDuration"
        },
        minSeconds: {
          shape: "AssessmentRunDuration"
        }
      },
      type: "structure"
    },
    ErrorMessage: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    EventSubscription: {
      members: {
        event: {
          shape: "InspectorEvent"
        },
        subscribedAt: {
          shape: "Timestamp"
        }
      },
      required: [
        "event",
        "subscribedAt"
      ],
      type: "structure"
    },
    EventSubscriptionList: {
      max: 50,
      member: {
        shape: "EventSubscription"
      },
      min: 1,
      type: "list"
    },
    Exclusion: {
      members: {
        arn: {
          shape: "Arn"
        },
        attributes: {
          shape: "AttributeList"
        },
        description: {
          shape: "Text"
        },
        recommendation: {
          shape: "Text"
        },
        scopes: {
          shape: "ScopeList"
        },
        title: {
          shape: "Text"
        }
      },
      required: [
        "arn",
        "title",
        "description",
        "recommendation",
        "scopes"
      ],
      type: "structure"
    },
    ExclusionMap: {
      key: {
        shape: "Arn"
      },
      max: 100,
      min: 1,
      type: "map",
      value: {
        shape: "Exclusion"
      }
    },
    ExclusionPreview: {
      members: {
        attributes: {
          shape: "AttributeList"
        },
        description: {
          shape: "Text"
        },
        recommendation: {
          shape: "Text"
        },
        scopes: {
          shape: "ScopeList"
        },
        title: {
          shape: "Text"
        }
      },
      required: [
        "title",
        "description",
        "recommendation",
        "scopes"
      ],
      type: "structure"
    },
    ExclusionPreviewList: {
      max: 100,
      member: {
        shape: "ExclusionPreview"
      },
      min: 0,
      type: "list"
    },
    FailedItemDetails: {
      members: {
        failureCode: {
          shape: "FailedItemErrorCode"
        },
        retryable: {
          shape: "Bool"
        }
      },
      required: [
        "failureCode",
        "retryable"
      ],
      type: "structure"
    },
    FailedItemErrorCode: {
      enum: [
        "INVALID_ARN",
        "DUPLICATE_ARN",
        "ITEM_DOES_NOT_EXIST",
        "ACCESS_DENIED",
        "LIMIT_EXCEEDED",
        "INTERNAL_ERROR"
      ],
      type: "string"
    },
    FailedItems: {
      key: {
        shape: "Arn"
      },
      type: "map",
      value: {
        shape: "FailedItemDetails"
      }
    },
    FilterRulesPackageArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    Finding: {
      members: {
        arn: {
          shape: "Arn"
        },
        assetAttributes: {
          shape: "AssetAttributes"
        },
        assetType: {
          shape: "AssetType"
        },
        attributes: {
          shape: "AttributeList"
        },
        confidence: {
          shape: "IocConfidence"
        },
        createdAt: {
          shape: "Timestamp"
        },
        description: {
          shape: "Text"
        },
        id: {
          shape: "FindingId"
        },
        indicatorOfCompromise: {
          shape: "Bool"
        },
        numericSeverity: {
          shape: "NumericSeverity"
        },
        recommendation: {
          shape: "Text"
        },
        schemaVersion: {
          shape: "NumericVersion"
        },
        service: {
          shape: "ServiceName"
        },
        serviceAttributes: {
          shape: "InspectorServiceAttributes"
        },
        severity: {
          shape: "Severity"
        },
        title: {
          shape: "Text"
        },
        updatedAt: {
          shape: "Timestamp"
        },
        userAttributes: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "arn",
        "attributes",
        "userAttributes",
        "createdAt",
        "updatedAt"
      ],
      type: "structure"
    },
    FindingCount: {
      type: "integer"
    },
    FindingFilter: {
      members: {
        agentIds: {
          shape: "AgentIdList"
        },
        attributes: {
          shape: "AttributeList"
        },
        autoScalingGroups: {
          shape: "AutoScalingGroupList"
        },
        creationTimeRange: {
          shape: "TimestampRange"
        },
        ruleNames: {
          shape: "RuleNameList"
        },
        rulesPackageArns: {
          shape: "FilterRulesPackageArnList"
        },
        severities: {
          shape: "SeverityList"
        },
        userAttributes: {
          shape: "AttributeList"
        }
      },
      type: "structure"
    },
    FindingId: {
      max: 128,
      min: 0,
      type: "string"
    },
    FindingList: {
      max: 100,
      member: {
        shape: "Finding"
      },
      min: 0,
      type: "list"
    },
    GetAssessmentReportRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        reportFileFormat: {
          shape: "ReportFileFormat"
        },
        reportType: {
          shape: "ReportType"
        }
      },
      required: [
        "assessmentRunArn",
        "reportFileFormat",
        "reportType"
      ],
      type: "structure"
    },
    GetAssessmentReportResponse: {
      members: {
        status: {
          shape: "ReportStatus"
        },
        url: {
          shape: "Url"
        }
      },
      required: [
        "status"
      ],
      type: "structure"
    },
    GetExclusionsPreviewRequest: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        },
        locale: {
          shape: "Locale"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        previewToken: {
          shape: "UUID"
        }
      },
      required: [
        "assessmentTemplateArn",
        "previewToken"
      ],
      type: "structure"
    },
    GetExclusionsPreviewResponse: {
      members: {
        exclusionPreviews: {
          shape: "ExclusionPreviewList"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        previewStatus: {
          shape: "PreviewStatus"
        }
      },
      required: [
        "previewStatus"
      ],
      type: "structure"
    },
    GetTelemetryMetadataRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    GetTelemetryMetadataResponse: {
      members: {
        telemetryMetadata: {
          shape: "TelemetryMetadataList"
        }
      },
      required: [
        "telemetryMetadata"
      ],
      type: "structure"
    },
    Hostname: {
      max: 256,
      min: 0,
      type: "string"
    },
    InspectorEvent: {
      enum: [
        "ASSESSMENT_RUN_STARTED",
        "ASSESSMENT_RUN_COMPLETED",
        "ASSESSMENT_RUN_STATE_CHANGED",
        "FINDING_REPORTED",
        "OTHER"
      ],
      type: "string"
    },
    InspectorServiceAttributes: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        rulesPackageArn: {
          shape: "Arn"
        },
        schemaVersion: {
          shape: "NumericVersion"
        }
      },
      required: [
        "schemaVersion"
      ],
      type: "structure"
    },
    InternalException: {
      exception: true,
      fault: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "canRetry"
      ],
      type: "structure"
    },
    InvalidCrossAccountRoleErrorCode: {
      enum: [
        "ROLE_DOES_NOT_EXIST_OR_INVALID_TRUST_RELATIONSHIP",
        "ROLE_DOES_NOT_HAVE_CORRECT_POLICY"
      ],
      type: "string"
    },
    InvalidCrossAccountRoleException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "InvalidCrossAccountRoleErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    InvalidInputErrorCode: {
      enum: [
        "INVALID_ASSESSMENT_TARGET_ARN",
        "INVALID_ASSESSMENT_TEMPLATE_ARN",
        "INVALID_ASSESSMENT_RUN_ARN",
        "INVALID_FINDING_ARN",
        "INVALID_RESOURCE_GROUP_ARN",
        "INVALID_RULES_PACKAGE_ARN",
        "INVALID_RESOURCE_ARN",
        "INVALID_SNS_TOPIC_ARN",
        "INVALID_IAM_ROLE_ARN",
        "INVALID_ASSESSMENT_TARGET_NAME",
        "INVALID_ASSESSMENT_TARGET_NAME_PATTERN",
        "INVALID_ASSESSMENT_TEMPLATE_NAME",
        "INVALID_ASSESSMENT_TEMPLATE_NAME_PATTERN",
        "INVALID_ASSESSMENT_TEMPLATE_DURATION",
        "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE",
        "INVALID_ASSESSMENT_RUN_DURATION_RANGE",
        "INVALID_ASSESSMENT_RUN_START_TIME_RANGE",
        "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE",
        "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE",
        "INVALID_ASSESSMENT_RUN_STATE",
        "INVALID_TAG",
        "INVALID_TAG_KEY",
        "INVALID_TAG_VALUE",
        "INVALID_RESOURCE_GROUP_TAG_KEY",
        "INVALID_RESOURCE_GROUP_TAG_VALUE",
        "INVALID_ATTRIBUTE",
        "INVALID_USER_ATTRIBUTE",
        "INVALID_USER_ATTRIBUTE_KEY",
        "INVALID_USER_ATTRIBUTE_VALUE",
        "INVALID_PAGINATION_TOKEN",
        "INVALID_MAX_RESULTS",
        "INVALID_AGENT_ID",
        "INVALID_AUTO_SCALING_GROUP",
        "INVALID_RULE_NAME",
        "INVALID_SEVERITY",
        "INVALID_LOCALE",
        "INVALID_EVENT",
        "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        "INVALID_NUMBER_OF_ASSESSMENT_TARGET_ARNS",
        "INVALID_NUMBER_OF_ASSESSMENT_TEMPLATE_ARNS",
        "INVALID_NUMBER_OF_ASSESSMENT_RUN_ARNS",
        "INVALID_NUMBER_OF_FINDING_ARNS",
        "INVALID_NUMBER_OF_RESOURCE_GROUP_ARNS",
        "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
        "INVALID_NUMBER_OF_ASSESSMENT_RUN_STATES",
        "INVALID_NUMBER_OF_TAGS",
        "INVALID_NUMBER_OF_RESOURCE_GROUP_TAGS",
        "INVALID_NUMBER_OF_ATTRIBUTES",
        "INVALID_NUMBER_OF_USER_ATTRIBUTES",
        "INVALID_NUMBER_OF_AGENT_IDS",
        "INVALID_NUMBER_OF_AUTO_SCALING_GROUPS",
        "INVALID_NUMBER_OF_RULE_NAMES",
        "INVALID_NUMBER_OF_SEVERITIES"
      ],
      type: "string"
    },
    InvalidInputException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "InvalidInputErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    IocConfidence: {
      max: 10,
      min: 0,
      type: "integer"
    },
    Ipv4Address: {
      max: 15,
      min: 7,
      type: "string"
    },
    Ipv4AddressList: {
      max: 50,
      member: {
        shape: "Ipv4Address"
      },
      min: 0,
      type: "list"
    },
    Ipv6Addresses: {
      member: {
        shape: "Text"
      },
      type: "list"
    },
    KernelVersion: {
      max: 128,
      min: 1,
      type: "string"
    },
    LimitExceededErrorCode: {
      enum: [
        "ASSESSMENT_TARGET_LIMIT_EXCEEDED",
        "ASSESSMENT_TEMPLATE_LIMIT_EXCEEDED",
        "ASSESSMENT_RUN_LIMIT_EXCEEDED",
        "RESOURCE_GROUP_LIMIT_EXCEEDED",
        "EVENT_SUBSCRIPTION_LIMIT_EXCEEDED"
      ],
      type: "string"
    },
    LimitExceededException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "LimitExceededErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    ListAssessmentRunAgentsRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        filter: {
          shape: "AgentFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    ListAssessmentRunAgentsResponse: {
      members: {
        assessmentRunAgents: {
          shape: "AssessmentRunAgentList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunAgents"
      ],
      type: "structure"
    },
    ListAssessmentRunsRequest: {
      members: {
        assessmentTemplateArns: {
          shape: "ListParentArnList"
        },
        filter: {
          shape: "AssessmentRunFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListAssessmentRunsResponse: {
      members: {
        assessmentRunArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunArns"
      ],
      type: "structure"
    },
    ListAssessmentTargetsRequest: {
      members: {
        filter: {
          shape: "AssessmentTargetFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListAssessmentTargetsResponse: {
      members: {
        assessmentTargetArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentTargetArns"
      ],
      type: "structure"
    },
    ListAssessmentTemplatesRequest: {
      members: {
        assessmentTargetArns: {
          shape: "ListParentArnList"
        },
        filter: {
          shape: "AssessmentTemplateFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListAssessmentTemplatesResponse: {
      members: {
        assessmentTemplateArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentTemplateArns"
      ],
      type: "structure"
    },
    ListEventSubscriptionsMaxResults: {
      type: "integer"
    },
    ListEventSubscriptionsRequest: {
      members: {
        maxResults: {
          shape: "ListEventSubscriptionsMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        resourceArn: {
          shape: "Arn"
        }
      },
      type: "structure"
    },
    ListEventSubscriptionsResponse: {
      members: {
        nextToken: {
          shape: "PaginationToken"
        },
        subscriptions: {
          shape: "SubscriptionList"
        }
      },
      required: [
        "subscriptions"
      ],
      type: "structure"
    },
    ListExclusionsRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    ListExclusionsResponse: {
      members: {
        exclusionArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "exclusionArns"
      ],
      type: "structure"
    },
    ListFindingsRequest: {
      members: {
        assessmentRunArns: {
          shape: "ListParentArnList"
        },
        filter: {
          shape: "FindingFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListFindingsResponse: {
      members: {
        findingArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "findingArns"
      ],
      type: "structure"
    },
    ListMaxResults: {
      type: "integer"
    },
    ListParentArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    ListReturnedArnList: {
      max: 100,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    ListRulesPackagesRequest: {
      members: {
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListRulesPackagesResponse: {
      members: {
        nextToken: {
          shape: "PaginationToken"
        },
        rulesPackageArns: {
          shape: "ListReturnedArnList"
        }
      },
      required: [
        "rulesPackageArns"
      ],
      type: "structure"
    },
    ListTagsForResourceRequest: {
      members: {
        resourceArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn"
      ],
      type: "structure"
    },
    ListTagsForResourceResponse: {
      members: {
        tags: {
          shape: "TagList"
        }
      },
      required: [
        "tags"
      ],
      type: "structure"
    },
    Locale: {
      enum: [
        "EN_US"
      ],
      type: "string"
    },
    Long: {
      type: "long"
    },
    Message: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    MessageType: {
      max: 300,
      min: 1,
      type: "string"
    },
    NamePattern: {
      max: 140,
      min: 1,
      type: "string"
    },
    NetworkInterface: {
      members: {
        ipv6Addresses: {
          shape: "Ipv6Addresses"
        },
        networkInterfaceId: {
          shape: "Text"
        },
        privateDnsName: {
          shape: "Text"
        },
        privateIpAddress: {
          shape: "Text"
        },
        privateIpAddresses: {
          shape: "PrivateIpAddresses"
        },
        publicDnsName: {
          shape: "Text"
        },
        publicIp: {
          shape: "Text"
        },
        securityGroups: {
          shape: "SecurityGroups"
        },
        subnetId: {
          shape: "Text"
        },
        vpcId: {
          shape: "Text"
        }
      },
      type: "structure"
    },
    NetworkInterfaces: {
      member: {
        shape: "NetworkInterface"
      },
      type: "list"
    },
    NoSuchEntityErrorCode: {
      enum: [
        "ASSESSMENT_TARGET_DOES_NOT_EXIST",
        "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
        "ASSESSMENT_RUN_DOES_NOT_EXIST",
        "FINDING_DOES_NOT_EXIST",
        "RESOURCE_GROUP_DOES_NOT_EXIST",
        "RULES_PACKAGE_DOES_NOT_EXIST",
        "SNS_TOPIC_DOES_NOT_EXIST",
        "IAM_ROLE_DOES_NOT_EXIST"
      ],
      type: "string"
    },
    NoSuchEntityException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "NoSuchEntityErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    NumericSeverity: {
      max: 10,
      min: 0,
      type: "double"
    },
    NumericVersion: {
      min: 0,
      type: "integer"
    },
    OperatingSystem: {
      max: 256,
      min: 1,
      type: "string"
    },
    PaginationToken: {
      max: 300,
      min: 1,
      type: "string"
    },
    PreviewAgentsMaxResults: {
      type: "integer"
    },
    PreviewAgentsRequest: {
      members: {
        maxResults: {
          shape: "PreviewAgentsMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        previewAgentsArn: {
          shape: "Arn"
        }
      },
      required: [
        "previewAgentsArn"
      ],
      type: "structure"
    },
    PreviewAgentsResponse: {
      members: {
        agentPreviews: {
          shape: "AgentPreviewList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "agentPreviews"
      ],
      type: "structure"
    },
    PreviewGenerationInProgressException: {
      exception: true,
      members: {
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message"
      ],
      type: "structure"
    },
    PreviewStatus: {
      enum: [
        "WORK_IN_PROGRESS",
        "COMPLETED"
      ],
      type: "string"
    },
    PrivateIp: {
      members: {
        privateDnsName: {
          shape: "Text"
        },
        privateIpAddress: {
          shape: "Text"
        }
      },
      type: "structure"
    },
    PrivateIpAddresses: {
      member: {
        shape: "PrivateIp"
      },
      type: "list"
    },
    ProviderName: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    RegisterCrossAccountAccessRoleRequest: {
      members: {
        roleArn: {
          shape: "Arn"
        }
      },
      required: [
        "roleArn"
      ],
      type: "structure"
    },
    RemoveAttributesFromFindingsRequest: {
      members: {
        attributeKeys: {
          shape: "UserAttributeKeyList"
        },
        findingArns: {
          shape: "AddRemoveAttributesFindingArnList"
        }
      },
      required: [
        "findingArns",
        "attributeKeys"
      ],
      type: "structure"
    },
    RemoveAttributesFromFindingsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "failedItems"
      ],
      type: "structure"
    },
    ReportFileFormat: {
      enum: [
        "HTML",
        "PDF"
      ],
      type: "string"
    },
    ReportStatus: {
      enum: [
        "WORK_IN_PROGRESS",
        "FAILED",
        "COMPLETED"
      ],
      type: "string"
    },
    ReportType: {
      enum: [
        "FINDING",
        "FULL"
      ],
      type: "string"
    },
    ResourceGroup: {
      members: {
        arn: {
          shape: "Arn"
        },
        createdAt: {
          shape: "Timestamp"
        },
        tags: {
          shape: "ResourceGroupTags"
        }
      },
      required: [
        "arn",
        "tags",
        "createdAt"
      ],
      type: "structure"
    },
    ResourceGroupList: {
      max: 10,
      member: {
        shape: "ResourceGroup"
      },
      min: 0,
      type: "list"
    },
    ResourceGroupTag: {
      members: {
        key: {
          shape: "TagKey"
        },
        value: {
          shape: "TagValue"
        }
      },
      required: [
        "key"
      ],
      type: "structure"
    },
    ResourceGroupTags: {
      max: 10,
      member: {
        shape: "ResourceGroupTag"
      },
      min: 1,
      type: "list"
    },
    RuleName: {
      max: 1e3,
      type: "string"
    },
    RuleNameList: {
      max: 50,
      member: {
        shape: "RuleName"
      },
      min: 0,
      type: "list"
    },
    RulesPackage: {
      members: {
        arn: {
          shape: "Arn"
        },
        description: {
          shape: "Text"
        },
        name: {
          shape: "RulesPackageName"
        },
        provider: {
          shape: "ProviderName"
        },
        version: {
          shape: "Version"
        }
      },
      required: [
        "arn",
        "name",
        "version",
        "provider"
      ],
      type: "structure"
    },
    RulesPackageList: {
      max: 10,
      member: {
        shape: "RulesPackage"
      },
      min: 0,
      type: "list"
    },
    RulesPackageName: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    Scope: {
      members: {
        key: {
          shape: "ScopeType"
        },
        value: {
          shape: "ScopeValue"
        }
      },
      type: "structure"
    },
    ScopeList: {
      member: {
        shape: "Scope"
      },
      min: 1,
      type: "list"
    },
    ScopeType: {
      enum: [
        "INSTANCE_ID",
        "RULES_PACKAGE_ARN"
      ],
      type: "string"
    },
    ScopeValue: {
      type: "string"
    },
    SecurityGroup: {
      members: {
        groupId: {
          shape: "Text"
        },
        groupName: {
          shape: "Text"
        }
      },
      type: "structure"
    },
    SecurityGroups: {
      member: {
        shape: "SecurityGroup"
      },
      type: "list"
    },
    ServiceName: {
      max: 128,
      min: 0,
      type: "string"
    },
    ServiceTemporarilyUnavailableException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "canRetry"
      ],
      type: "structure"
    },
    SetTagsForResourceRequest: {
      members: {
        resourceArn: {
          shape: "Arn"
        },
        tags: {
          shape: "TagList"
        }
      },
      required: [
        "resourceArn"
      ],
      type: "structure"
    },
    Severity: {
      enum: [
        "Low",
        "Medium",
        "High",
        "Informational",
        "Undefined"
      ],
      type: "string"
    },
    SeverityList: {
      max: 50,
      member: {
        shape: "Severity"
      },
      min: 0,
      type: "list"
    },
    StartAssessmentRunRequest: {
      members: {
        assessmentRunName: {
          shape: "AssessmentRunName"
        },
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    StartAssessmentRunResponse: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    StopAction: {
      enum: [
        "START_EVALUATION",
        "SKIP_EVALUATION"
      ],
      type: "string"
    },
    StopAssessmentRunRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        stopAction: {
          shape: "StopAction"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    SubscribeToEventRequest: {
      members: {
        event: {
          shape: "InspectorEvent"
        },
        resourceArn: {
          shape: "Arn"
        },
        topicArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn",
        "event",
        "topicArn"
      ],
      type: "structure"
    },
    Subscription: {
      members: {
        eventSubscriptions: {
          shape: "EventSubscriptionList"
        },
        resourceArn: {
          shape: "Arn"
        },
        topicArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn",
        "topicArn",
        "eventSubscriptions"
      ],
      type: "structure"
    },
    SubscriptionList: {
      max: 50,
      member: {
        shape: "Subscription"
      },
      min: 0,
      type: "list"
    },
    Tag: {
      members: {
        key: {
          shape: "TagKey"
        },
        value: {
          shape: "TagValue"
        }
      },
      required: [
        "key"
      ],
      type: "structure"
    },
    TagKey: {
      max: 128,
      min: 1,
      type: "string"
    },
    TagList: {
      max: 10,
      member: {
        shape: "Tag"
      },
      min: 0,
      type: "list"
    },
    TagValue: {
      max: 256,
      min: 1,
      type: "string"
    },
    Tags: {
      member: {
        shape: "Tag"
      },
      type: "list"
    },
    TelemetryMetadata: {
      members: {
        count: {
          shape: "Long"
        },
        dataSize: {
          shape: "Long"
        },
        messageType: {
          shape: "MessageType"
        }
      },
      required: [
        "messageType",
        "count"
      ],
      type: "structure"
    },
    TelemetryMetadataList: {
      max: 5e3,
      member: {
        shape: "TelemetryMetadata"
      },
      min: 0,
      type: "list"
    },
    Text: {
      max: 2e4,
      min: 0,
      type: "string"
    },
    Timestamp: {
      type: "timestamp"
    },
    TimestampRange: {
      members: {
        beginDate: {
          shape: "Timestamp"
        },
        endDate: {
          shape: "Timestamp"
        }
      },
      type: "structure"
    },
    UUID: {
      pattern: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      type: "string"
    },
    UnsubscribeFromEventRequest: {
      members: {
        event: {
          shape: "InspectorEvent"
        },
        resourceArn: {
          shape: "Arn"
        },
        topicArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn",
        "event",
        "topicArn"
      ],
      type: "structure"
    },
    UnsupportedFeatureException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "canRetry"
      ],
      type: "structure"
    },
    UpdateAssessmentTargetRequest: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        },
        assessmentTargetName: {
          shape: "AssessmentTargetName"
        },
        resourceGroupArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetArn",
        "assessmentTargetName"
      ],
      type: "structure"
    },
    Url: {
      max: 2048,
      type: "string"
    },
    UserAttributeKeyList: {
      max: 10,
      member: {
        shape: "AttributeKey"
      },
      min: 0,
      type: "list"
    },
    UserAttributeList: {
      max: 10,
      member: {
        shape: "Attribute"
      },
      min: 0,
      type: "list"
    },
    Version: {
      max: 1e3,
      min: 0,
      type: "string"
    }
  },
  version: "2.0"
};

// src/emulator/classic/service-model.ts
var serviceModel = inspector_2016_02_16_default;
var TARGET_PREFIX = serviceModel.metadata.targetPrefix;
function operationOf(name) {
  return operationIn(serviceModel, name);
}
function pageLimitOf(operation, resultKey) {
  return listMaxIn(serviceModel, operation, resultKey) ?? Number.MAX_SAFE_INTEGER;
}

// src/emulator/shared/model-walk.ts
function formatPath(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
}
function clip(value) {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
}
var PATTERNS = /* @__PURE__ */ new Map();
function patternOf(pattern) {
  let re = PATTERNS.get(pattern);
  if (re === void 0) {
    re = new RegExp(`^(?:${pattern})$`);
    PATTERNS.set(pattern, re);
  }
  return re;
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var Walker = class {
  constructor(model, report) {
    this.model = model;
    this.report = report;
  }
  model;
  report;
  fail(path, kind, shown, constraint) {
    this.report.violation({ path, kind, shown, constraint });
  }
  check(shapeName, value, path) {
    const shape = shapeIn(this.model, shapeName);
    switch (shape.type) {
      case "structure":
        this.structure(shape, value, path);
        break;
      case "list":
        this.list(shape, value, path);
        break;
      case "map":
        this.map(shape, value, path);
        break;
      case "string":
        this.string(shape, value, path);
        break;
      case "integer":
      case "long":
        this.number(shape, value, path, true);
        break;
      case "double":
      case "float":
        this.number(shape, value, path, false);
        break;
      case "boolean":
        if (typeof value !== "boolean") this.report.wrongType(path, "a boolean");
        break;
      case "timestamp":
        if (typeof value !== "number" || !Number.isFinite(value)) {
          this.report.wrongType(path, "a timestamp (epoch seconds)");
        }
        break;
      default:
        break;
    }
  }
  structure(shape, value, path) {
    if (!isObject(value)) {
      this.report.wrongType(path, "an object");
      return;
    }
    const members = shape.members ?? {};
    for (const name of shape.required ?? []) {
      if (members[name]?.location !== void 0) continue;
      if (value[name] === void 0 || value[name] === null) {
        this.fail([...path, name], "value", "null", "Member must not be null");
      }
    }
    const present = Object.keys(members).filter((n) => value[n] !== void 0 && value[n] !== null);
    if (shape.union === true && present.length !== 1) {
      const shown = present.length === 0 ? "'{}'" : `'${present.join(", ")}'`;
      this.fail(path, "value", shown, "Member must have exactly one member set");
    }
    for (const name of present) {
      const ref = members[name];
      if (ref.location !== void 0) continue;
      this.check(ref.shape, value[name], [...path, name]);
    }
  }
  list(shape, value, path) {
    if (!Array.isArray(value)) {
      this.report.wrongType(path, "a list");
      return;
    }
    const shown = `'[${value.length} items]'`;
    if (shape.min !== void 0 && value.length < shape.min) {
      this.fail(path, "list", shown, `Member must have length greater than or equal to ${shape.min}`);
    }
    if (shape.max !== void 0 && value.length > shape.max) {
      this.fail(path, "list", shown, `Member must have length less than or equal to ${shape.max}`);
    }
    const member = shape.member?.shape;
    if (member === void 0) return;
    value.forEach((item, index) => {
      if (item === null || item === void 0) {
        this.fail([...path, index], "value", "null", "Member must not be null");
      } else {
        this.check(member, item, [...path, index]);
      }
    });
  }
  map(shape, value, path) {
    if (!isObject(value)) {
      this.report.wrongType(path, "a map");
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (shape.key) this.check(shape.key.shape, key, [...path, key]);
      if (shape.value) this.check(shape.value.shape, item, [...path, key]);
    }
  }
  string(shape, value, path) {
    if (typeof value !== "string") {
      this.report.wrongType(path, "a string");
      return;
    }
    const shown = `'${clip(value)}'`;
    if (shape.enum !== void 0 && !shape.enum.includes(value)) {
      this.fail(path, "value", shown, `Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
      return;
    }
    if (shape.min !== void 0 && value.length < shape.min) {
      this.fail(path, "value", shown, `Member must have length greater than or equal to ${shape.min}`);
    }
    if (shape.max !== void 0 && value.length > shape.max) {
      this.fail(path, "value", shown, `Member must have length less than or equal to ${shape.max}`);
    }
    if (shape.pattern !== void 0 && !patternOf(shape.pattern).test(value)) {
      this.fail(path, "value", shown, `Member must satisfy regular expression pattern: ${shape.pattern}`);
    }
  }
  number(shape, value, path, integer) {
    if (typeof value !== "number" || !Number.isFinite(value) || integer && !Number.isInteger(value)) {
      this.report.wrongType(path, integer ? "an integer" : "a number");
      return;
    }
    if (shape.min !== void 0 && value < shape.min) {
      this.fail(path, "value", `'${value}'`, `Member must have value greater than or equal to ${shape.min}`);
    }
    if (shape.max !== void 0 && value > shape.max) {
      this.fail(path, "value", `'${value}'`, `Member must have value less than or equal to ${shape.max}`);
    }
  }
};
function walkShape(model, shapeName, value, report) {
  new Walker(model, report).check(shapeName, value, []);
}

// src/emulator/classic/validate.ts
var TARGET_ARN = {
  list: "INVALID_NUMBER_OF_ASSESSMENT_TARGET_ARNS",
  value: "INVALID_ASSESSMENT_TARGET_ARN"
};
var TEMPLATE_ARN = {
  list: "INVALID_NUMBER_OF_ASSESSMENT_TEMPLATE_ARNS",
  value: "INVALID_ASSESSMENT_TEMPLATE_ARN"
};
var RUN_ARN = { list: "INVALID_NUMBER_OF_ASSESSMENT_RUN_ARNS", value: "INVALID_ASSESSMENT_RUN_ARN" };
var RULES_PACKAGE_ARN = {
  list: "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
  value: "INVALID_RULES_PACKAGE_ARN"
};
var USER_ATTRIBUTES = { list: "INVALID_NUMBER_OF_USER_ATTRIBUTES", value: "INVALID_USER_ATTRIBUTE" };
var USER_ATTRIBUTE_KEY = { value: "INVALID_USER_ATTRIBUTE_KEY" };
var USER_ATTRIBUTE_VALUE = { value: "INVALID_USER_ATTRIBUTE_VALUE" };
var GENERIC = {
  assessmentRunArn: RUN_ARN,
  assessmentRunArns: RUN_ARN,
  assessmentTemplateArn: TEMPLATE_ARN,
  assessmentTemplateArns: TEMPLATE_ARN,
  assessmentTargetArn: TARGET_ARN,
  assessmentTargetArns: TARGET_ARN,
  previewAgentsArn: TARGET_ARN,
  resourceGroupArn: { value: "INVALID_RESOURCE_GROUP_ARN" },
  resourceGroupArns: { list: "INVALID_NUMBER_OF_RESOURCE_GROUP_ARNS", value: "INVALID_RESOURCE_GROUP_ARN" },
  rulesPackageArns: RULES_PACKAGE_ARN,
  findingArns: { list: "INVALID_NUMBER_OF_FINDING_ARNS", value: "INVALID_FINDING_ARN" },
  exclusionArns: { value: "INVALID_RESOURCE_ARN" },
  resourceArn: { value: "INVALID_RESOURCE_ARN" },
  topicArn: { value: "INVALID_SNS_TOPIC_ARN" },
  roleArn: { value: "INVALID_IAM_ROLE_ARN" },
  event: { value: "INVALID_EVENT" },
  locale: { value: "INVALID_LOCALE" },
  nextToken: { value: "INVALID_PAGINATION_TOKEN" },
  previewToken: { value: "INVALID_PAGINATION_TOKEN" },
  maxResults: { value: "INVALID_MAX_RESULTS" },
  assessmentTargetName: { value: "INVALID_ASSESSMENT_TARGET_NAME" },
  assessmentTemplateName: { value: "INVALID_ASSESSMENT_TEMPLATE_NAME" },
  // The model has no code for run names; the template-name code is the closest.
  assessmentRunName: { value: "INVALID_ASSESSMENT_TEMPLATE_NAME" },
  durationInSeconds: { value: "INVALID_ASSESSMENT_TEMPLATE_DURATION" },
  stopAction: { value: "INVALID_ASSESSMENT_RUN_STATE" },
  reportFileFormat: { value: "INVALID_ASSESSMENT_RUN_ARN" },
  reportType: { value: "INVALID_ASSESSMENT_RUN_ARN" },
  userAttributesForFindings: USER_ATTRIBUTES,
  "userAttributesForFindings.key": USER_ATTRIBUTE_KEY,
  "userAttributesForFindings.value": USER_ATTRIBUTE_VALUE,
  attributeKeys: { list: "INVALID_NUMBER_OF_USER_ATTRIBUTES", value: "INVALID_USER_ATTRIBUTE_KEY" },
  resourceGroupTags: {
    list: "INVALID_NUMBER_OF_RESOURCE_GROUP_TAGS",
    value: "INVALID_RESOURCE_GROUP_TAG_KEY"
  },
  "resourceGroupTags.key": { value: "INVALID_RESOURCE_GROUP_TAG_KEY" },
  "resourceGroupTags.value": { value: "INVALID_RESOURCE_GROUP_TAG_VALUE" },
  tags: { list: "INVALID_NUMBER_OF_TAGS", value: "INVALID_TAG" },
  "tags.key": { value: "INVALID_TAG_KEY" },
  "tags.value": { value: "INVALID_TAG_VALUE" },
  filter: { value: "INVALID_RESOURCE_ARN" },
  "filter.rulesPackageArns": RULES_PACKAGE_ARN,
  "filter.attributes": { list: "INVALID_NUMBER_OF_ATTRIBUTES", value: "INVALID_ATTRIBUTE" },
  "filter.userAttributes": USER_ATTRIBUTES,
  "filter.userAttributes.key": USER_ATTRIBUTE_KEY,
  "filter.userAttributes.value": USER_ATTRIBUTE_VALUE,
  "filter.agentIds": { list: "INVALID_NUMBER_OF_AGENT_IDS", value: "INVALID_AGENT_ID" },
  "filter.autoScalingGroups": {
    list: "INVALID_NUMBER_OF_AUTO_SCALING_GROUPS",
    value: "INVALID_AUTO_SCALING_GROUP"
  },
  "filter.ruleNames": { list: "INVALID_NUMBER_OF_RULE_NAMES", value: "INVALID_RULE_NAME" },
  "filter.severities": { list: "INVALID_NUMBER_OF_SEVERITIES", value: "INVALID_SEVERITY" },
  // No code exists for a finding creation-time range; the run start-time code is the closest.
  "filter.creationTimeRange": { value: "INVALID_ASSESSMENT_RUN_START_TIME_RANGE" },
  "filter.states": { list: "INVALID_NUMBER_OF_ASSESSMENT_RUN_STATES", value: "INVALID_ASSESSMENT_RUN_STATE" },
  "filter.namePattern": { value: "INVALID_ASSESSMENT_TEMPLATE_NAME_PATTERN" },
  "filter.assessmentTargetNamePattern": { value: "INVALID_ASSESSMENT_TARGET_NAME_PATTERN" },
  "filter.durationRange": { value: "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE" },
  "filter.startTimeRange": { value: "INVALID_ASSESSMENT_RUN_START_TIME_RANGE" },
  "filter.completionTimeRange": { value: "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE" },
  "filter.stateChangeTimeRange": { value: "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE" },
  // Agent health filters have no code of their own.
  "filter.agentHealths": { value: "INVALID_AGENT_ID" },
  "filter.agentHealthCodes": { value: "INVALID_AGENT_ID" }
};
var BY_OPERATION = {
  // The attributes added to findings are user attributes.
  AddAttributesToFindings: {
    attributes: USER_ATTRIBUTES,
    "attributes.key": USER_ATTRIBUTE_KEY,
    "attributes.value": USER_ATTRIBUTE_VALUE
  },
  ListAssessmentRuns: {
    "filter.durationRange": { value: "INVALID_ASSESSMENT_RUN_DURATION_RANGE" }
  }
};
function errorCodeFor(operation, path, kind) {
  const names = path.filter((p) => typeof p === "string");
  const own = BY_OPERATION[operation];
  const isListItself = kind === "list" && typeof path[path.length - 1] === "string";
  for (let length = names.length; length > 0; length--) {
    const key = names.slice(0, length).join(".");
    const codes = (own && Object.hasOwn(own, key) ? own[key] : void 0) ?? GENERIC[key];
    if (codes === void 0) continue;
    if (isListItself && length === names.length && codes.list !== void 0) return codes.list;
    return codes.value;
  }
  return void 0;
}
function where(path) {
  return formatPath(path) || "(request)";
}
function firstProblem(operation) {
  return {
    wrongType(path, expected) {
      throw serialization(`Expected ${expected} at '${where(path)}'`);
    },
    violation({ path, kind, shown, constraint }) {
      const code2 = errorCodeFor(operation, path, kind) ?? "INVALID_RESOURCE_ARN";
      const value = kind === "list" ? "Value" : `Value ${shown}`;
      throw invalidInput(
        code2,
        `1 validation error detected: ${value} at '${where(path)}' failed to satisfy constraint: ${constraint}`
      );
    }
  };
}
function validateInput(operation, input) {
  const shape = operationOf(operation)?.input?.shape;
  if (shape === void 0) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw serialization("Expected an object as the request body");
    }
    return;
  }
  walkShape(serviceModel, shape, input, firstProblem(operation));
}
function checkMaxResults(value) {
  if (value === void 0 || value === null) return void 0;
  const n = value;
  if (n < 1 || n > 500) {
    throw invalidInput("INVALID_MAX_RESULTS", `maxResults must be between 1 and 500, got ${n}`);
  }
  return n;
}

// src/emulator/classic/context.ts
var sec2 = (ms) => ms / 1e3;
var PAGE_DEFAULT = 10;
var CODES = {
  target: {
    invalid: "INVALID_ASSESSMENT_TARGET_ARN",
    missing: "ASSESSMENT_TARGET_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TARGET",
    label: "assessment target"
  },
  template: {
    invalid: "INVALID_ASSESSMENT_TEMPLATE_ARN",
    missing: "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE",
    label: "assessment template"
  },
  run: {
    invalid: "INVALID_ASSESSMENT_RUN_ARN",
    missing: "ASSESSMENT_RUN_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_RUN",
    label: "assessment run"
  },
  finding: {
    invalid: "INVALID_FINDING_ARN",
    missing: "FINDING_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_FINDING",
    label: "finding"
  },
  resourcegroup: {
    invalid: "INVALID_RESOURCE_GROUP_ARN",
    missing: "RESOURCE_GROUP_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RESOURCE_GROUP",
    label: "resource group"
  },
  rulespackage: {
    invalid: "INVALID_RULES_PACKAGE_ARN",
    missing: "RULES_PACKAGE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RULES_PACKAGE",
    label: "rules package"
  }
};
function classify(store, kind, arn, exists) {
  const parsed = parseArn(arn);
  if (parsed === void 0 || parsed.kind !== kind) return "invalid";
  if (kind !== "rulespackage" && parsed.account !== store.account) return "denied";
  return exists(arn) ? "ok" : "missing";
}
function find(store, kind, arn, map) {
  const codes = CODES[kind];
  switch (classify(store, kind, arn, (a) => map.has(a))) {
    case "invalid":
      throw invalidInput(codes.invalid, `'${arn}' is not a valid ${codes.label} ARN.`);
    case "denied":
      throw accessDenied2(codes.denied, `You do not have access to the ${codes.label} '${arn}'.`);
    case "missing":
      throw noSuchEntity(codes.missing, `The ${codes.label} '${arn}' does not exist.`);
    case "ok":
      return map.get(arn);
  }
}
function runOf(em, arn, now) {
  const run = find(em.store, "run", arn, em.store.runs);
  run.advance(now);
  return run;
}
function describeBatch(store, kind, arns, map) {
  const found = [];
  const failedItems = {};
  for (const arn of new Set(arns)) {
    const result = classify(store, kind, arn, (a) => map.has(a));
    if (result === "ok") found.push(map.get(arn));
    else failedItems[arn] = { failureCode: FAILURE_CODE[result], retryable: false };
  }
  return { found, failedItems };
}
var FAILURE_CODE = {
  invalid: "INVALID_ARN",
  denied: "ACCESS_DENIED",
  missing: "ITEM_DOES_NOT_EXIST"
};
function paginate(em, operation, resultKey, input, scope, items) {
  const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
  const limit = Math.min(max, pageLimitOf(operation, resultKey));
  const [start = 0] = input["nextToken"] ? em.tokens.read(operation, scope, input["nextToken"]) : [0];
  const page = items.slice(start, start + limit);
  return start + limit < items.length ? { page, nextToken: em.tokens.issue(operation, scope, [start + limit]) } : { page };
}
function namePattern(pattern) {
  const body = [...pattern].map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")).join("");
  return new RegExp(`^${body}$`, "s");
}
function checkRange(range, code2, label) {
  if (range === void 0) return void 0;
  if (range.beginDate !== void 0 && range.endDate !== void 0 && range.beginDate > range.endDate) {
    throw invalidInput(code2, `${label}: beginDate must not be after endDate.`);
  }
  return range;
}
function inRange(ms, range) {
  if (range === void 0) return true;
  if (ms === void 0) return false;
  if (range.beginDate !== void 0 && ms < range.beginDate * 1e3) return false;
  if (range.endDate !== void 0 && ms > range.endDate * 1e3) return false;
  return true;
}
function checkDurationRange(range, code2) {
  if (range?.minSeconds !== void 0 && range.maxSeconds !== void 0 && range.minSeconds > range.maxSeconds) {
    throw invalidInput(code2, "durationRange: minSeconds must not exceed maxSeconds.");
  }
  return range;
}
function inDuration(seconds2, range) {
  if (range === void 0) return true;
  if (range.minSeconds !== void 0 && seconds2 < range.minSeconds) return false;
  if (range.maxSeconds !== void 0 && seconds2 > range.maxSeconds) return false;
  return true;
}
function runsInProgress(store, templates, now) {
  const arns = new Set(templates.map((t) => t.arn));
  return store.activeRuns(now).filter((r) => arns.has(r.templateArn)).map((r) => r.arn);
}

// src/emulator/classic/operations/reports.ts
var MAX_ROWS = 1e3;
function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function pdf(lines) {
  const esc = (s2) => s2.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, "\\$&");
  const stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td", ...lines.map((l) => `(${esc(l)}) '`), "ET"].join(
    "\n"
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>
stream
${stream}
endstream`
  ];
  let out = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj
${o}
endobj
`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref
0 ${objects.length + 1}
0000000000 65535 f 
`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n 
`;
  out += `trailer
<< /Size ${objects.length + 1} /Root 1 0 R >>
startxref
${xref}
%%EOF
`;
  return Buffer.from(out, "latin1");
}
function renderReport(em, runArn, path, now) {
  const run = em.store.runs.get(runArn);
  if (run === void 0) return void 0;
  run.advance(now);
  const visible = run.visibleFindings();
  const counts = run.findingCounts();
  const summary = CLASSIC_SEVERITIES.slice().reverse().map((s2) => `${s2}: ${counts[s2]}`).join(", ");
  if (path.endsWith(".pdf")) {
    return {
      type: "application/pdf",
      body: pdf([
        "Amazon Inspector - Assessment Report (emulated)",
        `Run: ${run.name}`,
        `State: ${run.state}`,
        `Findings: ${visible} (${summary})`
      ])
    };
  }
  const full = path.includes("-full.");
  const ctx = run.findingContext();
  const rows = [];
  for (let i = 0; i < Math.min(visible, MAX_ROWS); i++) {
    const f = run.findings.describe(i, ctx);
    rows.push(
      `<tr><td>${escapeHtml(f["severity"])}</td><td>${escapeHtml(f["id"])}</td><td>${escapeHtml(f["title"])}</td>` + (full ? `<td>${escapeHtml(f["recommendation"])}</td>` : "") + "</tr>"
    );
  }
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>Assessment report: ${escapeHtml(run.name)}</title></head><body>`,
    `<h1>Assessment report: ${escapeHtml(run.name)}</h1>`,
    `<p>Run ${escapeHtml(run.arn)} &mdash; state ${escapeHtml(run.state)} &mdash; ${visible} findings (${escapeHtml(summary)})</p>`,
    `<table><thead><tr><th>Severity</th><th>Id</th><th>Title</th>${full ? "<th>Recommendation</th>" : ""}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    visible > MAX_ROWS ? `<p>${visible - MAX_ROWS} more findings are not shown.</p>` : "",
    "</body></html>"
  ].join("\n");
  return { type: "text/html; charset=utf-8", body: Buffer.from(html, "utf8") };
}
var REPORT_OPERATIONS = {
  GetAssessmentReport(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("A report can be generated only once the assessment run has ended.", [run.arn]);
    }
    if (run.state !== "COMPLETED" && run.state !== "COMPLETED_WITH_ERRORS") return { status: "FAILED" };
    const key = `${run.arn}|${input["reportType"]}|${input["reportFileFormat"]}`;
    const asked = em.reports.get(key);
    if (asked === void 0) {
      em.reports.set(key, now);
      return { status: "WORK_IN_PROGRESS" };
    }
    if (now - asked < 2e3 / run.timeScale) return { status: "WORK_IN_PROGRESS" };
    const id = run.arn.slice(run.arn.lastIndexOf("/") + 1);
    const ext = input["reportFileFormat"] === "PDF" ? "pdf" : "html";
    const url = `${em.endpoint()}/_emulator/reports/${id}-${String(input["reportType"]).toLowerCase()}.${ext}?run=${encodeURIComponent(run.arn)}`;
    return { status: "COMPLETED", url };
  }
};

// src/emulator/classic/control.ts
function classicControl(em, classic) {
  return {
    paths: ["GET /_emulator/seeded", "POST /_emulator/outcome", "GET /_emulator/reports/<file>?run=<ARN>"],
    answer({ method, path, query, json }, now) {
      if (path === "/_emulator/seeded" && method === "GET") return { status: 200, json: classic.seeded };
      if (path === "/_emulator/outcome" && method === "POST") {
        const input = json();
        const run = input["run"] ?? input["assessmentRunArn"];
        const outcome = input["outcome"];
        if (typeof run !== "string" || typeof outcome !== "string" || !isOutcome(outcome)) {
          return {
            status: 400,
            json: {
              error: 'expected {"run": "<run ARN or *>", "outcome": "COMPLETED|COMPLETED_WITH_ERRORS|FAILED|ERROR|NEVER"}'
            }
          };
        }
        if (!classic.setOutcome(run, outcome))
          return { status: 404, json: { error: `no assessment run ${run}` } };
        return { status: 200, json: { run, outcome } };
      }
      if (path.startsWith("/_emulator/reports/") && method === "GET") {
        const report = renderReport(em, query.get("run") ?? "", path, now);
        if (report === void 0) return { status: 404, json: { error: "no such report" } };
        return { status: 200, contentType: report.type, document: report.body };
      }
      return void 0;
    }
  };
}

// src/emulator/classic/operations/admin.ts
var IAM_ROLE = /^arn:aws:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/;
var ADMIN_OPERATIONS = {
  ListRulesPackages(input, em) {
    const arns = em.store.rulesPackages.map((p) => p.arn);
    const { page, nextToken } = paginate(em, "ListRulesPackages", "rulesPackageArns", input, null, arns);
    return { rulesPackageArns: page, ...nextToken ? { nextToken } : {} };
  },
  DescribeRulesPackages(input, em) {
    const known = new Map(em.store.rulesPackages.map((p) => [p.arn, p]));
    const { found, failedItems } = describeBatch(em.store, "rulespackage", input["rulesPackageArns"], known);
    return {
      rulesPackages: found.map((p) => ({
        arn: p.arn,
        name: p.name,
        version: p.version,
        provider: p.provider,
        description: p.description
      })),
      failedItems
    };
  },
  DescribeCrossAccountAccessRole(_input, em) {
    const role = em.store.crossAccountRole;
    return { roleArn: role.roleArn, valid: role.valid, registeredAt: sec2(role.registeredAt) };
  },
  RegisterCrossAccountAccessRole(input, em, now) {
    const roleArn = input["roleArn"];
    if (!IAM_ROLE.test(roleArn))
      throw invalidInput("INVALID_IAM_ROLE_ARN", `'${roleArn}' is not an IAM role ARN.`);
    em.store.crossAccountRole = { roleArn, registeredAt: now, valid: true };
    return void 0;
  }
};

// src/emulator/classic/operations/agents.ts
import { randomUUID } from "node:crypto";

// src/emulator/classic/fleet.ts
var ROLES = [
  { role: "web", group: "web-asg" },
  { role: "api", group: "api-asg" },
  { role: "worker", group: "worker-asg" },
  { role: "bastion" },
  { role: "db" }
];
var UNHEALTHY_CODES = ["UNHEALTHY", "SHUTDOWN", "THROTTLED", "UNKNOWN"];
function seedAgents(seed, region, count3, unhealthy) {
  const agents = [];
  const r = new Random(hash(seed, "agents"));
  const ami = `ami-${r.chars(17, HEX)}`;
  const perRole = /* @__PURE__ */ new Map();
  for (let i = 0; i < count3; i++) {
    const { role, group } = ROLES[i % ROLES.length];
    const n = (perRole.get(role) ?? 0) + 1;
    perRole.set(role, n);
    const ip = `10.0.${1 + r.int(3)}.${10 + (i * 37 + r.int(20)) % 240}`;
    const bad2 = i >= count3 - unhealthy;
    agents.push({
      agentId: `i-${r.chars(17, HEX)}`,
      hostname: `ip-${ip.replaceAll(".", "-")}.${region}.compute.internal`,
      ipv4Address: ip,
      amiId: i % 4 === 3 ? `ami-${r.chars(17, HEX)}` : ami,
      ...group ? { autoScalingGroup: group } : {},
      agentVersion: "1.1.1987.0",
      operatingSystem: "Amazon Linux 2",
      kernelVersion: `4.14.${300 + r.int(40)}-${200 + r.int(60)}.amzn2.x86_64`,
      tags: [
        { key: "Name", value: `${role}-${n}` },
        { key: "Role", value: role },
        { key: "Inspector", value: "enabled" }
      ],
      ...bad2 ? { unhealthyCode: UNHEALTHY_CODES[(count3 - 1 - i) % UNHEALTHY_CODES.length] } : {}
    });
  }
  return agents;
}
function groupSelects(tags, agent) {
  return tags.some(
    (t) => agent.tags.some((a) => a.key === t.key && (t.value === void 0 || a.value === t.value))
  );
}
var UNHEALTHY_DETAILS = {
  UNHEALTHY: "The agent is unable to send telemetry to the Amazon Inspector service.",
  SHUTDOWN: "The instance was stopped or terminated during the assessment run.",
  THROTTLED: "The agent was throttled and could not collect data for the whole run.",
  UNKNOWN: "The agent has not reported its health since the assessment run started."
};

// src/emulator/classic/operations/agents.ts
var TELEMETRY_TYPES = [
  ["InspectorDuplicateProcess", 2, 345],
  ["InspectorTimeEventMsg", 3, 255],
  ["InspectorNetworkInterface", 4, 1082],
  ["InspectorDnsEntry", 2, 349],
  ["InspectorDirectoryInfoMsg", 11, 2514],
  ["InspectorTcpV4ListeningPort", 1, 184],
  ["InspectorTerminal", 101, 10949],
  ["InspectorUser", 26, 5916],
  ["InspectorDynamicallyLoadedCodeModule", 282, 32148],
  ["InspectorCreateProcess", 18, 10172],
  ["InspectorProcessPerformance", 3, 8001],
  ["InspectorOperatingSystem", 1, 360],
  ["InspectorInstanceMetaData", 1, 1553],
  ["InspectorPackageInfo", 474, 2960322],
  ["InspectorKernelModule", 18, 8362],
  ["InspectorConfigurationInfo", 29, 48788]
];
function telemetryOf(run, agent, now) {
  const started = run.startedAt;
  if (agent === void 0 || agent.unhealthyCode !== void 0 || started === void 0) return [];
  const collectMs = run.durationInSeconds * 1e3 / run.timeScale;
  const stopped = run.changes.find(
    (c) => RUN_STATES.indexOf(c.state) > RUN_STATES.indexOf("COLLECTING_DATA")
  )?.at;
  const share = Math.min(1, Math.max(0.05, ((stopped ?? now) - started) / collectMs));
  return TELEMETRY_TYPES.map(([messageType, count3, size]) => {
    const factor = 0.75 + hash(agent.agentId, messageType) % 50 / 100;
    const n = Math.max(1, Math.round(count3 * factor * share));
    return { messageType, count: n, dataSize: Math.round(size / count3 * n) };
  });
}
function agentHealth(run, agent) {
  if (agent === void 0) {
    return {
      agentHealth: "UNKNOWN",
      agentHealthCode: "UNKNOWN",
      agentHealthDetails: UNHEALTHY_DETAILS["UNKNOWN"]
    };
  }
  if (agent.unhealthyCode !== void 0) {
    return {
      agentHealth: agent.unhealthyCode === "UNKNOWN" ? "UNKNOWN" : "UNHEALTHY",
      agentHealthCode: agent.unhealthyCode,
      agentHealthDetails: UNHEALTHY_DETAILS[agent.unhealthyCode]
    };
  }
  const index = RUN_STATES.indexOf(run.state);
  const collecting = index >= RUN_STATES.indexOf("START_DATA_COLLECTION_IN_PROGRESS") && index <= RUN_STATES.indexOf("STOP_DATA_COLLECTION_PENDING");
  return { agentHealth: "HEALTHY", agentHealthCode: collecting ? "RUNNING" : "IDLE" };
}
function exclusionArnsOf(em, run) {
  const key = hash(em.store.seed, "exclusions", run.arn);
  return run.agentIds.filter((id) => em.store.agentById(id)?.unhealthyCode !== void 0).map((agentId, i) => ({ arn: `${run.arn}/exclusion/${encodeFindingId(i, key)}`, agentId }));
}
function exclusionFor(em, agentId, arn) {
  const agent = em.store.agentById(agentId);
  return {
    ...arn ? { arn } : {},
    title: `Agent on instance ${agentId} is not healthy`,
    description: `Amazon Inspector could not assess instance ${agentId}: ${agent?.unhealthyCode ? UNHEALTHY_DETAILS[agent.unhealthyCode] : "the agent is not reporting."}`,
    recommendation: "Check that the Amazon Inspector agent is installed and running, then start a new assessment run.",
    scopes: [{ key: "INSTANCE_ID", value: agentId }],
    attributes: []
  };
}
var AGENT_OPERATIONS = {
  PreviewAgents(input, em) {
    const store = em.store;
    const target = find(store, "target", input["previewAgentsArn"], store.targets);
    const previews = store.agentsOf(target).map((a) => ({
      agentId: a.agentId,
      hostname: a.hostname,
      ipv4Address: a.ipv4Address,
      agentHealth: a.unhealthyCode === void 0 ? "HEALTHY" : a.unhealthyCode === "UNKNOWN" ? "UNKNOWN" : "UNHEALTHY",
      agentVersion: a.agentVersion,
      operatingSystem: a.operatingSystem,
      kernelVersion: a.kernelVersion,
      ...a.autoScalingGroup ? { autoScalingGroup: a.autoScalingGroup } : {}
    }));
    const { page, nextToken } = paginate(em, "PreviewAgents", "agentPreviews", input, target.arn, previews);
    return { agentPreviews: page, ...nextToken ? { nextToken } : {} };
  },
  ListAssessmentRunAgents(input, em, now) {
    const store = em.store;
    const run = runOf(em, input["assessmentRunArn"], now);
    const healths = input["filter"]?.agentHealths?.length ? new Set(input["filter"].agentHealths) : void 0;
    const codes = input["filter"]?.agentHealthCodes?.length ? new Set(input["filter"].agentHealthCodes) : void 0;
    const agents = run.agentIds.map((id) => {
      const agent = store.agentById(id);
      return {
        agentId: id,
        assessmentRunArn: run.arn,
        ...agentHealth(run, agent),
        ...agent?.autoScalingGroup ? { autoScalingGroup: agent.autoScalingGroup } : {},
        telemetryMetadata: telemetryOf(run, agent, now)
      };
    }).filter(
      (a) => (healths === void 0 || healths.has(a.agentHealth)) && (codes === void 0 || codes.has(a.agentHealthCode))
    );
    const scope = { run: run.arn, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentRunAgents",
      "assessmentRunAgents",
      input,
      scope,
      agents
    );
    return { assessmentRunAgents: page, ...nextToken ? { nextToken } : {} };
  },
  GetTelemetryMetadata(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    const totals = /* @__PURE__ */ new Map();
    for (const id of run.agentIds) {
      for (const t of telemetryOf(run, em.store.agentById(id), now)) {
        const sum = totals.get(t.messageType) ?? { count: 0, dataSize: 0 };
        sum.count += t.count;
        sum.dataSize += t.dataSize;
        totals.set(t.messageType, sum);
      }
    }
    const list = [...totals].map(([messageType, t]) => ({ messageType, ...t }));
    if (list.length > 0) {
      list.push({
        messageType: "Total",
        count: list.reduce((n, t) => n + t.count, 0),
        dataSize: list.reduce((n, t) => n + t.dataSize, 0)
      });
    }
    return { telemetryMetadata: list };
  },
  CreateExclusionsPreview(input, em, now) {
    const template = find(em.store, "template", input["assessmentTemplateArn"], em.store.templates);
    const token = randomUUID();
    em.store.previews.set(token, { templateArn: template.arn, createdAt: now });
    return { previewToken: token };
  },
  GetExclusionsPreview(input, em) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    const preview = store.previews.get(input["previewToken"]);
    if (preview === void 0 || preview.templateArn !== template.arn) {
      throw noSuchEntity(
        "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
        "No exclusions preview with this token for this template."
      );
    }
    const target = store.targets.get(template.targetArn);
    const previews = (target ? store.agentsOf(target) : []).filter((a) => a.unhealthyCode !== void 0).map((a) => exclusionFor(em, a.agentId));
    const scope = { template: template.arn, token: input["previewToken"] };
    const { page, nextToken } = paginate(
      em,
      "GetExclusionsPreview",
      "exclusionPreviews",
      input,
      scope,
      previews
    );
    return { previewStatus: "COMPLETED", exclusionPreviews: page, ...nextToken ? { nextToken } : {} };
  },
  ListExclusions(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    const arns = run.startedAt === void 0 ? [] : exclusionArnsOf(em, run).map((e) => e.arn);
    const { page, nextToken } = paginate(em, "ListExclusions", "exclusionArns", input, run.arn, arns);
    return { exclusionArns: page, ...nextToken ? { nextToken } : {} };
  },
  DescribeExclusions(input, em, now) {
    const exclusions = {};
    const failedItems = {};
    for (const arn of new Set(input["exclusionArns"])) {
      const parsed = parseArn(arn);
      if (parsed === void 0 || parsed.kind !== "exclusion") {
        failedItems[arn] = { failureCode: "INVALID_ARN", retryable: false };
        continue;
      }
      const run = em.store.runs.get(parsed.parent);
      run?.advance(now);
      const match = run && run.startedAt !== void 0 ? exclusionArnsOf(em, run).find((e) => e.arn === arn) : void 0;
      if (match === void 0) failedItems[arn] = { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
      else exclusions[arn] = exclusionFor(em, match.agentId, arn);
    }
    return { exclusions, failedItems };
  }
};

// src/emulator/classic/catalog.ts
var PACKAGE_TEXT = {
  cve: {
    version: "1.1",
    description: "The rules in this package help verify whether the EC2 instances in your assessment targets are exposed to common vulnerabilities and exposures (CVEs). Attacks can exploit unpatched vulnerabilities to compromise the confidentiality, integrity, or availability of your service or data."
  },
  cis: {
    version: "1.0",
    description: "The CIS Security Benchmarks program provides well-defined, unbiased and consensus-based industry best practices to help organizations assess and improve their security. The rules in this package check your instances against the CIS benchmark for their operating system."
  },
  sbp: {
    version: "1.0",
    description: "The rules in this package help determine whether your systems are configured securely."
  },
  nr: {
    version: "1.1",
    description: "The rules in this package analyze your network configurations to find security vulnerabilities of your EC2 instances, and whether a process listens on the ports that are reachable."
  }
};
var PACKAGE_KINDS = ["cve", "cis", "sbp", "nr"];
function rulesPackages(region) {
  const published = publishedRulesPackagesOf(region);
  const account = `7${String(hash("rules-account", region) % 10 ** 11).padStart(11, "0")}`;
  const kinds = published.length > 0 ? PACKAGE_KINDS.filter((k) => published.some((p) => p.kind === k)) : PACKAGE_KINDS;
  return kinds.map((kind) => {
    const arn = published.find((p) => p.kind === kind)?.arn ?? `arn:aws:inspector:${region}:${account}:rulespackage/0-${new Random(hash("rules-package", region, kind)).chars(8, BASE62_ID)}`;
    return {
      kind,
      arn,
      name: RULES_PACKAGE_NAMES[kind],
      provider: "Amazon Web Services, Inc.",
      ...PACKAGE_TEXT[kind]
    };
  });
}
var BASE62_ID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var NUMERIC_SEVERITY = {
  High: 9,
  Medium: 6,
  Low: 3,
  Informational: 0,
  Undefined: 0
};
var CVE_PACKAGES = [
  { name: "openssl", base: "1.0.2k" },
  { name: "glibc", base: "2.26" },
  { name: "bash", base: "4.2.46" },
  { name: "curl", base: "7.79.1" },
  { name: "openssh", base: "7.4p1" },
  { name: "sudo", base: "1.8.23" },
  { name: "systemd", base: "219" },
  { name: "libxml2", base: "2.9.1" },
  { name: "zlib", base: "1.2.7" },
  { name: "nss", base: "3.67.0" },
  { name: "kernel", base: "4.14.336" },
  { name: "python3", base: "3.7.16" },
  { name: "perl", base: "5.16.3" },
  { name: "git", base: "2.40.1" },
  { name: "vim", base: "9.0.2120" },
  { name: "bind", base: "9.11.4" },
  { name: "ntp", base: "4.2.8p15" },
  { name: "polkit", base: "0.112" },
  { name: "expat", base: "2.1.0" },
  { name: "sqlite", base: "3.7.17" },
  { name: "krb5-libs", base: "1.15.1" },
  { name: "libgcrypt", base: "1.5.3" },
  { name: "httpd", base: "2.4.58" },
  { name: "nginx", base: "1.22.1" }
];
var CVE_WEAKNESSES = [
  "a heap-based buffer overflow",
  "an out-of-bounds read",
  "a use-after-free",
  "an integer overflow",
  "improper input validation",
  "a NULL pointer dereference",
  "a race condition",
  "an improper certificate validation",
  "an uncontrolled resource consumption",
  "a path traversal"
];
var CVE_IMPACTS = [
  "execute arbitrary code",
  "cause a denial of service",
  "obtain sensitive information from process memory",
  "gain privileges",
  "bypass intended access restrictions"
];
function cveSeverity(u) {
  if (u < 0.22) return "High";
  if (u < 0.62) return "Medium";
  if (u < 0.9) return "Low";
  return "Informational";
}
var CVSS_RANGE = {
  High: [7, 10],
  Medium: [4, 6.9],
  Low: [0.1, 3.9],
  Informational: [0, 0],
  Undefined: [0, 0]
};
function cvss3Vector(severity) {
  const impact = severity === "High" ? "H/I:H/A:H" : severity === "Medium" ? "L/I:L/A:L" : "N/I:N/A:L";
  return `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:${impact}`;
}
function cvss2Vector(severity) {
  const impact = severity === "High" ? "P/I:P/A:P" : severity === "Medium" ? "P/I:N/A:N" : "N/I:N/A:P";
  return `AV:N/AC:L/Au:N/C:${impact}`;
}
function cveEntry(seed, index) {
  const r = new Random(hash(seed, "cve", index));
  const year = 2010 + index % 16;
  const number = 1e3 + (Math.floor(index / 16) * 7919 + seed % 98e3) % 98e3;
  const cve = `CVE-${year}-${number}`;
  const pkg = r.pick(CVE_PACKAGES);
  const severity = cveSeverity(r.float());
  const [low, high] = CVSS_RANGE[severity];
  const cvss3 = (low + r.float() * (high - low)).toFixed(1);
  const cvss2 = Math.min(10, Math.max(0, Number(cvss3) - 0.5 + r.float())).toFixed(1);
  const release = `${1 + r.int(40)}.amzn2`;
  const installed = `${pkg.base}-${release}`;
  const fixed = `${pkg.base}-${Number.parseInt(release, 10) + 1 + r.int(5)}.amzn2`;
  const weakness = r.pick(CVE_WEAKNESSES);
  const impact = r.pick(CVE_IMPACTS);
  return {
    id: cve,
    severity,
    title: `Instance {instance} is vulnerable to ${cve}`,
    description: `${weakness[0].toUpperCase()}${weakness.slice(1)} in ${pkg.name} before ${fixed} allows remote attackers to ${impact} via crafted input. Installed package: ${pkg.name}-${installed}.`,
    recommendation: `Use your Operating System's update feature to update package ${pkg.name}-${installed} to ${pkg.name}-${fixed}. For more information see https://cve.mitre.org/cgi-bin/cvename.cgi?name=${cve}`,
    attributes: [
      { key: "CVE_ID", value: cve },
      { key: "package_name", value: pkg.name },
      { key: "CVSS2_SCORE", value: cvss2 },
      { key: "CVSS2_VECTOR", value: cvss2Vector(severity) },
      { key: "CVSS3_SCORE", value: cvss3 },
      { key: "CVSS3_VECTOR", value: cvss3Vector(severity) }
    ]
  };
}
var CIS_BENCHMARK = "CIS Amazon Linux 2 Benchmark v1.0.0";
var CIS_RULES = [
  ["1.1.1.1", "Ensure mounting of cramfs filesystems is disabled", 1, "Medium"],
  ["1.1.1.2", "Ensure mounting of hfs filesystems is disabled", 1, "Low"],
  ["1.1.1.4", "Ensure mounting of squashfs filesystems is disabled", 1, "Low"],
  ["1.1.1.5", "Ensure mounting of udf filesystems is disabled", 1, "Low"],
  ["1.1.2", "Ensure separate partition exists for /tmp", 2, "Medium"],
  ["1.1.3", "Ensure nodev option set on /tmp partition", 1, "Medium"],
  ["1.1.4", "Ensure nosuid option set on /tmp partition", 1, "Medium"],
  ["1.1.21", "Ensure sticky bit is set on all world-writable directories", 1, "High"],
  ["1.3.1", "Ensure AIDE is installed", 1, "Medium"],
  ["1.4.1", "Ensure permissions on bootloader config are configured", 1, "High"],
  ["1.5.1", "Ensure core dumps are restricted", 1, "Medium"],
  ["1.5.3", "Ensure address space layout randomization (ASLR) is enabled", 1, "High"],
  ["2.1.1", "Ensure chargen services are not enabled", 1, "Medium"],
  ["2.2.1.1", "Ensure time synchronization is in use", 1, "Low"],
  ["2.2.2", "Ensure X Window System is not installed", 1, "Low"],
  ["2.2.7", "Ensure NFS and RPC are not enabled", 1, "Medium"],
  ["2.2.15", "Ensure mail transfer agent is configured for local-only mode", 1, "Medium"],
  ["3.1.1", "Ensure IP forwarding is disabled", 1, "High"],
  ["3.1.2", "Ensure packet redirect sending is disabled", 1, "Medium"],
  ["3.2.2", "Ensure ICMP redirects are not accepted", 1, "Medium"],
  ["3.2.4", "Ensure suspicious packets are logged", 1, "Low"],
  ["3.4.2", "Ensure /etc/hosts.allow is configured", 1, "Low"],
  ["4.1.2", "Ensure auditd service is enabled", 2, "Medium"],
  ["4.1.4", "Ensure events that modify date and time information are collected", 2, "Low"],
  ["4.2.1.1", "Ensure rsyslog Service is enabled", 1, "Low"],
  ["5.1.2", "Ensure permissions on /etc/crontab are configured", 1, "Medium"],
  ["5.2.2", "Ensure SSH Protocol is set to 2", 1, "High"],
  ["5.2.4", "Ensure SSH X11 forwarding is disabled", 1, "Medium"],
  ["5.2.5", "Ensure SSH MaxAuthTries is set to 4 or less", 1, "Medium"],
  ["5.2.8", "Ensure SSH root login is disabled", 1, "High"],
  ["5.2.9", "Ensure SSH PermitEmptyPasswords is disabled", 1, "High"],
  ["5.3.1", "Ensure password creation requirements are configured", 1, "Medium"],
  ["5.4.1.1", "Ensure password expiration is 365 days or less", 1, "Medium"],
  ["5.4.4", "Ensure default user umask is 027 or more restrictive", 1, "Low"],
  ["6.1.2", "Ensure permissions on /etc/passwd are configured", 1, "High"],
  ["6.1.10", "Ensure no world writable files exist", 1, "Medium"],
  ["6.2.1", "Ensure password fields are not empty", 1, "High"],
  ["6.2.5", "Ensure root is the only UID 0 account", 1, "High"]
];
function cisEntry(index) {
  const [ruleId, title, level, severity] = CIS_RULES[index];
  return {
    id: ruleId,
    severity,
    title: `Instance {instance} is not compliant with rule ${ruleId} ${title}, ${CIS_BENCHMARK}, Level ${level}`,
    description: `This rule helps determine whether your systems are configured securely. Rule ${ruleId} of the ${CIS_BENCHMARK}: ${title}.`,
    recommendation: `Follow the remediation of rule ${ruleId} (${title}) in the ${CIS_BENCHMARK}, then run the assessment again.`,
    attributes: [
      { key: "BENCHMARK_ID", value: CIS_BENCHMARK },
      // The rule's number and title, as readers of real findings split it.
      { key: "BENCHMARK_RULE_ID", value: `${ruleId} ${title}` },
      { key: "CIS_BENCHMARK_PROFILE", value: `Level ${level}` }
    ]
  };
}
var SBP_RULES = [
  [
    "Disable root login over SSH",
    "Medium",
    "is configured to allow users to log in with root credentials over SSH. This increases the likelihood of a successful brute-force attack.",
    "Set PermitRootLogin to no in /etc/ssh/sshd_config, and then restart sshd."
  ],
  [
    "Support SSH version 2 only",
    "Medium",
    "is configured to support SSH-1, which contains inherent design flaws that greatly reduce its security.",
    "Set Protocol 2 in /etc/ssh/sshd_config."
  ],
  [
    "Disable password authentication over SSH",
    "Medium",
    "is configured to support password authentication over SSH. Password authentication is susceptible to brute-force attacks.",
    "Disable password authentication over SSH and enable key-based authentication instead."
  ],
  [
    "Configure password maximum age",
    "Medium",
    "is not configured for a maximum age for passwords.",
    "Set PASS_MAX_DAYS in /etc/login.defs, and use chage for existing users."
  ],
  [
    "Configure password minimum length",
    "Medium",
    "is not configured for a minimum length for passwords.",
    "Set the minlen parameter of pam_cracklib.so in your PAM configuration."
  ],
  [
    "Configure password complexity",
    "Medium",
    "has no password complexity mechanism or restrictions configured.",
    "Set lcredit, ucredit, dcredit and ocredit in pwquality.conf."
  ],
  [
    "Enable ASLR",
    "Medium",
    "does not have ASLR enabled.",
    "Run echo 2 | sudo tee /proc/sys/kernel/randomize_va_space."
  ],
  ["Enable DEP", "Medium", "does not have DEP enabled.", "Enable DEP on the operating system."],
  [
    "Configure permissions for system directories",
    "High",
    "contains a system directory that is writable by non-root users.",
    "Make system directories writable only by root."
  ]
];
function sbpEntry(index) {
  const [rule, severity, found, fix] = SBP_RULES[index];
  return {
    id: rule,
    severity,
    title: `Instance {instance} ${found}`,
    description: `This rule helps determine whether your systems are configured securely: ${rule}.`,
    recommendation: fix,
    attributes: []
  };
}
var NR_PORTS = [
  ["SSH", 22, "TCP", "Medium", "sshd"],
  ["RDP", 3389, "TCP", "Medium", ""],
  ["Telnet", 23, "TCP", "High", "telnetd"],
  ["FTP", 21, "TCP", "High", "vsftpd"],
  ["SMB", 445, "TCP", "High", ""],
  ["MySQL", 3306, "TCP", "High", "mysqld"],
  ["PostgreSQL", 5432, "TCP", "High", "postgres"],
  ["SQL Server", 1433, "TCP", "High", ""],
  ["MongoDB", 27017, "TCP", "High", "mongod"],
  ["Elasticsearch", 9200, "TCP", "High", "java"],
  ["LDAP", 389, "TCP", "Medium", ""],
  ["NFS", 2049, "TCP", "Medium", ""],
  ["HTTP", 80, "TCP", "Low", "nginx"],
  ["HTTPS", 443, "TCP", "Low", "nginx"]
];
function nrEntry(seed, index) {
  const [service, port2, protocol, severity, process2] = NR_PORTS[index];
  const r = new Random(hash(seed, "nr", index));
  const sg = `sg-${new Random(hash(seed, "sg", index % 3)).chars(17, HEX)}`;
  const eni = `eni-${r.chars(17, HEX)}`;
  const acl = `acl-${r.chars(8, HEX)}`;
  const igw = `igw-${r.chars(8, HEX)}`;
  const vpc = `vpc-${new Random(hash(seed, "vpc")).chars(8, HEX)}`;
  const listening = process2 !== "";
  return {
    id: "Recognized port reachable from internet",
    severity,
    title: `On instance {instance}, ${protocol} port ${port2} which is associated with '${service}' is reachable from the internet`,
    description: `On this instance, ${protocol} port ${port2}, which is associated with ${service}, is reachable from the internet.${listening ? ` A process (${process2}) is listening on this port.` : ""} The instance is located in VPC ${vpc} and has an attached ENI ${eni} which uses network ACL ${acl}. The port is reachable from the internet through Security Group ${sg} and IGW ${igw}`,
    recommendation: `You can edit the Security Group ${sg} to remove access from the internet on port ${port2}`,
    attributes: [
      { key: "VPC", value: vpc },
      { key: "ACL", value: acl },
      { key: "PROTOCOL", value: protocol },
      { key: "RULE_TYPE", value: listening ? "RecognizedPortWithListener" : "RecognizedPortNoAgent" },
      { key: "PORT_GROUP_NAME", value: service },
      { key: "IGW", value: igw },
      { key: "SECURITY_GROUP", value: sg },
      { key: "ENI", value: eni },
      { key: "REACHABILITY_TYPE", value: "Internet" },
      { key: "PORT", value: String(port2) }
    ]
  };
}
var CATALOG_SIZE = {
  cve: Number.POSITIVE_INFINITY,
  cis: CIS_RULES.length,
  sbp: SBP_RULES.length,
  nr: NR_PORTS.length
};
function ruleEntry(seed, kind, index) {
  switch (kind) {
    case "cve":
      return cveEntry(seed, index);
    case "cis":
      return cisEntry(index);
    case "sbp":
      return sbpEntry(index);
    case "nr":
      return nrEntry(seed, index);
  }
}
function ruleSeverity(seed, kind, index) {
  switch (kind) {
    case "cve": {
      const r = new Random(hash(seed, "cve", index));
      r.next();
      return cveSeverity(r.float());
    }
    case "cis":
      return CIS_RULES[index][3];
    case "sbp":
      return SBP_RULES[index][1];
    case "nr":
      return NR_PORTS[index][3];
  }
}

// src/emulator/classic/finding-set.ts
var SEVERITY_INDEX = new Map(CLASSIC_SEVERITIES.map((s2, i) => [s2, i]));
function bucketize(values, buckets, size) {
  const counts = new Int32Array(buckets);
  for (let i = 0; i < size; i++) {
    const v = values[i];
    if (v >= 0) counts[v]++;
  }
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(buckets);
  for (let i = 0; i < size; i++) {
    const v = values[i];
    if (v >= 0) lists[v][fill[v]++] = i;
  }
  return lists;
}
function countBelow(list, limit) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (list[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function sameAttribute(a, b) {
  return a.key === b.key && (a.value ?? void 0) === (b.value ?? void 0);
}
function containsAll(have, wanted) {
  return wanted.every((w) => have.some((h) => sameAttribute(h, w)));
}
var FindingSet = class {
  size;
  packages;
  assets;
  severity;
  pkg;
  agent;
  bySeverity;
  byPackage;
  byAgent;
  /** User attributes changed by Add/RemoveAttributesFromFindings, per index. */
  userOverrides = /* @__PURE__ */ new Map();
  /** updatedAt (ms) changed by Add/RemoveAttributesFromFindings, per index. */
  updatedAt = /* @__PURE__ */ new Map();
  constructor(size, packages, assets, severity, pkg, agent) {
    this.size = size;
    this.packages = packages;
    this.assets = assets;
    this.severity = severity;
    this.pkg = pkg;
    this.agent = agent;
    this.bySeverity = bucketize(severity, CLASSIC_SEVERITIES.length, size);
    this.byPackage = bucketize(pkg, packages.length, size);
    this.byAgent = bucketize(agent, assets.length, size);
  }
  severityOf(i) {
    return CLASSIC_SEVERITIES[this.severity[i]];
  }
  packageOf(i) {
    return this.packages[this.pkg[i]];
  }
  assetOf(i) {
    const a = this.agent[i];
    return a < 0 ? void 0 : this.assets[a];
  }
  /** Counts per severity among the first `visible` findings. */
  countsOf(visible) {
    const counts = {};
    CLASSIC_SEVERITIES.forEach((s2, k) => {
      counts[s2] = countBelow(this.bySeverity[k], visible);
    });
    return counts;
  }
  userAttributesOf(i, ctx) {
    return this.userOverrides.get(i) ?? ctx.userAttributesForFindings;
  }
};
var PACKAGE_WEIGHT = { cve: 0.55, cis: 0.25, sbp: 0.1, nr: 0.1 };
var GeneratedFindings = class extends FindingSet {
  params;
  kinds;
  entry;
  /** Rule entries recently described (agents share most rules), bounded. */
  entries = /* @__PURE__ */ new Map();
  /** The assetAttributes of each agent, in the wire shape. */
  assetWire;
  constructor(params) {
    const agents = params.agents;
    const packages = params.packages;
    const count3 = agents.length === 0 || packages.length === 0 ? 0 : params.count;
    const severity = new Uint8Array(count3);
    const pkg = new Uint8Array(count3);
    const agent = new Int32Array(count3);
    const entry = new Uint32Array(count3);
    const r = new Random(params.key);
    const weights = packages.map((p) => PACKAGE_WEIGHT[p.kind]);
    const total = weights.reduce((a, b) => a + b, 0);
    const cveIndex = packages.findIndex((p) => p.kind === "cve");
    const counters = new Uint32Array(agents.length * packages.length);
    for (let i = 0; i < count3; i++) {
      const a = i % agents.length;
      let u = r.float() * total;
      let p = 0;
      while (p < packages.length - 1 && u >= weights[p]) u -= weights[p++];
      let kind = packages[p].kind;
      if (counters[a * packages.length + p] >= CATALOG_SIZE[kind] && cveIndex >= 0) {
        p = cveIndex;
        kind = "cve";
      }
      const c = counters[a * packages.length + p]++;
      const e = kind === "cve" ? c + a * 3 : (c + a * 5) % CATALOG_SIZE[kind];
      pkg[i] = p;
      agent[i] = a;
      entry[i] = e;
      severity[i] = SEVERITY_INDEX.get(ruleSeverity(params.catalogSeed, kind, e));
    }
    const assets = agents.map(
      (g) => ({
        agentId: g.agentId,
        hostname: g.hostname,
        amiId: g.amiId,
        ipv4Addresses: [g.ipv4Address],
        ...g.autoScalingGroup ? { autoScalingGroup: g.autoScalingGroup } : {}
      })
    );
    super(
      count3,
      packages.map((p) => p.arn),
      assets,
      severity,
      pkg,
      agent
    );
    this.params = params;
    this.kinds = packages.map((p) => p.kind);
    this.entry = entry;
    this.assetWire = assets.map((a) => ({ schemaVersion: 1, ...a }));
  }
  arnOf(i, runArn) {
    return `${runArn}/finding/${encodeFindingId(i, this.params.key)}`;
  }
  indexOf(findingArn, runArn) {
    const prefix = `${runArn}/finding/`;
    if (!findingArn.startsWith(prefix)) return -1;
    const i = decodeFindingId(findingArn.slice(prefix.length), this.params.key);
    return i >= 0 && i < this.size ? i : -1;
  }
  entryOf(i) {
    const key = this.pkg[i] * 4294967296 + this.entry[i];
    let e = this.entries.get(key);
    if (e === void 0) {
      if (this.entries.size >= 5e4) this.entries.clear();
      e = ruleEntry(this.params.catalogSeed, this.kinds[this.pkg[i]], this.entry[i]);
      this.entries.set(key, e);
    }
    return e;
  }
  ruleIdOf(i) {
    return this.entryOf(i).id;
  }
  hasAttributes(i, wanted, cache) {
    const asset = this.assetOf(i);
    const rest = [];
    for (const w of wanted) {
      if (w.key === "INSTANCE_ID") {
        if (w.value !== asset.agentId) return false;
      } else {
        rest.push(w);
      }
    }
    if (rest.length === 0) return true;
    const key = this.pkg[i] * 4294967296 + this.entry[i];
    let ok = cache.get(key);
    if (ok === void 0) {
      ok = containsAll(this.entryOf(i).attributes, rest);
      cache.set(key, ok);
    }
    return ok;
  }
  createdAtMs(i, ctx) {
    return ctx.createdBaseMs + Math.floor(i * ctx.spreadMs / Math.max(1, this.size));
  }
  describe(i, ctx) {
    const e = this.entryOf(i);
    const asset = this.assetOf(i);
    const createdAt = this.createdAtMs(i, ctx);
    const severity = this.severityOf(i);
    return {
      arn: this.arnOf(i, ctx.runArn),
      schemaVersion: 1,
      service: "Inspector",
      serviceAttributes: {
        schemaVersion: 1,
        assessmentRunArn: ctx.runArn,
        rulesPackageArn: this.packageOf(i)
      },
      assetType: "ec2-instance",
      assetAttributes: this.assetWire[this.agent[i]],
      id: e.id,
      title: e.title.replace("{instance}", asset.agentId),
      description: e.description,
      recommendation: e.recommendation,
      severity,
      numericSeverity: NUMERIC_SEVERITY[severity],
      confidence: 10,
      indicatorOfCompromise: false,
      attributes: [{ key: "INSTANCE_ID", value: asset.agentId }, ...e.attributes],
      userAttributes: this.userAttributesOf(i, ctx),
      createdAt: createdAt / 1e3,
      updatedAt: (this.updatedAt.get(i) ?? createdAt) / 1e3
    };
  }
};
var ExplicitFindings = class extends FindingSet {
  findings;
  byArn;
  constructor(findings) {
    const packages = [];
    const assets = [];
    const pkgIndex = /* @__PURE__ */ new Map();
    const agentIndex = /* @__PURE__ */ new Map();
    const size = findings.length;
    const severity = new Uint8Array(size);
    const pkg = new Uint8Array(size);
    const agent = new Int32Array(size);
    findings.forEach((f, i) => {
      severity[i] = SEVERITY_INDEX.get(f.severity) ?? 0;
      const p = f.rulesPackageArn ?? "";
      if (!pkgIndex.has(p)) {
        pkgIndex.set(p, packages.length);
        packages.push(p);
      }
      pkg[i] = pkgIndex.get(p);
      if (f.asset === void 0) {
        agent[i] = -1;
      } else {
        if (!agentIndex.has(f.asset.agentId)) {
          agentIndex.set(f.asset.agentId, assets.length);
          assets.push(f.asset);
        }
        agent[i] = agentIndex.get(f.asset.agentId);
      }
    });
    super(size, packages, assets, severity, pkg, agent);
    this.findings = findings;
    this.byArn = new Map(findings.map((f, i) => [f.arn, i]));
    findings.forEach((f, i) => {
      this.userOverrides.set(i, [...f.userAttributes]);
    });
  }
  arnOf(i) {
    return this.findings[i].arn;
  }
  indexOf(findingArn) {
    return this.byArn.get(findingArn) ?? -1;
  }
  ruleIdOf(i) {
    return this.findings[i].id;
  }
  hasAttributes(i, wanted) {
    return containsAll(this.findings[i].attributes, wanted);
  }
  createdAtMs(i) {
    return this.findings[i].createdAtMs;
  }
  describe(i, ctx) {
    const f = this.findings[i];
    return {
      ...f.rest,
      arn: f.arn,
      severity: f.severity,
      ...f.id !== void 0 ? { id: f.id } : {},
      ...f.asset !== void 0 ? { assetAttributes: { schemaVersion: 1, ...f.asset, ...assetRest(f.rest) } } : {},
      attributes: f.attributes,
      userAttributes: this.userAttributesOf(i, ctx),
      createdAt: f.createdAtMs / 1e3,
      updatedAt: (this.updatedAt.get(i) ?? f.updatedAtMs) / 1e3
    };
  }
};
function assetRest(rest) {
  const a = rest["assetAttributes"];
  return typeof a === "object" && a !== null ? a : {};
}
function findingKey(catalogSeed, runArn) {
  return hash(catalogSeed, "findings", runArn);
}

// src/emulator/classic/finding-filter.ts
var CompiledFilter = class {
  candidates;
  set;
  filter;
  ctx;
  attributeCache = /* @__PURE__ */ new Map();
  severities;
  packages;
  agentIds;
  groups;
  ruleNames;
  constructor(set, filter, ctx) {
    this.set = set;
    this.filter = filter;
    this.ctx = ctx;
    const nonEmpty = (list) => list !== void 0 && list.length > 0 ? new Set(list) : void 0;
    this.severities = nonEmpty(filter.severities);
    this.packages = nonEmpty(filter.rulesPackageArns);
    this.agentIds = nonEmpty(filter.agentIds);
    this.groups = nonEmpty(filter.autoScalingGroups);
    this.ruleNames = nonEmpty(filter.ruleNames);
    const slices = [];
    if (this.severities) {
      slices.push(CLASSIC_SEVERITIES.flatMap((s2, k) => this.severities.has(s2) ? [set.bySeverity[k]] : []));
    }
    if (this.packages) {
      slices.push(set.packages.flatMap((p, k) => this.packages.has(p) ? [set.byPackage[k]] : []));
    }
    if (this.agentIds || this.groups) {
      slices.push(
        set.assets.flatMap(
          (a, k) => (this.agentIds === void 0 || this.agentIds.has(a.agentId)) && (this.groups === void 0 || a.autoScalingGroup !== void 0 && this.groups.has(a.autoScalingGroup)) ? [set.byAgent[k]] : []
        )
      );
    }
    let best;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const lists of slices) {
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    if (best === void 0) {
      this.candidates = null;
    } else if (best.length === 1) {
      this.candidates = best[0];
    } else {
      const merged = new Int32Array(bestSize);
      let at = 0;
      for (const l of best) {
        merged.set(l, at);
        at += l.length;
      }
      this.candidates = merged.sort();
    }
  }
  test(i) {
    const set = this.set;
    const f = this.filter;
    if (this.severities && !this.severities.has(set.severityOf(i))) return false;
    if (this.packages && !this.packages.has(set.packageOf(i))) return false;
    if (this.agentIds || this.groups) {
      const asset = set.assetOf(i);
      if (asset === void 0) return false;
      if (this.agentIds && !this.agentIds.has(asset.agentId)) return false;
      if (this.groups && (asset.autoScalingGroup === void 0 || !this.groups.has(asset.autoScalingGroup))) {
        return false;
      }
    }
    if (this.ruleNames) {
      const id = set.ruleIdOf(i);
      if (id === void 0 || !this.ruleNames.has(id)) return false;
    }
    if (f.creationTimeRange) {
      const t = set.createdAtMs(i, this.ctx);
      const { beginDate, endDate } = f.creationTimeRange;
      if (beginDate !== void 0 && t < beginDate * 1e3) return false;
      if (endDate !== void 0 && t > endDate * 1e3) return false;
    }
    if (f.userAttributes && f.userAttributes.length > 0) {
      if (!containsAll(set.userAttributesOf(i, this.ctx), f.userAttributes)) return false;
    }
    if (f.attributes && f.attributes.length > 0) {
      if (!set.hasAttributes(i, f.attributes, this.attributeCache)) return false;
    }
    return true;
  }
  /**
   * Up to `limit` matching indices below `visible`, starting at position `cursor` of the candidate
   * slice; `next` is the position to continue from, undefined when the slice is exhausted.
   */
  page(cursor, limit, visible) {
    const cand = this.candidates;
    const end = cand === null ? visible : countBelow(cand, visible);
    const indices = [];
    let pos = cursor;
    while (pos < end && indices.length < limit) {
      const i = cand === null ? pos : cand[pos];
      if (this.test(i)) indices.push(i);
      pos++;
    }
    return pos < end ? { indices, next: pos } : { indices };
  }
};

// src/emulator/classic/operations/findings.ts
function findingFailure(em, arn, now) {
  const store = em.store;
  let runArn = store.explicitFindings.get(arn);
  if (runArn === void 0) {
    const parsed = parseArn(arn);
    if (parsed === void 0 || parsed.kind !== "finding")
      return { failureCode: "INVALID_ARN", retryable: false };
    if (parsed.account !== store.account) return { failureCode: "ACCESS_DENIED", retryable: false };
    runArn = parsed.parent;
  }
  const run = store.runs.get(runArn);
  if (run !== void 0) {
    run.advance(now);
    const index = run.findings.indexOf(arn, run.arn);
    if (index >= 0 && index < run.visibleFindings()) return { run, index };
  }
  return { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
}
function compiledFilter(em, run, filter) {
  const key = `${run.arn}\0${run.state}\0${JSON.stringify(filter)}`;
  let compiled = em.filterCache.get(key);
  if (compiled === void 0) {
    compiled = new CompiledFilter(run.findings, filter, run.findingContext());
    if (em.filterCache.size >= 64) em.filterCache.delete(em.filterCache.keys().next().value);
    em.filterCache.set(key, compiled);
  }
  return compiled;
}
function editUserAttributes(em, input, now, edit) {
  const failedItems = {};
  for (const arn of new Set(input["findingArns"])) {
    const found = findingFailure(em, arn, now);
    if ("failureCode" in found) {
      failedItems[arn] = found;
      continue;
    }
    const { run, index } = found;
    const current = [...run.findings.userAttributesOf(index, run.findingContext())];
    const next = edit(current);
    if (next === "LIMIT_EXCEEDED") {
      failedItems[arn] = { failureCode: "LIMIT_EXCEEDED", retryable: false };
      continue;
    }
    run.findings.userOverrides.set(index, next);
    run.findings.updatedAt.set(index, now);
  }
  return { failedItems };
}
var FINDING_OPERATIONS = {
  ListFindings(input, em, now) {
    const store = em.store;
    const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
    const limit = Math.min(max, pageLimitOf("ListFindings", "findingArns"));
    const runArns = input["assessmentRunArns"];
    const runs = runArns?.length ? [...new Set(runArns)].map((arn) => find(store, "run", arn, store.runs)) : [...store.runs.values()];
    const filter = input["filter"] ?? {};
    checkRange(filter.creationTimeRange, "INVALID_ASSESSMENT_RUN_START_TIME_RANGE", "creationTimeRange");
    const scope = { runs: runArns ?? null, filter: input["filter"] ?? null };
    let [runPos = 0, cursor = 0] = input["nextToken"] ? em.tokens.read("ListFindings", scope, input["nextToken"]) : [];
    const findingArns = [];
    while (runPos < runs.length && findingArns.length < limit) {
      const run = runs[runPos];
      run.advance(now);
      const { indices, next } = compiledFilter(em, run, filter).page(
        cursor,
        limit - findingArns.length,
        run.visibleFindings()
      );
      for (const i of indices) findingArns.push(run.findings.arnOf(i, run.arn));
      if (next === void 0) {
        runPos++;
        cursor = 0;
      } else {
        cursor = next;
      }
    }
    const more = runPos < runs.length;
    return {
      findingArns,
      ...more ? { nextToken: em.tokens.issue("ListFindings", scope, [runPos, cursor]) } : {}
    };
  },
  DescribeFindings(input, em, now) {
    const faults = em.faults().failedItems;
    const findings = [];
    const failedItems = {};
    const contexts = /* @__PURE__ */ new Map();
    for (const arn of new Set(input["findingArns"])) {
      const found = findingFailure(em, arn, now);
      if ("failureCode" in found) {
        failedItems[arn] = found;
        continue;
      }
      if (faults !== null && faults.rate > 0 && unit(em.store.seed, "failed-item", arn) < faults.rate) {
        if (faults.mode === "permanent") {
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: false };
          continue;
        }
        if (!em.failedOnce.has(arn)) {
          em.failedOnce.add(arn);
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: true };
          continue;
        }
      }
      let ctx = contexts.get(found.run);
      if (ctx === void 0) {
        ctx = found.run.findingContext();
        contexts.set(found.run, ctx);
      }
      findings.push(found.run.findings.describe(found.index, ctx));
    }
    return { findings, failedItems };
  },
  AddAttributesToFindings(input, em, now) {
    const adding = input["attributes"];
    return editUserAttributes(em, input, now, (current) => {
      const next = current.filter((c) => !adding.some((a) => a.key === c.key));
      next.push(...adding);
      return next.length > 10 ? "LIMIT_EXCEEDED" : next;
    });
  },
  RemoveAttributesFromFindings(input, em, now) {
    const keys = new Set(input["attributeKeys"]);
    return editUserAttributes(em, input, now, (current) => current.filter((c) => !keys.has(c.key)));
  }
};

// src/emulator/classic/store.ts
var ACCOUNT_ID = "123456789012";
var LIMITS = {
  resourceGroups: 500,
  targets: 50,
  templates: 500,
  runs: 5e4,
  subscriptionsPerTemplate: 50
};
var Store = class {
  account = ACCOUNT_ID;
  region;
  seedText;
  /** The seed as a number: the catalogue and the fleet derive from it. */
  seed;
  clock;
  findingsPerRun;
  timeScale;
  defaultOutcome = "COMPLETED";
  agents;
  rulesPackages;
  resourceGroups = /* @__PURE__ */ new Map();
  targets = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  runs = /* @__PURE__ */ new Map();
  subscriptions = [];
  crossAccountRole;
  /** Exclusion previews by token. */
  previews = /* @__PURE__ */ new Map();
  /** Where a finding given explicitly (state file) lives: its ARN need not follow our ID scheme. */
  explicitFindings = /* @__PURE__ */ new Map();
  ids;
  usedIds = /* @__PURE__ */ new Set();
  constructor(options) {
    this.region = options.region;
    this.seedText = options.seed;
    this.seed = hash("seed", options.seed);
    this.clock = options.clock;
    this.findingsPerRun = options.findingsPerRun;
    this.timeScale = options.timeScale;
    this.ids = new Random(hash(this.seed, "ids"));
    this.agents = seedAgents(this.seed, this.region, options.agents, options.unhealthyAgents);
    this.rulesPackages = rulesPackages(this.region);
    this.crossAccountRole = {
      roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/inspector`,
      registeredAt: options.clock.now(),
      valid: true
    };
  }
  get prefix() {
    return arnPrefix(this.region, this.account);
  }
  /** A fresh "0-XXXXXXXX" id, deterministic from the seed. */
  newId() {
    for (; ; ) {
      const id = `0-${this.ids.chars(8, BASE62)}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }
  /** Marks ids taken by loaded entities, so new ones never collide. */
  reserveIdsOf(arn) {
    for (const m of arn.matchAll(/0-[0-9A-Za-z]{8}/g)) this.usedIds.add(m[0]);
  }
  /** The seeded resource group, target and template (and a subscription and tags on the template). */
  seedAccount() {
    const now = this.clock.now();
    const resourceGroupArn = `${this.prefix}resourcegroup/${this.newId()}`;
    this.resourceGroups.set(resourceGroupArn, {
      arn: resourceGroupArn,
      createdAt: now,
      tags: [{ key: "Inspector", value: "enabled" }]
    });
    const targetArn = `${this.prefix}target/${this.newId()}`;
    this.targets.set(targetArn, {
      arn: targetArn,
      name: "inspector-gate-target",
      resourceGroupArn,
      createdAt: now,
      updatedAt: now
    });
    const templateArn = `${targetArn}/template/${this.newId()}`;
    this.templates.set(templateArn, {
      arn: templateArn,
      name: "inspector-gate-template",
      targetArn,
      durationInSeconds: 900,
      rulesPackageArns: this.rulesPackages.map((p) => p.arn),
      userAttributesForFindings: [{ key: "Environment", value: "ci" }],
      createdAt: now,
      tags: [{ key: "Project", value: "inspector-gate" }]
    });
    this.subscriptions.push({
      resourceArn: templateArn,
      topicArn: `arn:aws:sns:${this.region}:${this.account}:inspector-gate-notifications`,
      events: [{ event: "ASSESSMENT_RUN_COMPLETED", subscribedAt: now }]
    });
    return { resourceGroupArn, targetArn, templateArn };
  }
  /** The agents a target covers: those its resource group selects, or every agent without a group. */
  agentsOf(target) {
    const group = target.resourceGroupArn ? this.resourceGroups.get(target.resourceGroupArn) : void 0;
    if (target.resourceGroupArn === void 0) return this.agents;
    if (group === void 0) return [];
    return this.agents.filter((a) => groupSelects(group.tags, a));
  }
  agentById(agentId) {
    return this.agents.find((a) => a.agentId === agentId);
  }
  /** Every run not yet ended, after bringing it up to `now`. */
  activeRuns(now) {
    const out = [];
    for (const run of this.runs.values()) {
      run.advance(now);
      if (!run.terminal) out.push(run);
    }
    return out;
  }
  runsOfTemplate(templateArn) {
    return [...this.runs.values()].filter((r) => r.templateArn === templateArn);
  }
  templatesOfTarget(targetArn) {
    return [...this.templates.values()].filter((t) => t.targetArn === targetArn);
  }
  /** Starts a run of `template` named `name` at `now`, with findings drawn for its healthy agents. */
  startRun(template, name, now, agents) {
    const arn = `${template.arn}/run/${this.newId()}`;
    const kinds = new Map(this.rulesPackages.map((p) => [p.arn, p.kind]));
    const packages = template.rulesPackageArns.flatMap((p) => {
      const kind = kinds.get(p);
      return kind ? [{ arn: p, kind }] : [];
    });
    const findings = new GeneratedFindings({
      catalogSeed: this.seed,
      key: findingKey(this.seed, arn),
      count: this.findingsPerRun,
      agents: agents.filter((a) => a.unhealthyCode === void 0),
      packages
    });
    const run = new Run({
      arn,
      name,
      templateArn: template.arn,
      durationInSeconds: template.durationInSeconds,
      rulesPackageArns: template.rulesPackageArns,
      userAttributesForFindings: template.userAttributesForFindings,
      createdAt: now,
      timeScale: this.timeScale,
      outcome: this.defaultOutcome,
      agentIds: agents.map((a) => a.agentId),
      findings
    });
    this.runs.set(arn, run);
    return run;
  }
  deleteRun(run) {
    this.runs.delete(run.arn);
    for (const [arn, owner] of this.explicitFindings)
      if (owner === run.arn) this.explicitFindings.delete(arn);
  }
  deleteTemplate(template) {
    for (const run of this.runsOfTemplate(template.arn)) this.deleteRun(run);
    this.templates.delete(template.arn);
    for (let i = this.subscriptions.length - 1; i >= 0; i--) {
      if (this.subscriptions[i].resourceArn === template.arn) this.subscriptions.splice(i, 1);
    }
  }
};

// src/emulator/classic/operations/runs.ts
function notificationsOf(em, run) {
  const store = em.store;
  const out = [];
  const ended = run.completedAt;
  for (const sub of store.subscriptions) {
    if (sub.resourceArn !== run.templateArn) continue;
    const sns = { snsTopicArn: sub.topicArn, snsPublishStatusCode: "SUCCESS" };
    for (const { event } of sub.events) {
      if (event === "ASSESSMENT_RUN_STARTED") {
        out.push({
          date: run.createdAt,
          event,
          error: false,
          message: `Assessment run '${run.name}' started.`,
          ...sns
        });
      } else if (event === "ASSESSMENT_RUN_STATE_CHANGED") {
        for (const c of run.changes.slice(1)) {
          out.push({
            date: c.at,
            event,
            error: false,
            message: `Assessment run state changed to ${c.state}.`,
            ...sns
          });
        }
      } else if (event === "ASSESSMENT_RUN_COMPLETED" && ended !== void 0) {
        out.push({
          date: ended,
          event,
          error: run.state !== "COMPLETED",
          message: `Assessment run '${run.name}' ended in state ${run.state}.`,
          ...sns
        });
      } else if (event === "FINDING_REPORTED" && ended !== void 0 && run.visibleFindings() > 0) {
        out.push({
          date: ended,
          event,
          error: false,
          message: `${run.visibleFindings()} findings reported.`,
          ...sns
        });
      }
    }
  }
  const started = run.startedAt;
  if (started !== void 0) {
    for (const id of run.agentIds) {
      const code2 = store.agentById(id)?.unhealthyCode;
      if (code2 !== void 0) {
        out.push({
          date: started,
          event: "OTHER",
          error: true,
          message: `Agent ${id} is ${code2}: ${UNHEALTHY_DETAILS[code2]}`
        });
      }
    }
  }
  if (ended !== void 0) {
    const message = run.state === "FAILED" ? run.agentIds.length === 0 ? "The assessment run failed: the assessment target has no agents." : "The assessment run failed while collecting data." : run.state === "ERROR" ? "The assessment run failed while evaluating rules." : run.state === "COMPLETED_WITH_ERRORS" ? "The assessment run completed, but some rules could not be evaluated on some agents." : void 0;
    if (message !== void 0) out.push({ date: ended, event: "OTHER", error: true, message });
  }
  out.sort((a, b) => a.date - b.date);
  return out.slice(0, 50);
}
function runWire(em, run) {
  const counts = run.findingCounts();
  const skew = em.faults().findingCountsSkew;
  if (skew !== 0) counts.High = Math.max(0, counts.High + skew);
  const started = run.startedAt;
  const completed = run.completedAt;
  return {
    arn: run.arn,
    name: run.name,
    assessmentTemplateArn: run.templateArn,
    state: run.state,
    durationInSeconds: run.durationInSeconds,
    rulesPackageArns: run.rulesPackageArns,
    userAttributesForFindings: run.userAttributesForFindings,
    createdAt: sec2(run.createdAt),
    ...started !== void 0 ? { startedAt: sec2(started) } : {},
    ...completed !== void 0 ? { completedAt: sec2(completed) } : {},
    stateChangedAt: sec2(run.stateChangedAt),
    dataCollected: run.dataCollected,
    stateChanges: run.changes.slice(-50).map((c) => ({ state: c.state, stateChangedAt: sec2(c.at) })),
    notifications: notificationsOf(em, run).map((n) => ({ ...n, date: sec2(n.date) })),
    findingCounts: counts
  };
}
function busyAgents(store, agents, now) {
  const busy = [];
  const ids = new Set(agents.map((a) => a.agentId));
  for (const run of store.activeRuns(now)) {
    for (const id of run.agentIds) if (ids.has(id)) busy.push({ agentId: id, assessmentRunArn: run.arn });
  }
  return busy;
}
var RUN_OPERATIONS = {
  StartAssessmentRun(input, em, now) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    if (template.rulesPackageArns.length === 0) {
      throw invalidInput(
        "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
        "The assessment template has no rules packages; an assessment run needs at least one."
      );
    }
    const runs = store.runsOfTemplate(template.arn);
    let name = input["assessmentRunName"];
    if (name !== void 0 && runs.some((r) => r.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment template already has an assessment run named '${name}'.`
      );
    }
    if (name === void 0) {
      for (let n = runs.length + 1; ; n++) {
        const candidate = `Run ${n} for ${template.name}`.slice(0, 140);
        if (!runs.some((r) => r.name === candidate)) {
          name = candidate;
          break;
        }
      }
    }
    const target = store.targets.get(template.targetArn);
    const agents = target ? store.agentsOf(target) : [];
    const busy = busyAgents(store, agents, now);
    if (busy.length > 0) {
      throw agentsAlreadyRunning(
        `${busy.length} agent(s) of the assessment target are already participating in an assessment run.`,
        busy
      );
    }
    if (store.runs.size >= LIMITS.runs) {
      throw limitExceeded(
        "ASSESSMENT_RUN_LIMIT_EXCEEDED",
        `You can keep up to ${LIMITS.runs} assessment runs.`
      );
    }
    const run = store.startRun(template, name, now, agents);
    return { assessmentRunArn: run.arn };
  },
  StopAssessmentRun(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    run.stop(input["stopAction"] ?? "START_EVALUATION", now);
    return void 0;
  },
  DeleteAssessmentRun(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("The assessment run is in progress; stop it or wait until it ends.", [run.arn]);
    }
    em.store.deleteRun(run);
    return void 0;
  },
  DescribeAssessmentRuns(input, em, now) {
    const { found, failedItems } = describeBatch(em.store, "run", input["assessmentRunArns"], em.store.runs);
    return {
      assessmentRuns: found.map((run) => {
        run.advance(now);
        return runWire(em, run);
      }),
      failedItems
    };
  },
  ListAssessmentRuns(input, em, now) {
    const store = em.store;
    const templates = input["assessmentTemplateArns"];
    const wanted = templates?.length ? new Set(templates.map((arn) => find(store, "template", arn, store.templates).arn)) : void 0;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== void 0 ? namePattern(filter.namePattern) : void 0;
    const states = filter.states?.length ? new Set(filter.states) : void 0;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_RUN_DURATION_RANGE");
    const start = checkRange(
      filter.startTimeRange,
      "INVALID_ASSESSMENT_RUN_START_TIME_RANGE",
      "startTimeRange"
    );
    const completion = checkRange(
      filter.completionTimeRange,
      "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE",
      "completionTimeRange"
    );
    const changed = checkRange(
      filter.stateChangeTimeRange,
      "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE",
      "stateChangeTimeRange"
    );
    const packages = filter.rulesPackageArns ?? [];
    const arns = [];
    for (const run of store.runs.values()) {
      if (wanted !== void 0 && !wanted.has(run.templateArn)) continue;
      run.advance(now);
      if (re !== void 0 && !re.test(run.name)) continue;
      if (states !== void 0 && !states.has(run.state)) continue;
      if (!inDuration(run.durationInSeconds, duration)) continue;
      if (!inRange(run.startedAt, start)) continue;
      if (!inRange(run.completedAt, completion)) continue;
      if (!inRange(run.stateChangedAt, changed)) continue;
      if (!packages.every((p) => run.rulesPackageArns.includes(p))) continue;
      arns.push(run.arn);
    }
    const scope = { templates: templates ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(em, "ListAssessmentRuns", "assessmentRunArns", input, scope, arns);
    return { assessmentRunArns: page, ...nextToken ? { nextToken } : {} };
  }
};

// src/emulator/classic/operations/targets.ts
function targetWire(t) {
  return {
    arn: t.arn,
    name: t.name,
    ...t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {},
    createdAt: sec2(t.createdAt),
    updatedAt: sec2(t.updatedAt)
  };
}
function uniqueTargetName(store, name, except) {
  for (const t of store.targets.values()) {
    if (t.name === name && t.arn !== except) {
      throw invalidInput(
        "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
        `An assessment target named '${name}' already exists.`
      );
    }
  }
}
var TARGET_OPERATIONS = {
  CreateResourceGroup(input, em, now) {
    const store = em.store;
    if (store.resourceGroups.size >= LIMITS.resourceGroups) {
      throw limitExceeded(
        "RESOURCE_GROUP_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.resourceGroups} resource groups.`
      );
    }
    const arn = `${store.prefix}resourcegroup/${store.newId()}`;
    store.resourceGroups.set(arn, { arn, createdAt: now, tags: input["resourceGroupTags"] });
    return { resourceGroupArn: arn };
  },
  DescribeResourceGroups(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "resourcegroup",
      input["resourceGroupArns"],
      em.store.resourceGroups
    );
    return {
      resourceGroups: found.map((g) => ({ arn: g.arn, tags: g.tags, createdAt: sec2(g.createdAt) })),
      failedItems
    };
  },
  CreateAssessmentTarget(input, em, now) {
    const store = em.store;
    const name = input["assessmentTargetName"];
    const groupArn = input["resourceGroupArn"];
    if (groupArn !== void 0) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, name);
    if (store.targets.size >= LIMITS.targets) {
      throw limitExceeded(
        "ASSESSMENT_TARGET_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.targets} assessment targets.`
      );
    }
    const arn = `${store.prefix}target/${store.newId()}`;
    store.targets.set(arn, {
      arn,
      name,
      ...groupArn !== void 0 ? { resourceGroupArn: groupArn } : {},
      createdAt: now,
      updatedAt: now
    });
    return { assessmentTargetArn: arn };
  },
  UpdateAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const groupArn = input["resourceGroupArn"];
    if (groupArn !== void 0) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, input["assessmentTargetName"], target.arn);
    target.name = input["assessmentTargetName"];
    if (groupArn !== void 0) target.resourceGroupArn = groupArn;
    target.updatedAt = now;
    return void 0;
  },
  DeleteAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const templates = store.templatesOfTarget(target.arn);
    const running = runsInProgress(store, templates, now);
    if (running.length > 0) {
      throw runInProgress("The assessment target has assessment runs in progress.", running);
    }
    for (const t of templates) store.deleteTemplate(t);
    store.targets.delete(target.arn);
    return void 0;
  },
  DescribeAssessmentTargets(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "target",
      input["assessmentTargetArns"],
      em.store.targets
    );
    return { assessmentTargets: found.map(targetWire), failedItems };
  },
  ListAssessmentTargets(input, em) {
    const pattern = input["filter"]?.["assessmentTargetNamePattern"];
    const re = pattern !== void 0 ? namePattern(pattern) : void 0;
    const arns = [...em.store.targets.values()].filter((t) => re === void 0 || re.test(t.name)).map((t) => t.arn);
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTargets",
      "assessmentTargetArns",
      input,
      input["filter"],
      arns
    );
    return { assessmentTargetArns: page, ...nextToken ? { nextToken } : {} };
  }
};

// src/emulator/classic/operations/templates.ts
function templateWire(store, t) {
  const runs = store.runsOfTemplate(t.arn);
  const last = runs[runs.length - 1];
  return {
    arn: t.arn,
    name: t.name,
    assessmentTargetArn: t.targetArn,
    durationInSeconds: t.durationInSeconds,
    rulesPackageArns: t.rulesPackageArns,
    userAttributesForFindings: t.userAttributesForFindings,
    assessmentRunCount: runs.length,
    ...last ? { lastAssessmentRunArn: last.arn } : {},
    createdAt: sec2(t.createdAt)
  };
}
function checkRulesPackages(store, arns) {
  const known = new Map(store.rulesPackages.map((p) => [p.arn, p]));
  for (const arn of arns) find(store, "rulespackage", arn, known);
}
function templateForResource(store, arn) {
  const parsed = parseArn(arn);
  if (parsed === void 0 || parsed.kind !== "template") {
    throw invalidInput("INVALID_RESOURCE_ARN", `'${arn}' is not an assessment template ARN.`);
  }
  return find(store, "template", arn, store.templates);
}
var SNS_TOPIC = /^arn:aws:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$/;
var TEMPLATE_OPERATIONS = {
  CreateAssessmentTemplate(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const name = input["assessmentTemplateName"];
    if (store.templatesOfTarget(target.arn).some((t) => t.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment target already has an assessment template named '${name}'.`
      );
    }
    const packages = input["rulesPackageArns"];
    checkRulesPackages(store, packages);
    if (store.templates.size >= LIMITS.templates) {
      throw limitExceeded(
        "ASSESSMENT_TEMPLATE_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.templates} assessment templates.`
      );
    }
    const arn = `${target.arn}/template/${store.newId()}`;
    store.templates.set(arn, {
      arn,
      name,
      targetArn: target.arn,
      durationInSeconds: input["durationInSeconds"],
      rulesPackageArns: [...new Set(packages)],
      userAttributesForFindings: input["userAttributesForFindings"] ?? [],
      createdAt: now,
      tags: []
    });
    return { assessmentTemplateArn: arn };
  },
  DeleteAssessmentTemplate(input, em, now) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    const running = runsInProgress(store, [template], now);
    if (running.length > 0) {
      throw runInProgress("The assessment template has assessment runs in progress.", running);
    }
    store.deleteTemplate(template);
    return void 0;
  },
  DescribeAssessmentTemplates(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "template",
      input["assessmentTemplateArns"],
      em.store.templates
    );
    return { assessmentTemplates: found.map((t) => templateWire(em.store, t)), failedItems };
  },
  ListAssessmentTemplates(input, em) {
    const store = em.store;
    const targets = input["assessmentTargetArns"];
    const wanted = targets?.length ? new Set(targets.map((arn) => find(store, "target", arn, store.targets).arn)) : void 0;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== void 0 ? namePattern(filter.namePattern) : void 0;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE");
    const packages = filter.rulesPackageArns ?? [];
    const arns = [...store.templates.values()].filter(
      (t) => (wanted === void 0 || wanted.has(t.targetArn)) && (re === void 0 || re.test(t.name)) && inDuration(t.durationInSeconds, duration) && packages.every((p) => t.rulesPackageArns.includes(p))
    ).map((t) => t.arn);
    const scope = { targets: targets ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTemplates",
      "assessmentTemplateArns",
      input,
      scope,
      arns
    );
    return { assessmentTemplateArns: page, ...nextToken ? { nextToken } : {} };
  },
  ListTagsForResource(input, em) {
    return { tags: templateForResource(em.store, input["resourceArn"]).tags };
  },
  SetTagsForResource(input, em) {
    templateForResource(em.store, input["resourceArn"]).tags = input["tags"] ?? [];
    return void 0;
  },
  SubscribeToEvent(input, em, now) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const topicArn = input["topicArn"];
    if (!SNS_TOPIC.test(topicArn))
      throw invalidInput("INVALID_SNS_TOPIC_ARN", `'${topicArn}' is not an SNS topic ARN.`);
    let sub = store.subscriptions.find((s2) => s2.resourceArn === template.arn && s2.topicArn === topicArn);
    const total = store.subscriptions.filter((s2) => s2.resourceArn === template.arn).reduce((n, s2) => n + s2.events.length, 0);
    if (sub?.events.some((e) => e.event === input["event"])) return void 0;
    if (total >= LIMITS.subscriptionsPerTemplate) {
      throw limitExceeded(
        "EVENT_SUBSCRIPTION_LIMIT_EXCEEDED",
        "Too many event subscriptions for this template."
      );
    }
    if (sub === void 0) {
      sub = { resourceArn: template.arn, topicArn, events: [] };
      store.subscriptions.push(sub);
    }
    sub.events.push({ event: input["event"], subscribedAt: now });
    return void 0;
  },
  UnsubscribeFromEvent(input, em) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const sub = store.subscriptions.find(
      (s2) => s2.resourceArn === template.arn && s2.topicArn === input["topicArn"]
    );
    const at = sub?.events.findIndex((e) => e.event === input["event"]) ?? -1;
    if (sub === void 0 || at < 0) {
      throw noSuchEntity(
        "SNS_TOPIC_DOES_NOT_EXIST",
        "No such event subscription for this template and topic."
      );
    }
    sub.events.splice(at, 1);
    if (sub.events.length === 0) store.subscriptions.splice(store.subscriptions.indexOf(sub), 1);
    return void 0;
  },
  ListEventSubscriptions(input, em) {
    const store = em.store;
    const resourceArn = input["resourceArn"];
    if (resourceArn !== void 0) templateForResource(store, resourceArn);
    const subs = store.subscriptions.filter((s2) => resourceArn === void 0 || s2.resourceArn === resourceArn).map((s2) => ({
      resourceArn: s2.resourceArn,
      topicArn: s2.topicArn,
      eventSubscriptions: s2.events.map((e) => ({ event: e.event, subscribedAt: sec2(e.subscribedAt) }))
    }));
    const { page, nextToken } = paginate(
      em,
      "ListEventSubscriptions",
      "subscriptions",
      input,
      resourceArn ?? null,
      subs
    );
    return { subscriptions: page, ...nextToken ? { nextToken } : {} };
  }
};

// src/emulator/classic/router.ts
var OPERATIONS = {
  ...ADMIN_OPERATIONS,
  ...TARGET_OPERATIONS,
  ...TEMPLATE_OPERATIONS,
  ...RUN_OPERATIONS,
  ...AGENT_OPERATIONS,
  ...FINDING_OPERATIONS,
  ...REPORT_OPERATIONS
};
function handlerOf(operation) {
  return Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : void 0;
}

// src/emulator/classic/protocol.ts
var JSON_TYPE = "application/x-amz-json-1.1";
var JSON_HEADERS = { "Content-Type": JSON_TYPE };
function deniedCode(operation) {
  if (/Finding/.test(operation)) return "ACCESS_DENIED_TO_FINDING";
  if (/AssessmentRun|Telemetry|Report|Exclusion/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_RUN";
  if (/Template|Subscri|Event|Tags/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE";
  if (/ResourceGroup/.test(operation)) return "ACCESS_DENIED_TO_RESOURCE_GROUP";
  if (/RulesPackage/.test(operation)) return "ACCESS_DENIED_TO_RULES_PACKAGE";
  if (/CrossAccount/.test(operation)) return "ACCESS_DENIED_TO_IAM_ROLE";
  return "ACCESS_DENIED_TO_ASSESSMENT_TARGET";
}
function errorAnswer(error) {
  return {
    status: error.status,
    headers: { "Content-Type": JSON_TYPE, "x-amzn-ErrorType": error.type },
    body: JSON.stringify(error.body())
  };
}
function parseBody(body) {
  if (body === void 0) throw serialization("The request body is too large.");
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw serialization("The request body is not valid JSON.");
  }
}
function classicProtocol(em, control) {
  return {
    signingName: "inspector",
    operations: Object.keys(serviceModel.operations),
    control,
    claims: (request) => request.headers["x-amz-target"] !== void 0 || request.path === "/",
    route(request) {
      if (request.method !== "POST") {
        return {
          status: 404,
          headers: JSON_HEADERS,
          body: JSON.stringify({
            __type: "UnknownOperationException",
            message: "Send POST / with X-Amz-Target."
          })
        };
      }
      const target = request.headers["x-amz-target"];
      const operation = typeof target === "string" && target.startsWith(`${TARGET_PREFIX}.`) ? target.slice(TARGET_PREFIX.length + 1) : "";
      if (handlerOf(operation) === void 0) {
        return errorAnswer(unknownOperation(`Unknown operation: X-Amz-Target '${String(target ?? "")}'.`));
      }
      return operation;
    },
    call(operation, _request, body, now) {
      const input = parseBody(body);
      validateInput(operation, input);
      const output = handlerOf(operation)(input, em, now);
      return { status: 200, headers: JSON_HEADERS, body: output === void 0 ? "" : JSON.stringify(output) };
    },
    errorAnswer,
    unsigned: (operation) => accessDenied2(
      deniedCode(operation),
      "Missing Authentication Token: sign requests with AWS Signature Version 4.",
      403
    ),
    throttled: throttling,
    internalError
  };
}

// src/emulator/classic/state-file.ts
var STATE_FORMAT = "inspector-gate-emulator-state";
var sec3 = (ms) => ms / 1e3;
function snapshot(store, now, seeded) {
  return {
    format: STATE_FORMAT,
    version: 1,
    savedAt: new Date(now).toISOString(),
    seed: store.seedText,
    region: store.region,
    account: store.account,
    ...seeded ? { seeded } : {},
    defaultOutcome: store.defaultOutcome,
    agents: store.agents,
    crossAccountRole: { ...store.crossAccountRole, registeredAt: sec3(store.crossAccountRole.registeredAt) },
    resourceGroups: [...store.resourceGroups.values()].map((g) => ({ ...g, createdAt: sec3(g.createdAt) })),
    assessmentTargets: [...store.targets.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      ...t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {},
      createdAt: sec3(t.createdAt),
      updatedAt: sec3(t.updatedAt)
    })),
    assessmentTemplates: [...store.templates.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      assessmentTargetArn: t.targetArn,
      durationInSeconds: t.durationInSeconds,
      rulesPackageArns: t.rulesPackageArns,
      userAttributesForFindings: t.userAttributesForFindings,
      createdAt: sec3(t.createdAt),
      tags: t.tags
    })),
    eventSubscriptions: store.subscriptions.map((s2) => ({
      resourceArn: s2.resourceArn,
      topicArn: s2.topicArn,
      eventSubscriptions: s2.events.map((e) => ({ event: e.event, subscribedAt: sec3(e.subscribedAt) }))
    })),
    assessmentRuns: [...store.runs.values()].map((run) => {
      run.advance(now);
      const ctx = run.findingContext();
      const f = run.findings;
      const findings = f instanceof GeneratedFindings ? {
        generated: {
          key: f.params.key,
          count: f.params.count,
          agentIds: f.params.agents.map((a) => a.agentId),
          rulesPackageArns: f.params.packages.map((p) => p.arn)
        },
        overrides: [...f.userOverrides.keys()].map((i) => ({
          arn: f.arnOf(i, run.arn),
          userAttributes: f.userOverrides.get(i),
          ...f.updatedAt.has(i) ? { updatedAt: sec3(f.updatedAt.get(i)) } : {}
        }))
      } : Array.from({ length: f.size }, (_, i) => f.describe(i, ctx));
      return {
        arn: run.arn,
        name: run.name,
        assessmentTemplateArn: run.templateArn,
        durationInSeconds: run.durationInSeconds,
        rulesPackageArns: run.rulesPackageArns,
        userAttributesForFindings: run.userAttributesForFindings,
        createdAt: sec3(run.createdAt),
        state: run.state,
        stateChanges: run.changes.map((c) => ({ state: c.state, stateChangedAt: sec3(c.at) })),
        emulator: {
          timeScale: run.timeScale,
          outcome: run.outcome,
          plan: run.plan.map((c) => ({ state: c.state, stateChangedAt: sec3(c.at) })),
          collectedFraction: run.collectedFraction,
          ...run.stopAction ? { stopAction: run.stopAction } : {},
          agentIds: run.agentIds
        },
        findings
      };
    })
  };
}
var Reader = class {
  problems = [];
  problem(path, message) {
    if (this.problems.length < 50) this.problems.push(`${path}: ${message}`);
  }
  string(v, path) {
    if (typeof v === "string" && v.length > 0) return v;
    this.problem(path, "expected a non-empty string");
    return "";
  }
  optString(v, path) {
    return v === void 0 || v === null ? void 0 : this.string(v, path);
  }
  number(v, path) {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.problem(path, "expected a number");
    return 0;
  }
  /** A timestamp in epoch seconds or ISO-8601, as ms. */
  time(v, path) {
    if (typeof v === "number" && Number.isFinite(v)) return v * 1e3;
    if (typeof v === "string" && !Number.isNaN(Date.parse(v))) return Date.parse(v);
    this.problem(path, "expected a timestamp (epoch seconds or ISO-8601)");
    return 0;
  }
  list(v, path) {
    if (v === void 0 || v === null) return [];
    if (Array.isArray(v)) return v;
    this.problem(path, "expected a list");
    return [];
  }
  object(v, path) {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v;
    this.problem(path, "expected an object");
    return {};
  }
  attributes(v, path) {
    return this.list(v, path).map((a, i) => {
      const o = this.object(a, `${path}[${i}]`);
      const value = this.optString(o["value"], `${path}[${i}].value`);
      return { key: this.string(o["key"], `${path}[${i}].key`), ...value !== void 0 ? { value } : {} };
    });
  }
  state(v, path) {
    if (typeof v === "string" && RUN_STATES.includes(v)) return v;
    this.problem(path, `expected one of ${RUN_STATES.join(", ")}`);
    return "CREATED";
  }
  steps(v, path) {
    return this.list(v, path).map((s2, i) => {
      const o = this.object(s2, `${path}[${i}]`);
      return {
        state: this.state(o["state"], `${path}[${i}].state`),
        at: this.time(o["stateChangedAt"], `${path}[${i}].stateChangedAt`)
      };
    });
  }
};
function stateBasics(data) {
  return {
    ...typeof data["seed"] === "string" || typeof data["seed"] === "number" ? { seed: String(data["seed"]) } : {},
    ...typeof data["region"] === "string" ? { region: data["region"] } : {}
  };
}
function readFinding(r, v, path) {
  const o = r.object(v, path);
  const { arn, createdAt, updatedAt, severity, id, attributes, userAttributes, assetAttributes, ...rest } = o;
  const service = r.object(o["serviceAttributes"] ?? {}, `${path}.serviceAttributes`);
  let asset;
  if (assetAttributes !== void 0) {
    const a = r.object(assetAttributes, `${path}.assetAttributes`);
    const agentId = r.optString(a["agentId"], `${path}.assetAttributes.agentId`);
    if (agentId !== void 0) {
      asset = {
        agentId,
        ...typeof a["hostname"] === "string" ? { hostname: a["hostname"] } : {},
        ...typeof a["amiId"] === "string" ? { amiId: a["amiId"] } : {},
        ...typeof a["autoScalingGroup"] === "string" ? { autoScalingGroup: a["autoScalingGroup"] } : {},
        ...Array.isArray(a["ipv4Addresses"]) ? { ipv4Addresses: a["ipv4Addresses"] } : {}
      };
    }
  }
  const sev = severity ?? "Undefined";
  if (!CLASSIC_SEVERITIES.includes(sev)) {
    r.problem(`${path}.severity`, `expected one of ${CLASSIC_SEVERITIES.join(", ")}`);
  }
  const created = r.time(createdAt, `${path}.createdAt`);
  const packageArn = r.optString(service["rulesPackageArn"], `${path}.serviceAttributes.rulesPackageArn`);
  const findingId = r.optString(id, `${path}.id`);
  return {
    arn: r.string(arn, `${path}.arn`),
    createdAtMs: created,
    updatedAtMs: updatedAt === void 0 ? created : r.time(updatedAt, `${path}.updatedAt`),
    severity: sev,
    ...packageArn !== void 0 ? { rulesPackageArn: packageArn } : {},
    ...asset !== void 0 ? { asset } : {},
    ...findingId !== void 0 ? { id: findingId } : {},
    attributes: r.attributes(attributes, `${path}.attributes`),
    userAttributes: r.attributes(userAttributes, `${path}.userAttributes`),
    rest: { ...rest, ...assetAttributes !== void 0 ? { assetAttributes } : {} }
  };
}
function restore(store, data, file) {
  const r = new Reader();
  if (data["format"] !== void 0 && data["format"] !== STATE_FORMAT) {
    r.problem("format", `expected "${STATE_FORMAT}"`);
  }
  if (data["agents"] !== void 0) {
    store.agents = r.list(data["agents"], "agents").map((a, i) => {
      const o = r.object(a, `agents[${i}]`);
      r.string(o["agentId"], `agents[${i}].agentId`);
      return o;
    });
  }
  if (typeof data["defaultOutcome"] === "string") {
    if (isOutcome(data["defaultOutcome"])) store.defaultOutcome = data["defaultOutcome"];
    else r.problem("defaultOutcome", "expected COMPLETED, COMPLETED_WITH_ERRORS, FAILED, ERROR or NEVER");
  }
  if (data["crossAccountRole"] !== void 0) {
    const o = r.object(data["crossAccountRole"], "crossAccountRole");
    store.crossAccountRole = {
      roleArn: r.string(o["roleArn"], "crossAccountRole.roleArn"),
      registeredAt: r.time(o["registeredAt"], "crossAccountRole.registeredAt"),
      valid: o["valid"] !== false
    };
  }
  r.list(data["resourceGroups"], "resourceGroups").forEach((g, i) => {
    const o = r.object(g, `resourceGroups[${i}]`);
    const arn = r.string(o["arn"], `resourceGroups[${i}].arn`);
    store.reserveIdsOf(arn);
    store.resourceGroups.set(arn, {
      arn,
      createdAt: r.time(o["createdAt"], `resourceGroups[${i}].createdAt`),
      tags: r.attributes(o["tags"], `resourceGroups[${i}].tags`)
    });
  });
  r.list(data["assessmentTargets"], "assessmentTargets").forEach((t, i) => {
    const p = `assessmentTargets[${i}]`;
    const o = r.object(t, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const group = r.optString(o["resourceGroupArn"], `${p}.resourceGroupArn`);
    if (group !== void 0 && !store.resourceGroups.has(group)) {
      r.problem(`${p}.resourceGroupArn`, `no resource group ${group} in resourceGroups`);
    }
    store.reserveIdsOf(arn);
    const createdAt = r.time(o["createdAt"], `${p}.createdAt`);
    store.targets.set(arn, {
      arn,
      name: r.string(o["name"], `${p}.name`),
      ...group !== void 0 ? { resourceGroupArn: group } : {},
      createdAt,
      updatedAt: o["updatedAt"] === void 0 ? createdAt : r.time(o["updatedAt"], `${p}.updatedAt`)
    });
  });
  r.list(data["assessmentTemplates"], "assessmentTemplates").forEach((t, i) => {
    const p = `assessmentTemplates[${i}]`;
    const o = r.object(t, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const target = r.string(o["assessmentTargetArn"], `${p}.assessmentTargetArn`);
    if (!store.targets.has(target))
      r.problem(`${p}.assessmentTargetArn`, `no assessment target ${target} in assessmentTargets`);
    store.reserveIdsOf(arn);
    store.templates.set(arn, {
      arn,
      name: r.string(o["name"], `${p}.name`),
      targetArn: target,
      durationInSeconds: r.number(o["durationInSeconds"], `${p}.durationInSeconds`),
      rulesPackageArns: r.list(o["rulesPackageArns"], `${p}.rulesPackageArns`).map((x, k) => r.string(x, `${p}.rulesPackageArns[${k}]`)),
      userAttributesForFindings: r.attributes(
        o["userAttributesForFindings"],
        `${p}.userAttributesForFindings`
      ),
      createdAt: r.time(o["createdAt"], `${p}.createdAt`),
      tags: r.attributes(o["tags"], `${p}.tags`)
    });
  });
  r.list(data["eventSubscriptions"], "eventSubscriptions").forEach((s2, i) => {
    const p = `eventSubscriptions[${i}]`;
    const o = r.object(s2, p);
    store.subscriptions.push({
      resourceArn: r.string(o["resourceArn"], `${p}.resourceArn`),
      topicArn: r.string(o["topicArn"], `${p}.topicArn`),
      events: r.list(o["eventSubscriptions"], `${p}.eventSubscriptions`).map((e, k) => {
        const eo = r.object(e, `${p}.eventSubscriptions[${k}]`);
        return {
          event: r.string(eo["event"], `${p}.eventSubscriptions[${k}].event`),
          subscribedAt: r.time(eo["subscribedAt"], `${p}.eventSubscriptions[${k}].subscribedAt`)
        };
      })
    });
  });
  const kinds = new Map(store.rulesPackages.map((p) => [p.arn, p.kind]));
  r.list(data["assessmentRuns"], "assessmentRuns").forEach((x, i) => {
    const p = `assessmentRuns[${i}]`;
    const o = r.object(x, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const templateArn = r.string(o["assessmentTemplateArn"], `${p}.assessmentTemplateArn`);
    if (!store.templates.has(templateArn)) {
      r.problem(`${p}.assessmentTemplateArn`, `no assessment template ${templateArn} in assessmentTemplates`);
    }
    store.reserveIdsOf(arn);
    const createdAt = r.time(o["createdAt"], `${p}.createdAt`);
    const emu = o["emulator"] === void 0 ? void 0 : r.object(o["emulator"], `${p}.emulator`);
    let changes = r.steps(o["stateChanges"], `${p}.stateChanges`);
    if (changes.length === 0) {
      const state = r.state(o["state"] ?? "COMPLETED", `${p}.state`);
      const at = o["stateChangedAt"] === void 0 ? createdAt : r.time(o["stateChangedAt"], `${p}.stateChangedAt`);
      changes = state === "CREATED" ? [{ state, at: createdAt }] : [
        { state: "CREATED", at: createdAt },
        { state, at }
      ];
    }
    let findings;
    const rawFindings = o["findings"];
    if (Array.isArray(rawFindings) || rawFindings === void 0) {
      const list = r.list(rawFindings, `${p}.findings`).map((f, k) => readFinding(r, f, `${p}.findings[${k}]`));
      for (const f of list) store.explicitFindings.set(f.arn, arn);
      findings = new ExplicitFindings(list);
    } else {
      const fo = r.object(rawFindings, `${p}.findings`);
      const g = r.object(fo["generated"], `${p}.findings.generated`);
      const agents = r.list(g["agentIds"], `${p}.findings.generated.agentIds`).flatMap((id, k) => {
        const agent = store.agents.find((a) => a.agentId === id);
        if (agent === void 0)
          r.problem(`${p}.findings.generated.agentIds[${k}]`, `no agent ${String(id)} in agents`);
        return agent ? [agent] : [];
      });
      const packages = r.list(g["rulesPackageArns"], `${p}.findings.generated.rulesPackageArns`).flatMap((a, k) => {
        const kind = kinds.get(a);
        if (kind === void 0)
          r.problem(`${p}.findings.generated.rulesPackageArns[${k}]`, "not a rules package of this region");
        return kind ? [{ arn: a, kind }] : [];
      });
      const generated = new GeneratedFindings({
        catalogSeed: store.seed,
        key: r.number(g["key"], `${p}.findings.generated.key`) >>> 0,
        count: r.number(g["count"], `${p}.findings.generated.count`),
        agents,
        packages
      });
      r.list(fo["overrides"], `${p}.findings.overrides`).forEach((ov, k) => {
        const q = `${p}.findings.overrides[${k}]`;
        const oo = r.object(ov, q);
        const index = generated.indexOf(r.string(oo["arn"], `${q}.arn`), arn);
        if (index < 0) {
          r.problem(`${q}.arn`, "not a finding of this run");
          return;
        }
        generated.userOverrides.set(index, r.attributes(oo["userAttributes"], `${q}.userAttributes`));
        if (oo["updatedAt"] !== void 0)
          generated.updatedAt.set(index, r.time(oo["updatedAt"], `${q}.updatedAt`));
      });
      findings = generated;
    }
    const outcome = emu?.["outcome"];
    const stopAction = emu?.["stopAction"];
    const run = new Run(
      {
        arn,
        name: r.string(o["name"], `${p}.name`),
        templateArn,
        durationInSeconds: r.number(o["durationInSeconds"] ?? 3600, `${p}.durationInSeconds`),
        rulesPackageArns: r.list(o["rulesPackageArns"], `${p}.rulesPackageArns`),
        userAttributesForFindings: r.attributes(
          o["userAttributesForFindings"],
          `${p}.userAttributesForFindings`
        ),
        createdAt,
        timeScale: emu ? r.number(emu["timeScale"] ?? 1, `${p}.emulator.timeScale`) : 1,
        outcome: typeof outcome === "string" && isOutcome(outcome) ? outcome : "COMPLETED",
        agentIds: emu ? r.list(emu["agentIds"], `${p}.emulator.agentIds`) : [...new Set(findings.assets.map((a) => a.agentId))],
        findings
      },
      { changes, plan: emu ? r.steps(emu["plan"], `${p}.emulator.plan`) : [] }
    );
    if (emu && typeof emu["collectedFraction"] === "number") run.collectedFraction = emu["collectedFraction"];
    if (stopAction === "START_EVALUATION" || stopAction === "SKIP_EVALUATION") run.stopAction = stopAction;
    store.runs.set(arn, run);
  });
  if (r.problems.length > 0) {
    throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, r.problems);
  }
}

// src/emulator/classic/service.ts
function toSdkFinding(wire) {
  return {
    ...wire,
    createdAt: new Date(wire["createdAt"] * 1e3),
    updatedAt: new Date(wire["updatedAt"] * 1e3)
  };
}
function startClassic(options) {
  const { clock } = options;
  const data = options.state?.data;
  const basics = data ? stateBasics(data) : {};
  const store = new Store({
    ...options,
    seed: basics.seed ?? options.seed,
    region: basics.region ?? options.region
  });
  let seededArns;
  if (data) {
    restore(store, data, options.state.file);
    const saved = data["seeded"] ?? {};
    const first = (m) => m.keys().next().value ?? "";
    seededArns = {
      resourceGroupArn: typeof saved["resourceGroupArn"] === "string" ? saved["resourceGroupArn"] : first(store.resourceGroups),
      targetArn: typeof saved["targetArn"] === "string" ? saved["targetArn"] : first(store.targets),
      templateArn: typeof saved["templateArn"] === "string" ? saved["templateArn"] : first(store.templates)
    };
  } else {
    seededArns = store.seedAccount();
  }
  if (options.outcome !== void 0) store.defaultOutcome = options.outcome;
  const seeded = { ...seededArns, rulesPackageArns: store.rulesPackages.map((p) => p.arn) };
  const em = {
    store,
    tokens: new PageTokens(invalidPageToken),
    faults: options.faults,
    failedOnce: /* @__PURE__ */ new Set(),
    reports: /* @__PURE__ */ new Map(),
    endpoint: options.endpoint,
    filterCache: /* @__PURE__ */ new Map()
  };
  const setOutcome = (run, outcome) => {
    if (run === "*") {
      store.defaultOutcome = outcome;
      return true;
    }
    const found = store.runs.get(run);
    if (found === void 0) return false;
    found.setOutcome(outcome, clock.now());
    return true;
  };
  const protocol = classicProtocol(em, classicControl(em, { seeded, setOutcome }));
  return {
    protocol,
    store,
    seeded,
    findingsOf(runArn) {
      const run = store.runs.get(runArn);
      if (run === void 0) return void 0;
      run.advance(clock.now());
      const ctx = run.findingContext();
      return Array.from(
        { length: run.visibleFindings() },
        (_, i) => toSdkFinding(run.findings.describe(i, ctx))
      );
    },
    setOutcome,
    snapshot: (now) => snapshot(store, now, { ...seededArns })
  };
}

// src/emulator/inspector2/control.ts
var PREFIX = "/_emulator/inspector2";
function inspector2Control(state) {
  const { api } = state;
  return {
    paths: [
      `GET ${PREFIX}/seeded`,
      `POST ${PREFIX}/images`,
      `POST ${PREFIX}/functions`,
      `POST ${PREFIX}/scan-status`,
      `POST ${PREFIX}/deny`,
      `POST ${PREFIX}/quirks`,
      `POST ${PREFIX}/report-faults`
    ],
    answer({ method, path, json }) {
      if (!path.startsWith(`${PREFIX}/`)) return void 0;
      const route = `${method} ${path.slice(PREFIX.length)}`;
      switch (route) {
        case "GET /seeded":
          return { status: 200, json: api.seeded };
        case "POST /images":
          return { status: 200, json: api.pushImage(json()) };
        case "POST /functions":
          return { status: 200, json: api.deployFunction(json()) };
        case "POST /scan-status":
          return { status: 200, json: api.setScanStatus(json()) };
        case "POST /deny":
          api.deny(json().operations ?? []);
          return { status: 200, json: { denied: state.denied() } };
        case "POST /quirks":
          api.quirks(json());
          return { status: 200, json: state.quirks() };
        case "POST /report-faults":
          return { status: 200, json: api.reportFaults(json()) };
        default:
          return void 0;
      }
    }
  };
}

// src/emulator/inspector2/coverage.ts
function metadataOf(e) {
  const { resource } = e;
  if (resource.image) {
    const image2 = resource.image;
    return {
      ecrImage: {
        ...image2.pulledAt !== void 0 ? { imagePulledAt: sec(image2.pulledAt) } : {},
        ...image2.inUseCount !== void 0 ? { inUseCount: image2.inUseCount } : {},
        ...image2.lastInUseAt !== void 0 ? { lastInUseAt: sec(image2.lastInUseAt) } : {},
        tags: [...image2.tags]
      }
    };
  }
  if (resource.repository) {
    return {
      ecrRepository: { name: resource.repository.name, scanFrequency: resource.repository.scanFrequency }
    };
  }
  if (resource.ec2) {
    const windows = resource.ec2.platform.startsWith("WINDOWS");
    return {
      ec2: { amiId: resource.ec2.amiId, platform: windows ? "WINDOWS" : "LINUX", tags: { ...resource.tags } }
    };
  }
  if (resource.lambda) {
    return {
      lambdaFunction: {
        functionName: resource.lambda.functionName,
        functionTags: { ...resource.tags },
        layers: [...resource.lambda.layers],
        runtime: resource.lambda.runtime
      }
    };
  }
  return void 0;
}
function coverageJson(e, account) {
  const metadata = metadataOf(e);
  const scanMode = e.resource.scans[e.scanType]?.scanMode;
  return {
    accountId: account,
    ...e.state.lastScannedAt !== void 0 ? { lastScannedAt: sec(e.state.lastScannedAt) } : {},
    resourceId: e.resource.id,
    ...metadata ? { resourceMetadata: metadata } : {},
    resourceType: e.resource.type,
    ...scanMode !== void 0 ? { scanMode } : {},
    scanStatus: { reason: e.state.reason, statusCode: e.state.statusCode },
    scanType: e.scanType
  };
}

// src/emulator/inspector2/criteria.ts
function valuesOf(value) {
  if (value === void 0 || value === null) return [];
  return typeof value === "string" ? [value] : value;
}
function stringTest(f) {
  if (f.comparison === "PREFIX") return (s2) => s2.startsWith(f.value);
  return (s2) => s2 === f.value;
}
function stringMatcher(filters) {
  const positive = filters.filter((f) => f.comparison !== "NOT_EQUALS").map(stringTest);
  const negative = filters.filter((f) => f.comparison === "NOT_EQUALS").map((f) => f.value);
  return (value) => {
    const values = valuesOf(value);
    if (negative.some((n) => values.includes(n))) return false;
    return positive.length === 0 || positive.some((t) => values.some(t));
  };
}
function numberMatcher(filters) {
  return (value) => typeof value === "number" && filters.some(
    (f) => (f.lowerInclusive === void 0 || value >= f.lowerInclusive) && (f.upperInclusive === void 0 || value <= f.upperInclusive)
  );
}
function dateMatcher(filters) {
  const ranges = filters.map((f) => ({
    start: f.startInclusive === void 0 ? -Infinity : Math.round(f.startInclusive * 1e3),
    end: f.endInclusive === void 0 ? Infinity : Math.round(f.endInclusive * 1e3)
  }));
  return (value) => typeof value === "number" && ranges.some((r) => value >= r.start && value <= r.end);
}
function mapMatcher(filters) {
  return (value) => {
    if (typeof value !== "object" || value === null) return false;
    const tags = value;
    return filters.some(
      (f) => Object.hasOwn(tags, f.key) && (f.value === void 0 || tags[f.key] === f.value)
    );
  };
}
function portMatcher(filters) {
  return (value) => {
    if (!Array.isArray(value)) return false;
    const [begin, end] = value;
    return filters.some((f) => (f.beginInclusive ?? 0) <= end && (f.endInclusive ?? 65535) >= begin);
  };
}
var PACKAGE_STRING_MEMBERS = [
  "architecture",
  "filePath",
  "name",
  "release",
  "sourceLambdaLayerArn",
  "sourceLayerHash",
  "version"
];
var PACKAGE_FIELD = {
  architecture: "arch",
  filePath: "filePath",
  name: "name",
  release: "release",
  sourceLambdaLayerArn: "sourceLambdaLayerArn",
  sourceLayerHash: "sourceLayerHash",
  version: "version"
};
function packageMatcher(filters) {
  const compiled = filters.map((f) => {
    const tests = [];
    for (const member of PACKAGE_STRING_MEMBERS) {
      const sf = f[member];
      if (sf === void 0) continue;
      const test = stringMatcher([sf]);
      tests.push((p) => test(p[PACKAGE_FIELD[member]]));
    }
    if (f["epoch"] !== void 0) {
      const test = numberMatcher([f["epoch"]]);
      tests.push((p) => test(p["epoch"]));
    }
    return (p) => tests.every((t) => t(p));
  });
  return (value) => {
    const packages = value ?? [];
    return compiled.some((matches) => packages.some(matches));
  };
}
function matcherFor(kind, list) {
  switch (kind) {
    case "string":
      return stringMatcher(list);
    case "number":
      return numberMatcher(list);
    case "date":
      return dateMatcher(list);
    case "map":
      return mapMatcher(list);
    case "port":
      return portMatcher(list);
    case "package":
      return packageMatcher(list);
  }
}
function compileCriteria(criteria, fields) {
  const tests = [];
  for (const [name, list] of Object.entries(criteria ?? {})) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const spec = fields[name];
    if (spec === void 0) throw new Error(`no field spec for filter criterion ${name}`);
    const test = matcherFor(spec.kind, list);
    tests.push((item) => test(spec.get(item)));
  }
  return (item) => tests.every((t) => t(item));
}

// src/emulator/inspector2/fields.ts
var none = () => void 0;
var pkgFacts = (f) => f.type === "PACKAGE_VULNERABILITY" ? factsOf(f.ref, f.target) : void 0;
var code = (f) => f.type === "CODE_VULNERABILITY" ? CODE_RULES[f.ref] : void 0;
var port = (f) => f.type === "NETWORK_REACHABILITY" ? PORT_RULES[f.ref] : void 0;
function findingFields(account, now) {
  const s2 = (get) => ({ kind: "string", get });
  const n = (get) => ({ kind: "number", get });
  const d = (get) => ({ kind: "date", get });
  return {
    awsAccountId: s2(() => account),
    codeRepositoryProjectName: s2(none),
    codeRepositoryProviderType: s2(none),
    codeVulnerabilityDetectorName: s2((f) => code(f)?.detectorName),
    codeVulnerabilityDetectorTags: s2((f) => code(f)?.detectorTags),
    codeVulnerabilityFilePath: s2((f) => code(f)?.file),
    componentId: s2((f) => port(f) ? networkSteps(f.resource).map((x) => x.componentId) : void 0),
    componentType: s2((f) => port(f) ? networkSteps(f.resource).map((x) => x.componentType) : void 0),
    ec2InstanceImageId: s2((f) => f.resource.ec2?.amiId),
    ec2InstanceSubnetId: s2((f) => f.resource.ec2?.subnetId),
    ec2InstanceVpcId: s2((f) => f.resource.ec2?.vpcId),
    ecrImageArchitecture: s2((f) => f.resource.image?.architecture),
    ecrImageHash: s2((f) => f.resource.image?.digest),
    ecrImageInUseCount: n((f) => f.resource.image?.inUseCount),
    ecrImageLastInUseAt: d((f) => f.resource.image?.lastInUseAt),
    ecrImagePushedAt: d((f) => f.resource.image?.pushedAt),
    ecrImageRegistry: s2((f) => f.resource.image ? account : void 0),
    ecrImageRepositoryName: s2((f) => f.resource.image?.repositoryName),
    ecrImageTags: s2((f) => f.resource.image?.tags),
    epssScore: n((f) => pkgFacts(f)?.vuln.epss),
    exploitAvailable: s2((f) => pkgFacts(f)?.exploitAvailable),
    findingArn: s2((f) => f.arn),
    findingStatus: s2((f) => statusAt(f, now)),
    findingType: s2((f) => f.type),
    firstObservedAt: d((f) => f.firstObservedAt),
    fixAvailable: s2((f) => pkgFacts(f)?.fixAvailable),
    inspectorScore: n((f) => pkgFacts(f)?.inspectorScore),
    lambdaFunctionExecutionRoleArn: s2((f) => f.resource.lambda?.executionRoleArn),
    lambdaFunctionLastModifiedAt: d((f) => f.resource.lambda?.lastModifiedAt),
    lambdaFunctionLayers: s2((f) => f.resource.lambda?.layers),
    lambdaFunctionName: s2((f) => f.resource.lambda?.functionName),
    lambdaFunctionRuntime: s2((f) => f.resource.lambda?.runtime),
    lastObservedAt: d((f) => f.lastObservedAt),
    networkProtocol: s2((f) => port(f)?.protocol),
    portRange: { kind: "port", get: (f) => port(f) ? [port(f).port, port(f).port] : void 0 },
    relatedVulnerabilities: s2((f) => pkgFacts(f)?.target.related ?? (pkgFacts(f) ? [] : void 0)),
    resourceId: s2((f) => f.resource.id),
    resourceTags: { kind: "map", get: (f) => f.resource.tags },
    resourceType: s2((f) => f.resource.type),
    severity: s2((f) => severityOf(f)),
    title: s2((f) => titleOfFinding(f)),
    updatedAt: d((f) => updatedAtOf(f, now)),
    vendorSeverity: s2((f) => pkgFacts(f)?.vendorSeverity),
    vulnerabilityId: s2((f) => pkgFacts(f)?.vuln.id),
    vulnerabilitySource: s2((f) => pkgFacts(f)?.source),
    vulnerablePackages: { kind: "package", get: (f) => packagesOf(f) }
  };
}
function sortKey(field, account, now) {
  switch (field) {
    case "AWS_ACCOUNT_ID":
      return () => account;
    case "FINDING_TYPE":
      return (f) => f.type;
    case "SEVERITY":
      return (f) => SEVERITY_RANK[severityOf(f)];
    case "FIRST_OBSERVED_AT":
      return (f) => f.firstObservedAt;
    case "LAST_OBSERVED_AT":
      return (f) => f.lastObservedAt;
    case "FINDING_STATUS":
      return (f) => statusAt(f, now);
    case "RESOURCE_TYPE":
      return (f) => f.resource.type;
    case "ECR_IMAGE_PUSHED_AT":
      return (f) => f.resource.image?.pushedAt;
    case "ECR_IMAGE_REPOSITORY_NAME":
      return (f) => f.resource.image?.repositoryName;
    case "ECR_IMAGE_REGISTRY":
      return (f) => f.resource.image ? account : void 0;
    case "NETWORK_PROTOCOL":
      return (f) => port(f)?.protocol;
    case "COMPONENT_TYPE":
      return (f) => port(f) ? "AWS::EC2::InternetGateway" : void 0;
    case "VULNERABILITY_ID":
      return (f) => pkgFacts(f)?.vuln.id;
    case "VULNERABILITY_SOURCE":
      return (f) => pkgFacts(f)?.source;
    case "INSPECTOR_SCORE":
      return (f) => pkgFacts(f)?.inspectorScore;
    case "VENDOR_SEVERITY":
      return (f) => pkgFacts(f)?.vendorSeverity;
    case "EPSS_SCORE":
      return (f) => pkgFacts(f)?.vuln.epss;
    default:
      throw new Error(`unknown sort field ${field}`);
  }
}
function coverageFields(account) {
  const s2 = (get) => ({ kind: "string", get });
  const d = (get) => ({ kind: "date", get });
  const image2 = (e) => e.resource.image;
  return {
    accountId: s2(() => account),
    codeRepositoryProjectName: s2(none),
    codeRepositoryProviderType: s2(none),
    codeRepositoryProviderTypeVisibility: s2(none),
    ec2InstanceTags: { kind: "map", get: (e) => e.resource.ec2 ? e.resource.tags : void 0 },
    ecrImageInUseCount: { kind: "number", get: (e) => image2(e)?.inUseCount },
    ecrImageLastInUseAt: d((e) => image2(e)?.lastInUseAt),
    ecrImageTags: s2((e) => image2(e)?.tags),
    ecrRepositoryName: s2((e) => image2(e)?.repositoryName ?? e.resource.repository?.name),
    imagePulledAt: d((e) => image2(e)?.pulledAt),
    lambdaFunctionName: s2((e) => e.resource.lambda?.functionName),
    lambdaFunctionRuntime: s2((e) => e.resource.lambda?.runtime),
    lambdaFunctionTags: { kind: "map", get: (e) => e.resource.lambda ? e.resource.tags : void 0 },
    lastScannedAt: d((e) => e.state.lastScannedAt),
    lastScannedCommitId: s2(none),
    resourceId: s2((e) => e.resource.id),
    resourceType: s2((e) => e.resource.type),
    scanMode: s2((e) => e.resource.scans[e.scanType]?.scanMode),
    scanStatusCode: s2((e) => e.state.statusCode),
    scanStatusReason: s2((e) => e.state.reason),
    scanType: s2((e) => e.scanType)
  };
}

// src/emulator/inspector2/resources.ts
var ACTIVE_REASONS = /* @__PURE__ */ new Set([
  "SUCCESSFUL",
  "PENDING_INITIAL_SCAN",
  "SCAN_FREQUENCY_SCAN_ON_PUSH",
  "PENDING_REVIVAL_SCAN",
  "SCAN_IN_PROGRESS"
]);
function statusCodeOf(reason) {
  return ACTIVE_REASONS.has(reason) ? "ACTIVE" : "INACTIVE";
}
function scanStateAt(resource, scanType, now) {
  const plan = resource.scans[scanType];
  if (plan === void 0 || now < resource.discoveredAt) return void 0;
  const scanned = plan.completesAt !== void 0 && plan.completesAt <= now;
  const recorded = scanned && findingsVisibleFrom(resource, scanType) !== void 0;
  const lastScannedAt = recorded ? Math.min(now, plan.lastScanAt ?? plan.completesAt) : void 0;
  const withScan = (o) => lastScannedAt !== void 0 ? { ...o, lastScannedAt } : { ...o };
  if (plan.override !== void 0 && plan.override.since <= now) return withScan(plan.override);
  if (plan.completesAt !== void 0 && !scanned) {
    return plan.previousScanAt !== void 0 ? { statusCode: "ACTIVE", reason: "SUCCESSFUL", lastScannedAt: plan.previousScanAt } : { statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" };
  }
  return withScan(plan.outcome);
}
function findingsVisibleFrom(resource, scanType) {
  const plan = resource.scans[scanType];
  if (plan === void 0 || plan.completesAt === void 0) return void 0;
  const reason = plan.outcome.reason;
  const scansFindings = reason === "SUCCESSFUL" || reason === "SCAN_FREQUENCY_SCAN_ON_PUSH" || reason === "EC2_INSTANCE_STOPPED" || reason === "SCAN_ELIGIBILITY_EXPIRED" || reason === "RESOURCE_TERMINATED";
  return scansFindings ? plan.completesAt : void 0;
}
function ecrRepositoryArn(region, account, name) {
  return `arn:aws:ecr:${region}:${account}:repository/${name}`;
}
function ecrImageId(region, account, repository, digest) {
  return `${ecrRepositoryArn(region, account, repository)}/${digest}`;
}
function lambdaArn(region, account, name) {
  return `arn:aws:lambda:${region}:${account}:function:${name}:$LATEST`;
}

// src/emulator/inspector2/listing.ts
var SCAN_TYPES = ["PACKAGE", "NETWORK", "CODE"];
var CACHE_SIZE = 8;
function readToken(tokens, operation, scope, token) {
  const [start = 0, at = 0, turn = 0] = tokens.read(operation, scope, token);
  return { start, at, turn };
}
function issueToken(tokens, operation, scope, p) {
  return tokens.issue(operation, scope, [p.start, p.at, p.turn]);
}
function compare(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  return a < b ? -1 : 1;
}
var Listings = class {
  constructor(acct) {
    this.acct = acct;
  }
  acct;
  cache = /* @__PURE__ */ new Map();
  /** The findings visible at `at` that match, in the requested order (default: as they were found). */
  findings(criteria, sort, at) {
    const key = JSON.stringify([this.acct.version, at, criteria ?? null, sort ?? null]);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const matches = compileCriteria(criteria, findingFields(this.acct.accountId, at));
    const list = this.acct.findings.filter((f) => f.firstObservedAt <= at && matches(f));
    if (sort) {
      const keyOf = sortKey(sort.field, this.acct.accountId, at);
      const keys = new Map(list.map((f) => [f, keyOf(f)]));
      const sign = sort.sortOrder === "DESC" ? -1 : 1;
      list.sort((a, b) => {
        const ka = keys.get(a);
        const kb = keys.get(b);
        if (ka === void 0 || kb === void 0) return compare(ka, kb) || a.seq - b.seq;
        return sign * compare(ka, kb) || a.seq - b.seq;
      });
    }
    this.cache.set(key, list);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value);
    return list;
  }
  /** Every coverage record at `at` (resources in the order they were found, then scan types). */
  coverage(at) {
    const out = [];
    for (const resource of this.acct.resources) {
      for (const scanType of SCAN_TYPES) {
        const state = scanStateAt(resource, scanType, at);
        if (state) out.push({ resource, scanType, state });
      }
    }
    return out;
  }
  matchingCoverage(criteria, at) {
    const matches = compileCriteria(criteria, coverageFields(this.acct.accountId));
    return this.coverage(at).filter(matches);
  }
  /**
   * The account itself, which coverage statistics count as an AWS_ACCOUNT resource (ListCoverage
   * does not list it), when it matches the criteria.
   */
  accountEntry(criteria, at) {
    const resource = {
      seq: -1,
      type: "AWS_ACCOUNT",
      id: this.acct.accountId,
      tags: {},
      ecosystems: [],
      discoveredAt: this.acct.options.start,
      scans: {}
    };
    const entry = {
      resource,
      scanType: "PACKAGE",
      state: { statusCode: "ACTIVE", reason: "SUCCESSFUL" }
    };
    if (at < resource.discoveredAt) return void 0;
    return compileCriteria(criteria, coverageFields(this.acct.accountId))(entry) ? entry : void 0;
  }
  /** ACTIVE findings visible at `at` (what aggregations count). */
  active(at) {
    return this.acct.findings.filter((f) => f.firstObservedAt <= at && statusAt(f, at) === "ACTIVE");
  }
};

// src/emulator/inspector2/inspector2-2020-06-08.json
var inspector2_2020_06_08_default = {
  metadata: {
    apiVersion: "2020-06-08",
    auth: [
      "aws.auth#sigv4"
    ],
    endpointPrefix: "inspector2",
    protocol: "rest-json",
    protocols: [
      "rest-json"
    ],
    serviceAbbreviation: "Inspector2",
    serviceFullName: "Inspector2",
    serviceId: "Inspector2",
    signatureVersion: "v4",
    signingName: "inspector2",
    uid: "inspector2-2020-06-08"
  },
  operations: {
    AssociateMember: {
      errors: [
        {
          shape: "ServiceQuotaExceededException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/members/associate",
        responseCode: 200
      },
      input: {
        shape: "AssociateMemberRequest"
      },
      name: "AssociateMember",
      output: {
        shape: "AssociateMemberResponse"
      }
    },
    BatchAssociateCodeSecurityScanConfiguration: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/batch/associate",
        responseCode: 200
      },
      input: {
        shape: "BatchAssociateCodeSecurityScanConfigurationRequest"
      },
      name: "BatchAssociateCodeSecurityScanConfiguration",
      output: {
        shape: "BatchAssociateCodeSecurityScanConfigurationResponse"
      }
    },
    BatchDisassociateCodeSecurityScanConfiguration: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/batch/disassociate",
        responseCode: 200
      },
      input: {
        shape: "BatchDisassociateCodeSecurityScanConfigurationRequest"
      },
      name: "BatchDisassociateCodeSecurityScanConfiguration",
      output: {
        shape: "BatchDisassociateCodeSecurityScanConfigurationResponse"
      }
    },
    BatchGetAccountStatus: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/status/batch/get",
        responseCode: 200
      },
      input: {
        shape: "BatchGetAccountStatusRequest"
      },
      name: "BatchGetAccountStatus",
      output: {
        shape: "BatchGetAccountStatusResponse"
      }
    },
    BatchGetCodeSnippet: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesnippet/batchget",
        responseCode: 200
      },
      input: {
        shape: "BatchGetCodeSnippetRequest"
      },
      name: "BatchGetCodeSnippet",
      output: {
        shape: "BatchGetCodeSnippetResponse"
      }
    },
    BatchGetFindingDetails: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/findings/details/batch/get",
        responseCode: 200
      },
      input: {
        shape: "BatchGetFindingDetailsRequest"
      },
      name: "BatchGetFindingDetails",
      output: {
        shape: "BatchGetFindingDetailsResponse"
      }
    },
    BatchGetFreeTrialInfo: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/freetrialinfo/batchget",
        responseCode: 200
      },
      input: {
        shape: "BatchGetFreeTrialInfoRequest"
      },
      name: "BatchGetFreeTrialInfo",
      output: {
        shape: "BatchGetFreeTrialInfoResponse"
      }
    },
    BatchGetMemberEc2DeepInspectionStatus: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/ec2deepinspectionstatus/member/batch/get",
        responseCode: 200
      },
      input: {
        shape: "BatchGetMemberEc2DeepInspectionStatusRequest"
      },
      name: "BatchGetMemberEc2DeepInspectionStatus",
      output: {
        shape: "BatchGetMemberEc2DeepInspectionStatusResponse"
      }
    },
    BatchUpdateMemberEc2DeepInspectionStatus: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/ec2deepinspectionstatus/member/batch/update",
        responseCode: 200
      },
      input: {
        shape: "BatchUpdateMemberEc2DeepInspectionStatusRequest"
      },
      name: "BatchUpdateMemberEc2DeepInspectionStatus",
      output: {
        shape: "BatchUpdateMemberEc2DeepInspectionStatusResponse"
      }
    },
    CancelFindingsReport: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/reporting/cancel",
        responseCode: 200
      },
      input: {
        shape: "CancelFindingsReportRequest"
      },
      name: "CancelFindingsReport",
      output: {
        shape: "CancelFindingsReportResponse"
      }
    },
    CancelSbomExport: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/sbomexport/cancel",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "CancelSbomExportRequest"
      },
      name: "CancelSbomExport",
      output: {
        shape: "CancelSbomExportResponse"
      }
    },
    CreateCisScanConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-configuration/create",
        responseCode: 200
      },
      input: {
        shape: "CreateCisScanConfigurationRequest"
      },
      name: "CreateCisScanConfiguration",
      output: {
        shape: "CreateCisScanConfigurationResponse"
      }
    },
    CreateCodeSecurityIntegration: {
      errors: [
        {
          shape: "ServiceQuotaExceededException"
        },
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/integration/create",
        responseCode: 200
      },
      input: {
        shape: "CreateCodeSecurityIntegrationRequest"
      },
      name: "CreateCodeSecurityIntegration",
      output: {
        shape: "CreateCodeSecurityIntegrationResponse"
      }
    },
    CreateCodeSecurityScanConfiguration: {
      errors: [
        {
          shape: "ServiceQuotaExceededException"
        },
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/create",
        responseCode: 200
      },
      input: {
        shape: "CreateCodeSecurityScanConfigurationRequest"
      },
      name: "CreateCodeSecurityScanConfiguration",
      output: {
        shape: "CreateCodeSecurityScanConfigurationResponse"
      }
    },
    CreateFilter: {
      errors: [
        {
          shape: "ServiceQuotaExceededException"
        },
        {
          shape: "BadRequestException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/filters/create",
        responseCode: 200
      },
      input: {
        shape: "CreateFilterRequest"
      },
      name: "CreateFilter",
      output: {
        shape: "CreateFilterResponse"
      }
    },
    CreateFindingsReport: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/reporting/create",
        responseCode: 200
      },
      input: {
        shape: "CreateFindingsReportRequest"
      },
      name: "CreateFindingsReport",
      output: {
        shape: "CreateFindingsReportResponse"
      }
    },
    CreateSbomExport: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/sbomexport/create",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "CreateSbomExportRequest"
      },
      name: "CreateSbomExport",
      output: {
        shape: "CreateSbomExportResponse"
      }
    },
    DeleteCisScanConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-configuration/delete",
        responseCode: 200
      },
      input: {
        shape: "DeleteCisScanConfigurationRequest"
      },
      name: "DeleteCisScanConfiguration",
      output: {
        shape: "DeleteCisScanConfigurationResponse"
      }
    },
    DeleteCodeSecurityIntegration: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/integration/delete",
        responseCode: 200
      },
      input: {
        shape: "DeleteCodeSecurityIntegrationRequest"
      },
      name: "DeleteCodeSecurityIntegration",
      output: {
        shape: "DeleteCodeSecurityIntegrationResponse"
      }
    },
    DeleteCodeSecurityScanConfiguration: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/delete",
        responseCode: 200
      },
      input: {
        shape: "DeleteCodeSecurityScanConfigurationRequest"
      },
      name: "DeleteCodeSecurityScanConfiguration",
      output: {
        shape: "DeleteCodeSecurityScanConfigurationResponse"
      }
    },
    DeleteFilter: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/filters/delete",
        responseCode: 200
      },
      input: {
        shape: "DeleteFilterRequest"
      },
      name: "DeleteFilter",
      output: {
        shape: "DeleteFilterResponse"
      }
    },
    DescribeOrganizationConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/organizationconfiguration/describe",
        responseCode: 200
      },
      input: {
        shape: "DescribeOrganizationConfigurationRequest"
      },
      name: "DescribeOrganizationConfiguration",
      output: {
        shape: "DescribeOrganizationConfigurationResponse"
      }
    },
    Disable: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/disable",
        responseCode: 200
      },
      input: {
        shape: "DisableRequest"
      },
      name: "Disable",
      output: {
        shape: "DisableResponse"
      }
    },
    DisableDelegatedAdminAccount: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/delegatedadminaccounts/disable",
        responseCode: 200
      },
      input: {
        shape: "DisableDelegatedAdminAccountRequest"
      },
      name: "DisableDelegatedAdminAccount",
      output: {
        shape: "DisableDelegatedAdminAccountResponse"
      }
    },
    DisassociateMember: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/members/disassociate",
        responseCode: 200
      },
      input: {
        shape: "DisassociateMemberRequest"
      },
      name: "DisassociateMember",
      output: {
        shape: "DisassociateMemberResponse"
      }
    },
    Enable: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/enable",
        responseCode: 200
      },
      input: {
        shape: "EnableRequest"
      },
      name: "Enable",
      output: {
        shape: "EnableResponse"
      }
    },
    EnableDelegatedAdminAccount: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/delegatedadminaccounts/enable",
        responseCode: 200
      },
      input: {
        shape: "EnableDelegatedAdminAccountRequest"
      },
      name: "EnableDelegatedAdminAccount",
      output: {
        shape: "EnableDelegatedAdminAccountResponse"
      }
    },
    GetCisScanReport: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan/report/get",
        responseCode: 200
      },
      input: {
        shape: "GetCisScanReportRequest"
      },
      name: "GetCisScanReport",
      output: {
        shape: "GetCisScanReportResponse"
      }
    },
    GetCisScanResultDetails: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-result/details/get",
        responseCode: 200
      },
      input: {
        shape: "GetCisScanResultDetailsRequest"
      },
      name: "GetCisScanResultDetails",
      output: {
        shape: "GetCisScanResultDetailsResponse"
      }
    },
    GetClustersForImage: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cluster/get",
        responseCode: 200
      },
      input: {
        shape: "GetClustersForImageRequest"
      },
      name: "GetClustersForImage",
      output: {
        shape: "GetClustersForImageResponse"
      }
    },
    GetCodeSecurityIntegration: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/integration/get",
        responseCode: 200
      },
      input: {
        shape: "GetCodeSecurityIntegrationRequest"
      },
      name: "GetCodeSecurityIntegration",
      output: {
        shape: "GetCodeSecurityIntegrationResponse"
      }
    },
    GetCodeSecurityScan: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan/get",
        responseCode: 200
      },
      input: {
        shape: "GetCodeSecurityScanRequest"
      },
      name: "GetCodeSecurityScan",
      output: {
        shape: "GetCodeSecurityScanResponse"
      },
      readonly: true
    },
    GetCodeSecurityScanConfiguration: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/get",
        responseCode: 200
      },
      input: {
        shape: "GetCodeSecurityScanConfigurationRequest"
      },
      name: "GetCodeSecurityScanConfiguration",
      output: {
        shape: "GetCodeSecurityScanConfigurationResponse"
      }
    },
    GetConfiguration: {
      errors: [
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/configuration/get",
        responseCode: 200
      },
      input: {
        shape: "GetConfigurationRequest"
      },
      name: "GetConfiguration",
      output: {
        shape: "GetConfigurationResponse"
      }
    },
    GetDelegatedAdminAccount: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/delegatedadminaccounts/get",
        responseCode: 200
      },
      input: {
        shape: "GetDelegatedAdminAccountRequest"
      },
      name: "GetDelegatedAdminAccount",
      output: {
        shape: "GetDelegatedAdminAccountResponse"
      }
    },
    GetEc2DeepInspectionConfiguration: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/ec2deepinspectionconfiguration/get",
        responseCode: 200
      },
      input: {
        shape: "GetEc2DeepInspectionConfigurationRequest"
      },
      name: "GetEc2DeepInspectionConfiguration",
      output: {
        shape: "GetEc2DeepInspectionConfigurationResponse"
      }
    },
    GetEncryptionKey: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "GET",
        requestUri: "/encryptionkey/get",
        responseCode: 200
      },
      input: {
        shape: "GetEncryptionKeyRequest"
      },
      name: "GetEncryptionKey",
      output: {
        shape: "GetEncryptionKeyResponse"
      },
      readonly: true
    },
    GetFindingsReportStatus: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/reporting/status/get",
        responseCode: 200
      },
      input: {
        shape: "GetFindingsReportStatusRequest"
      },
      name: "GetFindingsReportStatus",
      output: {
        shape: "GetFindingsReportStatusResponse"
      }
    },
    GetMember: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/members/get",
        responseCode: 200
      },
      input: {
        shape: "GetMemberRequest"
      },
      name: "GetMember",
      output: {
        shape: "GetMemberResponse"
      }
    },
    GetSbomExport: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/sbomexport/get",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "GetSbomExportRequest"
      },
      name: "GetSbomExport",
      output: {
        shape: "GetSbomExportResponse"
      }
    },
    ListAccountPermissions: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/accountpermissions/list",
        responseCode: 200
      },
      input: {
        shape: "ListAccountPermissionsRequest"
      },
      name: "ListAccountPermissions",
      output: {
        shape: "ListAccountPermissionsResponse"
      }
    },
    ListCisScanConfigurations: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-configuration/list",
        responseCode: 200
      },
      input: {
        shape: "ListCisScanConfigurationsRequest"
      },
      name: "ListCisScanConfigurations",
      output: {
        shape: "ListCisScanConfigurationsResponse"
      }
    },
    ListCisScanResultsAggregatedByChecks: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-result/check/list",
        responseCode: 200
      },
      input: {
        shape: "ListCisScanResultsAggregatedByChecksRequest"
      },
      name: "ListCisScanResultsAggregatedByChecks",
      output: {
        shape: "ListCisScanResultsAggregatedByChecksResponse"
      }
    },
    ListCisScanResultsAggregatedByTargetResource: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-result/resource/list",
        responseCode: 200
      },
      input: {
        shape: "ListCisScanResultsAggregatedByTargetResourceRequest"
      },
      name: "ListCisScanResultsAggregatedByTargetResource",
      output: {
        shape: "ListCisScanResultsAggregatedByTargetResourceResponse"
      }
    },
    ListCisScans: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan/list",
        responseCode: 200
      },
      input: {
        shape: "ListCisScansRequest"
      },
      name: "ListCisScans",
      output: {
        shape: "ListCisScansResponse"
      }
    },
    ListCodeSecurityIntegrations: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/integration/list",
        responseCode: 200
      },
      input: {
        shape: "ListCodeSecurityIntegrationsRequest"
      },
      name: "ListCodeSecurityIntegrations",
      output: {
        shape: "ListCodeSecurityIntegrationsResponse"
      }
    },
    ListCodeSecurityScanConfigurationAssociations: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/associations/list",
        responseCode: 200
      },
      input: {
        shape: "ListCodeSecurityScanConfigurationAssociationsRequest"
      },
      name: "ListCodeSecurityScanConfigurationAssociations",
      output: {
        shape: "ListCodeSecurityScanConfigurationAssociationsResponse"
      }
    },
    ListCodeSecurityScanConfigurations: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/list",
        responseCode: 200
      },
      input: {
        shape: "ListCodeSecurityScanConfigurationsRequest"
      },
      name: "ListCodeSecurityScanConfigurations",
      output: {
        shape: "ListCodeSecurityScanConfigurationsResponse"
      }
    },
    ListCoverage: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/coverage/list",
        responseCode: 200
      },
      input: {
        shape: "ListCoverageRequest"
      },
      name: "ListCoverage",
      output: {
        shape: "ListCoverageResponse"
      }
    },
    ListCoverageStatistics: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/coverage/statistics/list",
        responseCode: 200
      },
      input: {
        shape: "ListCoverageStatisticsRequest"
      },
      name: "ListCoverageStatistics",
      output: {
        shape: "ListCoverageStatisticsResponse"
      }
    },
    ListDelegatedAdminAccounts: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/delegatedadminaccounts/list",
        responseCode: 200
      },
      input: {
        shape: "ListDelegatedAdminAccountsRequest"
      },
      name: "ListDelegatedAdminAccounts",
      output: {
        shape: "ListDelegatedAdminAccountsResponse"
      }
    },
    ListFilters: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/filters/list",
        responseCode: 200
      },
      input: {
        shape: "ListFiltersRequest"
      },
      name: "ListFilters",
      output: {
        shape: "ListFiltersResponse"
      }
    },
    ListFindingAggregations: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/findings/aggregation/list",
        responseCode: 200
      },
      input: {
        shape: "ListFindingAggregationsRequest"
      },
      name: "ListFindingAggregations",
      output: {
        shape: "ListFindingAggregationsResponse"
      }
    },
    ListFindings: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/findings/list",
        responseCode: 200
      },
      input: {
        shape: "ListFindingsRequest"
      },
      name: "ListFindings",
      output: {
        shape: "ListFindingsResponse"
      }
    },
    ListMembers: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/members/list",
        responseCode: 200
      },
      input: {
        shape: "ListMembersRequest"
      },
      name: "ListMembers",
      output: {
        shape: "ListMembersResponse"
      }
    },
    ListTagsForResource: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "GET",
        requestUri: "/tags/{resourceArn}",
        responseCode: 200
      },
      input: {
        shape: "ListTagsForResourceRequest"
      },
      name: "ListTagsForResource",
      output: {
        shape: "ListTagsForResourceResponse"
      },
      readonly: true
    },
    ListUsageTotals: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/usage/list",
        responseCode: 200
      },
      input: {
        shape: "ListUsageTotalsRequest"
      },
      name: "ListUsageTotals",
      output: {
        shape: "ListUsageTotalsResponse"
      }
    },
    ResetEncryptionKey: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "PUT",
        requestUri: "/encryptionkey/reset",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "ResetEncryptionKeyRequest"
      },
      name: "ResetEncryptionKey",
      output: {
        shape: "ResetEncryptionKeyResponse"
      }
    },
    SearchVulnerabilities: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/vulnerabilities/search",
        responseCode: 200
      },
      input: {
        shape: "SearchVulnerabilitiesRequest"
      },
      name: "SearchVulnerabilities",
      output: {
        shape: "SearchVulnerabilitiesResponse"
      }
    },
    SendCisSessionHealth: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "PUT",
        requestUri: "/cissession/health/send",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "SendCisSessionHealthRequest"
      },
      name: "SendCisSessionHealth",
      output: {
        shape: "SendCisSessionHealthResponse"
      }
    },
    SendCisSessionTelemetry: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "PUT",
        requestUri: "/cissession/telemetry/send",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "SendCisSessionTelemetryRequest"
      },
      name: "SendCisSessionTelemetry",
      output: {
        shape: "SendCisSessionTelemetryResponse"
      }
    },
    StartCisSession: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "PUT",
        requestUri: "/cissession/start",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "StartCisSessionRequest"
      },
      name: "StartCisSession",
      output: {
        shape: "StartCisSessionResponse"
      }
    },
    StartCodeSecurityScan: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan/start",
        responseCode: 200
      },
      input: {
        shape: "StartCodeSecurityScanRequest"
      },
      name: "StartCodeSecurityScan",
      output: {
        shape: "StartCodeSecurityScanResponse"
      }
    },
    StopCisSession: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "PUT",
        requestUri: "/cissession/stop",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "StopCisSessionRequest"
      },
      name: "StopCisSession",
      output: {
        shape: "StopCisSessionResponse"
      }
    },
    TagResource: {
      errors: [
        {
          shape: "BadRequestException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/tags/{resourceArn}",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "TagResourceRequest"
      },
      name: "TagResource",
      output: {
        shape: "TagResourceResponse"
      }
    },
    UntagResource: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "DELETE",
        requestUri: "/tags/{resourceArn}",
        responseCode: 200
      },
      input: {
        shape: "UntagResourceRequest"
      },
      name: "UntagResource",
      output: {
        shape: "UntagResourceResponse"
      }
    },
    UpdateCisScanConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/cis/scan-configuration/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateCisScanConfigurationRequest"
      },
      name: "UpdateCisScanConfiguration",
      output: {
        shape: "UpdateCisScanConfigurationResponse"
      }
    },
    UpdateCodeSecurityIntegration: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/integration/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateCodeSecurityIntegrationRequest"
      },
      name: "UpdateCodeSecurityIntegration",
      output: {
        shape: "UpdateCodeSecurityIntegrationResponse"
      }
    },
    UpdateCodeSecurityScanConfiguration: {
      errors: [
        {
          shape: "ConflictException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/codesecurity/scan-configuration/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateCodeSecurityScanConfigurationRequest"
      },
      name: "UpdateCodeSecurityScanConfiguration",
      output: {
        shape: "UpdateCodeSecurityScanConfigurationResponse"
      }
    },
    UpdateConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/configuration/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateConfigurationRequest"
      },
      name: "UpdateConfiguration",
      output: {
        shape: "UpdateConfigurationResponse"
      }
    },
    UpdateEc2DeepInspectionConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/ec2deepinspectionconfiguration/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateEc2DeepInspectionConfigurationRequest"
      },
      name: "UpdateEc2DeepInspectionConfiguration",
      output: {
        shape: "UpdateEc2DeepInspectionConfigurationResponse"
      }
    },
    UpdateEncryptionKey: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "PUT",
        requestUri: "/encryptionkey/update",
        responseCode: 200
      },
      idempotent: true,
      input: {
        shape: "UpdateEncryptionKeyRequest"
      },
      name: "UpdateEncryptionKey",
      output: {
        shape: "UpdateEncryptionKeyResponse"
      }
    },
    UpdateFilter: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ResourceNotFoundException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/filters/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateFilterRequest"
      },
      name: "UpdateFilter",
      output: {
        shape: "UpdateFilterResponse"
      }
    },
    UpdateOrgEc2DeepInspectionConfiguration: {
      errors: [
        {
          shape: "ValidationException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/ec2deepinspectionconfiguration/org/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateOrgEc2DeepInspectionConfigurationRequest"
      },
      name: "UpdateOrgEc2DeepInspectionConfiguration",
      output: {
        shape: "UpdateOrgEc2DeepInspectionConfigurationResponse"
      }
    },
    UpdateOrganizationConfiguration: {
      errors: [
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ValidationException"
        },
        {
          shape: "ThrottlingException"
        },
        {
          shape: "InternalServerException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/organizationconfiguration/update",
        responseCode: 200
      },
      input: {
        shape: "UpdateOrganizationConfigurationRequest"
      },
      name: "UpdateOrganizationConfiguration",
      output: {
        shape: "UpdateOrganizationConfigurationResponse"
      }
    }
  },
  shapes: {
    AccessDeniedException: {
      error: {
        httpStatusCode: 403,
        senderFault: true
      },
      exception: true,
      members: {
        message: {
          shape: "String"
        }
      },
      required: [
        "message"
      ],
      type: "structure"
    },
    Account: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        resourceStatus: {
          shape: "ResourceStatus"
        },
        status: {
          shape: "Status"
        }
      },
      required: [
        "accountId",
        "status",
        "resourceStatus"
      ],
      type: "structure"
    },
    AccountAggregation: {
      members: {
        findingType: {
          shape: "AggregationFindingType"
        },
        resourceType: {
          shape: "AggregationResourceType"
        },
        sortBy: {
          shape: "AccountSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    AccountAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        exploitAvailableCount: {
          shape: "Long"
        },
        fixAvailableCount: {
          shape: "Long"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      type: "structure"
    },
    AccountId: {
      max: 12,
      min: 12,
      pattern: "\\d{12}",
      type: "string"
    },
    AccountIdFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    AccountIdSet: {
      max: 100,
      member: {
        shape: "AccountId"
      },
      min: 0,
      type: "list"
    },
    AccountList: {
      member: {
        shape: "Account"
      },
      type: "list"
    },
    AccountSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    AccountState: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        resourceState: {
          shape: "ResourceState"
        },
        state: {
          shape: "State"
        }
      },
      required: [
        "accountId",
        "state",
        "resourceState"
      ],
      type: "structure"
    },
    AccountStateList: {
      max: 100,
      member: {
        shape: "AccountState"
      },
      min: 0,
      type: "list"
    },
    AggCounts: {
      type: "long"
    },
    AggregationFindingType: {
      enum: [
        "NETWORK_REACHABILITY",
        "PACKAGE_VULNERABILITY",
        "CODE_VULNERABILITY"
      ],
      type: "string"
    },
    AggregationRequest: {
      members: {
        accountAggregation: {
          shape: "AccountAggregation"
        },
        amiAggregation: {
          shape: "AmiAggregation"
        },
        awsEcrContainerAggregation: {
          shape: "AwsEcrContainerAggregation"
        },
        codeRepositoryAggregation: {
          shape: "CodeRepositoryAggregation"
        },
        ec2InstanceAggregation: {
          shape: "Ec2InstanceAggregation"
        },
        findingTypeAggregation: {
          shape: "FindingTypeAggregation"
        },
        imageLayerAggregation: {
          shape: "ImageLayerAggregation"
        },
        lambdaFunctionAggregation: {
          shape: "LambdaFunctionAggregation"
        },
        lambdaLayerAggregation: {
          shape: "LambdaLayerAggregation"
        },
        packageAggregation: {
          shape: "PackageAggregation"
        },
        repositoryAggregation: {
          shape: "RepositoryAggregation"
        },
        titleAggregation: {
          shape: "TitleAggregation"
        }
      },
      type: "structure",
      union: true
    },
    AggregationResourceType: {
      enum: [
        "AWS_EC2_INSTANCE",
        "AWS_ECR_CONTAINER_IMAGE",
        "AWS_LAMBDA_FUNCTION",
        "CODE_REPOSITORY"
      ],
      type: "string"
    },
    AggregationResponse: {
      members: {
        accountAggregation: {
          shape: "AccountAggregationResponse"
        },
        amiAggregation: {
          shape: "AmiAggregationResponse"
        },
        awsEcrContainerAggregation: {
          shape: "AwsEcrContainerAggregationResponse"
        },
        codeRepositoryAggregation: {
          shape: "CodeRepositoryAggregationResponse"
        },
        ec2InstanceAggregation: {
          shape: "Ec2InstanceAggregationResponse"
        },
        findingTypeAggregation: {
          shape: "FindingTypeAggregationResponse"
        },
        imageLayerAggregation: {
          shape: "ImageLayerAggregationResponse"
        },
        lambdaFunctionAggregation: {
          shape: "LambdaFunctionAggregationResponse"
        },
        lambdaLayerAggregation: {
          shape: "LambdaLayerAggregationResponse"
        },
        packageAggregation: {
          shape: "PackageAggregationResponse"
        },
        repositoryAggregation: {
          shape: "RepositoryAggregationResponse"
        },
        titleAggregation: {
          shape: "TitleAggregationResponse"
        }
      },
      type: "structure",
      union: true
    },
    AggregationResponseList: {
      member: {
        shape: "AggregationResponse"
      },
      type: "list"
    },
    AggregationType: {
      enum: [
        "FINDING_TYPE",
        "PACKAGE",
        "TITLE",
        "REPOSITORY",
        "AMI",
        "AWS_EC2_INSTANCE",
        "AWS_ECR_CONTAINER",
        "IMAGE_LAYER",
        "ACCOUNT",
        "AWS_LAMBDA_FUNCTION",
        "LAMBDA_LAYER",
        "CODE_REPOSITORY"
      ],
      type: "string"
    },
    AmiAggregation: {
      members: {
        amis: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "AmiSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    AmiAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        affectedInstances: {
          shape: "Long"
        },
        ami: {
          shape: "AmiId"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "ami"
      ],
      type: "structure"
    },
    AmiId: {
      pattern: "ami-([a-z0-9]{8}|[a-z0-9]{17}|\\*)",
      type: "string"
    },
    AmiSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL",
        "AFFECTED_INSTANCES"
      ],
      type: "string"
    },
    Architecture: {
      enum: [
        "X86_64",
        "ARM64"
      ],
      type: "string"
    },
    ArchitectureList: {
      max: 1,
      member: {
        shape: "Architecture"
      },
      min: 1,
      type: "list"
    },
    Arn: {
      max: 1011,
      min: 1,
      type: "string"
    },
    AssociateConfigurationRequest: {
      members: {
        resource: {
          shape: "CodeSecurityResource"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn",
        "resource"
      ],
      type: "structure"
    },
    AssociateConfigurationRequestList: {
      max: 25,
      member: {
        shape: "AssociateConfigurationRequest"
      },
      min: 1,
      type: "list"
    },
    AssociateMemberRequest: {
      members: {
        accountId: {
          shape: "AccountId"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    AssociateMemberResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    AssociationResultStatusCode: {
      enum: [
        "INTERNAL_ERROR",
        "ACCESS_DENIED",
        "SCAN_CONFIGURATION_NOT_FOUND",
        "INVALID_INPUT",
        "RESOURCE_NOT_FOUND",
        "QUOTA_EXCEEDED"
      ],
      type: "string"
    },
    AssociationResultStatusMessage: {
      min: 1,
      type: "string"
    },
    AtigData: {
      members: {
        firstSeen: {
          shape: "FirstSeen"
        },
        lastSeen: {
          shape: "LastSeen"
        },
        targets: {
          shape: "Targets"
        },
        ttps: {
          shape: "Ttps"
        }
      },
      type: "structure"
    },
    AuthorizationUrl: {
      sensitive: true,
      type: "string"
    },
    AutoEnable: {
      members: {
        codeRepository: {
          shape: "Boolean"
        },
        ec2: {
          shape: "Boolean"
        },
        ecr: {
          shape: "Boolean"
        },
        lambda: {
          shape: "Boolean"
        },
        lambdaCode: {
          shape: "Boolean"
        }
      },
      required: [
        "ec2",
        "ecr"
      ],
      type: "structure"
    },
    AwsEc2InstanceDetails: {
      members: {
        iamInstanceProfileArn: {
          shape: "NonEmptyString"
        },
        imageId: {
          shape: "NonEmptyString"
        },
        ipV4Addresses: {
          shape: "IpV4AddressList"
        },
        ipV6Addresses: {
          shape: "IpV6AddressList"
        },
        keyName: {
          shape: "NonEmptyString"
        },
        launchedAt: {
          shape: "DateTimeTimestamp"
        },
        platform: {
          shape: "Platform"
        },
        subnetId: {
          shape: "NonEmptyString"
        },
        type: {
          shape: "NonEmptyString"
        },
        vpcId: {
          shape: "NonEmptyString"
        }
      },
      type: "structure"
    },
    AwsEcrContainerAggregation: {
      members: {
        architectures: {
          shape: "StringFilterList"
        },
        imageShas: {
          shape: "StringFilterList"
        },
        imageTags: {
          shape: "StringFilterList"
        },
        inUseCount: {
          shape: "NumberFilterList"
        },
        lastInUseAt: {
          shape: "DateFilterList"
        },
        repositories: {
          shape: "StringFilterList"
        },
        resourceIds: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "AwsEcrContainerSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    AwsEcrContainerAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        architecture: {
          shape: "String"
        },
        imageSha: {
          shape: "String"
        },
        imageTags: {
          shape: "StringList"
        },
        inUseCount: {
          shape: "Long"
        },
        lastInUseAt: {
          shape: "DateTimeTimestamp"
        },
        repository: {
          shape: "String"
        },
        resourceId: {
          shape: "NonEmptyString"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "resourceId"
      ],
      type: "structure"
    },
    AwsEcrContainerImageDetails: {
      members: {
        architecture: {
          shape: "NonEmptyString"
        },
        author: {
          shape: "String"
        },
        imageHash: {
          shape: "ImageHash"
        },
        imageTags: {
          shape: "ImageTagList"
        },
        inUseCount: {
          shape: "Long"
        },
        lastInUseAt: {
          shape: "DateTimeTimestamp"
        },
        platform: {
          shape: "Platform"
        },
        pushedAt: {
          shape: "DateTimeTimestamp"
        },
        registry: {
          shape: "NonEmptyString"
        },
        repositoryName: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "repositoryName",
        "imageHash",
        "registry"
      ],
      type: "structure"
    },
    AwsEcrContainerSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    AwsEcsMetadataDetails: {
      members: {
        detailsGroup: {
          shape: "AwsEcsMetadataDetailsDetailsGroupString"
        },
        taskDefinitionArn: {
          shape: "AwsEcsMetadataDetailsTaskDefinitionArnString"
        }
      },
      required: [
        "detailsGroup",
        "taskDefinitionArn"
      ],
      type: "structure"
    },
    AwsEcsMetadataDetailsDetailsGroupString: {
      max: 256,
      min: 1,
      type: "string"
    },
    AwsEcsMetadataDetailsTaskDefinitionArnString: {
      max: 2048,
      min: 1,
      type: "string"
    },
    AwsEksMetadataDetails: {
      members: {
        namespace: {
          shape: "AwsEksMetadataDetailsNamespaceString"
        },
        workloadInfoList: {
          shape: "AwsEksWorkloadInfoList"
        }
      },
      type: "structure"
    },
    AwsEksMetadataDetailsNamespaceString: {
      max: 256,
      min: 1,
      type: "string"
    },
    AwsEksWorkloadInfo: {
      members: {
        name: {
          shape: "AwsEksWorkloadInfoNameString"
        },
        type: {
          shape: "AwsEksWorkloadInfoTypeString"
        }
      },
      required: [
        "name",
        "type"
      ],
      type: "structure"
    },
    AwsEksWorkloadInfoList: {
      max: 100,
      member: {
        shape: "AwsEksWorkloadInfo"
      },
      min: 0,
      type: "list"
    },
    AwsEksWorkloadInfoNameString: {
      max: 256,
      min: 1,
      type: "string"
    },
    AwsEksWorkloadInfoTypeString: {
      max: 256,
      min: 1,
      type: "string"
    },
    AwsLambdaFunctionDetails: {
      members: {
        architectures: {
          shape: "ArchitectureList"
        },
        codeSha256: {
          shape: "NonEmptyString"
        },
        executionRoleArn: {
          shape: "ExecutionRoleArn"
        },
        functionName: {
          shape: "FunctionName"
        },
        lastModifiedAt: {
          shape: "Timestamp"
        },
        layers: {
          shape: "LayerList"
        },
        packageType: {
          shape: "PackageType"
        },
        runtime: {
          shape: "Runtime"
        },
        version: {
          shape: "Version"
        },
        vpcConfig: {
          shape: "LambdaVpcConfig"
        }
      },
      required: [
        "functionName",
        "runtime",
        "codeSha256",
        "version",
        "executionRoleArn"
      ],
      type: "structure"
    },
    BadRequestException: {
      error: {
        httpStatusCode: 400,
        senderFault: true
      },
      exception: true,
      members: {
        message: {
          shape: "String"
        }
      },
      required: [
        "message"
      ],
      type: "structure"
    },
    BatchAssociateCodeSecurityScanConfigurationRequest: {
      members: {
        associateConfigurationRequests: {
          shape: "AssociateConfigurationRequestList"
        }
      },
      required: [
        "associateConfigurationRequests"
      ],
      type: "structure"
    },
    BatchAssociateCodeSecurityScanConfigurationResponse: {
      members: {
        failedAssociations: {
          shape: "FailedAssociationResultList"
        },
        successfulAssociations: {
          shape: "SuccessfulAssociationResultList"
        }
      },
      type: "structure"
    },
    BatchDisassociateCodeSecurityScanConfigurationRequest: {
      members: {
        disassociateConfigurationRequests: {
          shape: "DisassociateConfigurationRequestList"
        }
      },
      required: [
        "disassociateConfigurationRequests"
      ],
      type: "structure"
    },
    BatchDisassociateCodeSecurityScanConfigurationResponse: {
      members: {
        failedAssociations: {
          shape: "FailedAssociationResultList"
        },
        successfulAssociations: {
          shape: "SuccessfulAssociationResultList"
        }
      },
      type: "structure"
    },
    BatchGetAccountStatusRequest: {
      members: {
        accountIds: {
          shape: "AccountIdSet"
        }
      },
      type: "structure"
    },
    BatchGetAccountStatusResponse: {
      members: {
        accounts: {
          shape: "AccountStateList"
        },
        failedAccounts: {
          shape: "FailedAccountList"
        }
      },
      required: [
        "accounts"
      ],
      type: "structure"
    },
    BatchGetCodeSnippetRequest: {
      members: {
        findingArns: {
          shape: "BatchGetCodeSnippetRequestFindingArnsList"
        }
      },
      required: [
        "findingArns"
      ],
      type: "structure"
    },
    BatchGetCodeSnippetRequestFindingArnsList: {
      max: 10,
      member: {
        shape: "FindingArn"
      },
      min: 1,
      type: "list"
    },
    BatchGetCodeSnippetResponse: {
      members: {
        codeSnippetResults: {
          shape: "CodeSnippetResultList"
        },
        errors: {
          shape: "CodeSnippetErrorList"
        }
      },
      type: "structure"
    },
    BatchGetFindingDetailsRequest: {
      members: {
        findingArns: {
          shape: "FindingArnList"
        }
      },
      required: [
        "findingArns"
      ],
      type: "structure"
    },
    BatchGetFindingDetailsResponse: {
      members: {
        errors: {
          shape: "FindingDetailsErrorList"
        },
        findingDetails: {
          shape: "FindingDetails"
        }
      },
      type: "structure"
    },
    BatchGetFreeTrialInfoRequest: {
      members: {
        accountIds: {
          shape: "BatchGetFreeTrialInfoRequestAccountIdsList"
        }
      },
      required: [
        "accountIds"
      ],
      type: "structure"
    },
    BatchGetFreeTrialInfoRequestAccountIdsList: {
      max: 100,
      member: {
        shape: "MeteringAccountId"
      },
      min: 1,
      type: "list"
    },
    BatchGetFreeTrialInfoResponse: {
      members: {
        accounts: {
          shape: "FreeTrialAccountInfoList"
        },
        failedAccounts: {
          shape: "FreeTrialInfoErrorList"
        }
      },
      required: [
        "accounts",
        "failedAccounts"
      ],
      type: "structure"
    },
    BatchGetMemberEc2DeepInspectionStatusRequest: {
      members: {
        accountIds: {
          shape: "AccountIdSet"
        }
      },
      type: "structure"
    },
    BatchGetMemberEc2DeepInspectionStatusResponse: {
      members: {
        accountIds: {
          shape: "MemberAccountEc2DeepInspectionStatusStateList"
        },
        failedAccountIds: {
          shape: "FailedMemberAccountEc2DeepInspectionStatusStateList"
        }
      },
      type: "structure"
    },
    BatchUpdateMemberEc2DeepInspectionStatusRequest: {
      members: {
        accountIds: {
          shape: "MemberAccountEc2DeepInspectionStatusList"
        }
      },
      required: [
        "accountIds"
      ],
      type: "structure"
    },
    BatchUpdateMemberEc2DeepInspectionStatusResponse: {
      members: {
        accountIds: {
          shape: "MemberAccountEc2DeepInspectionStatusStateList"
        },
        failedAccountIds: {
          shape: "FailedMemberAccountEc2DeepInspectionStatusStateList"
        }
      },
      type: "structure"
    },
    BenchmarkProfile: {
      max: 128,
      min: 0,
      type: "string"
    },
    BenchmarkVersion: {
      max: 8,
      min: 0,
      type: "string"
    },
    Boolean: {
      box: true,
      type: "boolean"
    },
    CancelFindingsReportRequest: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      required: [
        "reportId"
      ],
      type: "structure"
    },
    CancelFindingsReportResponse: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      required: [
        "reportId"
      ],
      type: "structure"
    },
    CancelSbomExportRequest: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      required: [
        "reportId"
      ],
      type: "structure"
    },
    CancelSbomExportResponse: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      type: "structure"
    },
    CheckCount: {
      max: 65536,
      min: 0,
      type: "integer"
    },
    CheckIdFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    CisAccountIdList: {
      max: 1e4,
      member: {
        shape: "AccountId"
      },
      min: 1,
      type: "list"
    },
    CisCheckAggregation: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        checkDescription: {
          shape: "String"
        },
        checkId: {
          shape: "String"
        },
        level: {
          shape: "CisSecurityLevel"
        },
        platform: {
          shape: "String"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        statusCounts: {
          shape: "StatusCounts"
        },
        title: {
          shape: "String"
        }
      },
      required: [
        "scanArn"
      ],
      type: "structure"
    },
    CisCheckAggregationList: {
      max: 1e3,
      member: {
        shape: "CisCheckAggregation"
      },
      min: 1,
      type: "list"
    },
    CisDateFilter: {
      members: {
        earliestScanStartTime: {
          shape: "Timestamp"
        },
        latestScanStartTime: {
          shape: "Timestamp"
        }
      },
      type: "structure"
    },
    CisFindingArn: {
      pattern: "arn:aws(-gov|-cn)?:inspector2:[-.a-z0-9]{0,20}:\\d{12}:owner/\\d{12}/cis-finding/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
      type: "string"
    },
    CisFindingArnFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    CisFindingStatus: {
      enum: [
        "PASSED",
        "FAILED",
        "SKIPPED"
      ],
      type: "string"
    },
    CisFindingStatusComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    CisFindingStatusFilter: {
      members: {
        comparison: {
          shape: "CisFindingStatusComparison"
        },
        value: {
          shape: "CisFindingStatus"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisFindingStatusFilterList: {
      max: 10,
      member: {
        shape: "CisFindingStatusFilter"
      },
      min: 1,
      type: "list"
    },
    CisNumberFilter: {
      members: {
        lowerInclusive: {
          shape: "Integer"
        },
        upperInclusive: {
          shape: "Integer"
        }
      },
      type: "structure"
    },
    CisNumberFilterList: {
      max: 10,
      member: {
        shape: "CisNumberFilter"
      },
      min: 1,
      type: "list"
    },
    CisOwnerId: {
      pattern: "\\d{12}|o-[a-z0-9]{10,32}",
      type: "string"
    },
    CisReportFormat: {
      enum: [
        "PDF",
        "CSV"
      ],
      type: "string"
    },
    CisReportStatus: {
      enum: [
        "SUCCEEDED",
        "FAILED",
        "IN_PROGRESS"
      ],
      type: "string"
    },
    CisResultStatus: {
      enum: [
        "PASSED",
        "FAILED",
        "SKIPPED"
      ],
      type: "string"
    },
    CisResultStatusComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    CisResultStatusFilter: {
      members: {
        comparison: {
          shape: "CisResultStatusComparison"
        },
        value: {
          shape: "CisResultStatus"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisResultStatusFilterList: {
      max: 10,
      member: {
        shape: "CisResultStatusFilter"
      },
      min: 1,
      type: "list"
    },
    CisRuleDetails: {
      max: 1e3,
      min: 0,
      type: "blob"
    },
    CisRuleStatus: {
      enum: [
        "FAILED",
        "PASSED",
        "NOT_EVALUATED",
        "INFORMATIONAL",
        "UNKNOWN",
        "NOT_APPLICABLE",
        "ERROR"
      ],
      type: "string"
    },
    CisScan: {
      members: {
        failedChecks: {
          shape: "Integer"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        },
        scanDate: {
          shape: "Timestamp"
        },
        scanName: {
          shape: "CisScanName"
        },
        scheduledBy: {
          shape: "String"
        },
        securityLevel: {
          shape: "CisSecurityLevel"
        },
        status: {
          shape: "CisScanStatus"
        },
        targets: {
          shape: "CisTargets"
        },
        totalChecks: {
          shape: "Integer"
        }
      },
      required: [
        "scanArn",
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    CisScanArn: {
      pattern: "arn:aws(-us-gov|-cn)?:inspector2:[-.a-z0-9]{0,20}:\\d{12}:owner/(\\d{12}|o-[a-z0-9]{10,32})/cis-scan/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
      type: "string"
    },
    CisScanArnFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    CisScanConfiguration: {
      members: {
        ownerId: {
          shape: "CisOwnerId"
        },
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        },
        scanName: {
          shape: "CisScanName"
        },
        schedule: {
          shape: "Schedule"
        },
        securityLevel: {
          shape: "CisSecurityLevel"
        },
        tags: {
          shape: "CisTagMap"
        },
        targets: {
          shape: "CisTargets"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    CisScanConfigurationArn: {
      pattern: "arn:aws(-us-gov|-cn)?:inspector2:[a-z]{2}(-gov)?-[a-z]+-[0-9]{1}:[0-9]{12}:owner/(o-[a-z0-9]+|[0-9]{12})/cis-configuration/[0-9a-fA-F-]+",
      type: "string"
    },
    CisScanConfigurationArnFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    CisScanConfigurationList: {
      max: 100,
      member: {
        shape: "CisScanConfiguration"
      },
      min: 0,
      type: "list"
    },
    CisScanConfigurationsSortBy: {
      enum: [
        "SCAN_NAME",
        "SCAN_CONFIGURATION_ARN"
      ],
      type: "string"
    },
    CisScanDateFilterList: {
      max: 1,
      member: {
        shape: "CisDateFilter"
      },
      min: 1,
      type: "list"
    },
    CisScanList: {
      max: 50,
      member: {
        shape: "CisScan"
      },
      min: 0,
      type: "list"
    },
    CisScanName: {
      max: 128,
      min: 1,
      type: "string"
    },
    CisScanNameFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    CisScanResultDetails: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        checkDescription: {
          shape: "String"
        },
        checkId: {
          shape: "String"
        },
        findingArn: {
          shape: "CisFindingArn"
        },
        level: {
          shape: "CisSecurityLevel"
        },
        platform: {
          shape: "String"
        },
        remediation: {
          shape: "String"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        status: {
          shape: "CisFindingStatus"
        },
        statusReason: {
          shape: "String"
        },
        targetResourceId: {
          shape: "ResourceId"
        },
        title: {
          shape: "String"
        }
      },
      required: [
        "scanArn"
      ],
      type: "structure"
    },
    CisScanResultDetailsFilterCriteria: {
      members: {
        checkIdFilters: {
          shape: "CheckIdFilterList"
        },
        findingArnFilters: {
          shape: "CisFindingArnFilterList"
        },
        findingStatusFilters: {
          shape: "CisFindingStatusFilterList"
        },
        securityLevelFilters: {
          shape: "CisSecurityLevelFilterList"
        },
        titleFilters: {
          shape: "TitleFilterList"
        }
      },
      type: "structure"
    },
    CisScanResultDetailsList: {
      max: 1e3,
      member: {
        shape: "CisScanResultDetails"
      },
      min: 1,
      type: "list"
    },
    CisScanResultDetailsSortBy: {
      enum: [
        "CHECK_ID",
        "STATUS"
      ],
      type: "string"
    },
    CisScanResultsAggregatedByChecksFilterCriteria: {
      members: {
        accountIdFilters: {
          shape: "OneAccountIdFilterList"
        },
        checkIdFilters: {
          shape: "CheckIdFilterList"
        },
        failedResourcesFilters: {
          shape: "CisNumberFilterList"
        },
        platformFilters: {
          shape: "PlatformFilterList"
        },
        securityLevelFilters: {
          shape: "CisSecurityLevelFilterList"
        },
        titleFilters: {
          shape: "TitleFilterList"
        }
      },
      type: "structure"
    },
    CisScanResultsAggregatedByChecksSortBy: {
      enum: [
        "CHECK_ID",
        "TITLE",
        "PLATFORM",
        "FAILED_COUNTS",
        "SECURITY_LEVEL"
      ],
      type: "string"
    },
    CisScanResultsAggregatedByTargetResourceFilterCriteria: {
      members: {
        accountIdFilters: {
          shape: "AccountIdFilterList"
        },
        checkIdFilters: {
          shape: "CheckIdFilterList"
        },
        failedChecksFilters: {
          shape: "CisNumberFilterList"
        },
        platformFilters: {
          shape: "PlatformFilterList"
        },
        statusFilters: {
          shape: "CisResultStatusFilterList"
        },
        targetResourceIdFilters: {
          shape: "ResourceIdFilterList"
        },
        targetResourceTagFilters: {
          shape: "ResourceTagFilterList"
        },
        targetStatusFilters: {
          shape: "TargetStatusFilterList"
        },
        targetStatusReasonFilters: {
          shape: "TargetStatusReasonFilterList"
        }
      },
      type: "structure"
    },
    CisScanResultsAggregatedByTargetResourceSortBy: {
      enum: [
        "RESOURCE_ID",
        "FAILED_COUNTS",
        "ACCOUNT_ID",
        "PLATFORM",
        "TARGET_STATUS",
        "TARGET_STATUS_REASON"
      ],
      type: "string"
    },
    CisScanResultsMaxResults: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    CisScanStatus: {
      enum: [
        "FAILED",
        "COMPLETED",
        "CANCELLED",
        "IN_PROGRESS"
      ],
      type: "string"
    },
    CisScanStatusComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    CisScanStatusFilter: {
      members: {
        comparison: {
          shape: "CisScanStatusComparison"
        },
        value: {
          shape: "CisScanStatus"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisScanStatusFilterList: {
      max: 10,
      member: {
        shape: "CisScanStatusFilter"
      },
      min: 1,
      type: "list"
    },
    CisScheduledByFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    CisSecurityLevel: {
      enum: [
        "LEVEL_1",
        "LEVEL_2"
      ],
      type: "string"
    },
    CisSecurityLevelComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    CisSecurityLevelFilter: {
      members: {
        comparison: {
          shape: "CisSecurityLevelComparison"
        },
        value: {
          shape: "CisSecurityLevel"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisSecurityLevelFilterList: {
      max: 10,
      member: {
        shape: "CisSecurityLevelFilter"
      },
      min: 1,
      type: "list"
    },
    CisSessionMessage: {
      members: {
        cisRuleDetails: {
          shape: "CisRuleDetails"
        },
        ruleId: {
          shape: "RuleId"
        },
        status: {
          shape: "CisRuleStatus"
        }
      },
      required: [
        "ruleId",
        "status",
        "cisRuleDetails"
      ],
      type: "structure"
    },
    CisSessionMessages: {
      max: 150,
      member: {
        shape: "CisSessionMessage"
      },
      min: 1,
      type: "list"
    },
    CisSortOrder: {
      enum: [
        "ASC",
        "DESC"
      ],
      type: "string"
    },
    CisStringComparison: {
      enum: [
        "EQUALS",
        "PREFIX",
        "NOT_EQUALS"
      ],
      type: "string"
    },
    CisStringFilter: {
      members: {
        comparison: {
          shape: "CisStringComparison"
        },
        value: {
          shape: "String"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisTagMap: {
      key: {
        shape: "MapKey"
      },
      type: "map",
      value: {
        shape: "MapValue"
      }
    },
    CisTargetResourceAggregation: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        platform: {
          shape: "String"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        statusCounts: {
          shape: "StatusCounts"
        },
        targetResourceId: {
          shape: "ResourceId"
        },
        targetResourceTags: {
          shape: "TargetResourceTags"
        },
        targetStatus: {
          shape: "CisTargetStatus"
        },
        targetStatusReason: {
          shape: "CisTargetStatusReason"
        }
      },
      required: [
        "scanArn"
      ],
      type: "structure"
    },
    CisTargetResourceAggregationList: {
      max: 1e3,
      member: {
        shape: "CisTargetResourceAggregation"
      },
      min: 1,
      type: "list"
    },
    CisTargetStatus: {
      enum: [
        "TIMED_OUT",
        "CANCELLED",
        "COMPLETED"
      ],
      type: "string"
    },
    CisTargetStatusComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    CisTargetStatusFilter: {
      members: {
        comparison: {
          shape: "CisTargetStatusComparison"
        },
        value: {
          shape: "CisTargetStatus"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisTargetStatusReason: {
      enum: [
        "SCAN_IN_PROGRESS",
        "UNSUPPORTED_OS",
        "SSM_UNMANAGED"
      ],
      type: "string"
    },
    CisTargetStatusReasonFilter: {
      members: {
        comparison: {
          shape: "CisTargetStatusComparison"
        },
        value: {
          shape: "CisTargetStatusReason"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CisTargets: {
      members: {
        accountIds: {
          shape: "CisAccountIdList"
        },
        targetResourceTags: {
          shape: "TargetResourceTags"
        }
      },
      type: "structure"
    },
    CisaAction: {
      min: 0,
      type: "string"
    },
    CisaData: {
      members: {
        action: {
          shape: "CisaAction"
        },
        dateAdded: {
          shape: "CisaDateAdded"
        },
        dateDue: {
          shape: "CisaDateDue"
        }
      },
      type: "structure"
    },
    CisaDateAdded: {
      type: "timestamp"
    },
    CisaDateDue: {
      type: "timestamp"
    },
    ClientToken: {
      max: 64,
      min: 1,
      type: "string"
    },
    ClusterDetails: {
      members: {
        clusterMetadata: {
          shape: "ClusterMetadata"
        },
        lastInUse: {
          shape: "Timestamp"
        },
        runningUnitCount: {
          shape: "Long"
        },
        stoppedUnitCount: {
          shape: "Long"
        }
      },
      required: [
        "lastInUse",
        "clusterMetadata"
      ],
      type: "structure"
    },
    ClusterForImageFilterCriteria: {
      members: {
        resourceId: {
          shape: "ClusterForImageFilterCriteriaResourceIdString"
        }
      },
      required: [
        "resourceId"
      ],
      type: "structure"
    },
    ClusterForImageFilterCriteriaResourceIdString: {
      pattern: "arn:.*:ecr:.*:\\d{12}:repository\\/(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*(\\/sha256:[a-z0-9]{64})?",
      type: "string"
    },
    ClusterInformation: {
      members: {
        clusterArn: {
          shape: "ClusterInformationClusterArnString"
        },
        clusterDetails: {
          shape: "ClusterInformationClusterDetailsList"
        }
      },
      required: [
        "clusterArn"
      ],
      type: "structure"
    },
    ClusterInformationClusterArnString: {
      max: 2048,
      min: 1,
      pattern: "arn:aws(?:-[a-z0-9-]+)?:(?:ecs|eks):[a-z0-9-]+:[0-9]{12}:cluster/[a-zA-Z0-9_-]+",
      type: "string"
    },
    ClusterInformationClusterDetailsList: {
      max: 100,
      member: {
        shape: "ClusterDetails"
      },
      min: 1,
      type: "list"
    },
    ClusterInformationList: {
      max: 100,
      member: {
        shape: "ClusterInformation"
      },
      min: 1,
      type: "list"
    },
    ClusterMetadata: {
      members: {
        awsEcsMetadataDetails: {
          shape: "AwsEcsMetadataDetails"
        },
        awsEksMetadataDetails: {
          shape: "AwsEksMetadataDetails"
        }
      },
      type: "structure",
      union: true
    },
    CodeFilePath: {
      members: {
        endLine: {
          shape: "Integer"
        },
        fileName: {
          shape: "NonEmptyString"
        },
        filePath: {
          shape: "NonEmptyString"
        },
        startLine: {
          shape: "Integer"
        }
      },
      required: [
        "fileName",
        "filePath",
        "startLine",
        "endLine"
      ],
      type: "structure"
    },
    CodeLine: {
      members: {
        content: {
          shape: "CodeLineContentString"
        },
        lineNumber: {
          shape: "Integer"
        }
      },
      required: [
        "content",
        "lineNumber"
      ],
      type: "structure"
    },
    CodeLineContentString: {
      max: 240,
      min: 0,
      type: "string"
    },
    CodeLineList: {
      max: 20,
      member: {
        shape: "CodeLine"
      },
      min: 1,
      type: "list"
    },
    CodeRepositoryAggregation: {
      members: {
        projectNames: {
          shape: "StringFilterList"
        },
        providerTypes: {
          shape: "StringFilterList"
        },
        resourceIds: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "CodeRepositorySortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    CodeRepositoryAggregationResponse: {
      members: {
        accountId: {
          shape: "String"
        },
        exploitAvailableActiveFindingsCount: {
          shape: "Long"
        },
        fixAvailableActiveFindingsCount: {
          shape: "Long"
        },
        projectNames: {
          shape: "String"
        },
        providerType: {
          shape: "String"
        },
        resourceId: {
          shape: "String"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "projectNames"
      ],
      type: "structure"
    },
    CodeRepositoryDetails: {
      members: {
        integrationArn: {
          shape: "CodeRepositoryIntegrationArn"
        },
        projectName: {
          shape: "CodeRepositoryProjectName"
        },
        providerType: {
          shape: "CodeRepositoryProviderType"
        }
      },
      type: "structure"
    },
    CodeRepositoryIntegrationArn: {
      pattern: "arn:(aws[a-zA-Z-]*)?:inspector2:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:codesecurity-integration\\/[a-f0-9-]{36}",
      type: "string"
    },
    CodeRepositoryMetadata: {
      members: {
        integrationArn: {
          shape: "CodeRepositoryIntegrationArn"
        },
        lastScannedCommitId: {
          shape: "CommitId"
        },
        onDemandScan: {
          shape: "CodeRepositoryOnDemandScan"
        },
        projectName: {
          shape: "CodeRepositoryMetadataProjectNameString"
        },
        providerType: {
          shape: "CodeRepositoryMetadataProviderTypeString"
        },
        providerTypeVisibility: {
          shape: "CodeRepositoryMetadataProviderTypeVisibilityString"
        },
        scanConfiguration: {
          shape: "ProjectCodeSecurityScanConfiguration"
        }
      },
      required: [
        "projectName",
        "providerType",
        "providerTypeVisibility"
      ],
      type: "structure"
    },
    CodeRepositoryMetadataProjectNameString: {
      max: 300,
      min: 1,
      type: "string"
    },
    CodeRepositoryMetadataProviderTypeString: {
      max: 300,
      min: 1,
      type: "string"
    },
    CodeRepositoryMetadataProviderTypeVisibilityString: {
      max: 300,
      min: 1,
      type: "string"
    },
    CodeRepositoryOnDemandScan: {
      members: {
        lastScanAt: {
          shape: "DateTimeTimestamp"
        },
        lastScannedCommitId: {
          shape: "CommitId"
        },
        scanStatus: {
          shape: "ScanStatus"
        }
      },
      type: "structure"
    },
    CodeRepositoryProjectName: {
      max: 512,
      min: 1,
      type: "string"
    },
    CodeRepositoryProviderType: {
      enum: [
        "GITHUB",
        "GITLAB_SELF_MANAGED"
      ],
      type: "string"
    },
    CodeRepositorySortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    CodeScanStatus: {
      enum: [
        "IN_PROGRESS",
        "SUCCESSFUL",
        "FAILED",
        "SKIPPED"
      ],
      type: "string"
    },
    CodeSecurityClientToken: {
      max: 64,
      min: 1,
      pattern: "[\\S]+",
      type: "string"
    },
    CodeSecurityIntegrationArn: {
      pattern: "arn:(aws[a-zA-Z-]*)?:inspector2:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:codesecurity-integration/[a-f0-9-]{36}",
      type: "string"
    },
    CodeSecurityIntegrationSummary: {
      members: {
        createdOn: {
          shape: "Timestamp"
        },
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        },
        lastUpdateOn: {
          shape: "Timestamp"
        },
        name: {
          shape: "IntegrationName"
        },
        status: {
          shape: "IntegrationStatus"
        },
        statusReason: {
          shape: "String"
        },
        tags: {
          shape: "TagMap"
        },
        type: {
          shape: "IntegrationType"
        }
      },
      required: [
        "integrationArn",
        "name",
        "type",
        "status",
        "statusReason",
        "createdOn",
        "lastUpdateOn"
      ],
      type: "structure"
    },
    CodeSecurityResource: {
      members: {
        projectId: {
          shape: "ProjectId"
        }
      },
      type: "structure",
      union: true
    },
    CodeSecurityScanConfiguration: {
      members: {
        continuousIntegrationScanConfiguration: {
          shape: "ContinuousIntegrationScanConfiguration"
        },
        periodicScanConfiguration: {
          shape: "PeriodicScanConfiguration"
        },
        ruleSetCategories: {
          shape: "RuleSetCategories"
        }
      },
      required: [
        "ruleSetCategories"
      ],
      type: "structure"
    },
    CodeSecurityScanConfigurationAssociationSummaries: {
      member: {
        shape: "CodeSecurityScanConfigurationAssociationSummary"
      },
      type: "list"
    },
    CodeSecurityScanConfigurationAssociationSummary: {
      members: {
        resource: {
          shape: "CodeSecurityResource"
        }
      },
      type: "structure"
    },
    CodeSecurityScanConfigurationSummaries: {
      member: {
        shape: "CodeSecurityScanConfigurationSummary"
      },
      type: "list"
    },
    CodeSecurityScanConfigurationSummary: {
      members: {
        continuousIntegrationScanSupportedEvents: {
          shape: "ContinuousIntegrationScanSupportedEvents"
        },
        frequencyExpression: {
          shape: "FrequencyExpression"
        },
        name: {
          shape: "ScanConfigurationName"
        },
        ownerAccountId: {
          shape: "OwnerId"
        },
        periodicScanFrequency: {
          shape: "PeriodicScanFrequency"
        },
        ruleSetCategories: {
          shape: "RuleSetCategories"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        },
        scopeSettings: {
          shape: "ScopeSettings"
        },
        tags: {
          shape: "TagMap"
        }
      },
      required: [
        "scanConfigurationArn",
        "name",
        "ownerAccountId",
        "ruleSetCategories"
      ],
      type: "structure"
    },
    CodeSecurityUuid: {
      pattern: "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      type: "string"
    },
    CodeSnippetError: {
      members: {
        errorCode: {
          shape: "CodeSnippetErrorCode"
        },
        errorMessage: {
          shape: "NonEmptyString"
        },
        findingArn: {
          shape: "FindingArn"
        }
      },
      required: [
        "findingArn",
        "errorCode",
        "errorMessage"
      ],
      type: "structure"
    },
    CodeSnippetErrorCode: {
      enum: [
        "INTERNAL_ERROR",
        "ACCESS_DENIED",
        "CODE_SNIPPET_NOT_FOUND",
        "INVALID_INPUT"
      ],
      type: "string"
    },
    CodeSnippetErrorList: {
      member: {
        shape: "CodeSnippetError"
      },
      type: "list"
    },
    CodeSnippetResult: {
      members: {
        codeSnippet: {
          shape: "CodeLineList"
        },
        endLine: {
          shape: "Integer"
        },
        findingArn: {
          shape: "FindingArn"
        },
        startLine: {
          shape: "Integer"
        },
        suggestedFixes: {
          shape: "SuggestedFixes"
        }
      },
      type: "structure"
    },
    CodeSnippetResultList: {
      member: {
        shape: "CodeSnippetResult"
      },
      type: "list"
    },
    CodeVulnerabilityDetails: {
      members: {
        cwes: {
          shape: "CweList"
        },
        detectorId: {
          shape: "NonEmptyString"
        },
        detectorName: {
          shape: "NonEmptyString"
        },
        detectorTags: {
          shape: "DetectorTagList"
        },
        filePath: {
          shape: "CodeFilePath"
        },
        referenceUrls: {
          shape: "ReferenceUrls"
        },
        ruleId: {
          shape: "NonEmptyString"
        },
        sourceLambdaLayerArn: {
          shape: "LambdaLayerArn"
        }
      },
      required: [
        "filePath",
        "detectorId",
        "detectorName",
        "cwes"
      ],
      type: "structure"
    },
    CommitId: {
      max: 40,
      min: 0,
      pattern: "([a-f0-9]{40})",
      type: "string"
    },
    Component: {
      type: "string"
    },
    ComponentArn: {
      type: "string"
    },
    ComponentType: {
      type: "string"
    },
    ComputePlatform: {
      members: {
        product: {
          shape: "Product"
        },
        vendor: {
          shape: "Vendor"
        },
        version: {
          shape: "PlatformVersion"
        }
      },
      type: "structure"
    },
    ConfigurationLevel: {
      enum: [
        "ORGANIZATION",
        "ACCOUNT"
      ],
      type: "string"
    },
    ConflictException: {
      error: {
        httpStatusCode: 409,
        senderFault: true
      },
      exception: true,
      members: {
        message: {
          shape: "String"
        },
        resourceId: {
          shape: "String"
        },
        resourceType: {
          shape: "String"
        }
      },
      required: [
        "message",
        "resourceId",
        "resourceType"
      ],
      type: "structure"
    },
    ContinuousIntegrationScanConfiguration: {
      members: {
        supportedEvents: {
          shape: "ContinuousIntegrationScanSupportedEvents"
        }
      },
      required: [
        "supportedEvents"
      ],
      type: "structure"
    },
    ContinuousIntegrationScanEvent: {
      enum: [
        "PULL_REQUEST",
        "PUSH"
      ],
      type: "string"
    },
    ContinuousIntegrationScanSupportedEvents: {
      max: 2,
      member: {
        shape: "ContinuousIntegrationScanEvent"
      },
      min: 1,
      type: "list"
    },
    Counts: {
      members: {
        count: {
          shape: "AggCounts"
        },
        groupKey: {
          shape: "GroupKey"
        }
      },
      type: "structure"
    },
    CountsList: {
      max: 5,
      member: {
        shape: "Counts"
      },
      min: 1,
      type: "list"
    },
    CoverageDateFilter: {
      members: {
        endInclusive: {
          shape: "DateTimeTimestamp"
        },
        startInclusive: {
          shape: "DateTimeTimestamp"
        }
      },
      type: "structure"
    },
    CoverageDateFilterList: {
      max: 10,
      member: {
        shape: "CoverageDateFilter"
      },
      min: 1,
      type: "list"
    },
    CoverageFilterCriteria: {
      members: {
        accountId: {
          shape: "CoverageStringFilterList"
        },
        codeRepositoryProjectName: {
          shape: "CoverageStringFilterList"
        },
        codeRepositoryProviderType: {
          shape: "CoverageStringFilterList"
        },
        codeRepositoryProviderTypeVisibility: {
          shape: "CoverageStringFilterList"
        },
        ec2InstanceTags: {
          shape: "CoverageMapFilterList"
        },
        ecrImageInUseCount: {
          shape: "CoverageNumberFilterList"
        },
        ecrImageLastInUseAt: {
          shape: "CoverageDateFilterList"
        },
        ecrImageTags: {
          shape: "CoverageStringFilterList"
        },
        ecrRepositoryName: {
          shape: "CoverageStringFilterList"
        },
        imagePulledAt: {
          shape: "CoverageDateFilterList"
        },
        lambdaFunctionName: {
          shape: "CoverageStringFilterList"
        },
        lambdaFunctionRuntime: {
          shape: "CoverageStringFilterList"
        },
        lambdaFunctionTags: {
          shape: "CoverageMapFilterList"
        },
        lastScannedAt: {
          shape: "CoverageDateFilterList"
        },
        lastScannedCommitId: {
          shape: "CoverageStringFilterList"
        },
        resourceId: {
          shape: "CoverageStringFilterList"
        },
        resourceType: {
          shape: "CoverageStringFilterList"
        },
        scanMode: {
          shape: "CoverageStringFilterList"
        },
        scanStatusCode: {
          shape: "CoverageStringFilterList"
        },
        scanStatusReason: {
          shape: "CoverageStringFilterList"
        },
        scanType: {
          shape: "CoverageStringFilterList"
        }
      },
      type: "structure"
    },
    CoverageMapComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    CoverageMapFilter: {
      members: {
        comparison: {
          shape: "CoverageMapComparison"
        },
        key: {
          shape: "NonEmptyString"
        },
        value: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "comparison",
        "key"
      ],
      type: "structure"
    },
    CoverageMapFilterList: {
      max: 10,
      member: {
        shape: "CoverageMapFilter"
      },
      min: 1,
      type: "list"
    },
    CoverageNumberFilter: {
      members: {
        lowerInclusive: {
          shape: "Long"
        },
        upperInclusive: {
          shape: "Long"
        }
      },
      type: "structure"
    },
    CoverageNumberFilterList: {
      max: 10,
      member: {
        shape: "CoverageNumberFilter"
      },
      min: 1,
      type: "list"
    },
    CoverageResourceType: {
      enum: [
        "AWS_EC2_INSTANCE",
        "AWS_ECR_CONTAINER_IMAGE",
        "AWS_ECR_REPOSITORY",
        "AWS_LAMBDA_FUNCTION",
        "CODE_REPOSITORY"
      ],
      type: "string"
    },
    CoverageStringComparison: {
      enum: [
        "EQUALS",
        "NOT_EQUALS"
      ],
      type: "string"
    },
    CoverageStringFilter: {
      members: {
        comparison: {
          shape: "CoverageStringComparison"
        },
        value: {
          shape: "CoverageStringInput"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    CoverageStringFilterList: {
      max: 10,
      member: {
        shape: "CoverageStringFilter"
      },
      min: 1,
      type: "list"
    },
    CoverageStringInput: {
      max: 1024,
      min: 1,
      type: "string"
    },
    CoveredResource: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        lastScannedAt: {
          shape: "DateTimeTimestamp"
        },
        resourceId: {
          shape: "ResourceId"
        },
        resourceMetadata: {
          shape: "ResourceScanMetadata"
        },
        resourceType: {
          shape: "CoverageResourceType"
        },
        scanMode: {
          shape: "ScanMode"
        },
        scanStatus: {
          shape: "ScanStatus"
        },
        scanType: {
          shape: "ScanType"
        }
      },
      required: [
        "resourceType",
        "resourceId",
        "accountId",
        "scanType"
      ],
      type: "structure"
    },
    CoveredResources: {
      member: {
        shape: "CoveredResource"
      },
      type: "list"
    },
    CreateCisScanConfigurationRequest: {
      members: {
        scanName: {
          shape: "CisScanName"
        },
        schedule: {
          shape: "Schedule"
        },
        securityLevel: {
          shape: "CisSecurityLevel"
        },
        tags: {
          shape: "CisTagMap"
        },
        targets: {
          shape: "CreateCisTargets"
        }
      },
      required: [
        "scanName",
        "securityLevel",
        "schedule",
        "targets"
      ],
      type: "structure"
    },
    CreateCisScanConfigurationResponse: {
      members: {
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        }
      },
      type: "structure"
    },
    CreateCisTargets: {
      members: {
        accountIds: {
          shape: "TargetAccountList"
        },
        targetResourceTags: {
          shape: "TargetResourceTags"
        }
      },
      required: [
        "accountIds",
        "targetResourceTags"
      ],
      type: "structure"
    },
    CreateCodeSecurityIntegrationRequest: {
      members: {
        details: {
          shape: "CreateIntegrationDetail"
        },
        name: {
          shape: "IntegrationName"
        },
        tags: {
          shape: "TagMap"
        },
        type: {
          shape: "IntegrationType"
        }
      },
      required: [
        "name",
        "type"
      ],
      type: "structure"
    },
    CreateCodeSecurityIntegrationResponse: {
      members: {
        authorizationUrl: {
          shape: "AuthorizationUrl"
        },
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        },
        status: {
          shape: "IntegrationStatus"
        }
      },
      required: [
        "integrationArn",
        "status"
      ],
      type: "structure"
    },
    CreateCodeSecurityScanConfigurationRequest: {
      members: {
        configuration: {
          shape: "CodeSecurityScanConfiguration"
        },
        level: {
          shape: "ConfigurationLevel"
        },
        name: {
          shape: "ScanConfigurationName"
        },
        scopeSettings: {
          shape: "ScopeSettings"
        },
        tags: {
          shape: "TagMap"
        }
      },
      required: [
        "name",
        "level",
        "configuration"
      ],
      type: "structure"
    },
    CreateCodeSecurityScanConfigurationResponse: {
      members: {
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    CreateFilterRequest: {
      members: {
        action: {
          shape: "FilterAction"
        },
        description: {
          shape: "FilterDescription"
        },
        filterCriteria: {
          shape: "FilterCriteria"
        },
        name: {
          shape: "FilterName"
        },
        reason: {
          shape: "FilterReason"
        },
        tags: {
          shape: "TagMap"
        }
      },
      required: [
        "action",
        "filterCriteria",
        "name"
      ],
      type: "structure"
    },
    CreateFilterResponse: {
      members: {
        arn: {
          shape: "FilterArn"
        }
      },
      required: [
        "arn"
      ],
      type: "structure"
    },
    CreateFindingsReportRequest: {
      members: {
        filterCriteria: {
          shape: "FilterCriteria"
        },
        reportFormat: {
          shape: "ReportFormat"
        },
        s3Destination: {
          shape: "Destination"
        }
      },
      required: [
        "reportFormat",
        "s3Destination"
      ],
      type: "structure"
    },
    CreateFindingsReportResponse: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      type: "structure"
    },
    CreateGitLabSelfManagedIntegrationDetail: {
      members: {
        accessToken: {
          shape: "GitLabAccessToken"
        },
        instanceUrl: {
          shape: "InstanceUrl"
        }
      },
      required: [
        "instanceUrl",
        "accessToken"
      ],
      type: "structure"
    },
    CreateIntegrationDetail: {
      members: {
        gitlabSelfManaged: {
          shape: "CreateGitLabSelfManagedIntegrationDetail"
        }
      },
      type: "structure",
      union: true
    },
    CreateSbomExportRequest: {
      members: {
        reportFormat: {
          shape: "SbomReportFormat"
        },
        resourceFilterCriteria: {
          shape: "ResourceFilterCriteria"
        },
        s3Destination: {
          shape: "Destination"
        }
      },
      required: [
        "reportFormat",
        "s3Destination"
      ],
      type: "structure"
    },
    CreateSbomExportResponse: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      type: "structure"
    },
    Currency: {
      enum: [
        "USD"
      ],
      type: "string"
    },
    Cvss2: {
      members: {
        baseScore: {
          shape: "CvssBaseScore"
        },
        scoringVector: {
          shape: "CvssScoringVector"
        }
      },
      type: "structure"
    },
    Cvss3: {
      members: {
        baseScore: {
          shape: "CvssBaseScore"
        },
        scoringVector: {
          shape: "CvssScoringVector"
        }
      },
      type: "structure"
    },
    Cvss4: {
      members: {
        baseScore: {
          shape: "CvssBaseScore"
        },
        scoringVector: {
          shape: "CvssScoringVector"
        }
      },
      type: "structure"
    },
    CvssBaseScore: {
      type: "double"
    },
    CvssScore: {
      members: {
        baseScore: {
          shape: "Double"
        },
        scoringVector: {
          shape: "NonEmptyString"
        },
        source: {
          shape: "NonEmptyString"
        },
        version: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "baseScore",
        "scoringVector",
        "version",
        "source"
      ],
      type: "structure"
    },
    CvssScoreAdjustment: {
      members: {
        metric: {
          shape: "NonEmptyString"
        },
        reason: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "metric",
        "reason"
      ],
      type: "structure"
    },
    CvssScoreAdjustmentList: {
      member: {
        shape: "CvssScoreAdjustment"
      },
      type: "list"
    },
    CvssScoreDetails: {
      members: {
        adjustments: {
          shape: "CvssScoreAdjustmentList"
        },
        cvssSource: {
          shape: "NonEmptyString"
        },
        score: {
          shape: "Double"
        },
        scoreSource: {
          shape: "NonEmptyString"
        },
        scoringVector: {
          shape: "NonEmptyString"
        },
        version: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "scoreSource",
        "version",
        "score",
        "scoringVector"
      ],
      type: "structure"
    },
    CvssScoreList: {
      member: {
        shape: "CvssScore"
      },
      type: "list"
    },
    CvssScoringVector: {
      min: 0,
      type: "string"
    },
    Cwe: {
      min: 0,
      type: "string"
    },
    CweList: {
      max: 10,
      member: {
        shape: "NonEmptyString"
      },
      min: 1,
      type: "list"
    },
    Cwes: {
      member: {
        shape: "Cwe"
      },
      min: 0,
      type: "list"
    },
    DailySchedule: {
      members: {
        startTime: {
          shape: "Time"
        }
      },
      required: [
        "startTime"
      ],
      type: "structure"
    },
    DateFilter: {
      members: {
        endInclusive: {
          shape: "Timestamp"
        },
        startInclusive: {
          shape: "Timestamp"
        }
      },
      type: "structure"
    },
    DateFilterList: {
      max: 10,
      member: {
        shape: "DateFilter"
      },
      min: 1,
      type: "list"
    },
    DateTimeTimestamp: {
      type: "timestamp"
    },
    Day: {
      enum: [
        "SUN",
        "MON",
        "TUE",
        "WED",
        "THU",
        "FRI",
        "SAT"
      ],
      type: "string"
    },
    DaysList: {
      max: 7,
      member: {
        shape: "Day"
      },
      min: 1,
      type: "list"
    },
    DelegatedAdmin: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        relationshipStatus: {
          shape: "RelationshipStatus"
        }
      },
      type: "structure"
    },
    DelegatedAdminAccount: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        status: {
          shape: "DelegatedAdminStatus"
        }
      },
      type: "structure"
    },
    DelegatedAdminAccountList: {
      max: 5,
      member: {
        shape: "DelegatedAdminAccount"
      },
      min: 0,
      type: "list"
    },
    DelegatedAdminStatus: {
      enum: [
        "ENABLED",
        "DISABLE_IN_PROGRESS"
      ],
      type: "string"
    },
    DeleteCisScanConfigurationRequest: {
      members: {
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    DeleteCisScanConfigurationResponse: {
      members: {
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    DeleteCodeSecurityIntegrationRequest: {
      members: {
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        }
      },
      required: [
        "integrationArn"
      ],
      type: "structure"
    },
    DeleteCodeSecurityIntegrationResponse: {
      members: {
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        }
      },
      type: "structure"
    },
    DeleteCodeSecurityScanConfigurationRequest: {
      members: {
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    DeleteCodeSecurityScanConfigurationResponse: {
      members: {
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      type: "structure"
    },
    DeleteFilterRequest: {
      members: {
        arn: {
          shape: "FilterArn"
        }
      },
      required: [
        "arn"
      ],
      type: "structure"
    },
    DeleteFilterResponse: {
      members: {
        arn: {
          shape: "FilterArn"
        }
      },
      required: [
        "arn"
      ],
      type: "structure"
    },
    DescribeOrganizationConfigurationRequest: {
      members: {},
      type: "structure"
    },
    DescribeOrganizationConfigurationResponse: {
      members: {
        autoEnable: {
          shape: "AutoEnable"
        },
        maxAccountLimitReached: {
          shape: "Boolean"
        }
      },
      type: "structure"
    },
    Destination: {
      members: {
        bucketName: {
          shape: "String"
        },
        keyPrefix: {
          shape: "String"
        },
        kmsKeyArn: {
          shape: "String"
        }
      },
      required: [
        "bucketName",
        "kmsKeyArn"
      ],
      type: "structure"
    },
    DetectionPlatforms: {
      max: 100,
      member: {
        shape: "NonEmptyString"
      },
      min: 0,
      type: "list"
    },
    DetectorTagList: {
      max: 10,
      member: {
        shape: "NonEmptyString"
      },
      min: 1,
      type: "list"
    },
    DisableDelegatedAdminAccountRequest: {
      members: {
        delegatedAdminAccountId: {
          shape: "AccountId"
        }
      },
      required: [
        "delegatedAdminAccountId"
      ],
      type: "structure"
    },
    DisableDelegatedAdminAccountResponse: {
      members: {
        delegatedAdminAccountId: {
          shape: "AccountId"
        }
      },
      required: [
        "delegatedAdminAccountId"
      ],
      type: "structure"
    },
    DisableRequest: {
      members: {
        accountIds: {
          shape: "AccountIdSet"
        },
        resourceTypes: {
          shape: "DisableResourceTypeList"
        }
      },
      type: "structure"
    },
    DisableResourceTypeList: {
      max: 5,
      member: {
        shape: "ResourceScanType"
      },
      min: 0,
      type: "list"
    },
    DisableResponse: {
      members: {
        accounts: {
          shape: "AccountList"
        },
        failedAccounts: {
          shape: "FailedAccountList"
        }
      },
      required: [
        "accounts"
      ],
      type: "structure"
    },
    DisassociateConfigurationRequest: {
      members: {
        resource: {
          shape: "CodeSecurityResource"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn",
        "resource"
      ],
      type: "structure"
    },
    DisassociateConfigurationRequestList: {
      max: 25,
      member: {
        shape: "DisassociateConfigurationRequest"
      },
      min: 1,
      type: "list"
    },
    DisassociateMemberRequest: {
      members: {
        accountId: {
          shape: "AccountId"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    DisassociateMemberResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    Double: {
      box: true,
      type: "double"
    },
    Ec2Configuration: {
      members: {
        scanMode: {
          shape: "Ec2ScanMode"
        }
      },
      required: [
        "scanMode"
      ],
      type: "structure"
    },
    Ec2ConfigurationState: {
      members: {
        scanModeState: {
          shape: "Ec2ScanModeState"
        }
      },
      type: "structure"
    },
    Ec2DeepInspectionStatus: {
      enum: [
        "ACTIVATED",
        "DEACTIVATED",
        "PENDING",
        "FAILED"
      ],
      type: "string"
    },
    Ec2InstanceAggregation: {
      members: {
        amis: {
          shape: "StringFilterList"
        },
        instanceIds: {
          shape: "StringFilterList"
        },
        instanceTags: {
          shape: "MapFilterList"
        },
        operatingSystems: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "Ec2InstanceSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    Ec2InstanceAggregationResponse: {
      members: {
        accountId: {
          shape: "String"
        },
        ami: {
          shape: "AmiId"
        },
        instanceId: {
          shape: "NonEmptyString"
        },
        instanceTags: {
          shape: "TagMap"
        },
        networkFindings: {
          shape: "Long"
        },
        operatingSystem: {
          shape: "String"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "instanceId"
      ],
      type: "structure"
    },
    Ec2InstanceSortBy: {
      enum: [
        "NETWORK_FINDINGS",
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    Ec2Metadata: {
      members: {
        amiId: {
          shape: "AmiId"
        },
        platform: {
          shape: "Ec2Platform"
        },
        tags: {
          shape: "TagMap"
        }
      },
      type: "structure"
    },
    Ec2Platform: {
      enum: [
        "WINDOWS",
        "LINUX",
        "UNKNOWN",
        "MACOS"
      ],
      type: "string"
    },
    Ec2ScanMode: {
      enum: [
        "EC2_SSM_AGENT_BASED",
        "EC2_HYBRID"
      ],
      type: "string"
    },
    Ec2ScanModeState: {
      members: {
        scanMode: {
          shape: "Ec2ScanMode"
        },
        scanModeStatus: {
          shape: "Ec2ScanModeStatus"
        }
      },
      type: "structure"
    },
    Ec2ScanModeStatus: {
      enum: [
        "SUCCESS",
        "PENDING"
      ],
      type: "string"
    },
    EcrConfiguration: {
      members: {
        pullDateRescanDuration: {
          shape: "EcrPullDateRescanDuration"
        },
        pullDateRescanMode: {
          shape: "EcrPullDateRescanMode"
        },
        rescanDuration: {
          shape: "EcrRescanDuration"
        }
      },
      required: [
        "rescanDuration"
      ],
      type: "structure"
    },
    EcrConfigurationState: {
      members: {
        rescanDurationState: {
          shape: "EcrRescanDurationState"
        }
      },
      type: "structure"
    },
    EcrContainerImageMetadata: {
      members: {
        imagePulledAt: {
          shape: "DateTimeTimestamp"
        },
        inUseCount: {
          shape: "Long"
        },
        lastInUseAt: {
          shape: "DateTimeTimestamp"
        },
        tags: {
          shape: "TagList"
        }
      },
      type: "structure"
    },
    EcrPullDateRescanDuration: {
      enum: [
        "DAYS_14",
        "DAYS_30",
        "DAYS_60",
        "DAYS_90",
        "DAYS_180"
      ],
      type: "string"
    },
    EcrPullDateRescanMode: {
      enum: [
        "LAST_PULL_DATE",
        "LAST_IN_USE_AT"
      ],
      type: "string"
    },
    EcrRepositoryMetadata: {
      members: {
        name: {
          shape: "String"
        },
        scanFrequency: {
          shape: "EcrScanFrequency"
        }
      },
      type: "structure"
    },
    EcrRescanDuration: {
      enum: [
        "LIFETIME",
        "DAYS_30",
        "DAYS_180",
        "DAYS_14",
        "DAYS_60",
        "DAYS_90"
      ],
      type: "string"
    },
    EcrRescanDurationState: {
      members: {
        pullDateRescanDuration: {
          shape: "EcrPullDateRescanDuration"
        },
        pullDateRescanMode: {
          shape: "EcrPullDateRescanMode"
        },
        rescanDuration: {
          shape: "EcrRescanDuration"
        },
        status: {
          shape: "EcrRescanDurationStatus"
        },
        updatedAt: {
          shape: "DateTimeTimestamp"
        }
      },
      type: "structure"
    },
    EcrRescanDurationStatus: {
      enum: [
        "SUCCESS",
        "PENDING",
        "FAILED"
      ],
      type: "string"
    },
    EcrScanFrequency: {
      enum: [
        "MANUAL",
        "SCAN_ON_PUSH",
        "CONTINUOUS_SCAN"
      ],
      type: "string"
    },
    EnableDelegatedAdminAccountRequest: {
      members: {
        clientToken: {
          idempotencyToken: true,
          shape: "ClientToken"
        },
        delegatedAdminAccountId: {
          shape: "AccountId"
        }
      },
      required: [
        "delegatedAdminAccountId"
      ],
      type: "structure"
    },
    EnableDelegatedAdminAccountResponse: {
      members: {
        delegatedAdminAccountId: {
          shape: "AccountId"
        }
      },
      required: [
        "delegatedAdminAccountId"
      ],
      type: "structure"
    },
    EnableRequest: {
      members: {
        accountIds: {
          shape: "AccountIdSet"
        },
        clientToken: {
          idempotencyToken: true,
          shape: "ClientToken"
        },
        resourceTypes: {
          shape: "EnableResourceTypeList"
        }
      },
      required: [
        "resourceTypes"
      ],
      type: "structure"
    },
    EnableResourceTypeList: {
      max: 5,
      member: {
        shape: "ResourceScanType"
      },
      min: 1,
      type: "list"
    },
    EnableResponse: {
      members: {
        accounts: {
          shape: "AccountList"
        },
        failedAccounts: {
          shape: "FailedAccountList"
        }
      },
      required: [
        "accounts"
      ],
      type: "structure"
    },
    Epss: {
      members: {
        score: {
          shape: "EpssScore"
        }
      },
      type: "structure"
    },
    EpssDetails: {
      members: {
        score: {
          shape: "EpssScoreValue"
        }
      },
      type: "structure"
    },
    EpssScore: {
      type: "double"
    },
    EpssScoreValue: {
      max: 1,
      min: 0,
      type: "double"
    },
    ErrorCode: {
      enum: [
        "ALREADY_ENABLED",
        "ENABLE_IN_PROGRESS",
        "DISABLE_IN_PROGRESS",
        "SUSPEND_IN_PROGRESS",
        "RESOURCE_NOT_FOUND",
        "ACCESS_DENIED",
        "INTERNAL_ERROR",
        "SSM_UNAVAILABLE",
        "SSM_THROTTLED",
        "EVENTBRIDGE_UNAVAILABLE",
        "EVENTBRIDGE_THROTTLED",
        "RESOURCE_SCAN_NOT_DISABLED",
        "DISASSOCIATE_ALL_MEMBERS",
        "ACCOUNT_IS_ISOLATED",
        "EC2_SSM_RESOURCE_DATA_SYNC_LIMIT_EXCEEDED",
        "EC2_SSM_ASSOCIATION_VERSION_LIMIT_EXCEEDED",
        "BLOCKED_BY_ORGANIZATION_POLICY"
      ],
      type: "string"
    },
    ErrorMessage: {
      type: "string"
    },
    Evidence: {
      members: {
        evidenceDetail: {
          shape: "EvidenceDetail"
        },
        evidenceRule: {
          shape: "EvidenceRule"
        },
        severity: {
          shape: "EvidenceSeverity"
        }
      },
      type: "structure"
    },
    EvidenceDetail: {
      min: 0,
      type: "string"
    },
    EvidenceList: {
      member: {
        shape: "Evidence"
      },
      type: "list"
    },
    EvidenceRule: {
      min: 0,
      type: "string"
    },
    EvidenceSeverity: {
      min: 0,
      type: "string"
    },
    ExecutionRoleArn: {
      pattern: "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
      type: "string"
    },
    ExploitAvailable: {
      enum: [
        "YES",
        "NO"
      ],
      type: "string"
    },
    ExploitObserved: {
      members: {
        firstSeen: {
          shape: "FirstSeen"
        },
        lastSeen: {
          shape: "LastSeen"
        }
      },
      type: "structure"
    },
    ExploitabilityDetails: {
      members: {
        lastKnownExploitAt: {
          shape: "DateTimeTimestamp"
        }
      },
      type: "structure"
    },
    ExternalReportStatus: {
      enum: [
        "SUCCEEDED",
        "IN_PROGRESS",
        "CANCELLED",
        "FAILED"
      ],
      type: "string"
    },
    FailedAccount: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        errorCode: {
          shape: "ErrorCode"
        },
        errorMessage: {
          shape: "NonEmptyString"
        },
        resourceStatus: {
          shape: "ResourceStatus"
        },
        status: {
          shape: "Status"
        }
      },
      required: [
        "accountId",
        "errorCode",
        "errorMessage"
      ],
      type: "structure"
    },
    FailedAccountList: {
      max: 100,
      member: {
        shape: "FailedAccount"
      },
      min: 0,
      type: "list"
    },
    FailedAssociationResult: {
      members: {
        resource: {
          shape: "CodeSecurityResource"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        },
        statusCode: {
          shape: "AssociationResultStatusCode"
        },
        statusMessage: {
          shape: "AssociationResultStatusMessage"
        }
      },
      type: "structure"
    },
    FailedAssociationResultList: {
      member: {
        shape: "FailedAssociationResult"
      },
      type: "list"
    },
    FailedMemberAccountEc2DeepInspectionStatusState: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        ec2ScanStatus: {
          shape: "Status"
        },
        errorMessage: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    FailedMemberAccountEc2DeepInspectionStatusStateList: {
      max: 100,
      member: {
        shape: "FailedMemberAccountEc2DeepInspectionStatusState"
      },
      min: 0,
      type: "list"
    },
    FilePath: {
      max: 1024,
      min: 1,
      type: "string"
    },
    Filter: {
      members: {
        action: {
          shape: "FilterAction"
        },
        arn: {
          shape: "FilterArn"
        },
        createdAt: {
          shape: "DateTimeTimestamp"
        },
        criteria: {
          shape: "FilterCriteria"
        },
        description: {
          shape: "FilterDescription"
        },
        name: {
          shape: "FilterName"
        },
        ownerId: {
          shape: "OwnerId"
        },
        reason: {
          shape: "FilterReason"
        },
        tags: {
          shape: "TagMap"
        },
        updatedAt: {
          shape: "DateTimeTimestamp"
        }
      },
      required: [
        "arn",
        "ownerId",
        "name",
        "criteria",
        "action",
        "createdAt",
        "updatedAt"
      ],
      type: "structure"
    },
    FilterAction: {
      enum: [
        "NONE",
        "SUPPRESS"
      ],
      type: "string"
    },
    FilterArn: {
      max: 128,
      min: 1,
      type: "string"
    },
    FilterArnList: {
      member: {
        shape: "FilterArn"
      },
      type: "list"
    },
    FilterCriteria: {
      members: {
        awsAccountId: {
          shape: "StringFilterList"
        },
        codeRepositoryProjectName: {
          shape: "StringFilterList"
        },
        codeRepositoryProviderType: {
          shape: "StringFilterList"
        },
        codeVulnerabilityDetectorName: {
          shape: "StringFilterList"
        },
        codeVulnerabilityDetectorTags: {
          shape: "StringFilterList"
        },
        codeVulnerabilityFilePath: {
          shape: "StringFilterList"
        },
        componentId: {
          shape: "StringFilterList"
        },
        componentType: {
          shape: "StringFilterList"
        },
        ec2InstanceImageId: {
          shape: "StringFilterList"
        },
        ec2InstanceSubnetId: {
          shape: "StringFilterList"
        },
        ec2InstanceVpcId: {
          shape: "StringFilterList"
        },
        ecrImageArchitecture: {
          shape: "StringFilterList"
        },
        ecrImageHash: {
          shape: "StringFilterList"
        },
        ecrImageInUseCount: {
          shape: "NumberFilterList"
        },
        ecrImageLastInUseAt: {
          shape: "DateFilterList"
        },
        ecrImagePushedAt: {
          shape: "DateFilterList"
        },
        ecrImageRegistry: {
          shape: "StringFilterList"
        },
        ecrImageRepositoryName: {
          shape: "StringFilterList"
        },
        ecrImageTags: {
          shape: "StringFilterList"
        },
        epssScore: {
          shape: "NumberFilterList"
        },
        exploitAvailable: {
          shape: "StringFilterList"
        },
        findingArn: {
          shape: "StringFilterList"
        },
        findingStatus: {
          shape: "StringFilterList"
        },
        findingType: {
          shape: "StringFilterList"
        },
        firstObservedAt: {
          shape: "DateFilterList"
        },
        fixAvailable: {
          shape: "StringFilterList"
        },
        inspectorScore: {
          shape: "NumberFilterList"
        },
        lambdaFunctionExecutionRoleArn: {
          shape: "StringFilterList"
        },
        lambdaFunctionLastModifiedAt: {
          shape: "DateFilterList"
        },
        lambdaFunctionLayers: {
          shape: "StringFilterList"
        },
        lambdaFunctionName: {
          shape: "StringFilterList"
        },
        lambdaFunctionRuntime: {
          shape: "StringFilterList"
        },
        lastObservedAt: {
          shape: "DateFilterList"
        },
        networkProtocol: {
          shape: "StringFilterList"
        },
        portRange: {
          shape: "PortRangeFilterList"
        },
        relatedVulnerabilities: {
          shape: "StringFilterList"
        },
        resourceId: {
          shape: "StringFilterList"
        },
        resourceTags: {
          shape: "MapFilterList"
        },
        resourceType: {
          shape: "StringFilterList"
        },
        severity: {
          shape: "StringFilterList"
        },
        title: {
          shape: "StringFilterList"
        },
        updatedAt: {
          shape: "DateFilterList"
        },
        vendorSeverity: {
          shape: "StringFilterList"
        },
        vulnerabilityId: {
          shape: "StringFilterList"
        },
        vulnerabilitySource: {
          shape: "StringFilterList"
        },
        vulnerablePackages: {
          shape: "PackageFilterList"
        }
      },
      type: "structure"
    },
    FilterDescription: {
      max: 512,
      min: 1,
      type: "string"
    },
    FilterList: {
      member: {
        shape: "Filter"
      },
      type: "list"
    },
    FilterName: {
      max: 128,
      min: 1,
      type: "string"
    },
    FilterReason: {
      max: 512,
      min: 1,
      type: "string"
    },
    Finding: {
      members: {
        awsAccountId: {
          shape: "AccountId"
        },
        codeVulnerabilityDetails: {
          shape: "CodeVulnerabilityDetails"
        },
        description: {
          shape: "FindingDescription"
        },
        epss: {
          shape: "EpssDetails"
        },
        exploitAvailable: {
          shape: "ExploitAvailable"
        },
        exploitabilityDetails: {
          shape: "ExploitabilityDetails"
        },
        findingArn: {
          shape: "FindingArn"
        },
        firstObservedAt: {
          shape: "DateTimeTimestamp"
        },
        fixAvailable: {
          shape: "FixAvailable"
        },
        inspectorScore: {
          shape: "Double"
        },
        inspectorScoreDetails: {
          shape: "InspectorScoreDetails"
        },
        lastObservedAt: {
          shape: "DateTimeTimestamp"
        },
        networkReachabilityDetails: {
          shape: "NetworkReachabilityDetails"
        },
        packageVulnerabilityDetails: {
          shape: "PackageVulnerabilityDetails"
        },
        remediation: {
          shape: "Remediation"
        },
        resources: {
          shape: "ResourceList"
        },
        severity: {
          shape: "Severity"
        },
        status: {
          shape: "FindingStatus"
        },
        title: {
          shape: "FindingTitle"
        },
        type: {
          shape: "FindingType"
        },
        updatedAt: {
          shape: "DateTimeTimestamp"
        }
      },
      required: [
        "findingArn",
        "awsAccountId",
        "type",
        "description",
        "remediation",
        "severity",
        "firstObservedAt",
        "lastObservedAt",
        "status",
        "resources"
      ],
      type: "structure"
    },
    FindingArn: {
      max: 100,
      min: 1,
      pattern: "arn:(aws[a-zA-Z-]*)?:inspector2:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:finding/[a-f0-9]{32}",
      type: "string"
    },
    FindingArnList: {
      max: 10,
      member: {
        shape: "FindingArn"
      },
      min: 1,
      type: "list"
    },
    FindingDescription: {
      max: 1024,
      min: 1,
      type: "string"
    },
    FindingDetail: {
      members: {
        cisaData: {
          shape: "CisaData"
        },
        cwes: {
          shape: "Cwes"
        },
        epssScore: {
          shape: "Double"
        },
        evidences: {
          shape: "EvidenceList"
        },
        exploitObserved: {
          shape: "ExploitObserved"
        },
        findingArn: {
          shape: "FindingArn"
        },
        referenceUrls: {
          shape: "VulnerabilityReferenceUrls"
        },
        riskScore: {
          shape: "RiskScore"
        },
        tools: {
          shape: "Tools"
        },
        ttps: {
          shape: "Ttps"
        }
      },
      type: "structure"
    },
    FindingDetails: {
      member: {
        shape: "FindingDetail"
      },
      min: 0,
      type: "list"
    },
    FindingDetailsError: {
      members: {
        errorCode: {
          shape: "FindingDetailsErrorCode"
        },
        errorMessage: {
          shape: "NonEmptyString"
        },
        findingArn: {
          shape: "FindingArn"
        }
      },
      required: [
        "findingArn",
        "errorCode",
        "errorMessage"
      ],
      type: "structure"
    },
    FindingDetailsErrorCode: {
      enum: [
        "INTERNAL_ERROR",
        "ACCESS_DENIED",
        "FINDING_DETAILS_NOT_FOUND",
        "INVALID_INPUT"
      ],
      type: "string"
    },
    FindingDetailsErrorList: {
      member: {
        shape: "FindingDetailsError"
      },
      type: "list"
    },
    FindingList: {
      max: 25,
      member: {
        shape: "Finding"
      },
      min: 0,
      type: "list"
    },
    FindingStatus: {
      enum: [
        "ACTIVE",
        "SUPPRESSED",
        "CLOSED"
      ],
      type: "string"
    },
    FindingTitle: {
      max: 1024,
      min: 1,
      type: "string"
    },
    FindingType: {
      enum: [
        "NETWORK_REACHABILITY",
        "PACKAGE_VULNERABILITY",
        "CODE_VULNERABILITY"
      ],
      type: "string"
    },
    FindingTypeAggregation: {
      members: {
        findingType: {
          shape: "AggregationFindingType"
        },
        resourceType: {
          shape: "AggregationResourceType"
        },
        sortBy: {
          shape: "FindingTypeSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    FindingTypeAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        exploitAvailableCount: {
          shape: "Long"
        },
        fixAvailableCount: {
          shape: "Long"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      type: "structure"
    },
    FindingTypeSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    FirstSeen: {
      type: "timestamp"
    },
    FixAvailable: {
      enum: [
        "YES",
        "NO",
        "PARTIAL"
      ],
      type: "string"
    },
    FreeTrialAccountInfo: {
      members: {
        accountId: {
          shape: "MeteringAccountId"
        },
        freeTrialInfo: {
          shape: "FreeTrialInfoList"
        }
      },
      required: [
        "accountId",
        "freeTrialInfo"
      ],
      type: "structure"
    },
    FreeTrialAccountInfoList: {
      member: {
        shape: "FreeTrialAccountInfo"
      },
      type: "list"
    },
    FreeTrialInfo: {
      members: {
        end: {
          shape: "Timestamp"
        },
        start: {
          shape: "Timestamp"
        },
        status: {
          shape: "FreeTrialStatus"
        },
        type: {
          shape: "FreeTrialType"
        }
      },
      required: [
        "type",
        "start",
        "end",
        "status"
      ],
      type: "structure"
    },
    FreeTrialInfoError: {
      members: {
        accountId: {
          shape: "MeteringAccountId"
        },
        code: {
          shape: "FreeTrialInfoErrorCode"
        },
        message: {
          shape: "String"
        }
      },
      required: [
        "accountId",
        "code",
        "message"
      ],
      type: "structure"
    },
    FreeTrialInfoErrorCode: {
      enum: [
        "ACCESS_DENIED",
        "INTERNAL_ERROR"
      ],
      type: "string"
    },
    FreeTrialInfoErrorList: {
      member: {
        shape: "FreeTrialInfoError"
      },
      type: "list"
    },
    FreeTrialInfoList: {
      member: {
        shape: "FreeTrialInfo"
      },
      type: "list"
    },
    FreeTrialStatus: {
      enum: [
        "ACTIVE",
        "INACTIVE"
      ],
      type: "string"
    },
    FreeTrialType: {
      enum: [
        "EC2",
        "ECR",
        "LAMBDA",
        "LAMBDA_CODE",
        "CODE_REPOSITORY"
      ],
      type: "string"
    },
    FrequencyExpression: {
      max: 256,
      min: 1,
      type: "string"
    },
    FunctionName: {
      pattern: "[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
      type: "string"
    },
    GetCisScanReportRequest: {
      members: {
        reportFormat: {
          shape: "CisReportFormat"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        targetAccounts: {
          shape: "ReportTargetAccounts"
        }
      },
      required: [
        "scanArn"
      ],
      type: "structure"
    },
    GetCisScanReportResponse: {
      members: {
        status: {
          shape: "CisReportStatus"
        },
        url: {
          shape: "String"
        }
      },
      type: "structure"
    },
    GetCisScanResultDetailsMaxResults: {
      box: true,
      max: 1e3,
      min: 1,
      type: "integer"
    },
    GetCisScanResultDetailsRequest: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        filterCriteria: {
          shape: "CisScanResultDetailsFilterCriteria"
        },
        maxResults: {
          shape: "GetCisScanResultDetailsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        sortBy: {
          shape: "CisScanResultDetailsSortBy"
        },
        sortOrder: {
          shape: "CisSortOrder"
        },
        targetResourceId: {
          shape: "ResourceId"
        }
      },
      required: [
        "scanArn",
        "targetResourceId",
        "accountId"
      ],
      type: "structure"
    },
    GetCisScanResultDetailsResponse: {
      members: {
        nextToken: {
          shape: "NextToken"
        },
        scanResultDetails: {
          shape: "CisScanResultDetailsList"
        }
      },
      type: "structure"
    },
    GetClustersForImageNextToken: {
      max: 3e3,
      min: 1,
      type: "string"
    },
    GetClustersForImageRequest: {
      members: {
        filter: {
          shape: "ClusterForImageFilterCriteria"
        },
        maxResults: {
          shape: "GetClustersForImageRequestMaxResultsInteger"
        },
        nextToken: {
          shape: "GetClustersForImageNextToken"
        }
      },
      required: [
        "filter"
      ],
      type: "structure"
    },
    GetClustersForImageRequestMaxResultsInteger: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    GetClustersForImageResponse: {
      members: {
        cluster: {
          shape: "ClusterInformationList"
        },
        nextToken: {
          shape: "GetClustersForImageNextToken"
        }
      },
      required: [
        "cluster"
      ],
      type: "structure"
    },
    GetCodeSecurityIntegrationRequest: {
      members: {
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        },
        tags: {
          shape: "TagMap"
        }
      },
      required: [
        "integrationArn"
      ],
      type: "structure"
    },
    GetCodeSecurityIntegrationResponse: {
      members: {
        authorizationUrl: {
          shape: "AuthorizationUrl"
        },
        createdOn: {
          shape: "Timestamp"
        },
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        },
        lastUpdateOn: {
          shape: "Timestamp"
        },
        name: {
          shape: "IntegrationName"
        },
        status: {
          shape: "IntegrationStatus"
        },
        statusReason: {
          shape: "String"
        },
        tags: {
          shape: "TagMap"
        },
        type: {
          shape: "IntegrationType"
        }
      },
      required: [
        "integrationArn",
        "name",
        "type",
        "status",
        "statusReason",
        "createdOn",
        "lastUpdateOn"
      ],
      type: "structure"
    },
    GetCodeSecurityScanConfigurationRequest: {
      members: {
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    GetCodeSecurityScanConfigurationResponse: {
      members: {
        configuration: {
          shape: "CodeSecurityScanConfiguration"
        },
        createdAt: {
          shape: "Timestamp"
        },
        lastUpdatedAt: {
          shape: "Timestamp"
        },
        level: {
          shape: "ConfigurationLevel"
        },
        name: {
          shape: "ScanConfigurationName"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        },
        scopeSettings: {
          shape: "ScopeSettings"
        },
        tags: {
          shape: "TagMap"
        }
      },
      type: "structure"
    },
    GetCodeSecurityScanRequest: {
      members: {
        resource: {
          shape: "CodeSecurityResource"
        },
        scanId: {
          shape: "CodeSecurityUuid"
        }
      },
      required: [
        "resource",
        "scanId"
      ],
      type: "structure"
    },
    GetCodeSecurityScanResponse: {
      members: {
        accountId: {
          shape: "String"
        },
        createdAt: {
          shape: "Timestamp"
        },
        lastCommitId: {
          shape: "String"
        },
        resource: {
          shape: "CodeSecurityResource"
        },
        scanId: {
          shape: "CodeSecurityUuid"
        },
        status: {
          shape: "CodeScanStatus"
        },
        statusReason: {
          shape: "String"
        },
        updatedAt: {
          shape: "Timestamp"
        }
      },
      type: "structure"
    },
    GetConfigurationRequest: {
      members: {},
      type: "structure"
    },
    GetConfigurationResponse: {
      members: {
        ec2Configuration: {
          shape: "Ec2ConfigurationState"
        },
        ecrConfiguration: {
          shape: "EcrConfigurationState"
        }
      },
      type: "structure"
    },
    GetDelegatedAdminAccountRequest: {
      members: {},
      type: "structure"
    },
    GetDelegatedAdminAccountResponse: {
      members: {
        delegatedAdmin: {
          shape: "DelegatedAdmin"
        }
      },
      type: "structure"
    },
    GetEc2DeepInspectionConfigurationRequest: {
      members: {},
      type: "structure"
    },
    GetEc2DeepInspectionConfigurationResponse: {
      members: {
        errorMessage: {
          shape: "NonEmptyString"
        },
        orgPackagePaths: {
          shape: "PathList"
        },
        packagePaths: {
          shape: "PathList"
        },
        status: {
          shape: "Ec2DeepInspectionStatus"
        }
      },
      type: "structure"
    },
    GetEncryptionKeyRequest: {
      members: {
        resourceType: {
          location: "querystring",
          locationName: "resourceType",
          shape: "ResourceType"
        },
        scanType: {
          location: "querystring",
          locationName: "scanType",
          shape: "ScanType"
        }
      },
      required: [
        "scanType",
        "resourceType"
      ],
      type: "structure"
    },
    GetEncryptionKeyResponse: {
      members: {
        kmsKeyId: {
          shape: "KmsKeyArn"
        }
      },
      required: [
        "kmsKeyId"
      ],
      type: "structure"
    },
    GetFindingsReportStatusRequest: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      type: "structure"
    },
    GetFindingsReportStatusResponse: {
      members: {
        destination: {
          shape: "Destination"
        },
        errorCode: {
          shape: "ReportingErrorCode"
        },
        errorMessage: {
          shape: "ErrorMessage"
        },
        filterCriteria: {
          shape: "FilterCriteria"
        },
        reportId: {
          shape: "ReportId"
        },
        status: {
          shape: "ExternalReportStatus"
        }
      },
      type: "structure"
    },
    GetMemberRequest: {
      members: {
        accountId: {
          shape: "AccountId"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    GetMemberResponse: {
      members: {
        member: {
          shape: "Member"
        }
      },
      type: "structure"
    },
    GetSbomExportRequest: {
      members: {
        reportId: {
          shape: "ReportId"
        }
      },
      required: [
        "reportId"
      ],
      type: "structure"
    },
    GetSbomExportResponse: {
      members: {
        errorCode: {
          shape: "ReportingErrorCode"
        },
        errorMessage: {
          shape: "NonEmptyString"
        },
        filterCriteria: {
          shape: "ResourceFilterCriteria"
        },
        format: {
          shape: "SbomReportFormat"
        },
        reportId: {
          shape: "ReportId"
        },
        s3Destination: {
          shape: "Destination"
        },
        status: {
          shape: "ExternalReportStatus"
        }
      },
      type: "structure"
    },
    GitHubAuthCode: {
      max: 1024,
      min: 1,
      sensitive: true,
      type: "string"
    },
    GitHubInstallationId: {
      max: 1024,
      min: 1,
      type: "string"
    },
    GitLabAccessToken: {
      sensitive: true,
      type: "string"
    },
    GitLabAuthCode: {
      max: 1024,
      min: 1,
      sensitive: true,
      type: "string"
    },
    GroupKey: {
      enum: [
        "SCAN_STATUS_CODE",
        "SCAN_STATUS_REASON",
        "ACCOUNT_ID",
        "RESOURCE_TYPE",
        "ECR_REPOSITORY_NAME"
      ],
      type: "string"
    },
    ImageHash: {
      max: 71,
      min: 71,
      pattern: "sha256:[a-z0-9]{64}",
      type: "string"
    },
    ImageLayerAggregation: {
      members: {
        layerHashes: {
          shape: "StringFilterList"
        },
        repositories: {
          shape: "StringFilterList"
        },
        resourceIds: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "ImageLayerSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    ImageLayerAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        layerHash: {
          shape: "NonEmptyString"
        },
        repository: {
          shape: "NonEmptyString"
        },
        resourceId: {
          shape: "NonEmptyString"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "repository",
        "resourceId",
        "layerHash",
        "accountId"
      ],
      type: "structure"
    },
    ImageLayerSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    ImageTagList: {
      member: {
        shape: "NonEmptyString"
      },
      type: "list"
    },
    InspectorScoreDetails: {
      members: {
        adjustedCvss: {
          shape: "CvssScoreDetails"
        }
      },
      type: "structure"
    },
    InstanceUrl: {
      pattern: "https://[-a-zA-Z0-9()@:%_+.~#?&//=]{1,1024}",
      sensitive: true,
      type: "string"
    },
    Integer: {
      box: true,
      type: "integer"
    },
    IntegrationName: {
      max: 60,
      min: 1,
      pattern: "[a-zA-Z0-9-_$:.]*",
      type: "string"
    },
    IntegrationStatus: {
      enum: [
        "PENDING",
        "IN_PROGRESS",
        "ACTIVE",
        "INACTIVE",
        "DISABLING"
      ],
      type: "string"
    },
    IntegrationSummaries: {
      max: 100,
      member: {
        shape: "CodeSecurityIntegrationSummary"
      },
      min: 0,
      type: "list"
    },
    IntegrationType: {
      enum: [
        "GITLAB_SELF_MANAGED",
        "GITHUB"
      ],
      type: "string"
    },
    InternalServerException: {
      error: {
        httpStatusCode: 500
      },
      exception: true,
      fault: true,
      members: {
        message: {
          shape: "String"
        },
        retryAfterSeconds: {
          location: "header",
          locationName: "Retry-After",
          shape: "Integer"
        }
      },
      required: [
        "message"
      ],
      retryable: {
        throttling: false
      },
      type: "structure"
    },
    IpV4Address: {
      max: 15,
      min: 7,
      pattern: "(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])",
      type: "string"
    },
    IpV4AddressList: {
      member: {
        shape: "IpV4Address"
      },
      type: "list"
    },
    IpV6Address: {
      max: 47,
      min: 1,
      type: "string"
    },
    IpV6AddressList: {
      member: {
        shape: "IpV6Address"
      },
      type: "list"
    },
    KmsKeyArn: {
      pattern: "arn:aws(-(us-gov|cn))?:kms:([a-z0-9][-.a-z0-9]{0,62})?:[0-9]{12}?:key/(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(mrk-[0-9a-zA-Z]{32}))",
      type: "string"
    },
    LambdaFunctionAggregation: {
      members: {
        functionNames: {
          shape: "StringFilterList"
        },
        functionTags: {
          shape: "MapFilterList"
        },
        resourceIds: {
          shape: "StringFilterList"
        },
        runtimes: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "LambdaFunctionSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    LambdaFunctionAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        functionName: {
          shape: "String"
        },
        lambdaTags: {
          shape: "TagMap"
        },
        lastModifiedAt: {
          shape: "DateTimeTimestamp"
        },
        resourceId: {
          shape: "NonEmptyString"
        },
        runtime: {
          shape: "String"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "resourceId"
      ],
      type: "structure"
    },
    LambdaFunctionMetadata: {
      members: {
        functionName: {
          shape: "String"
        },
        functionTags: {
          shape: "TagMap"
        },
        layers: {
          shape: "LambdaLayerList"
        },
        runtime: {
          shape: "Runtime"
        }
      },
      type: "structure"
    },
    LambdaFunctionSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    LambdaLayerAggregation: {
      members: {
        functionNames: {
          shape: "StringFilterList"
        },
        layerArns: {
          shape: "StringFilterList"
        },
        resourceIds: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "LambdaLayerSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    LambdaLayerAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        functionName: {
          shape: "NonEmptyString"
        },
        layerArn: {
          shape: "NonEmptyString"
        },
        resourceId: {
          shape: "NonEmptyString"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "functionName",
        "resourceId",
        "layerArn",
        "accountId"
      ],
      type: "structure"
    },
    LambdaLayerArn: {
      pattern: "arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+",
      type: "string"
    },
    LambdaLayerList: {
      max: 5,
      member: {
        shape: "String"
      },
      min: 0,
      type: "list"
    },
    LambdaLayerSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    LambdaVpcConfig: {
      members: {
        securityGroupIds: {
          shape: "SecurityGroupIdList"
        },
        subnetIds: {
          shape: "SubnetIdList"
        },
        vpcId: {
          shape: "VpcId"
        }
      },
      type: "structure"
    },
    LastSeen: {
      type: "timestamp"
    },
    LayerList: {
      max: 5,
      member: {
        shape: "LambdaLayerArn"
      },
      min: 1,
      type: "list"
    },
    ListAccountPermissionsMaxResults: {
      box: true,
      max: 1024,
      min: 1,
      type: "integer"
    },
    ListAccountPermissionsRequest: {
      members: {
        maxResults: {
          shape: "ListAccountPermissionsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        service: {
          shape: "Service"
        }
      },
      type: "structure"
    },
    ListAccountPermissionsResponse: {
      members: {
        nextToken: {
          shape: "NextToken"
        },
        permissions: {
          shape: "Permissions"
        }
      },
      required: [
        "permissions"
      ],
      type: "structure"
    },
    ListCisScanConfigurationsFilterCriteria: {
      members: {
        scanConfigurationArnFilters: {
          shape: "CisScanConfigurationArnFilterList"
        },
        scanNameFilters: {
          shape: "CisScanNameFilterList"
        },
        targetResourceTagFilters: {
          shape: "ResourceTagFilterList"
        }
      },
      type: "structure"
    },
    ListCisScanConfigurationsMaxResults: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListCisScanConfigurationsRequest: {
      members: {
        filterCriteria: {
          shape: "ListCisScanConfigurationsFilterCriteria"
        },
        maxResults: {
          shape: "ListCisScanConfigurationsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        sortBy: {
          shape: "CisScanConfigurationsSortBy"
        },
        sortOrder: {
          shape: "CisSortOrder"
        }
      },
      type: "structure"
    },
    ListCisScanConfigurationsResponse: {
      members: {
        nextToken: {
          shape: "NextToken"
        },
        scanConfigurations: {
          shape: "CisScanConfigurationList"
        }
      },
      type: "structure"
    },
    ListCisScanResultsAggregatedByChecksRequest: {
      members: {
        filterCriteria: {
          shape: "CisScanResultsAggregatedByChecksFilterCriteria"
        },
        maxResults: {
          shape: "CisScanResultsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        sortBy: {
          shape: "CisScanResultsAggregatedByChecksSortBy"
        },
        sortOrder: {
          shape: "CisSortOrder"
        }
      },
      required: [
        "scanArn"
      ],
      type: "structure"
    },
    ListCisScanResultsAggregatedByChecksResponse: {
      members: {
        checkAggregations: {
          shape: "CisCheckAggregationList"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCisScanResultsAggregatedByTargetResourceRequest: {
      members: {
        filterCriteria: {
          shape: "CisScanResultsAggregatedByTargetResourceFilterCriteria"
        },
        maxResults: {
          shape: "CisScanResultsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        scanArn: {
          shape: "CisScanArn"
        },
        sortBy: {
          shape: "CisScanResultsAggregatedByTargetResourceSortBy"
        },
        sortOrder: {
          shape: "CisSortOrder"
        }
      },
      required: [
        "scanArn"
      ],
      type: "structure"
    },
    ListCisScanResultsAggregatedByTargetResourceResponse: {
      members: {
        nextToken: {
          shape: "NextToken"
        },
        targetResourceAggregations: {
          shape: "CisTargetResourceAggregationList"
        }
      },
      type: "structure"
    },
    ListCisScansDetailLevel: {
      enum: [
        "ORGANIZATION",
        "MEMBER"
      ],
      type: "string"
    },
    ListCisScansFilterCriteria: {
      members: {
        failedChecksFilters: {
          shape: "CisNumberFilterList"
        },
        scanArnFilters: {
          shape: "CisScanArnFilterList"
        },
        scanAtFilters: {
          shape: "CisScanDateFilterList"
        },
        scanConfigurationArnFilters: {
          shape: "CisScanConfigurationArnFilterList"
        },
        scanNameFilters: {
          shape: "CisScanNameFilterList"
        },
        scanStatusFilters: {
          shape: "CisScanStatusFilterList"
        },
        scheduledByFilters: {
          shape: "CisScheduledByFilterList"
        },
        targetAccountIdFilters: {
          shape: "AccountIdFilterList"
        },
        targetResourceIdFilters: {
          shape: "ResourceIdFilterList"
        },
        targetResourceTagFilters: {
          shape: "ResourceTagFilterList"
        }
      },
      type: "structure"
    },
    ListCisScansMaxResults: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListCisScansRequest: {
      members: {
        detailLevel: {
          shape: "ListCisScansDetailLevel"
        },
        filterCriteria: {
          shape: "ListCisScansFilterCriteria"
        },
        maxResults: {
          shape: "ListCisScansMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        sortBy: {
          shape: "ListCisScansSortBy"
        },
        sortOrder: {
          shape: "CisSortOrder"
        }
      },
      type: "structure"
    },
    ListCisScansResponse: {
      members: {
        nextToken: {
          shape: "NextToken"
        },
        scans: {
          shape: "CisScanList"
        }
      },
      type: "structure"
    },
    ListCisScansSortBy: {
      enum: [
        "STATUS",
        "SCHEDULED_BY",
        "SCAN_START_DATE",
        "FAILED_CHECKS"
      ],
      type: "string"
    },
    ListCodeSecurityIntegrationsRequest: {
      members: {
        maxResults: {
          location: "querystring",
          locationName: "maxResults",
          shape: "ListCodeSecurityIntegrationsRequestMaxResultsInteger"
        },
        nextToken: {
          location: "querystring",
          locationName: "nextToken",
          shape: "String"
        }
      },
      type: "structure"
    },
    ListCodeSecurityIntegrationsRequestMaxResultsInteger: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListCodeSecurityIntegrationsResponse: {
      members: {
        integrations: {
          shape: "IntegrationSummaries"
        },
        nextToken: {
          shape: "String"
        }
      },
      type: "structure"
    },
    ListCodeSecurityScanConfigurationAssociationsRequest: {
      members: {
        maxResults: {
          location: "querystring",
          locationName: "maxResults",
          shape: "ListCodeSecurityScanConfigurationAssociationsRequestMaxResultsInteger"
        },
        nextToken: {
          location: "querystring",
          locationName: "nextToken",
          shape: "NextToken"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    ListCodeSecurityScanConfigurationAssociationsRequestMaxResultsInteger: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListCodeSecurityScanConfigurationAssociationsResponse: {
      members: {
        associations: {
          shape: "CodeSecurityScanConfigurationAssociationSummaries"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCodeSecurityScanConfigurationsRequest: {
      members: {
        maxResults: {
          location: "querystring",
          locationName: "maxResults",
          shape: "ListCodeSecurityScanConfigurationsRequestMaxResultsInteger"
        },
        nextToken: {
          location: "querystring",
          locationName: "nextToken",
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCodeSecurityScanConfigurationsRequestMaxResultsInteger: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListCodeSecurityScanConfigurationsResponse: {
      members: {
        configurations: {
          shape: "CodeSecurityScanConfigurationSummaries"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCoverageMaxResults: {
      box: true,
      max: 200,
      min: 1,
      type: "integer"
    },
    ListCoverageRequest: {
      members: {
        filterCriteria: {
          shape: "CoverageFilterCriteria"
        },
        maxResults: {
          shape: "ListCoverageMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCoverageResponse: {
      members: {
        coveredResources: {
          shape: "CoveredResources"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCoverageStatisticsRequest: {
      members: {
        filterCriteria: {
          shape: "CoverageFilterCriteria"
        },
        groupBy: {
          shape: "GroupKey"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListCoverageStatisticsResponse: {
      members: {
        countsByGroup: {
          shape: "CountsList"
        },
        nextToken: {
          shape: "NextToken"
        },
        totalCounts: {
          shape: "Long"
        }
      },
      required: [
        "totalCounts"
      ],
      type: "structure"
    },
    ListDelegatedAdminAccountsRequest: {
      members: {
        maxResults: {
          shape: "ListDelegatedAdminMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListDelegatedAdminAccountsResponse: {
      members: {
        delegatedAdminAccounts: {
          shape: "DelegatedAdminAccountList"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListDelegatedAdminMaxResults: {
      box: true,
      max: 5,
      min: 1,
      type: "integer"
    },
    ListFilterMaxResults: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListFiltersRequest: {
      members: {
        action: {
          shape: "FilterAction"
        },
        arns: {
          shape: "FilterArnList"
        },
        maxResults: {
          shape: "ListFilterMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListFiltersResponse: {
      members: {
        filters: {
          shape: "FilterList"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      required: [
        "filters"
      ],
      type: "structure"
    },
    ListFindingAggregationsMaxResults: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListFindingAggregationsRequest: {
      members: {
        accountIds: {
          shape: "StringFilterList"
        },
        aggregationRequest: {
          shape: "AggregationRequest"
        },
        aggregationType: {
          shape: "AggregationType"
        },
        maxResults: {
          shape: "ListFindingAggregationsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      required: [
        "aggregationType"
      ],
      type: "structure"
    },
    ListFindingAggregationsResponse: {
      members: {
        aggregationType: {
          shape: "AggregationType"
        },
        nextToken: {
          shape: "NextToken"
        },
        responses: {
          shape: "AggregationResponseList"
        }
      },
      required: [
        "aggregationType"
      ],
      type: "structure"
    },
    ListFindingsMaxResults: {
      box: true,
      max: 100,
      min: 1,
      type: "integer"
    },
    ListFindingsRequest: {
      members: {
        filterCriteria: {
          shape: "FilterCriteria"
        },
        maxResults: {
          shape: "ListFindingsMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        sortCriteria: {
          shape: "SortCriteria"
        }
      },
      type: "structure"
    },
    ListFindingsResponse: {
      members: {
        findings: {
          shape: "FindingList"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListMembersMaxResults: {
      box: true,
      max: 50,
      min: 1,
      type: "integer"
    },
    ListMembersRequest: {
      members: {
        maxResults: {
          shape: "ListMembersMaxResults"
        },
        nextToken: {
          shape: "NextToken"
        },
        onlyAssociated: {
          shape: "Boolean"
        }
      },
      type: "structure"
    },
    ListMembersResponse: {
      members: {
        members: {
          shape: "MemberList"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      type: "structure"
    },
    ListTagsForResourceRequest: {
      members: {
        resourceArn: {
          location: "uri",
          locationName: "resourceArn",
          shape: "Arn"
        }
      },
      required: [
        "resourceArn"
      ],
      type: "structure"
    },
    ListTagsForResourceResponse: {
      members: {
        tags: {
          shape: "TagMap"
        }
      },
      type: "structure"
    },
    ListUsageTotalsMaxResults: {
      box: true,
      max: 500,
      min: 1,
      type: "integer"
    },
    ListUsageTotalsNextToken: {
      min: 1,
      type: "string"
    },
    ListUsageTotalsRequest: {
      members: {
        accountIds: {
          shape: "UsageAccountIdList"
        },
        maxResults: {
          shape: "ListUsageTotalsMaxResults"
        },
        nextToken: {
          shape: "ListUsageTotalsNextToken"
        }
      },
      type: "structure"
    },
    ListUsageTotalsResponse: {
      members: {
        nextToken: {
          shape: "ListUsageTotalsNextToken"
        },
        totals: {
          shape: "UsageTotalList"
        }
      },
      type: "structure"
    },
    Long: {
      box: true,
      type: "long"
    },
    MapComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    MapFilter: {
      members: {
        comparison: {
          shape: "MapComparison"
        },
        key: {
          shape: "MapKey"
        },
        value: {
          shape: "MapValue"
        }
      },
      required: [
        "comparison",
        "key"
      ],
      type: "structure"
    },
    MapFilterList: {
      max: 10,
      member: {
        shape: "MapFilter"
      },
      min: 1,
      type: "list"
    },
    MapKey: {
      max: 128,
      min: 1,
      type: "string"
    },
    MapValue: {
      max: 256,
      min: 0,
      type: "string"
    },
    Member: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        delegatedAdminAccountId: {
          shape: "AccountId"
        },
        relationshipStatus: {
          shape: "RelationshipStatus"
        },
        updatedAt: {
          shape: "DateTimeTimestamp"
        }
      },
      type: "structure"
    },
    MemberAccountEc2DeepInspectionStatus: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        activateDeepInspection: {
          shape: "Boolean"
        }
      },
      required: [
        "accountId",
        "activateDeepInspection"
      ],
      type: "structure"
    },
    MemberAccountEc2DeepInspectionStatusList: {
      max: 100,
      member: {
        shape: "MemberAccountEc2DeepInspectionStatus"
      },
      min: 0,
      type: "list"
    },
    MemberAccountEc2DeepInspectionStatusState: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        errorMessage: {
          shape: "NonEmptyString"
        },
        status: {
          shape: "Ec2DeepInspectionStatus"
        }
      },
      required: [
        "accountId"
      ],
      type: "structure"
    },
    MemberAccountEc2DeepInspectionStatusStateList: {
      max: 100,
      member: {
        shape: "MemberAccountEc2DeepInspectionStatusState"
      },
      min: 0,
      type: "list"
    },
    MemberList: {
      max: 50,
      member: {
        shape: "Member"
      },
      min: 0,
      type: "list"
    },
    MeteringAccountId: {
      pattern: ".*[0-9]{12}.*",
      type: "string"
    },
    MonthlyCostEstimate: {
      min: 0,
      type: "double"
    },
    MonthlySchedule: {
      members: {
        day: {
          shape: "Day"
        },
        startTime: {
          shape: "Time"
        }
      },
      required: [
        "startTime",
        "day"
      ],
      type: "structure"
    },
    NetworkPath: {
      members: {
        steps: {
          shape: "StepList"
        }
      },
      type: "structure"
    },
    NetworkProtocol: {
      enum: [
        "TCP",
        "UDP"
      ],
      type: "string"
    },
    NetworkReachabilityDetails: {
      members: {
        networkPath: {
          shape: "NetworkPath"
        },
        openPortRange: {
          shape: "PortRange"
        },
        protocol: {
          shape: "NetworkProtocol"
        }
      },
      required: [
        "openPortRange",
        "protocol",
        "networkPath"
      ],
      type: "structure"
    },
    NextToken: {
      max: 1e6,
      min: 0,
      type: "string"
    },
    NonEmptyString: {
      min: 1,
      type: "string"
    },
    NonEmptyStringList: {
      member: {
        shape: "NonEmptyString"
      },
      type: "list"
    },
    NumberFilter: {
      members: {
        lowerInclusive: {
          shape: "Double"
        },
        upperInclusive: {
          shape: "Double"
        }
      },
      type: "structure"
    },
    NumberFilterList: {
      max: 10,
      member: {
        shape: "NumberFilter"
      },
      min: 1,
      type: "list"
    },
    OneAccountIdFilterList: {
      max: 1,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    OneTimeSchedule: {
      members: {},
      type: "structure"
    },
    Operation: {
      enum: [
        "ENABLE_SCANNING",
        "DISABLE_SCANNING",
        "ENABLE_REPOSITORY",
        "DISABLE_REPOSITORY"
      ],
      type: "string"
    },
    OwnerId: {
      max: 34,
      min: 12,
      pattern: ".*(^\\d{12}$)|(^o-[a-z0-9]{10,32}$).*",
      type: "string"
    },
    PackageAggregation: {
      members: {
        packageNames: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "PackageSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    PackageAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        packageName: {
          shape: "NonEmptyString"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "packageName"
      ],
      type: "structure"
    },
    PackageArchitecture: {
      max: 64,
      min: 1,
      type: "string"
    },
    PackageEpoch: {
      type: "integer"
    },
    PackageFilter: {
      members: {
        architecture: {
          shape: "StringFilter"
        },
        epoch: {
          shape: "NumberFilter"
        },
        filePath: {
          shape: "StringFilter"
        },
        name: {
          shape: "StringFilter"
        },
        release: {
          shape: "StringFilter"
        },
        sourceLambdaLayerArn: {
          shape: "StringFilter"
        },
        sourceLayerHash: {
          shape: "StringFilter"
        },
        version: {
          shape: "StringFilter"
        }
      },
      type: "structure"
    },
    PackageFilterList: {
      max: 10,
      member: {
        shape: "PackageFilter"
      },
      min: 1,
      type: "list"
    },
    PackageManager: {
      enum: [
        "BUNDLER",
        "CARGO",
        "COMPOSER",
        "NPM",
        "NUGET",
        "PIPENV",
        "POETRY",
        "YARN",
        "GOBINARY",
        "GOMOD",
        "JAR",
        "OS",
        "PIP",
        "PYTHONPKG",
        "NODEPKG",
        "POM",
        "GEMSPEC",
        "DOTNET_CORE"
      ],
      type: "string"
    },
    PackageName: {
      max: 1024,
      min: 1,
      type: "string"
    },
    PackageRelease: {
      max: 1024,
      min: 1,
      type: "string"
    },
    PackageSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    PackageType: {
      enum: [
        "IMAGE",
        "ZIP"
      ],
      type: "string"
    },
    PackageVersion: {
      max: 1024,
      min: 1,
      type: "string"
    },
    PackageVulnerabilityDetails: {
      members: {
        cvss: {
          shape: "CvssScoreList"
        },
        referenceUrls: {
          shape: "NonEmptyStringList"
        },
        relatedVulnerabilities: {
          shape: "VulnerabilityIdList"
        },
        source: {
          shape: "NonEmptyString"
        },
        sourceUrl: {
          shape: "NonEmptyString"
        },
        vendorCreatedAt: {
          shape: "DateTimeTimestamp"
        },
        vendorSeverity: {
          shape: "NonEmptyString"
        },
        vendorUpdatedAt: {
          shape: "DateTimeTimestamp"
        },
        vulnerabilityId: {
          shape: "VulnerabilityId"
        },
        vulnerablePackages: {
          shape: "VulnerablePackageList"
        }
      },
      required: [
        "vulnerabilityId",
        "source"
      ],
      type: "structure"
    },
    Path: {
      max: 512,
      min: 1,
      pattern: "(?:/(?:\\.[-\\w]+|[-\\w]+(?:\\.[-\\w]+)?))+/?",
      type: "string"
    },
    PathList: {
      max: 5,
      member: {
        shape: "Path"
      },
      min: 0,
      type: "list"
    },
    PeriodicScanConfiguration: {
      members: {
        frequency: {
          shape: "PeriodicScanFrequency"
        },
        frequencyExpression: {
          shape: "FrequencyExpression"
        }
      },
      type: "structure"
    },
    PeriodicScanFrequency: {
      enum: [
        "WEEKLY",
        "MONTHLY",
        "NEVER"
      ],
      type: "string"
    },
    Permission: {
      members: {
        operation: {
          shape: "Operation"
        },
        service: {
          shape: "Service"
        }
      },
      required: [
        "service",
        "operation"
      ],
      type: "structure"
    },
    Permissions: {
      max: 1024,
      member: {
        shape: "Permission"
      },
      min: 0,
      type: "list"
    },
    Platform: {
      max: 1024,
      min: 1,
      type: "string"
    },
    PlatformFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    PlatformVersion: {
      max: 8,
      min: 0,
      type: "string"
    },
    Port: {
      box: true,
      max: 65535,
      min: 0,
      type: "integer"
    },
    PortRange: {
      members: {
        begin: {
          shape: "Port"
        },
        end: {
          shape: "Port"
        }
      },
      required: [
        "begin",
        "end"
      ],
      type: "structure"
    },
    PortRangeFilter: {
      members: {
        beginInclusive: {
          shape: "Port"
        },
        endInclusive: {
          shape: "Port"
        }
      },
      type: "structure"
    },
    PortRangeFilterList: {
      max: 10,
      member: {
        shape: "PortRangeFilter"
      },
      min: 1,
      type: "list"
    },
    Product: {
      max: 32,
      min: 0,
      type: "string"
    },
    ProjectCodeSecurityScanConfiguration: {
      members: {
        continuousIntegrationScanConfigurations: {
          shape: "ProjectContinuousIntegrationScanConfigurationList"
        },
        periodicScanConfigurations: {
          shape: "ProjectPeriodicScanConfigurationList"
        }
      },
      type: "structure"
    },
    ProjectContinuousIntegrationScanConfiguration: {
      members: {
        ruleSetCategories: {
          shape: "RuleSetCategories"
        },
        supportedEvent: {
          shape: "ContinuousIntegrationScanEvent"
        }
      },
      type: "structure"
    },
    ProjectContinuousIntegrationScanConfigurationList: {
      member: {
        shape: "ProjectContinuousIntegrationScanConfiguration"
      },
      type: "list"
    },
    ProjectId: {
      pattern: "project-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      type: "string"
    },
    ProjectPeriodicScanConfiguration: {
      members: {
        frequencyExpression: {
          shape: "FrequencyExpression"
        },
        ruleSetCategories: {
          shape: "RuleSetCategories"
        }
      },
      type: "structure"
    },
    ProjectPeriodicScanConfigurationList: {
      member: {
        shape: "ProjectPeriodicScanConfiguration"
      },
      type: "list"
    },
    ProjectSelectionScope: {
      enum: [
        "ALL"
      ],
      type: "string"
    },
    Reason: {
      max: 1024,
      min: 0,
      type: "string"
    },
    Recommendation: {
      members: {
        Url: {
          shape: "NonEmptyString"
        },
        text: {
          shape: "NonEmptyString"
        }
      },
      type: "structure"
    },
    ReferenceUrls: {
      max: 10,
      member: {
        shape: "NonEmptyString"
      },
      min: 1,
      type: "list"
    },
    RelatedVulnerabilities: {
      max: 100,
      member: {
        shape: "RelatedVulnerability"
      },
      min: 0,
      type: "list"
    },
    RelatedVulnerability: {
      min: 0,
      type: "string"
    },
    RelationshipStatus: {
      enum: [
        "CREATED",
        "INVITED",
        "DISABLED",
        "ENABLED",
        "REMOVED",
        "RESIGNED",
        "DELETED",
        "EMAIL_VERIFICATION_IN_PROGRESS",
        "EMAIL_VERIFICATION_FAILED",
        "REGION_DISABLED",
        "ACCOUNT_SUSPENDED",
        "CANNOT_CREATE_DETECTOR_IN_ORG_MASTER"
      ],
      type: "string"
    },
    Remediation: {
      members: {
        recommendation: {
          shape: "Recommendation"
        }
      },
      type: "structure"
    },
    ReportFormat: {
      enum: [
        "CSV",
        "JSON"
      ],
      type: "string"
    },
    ReportId: {
      pattern: ".*\\b[a-f0-9]{8}\\b-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-\\b[a-f0-9]{12}\\b.*",
      type: "string"
    },
    ReportTargetAccounts: {
      max: 1,
      member: {
        shape: "AccountId"
      },
      min: 0,
      type: "list"
    },
    ReportingErrorCode: {
      enum: [
        "INTERNAL_ERROR",
        "INVALID_PERMISSIONS",
        "NO_FINDINGS_FOUND",
        "BUCKET_NOT_FOUND",
        "INCOMPATIBLE_BUCKET_REGION",
        "MALFORMED_KMS_KEY"
      ],
      type: "string"
    },
    RepositoryAggregation: {
      members: {
        repositories: {
          shape: "StringFilterList"
        },
        sortBy: {
          shape: "RepositorySortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      type: "structure"
    },
    RepositoryAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        affectedImages: {
          shape: "Long"
        },
        repository: {
          shape: "NonEmptyString"
        },
        severityCounts: {
          shape: "SeverityCounts"
        }
      },
      required: [
        "repository"
      ],
      type: "structure"
    },
    RepositorySortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL",
        "AFFECTED_IMAGES"
      ],
      type: "string"
    },
    ResetEncryptionKeyRequest: {
      members: {
        resourceType: {
          shape: "ResourceType"
        },
        scanType: {
          shape: "ScanType"
        }
      },
      required: [
        "scanType",
        "resourceType"
      ],
      type: "structure"
    },
    ResetEncryptionKeyResponse: {
      members: {},
      type: "structure"
    },
    Resource: {
      members: {
        details: {
          shape: "ResourceDetails"
        },
        id: {
          shape: "NonEmptyString"
        },
        partition: {
          shape: "NonEmptyString"
        },
        region: {
          shape: "NonEmptyString"
        },
        tags: {
          shape: "TagMap"
        },
        type: {
          shape: "ResourceType"
        }
      },
      required: [
        "type",
        "id"
      ],
      type: "structure"
    },
    ResourceDetails: {
      members: {
        awsEc2Instance: {
          shape: "AwsEc2InstanceDetails"
        },
        awsEcrContainerImage: {
          shape: "AwsEcrContainerImageDetails"
        },
        awsLambdaFunction: {
          shape: "AwsLambdaFunctionDetails"
        },
        codeRepository: {
          shape: "CodeRepositoryDetails"
        }
      },
      type: "structure"
    },
    ResourceFilterCriteria: {
      members: {
        accountId: {
          shape: "ResourceStringFilterList"
        },
        ec2InstanceTags: {
          shape: "ResourceMapFilterList"
        },
        ecrImageTags: {
          shape: "ResourceStringFilterList"
        },
        ecrRepositoryName: {
          shape: "ResourceStringFilterList"
        },
        lambdaFunctionName: {
          shape: "ResourceStringFilterList"
        },
        lambdaFunctionTags: {
          shape: "ResourceMapFilterList"
        },
        resourceId: {
          shape: "ResourceStringFilterList"
        },
        resourceType: {
          shape: "ResourceStringFilterList"
        }
      },
      type: "structure"
    },
    ResourceId: {
      max: 341,
      min: 10,
      pattern: ".*(^arn:.*:ecr:.*:\\d{12}:repository\\/(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*(\\/sha256:[a-z0-9]{64})?$)|(^i-([a-z0-9]{8}|[a-z0-9]{17}|\\\\*)$|(^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$)|(^arn:(aws[a-zA-Z-]*)?:inspector2:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:codesecurity-integration\\/[a-f0-9-]{36}\\/project-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$)).*",
      type: "string"
    },
    ResourceIdFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    ResourceList: {
      max: 10,
      member: {
        shape: "Resource"
      },
      min: 1,
      type: "list"
    },
    ResourceMapComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    ResourceMapFilter: {
      members: {
        comparison: {
          shape: "ResourceMapComparison"
        },
        key: {
          shape: "NonEmptyString"
        },
        value: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "comparison",
        "key"
      ],
      type: "structure"
    },
    ResourceMapFilterList: {
      max: 10,
      member: {
        shape: "ResourceMapFilter"
      },
      min: 1,
      type: "list"
    },
    ResourceNotFoundException: {
      error: {
        httpStatusCode: 404,
        senderFault: true
      },
      exception: true,
      members: {
        message: {
          shape: "String"
        }
      },
      required: [
        "message"
      ],
      type: "structure"
    },
    ResourceScanMetadata: {
      members: {
        codeRepository: {
          shape: "CodeRepositoryMetadata"
        },
        ec2: {
          shape: "Ec2Metadata"
        },
        ecrImage: {
          shape: "EcrContainerImageMetadata"
        },
        ecrRepository: {
          shape: "EcrRepositoryMetadata"
        },
        lambdaFunction: {
          shape: "LambdaFunctionMetadata"
        }
      },
      type: "structure"
    },
    ResourceScanType: {
      enum: [
        "EC2",
        "ECR",
        "LAMBDA",
        "LAMBDA_CODE",
        "CODE_REPOSITORY"
      ],
      type: "string"
    },
    ResourceState: {
      members: {
        codeRepository: {
          shape: "State"
        },
        ec2: {
          shape: "State"
        },
        ecr: {
          shape: "State"
        },
        lambda: {
          shape: "State"
        },
        lambdaCode: {
          shape: "State"
        }
      },
      required: [
        "ec2",
        "ecr"
      ],
      type: "structure"
    },
    ResourceStatus: {
      members: {
        codeRepository: {
          shape: "Status"
        },
        ec2: {
          shape: "Status"
        },
        ecr: {
          shape: "Status"
        },
        lambda: {
          shape: "Status"
        },
        lambdaCode: {
          shape: "Status"
        }
      },
      required: [
        "ec2",
        "ecr"
      ],
      type: "structure"
    },
    ResourceStringComparison: {
      enum: [
        "EQUALS",
        "NOT_EQUALS"
      ],
      type: "string"
    },
    ResourceStringFilter: {
      members: {
        comparison: {
          shape: "ResourceStringComparison"
        },
        value: {
          shape: "ResourceStringInput"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    ResourceStringFilterList: {
      max: 10,
      member: {
        shape: "ResourceStringFilter"
      },
      min: 1,
      type: "list"
    },
    ResourceStringInput: {
      max: 1024,
      min: 1,
      type: "string"
    },
    ResourceTagFilterList: {
      max: 10,
      member: {
        shape: "TagFilter"
      },
      min: 1,
      type: "list"
    },
    ResourceType: {
      enum: [
        "AWS_EC2_INSTANCE",
        "AWS_ECR_CONTAINER_IMAGE",
        "AWS_ECR_REPOSITORY",
        "AWS_LAMBDA_FUNCTION",
        "CODE_REPOSITORY"
      ],
      type: "string"
    },
    RiskScore: {
      box: true,
      type: "integer"
    },
    RuleId: {
      max: 500,
      min: 1,
      type: "string"
    },
    RuleSetCategories: {
      max: 3,
      member: {
        shape: "RuleSetCategory"
      },
      min: 1,
      type: "list"
    },
    RuleSetCategory: {
      enum: [
        "SAST",
        "IAC",
        "SCA"
      ],
      type: "string"
    },
    Runtime: {
      enum: [
        "NODEJS",
        "NODEJS_12_X",
        "NODEJS_14_X",
        "NODEJS_16_X",
        "JAVA_8",
        "JAVA_8_AL2",
        "JAVA_11",
        "PYTHON_3_7",
        "PYTHON_3_8",
        "PYTHON_3_9",
        "UNSUPPORTED",
        "NODEJS_18_X",
        "GO_1_X",
        "JAVA_17",
        "PYTHON_3_10",
        "PYTHON_3_11",
        "DOTNETCORE_3_1",
        "DOTNET_6",
        "DOTNET_7",
        "RUBY_2_7",
        "RUBY_3_2",
        "DOTNET_10",
        "NODEJS_24_X"
      ],
      type: "string"
    },
    SbomReportFormat: {
      enum: [
        "CYCLONEDX_1_4",
        "SPDX_2_3"
      ],
      type: "string"
    },
    ScanConfigurationArn: {
      pattern: "arn:(aws[a-zA-Z-]*)?:inspector2:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:owner/(\\d{12}|o-[a-z0-9]{10,32})/codesecurity-configuration/[a-f0-9-]{36}",
      type: "string"
    },
    ScanConfigurationName: {
      max: 60,
      min: 1,
      pattern: "[a-zA-Z0-9-_$:.]*",
      type: "string"
    },
    ScanMode: {
      enum: [
        "EC2_SSM_AGENT_BASED",
        "EC2_AGENTLESS"
      ],
      type: "string"
    },
    ScanStatus: {
      members: {
        reason: {
          shape: "ScanStatusReason"
        },
        statusCode: {
          shape: "ScanStatusCode"
        }
      },
      required: [
        "statusCode",
        "reason"
      ],
      type: "structure"
    },
    ScanStatusCode: {
      enum: [
        "ACTIVE",
        "INACTIVE"
      ],
      type: "string"
    },
    ScanStatusReason: {
      enum: [
        "PENDING_INITIAL_SCAN",
        "ACCESS_DENIED",
        "INTERNAL_ERROR",
        "UNMANAGED_EC2_INSTANCE",
        "UNSUPPORTED_OS",
        "SCAN_ELIGIBILITY_EXPIRED",
        "RESOURCE_TERMINATED",
        "SUCCESSFUL",
        "NO_RESOURCES_FOUND",
        "IMAGE_SIZE_EXCEEDED",
        "SCAN_FREQUENCY_MANUAL",
        "SCAN_FREQUENCY_SCAN_ON_PUSH",
        "EC2_INSTANCE_STOPPED",
        "PENDING_DISABLE",
        "NO_INVENTORY",
        "STALE_INVENTORY",
        "EXCLUDED_BY_TAG",
        "UNSUPPORTED_RUNTIME",
        "UNSUPPORTED_MEDIA_TYPE",
        "UNSUPPORTED_CONFIG_FILE",
        "DEEP_INSPECTION_PACKAGE_COLLECTION_LIMIT_EXCEEDED",
        "DEEP_INSPECTION_DAILY_SSM_INVENTORY_LIMIT_EXCEEDED",
        "DEEP_INSPECTION_COLLECTION_TIME_LIMIT_EXCEEDED",
        "DEEP_INSPECTION_NO_INVENTORY",
        "AGENTLESS_INSTANCE_STORAGE_LIMIT_EXCEEDED",
        "AGENTLESS_INSTANCE_COLLECTION_TIME_LIMIT_EXCEEDED",
        "PENDING_REVIVAL_SCAN",
        "INTEGRATION_CONNECTION_LOST",
        "ACCESS_DENIED_TO_ENCRYPTION_KEY",
        "UNSUPPORTED_LANGUAGE",
        "NO_SCAN_CONFIGURATION_ASSOCIATED",
        "SCAN_IN_PROGRESS",
        "IMAGE_ARCHIVED",
        "UNSUPPORTED_CODE_ARTIFACTS"
      ],
      type: "string"
    },
    ScanType: {
      enum: [
        "NETWORK",
        "PACKAGE",
        "CODE"
      ],
      type: "string"
    },
    Schedule: {
      members: {
        daily: {
          shape: "DailySchedule"
        },
        monthly: {
          shape: "MonthlySchedule"
        },
        oneTime: {
          shape: "OneTimeSchedule"
        },
        weekly: {
          shape: "WeeklySchedule"
        }
      },
      type: "structure",
      union: true
    },
    ScopeSettings: {
      members: {
        projectSelectionScope: {
          shape: "ProjectSelectionScope"
        }
      },
      type: "structure"
    },
    SearchVulnerabilitiesFilterCriteria: {
      members: {
        vulnerabilityIds: {
          shape: "VulnIdList"
        }
      },
      required: [
        "vulnerabilityIds"
      ],
      type: "structure"
    },
    SearchVulnerabilitiesRequest: {
      members: {
        filterCriteria: {
          shape: "SearchVulnerabilitiesFilterCriteria"
        },
        nextToken: {
          shape: "NextToken"
        }
      },
      required: [
        "filterCriteria"
      ],
      type: "structure"
    },
    SearchVulnerabilitiesResponse: {
      members: {
        nextToken: {
          shape: "NextToken"
        },
        vulnerabilities: {
          shape: "Vulnerabilities"
        }
      },
      required: [
        "vulnerabilities"
      ],
      type: "structure"
    },
    SecurityGroupId: {
      pattern: "sg-([a-z0-9]{8}|[a-z0-9]{17}|\\*)",
      type: "string"
    },
    SecurityGroupIdList: {
      max: 5,
      member: {
        shape: "SecurityGroupId"
      },
      min: 0,
      type: "list"
    },
    SendCisSessionHealthRequest: {
      members: {
        scanJobId: {
          shape: "UUID"
        },
        sessionToken: {
          shape: "UUID"
        }
      },
      required: [
        "scanJobId",
        "sessionToken"
      ],
      type: "structure"
    },
    SendCisSessionHealthResponse: {
      members: {},
      type: "structure"
    },
    SendCisSessionTelemetryRequest: {
      members: {
        messages: {
          shape: "CisSessionMessages"
        },
        scanJobId: {
          shape: "UUID"
        },
        sessionToken: {
          shape: "UUID"
        }
      },
      required: [
        "scanJobId",
        "sessionToken",
        "messages"
      ],
      type: "structure"
    },
    SendCisSessionTelemetryResponse: {
      members: {},
      type: "structure"
    },
    Service: {
      enum: [
        "EC2",
        "ECR",
        "LAMBDA"
      ],
      type: "string"
    },
    ServiceQuotaExceededException: {
      error: {
        httpStatusCode: 402,
        senderFault: true
      },
      exception: true,
      members: {
        message: {
          shape: "String"
        },
        resourceId: {
          shape: "String"
        }
      },
      required: [
        "message",
        "resourceId"
      ],
      type: "structure"
    },
    Severity: {
      enum: [
        "INFORMATIONAL",
        "LOW",
        "MEDIUM",
        "HIGH",
        "CRITICAL",
        "UNTRIAGED"
      ],
      type: "string"
    },
    SeverityCounts: {
      members: {
        all: {
          shape: "Long"
        },
        critical: {
          shape: "Long"
        },
        high: {
          shape: "Long"
        },
        medium: {
          shape: "Long"
        }
      },
      type: "structure"
    },
    SortCriteria: {
      members: {
        field: {
          shape: "SortField"
        },
        sortOrder: {
          shape: "SortOrder"
        }
      },
      required: [
        "field",
        "sortOrder"
      ],
      type: "structure"
    },
    SortField: {
      enum: [
        "AWS_ACCOUNT_ID",
        "FINDING_TYPE",
        "SEVERITY",
        "FIRST_OBSERVED_AT",
        "LAST_OBSERVED_AT",
        "FINDING_STATUS",
        "RESOURCE_TYPE",
        "ECR_IMAGE_PUSHED_AT",
        "ECR_IMAGE_REPOSITORY_NAME",
        "ECR_IMAGE_REGISTRY",
        "NETWORK_PROTOCOL",
        "COMPONENT_TYPE",
        "VULNERABILITY_ID",
        "VULNERABILITY_SOURCE",
        "INSPECTOR_SCORE",
        "VENDOR_SEVERITY",
        "EPSS_SCORE"
      ],
      type: "string"
    },
    SortOrder: {
      enum: [
        "ASC",
        "DESC"
      ],
      type: "string"
    },
    SourceLayerHash: {
      max: 71,
      min: 71,
      pattern: "sha256:[a-z0-9]{64}",
      type: "string"
    },
    StartCisSessionMessage: {
      members: {
        sessionToken: {
          shape: "UUID"
        }
      },
      required: [
        "sessionToken"
      ],
      type: "structure"
    },
    StartCisSessionRequest: {
      members: {
        message: {
          shape: "StartCisSessionMessage"
        },
        scanJobId: {
          shape: "UUID"
        }
      },
      required: [
        "scanJobId",
        "message"
      ],
      type: "structure"
    },
    StartCisSessionResponse: {
      members: {},
      type: "structure"
    },
    StartCodeSecurityScanRequest: {
      members: {
        clientToken: {
          idempotencyToken: true,
          shape: "CodeSecurityClientToken"
        },
        resource: {
          shape: "CodeSecurityResource"
        }
      },
      required: [
        "resource"
      ],
      type: "structure"
    },
    StartCodeSecurityScanResponse: {
      members: {
        scanId: {
          shape: "CodeSecurityUuid"
        },
        status: {
          shape: "CodeScanStatus"
        }
      },
      type: "structure"
    },
    State: {
      members: {
        errorCode: {
          shape: "ErrorCode"
        },
        errorMessage: {
          shape: "NonEmptyString"
        },
        status: {
          shape: "Status"
        }
      },
      required: [
        "status",
        "errorCode",
        "errorMessage"
      ],
      type: "structure"
    },
    Status: {
      enum: [
        "ENABLING",
        "ENABLED",
        "DISABLING",
        "DISABLED",
        "SUSPENDING",
        "SUSPENDED"
      ],
      type: "string"
    },
    StatusCounts: {
      members: {
        failed: {
          shape: "Integer"
        },
        passed: {
          shape: "Integer"
        },
        skipped: {
          shape: "Integer"
        }
      },
      type: "structure"
    },
    Step: {
      members: {
        componentArn: {
          shape: "ComponentArn"
        },
        componentId: {
          shape: "Component"
        },
        componentType: {
          shape: "ComponentType"
        }
      },
      required: [
        "componentId",
        "componentType"
      ],
      type: "structure"
    },
    StepList: {
      max: 30,
      member: {
        shape: "Step"
      },
      min: 1,
      type: "list"
    },
    StopCisMessageProgress: {
      members: {
        errorChecks: {
          shape: "CheckCount"
        },
        failedChecks: {
          shape: "CheckCount"
        },
        informationalChecks: {
          shape: "CheckCount"
        },
        notApplicableChecks: {
          shape: "CheckCount"
        },
        notEvaluatedChecks: {
          shape: "CheckCount"
        },
        successfulChecks: {
          shape: "CheckCount"
        },
        totalChecks: {
          shape: "CheckCount"
        },
        unknownChecks: {
          shape: "CheckCount"
        }
      },
      type: "structure"
    },
    StopCisSessionMessage: {
      members: {
        benchmarkProfile: {
          shape: "BenchmarkProfile"
        },
        benchmarkVersion: {
          shape: "BenchmarkVersion"
        },
        computePlatform: {
          shape: "ComputePlatform"
        },
        progress: {
          shape: "StopCisMessageProgress"
        },
        reason: {
          shape: "Reason"
        },
        status: {
          shape: "StopCisSessionStatus"
        }
      },
      required: [
        "status",
        "progress"
      ],
      type: "structure"
    },
    StopCisSessionRequest: {
      members: {
        message: {
          shape: "StopCisSessionMessage"
        },
        scanJobId: {
          shape: "UUID"
        },
        sessionToken: {
          shape: "UUID"
        }
      },
      required: [
        "scanJobId",
        "sessionToken",
        "message"
      ],
      type: "structure"
    },
    StopCisSessionResponse: {
      members: {},
      type: "structure"
    },
    StopCisSessionStatus: {
      enum: [
        "SUCCESS",
        "FAILED",
        "INTERRUPTED",
        "UNSUPPORTED_OS"
      ],
      type: "string"
    },
    String: {
      type: "string"
    },
    StringComparison: {
      enum: [
        "EQUALS",
        "PREFIX",
        "NOT_EQUALS"
      ],
      type: "string"
    },
    StringFilter: {
      members: {
        comparison: {
          shape: "StringComparison"
        },
        value: {
          shape: "StringInput"
        }
      },
      required: [
        "comparison",
        "value"
      ],
      type: "structure"
    },
    StringFilterList: {
      max: 10,
      member: {
        shape: "StringFilter"
      },
      min: 1,
      type: "list"
    },
    StringInput: {
      max: 1024,
      min: 1,
      type: "string"
    },
    StringList: {
      member: {
        shape: "NonEmptyString"
      },
      type: "list"
    },
    SubnetId: {
      pattern: "subnet-([a-z0-9]{8}|[a-z0-9]{17}|\\*)",
      type: "string"
    },
    SubnetIdList: {
      max: 16,
      member: {
        shape: "SubnetId"
      },
      min: 0,
      type: "list"
    },
    SuccessfulAssociationResult: {
      members: {
        resource: {
          shape: "CodeSecurityResource"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      type: "structure"
    },
    SuccessfulAssociationResultList: {
      member: {
        shape: "SuccessfulAssociationResult"
      },
      type: "list"
    },
    SuggestedFix: {
      members: {
        code: {
          shape: "SuggestedFixCodeString"
        },
        description: {
          shape: "SuggestedFixDescriptionString"
        }
      },
      type: "structure"
    },
    SuggestedFixCodeString: {
      max: 2500,
      min: 1,
      type: "string"
    },
    SuggestedFixDescriptionString: {
      max: 1e3,
      min: 1,
      type: "string"
    },
    SuggestedFixes: {
      max: 5,
      member: {
        shape: "SuggestedFix"
      },
      min: 1,
      type: "list"
    },
    TagComparison: {
      enum: [
        "EQUALS"
      ],
      type: "string"
    },
    TagFilter: {
      members: {
        comparison: {
          shape: "TagComparison"
        },
        key: {
          shape: "NonEmptyString"
        },
        value: {
          shape: "NonEmptyString"
        }
      },
      required: [
        "comparison",
        "key",
        "value"
      ],
      type: "structure"
    },
    TagKey: {
      max: 128,
      min: 1,
      pattern: "(?!aws:)[a-zA-Z+-=._:/]+",
      type: "string"
    },
    TagKeyList: {
      max: 50,
      member: {
        shape: "TagKey"
      },
      min: 0,
      type: "list"
    },
    TagList: {
      member: {
        shape: "String"
      },
      type: "list"
    },
    TagMap: {
      key: {
        shape: "MapKey"
      },
      type: "map",
      value: {
        shape: "MapValue"
      }
    },
    TagResourceRequest: {
      members: {
        resourceArn: {
          location: "uri",
          locationName: "resourceArn",
          shape: "Arn"
        },
        tags: {
          shape: "TagMap"
        }
      },
      required: [
        "resourceArn",
        "tags"
      ],
      type: "structure"
    },
    TagResourceResponse: {
      members: {},
      type: "structure"
    },
    TagValueList: {
      max: 5,
      member: {
        shape: "TargetResourceTagsValue"
      },
      min: 1,
      type: "list"
    },
    Target: {
      max: 50,
      min: 0,
      type: "string"
    },
    TargetAccount: {
      pattern: "\\d{12}|ALL_ACCOUNTS|SELF",
      type: "string"
    },
    TargetAccountList: {
      max: 1e4,
      member: {
        shape: "TargetAccount"
      },
      min: 1,
      type: "list"
    },
    TargetResourceTags: {
      key: {
        shape: "TargetResourceTagsKey"
      },
      max: 5,
      min: 1,
      type: "map",
      value: {
        shape: "TagValueList"
      }
    },
    TargetResourceTagsKey: {
      max: 128,
      min: 1,
      pattern: "[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*",
      type: "string"
    },
    TargetResourceTagsValue: {
      max: 256,
      min: 1,
      type: "string"
    },
    TargetStatusFilterList: {
      max: 10,
      member: {
        shape: "CisTargetStatusFilter"
      },
      min: 1,
      type: "list"
    },
    TargetStatusReasonFilterList: {
      max: 10,
      member: {
        shape: "CisTargetStatusReasonFilter"
      },
      min: 1,
      type: "list"
    },
    Targets: {
      member: {
        shape: "Target"
      },
      min: 0,
      type: "list"
    },
    ThrottlingException: {
      error: {
        httpStatusCode: 429,
        senderFault: true
      },
      exception: true,
      members: {
        message: {
          shape: "String"
        },
        retryAfterSeconds: {
          location: "header",
          locationName: "Retry-After",
          shape: "Integer"
        }
      },
      required: [
        "message"
      ],
      retryable: {
        throttling: true
      },
      type: "structure"
    },
    Time: {
      members: {
        timeOfDay: {
          shape: "TimeOfDay"
        },
        timezone: {
          shape: "Timezone"
        }
      },
      required: [
        "timeOfDay",
        "timezone"
      ],
      type: "structure"
    },
    TimeOfDay: {
      pattern: "([0-1]?[0-9]|2[0-3]):[0-5][0-9]",
      type: "string"
    },
    Timestamp: {
      type: "timestamp"
    },
    Timezone: {
      max: 50,
      min: 1,
      type: "string"
    },
    TitleAggregation: {
      members: {
        findingType: {
          shape: "AggregationFindingType"
        },
        resourceType: {
          shape: "AggregationResourceType"
        },
        sortBy: {
          shape: "TitleSortBy"
        },
        sortOrder: {
          shape: "SortOrder"
        },
        titles: {
          shape: "StringFilterList"
        },
        vulnerabilityIds: {
          shape: "StringFilterList"
        }
      },
      type: "structure"
    },
    TitleAggregationResponse: {
      members: {
        accountId: {
          shape: "AccountId"
        },
        severityCounts: {
          shape: "SeverityCounts"
        },
        title: {
          shape: "NonEmptyString"
        },
        vulnerabilityId: {
          shape: "String"
        }
      },
      required: [
        "title"
      ],
      type: "structure"
    },
    TitleFilterList: {
      max: 10,
      member: {
        shape: "CisStringFilter"
      },
      min: 1,
      type: "list"
    },
    TitleSortBy: {
      enum: [
        "CRITICAL",
        "HIGH",
        "ALL"
      ],
      type: "string"
    },
    Tool: {
      min: 0,
      type: "string"
    },
    Tools: {
      member: {
        shape: "Tool"
      },
      type: "list"
    },
    Ttp: {
      max: 30,
      min: 0,
      type: "string"
    },
    Ttps: {
      member: {
        shape: "Ttp"
      },
      min: 0,
      type: "list"
    },
    UUID: {
      pattern: "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      type: "string"
    },
    UntagResourceRequest: {
      members: {
        resourceArn: {
          location: "uri",
          locationName: "resourceArn",
          shape: "Arn"
        },
        tagKeys: {
          location: "querystring",
          locationName: "tagKeys",
          shape: "TagKeyList"
        }
      },
      required: [
        "resourceArn",
        "tagKeys"
      ],
      type: "structure"
    },
    UntagResourceResponse: {
      members: {},
      type: "structure"
    },
    UpdateCisScanConfigurationRequest: {
      members: {
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        },
        scanName: {
          shape: "CisScanName"
        },
        schedule: {
          shape: "Schedule"
        },
        securityLevel: {
          shape: "CisSecurityLevel"
        },
        targets: {
          shape: "UpdateCisTargets"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    UpdateCisScanConfigurationResponse: {
      members: {
        scanConfigurationArn: {
          shape: "CisScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn"
      ],
      type: "structure"
    },
    UpdateCisTargets: {
      members: {
        accountIds: {
          shape: "TargetAccountList"
        },
        targetResourceTags: {
          shape: "TargetResourceTags"
        }
      },
      type: "structure"
    },
    UpdateCodeSecurityIntegrationRequest: {
      members: {
        details: {
          shape: "UpdateIntegrationDetails"
        },
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        }
      },
      required: [
        "integrationArn",
        "details"
      ],
      type: "structure"
    },
    UpdateCodeSecurityIntegrationResponse: {
      members: {
        integrationArn: {
          shape: "CodeSecurityIntegrationArn"
        },
        status: {
          shape: "IntegrationStatus"
        }
      },
      required: [
        "integrationArn",
        "status"
      ],
      type: "structure"
    },
    UpdateCodeSecurityScanConfigurationRequest: {
      members: {
        configuration: {
          shape: "CodeSecurityScanConfiguration"
        },
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      required: [
        "scanConfigurationArn",
        "configuration"
      ],
      type: "structure"
    },
    UpdateCodeSecurityScanConfigurationResponse: {
      members: {
        scanConfigurationArn: {
          shape: "ScanConfigurationArn"
        }
      },
      type: "structure"
    },
    UpdateConfigurationRequest: {
      members: {
        ec2Configuration: {
          shape: "Ec2Configuration"
        },
        ecrConfiguration: {
          shape: "EcrConfiguration"
        }
      },
      type: "structure"
    },
    UpdateConfigurationResponse: {
      members: {},
      type: "structure"
    },
    UpdateEc2DeepInspectionConfigurationRequest: {
      members: {
        activateDeepInspection: {
          shape: "Boolean"
        },
        packagePaths: {
          shape: "PathList"
        }
      },
      type: "structure"
    },
    UpdateEc2DeepInspectionConfigurationResponse: {
      members: {
        errorMessage: {
          shape: "NonEmptyString"
        },
        orgPackagePaths: {
          shape: "PathList"
        },
        packagePaths: {
          shape: "PathList"
        },
        status: {
          shape: "Ec2DeepInspectionStatus"
        }
      },
      type: "structure"
    },
    UpdateEncryptionKeyRequest: {
      members: {
        kmsKeyId: {
          shape: "KmsKeyArn"
        },
        resourceType: {
          shape: "ResourceType"
        },
        scanType: {
          shape: "ScanType"
        }
      },
      required: [
        "kmsKeyId",
        "scanType",
        "resourceType"
      ],
      type: "structure"
    },
    UpdateEncryptionKeyResponse: {
      members: {},
      type: "structure"
    },
    UpdateFilterRequest: {
      members: {
        action: {
          shape: "FilterAction"
        },
        description: {
          shape: "FilterDescription"
        },
        filterArn: {
          shape: "FilterArn"
        },
        filterCriteria: {
          shape: "FilterCriteria"
        },
        name: {
          shape: "FilterName"
        },
        reason: {
          shape: "FilterReason"
        }
      },
      required: [
        "filterArn"
      ],
      type: "structure"
    },
    UpdateFilterResponse: {
      members: {
        arn: {
          shape: "FilterArn"
        }
      },
      required: [
        "arn"
      ],
      type: "structure"
    },
    UpdateGitHubIntegrationDetail: {
      members: {
        code: {
          shape: "GitHubAuthCode"
        },
        installationId: {
          shape: "GitHubInstallationId"
        }
      },
      required: [
        "code",
        "installationId"
      ],
      type: "structure"
    },
    UpdateGitLabSelfManagedIntegrationDetail: {
      members: {
        authCode: {
          shape: "GitLabAuthCode"
        }
      },
      required: [
        "authCode"
      ],
      type: "structure"
    },
    UpdateIntegrationDetails: {
      members: {
        github: {
          shape: "UpdateGitHubIntegrationDetail"
        },
        gitlabSelfManaged: {
          shape: "UpdateGitLabSelfManagedIntegrationDetail"
        }
      },
      type: "structure",
      union: true
    },
    UpdateOrgEc2DeepInspectionConfigurationRequest: {
      members: {
        orgPackagePaths: {
          shape: "PathList"
        }
      },
      required: [
        "orgPackagePaths"
      ],
      type: "structure"
    },
    UpdateOrgEc2DeepInspectionConfigurationResponse: {
      members: {},
      type: "structure"
    },
    UpdateOrganizationConfigurationRequest: {
      members: {
        autoEnable: {
          shape: "AutoEnable"
        }
      },
      required: [
        "autoEnable"
      ],
      type: "structure"
    },
    UpdateOrganizationConfigurationResponse: {
      members: {
        autoEnable: {
          shape: "AutoEnable"
        }
      },
      required: [
        "autoEnable"
      ],
      type: "structure"
    },
    Usage: {
      members: {
        currency: {
          shape: "Currency"
        },
        estimatedMonthlyCost: {
          shape: "MonthlyCostEstimate"
        },
        total: {
          shape: "UsageValue"
        },
        type: {
          shape: "UsageType"
        }
      },
      type: "structure"
    },
    UsageAccountId: {
      pattern: ".*[0-9]{12}.*",
      type: "string"
    },
    UsageAccountIdList: {
      max: 7e3,
      member: {
        shape: "UsageAccountId"
      },
      min: 1,
      type: "list"
    },
    UsageList: {
      member: {
        shape: "Usage"
      },
      type: "list"
    },
    UsageTotal: {
      members: {
        accountId: {
          shape: "MeteringAccountId"
        },
        usage: {
          shape: "UsageList"
        }
      },
      type: "structure"
    },
    UsageTotalList: {
      member: {
        shape: "UsageTotal"
      },
      type: "list"
    },
    UsageType: {
      enum: [
        "EC2_INSTANCE_HOURS",
        "ECR_INITIAL_SCAN",
        "ECR_RESCAN",
        "LAMBDA_FUNCTION_HOURS",
        "LAMBDA_FUNCTION_CODE_HOURS",
        "CODE_REPOSITORY_SAST",
        "CODE_REPOSITORY_IAC",
        "CODE_REPOSITORY_SCA",
        "EC2_AGENTLESS_INSTANCE_HOURS"
      ],
      type: "string"
    },
    UsageValue: {
      min: 0,
      type: "double"
    },
    ValidationException: {
      error: {
        httpStatusCode: 400,
        senderFault: true
      },
      exception: true,
      members: {
        fields: {
          shape: "ValidationExceptionFields"
        },
        message: {
          shape: "String"
        },
        reason: {
          shape: "ValidationExceptionReason"
        }
      },
      required: [
        "message",
        "reason"
      ],
      type: "structure"
    },
    ValidationExceptionField: {
      members: {
        message: {
          shape: "String"
        },
        name: {
          shape: "String"
        }
      },
      required: [
        "name",
        "message"
      ],
      type: "structure"
    },
    ValidationExceptionFields: {
      member: {
        shape: "ValidationExceptionField"
      },
      type: "list"
    },
    ValidationExceptionReason: {
      enum: [
        "CANNOT_PARSE",
        "FIELD_VALIDATION_FAILED",
        "OTHER"
      ],
      type: "string"
    },
    Vendor: {
      max: 16,
      min: 0,
      type: "string"
    },
    VendorCreatedAt: {
      type: "timestamp"
    },
    VendorSeverity: {
      max: 64,
      min: 1,
      type: "string"
    },
    VendorUpdatedAt: {
      type: "timestamp"
    },
    Version: {
      pattern: "\\$LATEST|[0-9]+",
      type: "string"
    },
    VpcId: {
      pattern: "vpc-([a-z0-9]{8}|[a-z0-9]{17}|\\*)",
      type: "string"
    },
    VulnId: {
      pattern: "CVE-[12][0-9]{3}-[0-9]{1,10}",
      type: "string"
    },
    VulnIdList: {
      max: 1,
      member: {
        shape: "VulnId"
      },
      min: 1,
      type: "list"
    },
    Vulnerabilities: {
      max: 1,
      member: {
        shape: "Vulnerability"
      },
      min: 0,
      type: "list"
    },
    Vulnerability: {
      members: {
        atigData: {
          shape: "AtigData"
        },
        cisaData: {
          shape: "CisaData"
        },
        cvss2: {
          shape: "Cvss2"
        },
        cvss3: {
          shape: "Cvss3"
        },
        cvss4: {
          shape: "Cvss4"
        },
        cwes: {
          shape: "Cwes"
        },
        description: {
          shape: "VulnerabilityDescription"
        },
        detectionPlatforms: {
          shape: "DetectionPlatforms"
        },
        epss: {
          shape: "Epss"
        },
        exploitObserved: {
          shape: "ExploitObserved"
        },
        id: {
          shape: "NonEmptyString"
        },
        referenceUrls: {
          shape: "VulnerabilityReferenceUrls"
        },
        relatedVulnerabilities: {
          shape: "RelatedVulnerabilities"
        },
        source: {
          shape: "VulnerabilitySource"
        },
        sourceUrl: {
          shape: "VulnerabilitySourceUrl"
        },
        vendorCreatedAt: {
          shape: "VendorCreatedAt"
        },
        vendorSeverity: {
          shape: "VendorSeverity"
        },
        vendorUpdatedAt: {
          shape: "VendorUpdatedAt"
        }
      },
      required: [
        "id"
      ],
      type: "structure"
    },
    VulnerabilityDescription: {
      type: "string"
    },
    VulnerabilityId: {
      max: 128,
      min: 1,
      type: "string"
    },
    VulnerabilityIdList: {
      member: {
        shape: "VulnerabilityId"
      },
      type: "list"
    },
    VulnerabilityReferenceUrl: {
      min: 0,
      type: "string"
    },
    VulnerabilityReferenceUrls: {
      max: 100,
      member: {
        shape: "VulnerabilityReferenceUrl"
      },
      min: 0,
      type: "list"
    },
    VulnerabilitySource: {
      enum: [
        "NVD"
      ],
      type: "string"
    },
    VulnerabilitySourceUrl: {
      min: 0,
      type: "string"
    },
    VulnerablePackage: {
      members: {
        arch: {
          shape: "PackageArchitecture"
        },
        epoch: {
          shape: "PackageEpoch"
        },
        filePath: {
          shape: "FilePath"
        },
        fixedInVersion: {
          shape: "PackageVersion"
        },
        name: {
          shape: "PackageName"
        },
        packageManager: {
          shape: "PackageManager"
        },
        release: {
          shape: "PackageRelease"
        },
        remediation: {
          shape: "VulnerablePackageRemediation"
        },
        sourceLambdaLayerArn: {
          shape: "LambdaLayerArn"
        },
        sourceLayerHash: {
          shape: "SourceLayerHash"
        },
        version: {
          shape: "PackageVersion"
        }
      },
      required: [
        "name",
        "version"
      ],
      type: "structure"
    },
    VulnerablePackageList: {
      member: {
        shape: "VulnerablePackage"
      },
      type: "list"
    },
    VulnerablePackageRemediation: {
      max: 1024,
      min: 1,
      type: "string"
    },
    WeeklySchedule: {
      members: {
        days: {
          shape: "DaysList"
        },
        startTime: {
          shape: "Time"
        }
      },
      required: [
        "startTime",
        "days"
      ],
      type: "structure"
    }
  },
  version: "2.0"
};

// src/emulator/inspector2/model.ts
var model2 = inspector2_2020_06_08_default;
var SIGNING_NAME = model2.metadata.signingName;
function shape2(name) {
  return shapeIn(model2, name);
}
function operation2(name) {
  return operationIn(model2, name);
}
function isOperation2(name) {
  return Object.hasOwn(model2.operations, name);
}
function enum2(name) {
  return shape2(name).enum ?? [];
}
var ROUTES = /* @__PURE__ */ new Map();
var TEMPLATED = [];
for (const [name, op] of Object.entries(model2.operations)) {
  if (op.http === void 0) continue;
  const uri = op.http.requestUri;
  const brace = uri.indexOf("{");
  if (brace < 0) ROUTES.set(`${op.http.method} ${uri}`, name);
  else TEMPLATED.push({ method: op.http.method, prefix: uri.slice(0, brace), operation: name });
}
function routeOf(method, path) {
  const exact = ROUTES.get(`${method} ${path}`);
  if (exact !== void 0) return exact;
  const templated = TEMPLATED.find(
    (t) => t.method === method && path.startsWith(t.prefix) && path.length > t.prefix.length
  );
  return templated?.operation;
}
function listMaxOf(operation, member) {
  return listMaxIn(model2, operation, member);
}
function toSdkShape(shapeName, value) {
  const shape = shape2(shapeName);
  if (value === null || value === void 0) return value;
  switch (shape.type) {
    case "timestamp":
      return typeof value === "number" ? new Date(Math.round(value * 1e3)) : value;
    case "structure": {
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        const ref = shape.members?.[k];
        out[k] = ref ? toSdkShape(ref.shape, v) : v;
      }
      return out;
    }
    case "list":
      return value.map((v) => toSdkShape(shape.member.shape, v));
    case "map":
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          toSdkShape(shape.value.shape, v)
        ])
      );
    default:
      return value;
  }
}

// src/emulator/inspector2/aggregations.ts
var s = (get) => ({ kind: "string", get });
var one = (v) => v === void 0 ? [] : [v];
var image = (f) => f.resource.image;
var distinct = (group) => new Set(group.map((f) => f.resource.id)).size;
var countWhere = (group, test) => group.filter(test).length;
var exploitable = (f) => f.type === "PACKAGE_VULNERABILITY" && factsOf(f.ref, f.target).exploitAvailable === "YES";
var fixable = (f) => f.type === "PACKAGE_VULNERABILITY" && factsOf(f.ref, f.target).fixAvailable === "YES";
var byTypeFields = {
  findingType: s((f) => f.type),
  resourceType: s((f) => f.resource.type)
};
var PER_ACCOUNT = {
  keys: () => ["account"],
  fields: byTypeFields,
  item: (_k, g, account) => ({
    accountId: account,
    exploitAvailableCount: countWhere(g, exploitable),
    fixAvailableCount: countWhere(g, fixable)
  })
};
var KINDS = {
  ACCOUNT: { member: "accountAggregation", ...PER_ACCOUNT },
  // The response has no finding type: it counts the account's findings of the type asked for.
  FINDING_TYPE: { member: "findingTypeAggregation", ...PER_ACCOUNT },
  AMI: {
    member: "amiAggregation",
    keys: (f) => one(f.resource.ec2?.amiId),
    fields: { amis: s((f) => f.resource.ec2?.amiId) },
    item: (k, g, account) => ({ accountId: account, affectedInstances: distinct(g), ami: k })
  },
  AWS_EC2_INSTANCE: {
    member: "ec2InstanceAggregation",
    keys: (f) => one(f.resource.ec2?.instanceId),
    fields: {
      amis: s((f) => f.resource.ec2?.amiId),
      instanceIds: s((f) => f.resource.ec2?.instanceId),
      instanceTags: { kind: "map", get: (f) => f.resource.tags },
      operatingSystems: s((f) => f.resource.ec2?.platform)
    },
    item: (k, g, account) => {
      const r = g[0].resource;
      return {
        accountId: account,
        ami: r.ec2.amiId,
        instanceId: k,
        instanceTags: { ...r.tags },
        networkFindings: countWhere(g, (f) => f.type === "NETWORK_REACHABILITY"),
        operatingSystem: r.ec2.platform
      };
    }
  },
  AWS_ECR_CONTAINER: {
    member: "awsEcrContainerAggregation",
    keys: (f) => image(f) ? [f.resource.id] : [],
    fields: {
      architectures: s((f) => image(f)?.architecture),
      imageShas: s((f) => image(f)?.digest),
      imageTags: s((f) => image(f)?.tags),
      inUseCount: { kind: "number", get: (f) => image(f)?.inUseCount },
      lastInUseAt: { kind: "date", get: (f) => image(f)?.lastInUseAt },
      repositories: s((f) => image(f)?.repositoryName),
      resourceIds: s((f) => f.resource.id)
    },
    item: (k, g, account) => {
      const img = g[0].resource.image;
      return {
        accountId: account,
        architecture: img.architecture,
        imageSha: img.digest,
        imageTags: [...img.tags],
        ...img.inUseCount !== void 0 ? { inUseCount: img.inUseCount } : {},
        ...img.lastInUseAt !== void 0 ? { lastInUseAt: sec(img.lastInUseAt) } : {},
        repository: img.repositoryName,
        resourceId: k
      };
    }
  },
  AWS_LAMBDA_FUNCTION: {
    member: "lambdaFunctionAggregation",
    keys: (f) => f.resource.lambda ? [f.resource.id] : [],
    fields: {
      functionNames: s((f) => f.resource.lambda?.functionName),
      functionTags: { kind: "map", get: (f) => f.resource.tags },
      resourceIds: s((f) => f.resource.id),
      runtimes: s((f) => f.resource.lambda?.runtime)
    },
    item: (k, g, account) => {
      const r = g[0].resource;
      return {
        accountId: account,
        functionName: r.lambda.functionName,
        lambdaTags: { ...r.tags },
        lastModifiedAt: sec(r.lambda.lastModifiedAt),
        resourceId: k,
        runtime: r.lambda.runtime
      };
    }
  },
  IMAGE_LAYER: {
    member: "imageLayerAggregation",
    keys: (f) => image(f) ? [...new Set(packagesOf(f).map((p) => `${f.resource.id} ${String(p["sourceLayerHash"])}`))] : [],
    fields: {
      layerHashes: s((f) => image(f) ? [image(f).baseLayer, image(f).appLayer] : void 0),
      repositories: s((f) => image(f)?.repositoryName),
      resourceIds: s((f) => f.resource.id)
    },
    item: (k, g, account) => ({
      accountId: account,
      layerHash: k.slice(k.indexOf(" ") + 1),
      repository: g[0].resource.image.repositoryName,
      resourceId: k.slice(0, k.indexOf(" "))
    })
  },
  LAMBDA_LAYER: {
    member: "lambdaLayerAggregation",
    // The emulated functions' packages all come from their deployment package, none from a layer.
    keys: () => [],
    fields: {
      functionNames: s((f) => f.resource.lambda?.functionName),
      layerArns: s((f) => f.resource.lambda?.layers),
      resourceIds: s((f) => f.resource.id)
    },
    item: (k, _g, account) => ({ accountId: account, functionName: k, layerArn: k, resourceId: k })
  },
  PACKAGE: {
    member: "packageAggregation",
    keys: (f) => [...new Set(packagesOf(f).map((p) => String(p["name"])))],
    fields: { packageNames: s((f) => packagesOf(f).map((p) => String(p["name"]))) },
    item: (k, _g, account) => ({ accountId: account, packageName: k })
  },
  REPOSITORY: {
    member: "repositoryAggregation",
    keys: (f) => one(image(f)?.repositoryName),
    fields: { repositories: s((f) => image(f)?.repositoryName) },
    item: (k, g, account) => ({ accountId: account, affectedImages: distinct(g), repository: k })
  },
  TITLE: {
    member: "titleAggregation",
    keys: (f) => [titleOfFinding(f)],
    fields: {
      ...byTypeFields,
      titles: s((f) => titleOfFinding(f)),
      vulnerabilityIds: s(
        (f) => f.type === "PACKAGE_VULNERABILITY" ? factsOf(f.ref, f.target).vuln.id : void 0
      )
    },
    item: (k, g, account) => {
      const f = g[0];
      return {
        accountId: account,
        title: k,
        ...f.type === "PACKAGE_VULNERABILITY" ? { vulnerabilityId: factsOf(f.ref, f.target).vuln.id } : {}
      };
    }
  },
  CODE_REPOSITORY: {
    member: "codeRepositoryAggregation",
    keys: () => [],
    fields: {
      projectNames: s(() => void 0),
      providerTypes: s(() => void 0),
      resourceIds: s((f) => f.resource.id)
    },
    item: (k, _g, account) => ({ accountId: account, projectNames: k })
  }
};
function severityCounts(group) {
  let critical = 0;
  let high = 0;
  let medium = 0;
  for (const f of group) {
    const severity = severityOf(f);
    if (severity === "CRITICAL") critical++;
    else if (severity === "HIGH") high++;
    else if (severity === "MEDIUM") medium++;
  }
  return { all: group.length, critical, high, medium };
}
var SORT_VALUE = {
  CRITICAL: (i) => i["severityCounts"].critical,
  HIGH: (i) => i["severityCounts"].high,
  ALL: (i) => i["severityCounts"].all,
  AFFECTED_INSTANCES: (_i, g) => distinct(g),
  AFFECTED_IMAGES: (_i, g) => distinct(g),
  NETWORK_FINDINGS: (_i, g) => countWhere(g, (f) => f.type === "NETWORK_REACHABILITY")
};
var DEFAULT_PAGE = 100;
var listFindingAggregations = (input, ctx, now) => {
  const type = input["aggregationType"];
  const kind = KINDS[type];
  const request = input["aggregationRequest"] ?? {};
  const given = Object.keys(request);
  if (given.length > 0 && given[0] !== kind.member) {
    throw invalidField(
      "aggregationRequest",
      `The aggregation request ${given[0]} does not match the aggregationType ${type} (expected ${kind.member}).`
    );
  }
  const options = request[kind.member] ?? {};
  const scope = { type, request, accountIds: input["accountIds"] ?? null };
  const p = typeof input["nextToken"] === "string" && input["nextToken"] !== "" ? readToken(ctx.tokens, "ListFindingAggregations", scope, input["nextToken"]) : { start: 0, at: now, turn: 0 };
  const account = ctx.acct.accountId;
  const criteria = {};
  for (const name of Object.keys(kind.fields))
    if (options[name] !== void 0) criteria[name] = options[name];
  const matches = compileCriteria(criteria, kind.fields);
  const accountOk = compileCriteria({ accountIds: input["accountIds"] }, { accountIds: s(() => account) });
  const groups = /* @__PURE__ */ new Map();
  for (const f of ctx.listings.active(p.at)) {
    if (!accountOk(f) || !matches(f)) continue;
    for (const key of kind.keys(f)) {
      const group = groups.get(key) ?? [];
      group.push(f);
      groups.set(key, group);
    }
  }
  const sortBy = SORT_VALUE[options["sortBy"] ?? "CRITICAL"] ?? SORT_VALUE["CRITICAL"];
  const sign = (options["sortOrder"] ?? "DESC") === "ASC" ? 1 : -1;
  const items = [...groups.entries()].map(([key, group]) => {
    const item = { ...kind.item(key, group, account), severityCounts: severityCounts(group) };
    return { key, item, value: sortBy(item, group) };
  });
  items.sort((a, b) => sign * (a.value - b.value) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const limit = input["maxResults"] ?? DEFAULT_PAGE;
  const page = items.slice(p.start, p.start + limit);
  const out = { aggregationType: type, responses: page.map((i) => ({ [kind.member]: i.item })) };
  if (p.start + limit < items.length) {
    out["nextToken"] = issueToken(ctx.tokens, "ListFindingAggregations", scope, {
      start: p.start + limit,
      at: p.at,
      turn: 0
    });
  }
  return out;
};

// src/emulator/inspector2/operations.ts
var NO_QUIRKS = { emptyPages: 0, trailingToken: false };
var FINDINGS_PAGE = listMaxOf("ListFindings", "findings") ?? 100;
var STATISTICS_PAGE = 5;
var COVERAGE_DEFAULT = 100;
var AT_MOST_EMPTY_IN_A_ROW = 3;
function position(ctx, operation, scope, token, now) {
  return typeof token === "string" && token !== "" ? readToken(ctx.tokens, operation, scope, token) : { start: 0, at: now, turn: 0 };
}
var listFindings = (input, ctx, now) => {
  const scope = {
    filterCriteria: input["filterCriteria"] ?? null,
    sortCriteria: input["sortCriteria"] ?? null
  };
  const p = position(ctx, "ListFindings", scope, input["nextToken"], now);
  const limit = Math.min(input["maxResults"] ?? FINDINGS_PAGE, FINDINGS_PAGE);
  const list = ctx.listings.findings(input["filterCriteria"], input["sortCriteria"], p.at);
  const { region, accountId } = ctx.acct;
  const token = (start, turn = 0) => issueToken(ctx.tokens, "ListFindings", scope, { start, at: p.at, turn });
  const { emptyPages, trailingToken } = ctx.quirks;
  if (emptyPages > 0 && p.start < list.length && p.turn < AT_MOST_EMPTY_IN_A_ROW && unit(ctx.acct.options.seed, "empty-page", p.start, p.at, p.turn) < emptyPages) {
    return { findings: [], nextToken: token(p.start, p.turn + 1) };
  }
  const page = list.slice(p.start, p.start + limit);
  const end = p.start + page.length;
  const out = { findings: page.map((f) => findingJson(f, p.at, region, accountId)) };
  if (end < list.length) out["nextToken"] = token(end);
  else if (trailingToken && page.length > 0) out["nextToken"] = token(end);
  return out;
};
var listCoverage = (input, ctx, now) => {
  const scope = { filterCriteria: input["filterCriteria"] ?? null };
  const p = position(ctx, "ListCoverage", scope, input["nextToken"], now);
  const limit = input["maxResults"] ?? COVERAGE_DEFAULT;
  const entries = ctx.listings.matchingCoverage(input["filterCriteria"], p.at);
  const page = entries.slice(p.start, p.start + limit);
  const out = { coveredResources: page.map((e) => coverageJson(e, ctx.acct.accountId)) };
  if (p.start + limit < entries.length) {
    out["nextToken"] = issueToken(ctx.tokens, "ListCoverage", scope, {
      start: p.start + limit,
      at: p.at,
      turn: 0
    });
  }
  return out;
};
var GROUP_VALUE = {
  SCAN_STATUS_CODE: (e) => e.state.statusCode,
  SCAN_STATUS_REASON: (e) => e.state.reason,
  ACCOUNT_ID: (_e, account) => account,
  RESOURCE_TYPE: (e) => e.resource.type,
  ECR_REPOSITORY_NAME: (e) => e.resource.image?.repositoryName ?? e.resource.repository?.name
};
var listCoverageStatistics = (input, ctx, now) => {
  const scope = { filterCriteria: input["filterCriteria"] ?? null, groupBy: input["groupBy"] ?? null };
  const p = position(ctx, "ListCoverageStatistics", scope, input["nextToken"], now);
  const account = ctx.acct.accountId;
  const entries = ctx.listings.matchingCoverage(input["filterCriteria"], p.at);
  const accountEntry = ctx.listings.accountEntry(input["filterCriteria"], p.at);
  const all = accountEntry ? [...entries, accountEntry] : entries;
  const total = new Set(all.map((e) => e.resource.id)).size;
  const groupBy = input["groupBy"];
  if (groupBy === void 0) return { totalCounts: total };
  const value = GROUP_VALUE[groupBy];
  const groups = /* @__PURE__ */ new Map();
  for (const e of all) {
    const v = value(e, account);
    if (v === void 0) continue;
    const set = groups.get(v) ?? /* @__PURE__ */ new Set();
    set.add(e.resource.id);
    groups.set(v, set);
  }
  const counts = [...groups.entries()].map(([groupKey, ids]) => ({ count: ids.size, groupKey })).sort((a, b) => b.count - a.count || (a.groupKey < b.groupKey ? -1 : 1));
  const page = counts.slice(p.start, p.start + STATISTICS_PAGE);
  const out = { totalCounts: total };
  if (page.length > 0) out["countsByGroup"] = page;
  if (p.start + STATISTICS_PAGE < counts.length) {
    out["nextToken"] = issueToken(ctx.tokens, "ListCoverageStatistics", scope, {
      start: p.start + STATISTICS_PAGE,
      at: p.at,
      turn: 0
    });
  }
  return out;
};
function failsNow(ctx, arn) {
  const fault = ctx.faults().failedItems;
  if (fault === null) return false;
  if (fault.mode === "retryable-once" && ctx.failedOnce.has(arn)) return false;
  const fails = unit(ctx.acct.options.seed, "failed-details", arn) < fault.rate;
  if (fails && fault.mode === "retryable-once") ctx.failedOnce.add(arn);
  return fails;
}
var batchGetFindingDetails = (input, ctx, now) => {
  const findingDetails = [];
  const errors = [];
  for (const arn of input["findingArns"]) {
    const account = /:(\d{12}):finding\//.exec(arn)?.[1];
    const finding = ctx.acct.findingByArn(arn);
    if (account !== ctx.acct.accountId) {
      errors.push({
        errorCode: "ACCESS_DENIED",
        errorMessage: "Access denied to the finding.",
        findingArn: arn
      });
    } else if (failsNow(ctx, arn)) {
      errors.push({
        errorCode: "INTERNAL_ERROR",
        errorMessage: "Internal error. Please try again.",
        findingArn: arn
      });
    } else if (finding === void 0 || finding.firstObservedAt > now || finding.type !== "PACKAGE_VULNERABILITY") {
      errors.push({
        errorCode: "FINDING_DETAILS_NOT_FOUND",
        errorMessage: "No vulnerability details were found for the finding.",
        findingArn: arn
      });
    } else {
      findingDetails.push(findingDetailJson(finding));
    }
  }
  return { errors, findingDetails };
};
var batchGetAccountStatus = (input, ctx) => {
  const own = ctx.acct.accountId;
  const ids = input["accountIds"]?.length ? [...new Set(input["accountIds"])] : [own];
  const enabled = (what) => ({
    errorCode: "ALREADY_ENABLED",
    errorMessage: `${what} is already enabled`,
    status: "ENABLED"
  });
  const accounts = [];
  const failedAccounts = [];
  for (const id of ids) {
    if (id !== own) {
      failedAccounts.push({
        accountId: id,
        errorCode: "ACCESS_DENIED",
        errorMessage: `The account ${id} is not a member of this account's organization.`
      });
      continue;
    }
    accounts.push({
      accountId: id,
      resourceState: {
        codeRepository: {
          errorCode: "RESOURCE_NOT_FOUND",
          errorMessage: "Code scanning is not enabled",
          status: "DISABLED"
        },
        ec2: enabled("EC2 scanning"),
        ecr: enabled("ECR scanning"),
        lambda: enabled("Lambda standard scanning"),
        lambdaCode: enabled("Lambda code scanning")
      },
      state: enabled("Amazon Inspector")
    });
  }
  return { accounts, failedAccounts };
};
var HANDLERS2 = {
  BatchGetAccountStatus: batchGetAccountStatus,
  BatchGetFindingDetails: batchGetFindingDetails,
  CancelFindingsReport: (input, ctx, now) => ctx.reports.cancel(input["reportId"], now),
  CreateFindingsReport: (input, ctx, now) => ctx.reports.create(input, now),
  GetFindingsReportStatus: (input, ctx, now) => ctx.reports.status(input["reportId"], now),
  ListCoverage: listCoverage,
  ListCoverageStatistics: listCoverageStatistics,
  ListFindingAggregations: listFindingAggregations,
  ListFindings: listFindings
};

// src/emulator/inspector2/validate.ts
var Problems = class {
  fields = [];
  parse = [];
  wrongType(path, expected) {
    const at = formatPath(path) || "(request)";
    this.parse.push({ name: at, message: `Expected ${expected} at '${at}'` });
  }
  violation({ path, shown, constraint }) {
    const at = formatPath(path);
    this.fields.push({
      name: at,
      message: `Value ${shown} at '${at}' failed to satisfy constraint: ${constraint}`
    });
  }
};
function validateInput2(operation, input) {
  const shapeName = operation2(operation)?.input?.shape;
  if (shapeName === void 0) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw validation(
        [{ name: "(request)", message: "Expected an object as the request body" }],
        "CANNOT_PARSE"
      );
    }
    return;
  }
  const problems = new Problems();
  walkShape(model2, shapeName, input, problems);
  if (problems.parse.length > 0) throw validation(problems.parse, "CANNOT_PARSE");
  if (problems.fields.length > 0) throw validation(problems.fields);
}

// src/emulator/inspector2/protocol.ts
var STATS_PREFIX = "inspector2.";
var JSON_HEADERS2 = { "Content-Type": "application/json" };
function errorAnswer2(error) {
  return {
    status: error.status,
    headers: { ...JSON_HEADERS2, "x-amzn-ErrorType": error.type, ...error.headers },
    body: JSON.stringify({ message: error.message, ...error.members })
  };
}
function parseBody2(body) {
  if (body === void 0) throw invalidField("(request)", "The request body is too large.", "CANNOT_PARSE");
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw invalidField("(request)", "The request body is not valid JSON.", "CANNOT_PARSE");
  }
}
function inspector2Protocol(wiring) {
  const { ctx, denied } = wiring;
  return {
    signingName: SIGNING_NAME,
    operations: Object.keys(model2.operations).map((name) => STATS_PREFIX + name),
    control: wiring.control,
    faultSeed: wiring.faultSeed,
    claims: (request) => request.headers["x-amz-target"] === void 0 && routeOf(request.method, request.path) !== void 0,
    route: (request) => STATS_PREFIX + routeOf(request.method, request.path),
    refuse(qualified) {
      const operation = qualified.slice(STATS_PREFIX.length);
      if (HANDLERS2[operation] === void 0) return notServed(operation);
      if (denied.has(operation)) return accessDenied(operation, ctx().acct.accountId);
      return void 0;
    },
    async call(qualified, _request, body, now) {
      const operation = qualified.slice(STATS_PREFIX.length);
      const input = parseBody2(body);
      validateInput2(operation, input);
      const output = await HANDLERS2[operation](input, ctx(), now);
      return { status: 200, headers: JSON_HEADERS2, body: JSON.stringify(output) };
    },
    errorAnswer: errorAnswer2,
    unsigned: missingToken,
    throttled: (requestsPerSecond) => throttled(Math.max(1, Math.ceil(1 / requestsPerSecond))),
    internalError: internalServer
  };
}

// src/emulator/inspector2/inventory.ts
var PROFILES = {
  "ubuntu-node": { platform: "UBUNTU_22_04", ecosystems: ["ubuntu", "npm"] },
  "ubuntu-python": { platform: "UBUNTU_22_04", ecosystems: ["ubuntu", "pip"] },
  "al2023-java": { platform: "AMAZON_LINUX_2023", ecosystems: ["al2023", "jar"] },
  "al2023-go": { platform: "AMAZON_LINUX_2023", ecosystems: ["al2023", "go"] },
  scratch: { ecosystems: ["go"] }
};
var RUNTIME_ECOSYSTEM = {
  PYTHON_3_9: "pip",
  PYTHON_3_10: "pip",
  PYTHON_3_11: "pip",
  NODEJS_16_X: "npm",
  NODEJS_18_X: "npm",
  NODEJS_24_X: "npm",
  JAVA_11: "jar",
  JAVA_17: "jar",
  GO_1_X: "go",
  UNSUPPORTED: void 0
};
var OUTCOMES2 = {
  AWS_ECR_CONTAINER_IMAGE: [
    "SUCCESSFUL",
    "UNSUPPORTED_OS",
    "UNSUPPORTED_MEDIA_TYPE",
    "IMAGE_SIZE_EXCEEDED",
    "ACCESS_DENIED",
    "INTERNAL_ERROR",
    "SCAN_ELIGIBILITY_EXPIRED"
  ],
  AWS_LAMBDA_FUNCTION: [
    "SUCCESSFUL",
    "UNSUPPORTED_RUNTIME",
    "ACCESS_DENIED",
    "INTERNAL_ERROR",
    "EXCLUDED_BY_TAG"
  ]
};
function scanPlan(completesAt, lastScanAt, reason) {
  return { completesAt, lastScanAt, outcome: { statusCode: statusCodeOf(reason), reason } };
}
function addRepository(acct, repo, tags, discoveredAt) {
  const id = ecrRepositoryArn(acct.region, acct.accountId, repo.name);
  const existing = acct.resource(id);
  if (existing) return existing;
  const reason = repo.scanFrequency === "MANUAL" ? "SCAN_FREQUENCY_MANUAL" : repo.scanFrequency === "SCAN_ON_PUSH" ? "SCAN_FREQUENCY_SCAN_ON_PUSH" : "SUCCESSFUL";
  return acct.addResource({
    type: "AWS_ECR_REPOSITORY",
    id,
    tags,
    ecosystems: [],
    discoveredAt,
    scans: { PACKAGE: scanPlan(void 0, void 0, reason) },
    repository: repo
  });
}
function addImage(acct, spec) {
  const repo = spec.repository.repository;
  const profile = PROFILES[spec.profile] ?? PROFILES["ubuntu-node"];
  const digest = spec.digest ?? `sha256:${acct.hex(64, "digest", repo.name, ...spec.tags)}`;
  const image2 = {
    repositoryName: repo.name,
    digest,
    tags: [...spec.tags],
    pushedAt: spec.pushedAt,
    architecture: spec.architecture ?? "amd64",
    ...profile.platform !== void 0 ? { platform: profile.platform } : {},
    ...spec.inUseCount !== void 0 ? { inUseCount: spec.inUseCount } : {},
    ...spec.lastInUseAt !== void 0 ? { lastInUseAt: spec.lastInUseAt } : {},
    ...spec.pulledAt !== void 0 ? { pulledAt: spec.pulledAt } : {},
    baseLayer: `sha256:${acct.hex(64, "base-layer", spec.profile)}`,
    appLayer: `sha256:${acct.hex(64, "app-layer", digest)}`
  };
  const rec = acct.addResource({
    type: "AWS_ECR_CONTAINER_IMAGE",
    id: ecrImageId(acct.region, acct.accountId, repo.name, digest),
    tags: { ...spec.repository.tags },
    ecosystems: profile.ecosystems,
    discoveredAt: spec.discoveredAt,
    scans: { PACKAGE: scanPlan(spec.completesAt, spec.lastScanAt ?? spec.completesAt, spec.reason) },
    ...spec.closedAt !== void 0 ? { closedAt: spec.closedAt } : {},
    image: image2
  });
  acct.moveTags(rec);
  return rec;
}
function addFunction(acct, spec) {
  const eco = RUNTIME_ECOSYSTEM[spec.runtime];
  const plan = () => ({
    ...scanPlan(spec.completesAt, spec.lastScanAt ?? spec.completesAt, spec.reason),
    ...spec.previousScanAt !== void 0 ? { previousScanAt: spec.previousScanAt } : {}
  });
  const revision = spec.revision ?? 0;
  return acct.addResource({
    type: "AWS_LAMBDA_FUNCTION",
    id: lambdaArn(acct.region, acct.accountId, spec.name),
    ...revision > 0 ? { revision } : {},
    tags: { ...spec.tags },
    ecosystems: eco ? [eco] : [],
    discoveredAt: spec.discoveredAt,
    scans: { PACKAGE: plan(), ...spec.codeScanning ? { CODE: plan() } : {} },
    lambda: {
      functionName: spec.name,
      runtime: spec.runtime,
      architecture: spec.architecture ?? "X86_64",
      codeSha256: Buffer.from(acct.hex(64, "code", spec.name, revision), "hex").toString("base64"),
      executionRoleArn: `arn:aws:iam::${acct.accountId}:role/service-role/${spec.name}-role-${acct.hex(8, "role", spec.name)}`,
      lastModifiedAt: spec.modifiedAt,
      layers: spec.layers ?? []
    }
  });
}
function catalogRefs(ids) {
  return (ids ?? []).map((id) => {
    const ref = catalogIndexOf(id);
    if (ref === void 0) {
      throw new Error(
        `unknown vulnerability '${id}': expected one of ${CATALOG.map((v) => v.id).join(", ")}`
      );
    }
    return ref;
  });
}

// src/emulator/inspector2/seed.ts
var MINUTE = 6e4;
var HOUR = 36e5;
var DAY = 864e5;
var RESCAN_DAYS = 180;
var SUPPRESSION_RULES = [
  {
    name: "zlib-minizip-not-shipped",
    description: "MiniZip is not part of the zlib the images ship; CVE-2023-45853 does not apply.",
    criteria: { vulnerabilityId: [{ comparison: "EQUALS", value: "CVE-2023-45853" }] }
  },
  {
    name: "dev-low-severity",
    description: "Low and informational findings on development resources.",
    criteria: {
      resourceTags: [{ comparison: "EQUALS", key: "Environment", value: "dev" }],
      severity: [
        { comparison: "EQUALS", value: "LOW" },
        { comparison: "EQUALS", value: "INFORMATIONAL" }
      ]
    }
  }
];
var INSTANCES = [
  {
    name: "web-1",
    role: "web",
    platform: "AMAZON_LINUX_2023",
    eco: "al2023",
    ports: [80, 443],
    env: "prod",
    packageReason: "SUCCESSFUL",
    networkReason: "SUCCESSFUL",
    mode: "EC2_SSM_AGENT_BASED"
  },
  {
    name: "web-2",
    role: "web",
    platform: "AMAZON_LINUX_2023",
    eco: "al2023",
    ports: [80, 443],
    env: "prod",
    packageReason: "SUCCESSFUL",
    networkReason: "SUCCESSFUL",
    mode: "EC2_AGENTLESS"
  },
  {
    name: "bastion-1",
    role: "bastion",
    platform: "UBUNTU_22_04",
    eco: "ubuntu",
    ports: [22],
    env: "prod",
    packageReason: "SUCCESSFUL",
    networkReason: "SUCCESSFUL",
    mode: "EC2_SSM_AGENT_BASED"
  },
  {
    name: "db-1",
    role: "db",
    platform: "AMAZON_LINUX_2",
    eco: "al2",
    ports: [5432],
    env: "prod",
    packageReason: "EC2_INSTANCE_STOPPED",
    networkReason: "EC2_INSTANCE_STOPPED",
    mode: "EC2_SSM_AGENT_BASED"
  },
  {
    name: "batch-legacy-1",
    role: "batch",
    platform: "AMAZON_LINUX_2",
    eco: "al2",
    ports: [22],
    env: "dev",
    packageReason: "UNMANAGED_EC2_INSTANCE",
    networkReason: "SUCCESSFUL",
    mode: "EC2_SSM_AGENT_BASED"
  }
];
function seedAccount(acct, findings) {
  const t0 = acct.options.start;
  const scanDone = t0 + acct.scaled(acct.scanSeconds);
  const fields = findingFields(acct.accountId, Number.MAX_SAFE_INTEGER);
  const rules = SUPPRESSION_RULES.map((r) => compileCriteria(r.criteria, fields));
  acct.suppressed = (f) => rules.some((matches) => matches(f));
  const repo = (name, freq, team, env) => addRepository(acct, { name, scanFrequency: freq }, { team, Environment: env }, t0 - 400 * DAY);
  const web = repo("storefront/web", "CONTINUOUS_SCAN", "storefront", "prod");
  const api = repo("storefront/api", "CONTINUOUS_SCAN", "storefront", "prod");
  const worker = repo("payments/worker", "CONTINUOUS_SCAN", "payments", "prod");
  const python = repo("base/python", "SCAN_ON_PUSH", "platform", "dev");
  const runner = repo("tools/runner", "CONTINUOUS_SCAN", "platform", "dev");
  const reports = repo("legacy/reports", "MANUAL", "finance", "dev");
  const old = (repository, profile, tags, daysAgo, reason, extra = {}) => {
    const pushedAt = t0 - daysAgo * DAY;
    const scans = ["SUCCESSFUL", "SCAN_FREQUENCY_SCAN_ON_PUSH", "SCAN_ELIGIBILITY_EXPIRED"].includes(reason);
    return addImage(acct, {
      repository,
      profile,
      tags,
      pushedAt,
      discoveredAt: pushedAt + 2e4,
      completesAt: scans ? pushedAt + 3 * MINUTE : void 0,
      lastScanAt: reason === "SUCCESSFUL" ? t0 - 2 * HOUR : pushedAt + 3 * MINUTE,
      reason,
      ...extra
    });
  };
  const images = [
    old(web, "ubuntu-node", ["v2.3.0"], 34, "SUCCESSFUL"),
    old(web, "ubuntu-node", ["v2.4.0"], 6, "SUCCESSFUL", {
      inUseCount: 3,
      lastInUseAt: t0 - HOUR,
      pulledAt: t0 - 30 * MINUTE
    }),
    addImage(acct, {
      repository: web,
      profile: "ubuntu-node",
      tags: ["v2.4.1", "latest"],
      pushedAt: t0 - 8e3,
      discoveredAt: t0 - 3e3,
      completesAt: scanDone,
      reason: "SUCCESSFUL"
    }),
    old(api, "al2023-java", ["v1.8.2"], 21, "SUCCESSFUL"),
    old(api, "al2023-java", ["v1.9.0", "latest"], 2, "SUCCESSFUL", {
      inUseCount: 2,
      lastInUseAt: t0 - 2 * HOUR,
      pulledAt: t0 - 5 * HOUR
    }),
    old(worker, "al2023-go", ["v0.3.1"], RESCAN_DAYS + 20, "SCAN_ELIGIBILITY_EXPIRED", {
      closedAt: t0 - 20 * DAY
    }),
    old(worker, "al2023-go", ["v0.9.0", "latest"], 12, "SUCCESSFUL", {
      architecture: "arm64",
      inUseCount: 1,
      lastInUseAt: t0 - 10 * MINUTE
    }),
    old(python, "ubuntu-python", ["3.11-slim"], 45, "SCAN_FREQUENCY_SCAN_ON_PUSH"),
    old(runner, "scratch", ["v1.0.0"], 9, "UNSUPPORTED_OS"),
    old(reports, "al2023-java", ["2019.4"], 90, "SCAN_FREQUENCY_MANUAL")
  ];
  const instances = INSTANCES.map((spec) => {
    const launchedAt = t0 - 40 * DAY;
    const k = spec.name;
    const stopped = spec.packageReason === "EC2_INSTANCE_STOPPED";
    const plan = (reason, firstAfter, lastAgo) => scanPlan(
      reason === "UNMANAGED_EC2_INSTANCE" ? void 0 : launchedAt + firstAfter,
      stopped ? t0 - 9 * DAY : t0 - lastAgo,
      reason
    );
    return acct.addResource({
      type: "AWS_EC2_INSTANCE",
      id: `i-0${acct.hex(16, "instance", k)}`,
      tags: { Name: spec.name, Role: spec.role, Environment: spec.env },
      ecosystems: [spec.eco],
      discoveredAt: launchedAt + MINUTE,
      scans: {
        PACKAGE: { ...plan(spec.packageReason, 25 * MINUTE, 5 * HOUR), scanMode: spec.mode },
        NETWORK: plan(spec.networkReason, HOUR, 3 * HOUR)
      },
      ec2: {
        instanceId: `i-0${acct.hex(16, "instance", k)}`,
        amiId: `ami-0${acct.hex(16, "ami", spec.platform)}`,
        platform: spec.platform,
        type: spec.role === "db" ? "r6g.large" : "t3.medium",
        subnetId: `subnet-0${acct.hex(16, "subnet", spec.role)}`,
        vpcId: `vpc-0${acct.hex(16, "vpc")}`,
        ipV4: [
          `10.0.${INSTANCES.indexOf(spec) + 1}.${16 + acct.random("ip", k).int(200)}`,
          `54.${acct.random("pub", k).int(200) + 10}.${acct.random("pub2", k).int(250)}.${acct.random("pub3", k).int(250) + 1}`
        ],
        launchedAt,
        ...spec.role === "bastion" ? { keyName: "ops-bastion" } : {},
        igw: `igw-0${acct.hex(16, "igw")}`,
        acl: `acl-0${acct.hex(16, "acl", spec.role)}`,
        sg: `sg-0${acct.hex(16, "sg", spec.role)}`,
        eni: `eni-0${acct.hex(16, "eni", k)}`
      }
    });
  });
  const fn = (name, runtime, team, daysAgo, pending, layers = []) => {
    const modifiedAt = pending ? t0 - 5e3 : t0 - daysAgo * DAY;
    const supported = runtime !== "UNSUPPORTED";
    return addFunction(acct, {
      name,
      runtime,
      tags: { team, Environment: "prod" },
      modifiedAt,
      discoveredAt: modifiedAt + 2e3,
      completesAt: !supported ? void 0 : pending ? scanDone : modifiedAt + 2 * MINUTE,
      lastScanAt: pending || !supported ? void 0 : t0 - HOUR,
      reason: supported ? "SUCCESSFUL" : "UNSUPPORTED_RUNTIME",
      codeScanning: true,
      layers
    });
  };
  const functions = [
    fn("orders-api", "PYTHON_3_11", "orders", 15, false, [
      `arn:aws:lambda:${acct.region}:${acct.accountId}:layer:shared-deps:7`
    ]),
    fn("image-resizer", "NODEJS_18_X", "media", 0, true),
    fn("report-generator", "JAVA_17", "finance", 30, false),
    fn("legacy-cron", "UNSUPPORTED", "finance", 400, false)
  ];
  instances.forEach((rec, i) => {
    acct.addNetworkFindings(rec, INSTANCES[i].ports);
  });
  for (const rec of functions) acct.addCodeFindings(rec, rec.lambda?.runtime === "PYTHON_3_11" ? 2 : 1);
  spreadPackageFindings(acct, [...images, ...instances, ...functions], findings, web);
  return {
    account: acct.accountId,
    region: acct.region,
    repositories: [web, api, worker, python, runner, reports].map((r) => r.repository.name),
    images: images.map((r) => ({
      repositoryName: r.image.repositoryName,
      imageDigest: r.image.digest,
      imageTags: [...r.image.tags],
      resourceId: r.id,
      pending: (r.scans.PACKAGE?.completesAt ?? 0) > t0
    })),
    instances: instances.map((r) => ({ instanceId: r.ec2.instanceId, name: r.tags["Name"] ?? "" })),
    functions: functions.map((r) => ({
      functionName: r.lambda.functionName,
      resourceId: r.id,
      pending: (r.scans.PACKAGE?.completesAt ?? 0) > t0
    })),
    suppressionRules: SUPPRESSION_RULES.map((r) => r.name)
  };
}
function spreadPackageFindings(acct, resources, total, overflow) {
  const t0 = acct.options.start;
  const eligible = resources.filter((r) => findingsVisibleFrom(r, "PACKAGE") !== void 0);
  const capacity = eligible.map((r) => acct.packageCapacity(r));
  const room = capacity.reduce((a, b) => a + b, 0);
  const share = Math.min(total, room);
  const counts = capacity.map((c) => Math.floor(share * c / room));
  let left = share - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length) {
    if (counts[i] < capacity[i]) {
      counts[i]++;
      left--;
    }
  }
  eligible.forEach((r, i) => {
    acct.addPackageFindings(r, counts[i], [], r.ec2 ? 0.1 : 0);
  });
  let remaining = total - share;
  for (let build = 1; remaining > 0; build++) {
    const pushedAt = t0 - (7 * DAY + build * HOUR);
    const image2 = addImage(acct, {
      repository: overflow,
      profile: "ubuntu-node",
      tags: [`build-${build}`],
      pushedAt,
      discoveredAt: pushedAt + 2e4,
      completesAt: pushedAt + 3 * MINUTE,
      lastScanAt: t0 - 2 * HOUR,
      reason: "SUCCESSFUL"
    });
    const n = Math.min(remaining, acct.packageCapacity(image2));
    remaining -= acct.addPackageFindings(image2, n);
    if (n === 0) break;
  }
}

// src/emulator/inspector2/actions.ts
var iso = (ms) => new Date(ms).toISOString();
function bad(field, value, expected) {
  return new Error(`invalid ${field} ${JSON.stringify(value)}: expected ${expected}`);
}
function seconds(field, value, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw bad(field, value, "seconds >= 0");
  return value;
}
function count(field, value, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw bad(field, value, "an integer >= 0");
  return value;
}
function outcomeOf(type, value) {
  const allowed = OUTCOMES2[type];
  if (value === void 0) return "SUCCESSFUL";
  if (typeof value !== "string" || !allowed.includes(value)) throw bad("outcome", value, allowed.join(", "));
  return value;
}
var REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
function pushImage(acct, input, now) {
  if (typeof input?.repository !== "string" || !REPOSITORY_NAME.test(input.repository)) {
    throw bad("repository", input?.repository, "an ECR repository name such as team/app");
  }
  const tags = input.tags ?? ["latest"];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string" && /^[\w][\w.-]{0,127}$/.test(t))) {
    throw bad("tags", input.tags, 'a list of image tags such as ["v1.2.3", "latest"]');
  }
  if (input.digest !== void 0 && !/^sha256:[a-f0-9]{64}$/.test(input.digest)) {
    throw bad("digest", input.digest, "sha256: and 64 lowercase hex digits");
  }
  const profile = input.profile ?? "ubuntu-node";
  if (PROFILES[profile] === void 0) throw bad("profile", input.profile, Object.keys(PROFILES).join(", "));
  if (input.architecture !== void 0 && input.architecture !== "amd64" && input.architecture !== "arm64") {
    throw bad("architecture", input.architecture, "amd64 or arm64");
  }
  const forced = catalogRefs(input.vulnerabilities);
  const wanted = count("findings", input.findings, 12);
  const scan = seconds("scanSeconds", input.scanSeconds, acct.scanSeconds);
  const discovery = seconds("discoverySeconds", input.discoverySeconds, 5);
  let reason = outcomeOf("AWS_ECR_CONTAINER_IMAGE", input.outcome);
  const repoId = ecrRepositoryArn(acct.region, acct.accountId, input.repository);
  const repo = acct.resource(repoId) ?? addRepository(acct, { name: input.repository, scanFrequency: "CONTINUOUS_SCAN" }, {}, now);
  const frequency = repo.repository.scanFrequency;
  if (reason === "SUCCESSFUL" && frequency === "SCAN_ON_PUSH") reason = "SCAN_FREQUENCY_SCAN_ON_PUSH";
  if (frequency === "MANUAL") reason = "SCAN_FREQUENCY_MANUAL";
  if (profile === "scratch" && reason === "SUCCESSFUL") reason = "UNSUPPORTED_OS";
  const n = acct.nextPush();
  const digest = input.digest ?? `sha256:${acct.hex(64, "pushed", input.repository, n, ...tags)}`;
  if (acct.resource(`${repoId}/${digest}`))
    throw bad("digest", digest, "a digest not already in the repository");
  const completesAt = frequency === "MANUAL" ? void 0 : now + acct.scaled(scan);
  const image2 = addImage(acct, {
    repository: repo,
    profile,
    tags,
    digest,
    pushedAt: now,
    discoveredAt: now + acct.scaled(discovery),
    completesAt,
    reason,
    ...input.architecture !== void 0 ? { architecture: input.architecture } : {}
  });
  const added = findingsVisibleFrom(image2, "PACKAGE") !== void 0 && statusCodeOf(reason) === "ACTIVE" ? acct.addPackageFindings(image2, wanted, forced) : 0;
  return {
    resourceId: image2.id,
    repositoryName: input.repository,
    imageDigest: digest,
    imageTags: [...tags],
    pushedAt: iso(now),
    inCoverageAt: iso(image2.discoveredAt),
    scanCompletesAt: iso(completesAt ?? image2.discoveredAt),
    findings: added
  };
}
var FUNCTION_NAME = /^[a-zA-Z0-9-_]{1,64}$/;
function deployFunction(acct, input, now) {
  if (typeof input?.name !== "string" || !FUNCTION_NAME.test(input.name)) {
    throw bad("name", input?.name, "a Lambda function name (letters, digits, - and _)");
  }
  const runtime = input.runtime ?? "PYTHON_3_11";
  if (!enum2("Runtime").includes(runtime)) throw bad("runtime", runtime, enum2("Runtime").join(", "));
  const tags = input.tags ?? {};
  if (typeof tags !== "object" || !Object.values(tags).every((v) => typeof v === "string")) {
    throw bad("tags", input.tags, 'an object of tag values such as {"team": "orders"}');
  }
  const forced = catalogRefs(input.vulnerabilities);
  const wanted = count("findings", input.findings, 6);
  const scan = seconds("scanSeconds", input.scanSeconds, acct.scanSeconds);
  let reason = outcomeOf("AWS_LAMBDA_FUNCTION", input.outcome);
  if (RUNTIME_ECOSYSTEM[runtime] === void 0 && reason === "SUCCESSFUL") reason = "UNSUPPORTED_RUNTIME";
  const id = lambdaArn(acct.region, acct.accountId, input.name);
  const previous = acct.resource(id);
  const completesAt = reason === "UNSUPPORTED_RUNTIME" ? void 0 : now + acct.scaled(scan);
  const previousScanAt = previous?.scans.PACKAGE?.lastScanAt;
  if (previous && completesAt !== void 0) acct.closeFindingsOf(id, completesAt);
  const fn = addFunction(acct, {
    name: input.name,
    runtime,
    tags: { ...previous?.tags ?? {}, ...tags },
    modifiedAt: now,
    discoveredAt: previous?.discoveredAt ?? now + acct.scaled(2),
    completesAt,
    reason,
    codeScanning: input.codeScanning ?? true,
    revision: (previous?.revision ?? 0) + (previous ? 1 : 0),
    ...previous?.lambda?.layers ? { layers: previous.lambda.layers } : {},
    ...previous && previousScanAt !== void 0 && previousScanAt <= now ? { previousScanAt } : {}
  });
  let added = 0;
  if (statusCodeOf(reason) === "ACTIVE" && completesAt !== void 0) {
    added += acct.addPackageFindings(fn, wanted, forced);
    if (fn.scans.CODE) added += acct.addCodeFindings(fn, 1);
  }
  return {
    resourceId: fn.id,
    functionName: input.name,
    lastModifiedAt: iso(now),
    scanCompletesAt: iso(completesAt ?? now),
    findings: added
  };
}
function setScanStatus(acct, input, now) {
  const resource = acct.resource(input?.resourceId);
  if (resource === void 0)
    throw bad("resourceId", input?.resourceId, "the resourceId of a covered resource");
  const reasons = enum2("ScanStatusReason");
  if (!reasons.includes(input.reason)) throw bad("reason", input.reason, reasons.join(", "));
  const types = Object.keys(resource.scans).filter(
    (t) => input.scanType === void 0 || t === input.scanType
  );
  if (types.length === 0) throw bad("scanType", input.scanType, Object.keys(resource.scans).join(" or "));
  for (const t of types)
    resource.scans[t].override = {
      statusCode: statusCodeOf(input.reason),
      reason: input.reason,
      since: now
    };
  acct.version++;
  return { updated: types.length };
}

// src/emulator/inspector2/state.ts
var ACTIONS = {
  pushImage: (acct, input, at) => pushImage(acct, input, at),
  deployFunction: (acct, input, at) => deployFunction(acct, input, at),
  setScanStatus: (acct, input, at) => setScanStatus(acct, input, at)
};
var Journal = class {
  constructor(acct, saved = []) {
    this.acct = acct;
    this.changes = [...saved];
  }
  acct;
  changes;
  /**
   * Applies `action` to the account now, and records it when it changed the account (a call refused
   * before it changed anything is not recorded).
   */
  apply(action, input, at) {
    const { acct } = this;
    const version = acct.version;
    const change = { action, input, at, timeScale: acct.timeScale, scanSeconds: acct.scanSeconds };
    try {
      const result = ACTIONS[action](acct, input, at);
      this.changes.push(change);
      return result;
    } catch (error) {
      if (acct.version !== version) {
        this.changes.push({ ...change, failed: error instanceof Error ? error.message : String(error) });
      }
      throw error;
    }
  }
};
function replay(acct, changes, file) {
  const timeScale = acct.timeScale;
  const scanSeconds = acct.scanSeconds;
  changes.forEach((change, i) => {
    acct.timeScale = change.timeScale;
    acct.scanSeconds = change.scanSeconds;
    try {
      ACTIONS[change.action](acct, change.input, change.at);
      if (change.failed === void 0) return;
    } catch (error) {
      if (change.failed !== void 0) return;
      throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, [
        `inspector2.changes[${i}].input: ${error.message}`
      ]);
    }
    throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, [
      `inspector2.changes[${i}]: saved as failed ("${change.failed}") but it succeeds`
    ]);
  });
  acct.timeScale = timeScale;
  acct.scanSeconds = scanSeconds;
}
function problemsOf(value) {
  const problems = [];
  const isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  const number = (v, path, test, expected) => {
    if (typeof v !== "number" || !Number.isFinite(v) || !test(v))
      problems.push(`${path}: expected ${expected}`);
  };
  if (!isObject2(value)) return ["inspector2: expected an object"];
  number(value["findings"], "inspector2.findings", (n) => Number.isInteger(n) && n >= 0, "an integer >= 0");
  number(value["scanSeconds"], "inspector2.scanSeconds", (n) => n >= 0, "seconds >= 0");
  number(value["timeScale"], "inspector2.timeScale", (n) => n > 0, "a number > 0");
  number(value["seededAt"], "inspector2.seededAt", () => true, "a time in ms since the epoch");
  const changes = value["changes"];
  if (!Array.isArray(changes)) return [...problems, "inspector2.changes: expected a list"];
  changes.forEach((change, i) => {
    const at = `inspector2.changes[${i}]`;
    if (!isObject2(change)) {
      problems.push(`${at}: expected an object`);
      return;
    }
    if (typeof change["action"] !== "string" || !Object.hasOwn(ACTIONS, change["action"])) {
      problems.push(`${at}.action: expected one of ${Object.keys(ACTIONS).join(", ")}`);
    }
    if (!isObject2(change["input"])) problems.push(`${at}.input: expected an object`);
    number(change["at"], `${at}.at`, () => true, "a time in ms since the epoch");
    number(change["timeScale"], `${at}.timeScale`, (n) => n > 0, "a number > 0");
    number(change["scanSeconds"], `${at}.scanSeconds`, (n) => n >= 0, "seconds >= 0");
    if (change["failed"] !== void 0 && typeof change["failed"] !== "string") {
      problems.push(`${at}.failed: expected the error message`);
    }
  });
  return problems;
}
function readSaved2(value, file) {
  const problems = problemsOf(value);
  if (problems.length > 0) {
    throw new ConfigError(
      "EMULATOR_STATE_INVALID",
      `invalid emulator state file ${file}`,
      problems.slice(0, 50)
    );
  }
  return value;
}

// src/emulator/inspector2/index.ts
function invalidToken(operation) {
  return invalidField(
    "nextToken",
    `The nextToken is invalid or does not belong to this ${operation} request.`
  );
}
function checkedOperations(list) {
  const unknown = list.filter((o) => !isOperation2(o));
  if (unknown.length > 0) throw new Error(`unknown Inspector2 operation(s): ${unknown.join(", ")}`);
  return [...list];
}
function checkedQuirks(update) {
  const out = {};
  for (const [key, value] of Object.entries(update ?? {})) {
    if (key === "emptyPages" && typeof value === "number" && value >= 0 && value <= 1) out.emptyPages = value;
    else if (key === "trailingToken" && typeof value === "boolean") out.trailingToken = value;
    else
      throw new Error(
        `invalid quirk ${key}=${JSON.stringify(value)}: expected emptyPages 0..1 or trailingToken true|false`
      );
  }
  return out;
}
function createInspector2(setup) {
  const { options, clock, saved } = setup;
  const quirks = { ...NO_QUIRKS, ...checkedQuirks(options.quirks ?? {}) };
  const denied = new Set(checkedOperations(options.deny ?? []));
  const scanSeconds = options.scanSeconds ?? 90;
  const seeding = saved?.account ?? {
    findings: options.findings ?? 150,
    scanSeconds,
    timeScale: setup.timeScale,
    seededAt: clock.now(),
    changes: []
  };
  let built;
  const state = () => {
    if (built === void 0) {
      const acct = new Account2({
        seed: setup.seed,
        region: setup.region,
        account: setup.account,
        timeScale: seeding.timeScale,
        scanSeconds: seeding.scanSeconds,
        start: seeding.seededAt
      });
      const seeded = seedAccount(acct, seeding.findings);
      if (saved) replay(acct, saved.account.changes, saved.file);
      acct.timeScale = setup.timeScale;
      acct.scanSeconds = scanSeconds;
      const listings = new Listings(acct);
      const ctx2 = {
        acct,
        tokens: new PageTokens(invalidToken),
        listings,
        reports: new Reports(acct, listings, options.reportSeconds ?? 30),
        quirks,
        faults: setup.faults,
        failedOnce: /* @__PURE__ */ new Set()
      };
      built = { ctx: ctx2, seeded, journal: new Journal(acct, saved?.account.changes) };
    }
    return built;
  };
  const ctx = () => state().ctx;
  const api = {
    get seeded() {
      return state().seeded;
    },
    pushImage: (input) => state().journal.apply("pushImage", input, clock.now()),
    deployFunction: (input) => state().journal.apply("deployFunction", input, clock.now()),
    setScanStatus: (input) => state().journal.apply("setScanStatus", input, clock.now()),
    deny(operations) {
      const list = checkedOperations(operations);
      denied.clear();
      for (const o of list) denied.add(o);
    },
    quirks(update) {
      ctx().quirks = { ...ctx().quirks, ...checkedQuirks(update) };
    },
    findings() {
      const now = clock.now();
      const { acct, listings } = ctx();
      return listings.findings(void 0, void 0, now).map((f) => toSdkShape("Finding", findingJson(f, now, acct.region, acct.accountId)));
    },
    coverage() {
      const { acct, listings } = ctx();
      return listings.coverage(clock.now()).map((e) => toSdkShape("CoveredResource", coverageJson(e, acct.accountId)));
    },
    setReportWriter(writer) {
      ctx().reports.writer = writer;
    },
    reportFaults(faults) {
      const checked = checkReportFaults(faults);
      ctx().reports.faults = checked;
      return checked;
    }
  };
  const control = inspector2Control({ api, denied: () => [...denied], quirks: () => ctx().quirks });
  const faultSeed = hash(setup.seed, "inspector2-faults");
  if (saved) state();
  return {
    protocol: inspector2Protocol({ ctx, denied, control, faultSeed }),
    api,
    snapshot: () => built ? { ...seeding, changes: [...built.journal.changes] } : void 0
  };
}

// src/emulator/server.ts
import { once } from "node:events";
import {
  createServer
} from "node:http";

// src/emulator/control.ts
function sharedControl(state) {
  return {
    paths: [
      "GET /_emulator/health",
      "GET /_emulator/stats",
      "POST /_emulator/stats/reset",
      "GET /_emulator/faults",
      "POST /_emulator/faults"
    ],
    answer({ method, path, json }) {
      if (path === "/_emulator/health" && method === "GET") return { status: 200, json: { status: "ok" } };
      if (path === "/_emulator/stats" && method === "GET") {
        return { status: 200, json: Object.fromEntries(state.stats) };
      }
      if (path === "/_emulator/stats/reset" && method === "POST") {
        state.stats.clear();
        return { status: 200, json: {} };
      }
      if (path === "/_emulator/faults" && method === "GET") return { status: 200, json: state.faults };
      if (path === "/_emulator/faults" && (method === "POST" || method === "PUT")) {
        return { status: 200, json: state.updateFaults(json()) };
      }
      return void 0;
    }
  };
}

// src/emulator/shared/faults.ts
var NO_FAULTS = {
  latencyMs: {},
  rateLimit: null,
  internalErrors: null,
  dropConnections: null,
  failedItems: null,
  findingCountsSkew: 0
};
var KEYS = Object.keys(NO_FAULTS);
function parseFaults(input, isOperation) {
  const problems = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new Error('faults must be an object such as {"internalErrors": {"rate": 0.1}}');
  }
  const record = input;
  const out = {};
  const isRate = (v) => typeof v === "number" && v >= 0 && v <= 1;
  const operations = (v, where2) => {
    if (v === void 0) return void 0;
    if (!Array.isArray(v) || !v.every((o) => typeof o === "string" && isOperation(o))) {
      problems.push(`${where2}.operations must be a list of Inspector operation names such as "ListFindings"`);
      return void 0;
    }
    return v;
  };
  for (const key of Object.keys(record)) {
    if (!KEYS.includes(key)) {
      problems.push(`unknown fault '${key}': expected one of ${KEYS.join(", ")}`);
    }
  }
  if ("latencyMs" in record) {
    const v = record["latencyMs"];
    if (typeof v === "number" && v >= 0) {
      out["latencyMs"] = { "*": v };
    } else if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const entries = Object.entries(v);
      for (const [op, ms] of entries) {
        if (op !== "*" && !isOperation(op)) {
          problems.push(`latencyMs: unknown operation '${op}'`);
        }
        if (typeof ms !== "number" || ms < 0) problems.push(`latencyMs.${op} must be a number of ms >= 0`);
      }
      out["latencyMs"] = Object.fromEntries(entries);
    } else {
      problems.push("latencyMs must be a number of ms or an object {operation: ms}");
    }
  }
  if ("rateLimit" in record) {
    const v = record["rateLimit"];
    if (v === null) {
      out["rateLimit"] = null;
    } else if (typeof v === "object" && typeof v["requestsPerSecond"] === "number" && v["requestsPerSecond"] > 0 && (v["burst"] === void 0 || typeof v["burst"] === "number" && v["burst"] >= 1)) {
      const ops = operations(v["operations"], "rateLimit");
      out["rateLimit"] = {
        requestsPerSecond: v["requestsPerSecond"],
        burst: v["burst"] ?? Math.max(1, Math.ceil(v["requestsPerSecond"])),
        ...ops ? { operations: ops } : {}
      };
    } else {
      problems.push("rateLimit must be null or {requestsPerSecond: > 0, burst?: >= 1, operations?: [...]}");
    }
  }
  for (const key of ["internalErrors", "dropConnections"]) {
    if (!(key in record)) continue;
    const v = record[key];
    if (v === null) {
      out[key] = null;
    } else if (typeof v === "object" && isRate(v["rate"])) {
      const ops = operations(v["operations"], key);
      out[key] = { rate: v["rate"], ...ops ? { operations: ops } : {} };
    } else {
      problems.push(`${key} must be null or {rate: 0..1, operations?: [...]}`);
    }
  }
  if ("failedItems" in record) {
    const v = record["failedItems"];
    if (v === null) {
      out["failedItems"] = null;
    } else if (typeof v === "object" && isRate(v["rate"]) && (v["mode"] === void 0 || v["mode"] === "retryable-once" || v["mode"] === "permanent")) {
      out["failedItems"] = { rate: v["rate"], mode: v["mode"] ?? "retryable-once" };
    } else {
      problems.push('failedItems must be null or {rate: 0..1, mode?: "retryable-once" | "permanent"}');
    }
  }
  if ("findingCountsSkew" in record) {
    const v = record["findingCountsSkew"];
    if (typeof v === "number" && Number.isInteger(v)) out["findingCountsSkew"] = v;
    else problems.push("findingCountsSkew must be an integer (0 = off)");
  }
  if (problems.length > 0) throw new Error(problems.join("; "));
  return out;
}
function plainName(operation) {
  const dot = operation.lastIndexOf(".");
  return dot < 0 ? void 0 : operation.slice(dot + 1);
}
function applies(scope, operation) {
  const names = scope.operations;
  if (names === void 0 || names.includes(operation)) return true;
  const plain = plainName(operation);
  return plain !== void 0 && names.includes(plain);
}
function latencyFor(config, operation) {
  const own = config.latencyMs[operation];
  if (own !== void 0) return own;
  const plain = plainName(operation);
  return (plain === void 0 ? void 0 : config.latencyMs[plain]) ?? config.latencyMs["*"] ?? 0;
}
var TokenBucket = class {
  constructor(rate, burst, now = () => performance.now()) {
    this.rate = rate;
    this.burst = burst;
    this.now = now;
    this.tokens = burst;
    this.last = this.now();
  }
  rate;
  burst;
  now;
  tokens;
  last;
  take() {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (t - this.last) / 1e3 * this.rate);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
};
var FaultInjector = class {
  random;
  bucket;
  constructor(seed) {
    this.random = new Random(seed);
  }
  /** Whether the connection of a request for `operation` is dropped without an answer. */
  drops(config, operation) {
    const fault = config.dropConnections;
    return fault !== null && applies(fault, operation) && this.random.float() < fault.rate;
  }
  /** Whether a request for `operation` is beyond the rate limit. */
  throttles(config, operation) {
    const limit = config.rateLimit;
    if (limit === null || !applies(limit, operation)) return false;
    if (this.bucket?.config !== limit) {
      this.bucket = { config: limit, bucket: new TokenBucket(limit.requestsPerSecond, limit.burst) };
    }
    return !this.bucket.bucket.take();
  }
  /** Whether a request for `operation` is answered with an internal error. */
  failsInternally(config, operation) {
    const fault = config.internalErrors;
    return fault !== null && applies(fault, operation) && this.random.float() < fault.rate;
  }
};

// src/emulator/shared/http.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var MAX_BODY = 1024 * 1024;
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(void 0);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? void 0 : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function writeAnswer(res, answer) {
  if (res.destroyed) return;
  const length = typeof answer.body === "string" ? Buffer.byteLength(answer.body) : answer.body.length;
  res.writeHead(answer.status, {
    ...answer.headers,
    "Content-Length": String(length),
    "x-amzn-RequestId": randomUUID2()
  });
  res.end(answer.body);
}
function writeControl(res, status, value) {
  if (res.destroyed) return;
  const body = `${JSON.stringify(value, null, 2)}
`;
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body))
  });
  res.end(body);
}

// src/emulator/shared/sigv4.ts
var SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/\s]+\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=[a-z0-9;-]+,\s*Signature=[0-9a-f]{64}$/;
function checkSignature(authorization, signingName) {
  if (authorization === void 0 || authorization === "") return "missing";
  const sig = SIGV4.exec(authorization);
  if (sig === null) {
    return new ServiceError(
      "IncompleteSignatureException",
      400,
      "The Authorization header is not a valid AWS Signature Version 4."
    );
  }
  if (sig[3] !== signingName) {
    return new ServiceError(
      "InvalidSignatureException",
      403,
      `Credential should be scoped to correct service: '${signingName}'.`
    );
  }
  return void 0;
}

// src/emulator/server.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function sleepUntil(at) {
  for (let left = at - performance.now(); left > 0; left = at - performance.now()) {
    await sleep(Math.ceil(left));
  }
}
function count2(stats, key) {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}
var EmulatorServer = class {
  /** `faultSeed` seeds the random decisions of the faults of protocols without a seed of their own. */
  constructor(clock, faultSeed) {
    this.clock = clock;
    this.faultSeed = faultSeed;
    this.controls = [sharedControl(this)];
    this.http = createServer({ keepAliveTimeout: 1e4 }, this.handle);
  }
  clock;
  faultSeed;
  /** Calls per operation (refused, throttled and failed calls included) and "fault.<kind>" counters. */
  stats = /* @__PURE__ */ new Map();
  config = NO_FAULTS;
  protocols = [];
  injectors = /* @__PURE__ */ new Map();
  /** The names a fault may scope: every operation, and the plain name of each prefixed one. */
  faultNames = /* @__PURE__ */ new Set();
  controls;
  http;
  url = "";
  register(protocol) {
    this.protocols.push(protocol);
    this.injectors.set(protocol, new FaultInjector(protocol.faultSeed ?? this.faultSeed));
    for (const operation of protocol.operations) {
      this.faultNames.add(operation);
      const plain = plainName(operation);
      if (plain !== void 0) this.faultNames.add(plain);
    }
    if (protocol.control) this.controls.push(protocol.control);
  }
  get faults() {
    return this.config;
  }
  /** Merges a fault update in (every key given replaces that fault); throws a readable Error. */
  updateFaults(update) {
    this.config = { ...this.config, ...parseFaults(update, (name) => this.faultNames.has(name)) };
    return this.config;
  }
  /** "http://HOST:PORT" once listening. */
  get endpoint() {
    return this.url;
  }
  /** Starts listening; rejects with the system's error (port in use, bad host). */
  async listen(host, port2) {
    this.http.listen(port2, host);
    await Promise.race([
      once(this.http, "listening"),
      once(this.http, "error").then(([error]) => {
        throw error;
      })
    ]);
    const address = this.http.address();
    const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
    this.url = `http://${shown}:${address.port}`;
    return this.url;
  }
  /** Stops listening and closes every connection. */
  close() {
    const closed = new Promise((resolve) => this.http.close(() => resolve()));
    this.http.closeAllConnections();
    return closed;
  }
  handle = (req, res) => {
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    if (path.startsWith("/_emulator/")) {
      this.control(req, res).catch((error) => {
        writeControl(res, 500, { error: error instanceof Error ? error.message : String(error) });
      });
      return;
    }
    const request = { method: req.method ?? "GET", path, url, headers: req.headers };
    const protocol = this.protocols.find((p) => p.claims(request)) ?? this.protocols[0];
    if (protocol === void 0) {
      writeControl(res, 404, { error: "no service is registered on this emulator" });
      return;
    }
    this.serve(protocol, request, req, res).catch((error) => {
      const message = error instanceof Error ? error.message : String(error);
      writeAnswer(
        res,
        protocol.errorAnswer(protocol.internalError(`Internal error in the emulator: ${message}`))
      );
    });
  };
  async serve(protocol, request, req, res) {
    const arrival = performance.now();
    const body = await readBody(req);
    const operation = protocol.route(request);
    if (typeof operation !== "string") {
      writeAnswer(res, operation);
      return;
    }
    count2(this.stats, operation);
    const signature = checkSignature(request.headers.authorization, protocol.signingName);
    if (signature !== void 0) {
      const error = signature === "missing" ? protocol.unsigned(operation) : signature;
      writeAnswer(res, protocol.errorAnswer(error));
      return;
    }
    const refusal = protocol.refuse?.(operation);
    if (refusal !== void 0) {
      writeAnswer(res, protocol.errorAnswer(refusal));
      return;
    }
    const faults = this.config;
    const injector = this.injectors.get(protocol);
    if (injector.drops(faults, operation)) {
      count2(this.stats, "fault.dropped");
      req.socket.destroy();
      return;
    }
    if (injector.throttles(faults, operation)) {
      count2(this.stats, "fault.throttled");
      writeAnswer(res, protocol.errorAnswer(protocol.throttled(faults.rateLimit.requestsPerSecond)));
      return;
    }
    let answer;
    if (injector.failsInternally(faults, operation)) {
      count2(this.stats, "fault.internalErrors");
      answer = protocol.errorAnswer(protocol.internalError());
    } else {
      try {
        const called = protocol.call(operation, request, body, this.clock.now());
        answer = called instanceof Promise ? await called : called;
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        answer = protocol.errorAnswer(error);
      }
    }
    const latency = latencyFor(faults, operation);
    if (latency > 0) await sleepUntil(arrival + latency);
    writeAnswer(res, answer);
  }
  async control(req, res) {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://emulator");
    const request = {
      method: req.method ?? "GET",
      path: url.pathname.replace(/\/+$/, ""),
      query: url.searchParams,
      json() {
        if (body === void 0) throw new Error("request body too large");
        return body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
      }
    };
    try {
      for (const routes of this.controls) {
        const answer = routes.answer(request, this.clock.now());
        if (answer === void 0) continue;
        if ("json" in answer) {
          writeControl(res, answer.status, answer.json);
        } else if (!res.destroyed) {
          res.writeHead(answer.status, {
            "Content-Type": answer.contentType,
            "Content-Length": String(answer.document.length)
          });
          res.end(answer.document);
        }
        return;
      }
      writeControl(res, 404, {
        error: `unknown control path ${request.method} ${request.path}`,
        paths: this.controls.flatMap((routes) => routes.paths)
      });
    } catch (error) {
      writeControl(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  }
};

// src/emulator/shared/state-file.ts
import { readFile } from "node:fs/promises";

// src/core/files.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
function tempPath(path) {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`);
}
async function writeFileAtomic(path, text, options = {}) {
  const dir = dirname(path);
  if (options.createDirectories === true) await mkdir(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// src/emulator/shared/state-file.ts
async function readStateFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new ConfigError(
      "EMULATOR_STATE_UNREADABLE",
      `cannot read emulator state file ${path}: ${error.message}`
    );
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_STATE_INVALID",
      `emulator state file ${path} is not valid JSON: ${error.message}`
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError("EMULATOR_STATE_INVALID", `emulator state file ${path} must hold a JSON object`);
  }
  return data;
}
async function writeStateFile(path, data) {
  await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}
`);
}

// src/emulator/index.ts
var DEFAULTS = { host: "127.0.0.1", seed: "inspector-gate", findings: 120, agents: 5, region: "us-west-2" };
function optionError(name, value, expected) {
  return new ConfigError(
    "EMULATOR_OPTION_INVALID",
    `Invalid emulator option ${name} '${String(value)}': expected ${expected}.`
  );
}
function checkInteger(name, value, min, max) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw optionError(name, value, `an integer from ${min} to ${max}`);
  }
  return value;
}
function faultsError(error) {
  return new ConfigError("EMULATOR_OPTION_INVALID", `Invalid emulator faults: ${error.message}.`);
}
async function startEmulator(options = {}) {
  const host = options.host ?? DEFAULTS.host;
  const port2 = checkInteger("port", options.port, 0, 65535) ?? 0;
  const findings = checkInteger("findings", options.findings, 0, 5e6) ?? DEFAULTS.findings;
  const agents = checkInteger("agents", options.agents, 0, 1e4) ?? DEFAULTS.agents;
  const unhealthy = checkInteger("unhealthyAgents", options.unhealthyAgents, 0, agents) ?? 0;
  const timeScale = options.timeScale ?? 1;
  if (typeof timeScale !== "number" || !Number.isFinite(timeScale) || timeScale <= 0) {
    throw optionError("timeScale", timeScale, "a number greater than 0, such as 1, 60 or 1000");
  }
  const region = options.region ?? DEFAULTS.region;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw optionError("region", region, "an AWS region such as us-west-2");
  const outcome = options.outcome;
  if (outcome !== void 0 && !isOutcome(outcome)) {
    throw optionError("outcome", outcome, OUTCOMES.join(", "));
  }
  const clock = options.clock ?? systemClock;
  const { statePath } = options;
  const state = statePath === void 0 ? void 0 : await readStateFile(statePath);
  let server;
  const classic = startClassic({
    seed: String(options.seed ?? DEFAULTS.seed),
    region,
    findingsPerRun: findings,
    timeScale,
    agents,
    unhealthyAgents: unhealthy,
    clock,
    ...state !== void 0 ? { state: { data: state, file: statePath } } : {},
    ...outcome !== void 0 ? { outcome } : {},
    faults: () => server.faults,
    endpoint: () => server.endpoint
  });
  let inspector2;
  try {
    inspector2 = createInspector2({
      options: options.inspector2 ?? {},
      seed: classic.store.seedText,
      region: classic.store.region,
      account: classic.store.account,
      timeScale,
      clock,
      faults: () => server.faults,
      ...state?.["inspector2"] !== void 0 ? { saved: { account: readSaved2(state["inspector2"], statePath), file: statePath } } : {}
    });
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      "EMULATOR_OPTION_INVALID",
      `Invalid emulator option inspector2: ${error.message}.`
    );
  }
  server = new EmulatorServer(clock, hash(classic.store.seed, "faults"));
  server.register(classic.protocol);
  server.register(inspector2.protocol);
  try {
    server.updateFaults(options.faults ?? {});
  } catch (error) {
    throw faultsError(error);
  }
  try {
    await server.listen(host, port2);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_LISTEN_FAILED",
      `The emulator cannot listen on ${host}:${port2}: ${error.message}.`,
      [],
      { cause: error }
    );
  }
  let s3;
  let s3Client;
  if (options.s3 !== void 0) {
    const { startS3 } = await import("./chunks/server-Q4E4VQKO.js");
    const { S3ReportWriter } = await import("./chunks/report-writer-JMCLAP54.js");
    try {
      s3 = await startS3({ host, ...options.s3.buckets ? { buckets: options.s3.buckets } : {} });
    } catch (error) {
      await server.close();
      throw new ConfigError(
        "EMULATOR_LISTEN_FAILED",
        `The emulator cannot start its S3 endpoint on ${host}: ${error.message}.`,
        [],
        { cause: error }
      );
    }
    s3Client = s3.client(region);
    inspector2.api.setReportWriter(new S3ReportWriter(s3Client));
  }
  const running = server;
  let stopping;
  return {
    endpoint: running.endpoint,
    seeded: classic.seeded,
    inspector2: inspector2.api,
    ...s3 ? { s3Endpoint: s3.endpoint } : {},
    stop() {
      stopping ??= (async () => {
        await running.close();
        s3Client?.destroy();
        await s3?.close();
        if (statePath === void 0) return;
        const now = clock.now();
        const v2 = inspector2.snapshot();
        await writeStateFile(statePath, { ...classic.snapshot(now), ...v2 ? { inspector2: v2 } : {} });
      })();
      return stopping;
    },
    stats: () => Object.fromEntries(running.stats),
    resetStats: () => running.stats.clear(),
    faults(update) {
      try {
        running.updateFaults(update);
      } catch (error) {
        throw faultsError(error);
      }
    },
    findingsOf(runArn) {
      const found = classic.findingsOf(runArn);
      if (found === void 0) throw new Error(`no assessment run ${runArn} in the emulator`);
      return found;
    },
    setOutcome(runArnOrStar, outcome2) {
      if (!isOutcome(outcome2)) throw optionError("outcome", outcome2, OUTCOMES.join(", "));
      if (!classic.setOutcome(runArnOrStar, outcome2))
        throw new Error(`no assessment run ${runArnOrStar} in the emulator`);
    }
  };
}
export {
  startEmulator
};
