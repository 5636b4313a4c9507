#!/usr/bin/env node
import { exitWhenWritten } from "../exit.js";
import { main } from "./cli.js";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort(new Error(`received ${signal}`)));
}

const code = await main(process.argv.slice(2), {
  stdout: writerTo(process.stdout),
  stderr: writerTo(process.stderr),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
await exitWhenWritten(code);

/**
 * A reader that stops early (`check -f sarif | head -c 10`) closes the pipe: what is left of the report
 * has nowhere to go, and that is no error. Writes after that are dropped, and the process still ends with
 * the verdict's own exit code. Any other failure to write is said once on stderr (when it is not the
 * stream that failed).
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    open = false;
    if (error.code !== "EPIPE" && stream !== process.stderr && process.stderr.writable) {
      process.stderr.write(`inspector-gate: cannot write to stdout: ${error.message}\n`);
    }
  });
  return (text) => {
    if (open && stream.writable) stream.write(text);
  };
}
