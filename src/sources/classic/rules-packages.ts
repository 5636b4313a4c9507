/**
 * Amazon's published Inspector Classic rules packages: their ARN in every region the service ran in
 * (Amazon Inspector Classic User Guide, "Amazon Inspector Classic ARNs for rules packages",
 * https://docs.aws.amazon.com/inspector/v1/userguide/inspector_rules-arns.html, GovCloud included).
 * A finding names its rules package by ARN only; this table names it without a call, so a policy's
 * `rules-package: <name>` reads exported findings as it reads the ones DescribeRulesPackages named online.
 * Amazon never published other packages (there are no custom ones); a retired package such as Runtime
 * Behavior Analysis is not in the table, and its findings keep an unresolved name.
 */

/** The four packages' names, exactly as DescribeRulesPackages gives them. */
export const RULES_PACKAGE_NAMES = {
  cve: "Common Vulnerabilities and Exposures",
  cis: "CIS Operating System Security Configuration Benchmarks",
  nr: "Network Reachability",
  sbp: "Security Best Practices",
} as const;
export type RulesPackageKind = keyof typeof RULES_PACKAGE_NAMES;

export interface PublishedRulesPackage {
  readonly kind: RulesPackageKind;
  readonly name: string;
  readonly arn: string;
  readonly region: string;
}

/** [partition, region, account, package ids by kind] as the user guide lists them. */
const TABLE: readonly [string, string, string, Partial<Record<RulesPackageKind, string>>][] = [
  [
    "aws",
    "us-east-2",
    "646659390643",
    { cve: "0-JnA8Zp85", cis: "0-m8r61nnh", nr: "0-cE4kTR30", sbp: "0-AxKmMHPX" },
  ],
  [
    "aws",
    "us-east-1",
    "316112463485",
    { cve: "0-gEjTy7T7", cis: "0-rExsr2X8", nr: "0-PmNV0Tcd", sbp: "0-R01qwB5Q" },
  ],
  [
    "aws",
    "us-west-1",
    "166987590008",
    { cve: "0-TKgzoVOa", cis: "0-xUY8iRqX", nr: "0-TxmXimXF", sbp: "0-byoQRFYm" },
  ],
  [
    "aws",
    "us-west-2",
    "758058086616",
    { cve: "0-9hgA516p", cis: "0-H5hpSawc", nr: "0-rD1z6dpl", sbp: "0-JJOtZiqQ" },
  ],
  [
    "aws",
    "ap-south-1",
    "162588757376",
    { cve: "0-LqnJE9dO", cis: "0-PSUlX14m", nr: "0-YxKfjFu1", sbp: "0-fs0IZZBj" },
  ],
  [
    "aws",
    "ap-northeast-2",
    "526946625049",
    { cve: "0-PoGHMznc", cis: "0-T9srhg1z", nr: "0-s3OmLzhL", sbp: "0-2WRpmi4n" },
  ],
  [
    "aws",
    "ap-southeast-2",
    "454640832652",
    { cve: "0-D5TGAxiR", cis: "0-Vkd2Vxjq", nr: "0-FLcuV4Gz", sbp: "0-asL6HRgN" },
  ],
  [
    "aws",
    "ap-northeast-1",
    "406045910587",
    { cve: "0-gHP9oWNT", cis: "0-7WNjqgGu", nr: "0-YI95DVd7", sbp: "0-bBUQnxMq" },
  ],
  [
    "aws",
    "eu-central-1",
    "537503971621",
    { cve: "0-wNqHa8M9", cis: "0-nZrAVuv8", nr: "0-6yunpJ91", sbp: "0-ZujVHEPB" },
  ],
  [
    "aws",
    "eu-west-1",
    "357557129151",
    { cve: "0-ubA5XvBh", cis: "0-sJBhCr0F", nr: "0-SPzU33xe", sbp: "0-SnojL3Z6" },
  ],
  [
    "aws",
    "eu-west-2",
    "146838936955",
    { cve: "0-kZGCqcE1", cis: "0-IeCjwf1W", nr: "0-AizSYyNq", sbp: "0-XApUiSaP" },
  ],
  [
    "aws",
    "eu-north-1",
    "453420244670",
    { cve: "0-IgdgIewd", cis: "0-Yn8jlX7f", nr: "0-52Sn74uu", sbp: "0-HfBQSbSf" },
  ],
  // GovCloud has no Network Reachability package.
  [
    "aws-us-gov",
    "us-gov-east-1",
    "206278770380",
    { cve: "0-3IFKFuOb", cis: "0-pTLCdIww", sbp: "0-vlgEGcVD" },
  ],
  [
    "aws-us-gov",
    "us-gov-west-1",
    "850862329162",
    { cve: "0-4oQgcI4G", cis: "0-Ac4CFOuc", sbp: "0-rOTGqe5G" },
  ],
];

const KINDS = Object.keys(RULES_PACKAGE_NAMES) as RulesPackageKind[];

/** Every published package, region by region, in the user guide's order. */
export const PUBLISHED_RULES_PACKAGES: readonly PublishedRulesPackage[] = TABLE.flatMap(
  ([partition, region, account, ids]) =>
    KINDS.flatMap((kind) => {
      const id = ids[kind];
      if (id === undefined) return [];
      const arn = `arn:${partition}:inspector:${region}:${account}:rulespackage/${id}`;
      return [{ kind, name: RULES_PACKAGE_NAMES[kind], arn, region }];
    }),
);

const RULES_PACKAGE_ARN = /^arn:(aws[a-z-]*):inspector:([a-z0-9-]+):[0-9]*:rulespackage\/(0-[0-9A-Za-z]+)$/;

const BY_ARN: ReadonlyMap<string, string> = new Map(PUBLISHED_RULES_PACKAGES.map((p) => [p.arn, p.name]));

/** partition:region:package id → name (the account part may be masked in published samples). */
const BY_REGION_AND_ID: ReadonlyMap<string, string> = new Map(
  PUBLISHED_RULES_PACKAGES.map((p) => [regionAndId(p.arn) as string, p.name]),
);

function regionAndId(arn: string): string | undefined {
  const m = RULES_PACKAGE_ARN.exec(arn);
  return m === null ? undefined : `${m[1]}:${m[2]}:${m[3]}`;
}

/**
 * The name of a published rules package from its ARN, or undefined. An exact ARN first; then the same
 * package id in the same partition and region under another account number (a package id names one
 * package in its region; samples and exports sometimes mask the owning account).
 */
export function publishedRulesPackageName(arn: string): string | undefined {
  const exact = BY_ARN.get(arn);
  if (exact !== undefined) return exact;
  const key = regionAndId(arn);
  return key === undefined ? undefined : BY_REGION_AND_ID.get(key);
}

/** The published packages of a region (empty for a region the table does not list). */
export function publishedRulesPackagesOf(region: string): readonly PublishedRulesPackage[] {
  return PUBLISHED_RULES_PACKAGES.filter((p) => p.region === region);
}
