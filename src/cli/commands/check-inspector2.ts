/**
 * `check --source inspector2`: the Inspector (v2) flags of `check`, read into the source's spec. The scope
 * flags repeat (any of the values) and combine (all of the flags); their values are checked by the
 * source's own reader (src/sources/inspector2/scope.ts), so the CLI and the Action say the same thing
 * about the same bad value. Inspector Classic's flags and the v2 ones exclude each other.
 */
import { ConfigError } from "../../errors.js";
import type { Inspector2Spec } from "../../sources/inspector2/index.js";
import { INSPECTOR2_OPTION_NAMES, readReportDestination } from "../../sources/inspector2/report-options.js";
import { readScope, SCOPE_NAMES, type ScopeName } from "../../sources/inspector2/scope.js";
import { parseChoice } from "../args.js";

export const INSPECTOR2_OPTIONS = {
  source: { type: "string" },
  account: { type: "string", multiple: true },
  "resource-type": { type: "string", multiple: true },
  "resource-id": { type: "string", multiple: true },
  "ecr-repository": { type: "string", multiple: true },
  "ecr-image-digest": { type: "string", multiple: true },
  "ecr-image-tag": { type: "string", multiple: true },
  "lambda-function": { type: "string", multiple: true },
  "resource-tag": { type: "string", multiple: true },
  "all-resources": { type: "boolean" },
  "wait-for-scan": { type: "boolean" },
  "include-suppressed": { type: "boolean" },
  "report-bucket": { type: "string" },
  "report-kms-key": { type: "string" },
  "report-prefix": { type: "string" },
  "s3-endpoint": { type: "string" },
} as const;

export const INSPECTOR2_HELP = `Inspector (v2): live findings of a scope (--source inspector2):
  --source inspector2     gate Amazon Inspector (v2) instead of an Inspector Classic run
  --account ID            AWS account id (12 digits)
  --resource-type TYPE    AWS_EC2_INSTANCE, AWS_ECR_CONTAINER_IMAGE, AWS_LAMBDA_FUNCTION or CODE_REPOSITORY
  --resource-id ID        a resource id as Inspector names it (i-..., an image or function ARN)
  --ecr-repository NAME   an ECR repository, e.g. team/app
  --ecr-image-digest sha256:HEX  an image by digest (e.g. the digest your push step printed)
  --ecr-image-tag TAG     an image by tag
  --lambda-function NAME  a Lambda function
  --resource-tag KEY=VALUE  resources carrying this tag
      Each scope flag repeats (any of its values); different flags combine (all of them must hold).
  --all-resources         no scope: gate every resource of the account
  --wait-for-scan         wait until every resource in scope has been scanned (a new image appears)
  --include-suppressed    evaluate SUPPRESSED findings too (by default shown apart, not counted)
  --report-bucket BUCKET  read the findings through a findings report Inspector writes to this S3
                          bucket (CreateFindingsReport) instead of ListFindings: for an organization
      --report-kms-key ARN  the KMS key Inspector encrypts the report with (required with
                          --report-bucket): arn:aws:kms:REGION:ACCOUNT:key/ID
      --report-prefix P   key prefix the report is written under (default: the bucket's root)
      --s3-endpoint URL   S3 endpoint, e.g. an emulator (default: AWS_ENDPOINT_URL_S3, else the region's)
`;

/** The flags that only mean something for an Inspector Classic run (or offline files). */
const CLASSIC_ONLY = [
  "run-arn",
  "template-arn",
  "run-name",
  "latest",
  "max-age",
  "on-timeout",
  "allow-partial",
] as const;

type Values = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/**
 * The Inspector (v2) spec the flags ask for, or undefined when they ask for Inspector Classic (or files).
 * Throws a ConfigError (exit 2) for v2 flags without `--source inspector2`, Classic flags with it, any
 * bad scope value, and report flags that are bad or incomplete. `env` gives AWS_ENDPOINT_URL_S3.
 */
export function readInspector2Source(
  values: Values,
  env: Readonly<Record<string, string | undefined>> = {},
): Inspector2Spec | undefined {
  // --include-suppressed also means something to exported v2 findings (--findings).
  const v2Given = INSPECTOR2_OPTION_NAMES.filter(
    (k) => values[k] !== undefined && !(k === "include-suppressed" && values.findings !== undefined),
  );
  const kind =
    values.source === undefined
      ? "classic"
      : parseChoice(values.source as string, "--source", ["classic", "inspector2"] as const);
  if (kind === "classic") {
    if (v2Given.length > 0) {
      throw new ConfigError(
        "USAGE",
        `--${v2Given[0]} is a flag of --source inspector2 (Amazon Inspector v2): add --source inspector2, or leave it out to gate an Inspector Classic run.`,
      );
    }
    return undefined;
  }
  const classic = CLASSIC_ONLY.filter((k) => values[k] !== undefined);
  if (classic.length > 0) {
    throw new ConfigError(
      "USAGE",
      `--${classic[0]} is an Inspector Classic flag and --source inspector2 gates Amazon Inspector (v2): give one or the other.`,
    );
  }
  if (values.findings !== undefined) {
    throw new ConfigError(
      "USAGE",
      "--findings evaluates exported findings offline and tells their service by their shape: it takes no --source inspector2.",
    );
  }
  const raw: Partial<Record<ScopeName, readonly string[]>> = {};
  for (const name of SCOPE_NAMES) {
    const given = values[name];
    if (given !== undefined) raw[name] = given as readonly string[];
  }
  const reading = readScope(raw, values["all-resources"] === true, (n) => `--${n}`);
  if (reading.scope === undefined) {
    const [first] = reading.problems;
    throw new ConfigError(
      first?.startsWith("Invalid") ? "OPTION_INVALID" : "USAGE",
      reading.problems.length === 1
        ? `${first}${first?.startsWith("Invalid") ? "" : " Run 'inspector-gate check --help' for usage."}`
        : `${reading.problems.length} problems with the scope:\n- ${reading.problems.join("\n- ")}`,
      reading.problems,
    );
  }
  const report = readReportDestination(
    {
      "report-bucket": values["report-bucket"] as string | undefined,
      "report-kms-key": values["report-kms-key"] as string | undefined,
      "report-prefix": values["report-prefix"] as string | undefined,
      "s3-endpoint": values["s3-endpoint"] as string | undefined,
    },
    (n) => `--${n}`,
    { name: "AWS_ENDPOINT_URL_S3", value: env.AWS_ENDPOINT_URL_S3?.trim() ?? "" },
  );
  const [problem] = report.problems;
  if (problem !== undefined) {
    throw new ConfigError(
      problem.startsWith("Invalid") ? "OPTION_INVALID" : "USAGE",
      report.problems.join("\n"),
      report.problems,
    );
  }
  return {
    kind: "inspector2",
    ...(report.destination !== undefined ? { report: report.destination } : {}),
    ...(values["all-resources"] === true ? { allResources: true } : { scope: reading.scope }),
    ...(values["wait-for-scan"] === true ? { waitForScan: true } : {}),
    ...(values["include-suppressed"] === true ? { includeSuppressed: true } : {}),
  };
}
