// src/emulator/shared/random.ts
function avalanche(x) {
  let z = x | 0;
  z = Math.imul(z ^ z >>> 16, 2146121005);
  z = Math.imul(z ^ z >>> 15, 2221713035);
  z ^= z >>> 16;
  return z >>> 0;
}
function hash(...parts) {
  let h = 2166136261;
  for (const part of parts) {
    if (typeof part === "number") {
      h = avalanche(h ^ avalanche(part | 0) ^ Math.floor(part / 4294967296));
    } else {
      for (let i = 0; i < part.length; i++) {
        h = Math.imul(h ^ part.charCodeAt(i), 16777619);
      }
      h = avalanche(h ^ part.length);
    }
  }
  return h >>> 0;
}
var Random = class _Random {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  static from(...parts) {
    return new _Random(hash(...parts));
  }
  /** A uniform unsigned 32-bit integer. */
  next() {
    this.state = this.state + 2654435769 >>> 0;
    return avalanche(this.state);
  }
  /** A uniform float in [0, 1). */
  float() {
    return this.next() / 4294967296;
  }
  /** A uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.float() * n);
  }
  pick(items) {
    const item = items[this.int(items.length)];
    if (item === void 0) throw new Error("pick from an empty list");
    return item;
  }
  /** A string of `length` characters drawn from `alphabet`. */
  chars(length, alphabet) {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
};
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var HEX = "0123456789abcdef";
function unit(...parts) {
  return hash(...parts) / 4294967296;
}

// src/emulator/shared/errors.ts
var ServiceError = class extends Error {
  type;
  status;
  members;
  /** Response headers of header-bound members, e.g. Retry-After. */
  headers;
  constructor(type, status, message, members = {}, headers = {}) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
    this.members = members;
    this.headers = headers;
  }
  /** The JSON body on the wire (awsJson1_1). */
  body() {
    return { __type: this.type, message: this.message, ...this.members };
  }
};

