/**
 * What the emulator's scanners "know": the four Inspector Classic rules packages and, for each, a
 * catalogue of plausible rules. Entries are computed from (seed, package, index) on demand, so a run
 * with 200,000 findings needs no per-finding text in memory.
 */
import type { ClassicSeverity as Severity } from "../../model.js";
import { HEX, hash, Random } from "../shared/random.js";

export type PackageKind = "cve" | "cis" | "sbp" | "nr";

export interface RulesPackageInfo {
  readonly kind: PackageKind;
  readonly arn: string;
  readonly name: string;
  readonly version: string;
  readonly provider: string;
  readonly description: string;
}

/** Published ARNs of the rules packages in the regions we mirror; other regions get ARNs of the same form. */
const KNOWN_PACKAGE_ARNS: Readonly<Record<string, { account: string; ids: Record<PackageKind, string> }>> = {
  "us-west-2": {
    account: "758058086616",
    ids: { cve: "0-9hgA516p", cis: "0-H5hpSawc", sbp: "0-JJ0tZiqQ", nr: "0-rD1z6dpl" },
  },
  "us-east-1": {
    account: "316112463485",
    ids: { cve: "0-gEjTy7T7", cis: "0-rExsr2X8", sbp: "0-R01qwB5Q", nr: "0-PmNV0Tcd" },
  },
};

const PACKAGE_TEXT: Readonly<Record<PackageKind, { name: string; version: string; description: string }>> = {
  cve: {
    name: "Common Vulnerabilities and Exposures",
    version: "1.1",
    description:
      "The rules in this package help verify whether the EC2 instances in your assessment targets are exposed to " +
      "common vulnerabilities and exposures (CVEs). Attacks can exploit unpatched vulnerabilities to compromise the " +
      "confidentiality, integrity, or availability of your service or data.",
  },
  cis: {
    name: "CIS Operating System Security Configuration Benchmarks",
    version: "1.0",
    description:
      "The CIS Security Benchmarks program provides well-defined, unbiased and consensus-based industry best " +
      "practices to help organizations assess and improve their security. The rules in this package check your " +
      "instances against the CIS benchmark for their operating system.",
  },
  sbp: {
    name: "Security Best Practices",
    version: "1.0",
    description:
      "The rules in this package help determine whether your systems are configured securely: root login over " +
      "SSH, password complexity, permissions on system directories and similar settings.",
  },
  nr: {
    name: "Network Reachability",
    version: "1.1",
    description:
      "The rules in this package analyze the network configuration of your VPC to find which ports of your EC2 " +
      "instances are reachable from outside the VPC, and whether a process listens on them.",
  },
};

export const PACKAGE_KINDS: readonly PackageKind[] = ["cve", "cis", "sbp", "nr"];

export function rulesPackages(region: string): RulesPackageInfo[] {
  const known = KNOWN_PACKAGE_ARNS[region];
  const account = known?.account ?? `7${String(hash("rules-account", region) % 10 ** 11).padStart(11, "0")}`;
  return PACKAGE_KINDS.map((kind) => {
    const id = known?.ids[kind] ?? `0-${new Random(hash("rules-package", region, kind)).chars(8, BASE62_ID)}`;
    return {
      kind,
      arn: `arn:aws:inspector:${region}:${account}:rulespackage/${id}`,
      provider: "Amazon Web Services, Inc.",
      ...PACKAGE_TEXT[kind],
    };
  });
}

const BASE62_ID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Inspector's numeric severities. */
export const NUMERIC_SEVERITY: Readonly<Record<Severity, number>> = {
  High: 9,
  Medium: 6,
  Low: 3,
  Informational: 0,
  Undefined: 0,
};

export interface RuleEntry {
  readonly id: string;
  readonly severity: Severity;
  /** Title with `{instance}` standing for the instance id. */
  readonly title: string;
  readonly description: string;
  readonly recommendation: string;
  /** System attributes besides INSTANCE_ID. */
  readonly attributes: readonly { key: string; value: string }[];
}

// --- Common Vulnerabilities and Exposures: an unbounded catalogue computed from the entry index.

