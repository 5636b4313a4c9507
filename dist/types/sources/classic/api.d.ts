/** The Classic client behind the shared AWS call wrapper (per-call signals, counting, coded errors). */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { AwsApi } from "../shared/aws.js";
export declare class InspectorApi extends AwsApi<InspectorClient> {
}
/** DescribeAssessmentRuns, DescribeFindings, DescribeRulesPackages … take at most 10 ARNs. */
export declare const DESCRIBE_BATCH = 10;
