// src/errors.ts
var ExitCode = {
  /** The policy holds. */
  Pass: 0,
  /** The policy is violated. */
  Fail: 1,
  /** Usage error, invalid input or invalid policy. */
  Usage: 2,
  /** Inspector, run or data error: the gate could not reach a trustworthy verdict. */
  Error: 3
};
var GateError = class extends Error {
  /** A stable, machine-readable code such as "POLICY_INVALID" or "RUN_FAILED". */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
};
var ConfigError = class extends GateError {
  exitCode = ExitCode.Usage;
  /** Individual problems, each already formatted (e.g. "policy.yml:3:5: unknown key 'sevrity'"). */
  problems;
  constructor(code, message, problems = [], options) {
    super(code, message, options);
    this.problems = problems;
  }
};
var InspectorError = class extends GateError {
  exitCode = ExitCode.Error;
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/logging.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warn() {
  },
  error() {
  }
};
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};

// src/model.ts
var SEVERITIES = [
  "Undefined",
  "Untriaged",
  "Informational",
  "Low",
  "Medium",
  "High",
  "Critical"
];
var SEVERITY_RANK = Object.freeze(
  Object.fromEntries(SEVERITIES.map((s, rank) => [s, rank]))
);
var CLASSIC_SEVERITIES = [
  "Undefined",
  "Informational",
  "Low",
  "Medium",
  "High"
];
var INSPECTOR2_SEVERITY = Object.freeze({
  UNTRIAGED: "Untriaged",
  INFORMATIONAL: "Informational",
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  CRITICAL: "Critical"
});
var INSPECTOR2_SEVERITIES = Object.values(INSPECTOR2_SEVERITY);
function severityRank(value) {
  switch (value) {
    case "Critical":
      return 6;
    case "High":
      return 5;
    case "Medium":
      return 4;
    case "Low":
      return 3;
    case "Informational":
      return 2;
    case "Untriaged":
      return 1;
    default:
      return 0;
  }
}
function emptySeverityCounts() {
  return { Critical: 0, High: 0, Medium: 0, Low: 0, Informational: 0, Untriaged: 0, Undefined: 0 };
}
function assetLabel(asset) {
  return asset.hostname ?? asset.agentId ?? asset.amiId ?? "unknown asset";
}
function resourceLabel(resource) {
  const d = resource.details;
  if (d?.awsEcrContainerImage) {
    const image = d.awsEcrContainerImage;
    return `${image.repositoryName}@${image.imageHash}`;
  }
  if (d?.awsLambdaFunction) return d.awsLambdaFunction.functionName;
  if (d?.codeRepository?.projectName) return d.codeRepository.projectName;
  return resource.id;
}
function subjectLabel(finding) {
  const first = finding.resources?.[0];
  return first !== void 0 ? resourceLabel(first) : assetLabel(finding.asset);
}

