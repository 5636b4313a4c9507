/** Offline mode: load exported findings and evaluate them with no Inspector access. */
export { evaluateFindings } from "./evaluate.js";
export { loadFindingsFile, parseFindings } from "./read.js";