const CVE_PACKAGES: readonly { name: string; base: string }[] = [
  { name: "openssl", base: "1.0.2k" },
  { name: "glibc", base: "2.26" },
  { name: "bash", base: "4.2.46" },
  { name: "curl", base: "7.79.1" },
  { name: "openssh", base: "7.4p1" },
  { name: "sudo", base: "1.8.23" },
  { name: "systemd", base: "219" },
  { name: "libxml2", base: "2.9.1" },
  { name: "zlib", base: "1.2.7" },
  { name: "nss", base: "3.67.0" },
  { name: "kernel", base: "4.14.336" },
  { name: "python3", base: "3.7.16" },
  { name: "perl", base: "5.16.3" },
  { name: "git", base: "2.40.1" },
  { name: "vim", base: "9.0.2120" },
  { name: "bind", base: "9.11.4" },
  { name: "ntp", base: "4.2.8p15" },
  { name: "polkit", base: "0.112" },
  { name: "expat", base: "2.1.0" },
  { name: "sqlite", base: "3.7.17" },
  { name: "krb5-libs", base: "1.15.1" },
  { name: "libgcrypt", base: "1.5.3" },
  { name: "httpd", base: "2.4.58" },
  { name: "nginx", base: "1.22.1" },
];

const CVE_WEAKNESSES: readonly string[] = [
  "a heap-based buffer overflow",
  "an out-of-bounds read",
  "a use-after-free",
  "an integer overflow",
  "improper input validation",
  "a NULL pointer dereference",
  "a race condition",
  "an improper certificate validation",
  "an uncontrolled resource consumption",
  "a path traversal",
];

const CVE_IMPACTS: readonly string[] = [
  "execute arbitrary code",
  "cause a denial of service",
  "obtain sensitive information from process memory",
  "gain privileges",
  "bypass intended access restrictions",
];

function cveSeverity(u: number): Severity {
  if (u < 0.22) return "High";
  if (u < 0.62) return "Medium";
  if (u < 0.9) return "Low";
  return "Informational";
}

const CVSS_RANGE: Readonly<Record<Severity, [number, number]>> = {
  High: [7, 10],
  Medium: [4, 6.9],
  Low: [0.1, 3.9],
  Informational: [0, 0],
  Undefined: [0, 0],
};

function cveEntry(seed: number, index: number): RuleEntry {
  const r = new Random(hash(seed, "cve", index));
  const year = 2010 + (index % 16);
  // A bijection of the entry index onto 98,000 numbers per year keeps CVE ids unique.
  const number = 1000 + ((Math.floor(index / 16) * 7919 + (seed % 98000)) % 98000);
  const cve = `CVE-${year}-${number}`;
  const pkg = r.pick(CVE_PACKAGES);
  const severity = cveSeverity(r.float());
  const [low, high] = CVSS_RANGE[severity];
  const cvss3 = (low + r.float() * (high - low)).toFixed(1);
  const cvss2 = Math.min(10, Math.max(0, Number(cvss3) - 0.5 + r.float())).toFixed(1);
  const release = `${1 + r.int(40)}.amzn2`;
  const installed = `${pkg.base}-${release}`;
  const fixed = `${pkg.base}-${Number.parseInt(release, 10) + 1 + r.int(5)}.amzn2`;
  const weakness = r.pick(CVE_WEAKNESSES);
  const impact = r.pick(CVE_IMPACTS);
  return {
    id: cve,
    severity,
    title: `Instance {instance} is vulnerable to ${cve}`,
    description:
      `${weakness[0]!.toUpperCase()}${weakness.slice(1)} in ${pkg.name} before ${fixed} allows remote attackers to ` +
      `${impact} via crafted input. Installed package: ${pkg.name}-${installed}.`,
    recommendation:
      `Use your Operating System's update feature to update package ${pkg.name}-${installed} to ${pkg.name}-${fixed}. ` +
      `For more information see https://cve.mitre.org/cgi-bin/cvename.cgi?name=${cve}`,
    attributes: [
      { key: "CVE_ID", value: cve },
      { key: "PACKAGE_NAME", value: pkg.name },
      { key: "PACKAGE_VERSION", value: installed },
      { key: "FIXED_VERSION", value: fixed },
      { key: "CVSS2_SCORE", value: cvss2 },
      { key: "CVSS3_SCORE", value: cvss3 },
    ],
  };
}

// --- CIS benchmarks, security best practices, network reachability: finite catalogues.

