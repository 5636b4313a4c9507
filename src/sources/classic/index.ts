/** The Inspector Classic run source, as the registry knows it. */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { ConfigError } from "../../errors.js";
import type { SourceDefinition } from "../types.js";
import { ClassicRunSource, type ClassicRunSpec } from "./source.js";

export type { ClassicRunSpec } from "./source.js";

function invalid(name: string, value: unknown, expected: string): ConfigError {
  return new ConfigError("OPTION_INVALID", `Invalid ${name} '${value}': expected ${expected}.`);
}

function checkArn(name: string, value: string): void {
  if (typeof value !== "string" || !value.startsWith("arn:")) {
    throw invalid(name, value, "an ARN (arn:aws:inspector:…)");
  }
}

export const classicRunSource: SourceDefinition<ClassicRunSpec, InspectorClient> = {
  kinds: ["run", "template", "latest"],
  client: "inspector",
  check(spec) {
    if (spec.kind === "run") {
      checkArn("run ARN", spec.runArn);
      return;
    }
    checkArn("template ARN", spec.templateArn);
    if (spec.kind === "template" && (spec.runName.length < 1 || spec.runName.length > 140)) {
      throw invalid("run name", spec.runName, "1 to 140 characters");
    }
    if (spec.kind === "latest" && spec.maxAgeMs !== undefined) {
      if (!Number.isFinite(spec.maxAgeMs) || spec.maxAgeMs <= 0) {
        throw invalid("max age", spec.maxAgeMs, "a positive number");
      }
    }
  },
  create: (spec, ctx, env) => new ClassicRunSource(spec, ctx, env.client, env.connection),
};
