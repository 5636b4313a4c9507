/** inspector-gate's library surface: types and functions, nothing else. */
export { ConfigError, ExitCode, GateError, InspectorError } from "./errors.js";
export type { GateDeps, GateOptions, ProgressEvent, RunSource, SourceSpec } from "./gate.js";
export { runGate, runGateOn } from "./gate.js";
export type { Clock, Logger } from "./logging.js";
export type * from "./model.js";
export {
  CLASSIC_SEVERITIES,
  INSPECTOR2_SEVERITIES,
  INSPECTOR2_SEVERITY,
  SEVERITIES,
  SEVERITY_RANK,
  subjectLabel,
} from "./model.js";
export type { Evaluator } from "./policy/evaluate.js";
export { createEvaluator, evaluate, evaluateCounts } from "./policy/evaluate.js";
export type { LoadPolicyOptions, PolicyInput } from "./policy/load.js";
export { loadPolicy } from "./policy/load.js";
export type { NeededField, NeededRangeField, PolicyNeeds, TargetNeeds } from "./policy/plan.js";
export { applicablePolicy, policyNeeds } from "./policy/plan.js";
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
export type {
  ClassicRunSourceInfo,
  CoverageInfo,
  FileSourceInfo,
  FindingsFileFormat,
  FindingsFileInfo,
  GateResult,
  Inspector2SourceInfo,
  RunInfo,
  SourceInfo,
  StateChange,
  Verdict,
} from "./result.js";
export { runOf } from "./result.js";
export type { InspectorConnection } from "./sources/classic/client.js";
export { createInspectorClient } from "./sources/classic/client.js";
export type { FetchPlan, ServerFilter } from "./sources/classic/filter.js";
export { matchesServerFilter, planFetch } from "./sources/classic/filter.js";
export type { ClassicRunSpec } from "./sources/classic/index.js";
export { defaultRunName } from "./sources/classic/run-name.js";
export type { FileSpec } from "./sources/file/index.js";
export { loadFindingsFile, parseFindings } from "./sources/file/index.js";
export type {
  CountsPath,
  Evidence,
  FetchProgress,
  FindingSource,
  SourceClients,
  SourceContext,
  SourceDefinition,
  Totals,
} from "./sources/types.js";
export { VERSION } from "./version.js";