// src/emulator/inspector2/errors.ts
var MAX_FIELDS = 10;
function validation(fields, reason = "FIELD_VALIDATION_FAILED") {
  const listed = fields.slice(0, MAX_FIELDS);
  const count = fields.length;
  const message = count === 0 ? "The request is invalid." : `${count} validation error${count === 1 ? "" : "s"} detected: ${listed.map((f) => f.message).join("; ")}`;
  return new ServiceError("ValidationException", 400, message, {
    reason,
    ...listed.length > 0 ? { fields: listed.map((f) => ({ name: f.name, message: f.message })) } : {}
  });
}
function invalidField(name, message, reason = "FIELD_VALIDATION_FAILED") {
  return new ServiceError("ValidationException", 400, message, { reason, fields: [{ name, message }] });
}
function accessDenied(operation, account) {
  return new ServiceError(
    "AccessDeniedException",
    403,
    `User: arn:aws:iam::${account}:user/inspector-gate is not authorized to perform: inspector2:${operation} because no identity-based policy allows the inspector2:${operation} action`
  );
}
function resourceNotFound(message) {
  return new ServiceError("ResourceNotFoundException", 404, message);
}
function internalServer(message = "Internal server error.") {
  return new ServiceError("InternalServerException", 500, message);
}
function throttled(retryAfterSeconds) {
  return new ServiceError(
    "ThrottlingException",
    429,
    "Rate exceeded",
    {},
    { "Retry-After": String(retryAfterSeconds) }
  );
}
function missingToken() {
  return new ServiceError("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
}
function notServed(operation) {
  return new ServiceError(
    "NotImplementedException",
    501,
    `The emulator does not serve Inspector2 ${operation}.`
  );
}

// src/emulator/inspector2/account.ts
import { createHash } from "node:crypto";

// src/emulator/inspector2/catalog-types.ts
var APPLY_UPDATES = "Apply updates per vendor instructions.";
var APPLY_MITIGATIONS = "Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.";
var V = {
  netHigh: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
  netDos: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
  netLeak: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N",
  localRoot: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"
};
var pkg = (name, version, fixed, release) => ({
  name,
  version,
  ...fixed !== void 0 ? { fixed } : {},
  ...release !== void 0 ? { release } : {}
});

// src/emulator/inspector2/vulns-libs.ts
var LIBRARY_VULNERABILITIES = [
  {
    id: "CVE-2021-44228",
    summary: "Apache Log4j2 JNDI features used in configuration, log messages and parameters do not protect against attacker-controlled LDAP and other JNDI endpoints: an attacker who can control log messages can execute arbitrary code loaded from those servers.",
    cvss: { score: 10, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" },
    cwes: ["CWE-502", "CWE-400", "CWE-20"],
    epss: 0.94358,
    exploitSeen: "2025-11-02",
    kev: { dateAdded: "2021-12-10", dateDue: "2021-12-24", action: APPLY_UPDATES },
    published: "2021-12-10",
    targets: [{ eco: "jar", packages: [pkg("org.apache.logging.log4j:log4j-core", "2.14.1", "2.15.0")] }]
  },
  {
    id: "CVE-2021-45046",
    summary: "The fix for CVE-2021-44228 in Apache Log4j 2.15.0 was incomplete in certain non-default configurations, still allowing information leaks and remote code execution through crafted lookup patterns.",
    cvss: { score: 9, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H" },
    cwes: ["CWE-917"],
    epss: 0.9712,
    exploitSeen: "2025-06-20",
    published: "2021-12-14",
    targets: [{ eco: "jar", packages: [pkg("org.apache.logging.log4j:log4j-core", "2.14.1", "2.16.0")] }]
  },
  {
    id: "CVE-2022-22965",
    summary: "A Spring MVC or Spring WebFlux application running on JDK 9+ may be vulnerable to remote code execution through data binding.",
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
          pkg("org.springframework:spring-webmvc", "5.3.17", "5.3.18")
        ]
      }
    ]
  },
  {
    id: "CVE-2022-42889",
    summary: "Apache Commons Text performs variable interpolation whose default lookups include script, dns and url: untrusted input passed to StringSubstitutor can lead to remote code execution.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-94"],
    epss: 0.9406,
    exploitSeen: "2024-12-01",
    published: "2022-10-13",
    targets: [{ eco: "jar", packages: [pkg("org.apache.commons:commons-text", "1.9", "1.10.0")] }]
  },
  {
    id: "CVE-2022-1471",
    summary: "SnakeYaml's Constructor does not restrict the types it deserializes: YAML content from an attacker may lead to remote code execution.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-502"],
    epss: 0.62113,
    published: "2022-12-01",
    targets: [{ eco: "jar", packages: [pkg("org.yaml:snakeyaml", "1.33", "2.0")] }]
  },
  {
    id: "CVE-2020-8908",
    summary: "Guava's Files.createTempDir creates directories readable by other users of the system, exposing the files placed in them.",
    cvss: { score: 3.3, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N" },
    cwes: ["CWE-732", "CWE-379"],
    epss: 49e-5,
    published: "2020-12-10",
    targets: [{ eco: "jar", packages: [pkg("com.google.guava:guava", "30.1-jre", "32.0.0-android")] }]
  },
  {
    id: "CVE-2023-2976",
    summary: "Guava's FileBackedOutputStream writes to a temporary directory shared with other users, who may read or change the data.",
    cvss: { score: 7.1, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N" },
    cwes: ["CWE-552"],
    epss: 61e-5,
    published: "2023-06-14",
    targets: [{ eco: "jar", packages: [pkg("com.google.guava:guava", "30.1-jre", "32.0.0-android")] }]
  },
  {
    id: "CVE-2022-23302",
    summary: "JMSSink in Log4j 1.x deserializes untrusted data when an attacker can change the Log4j configuration; Log4j 1.x reached end of life and gets no fix.",
    cvss: { score: 8.8, vector: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-502"],
    epss: 0.20511,
    published: "2022-01-18",
    targets: [{ eco: "jar", packages: [pkg("log4j:log4j", "1.2.17")] }]
  },
  {
    id: "CVE-2023-39325",
    summary: "A malicious HTTP/2 client that rapidly creates and resets requests can make a Go server consume excessive resources.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-770"],
    epss: 0.04812,
    published: "2023-10-11",
    targets: [
      {
        eco: "go",
        packages: [pkg("golang.org/x/net", "v0.15.0", "0.17.0"), pkg("stdlib", "go1.21.1", "1.21.3")]
      }
    ]
  },
  {
    id: "CVE-2023-24538",
    summary: "Go's html/template does not treat JavaScript template literals as string contexts, so actions inside them can inject code.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-94"],
    epss: 355e-5,
    published: "2023-04-06",
    targets: [{ eco: "go", packages: [pkg("stdlib", "go1.21.1", "1.21.11")] }]
  },
  {
    id: "CVE-2024-24790",
    summary: "Go's net/netip misclassifies IPv4-mapped IPv6 addresses in its Is* methods, which may let them pass checks meant for other addresses.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-115"],
    epss: 121e-5,
    published: "2024-06-05",
    targets: [{ eco: "go", packages: [pkg("stdlib", "go1.21.1", "1.21.11")] }]
  },
  {
    id: "CVE-2024-21626",
    summary: "runc leaks an internal file descriptor into containers, letting a container process reach the host filesystem (Leaky Vessels).",
    cvss: { score: 8.6, vector: "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H" },
    cwes: ["CWE-403"],
    epss: 0.04917,
    exploitSeen: "2025-02-03",
    published: "2024-01-31",
    targets: [{ eco: "go", packages: [pkg("github.com/opencontainers/runc", "v1.1.11", "1.1.12")] }]
  },
  {
    id: "CVE-2022-24999",
    summary: "qs lets a crafted query string with __proto__ keys pollute prototypes and hang a Node.js process, for example through Express.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-1321"],
    epss: 0.01208,
    published: "2022-11-26",
    targets: [{ eco: "npm", packages: [pkg("qs", "6.9.6", "6.9.7")] }]
  },
  {
    id: "CVE-2022-25883",
    summary: "semver's range parsing takes exponential time on crafted input (regular expression denial of service).",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-1333"],
    epss: 191e-5,
    published: "2023-06-21",
    targets: [{ eco: "npm", packages: [pkg("semver", "7.3.8", "7.5.2")] }]
  },
  {
    id: "CVE-2023-26136",
    summary: "tough-cookie in rejectPublicSuffixes=false mode lets cookies pollute object prototypes.",
    cvss: { score: 6.5, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N" },
    cwes: ["CWE-1321"],
    epss: 238e-5,
    published: "2023-07-01",
    targets: [{ eco: "npm", packages: [pkg("tough-cookie", "4.1.2", "4.1.3")] }]
  },
  {
    id: "CVE-2024-37890",
    summary: "A ws server crashes on a request carrying more headers than the server's limit.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-476"],
    epss: 375e-5,
    published: "2024-06-17",
    targets: [{ eco: "npm", packages: [pkg("ws", "8.11.0", "8.17.1")] }]
  },
  {
    id: "CVE-2022-46175",
    summary: "json5's parse lets a __proto__ key set properties on the returned object's prototype.",
    cvss: { score: 8.8, vector: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-1321"],
    epss: 397e-5,
    published: "2022-12-24",
    targets: [{ eco: "npm", packages: [pkg("json5", "2.2.1", "2.2.2")] }]
  },
  {
    id: "CVE-2021-23337",
    summary: "lodash's template function lets template options inject commands.",
    cvss: { score: 7.2, vector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-94"],
    epss: 0.01468,
    exploitSeen: "2024-10-11",
    published: "2021-02-15",
    targets: [{ eco: "npm", packages: [pkg("lodash", "4.17.20", "4.17.21")] }]
  },
  {
    id: "CVE-2024-4068",
    summary: "braces counts imbalanced braces without a limit, so crafted input exhausts memory.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-1050"],
    epss: 86e-5,
    published: "2024-05-14",
    targets: [{ eco: "npm", packages: [pkg("braces", "3.0.2", "3.0.3")] }]
  },
  {
    id: "CVE-2023-30861",
    summary: "Flask may send a response containing one client's session cookie to other clients when it sits behind a caching proxy that keeps Set-Cookie headers.",
    cvss: { score: 7.5, vector: V.netLeak },
    cwes: ["CWE-539"],
    epss: 208e-5,
    exploitSeen: "2024-08-31",
    published: "2023-05-02",
    targets: [{ eco: "pip", packages: [pkg("flask", "2.0.0", "2.3.2")] }]
  },
  {
    id: "CVE-2023-32681",
    summary: "Requests leaks Proxy-Authorization headers to destination servers when following redirects to HTTPS.",
    cvss: { score: 6.1, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N" },
    cwes: ["CWE-200"],
    epss: 293e-5,
    published: "2023-05-26",
    targets: [{ eco: "pip", packages: [pkg("requests", "2.28.2", "2.31.0")] }]
  },
  {
    id: "CVE-2024-35195",
    summary: "A Requests session whose first request to a host skips certificate verification keeps skipping it for later requests to that host.",
    cvss: { score: 5.6, vector: "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:N" },
    cwes: ["CWE-670"],
    epss: 44e-5,
    published: "2024-05-20",
    targets: [{ eco: "pip", packages: [pkg("requests", "2.28.2", "2.32.0")] }]
  },
  {
    id: "CVE-2023-37920",
    summary: "certifi still trusted the e-Tugra root certificates after their issuer's security problems came to light.",
    cvss: { score: 7.5, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N" },
    cwes: ["CWE-345"],
    epss: 136e-5,
    published: "2023-07-25",
    targets: [{ eco: "pip", packages: [pkg("certifi", "2022.12.7", "2023.7.22")] }]
  },
  {
    id: "CVE-2022-40897",
    summary: "setuptools' package_index parses crafted HTML pages in exponential time (regular expression denial of service).",
    cvss: { score: 5.9, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H" },
    cwes: ["CWE-1333"],
    epss: 253e-5,
    published: "2022-12-23",
    targets: [{ eco: "pip", packages: [pkg("setuptools", "65.5.0", "65.5.1")] }]
  },
  {
    id: "CVE-2024-6345",
    summary: "setuptools' package_index passes URLs from package pages to a shell command, allowing code injection.",
    cvss: { score: 8.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-94"],
    epss: 212e-5,
    published: "2024-07-15",
    targets: [{ eco: "pip", packages: [pkg("setuptools", "65.5.0", "70.0.0")] }]
  },
  {
    id: "CVE-2023-43804",
    summary: "urllib3 does not strip the Cookie header on cross-origin redirects, leaking cookies to other hosts.",
    cvss: { score: 8.1, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N" },
    cwes: ["CWE-200"],
    epss: 227e-5,
    published: "2023-10-04",
    targets: [{ eco: "pip", packages: [pkg("urllib3", "1.26.15", "1.26.17")] }]
  }
];

// src/emulator/inspector2/vulns-os.ts
var OS_VULNERABILITIES = [
  {
    id: "CVE-2023-44487",
    summary: "The HTTP/2 protocol lets a client reset many streams quickly (Rapid Reset), causing denial of service on servers.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-400"],
    epss: 0.81946,
    exploitSeen: "2025-10-10",
    kev: { dateAdded: "2023-10-10", dateDue: "2023-10-31", action: APPLY_MITIGATIONS },
    published: "2023-10-10",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libnghttp2-14", "1.43.0", "0:1.43.0-1ubuntu0.2", "1ubuntu0.1")],
        vendorSeverity: "high",
        related: ["USN-6427-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("libnghttp2", "1.55.1", "0:1.57.0-1.amzn2023.0.1", "1.amzn2023.0.1")],
        vendorSeverity: "Important",
        related: ["ALAS2023-2023-390"]
      },
      { eco: "go", packages: [pkg("golang.org/x/net", "v0.15.0", "0.17.0")] },
      { eco: "jar", packages: [pkg("io.netty:netty-codec-http2", "4.1.97.Final", "4.1.100.Final")] }
    ]
  },
  {
    id: "CVE-2023-38545",
    summary: "curl can overflow a heap buffer during the SOCKS5 proxy handshake when the host name is too long to resolve locally.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-787"],
    epss: 0.21706,
    exploitSeen: "2024-05-15",
    published: "2023-10-18",
    targets: [
      {
        eco: "ubuntu",
        packages: [
          pkg("curl", "7.81.0", "0:7.81.0-1ubuntu1.14", "1ubuntu1.13"),
          pkg("libcurl4", "7.81.0", "0:7.81.0-1ubuntu1.14", "1ubuntu1.13")
        ],
        vendorSeverity: "high",
        related: ["USN-6429-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("libcurl-minimal", "8.2.1", "0:8.3.0-1.amzn2023.0.2", "1.amzn2023.0.3")],
        vendorSeverity: "Critical",
        related: ["ALAS2023-2023-383"]
      }
    ]
  },
  {
    id: "CVE-2023-38546",
    summary: "libcurl can load cookies from a file named 'none' in the working directory after a handle is duplicated, injecting cookies an attacker placed there.",
    cvss: { score: 3.7, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N" },
    cwes: ["CWE-73"],
    epss: 104e-5,
    published: "2023-10-18",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libcurl4", "7.81.0", "0:7.81.0-1ubuntu1.14", "1ubuntu1.13")],
        vendorSeverity: "low",
        related: ["USN-6429-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("libcurl-minimal", "8.2.1", "0:8.3.0-1.amzn2023.0.2", "1.amzn2023.0.3")],
        vendorSeverity: "Low"
      }
    ]
  },
  {
    id: "CVE-2021-22923",
    summary: "curl passes the credentials used to fetch a metalink file on to every server the content is then downloaded from.",
    cvss: { score: 5.3, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N" },
    cwes: ["CWE-522"],
    epss: 284e-5,
    published: "2021-08-05",
    targets: [
      {
        eco: "al2",
        packages: [
          pkg("curl", "7.79.1", "0:7.79.1-4.amzn2.0.1", "1.amzn2.0.1"),
          pkg("libcurl", "7.79.1", "0:7.79.1-4.amzn2.0.1", "1.amzn2.0.1")
        ],
        vendorSeverity: "Medium"
      }
    ]
  },
  {
    id: "CVE-2024-6119",
    summary: "OpenSSL may read an invalid memory address when checking a certificate's name against an otherName subject alternative name, causing a crash.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-843"],
    epss: 45e-5,
    published: "2024-09-03",
    targets: [
      {
        eco: "ubuntu",
        packages: [
          pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.18", "0ubuntu1.15"),
          pkg("openssl", "3.0.2", "0:3.0.2-0ubuntu1.18", "0ubuntu1.15")
        ],
        vendorSeverity: "medium",
        vendorCvss: { score: 5.9, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H" },
        related: ["USN-6986-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("openssl-libs", "3.0.8", "1:3.0.8-1.amzn2023.0.14", "1.amzn2023.0.11")],
        vendorSeverity: "Medium"
      }
    ]
  },
  {
    id: "CVE-2023-5363",
    summary: "OpenSSL processes key and IV length changes after initialisation, which can truncate or overrun them and weaken the confidentiality of some ciphers.",
    cvss: { score: 7.5, vector: V.netLeak },
    cwes: ["CWE-325"],
    epss: 206e-5,
    published: "2023-10-25",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.12", "0ubuntu1.10")],
        vendorSeverity: "medium",
        related: ["USN-6450-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("openssl-libs", "3.0.8", "1:3.0.8-1.amzn2023.0.9", "1.amzn2023.0.8")],
        vendorSeverity: "Important"
      }
    ]
  },
  {
    id: "CVE-2023-0286",
    summary: "OpenSSL confuses types when processing X.400 addresses in a GENERAL_NAME, letting an attacker read memory or crash the process.",
    cvss: { score: 7.4, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:H" },
    cwes: ["CWE-843"],
    epss: 578e-5,
    published: "2023-02-08",
    targets: [
      {
        eco: "al2",
        packages: [pkg("openssl-libs", "1.0.2k", "1:1.0.2k-24.amzn2.0.7", "24.amzn2.0.4")],
        vendorSeverity: "Important",
        related: ["ALAS2-2023-1946"]
      },
      {
        eco: "ubuntu",
        packages: [pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.8", "0ubuntu1.7")],
        vendorSeverity: "high",
        related: ["USN-5844-1"]
      }
    ]
  },
  {
    id: "CVE-2022-0778",
    summary: "OpenSSL's BN_mod_sqrt loops forever on some inputs, so parsing a crafted certificate can hang a client or server.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-835"],
    epss: 0.02152,
    published: "2022-03-15",
    targets: [
      {
        eco: "al2",
        packages: [pkg("openssl-libs", "1.0.2k", "1:1.0.2k-24.amzn2.0.7", "24.amzn2.0.4")],
        vendorSeverity: "Important"
      }
    ]
  },
  {
    id: "CVE-2024-5535",
    summary: "OpenSSL's SSL_select_next_proto may read past a buffer when called with an empty supported-protocols list, exposing memory.",
    cvss: { score: 9.1, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H" },
    cwes: ["CWE-200"],
    epss: 97e-5,
    published: "2024-06-27",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.17", "0ubuntu1.15")],
        vendorSeverity: "low",
        vendorCvss: { score: 3.7, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N" },
        related: ["USN-6937-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("openssl-libs", "3.0.8", "1:3.0.8-1.amzn2023.0.14", "1.amzn2023.0.11")],
        vendorSeverity: "Low"
      }
    ]
  },
  {
    id: "CVE-2021-3156",
    summary: "Sudo mishandles backslashes when parsing command lines in shell mode, allowing a local user to overflow a heap buffer and gain root (Baron Samedit).",
    cvss: { score: 7.8, vector: V.localRoot },
    cwes: ["CWE-193"],
    epss: 0.1843,
    exploitSeen: "2025-08-01",
    kev: { dateAdded: "2022-04-06", dateDue: "2022-04-27", action: APPLY_UPDATES },
    published: "2021-01-26",
    targets: [
      {
        eco: "al2",
        packages: [pkg("sudo", "1.8.23", "0:1.8.23-10.amzn2.1", "9.amzn2.0.1")],
        vendorSeverity: "Important",
        related: ["ALAS2-2021-1590"]
      }
    ]
  },
  {
    id: "CVE-2021-4034",
    summary: "polkit's pkexec mishandles its argument count, letting a local user run code as root (PwnKit).",
    cvss: { score: 7.8, vector: V.localRoot },
    cwes: ["CWE-787", "CWE-125"],
    epss: 0.0465,
    exploitSeen: "2025-03-12",
    kev: { dateAdded: "2022-06-27", dateDue: "2022-07-18", action: APPLY_UPDATES },
    published: "2022-01-28",
    targets: [
      {
        eco: "al2",
        packages: [pkg("polkit", "0.112", "0:0.112-26.amzn2.1", "26.amzn2")],
        vendorSeverity: "Important",
        related: ["ALAS2-2022-1745"]
      }
    ]
  },
  {
    id: "CVE-2023-4911",
    summary: "The GNU C library's dynamic loader overflows a buffer while processing the GLIBC_TUNABLES variable, letting a local user gain root (Looney Tunables).",
    cvss: { score: 7.8, vector: V.localRoot },
    cwes: ["CWE-787", "CWE-122"],
    epss: 0.01813,
    exploitSeen: "2025-01-22",
    kev: { dateAdded: "2023-11-21", dateDue: "2023-12-12", action: APPLY_UPDATES },
    published: "2023-10-03",
    targets: [
      {
        eco: "al2023",
        packages: [
          pkg("glibc", "2.34", "0:2.34-52.amzn2023.0.7", "52.amzn2023.0.3"),
          pkg("glibc-common", "2.34", "0:2.34-52.amzn2023.0.7", "52.amzn2023.0.3")
        ],
        vendorSeverity: "Important",
        related: ["ALAS2023-2023-357"]
      },
      {
        eco: "ubuntu",
        packages: [pkg("libc6", "2.35", "0:2.35-0ubuntu3.4", "0ubuntu3.3")],
        vendorSeverity: "high",
        related: ["USN-6409-1"]
      }
    ]
  },
  {
    id: "CVE-2023-45853",
    summary: "MiniZip in zlib overflows an integer on long file names or comments in zipOpenNewFileInZip4_64; distributions mostly leave it unfixed as MiniZip is not part of the library they ship.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-190"],
    epss: 0.01072,
    published: "2023-10-14",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("zlib1g", "1:1.2.11.dfsg", void 0, "2ubuntu9.2")],
        vendorSeverity: "low"
      },
      {
        eco: "al2023",
        packages: [pkg("zlib", "1.2.11", void 0, "33.amzn2023.0.5")],
        vendorSeverity: "Medium"
      }
    ]
  },
  {
    id: "CVE-2022-37434",
    summary: "zlib's inflate overflows a heap buffer through a large gzip header extra field.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-787"],
    epss: 0.0124,
    published: "2022-08-05",
    targets: [
      {
        eco: "al2",
        packages: [pkg("zlib", "1.2.7", "0:1.2.7-19.amzn2.0.2", "19.amzn2.0.1")],
        vendorSeverity: "Important"
      }
    ]
  },
  {
    id: "CVE-2024-45490",
    summary: "libexpat does not reject a negative length passed to XML_ParseBuffer, corrupting memory.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-190"],
    epss: 181e-5,
    published: "2024-08-30",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libexpat1", "2.4.7", "0:2.4.7-1ubuntu0.4", "1ubuntu0.3")],
        vendorSeverity: "medium",
        related: ["USN-7000-1"]
      }
    ]
  },
  {
    id: "CVE-2023-29491",
    summary: "ncurses trusts terminfo data from the environment in setuid programs, letting a local user corrupt memory.",
    cvss: { score: 7.8, vector: V.localRoot },
    cwes: ["CWE-787"],
    epss: 43e-5,
    published: "2023-04-14",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libncursesw6", "6.3", "0:6.3-2ubuntu0.1", "2")],
        vendorSeverity: "medium",
        related: ["USN-6099-1"]
      },
      {
        eco: "al2023",
        packages: [pkg("ncurses-libs", "6.2", "0:6.2-4.20200222.amzn2023.0.5", "4.20200222.amzn2023.0.4")],
        vendorSeverity: "Medium"
      }
    ]
  },
  {
    id: "CVE-2024-29069",
    summary: "snapd follows symbolic links when extracting a snap, so a malicious snap can make it copy privileged files into a world-readable directory.",
    cvss: { score: 7.3, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-59"],
    epss: 43e-5,
    published: "2024-07-25",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("snapd", "2.63", "0:2.63+22.04ubuntu0.1")],
        vendorSeverity: "medium",
        vendorCvss: { score: 4.8, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:L/I:L/A:L" },
        related: ["USN-6940-1"]
      }
    ]
  },
  {
    id: "CVE-2021-33910",
    summary: "systemd allocates a stack buffer sized by a mount path a local user controls, so a long path crashes the system.",
    cvss: { score: 5.5, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H" },
    cwes: ["CWE-770"],
    epss: 49e-5,
    published: "2021-07-20",
    targets: [
      {
        eco: "al2",
        packages: [
          pkg("systemd", "219", "0:219-78.amzn2.0.15", "78.amzn2.0.14"),
          pkg("systemd-libs", "219", "0:219-78.amzn2.0.15", "78.amzn2.0.14")
        ],
        vendorSeverity: "Medium"
      }
    ]
  },
  {
    id: "CVE-2025-38064",
    summary: "In the Linux kernel, virtio devices were not broken and reset on device_shutdown(), which could lead to use of freed resources.",
    cvss: { score: 7, vector: "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-416"],
    epss: 21e-5,
    published: "2025-06-18",
    targets: [
      {
        eco: "al2",
        packages: [pkg("kernel", "4.14.355", "0:5.15.189-131.202.amzn2", "280.652.amzn2")],
        vendorSeverity: "Important",
        related: ["ALAS2-2025-2955"]
      },
      {
        eco: "al2023",
        packages: [pkg("kernel", "6.1.132", "0:6.1.141-155.222.amzn2023", "147.210.amzn2023")],
        vendorSeverity: "Important",
        related: ["ALAS2023-2025-1130"]
      }
    ]
  },
  {
    id: "CVE-2025-0395",
    summary: "The GNU C library's assert() reports a failure into a buffer that may be too small for the message, overflowing it.",
    cwes: ["CWE-131"],
    epss: 38e-5,
    published: "2025-01-22",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libc6", "2.35", void 0, "0ubuntu3.3")],
        vendorSeverity: "untriaged"
      }
    ]
  },
  {
    id: "CVE-2017-11164",
    summary: "PCRE's match function recurses without bound on some patterns, exhausting the stack; the distribution rates it negligible.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-674"],
    epss: 541e-5,
    published: "2017-07-11",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libpcre3", "2:8.39", void 0, "13ubuntu0.22.04.1")],
        vendorSeverity: "negligible"
      }
    ]
  }
];

