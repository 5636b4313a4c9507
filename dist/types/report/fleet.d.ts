/**
 * How reports speak of a merged verdict (`inspector-gate merge`): every gate it was made of, named by its
 * report file and what it looked at, with its own verdict. Pure; values from the reports are made plain or
 * escaped here.
 */
import type { FleetMember } from "../fleet/types.js";
import type { GateResult } from "../result.js";
import type { Section } from "./markdown.js";
import type { ReportContext } from "./types.js";
/** "12 gates: 10 passed, 1 failed, 1 error" */
export declare function fleetWords(fleet: readonly FleetMember[]): string;
/** The text report's lines for the fleet, in place of the one source. */
export declare function fleetTextLines(fleet: readonly FleetMember[]): string[];
/** The Markdown report's table of gates. */
export declare function fleetSection(result: GateResult): Section | undefined;
/**
 * Why a violated check lists no finding: for a merge, the gates kept findings only for what they violated
 * themselves (a total limit can be exceeded by gates each within it); else the door's own words.
 */
export declare function notListed(result: GateResult, ctx: ReportContext): string;
