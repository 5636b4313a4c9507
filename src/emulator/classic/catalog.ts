/**
 * What the emulator's scanners "know": the four Inspector Classic rules packages and, for each, a
 * catalogue of rules. Entries are computed from (seed, package, index) on demand, so a run with 200,000
 * findings needs no per-finding text in memory.
 *
 * The findings follow what Inspector Classic really returned (docs/emulator.md names the sources): a
 * Security Best Practices finding is named by its rule in `id` ("Disable root login over SSH") and has
 * INSTANCE_ID as its only attribute; a Network Reachability finding carries RULE_TYPE, PORT, PROTOCOL,
 * PORT_GROUP_NAME, REACHABILITY_TYPE and the network path (SECURITY_GROUP, ENI, ACL, IGW, VPC); a CIS
 * finding carries BENCHMARK_ID, BENCHMARK_RULE_ID and CIS_BENCHMARK_PROFILE; a CVE finding carries
 * CVE_ID and the CVSS scores and vectors.
 */
import type { ClassicSeverity as Severity } from "../../model.js";
import { publishedRulesPackagesOf, RULES_PACKAGE_NAMES } from "../../sources/classic/rules-packages.js";
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

const PACKAGE_TEXT: Readonly<Record<PackageKind, { version: string; description: string }>> = {
  cve: {
    version: "1.1",
    description:
      "The rules in this package help verify whether the EC2 instances in your assessment targets are exposed to " +
      "common vulnerabilities and exposures (CVEs). Attacks can exploit unpatched vulnerabilities to compromise the " +
      "confidentiality, integrity, or availability of your service or data.",
  },
  cis: {
    version: "1.0",
    description:
      "The CIS Security Benchmarks program provides well-defined, unbiased and consensus-based industry best " +
      "practices to help organizations assess and improve their security. The rules in this package check your " +
      "instances against the CIS benchmark for their operating system.",
  },
  sbp: {
    version: "1.0",
    description: "The rules in this package help determine whether your systems are configured securely.",
  },
  nr: {
    version: "1.1",
    description:
      "The rules in this package analyze your network configurations to find security vulnerabilities of your EC2 " +
      "instances, and whether a process listens on the ports that are reachable.",
  },
};

export const PACKAGE_KINDS: readonly PackageKind[] = ["cve", "cis", "sbp", "nr"];

/**
 * The region's rules packages: Amazon's published ARNs where the table lists the region (GovCloud has no
 * Network Reachability package), ARNs of the same form elsewhere.
 */