// src/emulator/inspector2/catalog.ts
var CATALOG = [...LIBRARY_VULNERABILITIES, ...OS_VULNERABILITIES];
var BY_ECOSYSTEM = (() => {
  const map = /* @__PURE__ */ new Map();
  CATALOG.forEach((v, i) => {
    for (const t of v.targets) {
      const list = map.get(t.eco) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(t.eco, list);
    }
  });
  return map;
})();
var BY_ID = new Map(CATALOG.map((v, i) => [v.id, i]));
function catalogIndexOf(id) {
  return BY_ID.get(id);
}

// src/emulator/inspector2/facts.ts
var SEVERITY_RANK = {
  UNTRIAGED: 0,
  INFORMATIONAL: 1,
  LOW: 2,
  MEDIUM: 3,
  HIGH: 4,
  CRITICAL: 5
};
var OS_SOURCE = {
  al2: "AMAZON_CVE",
  al2023: "AMAZON_CVE",
  ubuntu: "UBUNTU_CVE"
};
var VENDOR_SEVERITY = {
  critical: "CRITICAL",
  important: "HIGH",
  high: "HIGH",
  medium: "MEDIUM",
  moderate: "MEDIUM",
  low: "LOW",
  negligible: "INFORMATIONAL",
  untriaged: "UNTRIAGED"
};
function severityOfScore(score) {
  if (score === void 0) return "UNTRIAGED";
  if (score >= 9) return "CRITICAL";
  if (score >= 7) return "HIGH";
  if (score >= 4) return "MEDIUM";
  if (score > 0) return "LOW";
  return "INFORMATIONAL";
}
function isOsEcosystem(eco) {
  return OS_SOURCE[eco] !== void 0;
}
function titleOf(id, names) {
  const shown = names.slice(0, 2).join(", ");
  return names.length > 2 ? `${id} - ${shown} and ${names.length - 2} more` : `${id} - ${shown}`;
}
function derive(vuln, target) {
  const osSource = OS_SOURCE[target.eco];
  const source = osSource ?? "NVD";
  const year = vuln.id.split("-")[1] ?? "";
  const severity = osSource ? VENDOR_SEVERITY[(target.vendorSeverity ?? "").toLowerCase()] ?? severityOfScore(vuln.cvss?.score) : severityOfScore(vuln.cvss?.score);
  const scored = osSource ? target.vendorCvss ?? vuln.cvss : vuln.cvss;
  const fixedCount = target.packages.filter((p) => p.fixed !== void 0).length;
  const related = target.related ?? [];
  let sourceUrl;
  let referenceUrls;
  if (source === "AMAZON_CVE") {
    sourceUrl = `https://alas.aws.amazon.com/cve/json/v1/${vuln.id}.json`;
    referenceUrls = related.map(
      (a) => a.startsWith("ALAS2023") ? `https://alas.aws.amazon.com/AL2023/${a}.html` : `https://alas.aws.amazon.com/AL2/${a}.html`
    );
  } else if (source === "UBUNTU_CVE") {
    sourceUrl = `https://people.canonical.com/~ubuntu-security/cve/${year}/${vuln.id}.html`;
    referenceUrls = [
      `https://www.cve.org/CVERecord?id=${vuln.id}`,
      ...related.map((u) => `https://ubuntu.com/security/notices/${u}`)
    ];
  } else {
    sourceUrl = `https://nvd.nist.gov/vuln/detail/${vuln.id}`;
    referenceUrls = [`https://www.cve.org/CVERecord?id=${vuln.id}`];
  }
  const packageNames = target.packages.map((p) => p.name);
  return {
    vuln,
    target,
    severity,
    vendorSeverity: osSource ? target.vendorSeverity : vuln.cvss ? severityOfScore(vuln.cvss.score) : void 0,
    source,
    sourceUrl,
    referenceUrls,
    inspectorScore: scored?.score,
    scoringVector: scored?.vector,
    fixAvailable: fixedCount === target.packages.length ? "YES" : fixedCount === 0 ? "NO" : "PARTIAL",
    exploitAvailable: vuln.exploitSeen !== void 0 ? "YES" : "NO",
    title: titleOf(vuln.id, packageNames),
    packageNames
  };
}
var MEMO = /* @__PURE__ */ new Map();
function factsOf(ref, target) {
  const key = ref * 16 + target;
  let facts = MEMO.get(key);
  if (facts === void 0) {
    const vuln = CATALOG[ref];
    const t = vuln?.targets[target];
    if (vuln === void 0 || t === void 0) throw new Error(`no catalog entry ${ref}/${target}`);
    facts = derive(vuln, t);
    MEMO.set(key, facts);
  }
  return facts;
}
function targetFor(ref, ecosystems) {
  const targets = CATALOG[ref]?.targets ?? [];
  const i = targets.findIndex((t) => ecosystems.includes(t.eco));
  return i < 0 ? void 0 : i;
}

