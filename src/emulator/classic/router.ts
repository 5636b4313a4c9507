/**
 * Inspector Classic's operations by name: one handler per operation of the service model, gathered
 * from the modules that group them by resource.
 */
import type { Handler } from "./context.js";
import { ADMIN_OPERATIONS } from "./operations/admin.js";
import { AGENT_OPERATIONS } from "./operations/agents.js";
import { FINDING_OPERATIONS } from "./operations/findings.js";
import { REPORT_OPERATIONS } from "./operations/reports.js";
import { RUN_OPERATIONS } from "./operations/runs.js";
import { TARGET_OPERATIONS } from "./operations/targets.js";
import { TEMPLATE_OPERATIONS } from "./operations/templates.js";

export const OPERATIONS: Readonly<Record<string, Handler>> = {
  ...ADMIN_OPERATIONS,
  ...TARGET_OPERATIONS,
  ...TEMPLATE_OPERATIONS,
  ...RUN_OPERATIONS,
  ...AGENT_OPERATIONS,
  ...FINDING_OPERATIONS,
  ...REPORT_OPERATIONS,
};

/** The handler of `operation`, or undefined when Inspector Classic has no such operation. */
export function handlerOf(operation: string): Handler | undefined {
  return Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
}
