/** Catalog entries for operating-system packages (Amazon Linux 2 and 2023, Ubuntu 22.04). */
import { APPLY_MITIGATIONS, APPLY_UPDATES, pkg, V, type Vulnerability } from "./catalog-types.js";

export const OS_VULNERABILITIES: readonly Vulnerability[] = [
  {
    id: "CVE-2023-44487",
    summary:
      "The HTTP/2 protocol lets a client reset many streams quickly (Rapid Reset), causing denial of service on servers.",
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
        related: ["USN-6427-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("libnghttp2", "1.55.1", "0:1.57.0-1.amzn2023.0.1", "1.amzn2023.0.1")],
        vendorSeverity: "Important",
        related: ["ALAS2023-2023-390"],
      },
      { eco: "go", packages: [pkg("golang.org/x/net", "v0.15.0", "0.17.0")] },
      { eco: "jar", packages: [pkg("io.netty:netty-codec-http2", "4.1.97.Final", "4.1.100.Final")] },
    ],
  },
  {
    id: "CVE-2023-38545",
    summary:
      "curl can overflow a heap buffer during the SOCKS5 proxy handshake when the host name is too long to resolve locally.",
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
          pkg("libcurl4", "7.81.0", "0:7.81.0-1ubuntu1.14", "1ubuntu1.13"),
        ],
        vendorSeverity: "high",
        related: ["USN-6429-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("libcurl-minimal", "8.2.1", "0:8.3.0-1.amzn2023.0.2", "1.amzn2023.0.3")],
        vendorSeverity: "Critical",
        related: ["ALAS2023-2023-383"],
      },
    ],
  },
  {
    id: "CVE-2023-38546",
    summary:
      "libcurl can load cookies from a file named 'none' in the working directory after a handle is duplicated, injecting cookies an attacker placed there.",
    cvss: { score: 3.7, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N" },
    cwes: ["CWE-73"],
    epss: 0.00104,
    published: "2023-10-18",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libcurl4", "7.81.0", "0:7.81.0-1ubuntu1.14", "1ubuntu1.13")],
        vendorSeverity: "low",
        related: ["USN-6429-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("libcurl-minimal", "8.2.1", "0:8.3.0-1.amzn2023.0.2", "1.amzn2023.0.3")],
        vendorSeverity: "Low",
      },
    ],
  },
  {
    id: "CVE-2021-22923",
    summary:
      "curl passes the credentials used to fetch a metalink file on to every server the content is then downloaded from.",
    cvss: { score: 5.3, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N" },
    cwes: ["CWE-522"],
    epss: 0.00284,
    published: "2021-08-05",
    targets: [
      {
        eco: "al2",
        packages: [
          pkg("curl", "7.79.1", "0:7.79.1-4.amzn2.0.1", "1.amzn2.0.1"),
          pkg("libcurl", "7.79.1", "0:7.79.1-4.amzn2.0.1", "1.amzn2.0.1"),
        ],
        vendorSeverity: "Medium",
      },
    ],
  },
  {
    id: "CVE-2024-6119",
    summary:
      "OpenSSL may read an invalid memory address when checking a certificate's name against an otherName subject alternative name, causing a crash.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-843"],
    epss: 0.00045,
    published: "2024-09-03",
    targets: [
      {
        eco: "ubuntu",
        packages: [
          pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.18", "0ubuntu1.15"),
          pkg("openssl", "3.0.2", "0:3.0.2-0ubuntu1.18", "0ubuntu1.15"),
        ],
        vendorSeverity: "medium",
        vendorCvss: { score: 5.9, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H" },
        related: ["USN-6986-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("openssl-libs", "3.0.8", "1:3.0.8-1.amzn2023.0.14", "1.amzn2023.0.11")],
        vendorSeverity: "Medium",
      },
    ],
  },
  {
    id: "CVE-2023-5363",
    summary:
      "OpenSSL processes key and IV length changes after initialisation, which can truncate or overrun them and weaken the confidentiality of some ciphers.",
    cvss: { score: 7.5, vector: V.netLeak },
    cwes: ["CWE-325"],
    epss: 0.00206,
    published: "2023-10-25",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.12", "0ubuntu1.10")],
        vendorSeverity: "medium",
        related: ["USN-6450-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("openssl-libs", "3.0.8", "1:3.0.8-1.amzn2023.0.9", "1.amzn2023.0.8")],
        vendorSeverity: "Important",
      },
    ],
  },
  {
    id: "CVE-2023-0286",
    summary:
      "OpenSSL confuses types when processing X.400 addresses in a GENERAL_NAME, letting an attacker read memory or crash the process.",
    cvss: { score: 7.4, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:H" },
    cwes: ["CWE-843"],
    epss: 0.00578,
    published: "2023-02-08",
    targets: [
      {
        eco: "al2",
        packages: [pkg("openssl-libs", "1.0.2k", "1:1.0.2k-24.amzn2.0.7", "24.amzn2.0.4")],
        vendorSeverity: "Important",
        related: ["ALAS2-2023-1946"],
      },
      {
        eco: "ubuntu",
        packages: [pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.8", "0ubuntu1.7")],
        vendorSeverity: "high",
        related: ["USN-5844-1"],
      },
    ],
  },
  {
    id: "CVE-2022-0778",
    summary:
      "OpenSSL's BN_mod_sqrt loops forever on some inputs, so parsing a crafted certificate can hang a client or server.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-835"],
    epss: 0.02152,
    published: "2022-03-15",
    targets: [
      {
        eco: "al2",
        packages: [pkg("openssl-libs", "1.0.2k", "1:1.0.2k-24.amzn2.0.7", "24.amzn2.0.4")],
        vendorSeverity: "Important",
      },
    ],
  },
  {
    id: "CVE-2024-5535",
    summary:
      "OpenSSL's SSL_select_next_proto may read past a buffer when called with an empty supported-protocols list, exposing memory.",
    cvss: { score: 9.1, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H" },
    cwes: ["CWE-200"],
    epss: 0.00097,
    published: "2024-06-27",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libssl3", "3.0.2", "0:3.0.2-0ubuntu1.17", "0ubuntu1.15")],
        vendorSeverity: "low",
        vendorCvss: { score: 3.7, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N" },
        related: ["USN-6937-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("openssl-libs", "3.0.8", "1:3.0.8-1.amzn2023.0.14", "1.amzn2023.0.11")],
        vendorSeverity: "Low",
      },
    ],
  },
  {
    id: "CVE-2021-3156",
    summary:
      "Sudo mishandles backslashes when parsing command lines in shell mode, allowing a local user to overflow a heap buffer and gain root (Baron Samedit).",
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
        related: ["ALAS2-2021-1590"],
      },
    ],
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
        related: ["ALAS2-2022-1745"],
      },
    ],
  },
  {
    id: "CVE-2023-4911",
    summary:
      "The GNU C library's dynamic loader overflows a buffer while processing the GLIBC_TUNABLES variable, letting a local user gain root (Looney Tunables).",
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
          pkg("glibc-common", "2.34", "0:2.34-52.amzn2023.0.7", "52.amzn2023.0.3"),
        ],
        vendorSeverity: "Important",
        related: ["ALAS2023-2023-357"],
      },
      {
        eco: "ubuntu",
        packages: [pkg("libc6", "2.35", "0:2.35-0ubuntu3.4", "0ubuntu3.3")],
        vendorSeverity: "high",
        related: ["USN-6409-1"],
      },
    ],
  },
  {
    id: "CVE-2023-45853",
    summary:
      "MiniZip in zlib overflows an integer on long file names or comments in zipOpenNewFileInZip4_64; distributions mostly leave it unfixed as MiniZip is not part of the library they ship.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-190"],
    epss: 0.01072,
    published: "2023-10-14",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("zlib1g", "1:1.2.11.dfsg", undefined, "2ubuntu9.2")],
        vendorSeverity: "low",
      },
      {
        eco: "al2023",
        packages: [pkg("zlib", "1.2.11", undefined, "33.amzn2023.0.5")],
        vendorSeverity: "Medium",
      },
    ],
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
        vendorSeverity: "Important",
      },
    ],
  },
  {
    id: "CVE-2024-45490",
    summary: "libexpat does not reject a negative length passed to XML_ParseBuffer, corrupting memory.",
    cvss: { score: 9.8, vector: V.netHigh },
    cwes: ["CWE-190"],
    epss: 0.00181,
    published: "2024-08-30",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libexpat1", "2.4.7", "0:2.4.7-1ubuntu0.4", "1ubuntu0.3")],
        vendorSeverity: "medium",
        related: ["USN-7000-1"],
      },
    ],
  },
  {
    id: "CVE-2023-29491",
    summary:
      "ncurses trusts terminfo data from the environment in setuid programs, letting a local user corrupt memory.",
    cvss: { score: 7.8, vector: V.localRoot },
    cwes: ["CWE-787"],
    epss: 0.00043,
    published: "2023-04-14",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libncursesw6", "6.3", "0:6.3-2ubuntu0.1", "2")],
        vendorSeverity: "medium",
        related: ["USN-6099-1"],
      },
      {
        eco: "al2023",
        packages: [pkg("ncurses-libs", "6.2", "0:6.2-4.20200222.amzn2023.0.5", "4.20200222.amzn2023.0.4")],
        vendorSeverity: "Medium",
      },
    ],
  },
  {
    id: "CVE-2024-29069",
    summary:
      "snapd follows symbolic links when extracting a snap, so a malicious snap can make it copy privileged files into a world-readable directory.",
    cvss: { score: 7.3, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-59"],
    epss: 0.00043,
    published: "2024-07-25",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("snapd", "2.63", "0:2.63+22.04ubuntu0.1")],
        vendorSeverity: "medium",
        vendorCvss: { score: 4.8, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:L/I:L/A:L" },
        related: ["USN-6940-1"],
      },
    ],
  },
  {
    id: "CVE-2021-33910",
    summary:
      "systemd allocates a stack buffer sized by a mount path a local user controls, so a long path crashes the system.",
    cvss: { score: 5.5, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H" },
    cwes: ["CWE-770"],
    epss: 0.00049,
    published: "2021-07-20",
    targets: [
      {
        eco: "al2",
        packages: [
          pkg("systemd", "219", "0:219-78.amzn2.0.15", "78.amzn2.0.14"),
          pkg("systemd-libs", "219", "0:219-78.amzn2.0.15", "78.amzn2.0.14"),
        ],
        vendorSeverity: "Medium",
      },
    ],
  },
  {
    id: "CVE-2025-38064",
    summary:
      "In the Linux kernel, virtio devices were not broken and reset on device_shutdown(), which could lead to use of freed resources.",
    cvss: { score: 7.0, vector: "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H" },
    cwes: ["CWE-416"],
    epss: 0.00021,
    published: "2025-06-18",
    targets: [
      {
        eco: "al2",
        packages: [pkg("kernel", "4.14.355", "0:5.15.189-131.202.amzn2", "280.652.amzn2")],
        vendorSeverity: "Important",
        related: ["ALAS2-2025-2955"],
      },
      {
        eco: "al2023",
        packages: [pkg("kernel", "6.1.132", "0:6.1.141-155.222.amzn2023", "147.210.amzn2023")],
        vendorSeverity: "Important",
        related: ["ALAS2023-2025-1130"],
      },
    ],
  },
  {
    id: "CVE-2025-0395",
    summary:
      "The GNU C library's assert() reports a failure into a buffer that may be too small for the message, overflowing it.",
    cwes: ["CWE-131"],
    epss: 0.00038,
    published: "2025-01-22",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libc6", "2.35", undefined, "0ubuntu3.3")],
        vendorSeverity: "untriaged",
      },
    ],
  },
  {
    id: "CVE-2017-11164",
    summary:
      "PCRE's match function recurses without bound on some patterns, exhausting the stack; the distribution rates it negligible.",
    cvss: { score: 7.5, vector: V.netDos },
    cwes: ["CWE-674"],
    epss: 0.00541,
    published: "2017-07-11",
    targets: [
      {
        eco: "ubuntu",
        packages: [pkg("libpcre3", "2:8.39", undefined, "13ubuntu0.22.04.1")],
        vendorSeverity: "negligible",
      },
    ],
  },
];
