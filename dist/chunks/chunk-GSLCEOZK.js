// src/errors.ts
var ExitCode = {
  /** The policy holds. */
  Pass: 0,
  /** The policy is violated. */
  Fail: 1,
  /** Usage error, invalid input or invalid policy. */
  Usage: 2,
  /** Inspector, run or data error: the gate could not reach a trustworthy verdict. */
  Error: 3
};
var GateError = class extends Error {
  /** A stable, machine-readable code such as "POLICY_INVALID" or "RUN_FAILED". */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
};
var ConfigError = class extends GateError {
  exitCode = ExitCode.Usage;
  /** Individual problems, each already formatted (e.g. "policy.yml:3:5: unknown key 'sevrity'"). */
  problems;
  constructor(code, message, problems = [], options) {
    super(code, message, options);
    this.problems = problems;
  }
};
var InspectorError = class extends GateError {
  exitCode = ExitCode.Error;
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/model.ts
var SEVERITIES = [
  "Undefined",
  "Untriaged",
  "Informational",
  "Low",
  "Medium",
  "High",
  "Critical"
];
var SEVERITY_RANK = Object.freeze(
  Object.fromEntries(SEVERITIES.map((s, rank) => [s, rank]))
);
var CLASSIC_SEVERITIES = [
  "Undefined",
  "Informational",
  "Low",
  "Medium",
  "High"
];
var INSPECTOR2_SEVERITY = Object.freeze({
  UNTRIAGED: "Untriaged",
  INFORMATIONAL: "Informational",
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  CRITICAL: "Critical"
});
var INSPECTOR2_SEVERITIES = Object.values(INSPECTOR2_SEVERITY);
function severityRank(value) {
  switch (value) {
    case "Critical":
      return 6;
    case "High":
      return 5;
    case "Medium":
      return 4;
    case "Low":
      return 3;
    case "Informational":
      return 2;
    case "Untriaged":
      return 1;
    default:
      return 0;
  }
}
function emptySeverityCounts() {
  return { Critical: 0, High: 0, Medium: 0, Low: 0, Informational: 0, Untriaged: 0, Undefined: 0 };
}
function assetLabel(asset) {
  return asset.hostname ?? asset.agentId ?? asset.amiId ?? "unknown asset";
}
function resourceLabel(resource) {
  const d = resource.details;
  if (d?.awsEcrContainerImage) {
    const image = d.awsEcrContainerImage;
    return `${image.repositoryName}@${image.imageHash}`;
  }
  if (d?.awsLambdaFunction) return d.awsLambdaFunction.functionName;
  if (d?.codeRepository?.projectName) return d.codeRepository.projectName;
  return resource.id;
}
function subjectLabel(finding) {
  const first = finding.resources?.[0];
  return first !== void 0 ? resourceLabel(first) : assetLabel(finding.asset);
}

// src/logging.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warn() {
  },
  error() {
  }
};
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};

export {
  ExitCode,
  GateError,
  ConfigError,
  InspectorError,
  errorMessage,
  SEVERITIES,
  SEVERITY_RANK,
  CLASSIC_SEVERITIES,
  INSPECTOR2_SEVERITY,
  INSPECTOR2_SEVERITIES,
  severityRank,
  emptySeverityCounts,
  assetLabel,
  subjectLabel,
  silentLogger,
  systemClock
};