// src/emulator/inspector2/rules.ts
var PORT_RULES = [
  { port: 22, protocol: "TCP", severity: "MEDIUM" },
  { port: 80, protocol: "TCP", severity: "MEDIUM" },
  { port: 443, protocol: "TCP", severity: "MEDIUM" },
  { port: 3389, protocol: "TCP", severity: "MEDIUM" },
  { port: 5432, protocol: "TCP", severity: "MEDIUM" },
  { port: 8080, protocol: "TCP", severity: "MEDIUM" }
];
var NETWORK_REMEDIATION = "You can restrict access to your instance by modifying the Security Groups or ACLs in the network path.";
var CODE_RULES = [
  {
    eco: "pip",
    cwe: "CWE-798",
    detectorId: "python/hardcoded-credentials@v1.0",
    detectorName: "Hardcoded credentials",
    detectorTags: ["secrets", "security", "owasp-top10", "top25-cwes", "cwe-798", "Python"],
    ruleId: "python-detect-hardcoded-aws-credentials",
    severity: "CRITICAL",
    file: "lambda_function.py",
    line: 6,
    description: "Credentials such as passwords and access keys are written into the source code, where anyone who can read the code or its history can use them.",
    recommendation: "Read credentials from the runtime environment or a secrets store, rotate the exposed key, and watch for its use."
  },
  {
    eco: "pip",
    cwe: "CWE-89",
    detectorId: "python/sql-injection@v1.0",
    detectorName: "SQL injection",
    detectorTags: ["injection", "security", "sql", "owasp-top10", "top25-cwes", "cwe-89", "Python"],
    ruleId: "python-avoid-string-formatting-in-sql-queries",
    severity: "HIGH",
    file: "orders/repository.py",
    line: 42,
    description: "A SQL statement is built from request input by string formatting, so the input can change the query.",
    recommendation: "Pass request values as query parameters instead of formatting them into the statement."
  },
  {
    eco: "npm",
    cwe: "CWE-22",
    detectorId: "javascript/path-traversal@v1.0",
    detectorName: "Path traversal",
    detectorTags: ["injection", "security", "owasp-top10", "top25-cwes", "cwe-22", "JavaScript"],
    ruleId: "javascript-path-traversal",
    severity: "HIGH",
    file: "src/handler.js",
    line: 27,
    description: "A file path is built from request input without normalisation, so '..' segments reach files outside the intended directory.",
    recommendation: "Resolve the path and check it stays under the intended base directory before opening it."
  },
  {
    eco: "npm",
    cwe: "CWE-117",
    detectorId: "javascript/log-injection@v1.0",
    detectorName: "Log injection",
    detectorTags: ["data-integrity", "injection", "security", "owasp-top10", "cwe-117", "JavaScript"],
    ruleId: "javascript-log-injection",
    severity: "LOW",
    file: "src/logger.js",
    line: 12,
    description: "Request input is written to the logs unescaped, so it can forge log entries.",
    recommendation: "Escape or strip line breaks and control characters from input before logging it."
  },
  {
    eco: "jar",
    cwe: "CWE-327",
    detectorId: "java/crypto-compliance@v1.0",
    detectorName: "Insecure cryptography",
    detectorTags: ["cryptography", "security", "owasp-top10", "cwe-327", "Java"],
    ruleId: "java-crypto-compliance-cipher",
    severity: "MEDIUM",
    file: "src/main/java/com/example/reports/Signer.java",
    line: 58,
    description: "A cipher or mode that is no longer considered secure is used to protect data.",
    recommendation: "Use an authenticated cipher such as AES-GCM with keys of at least 128 bits."
  }
];

