/** The Inspector (v2) source, as the registry knows it. */
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import { ConfigError } from "../../errors.js";
import type { SourceDefinition } from "../types.js";
import { checkScope } from "./scope.js";
import { Inspector2Source, type Inspector2Spec } from "./source.js";

export type { Inspector2Event } from "./progress.js";
export type { Inspector2Scope } from "./scope.js";
export type { Inspector2Spec } from "./source.js";

export const inspector2Source: SourceDefinition<Inspector2Spec, Inspector2Client> = {
  kinds: ["inspector2"],
  client: "inspector2",
  check(spec) {
    const problems = checkScope(spec.scope, spec.allResources === true);
    if (problems.length > 0) {
      throw new ConfigError(
        "OPTION_INVALID",
        problems.length === 1
          ? problems[0]!
          : `${problems.length} problems with the scope:\n- ${problems.join("\n- ")}`,
        problems,
      );
    }
  },
  create: (spec, ctx, env) => new Inspector2Source(spec, ctx, env.client, env.connection),
};
