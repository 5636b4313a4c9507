/**
 * Writing to the workflow log without letting anything we print become a workflow command. Text that may
 * carry scanner data (finding titles, run names, error messages quoted from Inspector) goes through
 * `inert()`: the runner treats a line starting with `::` (V2) and a `##[` anywhere in a line (V1) as a
 * command, so both are broken with an invisible zero-width space. Annotations go through @actions/core's
 * own functions, which escape their data and properties.
 */
import * as core from "@actions/core";
import type { Logger } from "../logging.js";

const ZWSP = "\u200b";

export function inert(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):/, `$1:${ZWSP}`).replaceAll("##[", `##${ZWSP}[`))
    .join("\n");
}

/**
 * The gate's Logger in the workflow log. Warnings and errors are plain log lines, not annotations: the
 * step's annotation slots (10 per level) are kept for the policy lines the verdict rests on.
 */
export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(inert(message)),
  warn: (message) => core.info(inert(`Warning: ${message}`)),
  error: (message) => core.info(inert(`Error: ${message}`)),
};
