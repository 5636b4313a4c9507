/**
 * Inspector Classic's routes on the control endpoint: the seeded ARNs, the outcome of a run (or of
 * every future run), and the report documents GetAssessmentReport points at.
 */
import type { ControlRoutes } from "../control.js";
import type { Emulation } from "./context.js";
import { type Outcome } from "./run-lifecycle.js";
export interface ClassicControl {
    readonly seeded: Readonly<Record<string, unknown>>;
    /** Sets the outcome of a run, or of every future run with "*"; false for an unknown run. */
    setOutcome(run: string, outcome: Outcome): boolean;
}
export declare function classicControl(em: Emulation, classic: ClassicControl): ControlRoutes;
