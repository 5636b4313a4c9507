/** The file source, as the registry knows it; and the reader, for callers that want findings in hand. */
import { ConfigError } from "../../errors.js";
import type { SourceDefinition } from "../types.js";
import { FileSource, type FileSpec } from "./source.js";

export { loadFindingsFile, parseFindings } from "./read.js";
export type { FileSpec } from "./source.js";

export const fileSource: SourceDefinition<FileSpec> = {
  kinds: ["file"],
  check(spec) {
    if (!Array.isArray(spec.files) || spec.files.length === 0) {
      throw new ConfigError("OPTION_INVALID", "Invalid findings files: expected at least one file path.");
    }
    if (spec.includeSuppressed !== undefined && typeof spec.includeSuppressed !== "boolean") {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid includeSuppressed '${String(spec.includeSuppressed)}': expected true or false.`,
      );
    }
    for (const file of spec.files) {
      if (typeof file !== "string" || file === "") {
        throw new ConfigError(
          "OPTION_INVALID",
          `Invalid findings file '${String(file)}': expected a file path.`,
        );
      }
    }
  },
  create: (spec, ctx) => new FileSource(spec, ctx),
};
