/** Catalog entries for application packages (Maven jars, Go binaries, npm, pip). */
import { type Vulnerability } from "./catalog-types.js";
export declare const LIBRARY_VULNERABILITIES: readonly Vulnerability[];
