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

// src/model.ts
var SEVERITIES = ["Undefined", "Informational", "Low", "Medium", "High"];

// src/version.ts
var VERSION = "0.1.0";
export {
  ConfigError,
  ExitCode,
  GateError,
  InspectorError,
  SEVERITIES,
  VERSION
};
