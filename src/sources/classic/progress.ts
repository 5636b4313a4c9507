/** The progress events of a Classic run source (the gate adds the elapsed time; doors render them). */
import type { CoverageInfo } from "../../result.js";

export type ClassicEvent = { readonly message: string } & (
  | {
      readonly type: "run";
      readonly action: "started" | "reused" | "given" | "latest";
      readonly runArn: string;
      readonly runName: string;
    }
  | {
      readonly type: "agents-busy";
      readonly heldBy: readonly string[];
      readonly agents: readonly string[];
      readonly retryInMs: number;
    }
  | {
      readonly type: "state";
      readonly runArn: string;
      readonly runName: string;
      readonly state: string;
      readonly previous?: string;
    }
  | { readonly type: "coverage"; readonly coverage: CoverageInfo }
  | { readonly type: "stop"; readonly runArn: string; readonly reason: "timeout" | "interrupted" | "error" }
);
