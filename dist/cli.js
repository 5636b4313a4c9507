#!/usr/bin/env node
import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
var ExitCode, GateError, ConfigError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ExitCode = {
      /** The policy holds. */
      Pass: 0,
      /** The policy is violated. */
      Fail: 1,
      /** Usage error, invalid input or invalid policy. */
      Usage: 2,
      /** Inspector, run or data error: the gate could not reach a trustworthy verdict. */
      Error: 3
    };
    GateError = class extends Error {
      /** A stable, machine-readable code such as "POLICY_INVALID" or "RUN_FAILED". */
      code;
      constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
      }
    };
    ConfigError = class extends GateError {
      exitCode = ExitCode.Usage;
      /** Individual problems, each already formatted (e.g. "policy.yml:3:5: unknown key 'sevrity'"). */
      problems;
      constructor(code, message, problems = [], options) {
        super(code, message, options);
        this.problems = problems;
      }
    };
  }
});

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  command: () => command
});
var command;
var init_check = __esm({
  "src/cli/commands/check.ts"() {
    "use strict";
    init_errors();
    command = {
      name: "check",
      summary: "check",
      run: async () => {
        throw new ConfigError("NOT_AVAILABLE", "the 'check' command is not available in this build");
      }
    };
  }
});

// src/cli/commands/validate.ts
var validate_exports = {};
__export(validate_exports, {
  command: () => command2
});
var command2;
var init_validate = __esm({
  "src/cli/commands/validate.ts"() {
    "use strict";
    init_errors();
    command2 = {
      name: "validate",
      summary: "validate",
      run: async () => {
        throw new ConfigError("NOT_AVAILABLE", "the 'validate' command is not available in this build");
      }
    };
  }
});

// src/cli/commands/demo.ts
var demo_exports = {};
__export(demo_exports, {
  command: () => command3
});
var command3;
var init_demo = __esm({
  "src/cli/commands/demo.ts"() {
    "use strict";
    init_errors();
    command3 = {
      name: "demo",
      summary: "demo",
      run: async () => {
        throw new ConfigError("NOT_AVAILABLE", "the 'demo' command is not available in this build");
      }
    };
  }
});

// src/cli/commands/emulator.ts
var emulator_exports = {};
__export(emulator_exports, {
  command: () => command4
});
var command4;
var init_emulator = __esm({
  "src/cli/commands/emulator.ts"() {
    "use strict";
    init_errors();
    command4 = {
      name: "emulator",
      summary: "emulator",
      run: async () => {
        throw new ConfigError("NOT_AVAILABLE", "the 'emulator' command is not available in this build");
      }
    };
  }
});

// src/cli/cli.ts
init_errors();

// src/version.ts
var VERSION = "0.1.0";

// src/cli/cli.ts
var COMMANDS = {
  check: {
    summary: "run the gate: resolve a run, wait for it, fetch findings, evaluate policies",
    load: async () => (await Promise.resolve().then(() => (init_check(), check_exports))).command
  },
  validate: {
    summary: "validate policy files",
    load: async () => (await Promise.resolve().then(() => (init_validate(), validate_exports))).command
  },
  demo: {
    summary: "run the whole gate against the embedded Inspector emulator",
    load: async () => (await Promise.resolve().then(() => (init_demo(), demo_exports))).command
  },
  emulator: {
    summary: "serve the local Amazon Inspector Classic emulator",
    load: async () => (await Promise.resolve().then(() => (init_emulator(), emulator_exports))).command
  }
};
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: inspector-gate <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run 'inspector-gate <command> --help' for a command's options.",
    "",
    "Exit codes: 0 pass, 1 policy violated, 2 usage or policy error, 3 Inspector or run error.",
    ""
  ].join("\n");
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    (name === void 0 ? io.stderr : io.stdout)(usage());
    return name === void 0 ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`${VERSION}
`);
    return ExitCode.Pass;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (entry === void 0) {
    io.stderr(
      `inspector-gate: unknown command '${name}': expected one of ${Object.keys(COMMANDS).join(", ")}.
`
    );
    io.stderr("Run 'inspector-gate --help' for usage.\n");
    return ExitCode.Usage;
  }
  try {
    const command5 = await entry.load();
    return await command5.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
function reportError(error, io) {
  if (error instanceof GateError) {
    io.stderr(`inspector-gate: ${error.message}
`);
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr(`${problem}
`);
    }
    return error.exitCode;
  }
  const stack = error instanceof Error && error.stack ? error.stack : errorMessage(error);
  io.stderr(`inspector-gate: internal error (a bug; please report it):
${stack}
`);
  return ExitCode.Error;
}

// src/cli/main.ts
var controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => controller.abort(new Error(`received ${signal}`)));
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal
});
