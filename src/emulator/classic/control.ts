/**
 * Inspector Classic's routes on the control endpoint: the seeded ARNs, the outcome of a run (or of
 * every future run), and the report documents GetAssessmentReport points at.
 */
import type { ControlRoutes } from "../control.js";
import type { Emulation } from "./context.js";
import { renderReport } from "./operations/reports.js";
import { isOutcome, type Outcome } from "./run-lifecycle.js";

export interface ClassicControl {
  readonly seeded: Readonly<Record<string, unknown>>;
  /** Sets the outcome of a run, or of every future run with "*"; false for an unknown run. */
  setOutcome(run: string, outcome: Outcome): boolean;
}

export function classicControl(em: Emulation, classic: ClassicControl): ControlRoutes {
  return {
    paths: ["GET /_emulator/seeded", "POST /_emulator/outcome", "GET /_emulator/reports/<file>?run=<ARN>"],
    answer({ method, path, query, json }, now) {
      if (path === "/_emulator/seeded" && method === "GET") return { status: 200, json: classic.seeded };
      if (path === "/_emulator/outcome" && method === "POST") {
        const input = json() as Record<string, unknown>;
        const run = input["run"] ?? input["assessmentRunArn"];
        const outcome = input["outcome"];
        if (typeof run !== "string" || typeof outcome !== "string" || !isOutcome(outcome)) {
          return {
            status: 400,
            json: {
              error:
                'expected {"run": "<run ARN or *>", "outcome": "COMPLETED|COMPLETED_WITH_ERRORS|FAILED|ERROR|NEVER"}',
            },
          };
        }
        if (!classic.setOutcome(run, outcome))
          return { status: 404, json: { error: `no assessment run ${run}` } };
        return { status: 200, json: { run, outcome } };
      }
      if (path.startsWith("/_emulator/reports/") && method === "GET") {
        const report = renderReport(em, query.get("run") ?? "", path, now);
        if (report === undefined) return { status: 404, json: { error: "no such report" } };
        return { status: 200, contentType: report.type, document: report.body };
      }
      return undefined;
    },
  };
}
