/**
 * A findings export as `aws inspector describe-findings` prints it ({"findings": [...], "failedItems":
 * {}}, Inspector's field names, ISO timestamps with microseconds), written to disk for the offline
 * figures. The findings are the policy bench's deterministic ones, with the description and
 * recommendation text a real export carries (they make up most of its size).
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { generateFindings } from "../policy.bench.js";

const DESCRIPTION =
  "A vulnerability in the package allows a remote attacker to execute arbitrary code or cause a denial of " +
  "service through crafted input. The issue affects the versions installed on this instance.";
const RECOMMENDATION =
  "Use your Operating System's update feature to update the package to the latest version, then restart " +
  "the affected services.";

/** Writes `count` findings to `path` in the AWS CLI's shape; resolves to the file's size in bytes. */
export async function writeExport(path: string, count: number, seed = 42): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write('{\n    "findings": [\n');
  // In slices, so 200,000 findings never sit in memory at once.
  const SLICE = 10_000;
  for (let start = 0; start < count; start += SLICE) {
    const slice = generateFindings(Math.min(SLICE, count - start), seed + start);
    const parts: string[] = [];
    slice.forEach((f, i) => {
      const n = start + i;
      const created = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString().replace("Z", "000+00:00");
      const finding = {
        arn: f.arn.replace(/finding\/0-.*$/, `finding/0-${n.toString(36)}`),
        schemaVersion: 1,
        service: "Inspector",
        serviceAttributes: {
          schemaVersion: 1,
          assessmentRunArn: "arn:aws:inspector:us-west-2:123456789012:target/0-t/template/0-t/run/0-r",
          rulesPackageArn: f.rulesPackageArn,
        },
        assetType: "ec2-instance",
        assetAttributes: {
          schemaVersion: 1,
          agentId: f.asset.agentId,
          autoScalingGroup: f.asset.autoScalingGroup,
          amiId: f.asset.amiId,
          hostname: f.asset.hostname,
          ipv4Addresses: [`10.0.${n % 250}.${n % 200}`],
        },
        id: f.id,
        title: f.title,
        description: DESCRIPTION,
        recommendation: RECOMMENDATION,
        severity: f.severity,
        numericSeverity: f.numericSeverity,
        confidence: f.confidence,
        indicatorOfCompromise: f.indicatorOfCompromise,
        attributes: f.attributes,
        userAttributes: f.userAttributes,
        createdAt: created,
        updatedAt: created,
      };
      parts.push(`        ${JSON.stringify(finding)}`);
    });
    await write(parts.join(",\n"));
    await write(start + SLICE < count ? ",\n" : "\n");
  }
  await write('    ],\n    "failedItems": {}\n}\n');
  out.end();
  await once(out, "finish");
  return bytes;
}
