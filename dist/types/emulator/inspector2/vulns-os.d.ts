/** Catalog entries for operating-system packages (Amazon Linux 2 and 2023, Ubuntu 22.04). */
import { type Vulnerability } from "./catalog-types.js";
export declare const OS_VULNERABILITIES: readonly Vulnerability[];