// src/emulator/inspector2/account.ts
var Account2 = class {
  constructor(options) {
    this.options = options;
    this.timeScale = options.timeScale;
    this.scanSeconds = options.scanSeconds;
  }
  options;
  resources = [];
  findings = [];
  /** Bumped on every change, so cached listings are recomputed. */
  version = 0;
  /** Decides whether a new finding is suppressed (set from the account's suppression rules). */
  suppressed = () => false;
  byId = /* @__PURE__ */ new Map();
  byArn;
  /** Per repository, the image each tag is on. */
  tagged = /* @__PURE__ */ new Map();
  pushes = 0;
  /** The time scale in force: a restored account replays its history under the scale it had then. */
  timeScale;
  /** The default scan time in force (seconds, before scaling). */
  scanSeconds;
  get region() {
    return this.options.region;
  }
  get accountId() {
    return this.options.account;
  }
  /** Milliseconds of a future delay of `seconds`, accelerated by the time scale. */
  scaled(seconds) {
    return seconds * 1e3 / this.timeScale;
  }
  /** A deterministic generator for one purpose. */
  random(...parts) {
    return Random.from(this.options.seed, ...parts);
  }
  /** Deterministic lowercase hex of `length` digits. */
  hex(length, ...parts) {
    return this.random("hex", ...parts).chars(length, HEX);
  }
  /** A sequence number for runtime pushes and deploys, so their generated ids never collide. */
  nextPush() {
    this.version++;
    return ++this.pushes;
  }
  resource(id) {
    return this.byId.get(id);
  }
  /** Adds (or replaces, keeping the id) a resource. */
  addResource(rec) {
    const existing = this.byId.get(rec.id);
    const full = { ...rec, seq: existing?.seq ?? this.resources.length };
    if (existing) this.resources[existing.seq] = full;
    else this.resources.push(full);
    this.byId.set(full.id, full);
    this.version++;
    return full;
  }
  /** Puts `tags` on an image, taking them off the image of its repository that had them (as ECR does). */
  moveTags(image) {
    const info = image.image;
    if (info === void 0) return;
    let tags = this.tagged.get(info.repositoryName);
    if (tags === void 0) {
      tags = /* @__PURE__ */ new Map();
      this.tagged.set(info.repositoryName, tags);
    }
    for (const tag of info.tags) {
      const holder = tags.get(tag);
      if (holder?.image && holder !== image) holder.image.tags = holder.image.tags.filter((t) => t !== tag);
      tags.set(tag, image);
    }
  }
  findingByArn(arn) {
    if (this.byArn === void 0) this.byArn = new Map(this.findings.map((f) => [f.arn, f]));
    return this.byArn.get(arn);
  }
  add(resource, type, ref, target, scanType, remediated) {
    const plan = resource.scans[scanType];
    if (plan?.completesAt === void 0) return void 0;
    const firstObservedAt = plan.completesAt;
    const lastObservedAt = Math.max(firstObservedAt, plan.lastScanAt ?? firstObservedAt);
    const key = `${resource.id}|${resource.revision ?? 0}|${type}|${ref}`;
    const id = createHash("sha256").update(`${this.options.seed}\0${key}`).digest("hex").slice(0, 32);
    const arn = `arn:aws:inspector2:${this.region}:${this.accountId}:finding/${id}`;
    const existing = this.findingByArn(arn);
    if (existing !== void 0) return existing;
    const finding = {
      seq: this.findings.length,
      arn,
      resource,
      type,
      ref,
      target,
      base: remediated ? "CLOSED" : "ACTIVE",
      firstObservedAt,
      lastObservedAt,
      updatedAt: lastObservedAt,
      ...resource.closedAt !== void 0 ? { closedAt: resource.closedAt } : {}
    };
    if (finding.base === "ACTIVE" && this.suppressed(finding)) finding.base = "SUPPRESSED";
    this.findings.push(finding);
    this.byArn?.set(finding.arn, finding);
    this.version++;
    return finding;
  }
  /** How many package findings a resource can hold: the catalog entries of its ecosystems. */
  packageCapacity(resource) {
    return candidates(resource).length;
  }
  /**
   * Draws package findings for a resource: the `forced` catalog entries, and `count` more distinct
   * vulnerabilities fitting its software. `remediatedShare` of them are CLOSED (patched before now).
   */
  addPackageFindings(resource, count, forced = [], remediatedShare = 0) {
    const rnd = this.random("package-findings", resource.id);
    const pool = candidates(resource);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rnd.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const chosen = [.../* @__PURE__ */ new Set([...forced, ...pool])].slice(0, count + new Set(forced).size);
    let added = 0;
    for (const ref of chosen) {
      const target = targetFor(ref, resource.ecosystems) ?? 0;
      const remediated = remediatedShare > 0 && rnd.float() < remediatedShare;
      if (this.add(resource, "PACKAGE_VULNERABILITY", ref, target, "PACKAGE", remediated)) added++;
    }
    return added;
  }
  /** Network reachability findings for the given open ports of an instance. */
  addNetworkFindings(resource, ports) {
    let added = 0;
    for (const port of ports) {
      const ref = PORT_RULES.findIndex((r) => r.port === port);
      if (ref >= 0 && this.add(resource, "NETWORK_REACHABILITY", ref, 0, "NETWORK", false)) added++;
    }
    return added;
  }
  /** Up to `count` code findings fitting a function's language. */
  addCodeFindings(resource, count) {
    let added = 0;
    CODE_RULES.forEach((rule, ref) => {
      if (added >= count || !resource.ecosystems.includes(rule.eco)) return;
      if (this.add(resource, "CODE_VULNERABILITY", ref, 0, "CODE", false)) added++;
    });
    return added;
  }
  /** Closes a resource's open findings from `at` (a rescan found them fixed, or it went away). */
  closeFindingsOf(resourceId, at) {
    for (const f of this.findings) {
      if (f.resource.id === resourceId && f.closedAt === void 0 && f.base !== "CLOSED") f.closedAt = at;
    }
    this.version++;
  }
};
function candidates(resource) {
  const set = /* @__PURE__ */ new Set();
  for (const eco of resource.ecosystems) for (const i of BY_ECOSYSTEM.get(eco) ?? []) set.add(i);
  return [...set];
}
function statusAt(f, now) {
  return f.closedAt !== void 0 && f.closedAt <= now ? "CLOSED" : f.base;
}
function updatedAtOf(f, now) {
  return f.closedAt !== void 0 && f.closedAt <= now ? Math.max(f.updatedAt, f.closedAt) : f.updatedAt;
}

