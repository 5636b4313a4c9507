/** Catalog entries for application packages (Maven jars, Go binaries, npm, pip). */
import { APPLY_UPDATES, pkg, V, type Vulnerability } from "./catalog-types.js";

export const LIBRARY_VULNERABILITIES: readonly Vulnerability[] = [
  {
    id: "CVE-2021-44228",
    summary:
      "Apache Log4j2 JNDI features used in configuration, log messages and parameters do not protect against attacker-controlled LDAP and other JNDI endpoints: an attacker who can control log messages can execute arbitrary code loaded from those servers.",
    cvss: { score: 10.0, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" },
    cwes: ["CWE-502", "CWE-400", "CWE-20"],
    epss: 0.94358,
    exploitSeen: "2025-11-02",
    kev: { dateAdded: "2021-12-10", dateDue: "2021-12-24", action: APPLY_UPDATES },
    published: "2021-12-10",
    targets: [{ eco: "jar", packages: [pkg("org.apache.logging.log4j:log4j-core", "2.14.1", "2.15.0")] }],
  },
  {
    id: "CVE-2021-45046",
    summary:
      "The fix for CVE-2021-44228 in Apache Log4j 2.15.0 was incomplete in certain non-default configurations, still allowing information leaks and remote code execution through crafted lookup patterns.",
    cvss: { score: 9.0, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H" },
    cwes: ["CWE-917"],
    epss: 0.9712,
    exploitSeen: "2025-06-20",
    published: "2021-12-14",
    targets: [{ eco: "jar", packages: [pkg("org.apache.logging.log4j:log4j-core", "2.14.1", "2.16.0")] }],
  },
  {
    id: "CVE-2022-22965",
    summary:
      "A Spring MVC or Spring WebFlux application running on JDK 9+ may be vulnerable to remote code execution through data binding.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-94"],
    epss: 0.97448,
    exploitSeen: "2025-09-14",
    kev: { dateAdded: "2022-04-04", dateDue: "2022-04-25", action: APPLY_UPDATES },
    published: "2022-04-01",
    targets: [
      {
        eco: "jar",
        packages: [
          pkg("org.springframework:spring-beans", "5.3.17", "5.3.18"),
          pkg("org.springframework:spring-webmvc", "5.3.17", "5.3.18"),
        ],
      },
    ],
  },
  {
    id: "CVE-2022-42889",
    summary:
      "Apache Commons Text performs variable interpolation whose default lookups include script, dns and url: untrusted input passed to StringSubstitutor can lead to remote code execution.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-94"],
    epss: 0.9406,
    exploitSeen: "2024-12-01",
    published: "2022-10-13",
    targets: [{ eco: "jar", packages: [pkg("org.apache.commons:commons-text", "1.9", "1.10.0")] }],
  },
  {
    id: "CVE-2022-1471",
    summary:
      "SnakeYaml's Constructor does not restrict the types it deserializes: YAML content from an attacker may lead to remote code execution.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-502"],
    epss: 0.62113,
    published: "2022-12-01",
    targets: [{ eco: "jar", packages: [pkg("org.yaml:snakeyaml", "1.33", "2.0")] }],
  },
  {
    id: "CVE-2020-8908",
    summary:
      "Guava's Files.createTempDir creates directories readable by other users of the system, exposing the files placed in them.",
    cvss: { score: 3.3, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N" },
    cwes: ["CWE-732", "CWE-379"],
    epss: 0.00049,
    published: "2020-12-10",
    targets: [{ eco: "jar", packages: [pkg("com.google.guava:guava", "30.1-jre", "32.0.0-android")] }],
  },
  {
    id: "CVE-2023-2976",
    summary:
      "Guava's FileBackedOutputStream writes to a temporary directory shared with other users, who may read or change the data.",
    cvss: { score: 7.1, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N" },
    cwes: ["CWE-552"],
    epss: 0.00061,
    published: "2023-06-14",
    targets: [{ eco: "jar", packages: [pkg("com.google.guava:guava", "30.1-jre", "32.0.0-android")] }],
  },
  {
    id: "CVE-2022-23302",
    summary:
      "JMSSink in Log4j 1.x deserializes untrusted data when an attacker can change the Log4j configuration; Log4j 1.x reached end of life and gets no fix.",
    cvss: { score: 8.8, vector: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-502"],
    epss: 0.20511,
    published: "2022-01-18",
    targets: [{ eco: "jar", packages: [pkg("log4j:log4j", "1.2.17")] }],
  },
  {
    id: "CVE-2023-39325",
    summary:
      "A malicious HTTP/2 client that rapidly creates and resets requests can make a Go server consume excessive resources.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-770"],
    epss: 0.04812,
    published: "2023-10-11",
    targets: [
      {
        eco: "go",
        packages: [pkg("golang.org/x/net", "v0.15.0", "0.17.0"), pkg("stdlib", "go1.21.1", "1.21.3")],
      },
    ],
  },
  {
    id: "CVE-2023-24538",
    summary:
      "Go's html/template does not treat JavaScript template literals as string contexts, so actions inside them can inject code.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-94"],
    epss: 0.00355,
    published: "2023-04-06",
    targets: [{ eco: "go", packages: [pkg("stdlib", "go1.21.1", "1.21.11")] }],
  },
  {
    id: "CVE-2024-24790",
    summary:
      "Go's net/netip misclassifies IPv4-mapped IPv6 addresses in its Is* methods, which may let them pass checks meant for other addresses.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-115"],
    epss: 0.00121,
    published: "2024-06-05",
    targets: [{ eco: "go", packages: [pkg("stdlib", "go1.21.1", "1.21.11")] }],
  },
  {
    id: "CVE-2024-21626",
    summary:
      "runc leaks an internal file descriptor into containers, letting a container process reach the host filesystem (Leaky Vessels).",
    cvss: { score: 8.6, vector: "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H" },
    cwes: ["CWE-403"],
    epss: 0.04917,
    exploitSeen: "2025-02-03",
    published: "2024-01-31",
    targets: [{ eco: "go", packages: [pkg("github.com/opencontainers/runc", "v1.1.11", "1.1.12")] }],
  },
  {
    id: "CVE-2022-24999",
    summary:
      "qs lets a crafted query string with __proto__ keys pollute prototypes and hang a Node.js process, for example through Express.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-1321"],
    epss: 0.01208,
    published: "2022-11-26",
    targets: [{ eco: "npm", packages: [pkg("qs", "6.9.6", "6.9.7")] }],
  },
  {
    id: "CVE-2022-25883",
    summary:
      "semver's range parsing takes exponential time on crafted input (regular expression denial of service).",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-1333"],
    epss: 0.00191,
    published: "2023-06-21",
    targets: [{ eco: "npm", packages: [pkg("semver", "7.3.8", "7.5.2")] }],
  },
  {
    id: "CVE-2023-26136",
    summary: "tough-cookie in rejectPublicSuffixes=false mode lets cookies pollute object prototypes.",
    cvss: { score: 6.5, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N" },
    cwes: ["CWE-1321"],
    epss: 0.00238,
    published: "2023-07-01",
    targets: [{ eco: "npm", packages: [pkg("tough-cookie", "4.1.2", "4.1.3")] }],
  },
  {
    id: "CVE-2024-37890",
    summary: "A ws server crashes on a request carrying more headers than the server's limit.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-476"],
    epss: 0.00375,
    published: "2024-06-17",
    targets: [{ eco: "npm", packages: [pkg("ws", "8.11.0", "8.17.1")] }],
  },
  {
    id: "CVE-2022-46175",
    summary: "json5's parse lets a __proto__ key set properties on the returned object's prototype.",
    cvss: { score: 8.8, vector: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-1321"],
    epss: 0.00397,
    published: "2022-12-24",
    targets: [{ eco: "npm", packages: [pkg("json5", "2.2.1", "2.2.2")] }],
  },
  {
    id: "CVE-2021-23337",
    summary: "lodash's template function lets template options inject commands.",
    cvss: { score: 7.2, vector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-94"],
    epss: 0.01468,
    exploitSeen: "2024-10-11",
    published: "2021-02-15",
    targets: [{ eco: "npm", packages: [pkg("lodash", "4.17.20", "4.17.21")] }],
  },
  {
    id: "CVE-2024-4068",
    summary: "braces counts imbalanced braces without a limit, so crafted input exhausts memory.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-1050"],
    epss: 0.00086,
    published: "2024-05-14",
    targets: [{ eco: "npm", packages: [pkg("braces", "3.0.2", "3.0.3")] }],
  },
  {
    id: "CVE-2023-30861",
    summary:
      "Flask may send a response containing one client's session cookie to other clients when it sits behind a caching proxy that keeps Set-Cookie headers.",
    cvss: { score: 7.5, vector: V.netLeak },
    cwes: ["CWE-539"],
    epss: 0.00208,
    exploitSeen: "2024-08-31",
    published: "2023-05-02",
    targets: [{ eco: "pip", packages: [pkg("flask", "2.0.0", "2.3.2")] }],
  },
  {
    id: "CVE-2023-32681",
    summary:
      "Requests leaks Proxy-Authorization headers to destination servers when following redirects to HTTPS.",
    cvss: { score: 6.1, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N" },
    cwes: ["CWE-200"],
    epss: 0.00293,
    published: "2023-05-26",
    targets: [{ eco: "pip", packages: [pkg("requests", "2.28.2", "2.31.0")] }],
  },
  {
    id: "CVE-2024-35195",
    summary:
      "A Requests session whose first request to a host skips certificate verification keeps skipping it for later requests to that host.",
    cvss: { score: 5.6, vector: "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:N" },
    cwes: ["CWE-670"],
    epss: 0.00044,
    published: "2024-05-20",
    targets: [{ eco: "pip", packages: [pkg("requests", "2.28.2", "2.32.0")] }],
  },
  {
    id: "CVE-2023-37920",
    summary:
      "certifi still trusted the e-Tugra root certificates after their issuer's security problems came to light.",
    cvss: { score: 7.5, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N" },
    cwes: ["CWE-345"],
    epss: 0.00136,
    published: "2023-07-25",
    targets: [{ eco: "pip", packages: [pkg("certifi", "2022.12.7", "2023.7.22")] }],
  },
  {
    id: "CVE-2022-40897",
    summary:
      "setuptools' package_index parses crafted HTML pages in exponential time (regular expression denial of service).",
    cvss: { score: 5.9, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H" },
    cwes: ["CWE-1333"],
    epss: 0.00253,
    published: "2022-12-23",
    targets: [{ eco: "pip", packages: [pkg("setuptools", "65.5.0", "65.5.1")] }],
  },
  {
    id: "CVE-2024-6345",
    summary:
      "setuptools' package_index passes URLs from package pages to a shell command, allowing code injection.",
    cvss: { score: 8.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-94"],
    epss: 0.00212,
    published: "2024-07-15",
    targets: [{ eco: "pip", packages: [pkg("setuptools", "65.5.0", "70.0.0")] }],
  },
  {
    id: "CVE-2023-43804",
    summary:
      "urllib3 does not strip the Cookie header on cross-origin redirects, leaking cookies to other hosts.",
    cvss: { score: 8.1, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N" },
    cwes: ["CWE-200"],
    epss: 0.00227,
    published: "2023-10-04",
    targets: [{ eco: "pip", packages: [pkg("urllib3", "1.26.15", "1.26.17")] }],
  },
];
