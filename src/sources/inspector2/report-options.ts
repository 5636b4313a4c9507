/**
 * Where a findings report goes, as both doors read it: `--report-bucket`, `--report-kms-key`,
 * `--report-prefix` and `--s3-endpoint` (the Action inputs of the same names). The raw strings are checked
 * here, so the CLI and the Action say the same thing about the same bad value (the name as each door
 * spells it, the value, the form expected). The doors read the environment (AWS_ENDPOINT_URL_S3); this
 * module does not.
 */

import { isHttpUrl } from "../../option-grammar.js";
import type { ReportDestination } from "./report.js";
import { SCOPE_NAMES } from "./scope.js";

/** The report's flags (CLI, without `--`) and inputs (Action). */
export const REPORT_NAMES = ["report-bucket", "report-kms-key", "report-prefix", "s3-endpoint"] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/**
 * Every option of an Inspector (v2) gate (the CLI's flags without "--", the Action's inputs): the scope,
 * the listing's and the report's. Each door refuses them without the v2 source.
 */
export const INSPECTOR2_OPTION_NAMES = [
  ...SCOPE_NAMES,
  "all-resources",
  "wait-for-scan",
  "include-suppressed",
  ...REPORT_NAMES,
] as const;

export interface ReportRaw {
  readonly "report-bucket"?: string;
  readonly "report-kms-key"?: string;
  readonly "report-prefix"?: string;
  readonly "s3-endpoint"?: string;
}

const BUCKET_FORM =
  "an S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, beginning and ending with a letter or digit, no two dots in a row, not an IP address (e.g. my-org-inspector-reports)";
const KMS_FORM =
  "a KMS key ARN arn:aws:kms:REGION:ACCOUNT:key/ID (partition aws, aws-cn or aws-us-gov; ID a key id or an mrk- multi-Region key id; an alias is not accepted), e.g. arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const PREFIX_FORM =
  "an S3 key prefix of 1 to 1024 characters without control characters (e.g. inspector-gate/)";

const KMS_KEY_ARN =
  /^arn:aws(-cn|-us-gov)?:kms:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:key\/(mrk-[0-9a-f]{32}|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12})$/;

/** S3's bucket naming rules (general purpose buckets). */
export function isBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes("..") &&
    !/^\d{1,3}(\.\d{1,3}){3}$/.test(name) &&
    !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
    !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)
  );
}

/**
 * The report destination the raw values ask for (undefined when none is asked for), and every problem:
 * a bad bucket, key ARN, prefix or endpoint; a key, prefix or endpoint without a bucket; a bucket without
 * a key. Messages about a bad value begin with "Invalid". `environmentEndpoint` is the endpoint the door
 * found in the environment (AWS_ENDPOINT_URL_S3): used only with a bucket and when no flag names one.
 */
export function readReportDestination(
  raw: ReportRaw,
  name: (n: ReportName) => string,
  environmentEndpoint?: { readonly name: string; readonly value: string },
): { destination?: ReportDestination; problems: string[] } {
  const problems: string[] = [];
  const bucket = raw["report-bucket"];
  const kms = raw["report-kms-key"];
  const prefix = raw["report-prefix"];
  const endpoint = raw["s3-endpoint"];
  if (bucket !== undefined && !isBucketName(bucket))
    problems.push(`Invalid ${name("report-bucket")} '${bucket}': expected ${BUCKET_FORM}.`);
  if (kms !== undefined && !KMS_KEY_ARN.test(kms))
    problems.push(`Invalid ${name("report-kms-key")} '${kms}': expected ${KMS_FORM}.`);
  if (prefix !== undefined && (prefix.length < 1 || prefix.length > 1024 || /\p{Cc}/u.test(prefix)))
    problems.push(`Invalid ${name("report-prefix")} '${prefix}': expected ${PREFIX_FORM}.`);
  if (endpoint !== undefined && !isHttpUrl(endpoint))
    problems.push(`Invalid ${name("s3-endpoint")} '${endpoint}': expected an http:// or https:// URL.`);
  if (bucket === undefined) {
    for (const n of ["report-kms-key", "report-prefix", "s3-endpoint"] as const) {
      if (raw[n] !== undefined)
        problems.push(
          `${name(n)} needs ${name("report-bucket")}: it only applies to a findings report (give ${name("report-bucket")} and ${name("report-kms-key")}, or leave ${name(n)} out to read findings with ListFindings).`,
        );
    }
    return { problems };
  }
  if (kms === undefined)
    problems.push(
      `${name("report-bucket")} needs ${name("report-kms-key")}: Inspector encrypts a findings report with a KMS key (arn:aws:kms:REGION:ACCOUNT:key/ID).`,
    );
  let s3Endpoint = endpoint;
  if (s3Endpoint === undefined && environmentEndpoint !== undefined && environmentEndpoint.value !== "") {
    if (isHttpUrl(environmentEndpoint.value)) s3Endpoint = environmentEndpoint.value;
    else
      problems.push(
        `Invalid ${environmentEndpoint.name} '${environmentEndpoint.value}': expected an http:// or https:// URL.`,
      );
  }
  if (problems.length > 0 || kms === undefined) return { problems };
  return {
    destination: {
      bucket,
      kmsKeyArn: kms,
      ...(prefix !== undefined ? { prefix } : {}),
      ...(s3Endpoint !== undefined ? { s3Endpoint } : {}),
    },
    problems,
  };
}