export function rulesPackages(region: string): RulesPackageInfo[] {
  const published = publishedRulesPackagesOf(region);
  const account = `7${String(hash("rules-account", region) % 10 ** 11).padStart(11, "0")}`;
  const kinds =
    published.length > 0 ? PACKAGE_KINDS.filter((k) => published.some((p) => p.kind === k)) : PACKAGE_KINDS;
  return kinds.map((kind) => {
    const arn =
      published.find((p) => p.kind === kind)?.arn ??
      `arn:aws:inspector:${region}:${account}:rulespackage/0-${new Random(hash("rules-package", region, kind)).chars(8, BASE62_ID)}`;
    return {
      kind,
      arn,
      name: RULES_PACKAGE_NAMES[kind],
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

/** A CVSS vector in keeping with the severity (the network-exploitable ones are the common case). */
function cvss3Vector(severity: Severity): string {
  const impact = severity === "High" ? "H/I:H/A:H" : severity === "Medium" ? "L/I:L/A:L" : "N/I:N/A:L";
  return `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:${impact}`;
}

function cvss2Vector(severity: Severity): string {
  const impact = severity === "High" ? "P/I:P/A:P" : severity === "Medium" ? "P/I:N/A:N" : "N/I:N/A:P";
  return `AV:N/AC:L/Au:N/C:${impact}`;
}

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
      { key: "package_name", value: pkg.name },
      { key: "CVSS2_SCORE", value: cvss2 },
      { key: "CVSS2_VECTOR", value: cvss2Vector(severity) },
      { key: "CVSS3_SCORE", value: cvss3 },
      { key: "CVSS3_VECTOR", value: cvss3Vector(severity) },
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
      // The rule's number and title, as readers of real findings split it.
      { key: "BENCHMARK_RULE_ID", value: `${ruleId} ${title}` },
      { key: "CIS_BENCHMARK_PROFILE", value: `Level ${level}` },
    ],
  };
}

/**
 * Amazon's Security Best Practices rules (user guide, "Security best practices for Amazon Inspector"):
 * the finding's id is the rule's name, its severity the rule's, its title what was found (the root login
 * one is the text of a real finding), and its only attribute INSTANCE_ID.
 */
const SBP_RULES: readonly [string, Severity, string, string][] = [
  [
    "Disable root login over SSH",
    "Medium",
    "is configured to allow users to log in with root credentials over SSH. This increases the likelihood of a successful brute-force attack.",
    "Set PermitRootLogin to no in /etc/ssh/sshd_config, and then restart sshd.",
  ],
  [
    "Support SSH version 2 only",
    "Medium",
    "is configured to support SSH-1, which contains inherent design flaws that greatly reduce its security.",
    "Set Protocol 2 in /etc/ssh/sshd_config.",
  ],
  [
    "Disable password authentication over SSH",
    "Medium",
    "is configured to support password authentication over SSH. Password authentication is susceptible to brute-force attacks.",
    "Disable password authentication over SSH and enable key-based authentication instead.",
  ],
  [
    "Configure password maximum age",
    "Medium",
    "is not configured for a maximum age for passwords.",
    "Set PASS_MAX_DAYS in /etc/login.defs, and use chage for existing users.",
  ],
  [
    "Configure password minimum length",
    "Medium",
    "is not configured for a minimum length for passwords.",
    "Set the minlen parameter of pam_cracklib.so in your PAM configuration.",
  ],
  [
    "Configure password complexity",
    "Medium",
    "has no password complexity mechanism or restrictions configured.",
    "Set lcredit, ucredit, dcredit and ocredit in pwquality.conf.",
  ],
  [
    "Enable ASLR",
    "Medium",
    "does not have ASLR enabled.",
    "Run echo 2 | sudo tee /proc/sys/kernel/randomize_va_space.",
  ],
  ["Enable DEP", "Medium", "does not have DEP enabled.", "Enable DEP on the operating system."],
  [
    "Configure permissions for system directories",
    "High",
    "contains a system directory that is writable by non-root users.",
    "Make system directories writable only by root.",
  ],
];

function sbpEntry(index: number): RuleEntry {
  const [rule, severity, found, fix] = SBP_RULES[index]!;
  return {
    id: rule,
    severity,
    title: `Instance {instance} ${found}`,
    description: `This rule helps determine whether your systems are configured securely: ${rule}.`,
    recommendation: fix,
    attributes: [],
  };
}

/**
 * Recognized ports from Amazon's Network Reachability table (service, port, protocol), reachable from
 * the internet. Amazon says only that the severity depends on the service (SSH is Medium in its
 * published finding); the others are the emulator's. A process listens on the port when one is named.
 */
const NR_PORTS: readonly [string, number, string, Severity, string][] = [
  ["SSH", 22, "TCP", "Medium", "sshd"],
  ["RDP", 3389, "TCP", "Medium", ""],
  ["Telnet", 23, "TCP", "High", "telnetd"],
  ["FTP", 21, "TCP", "High", "vsftpd"],
  ["SMB", 445, "TCP", "High", ""],
  ["MySQL", 3306, "TCP", "High", "mysqld"],
  ["PostgreSQL", 5432, "TCP", "High", "postgres"],
  ["SQL Server", 1433, "TCP", "High", ""],
  ["MongoDB", 27017, "TCP", "High", "mongod"],
  ["Elasticsearch", 9200, "TCP", "High", "java"],
  ["LDAP", 389, "TCP", "Medium", ""],
  ["NFS", 2049, "TCP", "Medium", ""],
  ["HTTP", 80, "TCP", "Low", "nginx"],
  ["HTTPS", 443, "TCP", "Low", "nginx"],
];

function nrEntry(seed: number, index: number): RuleEntry {
  const [service, port, protocol, severity, process] = NR_PORTS[index]!;
  const r = new Random(hash(seed, "nr", index));
  const sg = `sg-${new Random(hash(seed, "sg", index % 3)).chars(17, HEX)}`;
  const eni = `eni-${r.chars(17, HEX)}`;
  const acl = `acl-${r.chars(8, HEX)}`;
  const igw = `igw-${r.chars(8, HEX)}`;
  const vpc = `vpc-${new Random(hash(seed, "vpc")).chars(8, HEX)}`;
  const listening = process !== "";
  return {
    id: "Recognized port reachable from internet",
    severity,
    title: `On instance {instance}, ${protocol} port ${port} which is associated with '${service}' is reachable from the internet`,
    description:
      `On this instance, ${protocol} port ${port}, which is associated with ${service}, is reachable from the ` +
      `internet.${listening ? ` A process (${process}) is listening on this port.` : ""} The instance is located in ` +
      `VPC ${vpc} and has an attached ENI ${eni} which uses network ACL ${acl}. The port is reachable from the ` +
      `internet through Security Group ${sg} and IGW ${igw}`,
    recommendation: `You can edit the Security Group ${sg} to remove access from the internet on port ${port}`,
    attributes: [
      { key: "VPC", value: vpc },
      { key: "ACL", value: acl },
      { key: "PROTOCOL", value: protocol },
      { key: "RULE_TYPE", value: listening ? "RecognizedPortWithListener" : "RecognizedPortNoAgent" },
      { key: "PORT_GROUP_NAME", value: service },
      { key: "IGW", value: igw },
      { key: "SECURITY_GROUP", value: sg },
      { key: "ENI", value: eni },
      { key: "REACHABILITY_TYPE", value: "Internet" },
      { key: "PORT", value: String(port) },
    ],
  };
}

/** How many distinct rules a package has (CVE: unbounded). */
export const CATALOG_SIZE: Readonly<Record<PackageKind, number>> = {
  cve: Number.POSITIVE_INFINITY,
  cis: CIS_RULES.length,
  sbp: SBP_RULES.length,
  nr: NR_PORTS.length,
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
      return SBP_RULES[index]![1];
    case "nr":
      return NR_PORTS[index]![3];
  }
}
