/**
 * Ending the process once a door has finished. The AWS SDK's HTTP handler can leave timers behind after
 * a failed or aborted request (tens of seconds), which would keep a finished gate alive; so once all
 * output is written, the door's entry ends the process with the code it already decided. This runs only
 * at the very end of an entry file, never mid-flight.
 */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0 || stream.destroyed || !stream.writable) resolve();
    else stream.write("", () => resolve());
  });
}

export async function exitWhenWritten(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
