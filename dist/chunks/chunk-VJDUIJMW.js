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
var SEVERITIES = ["Undefined", "Informational", "Low", "Medium", "High"];
var SEVERITY_RANK = {
  Undefined: 0,
  Informational: 1,
  Low: 2,
  Medium: 3,
  High: 4
};
function isSeverity(value) {
  return typeof value === "string" && Object.hasOwn(SEVERITY_RANK, value);
}
function emptySeverityCounts() {
  return { High: 0, Medium: 0, Low: 0, Informational: 0, Undefined: 0 };
}
function assetLabel(asset) {
  return asset.hostname ?? asset.agentId ?? asset.amiId ?? "unknown asset";
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
  isSeverity,
  emptySeverityCounts,
  assetLabel,
  silentLogger,
  systemClock
};
