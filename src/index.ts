/** inspector-gate's library surface: types and functions, nothing else. */
export { ConfigError, ExitCode, GateError, InspectorError } from "./errors.js";
export type { GateDeps, GateOptions, ProgressEvent, RunSource } from "./gate.js";
export { evaluateFindings, loadFindingsFile, runGate } from "./gate.js";
export type { InspectorConnection } from "./inspector/client.js";
export { createInspectorClient } from "./inspector/client.js";
export { defaultRunName } from "./inspector/run-name.js";
export type { Clock, Logger } from "./logging.js";
export type { Asset, Attribute, Finding, Severity, SeverityCounts } from "./model.js";
export { SEVERITIES } from "./model.js";
export type { Evaluator } from "./policy/evaluate.js";
export { createEvaluator, evaluate, evaluateCounts } from "./policy/evaluate.js";
export type { LoadPolicyOptions, PolicyInput } from "./policy/load.js";
export { loadPolicy } from "./policy/load.js";
export type { FetchPlan, ServerFilter } from "./policy/plan.js";
export { matchesServerFilter, planFetch } from "./policy/plan.js";
export { policySchema } from "./policy/schema.js";
export type * from "./policy/types.js";
export type { Annotation, AnnotationLevel, JsonReport } from "./report/index.js";
export {
  buildJsonReport,
  buildSarif,
  DEFAULT_MARKDOWN_MAX_BYTES,
  escapeMarkdown,
  escapeXml,
  FORMATS,
  formatReport,
  formatters,
  isFormat,
  MAX_ANNOTATIONS_PER_LEVEL,
  plainText,
  planAnnotations,
  REPORT_SCHEMA_VERSION,
} from "./report/index.js";
export type { Format, Formatter, ReportContext } from "./report/types.js";
export type { CoverageInfo, GateResult, RunInfo, StateChange, Verdict } from "./result.js";
export { VERSION } from "./version.js";
