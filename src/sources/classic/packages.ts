/** Rules package ARN → name, for findings (policies match names) and for resolving names in filters. */
import { DescribeRulesPackagesCommand } from "@aws-sdk/client-inspector";
import { chunks } from "../../core/batch.js";
import { DESCRIBE_BATCH, type InspectorApi } from "./api.js";

export async function rulesPackageNames(
  api: InspectorApi,
  arns: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const batch of chunks([...new Set(arns)], DESCRIBE_BATCH)) {
    const out = await api.call("DescribeRulesPackages", (o) =>
      api.client.send(new DescribeRulesPackagesCommand({ rulesPackageArns: batch }), o),
    );
    for (const p of out.rulesPackages ?? []) {
      if (p.arn !== undefined && p.name !== undefined) names.set(p.arn, p.name);
    }
  }
  return names;
}