const CIS_BENCHMARK = "CIS Amazon Linux 2 Benchmark v1.0.0";
const CIS_RULES: readonly [string, string, 1 | 2, Severity][] = [
  ["1.1.1.1", "Ensure mounting of cramfs filesystems is disabled", 1, "Medium"],
  ["1.1.1.2", "Ensure mounting of hfs filesystems is disabled", 1, "Low"],
  ["1.1.1.4", "Ensure mounting of squashfs filesystems is disabled", 1, "Low"],
  ["1.1.1.5", "Ensure mounting of udf filesystems is disabled", 1, "Low"],
  ["1.1.2", "Ensure separate partition exists for /tmp", 2, "Medium"],
  ["1.1.3", "Ensure nodev option set on /tmp partition", 1, "Medium"],
  ["1.1.4", "Ensure nosuid option set on /tmp partition", 1, "Medium"],
  ["1.1.21", "Ensure sticky bit is set on all world-writable directories", 1, "High"],
  ["1.3.1", "Ensure AIDE is installed", 1, "Medium"],
  ["1.4.1", "Ensure permissions on bootloader config are configured", 1, "High"],
  ["1.5.1", "Ensure core dumps are restricted", 1, "Medium"],
  ["1.5.3", "Ensure address space layout randomization (ASLR) is enabled", 1, "High"],
  ["2.1.1", "Ensure chargen services are not enabled", 1, "Medium"],
  ["2.2.1.1", "Ensure time synchronization is in use", 1, "Low"],
  ["2.2.2", "Ensure X Window System is not installed", 1, "Low"],
  ["2.2.7", "Ensure NFS and RPC are not enabled", 1, "Medium"],
  ["2.2.15", "Ensure mail transfer agent is configured for local-only mode", 1, "Medium"],
  ["3.1.1", "Ensure IP forwarding is disabled", 1, "High"],
  ["3.1.2", "Ensure packet redirect sending is disabled", 1, "Medium"],
  ["3.2.2", "Ensure ICMP redirects are not accepted", 1, "Medium"],
  ["3.2.4", "Ensure suspicious packets are logged", 1, "Low"],
  ["3.4.2", "Ensure /etc/hosts.allow is configured", 1, "Low"],
  ["4.1.2", "Ensure auditd service is enabled", 2, "Medium"],
  ["4.1.4", "Ensure events that modify date and time information are collected", 2, "Low"],
  ["4.2.1.1", "Ensure rsyslog Service is enabled", 1, "Low"],
  ["5.1.2", "Ensure permissions on /etc/crontab are configured", 1, "Medium"],
  ["5.2.2", "Ensure SSH Protocol is set to 2", 1, "High"],
  ["5.2.4", "Ensure SSH X11 forwarding is disabled", 1, "Medium"],
  ["5.2.5", "Ensure SSH MaxAuthTries is set to 4 or less", 1, "Medium"],
  ["5.2.8", "Ensure SSH root login is disabled", 1, "High"],
  ["5.2.9", "Ensure SSH PermitEmptyPasswords is disabled", 1, "High"],
  ["5.3.1", "Ensure password creation requirements are configured", 1, "Medium"],
  ["5.4.1.1", "Ensure password expiration is 365 days or less", 1, "Medium"],
  ["5.4.4", "Ensure default user umask is 027 or more restrictive", 1, "Low"],
  ["6.1.2", "Ensure permissions on /etc/passwd are configured", 1, "High"],
  ["6.1.10", "Ensure no world writable files exist", 1, "Medium"],
  ["6.2.1", "Ensure password fields are not empty", 1, "High"],
  ["6.2.5", "Ensure root is the only UID 0 account", 1, "High"],
];

function cisEntry(index: number): RuleEntry {
  const [ruleId, title, level, severity] = CIS_RULES[index]!;
  return {
    id: ruleId,
    severity,
    title: `Instance {instance} is not compliant with rule ${ruleId} ${title}, ${CIS_BENCHMARK}, Level ${level}`,
    description:
      `This rule helps determine whether your systems are configured securely. Rule ${ruleId} of the ` +
      `${CIS_BENCHMARK}: ${title}.`,
    recommendation: `Follow the remediation of rule ${ruleId} (${title}) in the ${CIS_BENCHMARK}, then run the assessment again.`,
    attributes: [
      { key: "BENCHMARK_ID", value: CIS_BENCHMARK },
      { key: "BENCHMARK_RULE_ID", value: ruleId },
      { key: "CIS_LEVEL", value: `Level ${level}` },
    ],
  };
}