// src/sources/classic/rules-packages.ts
var RULES_PACKAGE_NAMES = {
  cve: "Common Vulnerabilities and Exposures",
  cis: "CIS Operating System Security Configuration Benchmarks",
  nr: "Network Reachability",
  sbp: "Security Best Practices"
};
var TABLE = [
  [
    "aws",
    "us-east-2",
    "646659390643",
    { cve: "0-JnA8Zp85", cis: "0-m8r61nnh", nr: "0-cE4kTR30", sbp: "0-AxKmMHPX" }
  ],
  [
    "aws",
    "us-east-1",
    "316112463485",
    { cve: "0-gEjTy7T7", cis: "0-rExsr2X8", nr: "0-PmNV0Tcd", sbp: "0-R01qwB5Q" }
  ],
  [
    "aws",
    "us-west-1",
    "166987590008",
    { cve: "0-TKgzoVOa", cis: "0-xUY8iRqX", nr: "0-TxmXimXF", sbp: "0-byoQRFYm" }
  ],
  [
    "aws",
    "us-west-2",
    "758058086616",
    { cve: "0-9hgA516p", cis: "0-H5hpSawc", nr: "0-rD1z6dpl", sbp: "0-JJOtZiqQ" }
  ],
  [
    "aws",
    "ap-south-1",
    "162588757376",
    { cve: "0-LqnJE9dO", cis: "0-PSUlX14m", nr: "0-YxKfjFu1", sbp: "0-fs0IZZBj" }
  ],
  [
    "aws",
    "ap-northeast-2",
    "526946625049",
    { cve: "0-PoGHMznc", cis: "0-T9srhg1z", nr: "0-s3OmLzhL", sbp: "0-2WRpmi4n" }
  ],
  [
    "aws",
    "ap-southeast-2",
    "454640832652",
    { cve: "0-D5TGAxiR", cis: "0-Vkd2Vxjq", nr: "0-FLcuV4Gz", sbp: "0-asL6HRgN" }
  ],
  [
    "aws",
    "ap-northeast-1",
    "406045910587",
    { cve: "0-gHP9oWNT", cis: "0-7WNjqgGu", nr: "0-YI95DVd7", sbp: "0-bBUQnxMq" }
  ],
  [
    "aws",
    "eu-central-1",
    "537503971621",
    { cve: "0-wNqHa8M9", cis: "0-nZrAVuv8", nr: "0-6yunpJ91", sbp: "0-ZujVHEPB" }
  ],
  [
    "aws",
    "eu-west-1",
    "357557129151",
    { cve: "0-ubA5XvBh", cis: "0-sJBhCr0F", nr: "0-SPzU33xe", sbp: "0-SnojL3Z6" }
  ],
  [
    "aws",
    "eu-west-2",
    "146838936955",
    { cve: "0-kZGCqcE1", cis: "0-IeCjwf1W", nr: "0-AizSYyNq", sbp: "0-XApUiSaP" }
  ],
  [
    "aws",
    "eu-north-1",
    "453420244670",
    { cve: "0-IgdgIewd", cis: "0-Yn8jlX7f", nr: "0-52Sn74uu", sbp: "0-HfBQSbSf" }
  ],
  // GovCloud has no Network Reachability package.
  [
    "aws-us-gov",
    "us-gov-east-1",
    "206278770380",
    { cve: "0-3IFKFuOb", cis: "0-pTLCdIww", sbp: "0-vlgEGcVD" }
  ],
  [
    "aws-us-gov",
    "us-gov-west-1",
    "850862329162",
    { cve: "0-4oQgcI4G", cis: "0-Ac4CFOuc", sbp: "0-rOTGqe5G" }
  ]
];
var KINDS = Object.keys(RULES_PACKAGE_NAMES);
var PUBLISHED_RULES_PACKAGES = TABLE.flatMap(
  ([partition, region, account, ids]) => KINDS.flatMap((kind) => {
    const id = ids[kind];
    if (id === void 0) return [];
    const arn = `arn:${partition}:inspector:${region}:${account}:rulespackage/${id}`;
    return [{ kind, name: RULES_PACKAGE_NAMES[kind], arn, region }];
  })
);
var RULES_PACKAGE_ARN = /^arn:(aws[a-z-]*):inspector:([a-z0-9-]+):[0-9]*:rulespackage\/(0-[0-9A-Za-z]+)$/;
var BY_ARN = new Map(PUBLISHED_RULES_PACKAGES.map((p) => [p.arn, p.name]));
var BY_REGION_AND_ID = new Map(
  PUBLISHED_RULES_PACKAGES.map((p) => [regionAndId(p.arn), p.name])
);
function regionAndId(arn) {
  const m = RULES_PACKAGE_ARN.exec(arn);
  return m === null ? void 0 : `${m[1]}:${m[2]}:${m[3]}`;
}
function publishedRulesPackageName(arn) {
  const exact = BY_ARN.get(arn);
  if (exact !== void 0) return exact;
  const key = regionAndId(arn);
  return key === void 0 ? void 0 : BY_REGION_AND_ID.get(key);
}
function publishedRulesPackagesOf(region) {
  return PUBLISHED_RULES_PACKAGES.filter((p) => p.region === region);
}

export {
  ExitCode,
  GateError,
  ConfigError,
  InspectorError,
  errorMessage,
  silentLogger,
  systemClock,
  SEVERITIES,
  SEVERITY_RANK,
  CLASSIC_SEVERITIES,
  INSPECTOR2_SEVERITY,
  INSPECTOR2_SEVERITIES,
  severityRank,
  emptySeverityCounts,
  assetLabel,
  subjectLabel,
  RULES_PACKAGE_NAMES,
  publishedRulesPackageName,
  publishedRulesPackagesOf
};
