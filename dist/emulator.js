import {
  ConfigError,
  SEVERITIES,
  systemClock
} from "./chunks/chunk-VJDUIJMW.js";

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
var ORDER = new Map(RUN_STATES.map((s, i) => [s, i]));
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
  ms(seconds) {
    return Math.round(seconds * 1e3 / this.timeScale);
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
    const s = this.state;
    if (s !== "COMPLETED" && s !== "COMPLETED_WITH_ERRORS") return 0;
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

// src/emulator/shared/random.ts
function avalanche(x) {
  let z = x | 0;
  z = Math.imul(z ^ z >>> 16, 2146121005);
  z = Math.imul(z ^ z >>> 15, 2221713035);
  z ^= z >>> 16;
  return z >>> 0;
}
function hash(...parts) {
  let h = 2166136261;
  for (const part of parts) {
    if (typeof part === "number") {
      h = avalanche(h ^ avalanche(part | 0) ^ Math.floor(part / 4294967296));
    } else {
      for (let i = 0; i < part.length; i++) {
        h = Math.imul(h ^ part.charCodeAt(i), 16777619);
      }
      h = avalanche(h ^ part.length);
    }
  }
  return h >>> 0;
}
var Random = class _Random {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  static from(...parts) {
    return new _Random(hash(...parts));
  }
  /** A uniform unsigned 32-bit integer. */
  next() {
    this.state = this.state + 2654435769 >>> 0;
    return avalanche(this.state);
  }
  /** A uniform float in [0, 1). */
  float() {
    return this.next() / 4294967296;
  }
  /** A uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.float() * n);
  }
  pick(items) {
    const item = items[this.int(items.length)];
    if (item === void 0) throw new Error("pick from an empty list");
    return item;
  }
  /** A string of `length` characters drawn from `alphabet`. */
  chars(length, alphabet) {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
};
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var HEX = "0123456789abcdef";
function unit(...parts) {
  return hash(...parts) / 4294967296;
}

// src/emulator/shared/pagination.ts
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
  issue(operation, scope, position) {
    const body = Buffer.from(
      JSON.stringify([operation, hash(operation, JSON.stringify(scope ?? null)), ...position])
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
    const position = payload.slice(2);
    if (!position.every((n) => Number.isInteger(n) && n >= 0)) throw refuse();
    return position;
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

// src/emulator/shared/errors.ts
var ServiceError = class extends Error {
  type;
  status;
  members;
  constructor(type, status, message, members = {}) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
    this.members = members;
  }
  /** The JSON body on the wire (awsJson1_1). */
  body() {
    return { __type: this.type, message: this.message, ...this.members };
  }
};

// src/emulator/classic/errors.ts
function invalidInput(errorCode, message) {
  return new ServiceError("InvalidInputException", 400, message, { errorCode, canRetry: false });
}
function noSuchEntity(errorCode, message) {
  return new ServiceError("NoSuchEntityException", 400, message, { errorCode, canRetry: false });
}
function accessDenied(errorCode, message, status = 400) {
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
function shapeOf(name) {
  const shape = serviceModel.shapes[name];
  if (shape === void 0) throw new Error(`service model has no shape ${name}`);
  return shape;
}
function operationOf(name) {
  return Object.hasOwn(serviceModel.operations, name) ? serviceModel.operations[name] : void 0;
}
function pageLimitOf(operation, resultKey) {
  const output = operationOf(operation)?.output;
  if (output === void 0) throw new Error(`operation ${operation} has no output`);
  const member = shapeOf(output.shape).members?.[resultKey];
  if (member === void 0) throw new Error(`${operation} output has no member ${resultKey}`);
  const max = shapeOf(member.shape).max;
  return max ?? Number.MAX_SAFE_INTEGER;
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
function formatPath(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(request)" : out;
}
var Validator = class {
  constructor(operation) {
    this.operation = operation;
  }
  operation;
  fail(path, kind, message) {
    const code = errorCodeFor(this.operation, path, kind) ?? "INVALID_RESOURCE_ARN";
    return invalidInput(code, `1 validation error detected: ${message}`);
  }
  check(shapeName, value, path) {
    const shape = shapeOf(shapeName);
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
        this.number(shape, value, path, false);
        break;
      case "boolean":
        if (typeof value !== "boolean") throw serialization(`Expected a boolean at '${formatPath(path)}'`);
        break;
      case "timestamp":
        if (typeof value !== "number" || !Number.isFinite(value)) {
          throw serialization(`Expected a timestamp (epoch seconds) at '${formatPath(path)}'`);
        }
        break;
    }
  }
  structure(shape, value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw serialization(`Expected an object at '${formatPath(path)}'`);
    }
    const record = value;
    for (const name of shape.required ?? []) {
      if (record[name] === void 0 || record[name] === null) {
        throw this.fail(
          [...path, name],
          "value",
          `Value null at '${formatPath([...path, name])}' failed to satisfy constraint: Member must not be null`
        );
      }
    }
    for (const [name, ref] of Object.entries(shape.members ?? {})) {
      const member = record[name];
      if (member === void 0 || member === null) continue;
      this.check(ref.shape, member, [...path, name]);
    }
  }
  list(shape, value, path) {
    if (!Array.isArray(value)) throw serialization(`Expected a list at '${formatPath(path)}'`);
    if (shape.min !== void 0 && value.length < shape.min) {
      throw this.fail(
        path,
        "list",
        `Value at '${formatPath(path)}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`
      );
    }
    if (shape.max !== void 0 && value.length > shape.max) {
      throw this.fail(
        path,
        "list",
        `Value at '${formatPath(path)}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`
      );
    }
    const member = shape.member?.shape;
    if (member === void 0) return;
    value.forEach((item, index) => {
      if (item === null || item === void 0) {
        throw this.fail(
          [...path, index],
          "value",
          `Value null at '${formatPath([...path, index])}' failed to satisfy constraint: Member must not be null`
        );
      }
      this.check(member, item, [...path, index]);
    });
  }
  map(shape, value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw serialization(`Expected a map at '${formatPath(path)}'`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (shape.key) this.check(shape.key.shape, key, [...path, key]);
      if (shape.value) this.check(shape.value.shape, item, [...path, key]);
    }
  }
  string(shape, value, path) {
    if (typeof value !== "string") throw serialization(`Expected a string at '${formatPath(path)}'`);
    const at = formatPath(path);
    if (shape.enum !== void 0 && !shape.enum.includes(value)) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(", ")}]`
      );
    }
    if (shape.min !== void 0 && value.length < shape.min) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`
      );
    }
    if (shape.max !== void 0 && value.length > shape.max) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`
      );
    }
    if (shape.pattern !== void 0 && !new RegExp(`^(?:${shape.pattern})$`).test(value)) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${shape.pattern}`
      );
    }
  }
  number(shape, value, path, integer) {
    if (typeof value !== "number" || !Number.isFinite(value) || integer && !Number.isInteger(value)) {
      throw serialization(`Expected ${integer ? "an integer" : "a number"} at '${formatPath(path)}'`);
    }
    const at = formatPath(path);
    if (shape.min !== void 0 && value < shape.min) {
      throw this.fail(
        path,
        "value",
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value greater than or equal to ${shape.min}`
      );
    }
    if (shape.max !== void 0 && value > shape.max) {
      throw this.fail(
        path,
        "value",
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value less than or equal to ${shape.max}`
      );
    }
  }
};
function clip(value) {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
}
function validateInput(operation, input) {
  const shape = operationOf(operation)?.input?.shape;
  if (shape === void 0) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw serialization("Expected an object as the request body");
    }
    return;
  }
  new Validator(operation).check(shape, input, []);
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
var sec = (ms) => ms / 1e3;
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
      throw accessDenied(codes.denied, `You do not have access to the ${codes.label} '${arn}'.`);
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
function checkRange(range, code, label) {
  if (range === void 0) return void 0;
  if (range.beginDate !== void 0 && range.endDate !== void 0 && range.beginDate > range.endDate) {
    throw invalidInput(code, `${label}: beginDate must not be after endDate.`);
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
function checkDurationRange(range, code) {
  if (range?.minSeconds !== void 0 && range.maxSeconds !== void 0 && range.minSeconds > range.maxSeconds) {
    throw invalidInput(code, "durationRange: minSeconds must not exceed maxSeconds.");
  }
  return range;
}
function inDuration(seconds, range) {
  if (range === void 0) return true;
  if (range.minSeconds !== void 0 && seconds < range.minSeconds) return false;
  if (range.maxSeconds !== void 0 && seconds > range.maxSeconds) return false;
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
  const esc = (s) => s.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, "\\$&");
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
  const summary = SEVERITIES.slice().reverse().map((s) => `${s}: ${counts[s]}`).join(", ");
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
    return { roleArn: role.roleArn, valid: role.valid, registeredAt: sec(role.registeredAt) };
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
function seedAgents(seed, region, count2, unhealthy) {
  const agents = [];
  const r = new Random(hash(seed, "agents"));
  const ami = `ami-${r.chars(17, HEX)}`;
  const perRole = /* @__PURE__ */ new Map();
  for (let i = 0; i < count2; i++) {
    const { role, group } = ROLES[i % ROLES.length];
    const n = (perRole.get(role) ?? 0) + 1;
    perRole.set(role, n);
    const ip = `10.0.${1 + r.int(3)}.${10 + (i * 37 + r.int(20)) % 240}`;
    const bad = i >= count2 - unhealthy;
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
      ...bad ? { unhealthyCode: UNHEALTHY_CODES[(count2 - 1 - i) % UNHEALTHY_CODES.length] } : {}
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
  return TELEMETRY_TYPES.map(([messageType, count2, size]) => {
    const factor = 0.75 + hash(agent.agentId, messageType) % 50 / 100;
    const n = Math.max(1, Math.round(count2 * factor * share));
    return { messageType, count: n, dataSize: Math.round(size / count2 * n) };
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
var KNOWN_PACKAGE_ARNS = {
  "us-west-2": {
    account: "758058086616",
    ids: { cve: "0-9hgA516p", cis: "0-H5hpSawc", sbp: "0-JJ0tZiqQ", nr: "0-rD1z6dpl" }
  },
  "us-east-1": {
    account: "316112463485",
    ids: { cve: "0-gEjTy7T7", cis: "0-rExsr2X8", sbp: "0-R01qwB5Q", nr: "0-PmNV0Tcd" }
  }
};
var PACKAGE_TEXT = {
  cve: {
    name: "Common Vulnerabilities and Exposures",
    version: "1.1",
    description: "The rules in this package help verify whether the EC2 instances in your assessment targets are exposed to common vulnerabilities and exposures (CVEs). Attacks can exploit unpatched vulnerabilities to compromise the confidentiality, integrity, or availability of your service or data."
  },
  cis: {
    name: "CIS Operating System Security Configuration Benchmarks",
    version: "1.0",
    description: "The CIS Security Benchmarks program provides well-defined, unbiased and consensus-based industry best practices to help organizations assess and improve their security. The rules in this package check your instances against the CIS benchmark for their operating system."
  },
  sbp: {
    name: "Security Best Practices",
    version: "1.0",
    description: "The rules in this package help determine whether your systems are configured securely: root login over SSH, password complexity, permissions on system directories and similar settings."
  },
  nr: {
    name: "Network Reachability",
    version: "1.1",
    description: "The rules in this package analyze the network configuration of your VPC to find which ports of your EC2 instances are reachable from outside the VPC, and whether a process listens on them."
  }
};
var PACKAGE_KINDS = ["cve", "cis", "sbp", "nr"];
function rulesPackages(region) {
  const known = KNOWN_PACKAGE_ARNS[region];
  const account = known?.account ?? `7${String(hash("rules-account", region) % 10 ** 11).padStart(11, "0")}`;
  return PACKAGE_KINDS.map((kind) => {
    const id = known?.ids[kind] ?? `0-${new Random(hash("rules-package", region, kind)).chars(8, BASE62_ID)}`;
    return {
      kind,
      arn: `arn:aws:inspector:${region}:${account}:rulespackage/${id}`,
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
      { key: "PACKAGE_NAME", value: pkg.name },
      { key: "PACKAGE_VERSION", value: installed },
      { key: "FIXED_VERSION", value: fixed },
      { key: "CVSS2_SCORE", value: cvss2 },
      { key: "CVSS3_SCORE", value: cvss3 }
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
      { key: "BENCHMARK_RULE_ID", value: ruleId },
      { key: "CIS_LEVEL", value: `Level ${level}` }
    ]
  };
}
var SBP_RULES = [
  [
    "SBP-SSH-ROOT",
    "Disable root login over SSH",
    "Medium",
    "Set PermitRootLogin to no in /etc/ssh/sshd_config."
  ],
  ["SBP-SSH-V2", "Support SSH version 2 only", "Medium", "Set Protocol to 2 in /etc/ssh/sshd_config."],
  [
    "SBP-SSH-PASSWORD",
    "Disable password authentication over SSH",
    "Medium",
    "Set PasswordAuthentication to no in /etc/ssh/sshd_config."
  ],
  [
    "SBP-PASS-AGE",
    "Configure password maximum age",
    "Low",
    "Set PASS_MAX_DAYS to 90 or less in /etc/login.defs."
  ],
  [
    "SBP-PASS-LEN",
    "Configure password minimum length",
    "Low",
    "Set minlen to 14 or more in /etc/security/pwquality.conf."
  ],
  [
    "SBP-PASS-COMPLEX",
    "Configure password complexity",
    "Low",
    "Set minclass to 4 in /etc/security/pwquality.conf."
  ],
  ["SBP-ASLR", "Enable ASLR", "Medium", "Set kernel.randomize_va_space to 2."],
  ["SBP-DEP", "Enable DEP", "Medium", "Use a kernel with NX support enabled."],
  [
    "SBP-PERM-DIRS",
    "Configure permissions for system directories",
    "High",
    "Remove world write access from system directories."
  ]
];
function sbpEntry(index) {
  const [ruleId, title, severity, fix] = SBP_RULES[index];
  return {
    id: ruleId,
    severity,
    title: `Instance {instance} does not follow the security best practice: ${title}`,
    description: `This rule helps determine whether your systems are configured securely: ${title}.`,
    recommendation: fix,
    attributes: [{ key: "RULE_ID", value: ruleId }]
  };
}
var NR_RULES = [
  [22, "TCP", "sshd", "Medium"],
  [3389, "TCP", "", "Medium"],
  [23, "TCP", "telnetd", "High"],
  [21, "TCP", "vsftpd", "High"],
  [3306, "TCP", "mysqld", "High"],
  [5432, "TCP", "postgres", "High"],
  [6379, "TCP", "redis-server", "High"],
  [9200, "TCP", "java", "High"],
  [80, "TCP", "nginx", "Informational"],
  [443, "TCP", "nginx", "Informational"],
  [8080, "TCP", "java", "Low"],
  [53, "UDP", "named", "Low"],
  [123, "UDP", "ntpd", "Low"],
  [11211, "UDP", "memcached", "High"]
];
function nrEntry(seed, index) {
  const [port, protocol, process2, severity] = NR_RULES[index];
  const sg = `sg-${new Random(hash(seed, "sg", index % 3)).chars(17, HEX)}`;
  const listening = process2 !== "";
  const ruleId = `NR-${protocol}-${port}`;
  return {
    id: ruleId,
    severity,
    title: listening ? `On instance {instance}, ${protocol} port ${port} which is associated with '${process2}' is reachable from the internet` : `On instance {instance}, ${protocol} port ${port} is reachable from the internet`,
    description: `On this instance, ${protocol} port ${port} is reachable from the internet through an internet gateway and security group ${sg}.${listening ? ` A process (${process2}) is listening on the port.` : ""}`,
    recommendation: `You can edit the Security Group ${sg} to remove access from the internet on port ${port}, unless the service must be public.`,
    attributes: [
      { key: "RULE_ID", value: ruleId },
      { key: "PORT", value: String(port) },
      { key: "PROTOCOL", value: protocol },
      { key: "SECURITY_GROUP", value: sg },
      { key: "REACHABILITY", value: "Internet" },
      ...listening ? [{ key: "PROCESS", value: process2 }] : []
    ]
  };
}
var CATALOG_SIZE = {
  cve: Number.POSITIVE_INFINITY,
  cis: CIS_RULES.length,
  sbp: SBP_RULES.length,
  nr: NR_RULES.length
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
      return SBP_RULES[index][2];
    case "nr":
      return NR_RULES[index][3];
  }
}

// src/emulator/classic/finding-set.ts
var SEVERITY_INDEX = new Map(SEVERITIES.map((s, i) => [s, i]));
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
    this.bySeverity = bucketize(severity, SEVERITIES.length, size);
    this.byPackage = bucketize(pkg, packages.length, size);
    this.byAgent = bucketize(agent, assets.length, size);
  }
  severityOf(i) {
    return SEVERITIES[this.severity[i]];
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
    SEVERITIES.forEach((s, k) => {
      counts[s] = countBelow(this.bySeverity[k], visible);
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
    const count2 = agents.length === 0 || packages.length === 0 ? 0 : params.count;
    const severity = new Uint8Array(count2);
    const pkg = new Uint8Array(count2);
    const agent = new Int32Array(count2);
    const entry = new Uint32Array(count2);
    const r = new Random(params.key);
    const weights = packages.map((p) => PACKAGE_WEIGHT[p.kind]);
    const total = weights.reduce((a, b) => a + b, 0);
    const cveIndex = packages.findIndex((p) => p.kind === "cve");
    const counters = new Uint32Array(agents.length * packages.length);
    for (let i = 0; i < count2; i++) {
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
      count2,
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
      slices.push(SEVERITIES.flatMap((s, k) => this.severities.has(s) ? [set.bySeverity[k]] : []));
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
      const code = store.agentById(id)?.unhealthyCode;
      if (code !== void 0) {
        out.push({
          date: started,
          event: "OTHER",
          error: true,
          message: `Agent ${id} is ${code}: ${UNHEALTHY_DETAILS[code]}`
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
    createdAt: sec(run.createdAt),
    ...started !== void 0 ? { startedAt: sec(started) } : {},
    ...completed !== void 0 ? { completedAt: sec(completed) } : {},
    stateChangedAt: sec(run.stateChangedAt),
    dataCollected: run.dataCollected,
    stateChanges: run.changes.slice(-50).map((c) => ({ state: c.state, stateChangedAt: sec(c.at) })),
    notifications: notificationsOf(em, run).map((n) => ({ ...n, date: sec(n.date) })),
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
    createdAt: sec(t.createdAt),
    updatedAt: sec(t.updatedAt)
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
      resourceGroups: found.map((g) => ({ arn: g.arn, tags: g.tags, createdAt: sec(g.createdAt) })),
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
    createdAt: sec(t.createdAt)
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
    let sub = store.subscriptions.find((s) => s.resourceArn === template.arn && s.topicArn === topicArn);
    const total = store.subscriptions.filter((s) => s.resourceArn === template.arn).reduce((n, s) => n + s.events.length, 0);
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
      (s) => s.resourceArn === template.arn && s.topicArn === input["topicArn"]
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
    const subs = store.subscriptions.filter((s) => resourceArn === void 0 || s.resourceArn === resourceArn).map((s) => ({
      resourceArn: s.resourceArn,
      topicArn: s.topicArn,
      eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec(e.subscribedAt) }))
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
    unsigned: (operation) => accessDenied(
      deniedCode(operation),
      "Missing Authentication Token: sign requests with AWS Signature Version 4.",
      403
    ),
    throttled: throttling,
    internalError
  };
}

// src/emulator/classic/state-file.ts
import { readFile, rename, writeFile } from "node:fs/promises";
var STATE_FORMAT = "inspector-gate-emulator-state";
var sec2 = (ms) => ms / 1e3;
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
    crossAccountRole: { ...store.crossAccountRole, registeredAt: sec2(store.crossAccountRole.registeredAt) },
    resourceGroups: [...store.resourceGroups.values()].map((g) => ({ ...g, createdAt: sec2(g.createdAt) })),
    assessmentTargets: [...store.targets.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      ...t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {},
      createdAt: sec2(t.createdAt),
      updatedAt: sec2(t.updatedAt)
    })),
    assessmentTemplates: [...store.templates.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      assessmentTargetArn: t.targetArn,
      durationInSeconds: t.durationInSeconds,
      rulesPackageArns: t.rulesPackageArns,
      userAttributesForFindings: t.userAttributesForFindings,
      createdAt: sec2(t.createdAt),
      tags: t.tags
    })),
    eventSubscriptions: store.subscriptions.map((s) => ({
      resourceArn: s.resourceArn,
      topicArn: s.topicArn,
      eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec2(e.subscribedAt) }))
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
          ...f.updatedAt.has(i) ? { updatedAt: sec2(f.updatedAt.get(i)) } : {}
        }))
      } : Array.from({ length: f.size }, (_, i) => f.describe(i, ctx));
      return {
        arn: run.arn,
        name: run.name,
        assessmentTemplateArn: run.templateArn,
        durationInSeconds: run.durationInSeconds,
        rulesPackageArns: run.rulesPackageArns,
        userAttributesForFindings: run.userAttributesForFindings,
        createdAt: sec2(run.createdAt),
        state: run.state,
        stateChanges: run.changes.map((c) => ({ state: c.state, stateChangedAt: sec2(c.at) })),
        emulator: {
          timeScale: run.timeScale,
          outcome: run.outcome,
          plan: run.plan.map((c) => ({ state: c.state, stateChangedAt: sec2(c.at) })),
          collectedFraction: run.collectedFraction,
          ...run.stopAction ? { stopAction: run.stopAction } : {},
          agentIds: run.agentIds
        },
        findings
      };
    })
  };
}
async function saveState(store, path, now, seeded) {
  const text = `${JSON.stringify(snapshot(store, now, seeded), null, 2)}
`;
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, text, "utf8");
  await rename(temp, path);
}
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
    return this.list(v, path).map((s, i) => {
      const o = this.object(s, `${path}[${i}]`);
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
  if (!SEVERITIES.includes(sev)) {
    r.problem(`${path}.severity`, `expected one of ${SEVERITIES.join(", ")}`);
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
  r.list(data["eventSubscriptions"], "eventSubscriptions").forEach((s, i) => {
    const p = `eventSubscriptions[${i}]`;
    const o = r.object(s, p);
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
async function startClassic(options) {
  const { clock, statePath } = options;
  const data = statePath ? await readStateFile(statePath) : void 0;
  const basics = data ? stateBasics(data) : {};
  const store = new Store({
    ...options,
    seed: basics.seed ?? options.seed,
    region: basics.region ?? options.region
  });
  let seededArns;
  if (data) {
    restore(store, data, statePath);
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
    async save() {
      if (statePath) await saveState(store, statePath, clock.now(), { ...seededArns });
    }
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
  const operations = (v, where) => {
    if (v === void 0) return void 0;
    if (!Array.isArray(v) || !v.every((o) => typeof o === "string" && isOperation(o))) {
      problems.push(`${where}.operations must be a list of Inspector operation names such as "ListFindings"`);
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
function applies(scope, operation) {
  return scope.operations === void 0 || scope.operations.includes(operation);
}
function latencyFor(config, operation) {
  return config.latencyMs[operation] ?? config.latencyMs["*"] ?? 0;
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
function count(stats, key) {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}
var EmulatorServer = class {
  /** `faultSeed` seeds the random decisions of the faults. */
  constructor(clock, faultSeed) {
    this.clock = clock;
    this.injector = new FaultInjector(faultSeed);
    this.controls = [sharedControl(this)];
    this.http = createServer({ keepAliveTimeout: 1e4 }, this.handle);
  }
  clock;
  /** Calls per operation (refused, throttled and failed calls included) and "fault.<kind>" counters. */
  stats = /* @__PURE__ */ new Map();
  config = NO_FAULTS;
  protocols = [];
  operations = /* @__PURE__ */ new Set();
  controls;
  injector;
  http;
  url = "";
  register(protocol) {
    this.protocols.push(protocol);
    for (const operation of protocol.operations) this.operations.add(operation);
    if (protocol.control) this.controls.push(protocol.control);
  }
  get faults() {
    return this.config;
  }
  /** Merges a fault update in (every key given replaces that fault); throws a readable Error. */
  updateFaults(update) {
    this.config = { ...this.config, ...parseFaults(update, (name) => this.operations.has(name)) };
    return this.config;
  }
  /** "http://HOST:PORT" once listening. */
  get endpoint() {
    return this.url;
  }
  /** Starts listening; rejects with the system's error (port in use, bad host). */
  async listen(host, port) {
    this.http.listen(port, host);
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
    const body = await readBody(req);
    const operation = protocol.route(request);
    if (typeof operation !== "string") {
      writeAnswer(res, operation);
      return;
    }
    count(this.stats, operation);
    const signature = checkSignature(request.headers.authorization, protocol.signingName);
    if (signature !== void 0) {
      const error = signature === "missing" ? protocol.unsigned(operation) : signature;
      writeAnswer(res, protocol.errorAnswer(error));
      return;
    }
    const faults = this.config;
    if (this.injector.drops(faults, operation)) {
      count(this.stats, "fault.dropped");
      req.socket.destroy();
      return;
    }
    if (this.injector.throttles(faults, operation)) {
      count(this.stats, "fault.throttled");
      writeAnswer(res, protocol.errorAnswer(protocol.throttled()));
      return;
    }
    const latency = latencyFor(faults, operation);
    if (latency > 0) await sleep(latency);
    if (this.injector.failsInternally(faults, operation)) {
      count(this.stats, "fault.internalErrors");
      writeAnswer(res, protocol.errorAnswer(protocol.internalError()));
      return;
    }
    let answer;
    try {
      answer = protocol.call(operation, request, body, this.clock.now());
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      answer = protocol.errorAnswer(error);
    }
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
  const port = checkInteger("port", options.port, 0, 65535) ?? 0;
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
  let server;
  const classic = await startClassic({
    seed: String(options.seed ?? DEFAULTS.seed),
    region,
    findingsPerRun: findings,
    timeScale,
    agents,
    unhealthyAgents: unhealthy,
    clock,
    ...options.statePath !== void 0 ? { statePath: options.statePath } : {},
    ...outcome !== void 0 ? { outcome } : {},
    faults: () => server.faults,
    endpoint: () => server.endpoint
  });
  server = new EmulatorServer(clock, hash(classic.store.seed, "faults"));
  server.register(classic.protocol);
  try {
    server.updateFaults(options.faults ?? {});
  } catch (error) {
    throw faultsError(error);
  }
  try {
    await server.listen(host, port);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_LISTEN_FAILED",
      `The emulator cannot listen on ${host}:${port}: ${error.message}.`,
      [],
      { cause: error }
    );
  }
  const running = server;
  let stopping;
  return {
    endpoint: running.endpoint,
    seeded: classic.seeded,
    stop() {
      stopping ??= (async () => {
        await running.close();
        await classic.save();
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