const SBP_RULES: readonly [string, string, Severity, string][] = [
  [
    "SBP-SSH-ROOT",
    "Disable root login over SSH",
    "Medium",
    "Set PermitRootLogin to no in /etc/ssh/sshd_config.",
  ],
  ["SBP-SSH-V2", "Support SSH version 2 only", "Medium", "Set Protocol to 2 in /etc/ssh/sshd_config."],
  [
    "SBP-SSH-PASSWORD",
    "Disable password authentication over SSH",
    "Medium",
    "Set PasswordAuthentication to no in /etc/ssh/sshd_config.",
  ],
  [
    "SBP-PASS-AGE",
    "Configure password maximum age",
    "Low",
    "Set PASS_MAX_DAYS to 90 or less in /etc/login.defs.",
  ],
  [
    "SBP-PASS-LEN",
    "Configure password minimum length",
    "Low",
    "Set minlen to 14 or more in /etc/security/pwquality.conf.",
  ],
  [
    "SBP-PASS-COMPLEX",
    "Configure password complexity",
    "Low",
    "Set minclass to 4 in /etc/security/pwquality.conf.",
  ],
  ["SBP-ASLR", "Enable ASLR", "Medium", "Set kernel.randomize_va_space to 2."],
  ["SBP-DEP", "Enable DEP", "Medium", "Use a kernel with NX support enabled."],
  [
    "SBP-PERM-DIRS",
    "Configure permissions for system directories",
    "High",
    "Remove world write access from system directories.",
  ],
];

function sbpEntry(index: number): RuleEntry {
  const [ruleId, title, severity, fix] = SBP_RULES[index]!;
  return {
    id: ruleId,
    severity,
    title: `Instance {instance} does not follow the security best practice: ${title}`,
    description: `This rule helps determine whether your systems are configured securely: ${title}.`,
    recommendation: fix,
    attributes: [{ key: "RULE_ID", value: ruleId }],
  };
}

const NR_RULES: readonly [number, string, string, Severity][] = [
  [22, "TCP", "sshd", "Medium"],
  [3389, "TCP", "", "Medium"],
  [23, "TCP", "telnetd", "High"],
  [21, "TCP", "vsftpd", "High"],
  [3306, "TCP", "mysqld", "High"],
  [5432, "TCP", "postgres", "High"],
  [6379, "TCP", "redis-server", "High"],
  [9200, "TCP", "java", "High"],
  [80, "TCP", "nginx", "Informational"],
  [443, "TCP", "nginx", "Informational"],
  [8080, "TCP", "java", "Low"],
  [53, "UDP", "named", "Low"],
  [123, "UDP", "ntpd", "Low"],
  [11211, "UDP", "memcached", "High"],
];

function nrEntry(seed: number, index: number): RuleEntry {
  const [port, protocol, process, severity] = NR_RULES[index]!;
  const sg = `sg-${new Random(hash(seed, "sg", index % 3)).chars(17, HEX)}`;
  const listening = process !== "";
  const ruleId = `NR-${protocol}-${port}`;
  return {
    id: ruleId,
    severity,
    title: listening
      ? `On instance {instance}, ${protocol} port ${port} which is associated with '${process}' is reachable from the internet`
      : `On instance {instance}, ${protocol} port ${port} is reachable from the internet`,
    description:
      `On this instance, ${protocol} port ${port} is reachable from the internet through an internet gateway ` +
      `and security group ${sg}.${listening ? ` A process (${process}) is listening on the port.` : ""}`,
    recommendation:
      `You can edit the Security Group ${sg} to remove access from the internet on port ${port}, unless the ` +
      `service must be public.`,
    attributes: [
      { key: "RULE_ID", value: ruleId },
      { key: "PORT", value: String(port) },
      { key: "PROTOCOL", value: protocol },
      { key: "SECURITY_GROUP", value: sg },
      { key: "REACHABILITY", value: "Internet" },
      ...(listening ? [{ key: "PROCESS", value: process }] : []),
    ],
  };
}

/** How many distinct rules a package has (CVE: unbounded). */
export const CATALOG_SIZE: Readonly<Record<PackageKind, number>> = {
  cve: Number.POSITIVE_INFINITY,
  cis: CIS_RULES.length,
  sbp: SBP_RULES.length,
  nr: NR_RULES.length,
};

export function ruleEntry(seed: number, kind: PackageKind, index: number): RuleEntry {
  switch (kind) {
    case "cve":
      return cveEntry(seed, index);
    case "cis":
      return cisEntry(index);
    case "sbp":
      return sbpEntry(index);
    case "nr":
      return nrEntry(seed, index);
  }
}

/** Severity alone, cheaper than a whole entry (used while indexing). */
export function ruleSeverity(seed: number, kind: PackageKind, index: number): Severity {
  switch (kind) {
    case "cve": {
      const r = new Random(hash(seed, "cve", index));
      r.next(); // the package pick
      return cveSeverity(r.float());
    }
    case "cis":
      return CIS_RULES[index]![3];
    case "sbp":
      return SBP_RULES[index]![2];
    case "nr":
      return NR_RULES[index]![3];
  }
}