// src/emulator/inspector2/render.ts
var sec = (ms) => ms / 1e3;
var day = (iso) => Date.parse(`${iso}T00:00:00Z`);
function remediationCommand(eco, name) {
  if (eco === "ubuntu") return "apt-get update && apt-get upgrade";
  return eco === "al2023" ? `dnf update ${name}` : `yum update ${name}`;
}
function artifactOf(name) {
  return name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
}
var LAMBDA_FILES = {
  pip: () => ({ manager: "PIP", path: "requirements.txt" }),
  npm: () => ({ manager: "NPM", path: "package-lock.json" }),
  jar: (p) => ({ manager: "JAR", path: `lib/${artifactOf(p.name)}-${p.version}.jar` }),
  go: () => ({ manager: "GOBINARY", path: "bootstrap" })
};
var IMAGE_FILES = {
  pip: (p) => ({
    manager: "PYTHONPKG",
    path: `usr/local/lib/python3.11/site-packages/${p.name}-${p.version}.dist-info/METADATA`
  }),
  npm: (p) => ({ manager: "NODEPKG", path: `app/node_modules/${p.name}/package.json` }),
  jar: (p) => ({ manager: "JAR", path: `app/lib/${artifactOf(p.name)}-${p.version}.jar` }),
  go: () => ({ manager: "GOBINARY", path: "usr/local/bin/server" })
};
function packageJson(p, eco, resource) {
  const epochMatch = /^(\d+):(.*)$/.exec(p.version);
  const out = {
    epoch: epochMatch ? Number(epochMatch[1]) : 0,
    name: p.name,
    version: epochMatch ? epochMatch[2] : p.version
  };
  if (p.fixed !== void 0) out["fixedInVersion"] = p.fixed;
  if (isOsEcosystem(eco)) {
    const arm = resource.image?.architecture === "arm64";
    out["arch"] = arm ? eco === "ubuntu" ? "ARM64" : "AARCH64" : "X86_64";
    if (p.release !== void 0) out["release"] = p.release;
    out["packageManager"] = "OS";
    out["remediation"] = remediationCommand(eco, p.name);
    if (resource.image) out["sourceLayerHash"] = resource.image.baseLayer;
  } else {
    const files = (resource.lambda ? LAMBDA_FILES : IMAGE_FILES)[eco];
    const file = files ? files(p) : { manager: "OS", path: p.name };
    out["packageManager"] = file.manager;
    out["filePath"] = file.path;
    if (resource.image) out["sourceLayerHash"] = resource.image.appLayer;
  }
  return out;
}
function packagesOf(f) {
  if (f.type !== "PACKAGE_VULNERABILITY") return [];
  const facts = factsOf(f.ref, f.target);
  return facts.target.packages.map((p) => packageJson(p, facts.target.eco, f.resource));
}
function severityOf(f) {
  if (f.type === "PACKAGE_VULNERABILITY") return factsOf(f.ref, f.target).severity;
  if (f.type === "NETWORK_REACHABILITY") return PORT_RULES[f.ref].severity;
  return CODE_RULES[f.ref].severity;
}
function titleOfFinding(f) {
  if (f.type === "PACKAGE_VULNERABILITY") return factsOf(f.ref, f.target).title;
  if (f.type === "NETWORK_REACHABILITY") {
    const rule2 = PORT_RULES[f.ref];
    return `Port ${rule2.port} is reachable from an Internet Gateway - ${rule2.protocol}`;
  }
  const rule = CODE_RULES[f.ref];
  return `${rule.cwe} - ${rule.detectorName}`;
}
function networkSteps(resource) {
  const ec2 = resource.ec2;
  if (ec2 === void 0) return [];
  return [
    { componentId: ec2.igw, componentType: "AWS::EC2::InternetGateway" },
    { componentId: ec2.acl, componentType: "AWS::EC2::NetworkAcl" },
    { componentId: ec2.sg, componentType: "AWS::EC2::SecurityGroup" },
    { componentId: ec2.eni, componentType: "AWS::EC2::NetworkInterface" },
    { componentId: ec2.instanceId, componentType: "AWS::EC2::Instance" }
  ];
}
function resourceJson(resource, region, account) {
  const out = {
    id: resource.id,
    partition: "aws",
    region,
    tags: { ...resource.tags },
    type: resource.type
  };
  const { image, ec2, lambda } = resource;
  if (image) {
    out["details"] = {
      awsEcrContainerImage: {
        architecture: image.architecture,
        imageHash: image.digest,
        imageTags: [...image.tags],
        ...image.inUseCount !== void 0 ? { inUseCount: image.inUseCount } : {},
        ...image.lastInUseAt !== void 0 ? { lastInUseAt: sec(image.lastInUseAt) } : {},
        ...image.platform !== void 0 ? { platform: image.platform } : {},
        pushedAt: sec(image.pushedAt),
        registry: account,
        repositoryName: image.repositoryName
      }
    };
  } else if (ec2) {
    out["details"] = {
      awsEc2Instance: {
        iamInstanceProfileArn: `arn:aws:iam::${account}:instance-profile/AmazonSSMRoleForInstancesQuickSetup`,
        imageId: ec2.amiId,
        ipV4Addresses: [...ec2.ipV4],
        ipV6Addresses: [],
        ...ec2.keyName !== void 0 ? { keyName: ec2.keyName } : {},
        launchedAt: sec(ec2.launchedAt),
        platform: ec2.platform,
        subnetId: ec2.subnetId,
        type: ec2.type,
        vpcId: ec2.vpcId
      }
    };
  } else if (lambda) {
    out["details"] = {
      awsLambdaFunction: {
        architectures: [lambda.architecture],
        codeSha256: lambda.codeSha256,
        executionRoleArn: lambda.executionRoleArn,
        functionName: lambda.functionName,
        lastModifiedAt: sec(lambda.lastModifiedAt),
        ...lambda.layers.length > 0 ? { layers: [...lambda.layers] } : {},
        packageType: "ZIP",
        runtime: lambda.runtime,
        version: "$LATEST"
      }
    };
  }
  return out;
}
function packageFinding(f) {
  const facts = factsOf(f.ref, f.target);
  const { vuln, target } = facts;
  const cvss = [];
  if (vuln.cvss)
    cvss.push({ baseScore: vuln.cvss.score, scoringVector: vuln.cvss.vector, source: "NVD", version: "3.1" });
  if (target.vendorCvss && facts.source !== "NVD") {
    cvss.unshift({
      baseScore: target.vendorCvss.score,
      scoringVector: target.vendorCvss.vector,
      source: facts.source,
      version: "3.1"
    });
  }
  const out = {
    description: vuln.summary,
    epss: { score: vuln.epss },
    exploitAvailable: facts.exploitAvailable,
    fixAvailable: facts.fixAvailable,
    packageVulnerabilityDetails: {
      cvss,
      referenceUrls: [...facts.referenceUrls],
      relatedVulnerabilities: [...target.related ?? []],
      source: facts.source,
      sourceUrl: facts.sourceUrl,
      vendorCreatedAt: sec(day(vuln.published)),
      ...facts.vendorSeverity !== void 0 ? { vendorSeverity: facts.vendorSeverity } : {},
      vulnerabilityId: vuln.id,
      vulnerablePackages: packagesOf(f)
    },
    remediation: { recommendation: { text: "None Provided" } }
  };
  if (vuln.exploitSeen !== void 0) {
    out["exploitabilityDetails"] = { lastKnownExploitAt: sec(day(vuln.exploitSeen)) };
  }
  if (facts.inspectorScore !== void 0 && facts.scoringVector !== void 0) {
    out["inspectorScore"] = facts.inspectorScore;
    out["inspectorScoreDetails"] = {
      adjustedCvss: {
        adjustments: [],
        cvssSource: target.vendorCvss && facts.source !== "NVD" ? facts.source : "NVD",
        score: facts.inspectorScore,
        scoreSource: facts.source,
        scoringVector: facts.scoringVector,
        version: "3.1"
      }
    };
  }
  return out;
}
function networkFinding(f) {
  const rule = PORT_RULES[f.ref];
  const ec2 = f.resource.ec2;
  return {
    description: `On the instance ${ec2.instanceId}, the port range ${rule.port}-${rule.port} is reachable from the InternetGateway ${ec2.igw} from an attached ENI ${ec2.eni}.`,
    networkReachabilityDetails: {
      networkPath: { steps: networkSteps(f.resource) },
      openPortRange: { begin: rule.port, end: rule.port },
      protocol: rule.protocol
    },
    remediation: { recommendation: { text: NETWORK_REMEDIATION } }
  };
}
function codeFinding(f) {
  const rule = CODE_RULES[f.ref];
  const fileName = rule.file.slice(rule.file.lastIndexOf("/") + 1);
  return {
    codeVulnerabilityDetails: {
      cwes: [rule.cwe],
      detectorId: rule.detectorId,
      detectorName: rule.detectorName,
      detectorTags: [...rule.detectorTags],
      filePath: { endLine: rule.line, fileName, filePath: rule.file, startLine: rule.line },
      ruleId: rule.ruleId
    },
    description: rule.description,
    remediation: { recommendation: { text: rule.recommendation } }
  };
}
function findingJson(f, now, region, account) {
  const body = f.type === "PACKAGE_VULNERABILITY" ? packageFinding(f) : f.type === "NETWORK_REACHABILITY" ? networkFinding(f) : codeFinding(f);
  return {
    awsAccountId: account,
    ...body,
    findingArn: f.arn,
    firstObservedAt: sec(f.firstObservedAt),
    lastObservedAt: sec(f.lastObservedAt),
    resources: [resourceJson(f.resource, region, account)],
    severity: severityOf(f),
    status: statusAt(f, now),
    title: titleOfFinding(f),
    type: f.type,
    updatedAt: sec(updatedAtOf(f, now))
  };
}
function findingDetailJson(f) {
  const { vuln } = factsOf(f.ref, f.target);
  const out = {
    cwes: [...vuln.cwes],
    epssScore: vuln.epss,
    findingArn: f.arn,
    referenceUrls: [
      `https://nvd.nist.gov/vuln/detail/${vuln.id}`,
      `https://www.cve.org/CVERecord?id=${vuln.id}`
    ]
  };
  if (vuln.kev) {
    out["cisaData"] = {
      action: vuln.kev.action,
      dateAdded: sec(day(vuln.kev.dateAdded)),
      dateDue: sec(day(vuln.kev.dateDue))
    };
  }
  if (vuln.exploitSeen !== void 0) {
    const firstSeen = Math.min(day(vuln.exploitSeen), day(vuln.published) + 14 * 864e5);
    out["exploitObserved"] = { firstSeen: sec(firstSeen), lastSeen: sec(day(vuln.exploitSeen)) };
  }
  return out;
}

