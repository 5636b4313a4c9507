/**
 * The non-package findings Inspector v2 raises: network reachability of EC2 instances (an open port
 * reachable from an internet gateway, with the network path) and code vulnerabilities in Lambda
 * functions (Amazon CodeGuru detectors), written after the examples in Inspector's user guide.
 */
import type { Ecosystem } from "./catalog.js";
export interface PortRule {
    readonly port: number;
    readonly protocol: "TCP" | "UDP";
    readonly severity: "MEDIUM" | "HIGH" | "LOW";
}
export declare const PORT_RULES: readonly PortRule[];
export declare const NETWORK_REMEDIATION = "You can restrict access to your instance by modifying the Security Groups or ACLs in the network path.";
export interface CodeRule {
    readonly eco: Ecosystem;
    readonly cwe: string;
    readonly detectorId: string;
    readonly detectorName: string;
    readonly detectorTags: readonly string[];
    readonly ruleId: string;
    readonly severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
    readonly file: string;
    readonly line: number;
    readonly description: string;
    readonly recommendation: string;
}
export declare const CODE_RULES: readonly CodeRule[];