// src/emulator/inspector2/reports.ts
var REPORT_ERROR_CODES = [
  "INTERNAL_ERROR",
  "INVALID_PERMISSIONS",
  "NO_FINDINGS_FOUND",
  "BUCKET_NOT_FOUND",
  "INCOMPATIBLE_BUCKET_REGION",
  "MALFORMED_KMS_KEY"
];
var ERROR_MESSAGES = {
  INTERNAL_ERROR: "Internal error.",
  INVALID_PERMISSIONS: "Unable to write to the S3 bucket: check the bucket and KMS key policies.",
  NO_FINDINGS_FOUND: "No findings matched the report's filter criteria.",
  BUCKET_NOT_FOUND: "The specified bucket does not exist.",
  INCOMPATIBLE_BUCKET_REGION: "The S3 bucket is not in the same region as Inspector.",
  MALFORMED_KMS_KEY: "The KMS key is malformed or cannot be used."
};
function reportErrorMessage(code) {
  return ERROR_MESSAGES[code];
}
function checkReportFaults(update) {
  if (update === null || typeof update !== "object" || Array.isArray(update))
    throw new Error("report faults must be an object");
  const out = {};
  for (const [key, value] of Object.entries(update)) {
    const ok = key === "slowSeconds" ? typeof value === "number" && value >= 0 : key === "fail" ? REPORT_ERROR_CODES.includes(value) : key === "cancel" || key === "missingObject" || key === "truncatedObject" ? typeof value === "boolean" : key === "echoDestination" || key === "echoFilter" ? value !== null && typeof value === "object" && !Array.isArray(value) : false;
    if (!ok) {
      throw new Error(
        `invalid report fault ${key}=${JSON.stringify(value)}: expected slowSeconds >= 0, fail ${REPORT_ERROR_CODES.join("|")}, cancel|missingObject|truncatedObject true|false, echoDestination|echoFilter an object`
      );
    }
    out[key] = value;
  }
  return out;
}
var Reports = class {
  constructor(acct, listings, reportSeconds, writer = void 0, faults = {}) {
    this.acct = acct;
    this.listings = listings;
    this.reportSeconds = reportSeconds;
    this.writer = writer;
    this.faults = faults;
  }
  acct;
  listings;
  reportSeconds;
  writer;
  faults;
  reports = /* @__PURE__ */ new Map();
  latest;
  settling = /* @__PURE__ */ new Map();
  find(reportId) {
    const id = reportId ?? this.latest;
    const report = id === void 0 ? void 0 : this.reports.get(id);
    if (report === void 0) throw resourceNotFound(`The report ${reportId ?? "(latest)"} does not exist.`);
    return report;
  }
  create(input, now) {
    const n = this.reports.size + 1;
    const hex = this.acct.hex(32, "report", n, now);
    const reportId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const report = {
      reportId,
      reportFormat: input["reportFormat"],
      destination: { ...input["s3Destination"] },
      ...input["filterCriteria"] !== void 0 ? { filterCriteria: input["filterCriteria"] } : {},
      createdAt: now,
      doneAt: now + this.acct.scaled(this.reportSeconds + (this.faults.slowSeconds ?? 0)),
      faults: { ...this.faults },
      status: "IN_PROGRESS"
    };
    this.reports.set(reportId, report);
    this.latest = reportId;
    return { reportId };
  }
  async status(reportId, now) {
    const report = this.find(reportId);
    if (report.status === "IN_PROGRESS" && now >= report.doneAt) await this.settle(report);
    const filter = report.faults.echoFilter ?? report.filterCriteria;
    return {
      destination: { ...report.faults.echoDestination ?? report.destination },
      ...report.errorCode !== void 0 ? { errorCode: report.errorCode } : {},
      ...report.errorMessage !== void 0 ? { errorMessage: report.errorMessage } : {},
      ...filter !== void 0 ? { filterCriteria: filter } : {},
      reportId: report.reportId,
      status: report.status
    };
  }
  cancel(reportId, now) {
    const report = this.find(reportId);
    if (report.status === "IN_PROGRESS" && now < report.doneAt) report.status = "CANCELLED";
    return { reportId: report.reportId };
  }
  settle(report) {
    let pending = this.settling.get(report.reportId);
    if (pending === void 0) {
      pending = this.write(report);
      this.settling.set(report.reportId, pending);
    }
    return pending;
  }
  async write(report) {
    const findings = this.listings.findings(report.filterCriteria, void 0, report.createdAt);
    const fail = (errorCode, errorMessage) => {
      report.status = "FAILED";
      report.errorCode = errorCode;
      report.errorMessage = errorMessage;
    };
    const { faults } = report;
    if (faults.cancel) {
      report.status = "CANCELLED";
      return;
    }
    if (faults.fail !== void 0) {
      fail(faults.fail, reportErrorMessage(faults.fail));
      return;
    }
    if (findings.length === 0) {
      fail("NO_FINDINGS_FOUND", reportErrorMessage("NO_FINDINGS_FOUND"));
      return;
    }
    if (faults.missingObject) {
      report.status = "SUCCEEDED";
      return;
    }
    if (this.writer === void 0) {
      fail("INTERNAL_ERROR", "This emulator has no S3 endpoint to write findings reports to.");
      return;
    }
    const { region, accountId } = this.acct;
    const render = function* (list) {
      for (const f of list) yield findingJson(f, report.createdAt, region, accountId);
    };
    const error = await this.writer.write(report, render(findings), {
      truncate: faults.truncatedObject === true
    });
    if (error) fail(error.errorCode, error.errorMessage);
    else report.status = "SUCCEEDED";
  }
};

export {
  avalanche,
  hash,
  Random,
  BASE62,
  HEX,
  unit,
  ServiceError,
  CATALOG,
  catalogIndexOf,
  SEVERITY_RANK,
  factsOf,
  PORT_RULES,
  CODE_RULES,
  Account2,
  statusAt,
  updatedAtOf,
  sec,
  packagesOf,
  severityOf,
  titleOfFinding,
  networkSteps,
  findingJson,
  findingDetailJson,
  validation,
  invalidField,
  accessDenied,
  internalServer,
  throttled,
  missingToken,
  notServed,
  reportErrorMessage,
  checkReportFaults,
  Reports
};
