import {
  CLASSIC_SEVERITIES,
  ConfigError,
  ExitCode,
  GateError,
  INSPECTOR2_SEVERITIES,
  INSPECTOR2_SEVERITY,
  InspectorError,
  SEVERITIES,
  SEVERITY_RANK,
  assetLabel,
  emptySeverityCounts,
  errorMessage,
  publishedRulesPackageName,
  resourceLabel,
  severityRank,
  silentLogger,
  subjectLabel,
  systemClock
} from "./chunks/chunk-67KNXPF6.js";

// src/baseline/fingerprint.ts
import * as crypto from "node:crypto";
var FINGERPRINT_ALGORITHM = "inspector-gate/v1";
var FINGERPRINT_LENGTH = 22;
var CLASSIC_ID_ATTRIBUTES = ["CVE_ID", "RULE_ID", "BENCHMARK_RULE_ID"];
var CLASSIC_PLACE_ATTRIBUTES = ["PORT", "PROTOCOL"];
function attribute(finding, key) {
  for (const a of finding.attributes ?? []) if (a.key === key && a.value !== void 0) return a.value;
  return void 0;
}
function rulesPackageKey(finding) {
  if (finding.rulesPackageName !== void 0 && finding.rulesPackageName !== "")
    return `name:${finding.rulesPackageName}`;
  const arn = finding.rulesPackageArn;
  if (arn === void 0 || arn === "") return "";
  const at = arn.indexOf(":rulespackage/");
  return at >= 0 ? `arn:${arn.slice(at + 1)}` : `arn:${arn}`;
}
function classicParts(finding) {
  let what = finding.id;
  if (what === void 0 || what === "") {
    for (const key of CLASSIC_ID_ATTRIBUTES) {
      const value = attribute(finding, key);
      if (value !== void 0 && value !== "") {
        what = `${key}=${value}`;
        break;
      }
    }
  }
  if (what === void 0 || what === "") return void 0;
  const asset = finding.asset ?? {};
  const where3 = asset.agentId !== void 0 && asset.agentId !== "" ? `agent:${asset.agentId}` : asset.hostname !== void 0 && asset.hostname !== "" ? `host:${asset.hostname}` : "";
  const parts = ["classic", rulesPackageKey(finding), what, where3];
  for (const key of CLASSIC_PLACE_ATTRIBUTES) {
    const value = attribute(finding, key);
    if (value !== void 0) parts.push(`${key}=${value}`);
  }
  return parts;
}
function repositoryOfImageArn(id) {
  const at = id.lastIndexOf("/sha256:");
  return at > 0 ? id.slice(0, at) : id;
}
function unqualifiedFunctionArn(id) {
  const m = /^(arn:[^:]+:lambda:[^:]*:[^:]*:function:[^:]+)/.exec(id);
  return m ? m[1] : id;
}
function resourceKey(resource) {
  const d = resource.details;
  switch (resource.type) {
    case "AWS_ECR_CONTAINER_IMAGE": {
      const image = d?.awsEcrContainerImage;
      if (resource.id.startsWith("arn:")) return `ecr:${repositoryOfImageArn(resource.id)}`;
      const registry = image?.registry ?? "";
      return `ecr:${resource.region ?? ""}:${registry}:${image?.repositoryName ?? repositoryOfImageArn(resource.id)}`;
    }
    case "AWS_LAMBDA_FUNCTION": {
      if (resource.id.startsWith("arn:")) return `lambda:${unqualifiedFunctionArn(resource.id)}`;
      return `lambda:${resource.region ?? ""}:${d?.awsLambdaFunction?.functionName ?? resource.id}`;
    }
    case "AWS_EC2_INSTANCE":
      return `ec2:${resource.id}`;
    case "CODE_REPOSITORY": {
      const code = d?.codeRepository;
      return code?.projectName !== void 0 ? `code:${code.providerType ?? ""}:${code.projectName}` : `code:${resource.id}`;
    }
    default:
      return `${resource.type}:${resource.id}`;
  }
}
function inspector2Parts(finding, resources) {
  let what;
  const pvd = finding.packageVulnerabilityDetails;
  const net = finding.networkReachabilityDetails;
  const code = finding.codeVulnerabilityDetails;
  if (pvd?.vulnerabilityId) what = `vulnerability:${pvd.vulnerabilityId}`;
  else if (net?.openPortRange !== void 0 || net?.protocol !== void 0) {
    const range = net.openPortRange;
    what = `network:${net.protocol ?? ""}:${range ? `${range.begin}-${range.end}` : ""}`;
  } else if (code?.detectorId !== void 0 || code?.ruleId !== void 0) {
    const file = code.filePath?.filePath ?? code.filePath?.fileName ?? "";
    what = `code:${code.detectorId ?? ""}:${code.ruleId ?? ""}:${file}`;
  } else if (finding.id !== void 0 && finding.id !== "") what = `id:${finding.id}`;
  if (what === void 0) return void 0;
  const where3 = [...new Set(resources.map(resourceKey))].sort();
  const packages = [...new Set((pvd?.vulnerablePackages ?? []).map((p) => p.name))].sort();
  return ["inspector2", what, where3.join("\n"), packages.join("\n")];
}
function fingerprintParts(finding) {
  const resources = finding.resources;
  return resources !== void 0 && resources.length > 0 ? inspector2Parts(finding, resources) : classicParts(finding);
}
var oneShot = crypto.hash;
var sha256 = oneShot ? (text) => oneShot("sha256", text, "base64url") : (text) => crypto.createHash("sha256").update(text).digest("base64url");
function fingerprintOf(parts) {
  return sha256(JSON.stringify(parts)).slice(0, FINGERPRINT_LENGTH);
}
function fingerprint(finding) {
  const parts = fingerprintParts(finding);
  return parts === void 0 ? void 0 : fingerprintOf(parts);
}

// src/policy/baseline.ts
var ABSENT_SAMPLE_LIMIT = 100;
function newOnlyOf(item, policy) {
  return item.newOnly ?? policy.baseline?.newOnly ?? false;
}
function fleetOf(item, policy) {
  return item.fleet ?? policy.fleet?.limits ?? "per-gate";
}
function usesBaseline(policy) {
  return policy.baseline !== void 0 || policy.severityLimits.some((l) => l.newOnly !== void 0) || policy.rules.some((r) => r.newOnly !== void 0);
}
function countsNewOnly(policy) {
  return policy.severityLimits.some((l) => newOnlyOf(l, policy)) || policy.rules.some((r) => newOnlyOf(r, policy));
}
var STATE_NONE = 0;
var STATE_NEW = 1;
var STATE_UNCHANGED = 2;
var HIGHEST_FIRST = [...SEVERITIES].reverse();
function counts(byRank) {
  const out = {};
  for (const s of HIGHEST_FIRST) out[s] = byRank[SEVERITY_RANK[s]];
  return out;
}
var FingerprintCollector = class {
  groups = /* @__PURE__ */ new Map();
  unfingerprinted = 0;
  add(print, rank, rules, n) {
    if (print === void 0) {
      this.unfingerprinted++;
      return;
    }
    let key = String(rank);
    for (let i = 0; i < n; i++) key += `,${rules[i]}`;
    let group = this.groups.get(key);
    if (group === void 0) {
      group = { severity: rank, rules: Array.from(rules.slice(0, n)).sort((a, b) => a - b), prints: [] };
      this.groups.set(key, group);
    }
    group.prints.push(print);
  }
  finish(policy) {
    const groups = [...this.groups.values()].sort((a, b) => b.severity - a.severity || a.rules.join(",").localeCompare(b.rules.join(","))).map((g) => ({
      severity: SEVERITIES[g.severity],
      rules: g.rules.map((i) => policy.rules[i].id),
      fingerprints: g.prints.sort()
    }));
    return { algorithm: FINGERPRINT_ALGORITHM, unfingerprinted: this.unfingerprinted, groups };
  }
};
var BaselineTracker = class {
  constructor(policy, baseline, collect2, limitByRank) {
    this.policy = policy;
    this.baseline = baseline;
    this.limitNewOnly = Uint8Array.from(policy.severityLimits, (l) => newOnlyOf(l, policy) ? 1 : 0);
    this.ruleNewOnly = Uint8Array.from(policy.rules, (r) => newOnlyOf(r, policy) ? 1 : 0);
    this.limitNew = policy.severityLimits.map(() => 0);
    this.ruleNew = policy.rules.map(() => 0);
    this.left = baseline?.counter();
    this.collector = collect2 ? new FingerprintCollector() : void 0;
    for (const [i, r] of policy.rules.entries()) this.ruleIndex.set(r.id, i);
    this.limitByRank = limitByRank;
  }
  policy;
  baseline;
  limitNewOnly;
  ruleNewOnly;
  limitNew;
  ruleNew;
  left;
  collector;
  /** Baseline rule-id lists bound to this policy's rule indexes. */
  masks = /* @__PURE__ */ new Map();
  ruleIndex = /* @__PURE__ */ new Map();
  limitByRank;
  newByRank = SEVERITIES.map(() => 0);
  unchangedByRank = SEVERITIES.map(() => 0);
  unfingerprinted = 0;
  // The finding being added.
  print;
  slot;
  rank = 0;
  matched = [];
  matchedCount = 0;
  maskOf(group) {
    let mask = this.masks.get(group);
    if (mask === void 0) {
      mask = new Uint8Array(this.policy.rules.length);
      for (const id of group.rules) {
        const i = this.ruleIndex.get(id);
        if (i !== void 0) mask[i] = 1;
      }
      this.masks.set(group, mask);
    }
    return mask;
  }
  /** Starts a finding: its fingerprint, and the baseline entry it takes (if any). */
  begin(finding, rank) {
    this.print = fingerprint(finding);
    this.rank = rank;
    this.matchedCount = 0;
    this.slot = this.print !== void 0 && this.baseline !== void 0 ? this.baseline.take(this.print, rank, this.left) : void 0;
    if (this.baseline === void 0) return;
    if (this.print === void 0) this.unfingerprinted++;
    if (this.slot !== void 0) this.unchangedByRank[rank]++;
    else this.newByRank[rank]++;
  }
  /** The finding's state for the severity limit of its severity. */
  limitState() {
    if (this.baseline === void 0) return STATE_NONE;
    return this.slot !== void 0 ? STATE_UNCHANGED : STATE_NEW;
  }
  /** The finding's state for a rule it matches. */
  ruleState(rule) {
    if (this.baseline === void 0) return STATE_NONE;
    return this.slot !== void 0 && this.maskOf(this.slot.group)[rule] === 1 ? STATE_UNCHANGED : STATE_NEW;
  }
  /** The finding matched this rule (before exceptions): it could count for it. */
  matchedRule(rule) {
    this.matched[this.matchedCount++] = rule;
  }
  /** The finding counted (after exceptions) for a limit or a rule, in this state. */
  countedLimit(limit, state) {
    if (state === STATE_NEW) this.limitNew[limit]++;
  }
  countedRule(rule, state) {
    if (state === STATE_NEW) this.ruleNew[rule]++;
  }
  end() {
    this.collector?.add(this.print, this.rank, this.matched, this.matchedCount);
  }
  /** Whether a limit or rule with this count is violated. */
  limitViolated(limit, count, max) {
    return (this.baseline !== void 0 && this.limitNewOnly[limit] === 1 ? this.limitNew[limit] : count) > max;
  }
  ruleViolated(rule, count, max) {
    return (this.baseline !== void 0 && this.ruleNewOnly[rule] === 1 ? this.ruleNew[rule] : count) > max;
  }
  /** Only new findings are worth listing for a new-only target. */
  listLimit(limit, state) {
    return state !== STATE_UNCHANGED || this.limitNewOnly[limit] === 0;
  }
  listRule(rule, state) {
    return state !== STATE_UNCHANGED || this.ruleNewOnly[rule] === 0;
  }
  get hasBaseline() {
    return this.baseline !== void 0;
  }
  fingerprints() {
    return this.collector?.finish(this.policy);
  }
  /**
   * What is left of the baseline: absent findings per severity, per limit and per rule, and the named ones.
   * Undefined without a baseline.
   */
  finish(limitCounts, ruleCounts) {
    const baseline = this.baseline;
    const left = this.left;
    if (baseline === void 0 || left === void 0) return void 0;
    const absentByRank = SEVERITIES.map(() => 0);
    const limitAbsent = this.policy.severityLimits.map(() => 0);
    const ruleAbsent = this.policy.rules.map(() => 0);
    const named3 = [];
    for (const slot of baseline.slots()) {
      const n = left[slot.id];
      if (n === 0) continue;
      absentByRank[slot.rank] += n;
      const limit = this.limitByRank[slot.rank];
      if (limit >= 0) limitAbsent[limit] += n;
      const mask = this.maskOf(slot.group);
      for (let i = 0; i < mask.length; i++) if (mask[i] === 1) ruleAbsent[i] += n;
      const sample = baseline.sample(slot.fingerprint);
      if (sample !== void 0) named3.push(sample);
    }
    named3.sort(
      (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
    );
    const target = (newOnly2, count, fresh, absent) => ({
      mode: newOnly2 === 1 ? "new-only" : "all",
      new: fresh,
      unchanged: count - fresh,
      absent
    });
    return {
      comparison: {
        new: counts(this.newByRank),
        unchanged: counts(this.unchangedByRank),
        absent: counts(absentByRank),
        unfingerprinted: this.unfingerprinted,
        absentSamples: named3.slice(0, ABSENT_SAMPLE_LIMIT)
      },
      limits: limitCounts.map((c, i) => target(this.limitNewOnly[i], c, this.limitNew[i], limitAbsent[i])),
      rules: ruleCounts.map((c, i) => target(this.ruleNewOnly[i], c, this.ruleNew[i], ruleAbsent[i]))
    };
  }
};

// src/baseline/scope.ts
var MAX_LINEAGE = 1e3;
var CLASSIC_TEMPLATE = /^(arn:[^:]+:inspector:[^:]*:[^:]*:target\/[^/]+\/template\/[^/]+)\/run\//;
var V2_FINDING = /^arn:[^:]+:inspector2:([^:]*):([^:]*):/;
function templateOfArn(arn) {
  return CLASSIC_TEMPLATE.exec(arn)?.[1];
}
function specScope(spec) {
  const template = spec.templateArn ?? (spec.runArn !== void 0 ? templateOfArn(spec.runArn) : void 0);
  if (spec.kind === "run" || spec.kind === "template" || spec.kind === "latest")
    return { service: "inspector-classic", lineage: template ? [template] : [], detail: null };
  return { service: null, lineage: [], detail: null };
}
var ScopeObserver = class {
  services = /* @__PURE__ */ new Set();
  lineage = /* @__PURE__ */ new Set();
  lastPrefix = "\0";
  add(finding) {
    const arn = finding.arn;
    if (arn.startsWith(this.lastPrefix)) return;
    if (finding.resources !== void 0 && finding.resources.length > 0) {
      this.services.add("inspector2");
      const m = V2_FINDING.exec(arn);
      const region = m?.[1] ?? finding.resources[0]?.region ?? "";
      const account = m?.[2] ?? finding.awsAccountId ?? "";
      if (region !== "" || account !== "") this.note(`${region}:${account}`);
      if (m) this.lastPrefix = m[0];
      return;
    }
    this.services.add("inspector-classic");
    const template = CLASSIC_TEMPLATE.exec(arn)?.[1];
    if (template !== void 0) {
      this.note(template);
      this.lastPrefix = `${template}/run/`;
    }
  }
  note(entry) {
    if (this.lineage.size < MAX_LINEAGE) this.lineage.add(entry);
  }
  /** What was seen. */
  seen() {
    return { services: this.services, lineage: [...this.lineage] };
  }
};
function canonical(value) {
  return JSON.stringify(
    value,
    (_key, v) => v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : 1)) : v
  );
}
function declaredScope(source2) {
  if (source2 === null) return { service: null, lineage: [], detail: null };
  switch (source2.kind) {
    case "inspector-classic-run": {
      const template = source2.run?.templateArn ?? source2.templateArn ?? (source2.runArn !== void 0 ? templateOfArn(source2.runArn) : void 0);
      return { service: "inspector-classic", lineage: template ? [template] : [], detail: null };
    }
    case "file": {
      const services = new Set(source2.files.map((f) => f.format?.service).filter((s) => s !== void 0));
      const only = services.size === 1 ? [...services][0] : void 0;
      const service = only === "inspector-classic" || only === "inspector2" ? only : null;
      return { service, lineage: [], detail: null };
    }
    case "inspector2": {
      const declared = source2.scope;
      return {
        service: "inspector2",
        lineage: [],
        detail: declared === void 0 ? null : canonical(declared)
      };
    }
    default:
      return { service: null, lineage: [], detail: null };
  }
}
function scopeOf(source2, observer) {
  const declared = declaredScope(source2);
  const seen = observer?.seen();
  const services = /* @__PURE__ */ new Set([...declared.service ? [declared.service] : [], ...seen?.services ?? []]);
  const service = services.size === 1 ? [...services][0] : declared.service;
  const lineage = [.../* @__PURE__ */ new Set([...declared.lineage, ...seen?.lineage ?? []])].sort();
  return { service, lineage, detail: declared.detail };
}
var SERVICE_NAMES = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)"
};
function listed(values) {
  const shown2 = values.slice(0, 3).join(", ");
  return values.length > 3 ? `${shown2} and ${values.length - 3} more` : shown2;
}
function scopeMismatch(baseline, current) {
  if (baseline.service !== null && current.service !== null && baseline.service !== current.service) {
    return `it holds ${SERVICE_NAMES[baseline.service]} findings and this gate reads ${SERVICE_NAMES[current.service]} findings`;
  }
  const service = current.service ?? baseline.service;
  if (baseline.lineage.length > 0 && current.lineage.length > 0) {
    if (service === "inspector2") {
      const shared = baseline.lineage.some((l) => current.lineage.includes(l));
      if (!shared)
        return `its findings are of ${listed(baseline.lineage)} (region:account) and this gate's of ${listed(current.lineage)}`;
    } else {
      const same = baseline.lineage.length === current.lineage.length && baseline.lineage.every((l) => current.lineage.includes(l));
      if (!same)
        return `it is of the assessment template ${listed(baseline.lineage)} and this gate's findings are of ${listed(current.lineage)}`;
    }
  }
  if (baseline.detail !== null && current.detail !== null && baseline.detail !== current.detail) {
    return `it was taken over another scope (${baseline.detail}) than this gate's (${current.detail})`;
  }
  return void 0;
}

// src/baseline/gate.ts
function checkBaselineScope(baseline, scope) {
  const reason = scopeMismatch(baseline.scope, scope);
  if (reason !== void 0) {
    throw new ConfigError(
      "BASELINE_SCOPE",
      `Invalid baseline '${baseline.file}': ${reason}; a baseline serves only gates of its own scope.`
    );
  }
}
function baselineNotes(baseline, policy, digest) {
  if (baseline === void 0) {
    return countsNewOnly(policy) ? [
      "The policy counts only new findings (baseline: new-only) but no baseline was given (--baseline): every finding counts."
    ] : [];
  }
  const notes = [];
  if (baseline.policyDigest !== null && baseline.policyDigest !== digest) {
    notes.push(
      `The baseline '${baseline.file}' was taken under another policy: a finding counts as old only where that policy counted it (a rule added since counts every finding it matches as new).`
    );
  }
  if (!baseline.complete) {
    notes.push(
      `The baseline '${baseline.file}' holds only the findings its gate fetched (its policy let it filter): others count as new.`
    );
  }
  return notes;
}
function baselineUse(baseline, digest) {
  return {
    file: baseline.file,
    source: baseline.source,
    takenAt: baseline.takenAt,
    policyMatches: baseline.policyDigest === null ? null : baseline.policyDigest === digest
  };
}

// src/core/abort.ts
var GateAborted = class extends Error {
  constructor(reason) {
    super(`aborted: ${errorMessage(reason)}`);
    this.reason = reason;
    this.name = "GateAborted";
  }
  reason;
};
function untilAborted(promise, signal) {
  if (signal.aborted) {
    promise.catch(() => {
    });
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve2, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve2(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
function linkedAbort(parent) {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, dispose() {
    } };
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => parent.removeEventListener("abort", onAbort)
  };
}

// src/core/deadline.ts
var DeadlineExceeded = class extends Error {
  constructor(phase) {
    super(`deadline passed while ${phase}`);
    this.phase = phase;
    this.name = "DeadlineExceeded";
  }
  phase;
};
var DEADLINE_TICK_MS = 1e3;
function armDeadline(clock, deadline, expire, tickMs = DEADLINE_TICK_MS) {
  let timer;
  let state = "armed";
  const look = () => {
    timer = void 0;
    if (state !== "armed") return;
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      state = "fired";
      expire();
      return;
    }
    timer = setTimeout(look, Math.min(remaining, tickMs));
  };
  timer = setTimeout(look, Math.max(0, Math.min(deadline - clock.now(), tickMs)));
  return {
    disarm() {
      if (state === "armed") state = "disarmed";
      if (timer !== void 0) clearTimeout(timer);
      timer = void 0;
    },
    get fired() {
      return state === "fired";
    }
  };
}

// src/core/duration.ts
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  let s = Math.round(ms / 1e3);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts = [];
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (s || parts.length === 0) parts.push(`${s}s`);
  return parts.join(" ");
}

// src/gate-options.ts
var DEFAULT_TIMEOUT_MS = 2 * 60 * 60 * 1e3;
var DEFAULT_POLL_INTERVAL_MS = 1e4;
var DEFAULT_CONCURRENCY = 8;
var GIVE_UP_BUDGET_MS = 5e3;
function giveUpBudgetMs(deadline, now) {
  return Math.max(0, Math.min(GIVE_UP_BUDGET_MS, deadline + GIVE_UP_BUDGET_MS - now));
}
function checkOptions(options) {
  const positive = (name, value, integer = false) => {
    if (value === void 0) return;
    if (!Number.isFinite(value) || value <= 0 || integer && !Number.isInteger(value)) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid ${name} '${value}': expected a positive ${integer ? "integer" : "number"}.`
      );
    }
  };
  positive("timeout", options.timeoutMs);
  positive("poll interval", options.pollIntervalMs);
  positive("concurrency", options.concurrency, true);
  positive("max attempts", options.inspector?.maxAttempts, true);
}

// src/policy/digest.ts
import { createHash as createHash2 } from "node:crypto";
function isLocation(value) {
  const v = value;
  return typeof v === "object" && v !== null && typeof v.line === "number" && typeof v.column === "number";
}
function policyDigest(policy) {
  const { files: _files, name: _name, ...decides } = policy;
  const text = JSON.stringify(
    decides,
    (key, value) => key === "source" && isLocation(value) ? void 0 : value
  );
  return createHash2("sha256").update(text).digest("base64url").slice(0, 22);
}

// src/policy/conditions.ts
var SERVICE_NAMES2 = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)"
};
var SOURCE_SERVICES = {
  classic: ["inspector-classic"],
  inspector2: ["inspector2"],
  // Exported findings of either service: which one is known only once a file is read.
  file: ["inspector-classic", "inspector2"]
};
var BOTH = ["inspector-classic", "inspector2"];
var CLASSIC = ["inspector-classic"];
var V2 = ["inspector2"];
var CONDITIONS = {
  severity: { services: BOTH, reads: "severity" },
  "min-severity": { services: BOTH, reads: "severity" },
  id: { services: BOTH, reads: "id" },
  title: { services: BOTH, reads: "title" },
  "rules-package": { services: CLASSIC, reads: "rules package" },
  attributes: { services: CLASSIC, reads: "attributes" },
  "user-attributes": { services: CLASSIC, reads: "user attributes" },
  asset: { services: CLASSIC, reads: "Classic asset (agent, host name, Auto Scaling group, AMI)" },
  "numeric-severity": { services: CLASSIC, reads: "numeric severity" },
  confidence: { services: CLASSIC, reads: "confidence" },
  "indicator-of-compromise": { services: CLASSIC, reads: "indicator of compromise" },
  "vulnerability-id": { services: V2, reads: "package vulnerability id" },
  "finding-type": { services: V2, reads: "finding type" },
  "fix-available": { services: V2, reads: "fix availability" },
  "exploit-available": { services: V2, reads: "exploit availability" },
  epss: { services: V2, reads: "EPSS score" },
  "inspector-score": { services: V2, reads: "Inspector score" },
  kev: { services: V2, reads: "CISA KEV data" },
  package: { services: V2, reads: "vulnerable packages" },
  resource: { services: V2, reads: "resources (v2 resource type, id, tags, ECR image, Lambda function)" }
};
function appliesTo(condition, service) {
  return CONDITIONS[condition].services.includes(service);
}
var KIND_CLASSIC = 0;
var KIND_CLASSIC_UNNAMED = 1;
var KIND_V2 = 2;
var KIND_V2_NO_KEV = 3;
var FINDING_KINDS = 4;
function isInspector2(finding) {
  return finding.resources !== void 0 || finding.type !== void 0;
}
function findingKind(f) {
  if (f.resources !== void 0 || f.type !== void 0) {
    return f.kev === void 0 && f.packageVulnerabilityDetails !== void 0 ? KIND_V2_NO_KEV : KIND_V2;
  }
  return f.rulesPackageName === void 0 && f.rulesPackageArn !== void 0 ? KIND_CLASSIC_UNNAMED : KIND_CLASSIC;
}
function serviceOfKind(kind) {
  return kind >= KIND_V2 ? "inspector2" : "inspector-classic";
}
function absentKinds(condition) {
  const services = CONDITIONS[condition].services;
  let mask = 0;
  if (!services.includes("inspector-classic")) mask |= 1 << KIND_CLASSIC | 1 << KIND_CLASSIC_UNNAMED;
  if (!services.includes("inspector2")) mask |= 1 << KIND_V2 | 1 << KIND_V2_NO_KEV;
  return mask;
}
function unsureKinds(condition) {
  if (condition === "kev") return 1 << KIND_V2_NO_KEV;
  if (condition === "rules-package") return 1 << KIND_CLASSIC_UNNAMED;
  return 0;
}
function undecidedReason(condition, kind) {
  if (absentKinds(condition) >> kind & 1) {
    const service = SERVICE_NAMES2[serviceOfKind(kind)];
    return `'${condition}' cannot apply to ${service} findings: they have no ${CONDITIONS[condition].reads}`;
  }
  if (condition === "kev") {
    return "'kev' could not be decided: no CISA KEV data was fetched for these findings";
  }
  if (condition === "rules-package") {
    return "'rules-package' could not be decided: the findings' rules package name is not known, only its ARN";
  }
  return `'${condition}' could not be decided`;
}

// src/policy/fields.ts
var FIELDS = {
  id: (f) => f.id,
  vulnerabilityId: (f) => f.packageVulnerabilityDetails?.vulnerabilityId,
  title: (f) => f.title,
  agentId: (f) => f.asset?.agentId,
  hostname: (f) => f.asset?.hostname,
  autoScalingGroup: (f) => f.asset?.autoScalingGroup,
  amiId: (f) => f.asset?.amiId,
  rulesPackageName: (f) => f.rulesPackageName,
  rulesPackageArn: (f) => f.rulesPackageArn
};
function fieldConditions(match) {
  const out = [];
  const add = (name, patterns, condition) => {
    if (patterns !== void 0) out.push({ name, patterns, condition });
  };
  add("id", match.id, "id");
  add("vulnerabilityId", match.vulnerabilityId, "vulnerability-id");
  add("agentId", match.asset?.agentId, "asset");
  add("hostname", match.asset?.hostname, "asset");
  add("amiId", match.asset?.amiId, "asset");
  add("autoScalingGroup", match.asset?.autoScalingGroup, "asset");
  add("title", match.title, "title");
  return out;
}
function multiConditions(match) {
  const out = [];
  const add = (name, patterns, condition) => {
    if (patterns !== void 0) out.push({ name, patterns, condition });
  };
  add("packageName", match.package?.name, "package");
  add("ecrRepository", match.resource?.ecrRepository, "resource");
  add("lambdaFunction", match.resource?.lambdaFunction, "resource");
  add("resourceId", match.resource?.id, "resource");
  add("ecrImageTag", match.resource?.ecrImageTag, "resource");
  return out;
}

// src/policy/glob.ts
var always = () => true;
function tokenizeGlob(glob) {
  const tokens = [];
  let text = "";
  const flush = () => {
    if (text !== "") tokens.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\" && i + 1 < glob.length) {
      text += glob[++i];
    } else if (c === "*") {
      flush();
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") {
      flush();
      tokens.push({ kind: "one" });
    } else {
      text += c;
    }
  }
  flush();
  return tokens;
}
function globLiteral(glob) {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return "";
  const only = tokens[0];
  return tokens.length === 1 && only.kind === "text" ? only.text : void 0;
}
function globPrefix(glob) {
  const first = tokenizeGlob(glob)[0];
  return first?.kind === "text" ? first.text : "";
}
function starGlob(segments) {
  const first = segments[0];
  const last = segments.at(-1);
  const middle = segments.slice(1, -1).filter((s) => s !== "");
  const minLength = segments.reduce((n, s) => n + s.length, 0);
  if (middle.length === 0) {
    if (first === "" && last === "") return always;
    if (last === "") return (v) => v.startsWith(first);
    if (first === "") return (v) => v.endsWith(last);
    return (v) => v.length >= minLength && v.startsWith(first) && v.endsWith(last);
  }
  if (first === "" && last === "" && middle.length === 1) {
    const needle = middle[0];
    return (v) => v.includes(needle);
  }
  return (v) => {
    if (v.length < minLength || !v.startsWith(first) || !v.endsWith(last)) return false;
    let at = first.length;
    const end = v.length - last.length;
    for (const segment of middle) {
      const found = v.indexOf(segment, at);
      if (found < 0 || found + segment.length > end) return false;
      at = found + segment.length;
    }
    return true;
  };
}
function wildGlob(tokens) {
  const segments = [[]];
  for (const t of tokens) {
    if (t.kind === "star") segments.push([]);
    else if (t.kind === "one") segments.at(-1).push(-1);
    else for (let i = 0; i < t.text.length; i++) segments.at(-1).push(t.text.charCodeAt(i));
  }
  const at = (v, pos, seg) => {
    for (let k = 0; k < seg.length; k++) {
      const c = seg[k];
      if (c !== -1 && v.charCodeAt(pos + k) !== c) return false;
    }
    return true;
  };
  const first = segments[0];
  if (segments.length === 1) return (v) => v.length === first.length && at(v, 0, first);
  const last = segments.at(-1);
  const middle = segments.slice(1, -1).filter((seg) => seg.length > 0);
  const minLength = segments.reduce((n, seg) => n + seg.length, 0);
  return (v) => {
    if (v.length < minLength || !at(v, 0, first)) return false;
    const end = v.length - last.length;
    if (!at(v, end, last)) return false;
    let pos = first.length;
    for (const seg of middle) {
      let found = -1;
      for (let p = pos; p + seg.length <= end; p++) {
        if (at(v, p, seg)) {
          found = p;
          break;
        }
      }
      if (found < 0) return false;
      pos = found + seg.length;
    }
    return true;
  };
}
function compileGlob(glob) {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return (v) => v === "";
  if (tokens.some((t) => t.kind === "one")) return wildGlob(tokens);
  const only = tokens[0];
  if (tokens.length === 1 && only.kind === "text") {
    const literal = only.text;
    return (v) => v === literal;
  }
  const segments = [""];
  for (const t of tokens) {
    if (t.kind === "star") segments.push("");
    else if (t.kind === "text") segments[segments.length - 1] += t.text;
  }
  return starGlob(segments);
}

// src/policy/regex.ts
import { RE2JS, RE2JSSyntaxException } from "re2js";
var MAX_REGEX_LENGTH = 512;
var MAX_REGEX_PROGRAM = 1e3;
function refusal(error) {
  const at = error.getPattern() ?? "";
  const linear = "a linear-time engine cannot match";
  if (/^\\([1-9]|k)/.test(at)) {
    return `back-reference '${at.slice(0, 2)}' is not supported: ${linear} back-references; write out the text you expect instead`;
  }
  const around = /^\(\?(=|!|<=|<!)/.exec(at)?.[0];
  if (around !== void 0) {
    const kind = around.startsWith("(?<") ? "lookbehind" : "lookahead";
    return `${kind} '${around}' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`;
  }
  const hint = at.startsWith("\\u") ? " (write a code point as \\x{00e9})" : "";
  return `invalid regular expression (RE2 syntax): ${error.getDescription()}${at === "" ? "" : `: '${at}'`}${hint}`;
}
function checkRegex(source2) {
  if (source2.length > MAX_REGEX_LENGTH) {
    return `regular expression too long (${source2.length} characters; at most ${MAX_REGEX_LENGTH})`;
  }
  let compiled2;
  try {
    compiled2 = RE2JS.compile(source2);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return refusal(error);
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  const size = compiled2.programSize();
  if (size > MAX_REGEX_PROGRAM) {
    return `regular expression too large once compiled (${size} instructions; at most ${MAX_REGEX_PROGRAM}): matching time grows with that size, so use smaller repetition counts or fewer alternatives`;
  }
  return void 0;
}
function regexPrefix(source2) {
  const prefix2 = RE2JS.compile(source2).re2().prefix;
  return typeof prefix2 === "string" ? prefix2 : "";
}
function compileRegex(source2) {
  const re = RE2JS.compile(source2);
  if (!source2.startsWith(".*")) return (v) => re.testExact(v);
  const search = RE2JS.compile(`^(?:${source2})$`);
  return (v) => search.test(v);
}

// src/policy/patterns.ts
function toList(patterns) {
  return Array.isArray(patterns) ? patterns : [patterns];
}
function literalOf(pattern) {
  return typeof pattern === "string" ? globLiteral(pattern) : void 0;
}
function literalsOf(patterns) {
  const out = [];
  for (const p of toList(patterns)) {
    const literal = literalOf(p);
    if (literal === void 0) return void 0;
    out.push(literal);
  }
  return out;
}
function prefixesOf(patterns) {
  const out = [];
  for (const p of toList(patterns)) {
    const prefix2 = typeof p === "string" ? globPrefix(p) : regexPrefix(p.regex);
    if (prefix2 === "") return void 0;
    out.push(prefix2);
  }
  return out;
}
function compilePattern(pattern) {
  return typeof pattern === "string" ? compileGlob(pattern) : compileRegex(pattern.regex);
}
function compilePatterns(patterns) {
  const exact = /* @__PURE__ */ new Set();
  const others = [];
  for (const p of toList(patterns)) {
    const literal = literalOf(p);
    if (literal !== void 0) exact.add(literal);
    else others.push(compilePattern(p));
  }
  if (others.includes(always)) return always;
  if (others.length === 0) {
    if (exact.size === 1) {
      const only = exact.values().next().value;
      return (v) => v === only;
    }
    return (v) => exact.has(v);
  }
  if (exact.size === 0 && others.length === 1) return others[0];
  return (v) => {
    if (exact.has(v)) return true;
    for (const t of others) if (t(v)) return true;
    return false;
  };
}

// src/policy/match-index.ts
var NO_ATTRIBUTES = [];
var NONE = [];
function handleOf(match) {
  const places = [];
  for (const where3 of ["attributes", "userAttributes"]) {
    const map = match[where3];
    const condition = where3 === "attributes" ? "attributes" : "user-attributes";
    if (map !== void 0)
      for (const key of Object.keys(map)) places.push([where3, [key], map[key], condition]);
  }
  for (const { name, patterns, condition } of fieldConditions(match)) {
    places.push(["fields", [name], patterns, condition]);
  }
  for (const { name, patterns, condition } of multiConditions(match)) {
    places.push(["multi", [name], patterns, condition]);
  }
  if (match.rulesPackage !== void 0) {
    places.push(["fields", ["rulesPackageName", "rulesPackageArn"], match.rulesPackage, "rules-package"]);
  }
  for (const [kind, valuesOf] of [
    ["exact", literalsOf],
    ["prefix", prefixesOf]
  ]) {
    for (const [where3, names, patterns, condition] of places) {
      const values = valuesOf(patterns);
      if (values !== void 0) return { where: where3, names, kind, values, condition };
    }
  }
  return void 0;
}
function put(map, value, item) {
  const list2 = map.get(value);
  if (list2 === void 0) map.set(value, [item]);
  else if (!list2.includes(item)) list2.push(item);
}
function fileUnder(table, handle, item) {
  for (const value of handle.values) {
    if (handle.kind === "exact") put(table.exact, value, item);
    else {
      let i = table.prefixLengths.indexOf(value.length);
      if (i < 0) i = table.prefixLengths.push(value.length) - 1;
      table.byPrefix[i] ??= /* @__PURE__ */ new Map();
      put(table.byPrefix[i], value, item);
    }
  }
}
function take(list2, out, n, seen, stamp) {
  if (list2 === void 0) return n;
  for (let i = 0; i < list2.length; i++) {
    const item = list2[i];
    if (seen[item.slot] !== stamp) {
      seen[item.slot] = stamp;
      out[n++] = item;
    }
  }
  return n;
}
function lookUp(table, value, out, n, seen, stamp) {
  if (table.exact.size > 0) n = take(table.exact.get(value), out, n, seen, stamp);
  const lengths = table.prefixLengths;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i];
    if (value.length >= length) n = take(table.byPrefix[i].get(value.slice(0, length)), out, n, seen, stamp);
  }
  return n;
}
function scanOf(name) {
  switch (name) {
    case "packageName":
      return (f, table, out, n, seen, stamp) => {
        const list2 = f.packageVulnerabilityDetails?.vulnerablePackages;
        if (list2 !== void 0) for (const p of list2) n = lookUp(table, p.name, out, n, seen, stamp);
        return n;
      };
    case "resourceId":
      return (f, table, out, n, seen, stamp) => {
        if (f.resources !== void 0)
          for (const r of f.resources) n = lookUp(table, r.id, out, n, seen, stamp);
        return n;
      };
    case "ecrRepository":
      return (f, table, out, n, seen, stamp) => {
        for (const r of f.resources ?? NONE) {
          const name2 = r.details?.awsEcrContainerImage?.repositoryName;
          if (name2 !== void 0) n = lookUp(table, name2, out, n, seen, stamp);
        }
        return n;
      };
    case "lambdaFunction":
      return (f, table, out, n, seen, stamp) => {
        for (const r of f.resources ?? NONE) {
          const name2 = r.details?.awsLambdaFunction?.functionName;
          if (name2 !== void 0) n = lookUp(table, name2, out, n, seen, stamp);
        }
        return n;
      };
    case "ecrImageTag":
      return (f, table, out, n, seen, stamp) => {
        for (const r of f.resources ?? NONE) {
          for (const tag of r.details?.awsEcrContainerImage?.imageTags ?? NONE) {
            n = lookUp(table, tag, out, n, seen, stamp);
          }
        }
        return n;
      };
  }
}
function buildIndex(items, matches) {
  const tables = {
    attributes: /* @__PURE__ */ new Map(),
    userAttributes: /* @__PURE__ */ new Map(),
    fields: /* @__PURE__ */ new Map(),
    multi: /* @__PURE__ */ new Map()
  };
  const open2 = [];
  const byKind = Array.from({ length: FINDING_KINDS }, () => []);
  items.forEach((item, i) => {
    const handle = handleOf(matches[i]);
    if (handle === void 0) {
      open2.push(item);
      return;
    }
    for (const name of handle.names) {
      let table = tables[handle.where].get(name);
      if (table === void 0) {
        table = { exact: /* @__PURE__ */ new Map(), prefixLengths: [], byPrefix: [] };
        tables[handle.where].set(name, table);
      }
      fileUnder(table, handle, item);
    }
    const unreachable = absentKinds(handle.condition) | unsureKinds(handle.condition);
    for (let kind = 0; kind < FINDING_KINDS; kind++) {
      if (unreachable >> kind & 1 && item.match.unsureKinds >> kind & 1) byKind[kind].push(item);
    }
  });
  const byRank = (list2) => SEVERITIES.map((_, rank) => list2.filter((item) => (item.match.severityMask >> rank & 1) === 1));
  return {
    attributes: tables.attributes,
    userAttributes: tables.userAttributes,
    fields: [...tables.fields].map(([name, table]) => ({ read: FIELDS[name], table })),
    multi: [...tables.multi].map(([name, table]) => ({ scan: scanOf(name), table })),
    open: byRank(open2),
    byKind: byKind.map(byRank),
    byKindAny: byKind.some((list2) => list2.length > 0),
    empty: items.length === open2.length
  };
}
function lookUpAttributes(byKey, list2, out, n, seen, stamp) {
  for (let i = 0; i < list2.length; i++) {
    const a = list2[i];
    const table = byKey.get(a.key);
    if (table !== void 0) n = lookUp(table, a.value ?? "", out, n, seen, stamp);
  }
  return n;
}
function collect(index, finding, kind, rank, out, seen, stamp) {
  let n = 0;
  if (index.attributes.size > 0) {
    n = lookUpAttributes(index.attributes, finding.attributes ?? NO_ATTRIBUTES, out, n, seen, stamp);
  }
  if (index.userAttributes.size > 0) {
    n = lookUpAttributes(index.userAttributes, finding.userAttributes ?? NO_ATTRIBUTES, out, n, seen, stamp);
  }
  for (let i = 0; i < index.fields.length; i++) {
    const field = index.fields[i];
    const value = field.read(finding);
    if (typeof value === "string") n = lookUp(field.table, value, out, n, seen, stamp);
  }
  const multi = index.multi;
  for (let i = 0; i < multi.length; i++) n = multi[i].scan(finding, multi[i].table, out, n, seen, stamp);
  if (index.byKindAny) n = take(index.byKind[kind][rank], out, n, seen, stamp);
  return n;
}

// src/policy/compile.ts
var ALL_SEVERITIES = 2 ** SEVERITIES.length - 1;
var NO_ATTRIBUTES2 = [];
var rankOf = severityRank;
function severityMaskOf(match) {
  let mask = ALL_SEVERITIES;
  if (match.severity !== void 0) {
    mask = 0;
    for (const s of match.severity) mask |= 1 << SEVERITY_RANK[s];
  }
  if (match.minSeverity !== void 0) {
    const floor = SEVERITY_RANK[match.minSeverity];
    mask &= ALL_SEVERITIES & ~((1 << floor) - 1);
  }
  return mask;
}
function fieldTest(name, patterns) {
  const read = FIELDS[name];
  const test = compilePatterns(patterns);
  return (f) => {
    const v = read(f);
    return typeof v === "string" && test(v);
  };
}
function rulesPackageTest(patterns) {
  const test = compilePatterns(patterns);
  return (f) => typeof f.rulesPackageName === "string" && test(f.rulesPackageName) || typeof f.rulesPackageArn === "string" && test(f.rulesPackageArn);
}
function attributeTest(user, key, patterns) {
  const test = compilePatterns(patterns);
  return (f) => {
    const list2 = (user ? f.userAttributes : f.attributes) ?? NO_ATTRIBUTES2;
    for (let i = 0; i < list2.length; i++) {
      const a = list2[i];
      if (a.key === key && test(a.value ?? "")) return true;
    }
    return false;
  };
}
function rangeTest(read, range) {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  const max = range.max ?? Number.POSITIVE_INFINITY;
  return (f) => {
    const v = read(f);
    return typeof v === "number" && v >= min && v <= max;
  };
}
function oneOfTest(read, values) {
  if (values.length === 1) {
    const only = values[0];
    return (f) => read(f) === only;
  }
  const set = new Set(values);
  return (f) => {
    const v = read(f);
    return v !== void 0 && set.has(v);
  };
}
function kevTest(want) {
  if (want) return (f) => f.kev === true;
  return (f) => f.kev === false || f.kev === void 0 && f.packageVulnerabilityDetails === void 0 && isInspector2(f);
}
function indicatorTest(want) {
  if (want) return (f) => f.indicatorOfCompromise === true;
  return (f) => f.indicatorOfCompromise !== true && !isInspector2(f);
}
function packageTest(match) {
  const name = match.name !== void 0 ? compilePatterns(match.name) : void 0;
  const version = match.version !== void 0 ? compilePatterns(match.version) : void 0;
  const one = (p) => (name === void 0 || name(p.name)) && (version === void 0 || version(p.version));
  return (f) => {
    const list2 = f.packageVulnerabilityDetails?.vulnerablePackages;
    if (list2 === void 0) return false;
    for (let i = 0; i < list2.length; i++) if (one(list2[i])) return true;
    return false;
  };
}
function optionalTest(patterns) {
  return patterns === void 0 ? void 0 : compilePatterns(patterns);
}
function resourceTest(match) {
  const types = match.type !== void 0 ? new Set(match.type) : void 0;
  const id = optionalTest(match.id);
  const repository = optionalTest(match.ecrRepository);
  const imageTag = optionalTest(match.ecrImageTag);
  const fn = optionalTest(match.lambdaFunction);
  const tags = match.tags !== void 0 ? Object.keys(match.tags) : [];
  const tagTests = tags.map((key) => compilePatterns(match.tags[key]));
  const one = (r) => {
    if (types !== void 0 && !types.has(r.type)) return false;
    if (id !== void 0 && !id(r.id)) return false;
    const image = r.details?.awsEcrContainerImage;
    if (repository !== void 0 && (image === void 0 || !repository(image.repositoryName))) return false;
    if (imageTag !== void 0 && !(image?.imageTags ?? []).some(imageTag)) return false;
    const lambda = r.details?.awsLambdaFunction;
    if (fn !== void 0 && (lambda === void 0 || !fn(lambda.functionName))) return false;
    for (let i = 0; i < tags.length; i++) {
      const own = r.tags;
      const key = tags[i];
      if (own === void 0 || !Object.hasOwn(own, key) || !tagTests[i](own[key])) return false;
    }
    return true;
  };
  return (f) => {
    const list2 = f.resources;
    if (list2 === void 0) return false;
    for (let i = 0; i < list2.length; i++) if (one(list2[i])) return true;
    return false;
  };
}
function condsOf(match) {
  const conds = [];
  const add = (key, check) => conds.push({ key, check });
  if (match.indicatorOfCompromise !== void 0) {
    add("indicator-of-compromise", indicatorTest(match.indicatorOfCompromise));
  }
  if (match.numericSeverity !== void 0) {
    add(
      "numeric-severity",
      rangeTest((f) => f.numericSeverity, match.numericSeverity)
    );
  }
  if (match.confidence !== void 0)
    add(
      "confidence",
      rangeTest((f) => f.confidence, match.confidence)
    );
  if (match.findingType !== void 0)
    add(
      "finding-type",
      oneOfTest((f) => f.type, match.findingType)
    );
  if (match.fixAvailable !== void 0) {
    add(
      "fix-available",
      oneOfTest((f) => f.fixAvailable, match.fixAvailable)
    );
  }
  if (match.exploitAvailable !== void 0) {
    add(
      "exploit-available",
      oneOfTest((f) => f.exploitAvailable, match.exploitAvailable)
    );
  }
  if (match.kev !== void 0) add("kev", kevTest(match.kev));
  if (match.epss !== void 0)
    add(
      "epss",
      rangeTest((f) => f.epss?.score, match.epss)
    );
  if (match.inspectorScore !== void 0) {
    add(
      "inspector-score",
      rangeTest((f) => f.inspectorScore, match.inspectorScore)
    );
  }
  for (const { name, patterns, condition } of fieldConditions(match)) {
    if (name !== "title") add(condition, fieldTest(name, patterns));
  }
  if (match.rulesPackage !== void 0) add("rules-package", rulesPackageTest(match.rulesPackage));
  for (const [user, map] of [
    [false, match.attributes],
    [true, match.userAttributes]
  ]) {
    if (map === void 0) continue;
    const key = user ? "user-attributes" : "attributes";
    for (const name of Object.keys(map)) add(key, attributeTest(user, name, map[name]));
  }
  if (match.package !== void 0) add("package", packageTest(match.package));
  if (match.resource !== void 0) add("resource", resourceTest(match.resource));
  if (match.title !== void 0) add("title", fieldTest("title", match.title));
  return conds;
}
function compileMatch(match) {
  const severityMask = severityMaskOf(match);
  const conds = condsOf(match);
  const keys = [...new Set(conds.map((c) => c.key))];
  const slots = conds.map((c) => keys.indexOf(c.key));
  const absent = conds.map((c) => absentKinds(c.key));
  const unsure = conds.map((c) => unsureKinds(c.key));
  let unsureAll = 0;
  for (let i = 0; i < conds.length; i++) unsureAll |= absent[i] | unsure[i];
  const checks = conds.map((c) => c.check);
  const status = (f, kind, counts4) => {
    let unknown = 0;
    let seen = 0;
    for (let i = 0; i < checks.length; i++) {
      let undecided = (absent[i] >> kind & 1) === 1;
      if (!undecided) {
        if (checks[i](f)) continue;
        if ((unsure[i] >> kind & 1) === 0) return -1;
        undecided = true;
      }
      unknown = 1;
      const slot = slots[i];
      if (counts4 !== void 0 && (seen >> slot & 1) === 0) {
        seen |= 1 << slot;
        counts4[slot * FINDING_KINDS + kind]++;
      }
    }
    return unknown;
  };
  return {
    severityMask,
    test: allOf(severityMask, checks),
    unsureKinds: unsureAll,
    undecided: (f, rank, kind) => (severityMask >> rank & 1) === 1 && status(f, kind) === 1,
    conditions: keys,
    explain: (f, kind, counts4) => {
      status(f, kind, counts4);
    }
  };
}
function allOf(severityMask, checks) {
  const [a, b, c] = checks;
  switch (checks.length) {
    case 0:
      return (_f, rank) => (severityMask >> rank & 1) === 1;
    case 1:
      return (f, rank) => (severityMask >> rank & 1) === 1 && a(f);
    case 2:
      return (f, rank) => (severityMask >> rank & 1) === 1 && a(f) && b(f);
    case 3:
      return (f, rank) => (severityMask >> rank & 1) === 1 && a(f) && b(f) && c(f);
    default:
      return (f, rank) => {
        if ((severityMask >> rank & 1) === 0) return false;
        for (let i = 0; i < checks.length; i++) if (!checks[i](f)) return false;
        return true;
      };
  }
}
var compiled = /* @__PURE__ */ new WeakMap();
function compilePolicy(policy) {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const rules = policy.rules.map(
    (rule, index2) => ({
      kind: "rule",
      slot: index2,
      index: index2,
      id: rule.id,
      match: compileMatch(rule.match)
    })
  );
  const ruleIds = new Map(policy.rules.map((r, i) => [r.id, i]));
  const exceptions = policy.exceptions.map((exception, index2) => {
    const applies = exception.appliesTo;
    return {
      kind: "exception",
      slot: rules.length + index2,
      index: index2,
      id: exception.id,
      match: compileMatch(exception.match),
      severity: applies === void 0 || applies.includes("severity"),
      rules: applies === void 0 ? "all" : new Set(applies.flatMap((id) => ruleIds.has(id) ? [ruleIds.get(id)] : []))
    };
  });
  const index = buildIndex(
    [...rules, ...exceptions],
    [...policy.rules.map((r) => r.match), ...policy.exceptions.map((e) => e.match)]
  );
  const result = {
    rules,
    exceptions,
    index,
    openRules: index.open.map((items) => items.filter((i) => i.kind === "rule")),
    openExceptions: index.open.map(
      (items) => items.filter((i) => i.kind === "exception")
    ),
    limitByRank: SEVERITIES.map((s) => policy.severityLimits.findIndex((l) => l.severity === s))
  };
  compiled.set(policy, result);
  return result;
}

// src/policy/plan.ts
function exactPairs(map) {
  if (map === void 0) return [];
  const pairs = [];
  for (const key of Object.keys(map)) {
    const list2 = toList(map[key]);
    const literals = literalsOf(list2);
    if (literals !== void 0 && literals.length === 1 && literals[0] !== "") {
      pairs.push({ key, value: literals[0] });
    }
  }
  return pairs;
}
function exactValues(patterns) {
  if (patterns === void 0) return void 0;
  const literals = literalsOf(patterns);
  return literals?.every((l) => l !== "") ? literals : void 0;
}
function targetOf(match) {
  const mask = severityMaskOf(match);
  const values = {};
  const fields = [
    ["id", match.id],
    ["title", match.title],
    ["rulesPackage", match.rulesPackage],
    ["agentId", match.asset?.agentId],
    ["hostname", match.asset?.hostname],
    ["autoScalingGroup", match.asset?.autoScalingGroup],
    ["amiId", match.asset?.amiId],
    ["vulnerabilityId", match.vulnerabilityId],
    ["resourceId", match.resource?.id],
    ["ecrRepository", match.resource?.ecrRepository],
    ["ecrImageTag", match.resource?.ecrImageTag],
    ["lambdaFunction", match.resource?.lambdaFunction],
    ["packageName", match.package?.name]
  ];
  for (const [field, patterns] of fields) {
    const exact = exactValues(patterns);
    if (exact) values[field] = exact;
  }
  const enums = [
    ["findingType", match.findingType],
    ["fixAvailable", match.fixAvailable],
    ["exploitAvailable", match.exploitAvailable],
    ["resourceType", match.resource?.type]
  ];
  for (const [field, list2] of enums) if (list2 !== void 0) values[field] = [...list2];
  const ranges = {};
  if (match.epss !== void 0) ranges.epss = { ...match.epss };
  if (match.inspectorScore !== void 0) ranges.inspectorScore = { ...match.inspectorScore };
  return {
    severities: new Set(SEVERITIES.filter((_, r) => (mask >> r & 1) === 1)),
    values,
    attributes: exactPairs(match.attributes),
    userAttributes: exactPairs(match.userAttributes),
    ...Object.keys(ranges).length > 0 ? { ranges } : {}
  };
}
function kevCandidates(policy) {
  const items = [...policy.rules, ...policy.exceptions].filter((i) => i.match.kev !== void 0);
  if (items.length === 0) return void 0;
  const tests = items.map((i) => compileMatch({ ...i.match, kev: void 0 }));
  return {
    candidate(finding) {
      if (finding.packageVulnerabilityDetails === void 0) return false;
      const rank = rankOf(finding.severity);
      const kind = findingKind(finding);
      return tests.some(
        (t) => t.test(finding, rank) || (t.unsureKinds >> kind & 1) === 1 && t.undecided(finding, rank, kind)
      );
    }
  };
}
function policyNeeds(policy) {
  const severityOnly = policy.rules.length === 0 && policy.exceptions.length === 0;
  if (severityOnly) return { severityOnly, targets: [] };
  const targets = [
    ...policy.severityLimits.map(
      (limit) => ({
        severities: /* @__PURE__ */ new Set([limit.severity]),
        values: {},
        attributes: [],
        userAttributes: []
      })
    ),
    ...policy.rules.map((rule) => targetOf(rule.match))
  ].filter((t) => t.severities.size > 0);
  const kev = kevCandidates(policy);
  return kev ? { severityOnly, targets, kev } : { severityOnly, targets };
}
function neededSeverities(needs) {
  const severities = /* @__PURE__ */ new Set();
  for (const t of needs.targets) for (const s of t.severities) severities.add(s);
  if (severities.size === 0 || severities.size === SEVERITIES.length) return void 0;
  return SEVERITIES.filter((s) => severities.has(s)).reverse();
}
function neededValues(needs, field) {
  const out = /* @__PURE__ */ new Set();
  for (const t of needs.targets) {
    const values = t.values[field];
    if (values === void 0) return void 0;
    for (const v of values) out.add(v);
  }
  return out.size > 0 ? [...out].sort() : void 0;
}
function commonPairs(needs, list2) {
  const [first, ...rest] = needs.targets;
  if (first === void 0) return void 0;
  const common = first[list2].filter(
    (pair) => rest.every((t) => t[list2].some((other) => other.key === pair.key && other.value === pair.value))
  );
  const unique = common.filter(
    (pair, i) => common.findIndex((p) => p.key === pair.key && p.value === pair.value) === i
  );
  return unique.length > 0 ? unique : void 0;
}
function applicablePolicy(policy, severities) {
  const possible = new Set(severities);
  const limits = policy.severityLimits.filter((l) => possible.has(l.severity));
  return limits.length === policy.severityLimits.length ? policy : { ...policy, severityLimits: limits };
}

// src/policy/notes.ts
function countsUntriaged(policy) {
  if (policy.severityLimits.some((l) => l.severity === "Untriaged")) return true;
  if (policy.rules.length === 0) return false;
  return policyNeeds(policy).targets.some((t) => t.severities.has("Untriaged"));
}
function evaluationWarnings(policy, evaluation) {
  const warnings = [];
  for (const item of evaluation.notApplicable ?? []) {
    if (item.kind === "rule" && item.level === "error") continue;
    warnings.push(`could not apply: ${notApplicableMessage(item)}`);
  }
  const untriaged = evaluation.counts.raw.Untriaged;
  if (untriaged > 0 && !countsUntriaged(policy)) {
    const findings = `${untriaged} Untriaged finding${untriaged === 1 ? "" : "s"}`;
    warnings.push(
      `${findings} (not yet rated by Inspector) ${untriaged === 1 ? "is" : "are"} counted by no severity limit or rule; name Untriaged in severity.max or in a rule's severity to count them`
    );
  }
  return warnings;
}
function notApplicableMessage(item) {
  const findings = `${item.findings} finding${item.findings === 1 ? "" : "s"}`;
  const what = item.kind === "rule" ? `rule '${item.id}' could not be decided for ${findings}` : `exception '${item.id}' could not be decided for ${findings}, so it waived none of them`;
  const why = item.reasons.map((r) => item.reasons.length > 1 ? `${r.reason} (${r.findings})` : r.reason);
  return `${what}: ${why.join("; ")}`;
}
function notApplicableError(list2) {
  const rules = list2.filter((item) => item.kind === "rule" && item.level === "error");
  if (rules.length === 0) return void 0;
  const shown2 = rules.slice(0, 3).map(notApplicableMessage);
  const more = rules.length > 3 ? `; and ${rules.length - 3} more` : "";
  return {
    code: "CONDITION_NOT_APPLICABLE",
    message: `a policy condition could not apply, so no verdict can be trusted: ${shown2.join("; ")}${more}`
  };
}

// src/policy/sample.ts
function numericOf(finding) {
  const n = finding.numericSeverity;
  return typeof n === "number" && !Number.isNaN(n) ? n : -1;
}
function arnBefore(x, y) {
  if (x.length !== y.length) return x.length < y.length;
  for (let i = x.length - 1; i >= 0; i--) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a !== b) return a < b;
  }
  return false;
}
function arnKey(arn) {
  const n = arn.length;
  return n * 4294967296 + (n > 0 ? arn.charCodeAt(n - 1) * 65536 : 0) + (n > 1 ? arn.charCodeAt(n - 2) : 0);
}
function worse(a, b) {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.numeric !== b.numeric) return a.numeric > b.numeric;
  if (a.key !== b.key) return a.key < b.key;
  const x = a.finding.arn;
  const y = b.finding.arn;
  if (x !== y) return arnBefore(x, y);
  return a.seq < b.seq;
}
var Sample = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  heap = [];
  /** Considers a finding; allocates only when it is kept. */
  offer(finding, rank, seq, state = STATE_NONE) {
    const h = this.heap;
    if (h.length < this.limit) {
      this.push({ finding, rank, numeric: numericOf(finding), key: arnKey(finding.arn), seq, state });
      return;
    }
    if (h.length === 0) return;
    const root = h[0];
    if (rank < root.rank) return;
    const numeric = numericOf(finding);
    if (rank === root.rank && numeric < root.numeric) return;
    const key = arnKey(finding.arn);
    if (rank === root.rank && numeric === root.numeric && key > root.key) return;
    const entry = { finding, rank, numeric, key, seq, state };
    if (worse(entry, root)) this.replaceRoot(entry);
  }
  push(e) {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!worse(h[parent], h[i])) break;
      const swap = h[parent];
      h[parent] = h[i];
      h[i] = swap;
      i = parent;
    }
  }
  replaceRoot(e) {
    const h = this.heap;
    h[0] = e;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && worse(h[least], h[l])) least = l;
      if (r < h.length && worse(h[least], h[r])) least = r;
      if (least === i) break;
      const swap = h[least];
      h[least] = h[i];
      h[i] = swap;
      i = least;
    }
  }
  get size() {
    return this.heap.length;
  }
  sorted() {
    return [...this.heap].sort((a, b) => worse(a, b) ? -1 : worse(b, a) ? 1 : 0);
  }
};

// src/policy/evaluate.ts
var DEFAULT_SAMPLE_LIMIT = 100;
var DEFAULT_EXPIRING_WITHIN_DAYS = 14;
var DAY_MS = 864e5;
function daysLeft(expires, now) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (!m) return Number.NEGATIVE_INFINITY;
  const expiresDay = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  const today = Math.floor(now.getTime() / DAY_MS);
  return expiresDay - today;
}
function exceptionStatus(exception, now) {
  return {
    id: exception.id,
    reason: exception.reason,
    expires: exception.expires,
    ...exception.owner !== void 0 ? { owner: exception.owner } : {},
    ...exception.ticket !== void 0 ? { ticket: exception.ticket } : {},
    source: exception.source,
    daysLeft: daysLeft(exception.expires, now)
  };
}
var HIGHEST_FIRST2 = [...SEVERITIES].reverse();
function countsOf(byRank) {
  const counts4 = {};
  for (const s of HIGHEST_FIRST2) counts4[s] = byRank[SEVERITY_RANK[s]];
  return counts4;
}
function zeroes() {
  return SEVERITIES.map(() => 0);
}
function checkOptions2(options) {
  const now = options.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError("evaluate: options.now must be a valid Date");
  }
  const sampleLimit = Math.max(0, Math.floor(options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT));
  const within = options.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
  return { now, sampleLimit, within };
}
function createEvaluator(policy, options) {
  return new StreamingEvaluator(policy, options);
}
var StreamingEvaluator = class {
  constructor(policy, options) {
    this.policy = policy;
    const { now, sampleLimit, within } = checkOptions2(options);
    this.within = within;
    this.compiled = compilePolicy(policy);
    this.statuses = policy.exceptions.map((e) => exceptionStatus(e, now));
    this.activeFlags = Uint8Array.from(this.statuses, (status) => status.daysLeft >= 0 ? 1 : 0);
    this.hasActive = this.activeFlags.includes(1);
    this.seen = new Int32Array(policy.rules.length + policy.exceptions.length).fill(-1);
    this.limitCounts = policy.severityLimits.map(() => 0);
    this.limitSamples = policy.severityLimits.map(() => new Sample(sampleLimit));
    this.ruleMatched = policy.rules.map(() => 0);
    this.ruleWaived = policy.rules.map(() => 0);
    this.ruleSamples = policy.rules.map(() => new Sample(sampleLimit));
    this.exceptionCounts = policy.exceptions.map(() => 0);
    this.exceptionSamples = policy.exceptions.map(() => new Sample(sampleLimit));
    this.creditedAt = policy.exceptions.map(() => -1);
    const reasons = (m) => new Uint32Array(m.match.conditions.length * FINDING_KINDS);
    this.ruleUndecided = policy.rules.map(() => 0);
    this.ruleReasons = this.compiled.rules.map(reasons);
    this.exceptionUndecided = policy.exceptions.map(() => 0);
    this.exceptionReasons = this.compiled.exceptions.map(reasons);
    this.tracker = options.baseline !== void 0 || options.fingerprints === true ? new BaselineTracker(
      policy,
      options.baseline,
      options.fingerprints === true,
      this.compiled.limitByRank
    ) : void 0;
  }
  policy;
  within;
  compiled;
  statuses;
  raw = zeroes();
  after = zeroes();
  limitCounts;
  limitSamples;
  ruleMatched;
  ruleWaived;
  ruleSamples;
  exceptionCounts;
  exceptionSamples;
  creditedAt;
  /** Findings each rule (exception) could not be decided for, and per condition and kind why. */
  ruleUndecided;
  ruleReasons;
  exceptionUndecided;
  exceptionReasons;
  /** Scratch, per finding: exceptions it could not be decided for, rules that count it. */
  undecidedNow = [];
  countedNow = [];
  activeFlags;
  hasActive;
  /** seen[slot] === seq: the item is already among this finding's candidates. */
  seen;
  matchedNow = [];
  /** Scratch space for the candidates an index lookup returns. */
  candidates = [];
  /** Per rules package counts: a run has a handful of packages, found faster by comparison than by hashing. */
  packageNames = [];
  packageRows = [];
  packageIndex = /* @__PURE__ */ new Map();
  extraNames = [];
  seq = 0;
  /** Fingerprints and the baseline, when asked for. */
  tracker;
  countPackage(name, rank) {
    const names = this.packageNames;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === name) {
        this.packageRows[i][rank]++;
        return;
      }
    }
    if (names.length >= 16) {
      let index = this.packageIndex.get(name);
      if (index === void 0) {
        index = this.packageRows.length;
        this.packageIndex.set(name, index);
        this.packageRows.push(zeroes());
        this.extraNames.push(name);
      }
      this.packageRows[index][rank]++;
      return;
    }
    const row = zeroes();
    row[rank]++;
    names.push(name);
    this.packageRows.push(row);
  }
  credit(e, finding, rank, seq) {
    if (this.creditedAt[e.index] === seq) return;
    this.creditedAt[e.index] = seq;
    this.exceptionCounts[e.index]++;
    this.exceptionSamples[e.index].offer(finding, rank, seq);
  }
  /** Counts a rule the finding matches (the caller has tested it). True when it counts (not waived). */
  rule(rule, finding, rank, seq, matched) {
    const t = this.tracker;
    t?.matchedRule(rule.index);
    let waived = false;
    for (let k = 0; k < matched; k++) {
      const e = this.matchedNow[k];
      if (e.rules === "all" || e.rules.has(rule.index)) {
        waived = true;
        this.credit(e, finding, rank, seq);
      }
    }
    if (waived) this.ruleWaived[rule.index]++;
    else {
      this.ruleMatched[rule.index]++;
      if (t === void 0) this.ruleSamples[rule.index].offer(finding, rank, seq);
      else {
        const state = t.ruleState(rule.index);
        t.countedRule(rule.index, state);
        if (t.listRule(rule.index, state)) this.ruleSamples[rule.index].offer(finding, rank, seq, state);
      }
    }
    return !waived;
  }
  /**
   * A rule the finding may or may not match (a condition could not be decided). Unless an exception that
   * does match waives it from the rule anyway, the rule could not be decided for it. True when so.
   */
  undecidedRule(rule, finding, kind, matched) {
    for (let k = 0; k < matched; k++) {
      const e = this.matchedNow[k];
      if (e.rules === "all" || e.rules.has(rule.index)) return false;
    }
    this.ruleUndecided[rule.index]++;
    rule.match.explain(finding, kind, this.ruleReasons[rule.index]);
    return true;
  }
  add(finding) {
    const seq = this.seq++;
    const rank = rankOf(finding.severity);
    const kind = findingKind(finding);
    this.raw[rank]++;
    const t = this.tracker;
    t?.begin(finding, rank);
    if (kind < KIND_V2)
      this.countPackage(finding.rulesPackageName ?? finding.rulesPackageArn ?? "unknown", rank);
    const { index, openRules, openExceptions, limitByRank } = this.compiled;
    const candidates = this.candidates;
    const n = index.empty ? 0 : collect(index, finding, kind, rank, candidates, this.seen, seq);
    const matchedNow = this.matchedNow;
    const undecidedNow = this.undecidedNow;
    if (undecidedNow.length > 0) undecidedNow.length = 0;
    let matched = 0;
    if (this.hasActive) {
      const open3 = openExceptions[rank];
      for (let i = 0; i < open3.length; i++) {
        const e = open3[i];
        if (this.activeFlags[e.index] !== 1) continue;
        if (e.match.test(finding, rank)) matchedNow[matched++] = e;
        else if ((e.match.unsureKinds >> kind & 1) === 1 && e.match.undecided(finding, rank, kind)) {
          undecidedNow.push(e);
        }
      }
      for (let i = 0; i < n; i++) {
        const e = candidates[i];
        if (e.kind !== "exception" || this.activeFlags[e.index] !== 1) continue;
        if (e.match.test(finding, rank)) matchedNow[matched++] = e;
        else if ((e.match.unsureKinds >> kind & 1) === 1 && e.match.undecided(finding, rank, kind)) {
          undecidedNow.push(e);
        }
      }
    }
    const limit = limitByRank[rank];
    let severityWaived = false;
    for (let k = 0; k < matched; k++) {
      const e = matchedNow[k];
      if (e.severity) {
        severityWaived = true;
        if (limit >= 0) this.credit(e, finding, rank, seq);
      }
    }
    if (!severityWaived) {
      this.after[rank]++;
      if (limit >= 0) {
        this.limitCounts[limit]++;
        if (t === void 0) this.limitSamples[limit].offer(finding, rank, seq);
        else {
          const state = t.limitState();
          t.countedLimit(limit, state);
          if (t.listLimit(limit, state)) this.limitSamples[limit].offer(finding, rank, seq, state);
        }
      }
    }
    const open2 = openRules[rank];
    if (undecidedNow.length === 0) {
      for (let i = 0; i < open2.length; i++) {
        const rule = open2[i];
        if (rule.match.test(finding, rank)) this.rule(rule, finding, rank, seq, matched);
        else if ((rule.match.unsureKinds >> kind & 1) === 1 && rule.match.undecided(finding, rank, kind)) {
          this.undecidedRule(rule, finding, kind, matched);
        }
      }
      for (let i = 0; i < n; i++) {
        const item = candidates[i];
        if (item.kind !== "rule") continue;
        if (item.match.test(finding, rank)) this.rule(item, finding, rank, seq, matched);
        else if ((item.match.unsureKinds >> kind & 1) === 1 && item.match.undecided(finding, rank, kind)) {
          this.undecidedRule(item, finding, kind, matched);
        }
      }
      t?.end();
      return;
    }
    const counted = this.countedNow;
    counted.length = 0;
    const testRule = (rule) => {
      const counts4 = rule.match.test(finding, rank) ? this.rule(rule, finding, rank, seq, matched) : (rule.match.unsureKinds >> kind & 1) === 1 && rule.match.undecided(finding, rank, kind) && this.undecidedRule(rule, finding, kind, matched);
      if (counts4) counted.push(rule.index);
    };
    for (let i = 0; i < open2.length; i++) testRule(open2[i]);
    for (let i = 0; i < n; i++) {
      const item = candidates[i];
      if (item.kind === "rule") testRule(item);
    }
    this.undecidedExceptions(finding, kind, !severityWaived && limit >= 0);
    t?.end();
  }
  /**
   * Exceptions that could not be decided for the finding waive nothing; each says so when the finding
   * counts for something it applies to (a severity limit, or a rule that counts or could not decide it).
   */
  undecidedExceptions(finding, kind, limitCounts) {
    for (const e of this.undecidedNow) {
      let relevant = e.severity && limitCounts;
      for (let i = 0; !relevant && i < this.countedNow.length; i++) {
        relevant = e.rules === "all" || e.rules.has(this.countedNow[i]);
      }
      if (!relevant) continue;
      this.exceptionUndecided[e.index]++;
      e.match.explain(finding, kind, this.exceptionReasons[e.index]);
    }
  }
  finish() {
    const { policy, statuses, within, tracker } = this;
    const compared = tracker?.finish(this.limitCounts, this.ruleMatched);
    const fingerprints = tracker?.fingerprints();
    let failed = false;
    let truncated = false;
    const picked = [];
    const severity = policy.severityLimits.map((l, i) => {
      const count = this.limitCounts[i];
      const violated = tracker ? tracker.limitViolated(i, count, l.max) : count > l.max;
      if (violated) {
        failed = true;
        const sample = this.limitSamples[i];
        const listed2 = compared?.limits[i]?.mode === "new-only" ? compared.limits[i].new : count;
        if (listed2 > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: i, ruleId: `severity:${l.severity}`, level: "error" });
        }
      }
      return {
        severity: l.severity,
        count,
        max: l.max,
        violated,
        source: l.source,
        ...compared ? { baseline: compared.limits[i] } : {},
        ...l.fleet !== void 0 || policy.fleet !== void 0 ? { fleet: fleetOf(l, policy) } : {}
      };
    });
    const rules = policy.rules.map((r, i) => {
      const matched = this.ruleMatched[i];
      const violated = tracker ? tracker.ruleViolated(i, matched, r.max) : matched > r.max;
      if (violated) {
        if (r.level === "error") failed = true;
        const sample = this.ruleSamples[i];
        const listed2 = compared?.rules[i]?.mode === "new-only" ? compared.rules[i].new : matched;
        if (listed2 > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: policy.severityLimits.length + i, ruleId: r.id, level: r.level });
        }
      }
      return {
        id: r.id,
        ...r.description !== void 0 ? { description: r.description } : {},
        level: r.level,
        matched,
        waived: this.ruleWaived[i],
        max: r.max,
        violated,
        source: r.source,
        ...compared ? { baseline: compared.rules[i] } : {},
        ...r.fleet !== void 0 || policy.fleet !== void 0 ? { fleet: fleetOf(r, policy) } : {}
      };
    });
    picked.sort((a, b) => worse(a.entry, b.entry) ? -1 : worse(b.entry, a.entry) ? 1 : a.order - b.order);
    const violations = picked.map((p) => ({
      ruleId: p.ruleId,
      level: p.level,
      finding: p.entry.finding,
      ...p.entry.state === STATE_NEW ? { baselineState: "new" } : p.entry.state === STATE_UNCHANGED ? { baselineState: "unchanged" } : {}
    }));
    const applied = [];
    const expired = [];
    const unused = [];
    const expiring = [];
    statuses.forEach((status, i) => {
      if (status.daysLeft < 0) {
        expired.push(status);
        return;
      }
      if (status.daysLeft <= within) expiring.push(status);
      const count = this.exceptionCounts[i];
      if (count === 0) unused.push(status);
      else
        applied.push({
          ...status,
          count,
          findings: this.exceptionSamples[i].sorted().map((e) => e.finding)
        });
    });
    const byRulesPackage = /* @__PURE__ */ Object.create(null);
    const order = [...this.packageNames, ...this.extraNames].map((name, i) => [name, i]).sort((a, b) => a[0] < b[0] ? -1 : 1);
    for (const [name, i] of order) byRulesPackage[name] = countsOf(this.packageRows[i]);
    const notApplicable = this.notApplicable();
    const error = notApplicableError(notApplicable);
    return {
      verdict: error ? "error" : failed ? "fail" : "pass",
      ...error ? { error } : {},
      findings: { evaluated: this.seq },
      counts: { raw: countsOf(this.raw), afterExceptions: countsOf(this.after), byRulesPackage },
      severity,
      rules,
      violations,
      violationsTruncated: truncated,
      exceptions: { applied, expired, unused, expiring },
      notApplicable,
      ...compared ? { baseline: compared.comparison } : {},
      ...fingerprints !== void 0 ? { fingerprints } : {}
    };
  }
  /** Every rule, then every exception, that some findings could not be decided for. */
  notApplicable() {
    const out = [];
    const add = (kind, item, level, findings, conditions, counts4) => {
      if (findings === 0) return;
      const reasons = /* @__PURE__ */ new Map();
      conditions.forEach((condition, c) => {
        for (let k = 0; k < FINDING_KINDS; k++) {
          const n = counts4[c * FINDING_KINDS + k];
          if (n === 0) continue;
          const reason = undecidedReason(condition, k);
          reasons.set(reason, (reasons.get(reason) ?? 0) + n);
        }
      });
      out.push({
        kind,
        id: item.id,
        level,
        findings,
        reasons: [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, n]) => ({ reason, findings: n })),
        source: item.source
      });
    };
    this.policy.rules.forEach((rule, i) => {
      const compiled2 = this.compiled.rules[i];
      add("rule", rule, rule.level, this.ruleUndecided[i], compiled2.match.conditions, this.ruleReasons[i]);
    });
    this.policy.exceptions.forEach((exception, i) => {
      const compiled2 = this.compiled.exceptions[i];
      add(
        "exception",
        exception,
        "warning",
        this.exceptionUndecided[i],
        compiled2.match.conditions,
        this.exceptionReasons[i]
      );
    });
    return out;
  }
};
function evaluate(policy, findings, options) {
  const evaluator = createEvaluator(policy, options);
  for (const finding of findings) evaluator.add(finding);
  return evaluator.finish();
}
function evaluateCounts(policy, counts4, options) {
  if (policy.rules.length > 0 || policy.exceptions.length > 0) {
    throw new TypeError("evaluateCounts: the policy has rules or exceptions; evaluate its findings instead");
  }
  checkOptions2(options);
  const raw = countsOf(SEVERITIES.map((s) => counts4[s] ?? 0));
  const severity = policy.severityLimits.map((l) => {
    const count = raw[l.severity];
    return { severity: l.severity, count, max: l.max, violated: count > l.max, source: l.source };
  });
  const failed = severity.some((s) => s.violated);
  return {
    verdict: failed ? "fail" : "pass",
    findings: { evaluated: SEVERITIES.reduce((n, s) => n + raw[s], 0) },
    counts: { raw, afterExceptions: { ...raw } },
    severity,
    rules: [],
    violations: [],
    violationsTruncated: failed,
    exceptions: { applied: [], expired: [], unused: [], expiring: [] },
    notApplicable: []
  };
}

// src/core/channel.ts
var Channel = class _Channel {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  head = 0;
  state = "open";
  error;
  pullers = [];
  pushers = [];
  get size() {
    return this.items.length - this.head;
  }
  static wake(waiting) {
    for (const w of waiting.splice(0)) w();
  }
  /** Adds an item; resolves once there is room for it (at once when the consumer has gone). */
  async push(item) {
    while (this.state === "open" && this.size >= this.capacity) {
      await new Promise((resolve2) => this.pushers.push(resolve2));
    }
    if (this.state !== "open") return;
    this.items.push(item);
    _Channel.wake(this.pullers);
  }
  /** No more items: the consumer's loop ends once it has taken what is queued. */
  close() {
    if (this.state !== "open") return;
    this.state = "closed";
    _Channel.wake(this.pullers);
    _Channel.wake(this.pushers);
  }
  /** The producer failed: the consumer's loop throws `error` after what is queued. */
  fail(error) {
    if (this.state !== "open") return;
    this.state = "failed";
    this.error = error;
    _Channel.wake(this.pullers);
    _Channel.wake(this.pushers);
  }
  async *[Symbol.asyncIterator]() {
    try {
      while (true) {
        if (this.size > 0) {
          const item = this.items[this.head];
          this.items[this.head++] = void 0;
          if (this.head > 1024 && this.head * 2 > this.items.length) {
            this.items.splice(0, this.head);
            this.head = 0;
          }
          _Channel.wake(this.pushers);
          yield item;
          continue;
        }
        if (this.state === "closed") return;
        if (this.state === "failed") throw this.error;
        await new Promise((resolve2) => this.pullers.push(resolve2));
      }
    } finally {
      if (this.state === "open") this.state = "abandoned";
      this.items.length = 0;
      this.head = 0;
      _Channel.wake(this.pushers);
    }
  }
};

// src/sources/shared/aws.ts
var ApiCallCounter = class {
  counts = /* @__PURE__ */ new Map();
  record(operation) {
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
  }
  get(operation) {
    return this.counts.get(operation) ?? 0;
  }
  snapshot() {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  /**
   * Counts every attempt `client` sends (retries included) until the returned function is called. The
   * middleware sits in the deserialize step, which runs once per attempt inside the SDK's retry loop.
   */
  attach(client) {
    const name = `inspectorGateCallCounter${++counterSerial}`;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = String(context.commandName ?? "Unknown");
        this.record(command.endsWith("Command") ? command.slice(0, -"Command".length) : command);
        return next(args);
      },
      { step: "deserialize", name, priority: "high" }
    );
    return () => {
      client.middlewareStack.remove(name);
    };
  }
};
var counterSerial = 0;
function keepStatusOfUnreadableBodies(client) {
  const name = `inspectorGateKeepStatus${++statusSerial}`;
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (error instanceof Error && !("$metadata" in error)) {
          const status = error.$response?.statusCode;
          if (typeof status === "number") {
            Object.assign(error, {
              $metadata: { httpStatusCode: status },
              $fault: status >= 500 ? "server" : "client",
              $unreadableBody: true
            });
          }
        }
        throw error;
      }
    },
    { step: "deserialize", name, priority: "high" }
  );
  return () => {
    client.middlewareStack.remove(name);
  };
}
var statusSerial = 0;
var AwsApi = class {
  constructor(client, signal) {
    this.client = client;
    this.signal = signal;
  }
  client;
  signal;
  /** The service its failures are worded with ("Inspector ListFindings failed: …"). */
  service = "Inspector";
  /** Runs one SDK call with a signal of its own; converts SDK and network failures. */
  async call(operation, send) {
    const link = linkedAbort(this.signal);
    try {
      return await untilAborted(send({ abortSignal: link.signal }), link.signal);
    } catch (error) {
      throw this.convert(error, operation);
    } finally {
      link.dispose();
    }
  }
  /**
   * Iterates an SDK paginator (build it with `stopOnSameToken`), converting its failures like `call`. A
   * page whose `nextToken` an earlier page already gave (the same token again, or a cycle of tokens) is
   * a listing that would never end: PAGINATION_LOOP, before the paginator follows it.
   */
  async *pages(operation, paginate) {
    const link = linkedAbort(this.signal);
    const tokens = /* @__PURE__ */ new Set();
    try {
      const iterator = paginate({ abortSignal: link.signal })[Symbol.asyncIterator]();
      while (true) {
        let step;
        try {
          step = await untilAborted(iterator.next(), link.signal);
        } catch (error) {
          throw this.convert(error, operation);
        }
        if (step.done) return;
        const token = step.value?.nextToken;
        if (typeof token === "string" && token !== "") {
          if (tokens.has(token)) {
            throw new InspectorError(
              "PAGINATION_LOOP",
              `${this.service} ${operation} gave the page token '${clip(token)}' again after ${tokens.size + 1} pages: a listing that never ends; refusing to follow it`
            );
          }
          tokens.add(token);
        }
        yield step.value;
      }
    } finally {
      link.dispose();
    }
  }
  convert(error, operation) {
    if (this.signal.aborted) return new GateAborted(this.signal.reason);
    return toInspectorError(error, operation, this.service) ?? error;
  }
};
function firstLine(text) {
  return clip(text.split("\n")[0] ?? "");
}
function clip(text) {
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_SOCKET_CONNECTION_TIMEOUT"
]);
function toInspectorError(error, operation, service = "Inspector") {
  if (error instanceof InspectorError) return error;
  if (!(error instanceof Error)) return void 0;
  const e = error;
  const attempts = e.$metadata?.attempts;
  const after = attempts !== void 0 && attempts > 1 ? ` (after ${attempts} attempts)` : "";
  const status = e.$metadata?.httpStatusCode;
  const unreadable3 = e.$unreadableBody === true || e.name === "SyntaxError" && typeof status === "number";
  const detail = unreadable3 ? `HTTP ${status} with a body that is not the service's JSON (${firstLine(e.message)})` : e.message && e.message !== e.name ? `${e.name}: ${e.message}` : e.name;
  if (e.$fault !== void 0 || e.$metadata !== void 0) {
    const server = e.$fault === "server" || unreadable3 && status >= 500;
    const code = SERVICE_CODES[e.name] ?? (server ? "INSPECTOR_UNAVAILABLE" : "INSPECTOR_API");
    return new InspectorError(code, `${service} ${operation} failed: ${detail}${after}`, { cause: error });
  }
  if (e.name === "CredentialsProviderError" || /could not load credentials/i.test(e.message)) {
    return new InspectorError(
      "AWS_CREDENTIALS",
      `${service} ${operation} failed: no usable AWS credentials (${e.message})`,
      { cause: error }
    );
  }
  if (/region is missing/i.test(e.message)) {
    return new InspectorError(
      "AWS_REGION",
      `${service} ${operation} failed: no AWS region (pass --region or set AWS_REGION)`,
      { cause: error }
    );
  }
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code) || e.name === "TimeoutError") {
    return new InspectorError("INSPECTOR_UNREACHABLE", `${service} ${operation} failed: ${detail}${after}`, {
      cause: error
    });
  }
  return void 0;
}
var SERVICE_CODES = {
  AccessDeniedException: "ACCESS_DENIED",
  NoSuchEntityException: "NOT_FOUND",
  InvalidInputException: "INVALID_INPUT",
  ThrottlingException: "THROTTLED",
  InternalException: "INSPECTOR_UNAVAILABLE",
  ServiceTemporarilyUnavailableException: "INSPECTOR_UNAVAILABLE",
  LimitExceededException: "LIMIT_EXCEEDED",
  InvalidCrossAccountRoleException: "ACCESS_DENIED",
  UnrecognizedClientException: "AWS_CREDENTIALS",
  InvalidSignatureException: "AWS_CREDENTIALS",
  ExpiredTokenException: "AWS_CREDENTIALS"
};

// src/sources/shared/pacer.ts
var WINDOW_MS = 1e3;
var MIN_SPAN_MS = 250;
var BELOW = 0.97;
var GROWTH = 0.05;
var GROWTH_EVERY_MS = 500;
var MIN_RATE = 1;
function isThrottle(error) {
  const e = error;
  return e?.name === "ThrottlingException" || e?.$metadata?.httpStatusCode === 429;
}
var Pacer = class {
  constructor(now = () => performance.now()) {
    this.now = now;
  }
  now;
  /** Requests per second allowed to start; unbounded until the first throttle. */
  rate = Number.POSITIVE_INFINITY;
  /** Earliest start (ms) of the next request. */
  next = 0;
  /** Times (ms) of the accepted answers within the window, oldest first. */
  answers = [];
  head = 0;
  first;
  lastChange = 0;
  throttles = 0;
  /** The pace now, in requests per second (Infinity before any throttle). */
  get pace() {
    return this.rate;
  }
  get throttled() {
    return this.throttles;
  }
  /** Resolves when the next request may start. */
  take() {
    if (this.rate === Number.POSITIVE_INFINITY) return Promise.resolve();
    const now = this.now();
    this.grow(now);
    const at = Math.max(now, this.next);
    this.next = at + 1e3 / this.rate;
    const wait = at - now;
    return wait < 1 ? Promise.resolve() : new Promise((resolve2) => setTimeout(resolve2, wait));
  }
  /** The service accepted a request. */
  accepted() {
    const now = this.now();
    this.first ??= now;
    this.answers.push(now);
    this.trim(now);
  }
  /** The service throttled a request: pace at (just under) what it has been accepting. */
  throttle() {
    const now = this.now();
    this.throttles++;
    this.trim(now);
    const span = Math.max(MIN_SPAN_MS, Math.min(WINDOW_MS, now - (this.first ?? now)));
    const accepted = this.answers.length - this.head;
    const measured = accepted * 1e3 / span;
    this.rate = Math.max(MIN_RATE, Math.min(this.rate, measured) * BELOW);
    this.lastChange = now;
    this.next = Math.max(this.next, now + 1e3 / this.rate);
  }
  grow(now) {
    const steps = Math.floor((now - this.lastChange) / GROWTH_EVERY_MS);
    if (steps <= 0) return;
    this.rate *= (1 + GROWTH) ** steps;
    this.lastChange += steps * GROWTH_EVERY_MS;
  }
  trim(now) {
    while (this.head < this.answers.length && this.answers[this.head] < now - WINDOW_MS)
      this.head++;
    if (this.head > 1024) {
      this.answers.splice(0, this.head);
      this.head = 0;
    }
  }
  /** Paces every attempt `client` sends until the returned function is called. */
  attach(client) {
    const name = `inspectorGatePacer${++pacerSerial}`;
    client.middlewareStack.add(
      (next) => async (args) => {
        await this.take();
        try {
          const out = await next(args);
          this.accepted();
          return out;
        } catch (error) {
          if (isThrottle(error)) this.throttle();
          else this.accepted();
          throw error;
        }
      },
      { step: "deserialize", name, priority: "high" }
    );
    return () => {
      client.middlewareStack.remove(name);
    };
  }
};
var pacerSerial = 0;

// src/sources/classic/api.ts
var InspectorApi = class extends AwsApi {
};
var DESCRIBE_BATCH = 10;

// src/sources/classic/client.ts
import { isIP } from "node:net";
import { InspectorClient } from "@aws-sdk/client-inspector";

// src/version.ts
var VERSION = "0.1.0";
var INFORMATION_URI = "https://github.com/inspector-gate/inspector-gate";

// src/sources/classic/client.ts
var DEFAULT_MAX_ATTEMPTS = 6;
var LOOPBACK_DUMMY_CREDENTIALS = Object.freeze({
  accessKeyId: "inspector-gate-loopback",
  secretAccessKey: "inspector-gate-loopback"
});
function isLoopbackEndpoint(endpoint) {
  let host;
  try {
    host = new URL(endpoint).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
function loopbackCredentials(endpoint, chain) {
  if (endpoint === void 0 || !isLoopbackEndpoint(endpoint)) return void 0;
  let none = false;
  return async (options) => {
    if (none) return LOOPBACK_DUMMY_CREDENTIALS;
    try {
      return await chain(options);
    } catch {
      none = true;
      return LOOPBACK_DUMMY_CREDENTIALS;
    }
  };
}
function createInspectorClient(connection = {}) {
  const config = {
    retryMode: "standard",
    maxAttempts: connection.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: `inspector-gate/${VERSION}`,
    requestHandler: {
      connectionTimeout: 5e3,
      requestTimeout: connection.requestTimeoutMs ?? 3e4
    }
  };
  if (connection.region !== void 0) config.region = connection.region;
  if (connection.endpoint !== void 0) config.endpoint = connection.endpoint;
  if (connection.credentials !== void 0) config.credentials = connection.credentials;
  if (connection.profile !== void 0) config.profile = connection.profile;
  const client = withLoopbackCredentials(new InspectorClient(config), config, connection);
  rememberEndpoint(client);
  return client;
}
function withLoopbackCredentials(client, config, connection) {
  if (connection.credentials !== void 0 || connection.profile !== void 0) return client;
  const credentials = loopbackCredentials(connection.endpoint, client.config.credentials);
  if (credentials === void 0) return client;
  client.destroy();
  return new InspectorClient({ ...config, credentials });
}
function rememberEndpoint(client) {
  const config = client.config;
  const resolve2 = config.endpointProvider;
  const known = /* @__PURE__ */ new Map();
  config.endpointProvider = (params, context) => {
    const key = JSON.stringify(params);
    let endpoint = known.get(key);
    if (endpoint === void 0) {
      endpoint = resolve2(params, context);
      if (known.size < 16) known.set(key, endpoint);
    }
    return endpoint;
  };
}

// src/sources/classic/coverage.ts
import { GetTelemetryMetadataCommand, paginateListAssessmentRunAgents } from "@aws-sdk/client-inspector";
var UNHEALTHY_AGENTS_SHOWN = 20;
async function readCoverage(api, runArn, settings) {
  let agents = 0;
  let healthy = 0;
  let reporting = 0;
  const unhealthyAgents = [];
  const listAgents = async () => {
    for await (const page of api.pages(
      "ListAssessmentRunAgents",
      (o) => paginateListAssessmentRunAgents(
        { client: api.client, pageSize: 500, stopOnSameToken: true },
        { assessmentRunArn: runArn },
        o
      )
    )) {
      for (const agent of page.assessmentRunAgents ?? []) {
        agents++;
        if (agent.agentHealth === "HEALTHY") {
          healthy++;
          const messages = (agent.telemetryMetadata ?? []).reduce((sum, t) => sum + (t.count ?? 0), 0);
          if (messages > 0) reporting++;
        } else if (unhealthyAgents.length < UNHEALTHY_AGENTS_SHOWN) {
          const entry = { agentId: agent.agentId ?? "unknown" };
          if (agent.agentHealthCode !== void 0) entry.healthCode = agent.agentHealthCode;
          unhealthyAgents.push(entry);
        }
      }
    }
  };
  const [listed2, read] = await Promise.allSettled([
    listAgents(),
    api.call(
      "GetTelemetryMetadata",
      (o) => api.client.send(new GetTelemetryMetadataCommand({ assessmentRunArn: runArn }), o)
    )
  ]);
  if (listed2.status === "rejected") throw listed2.reason;
  if (read.status === "rejected") throw read.reason;
  const telemetry = read.value;
  const telemetryMessages = {};
  for (const t of telemetry.telemetryMetadata ?? []) {
    const type = t.messageType ?? "unknown";
    telemetryMessages[type] = (telemetryMessages[type] ?? 0) + (t.count ?? 0);
  }
  return {
    agents,
    healthy,
    unhealthy: agents - healthy,
    reporting,
    telemetryMessages,
    unhealthyAgents,
    minAgents: settings.minAgents,
    unhealthyPolicy: settings.unhealthyAgents
  };
}
function coverageMatters(settings) {
  return settings.minAgents > 0 || settings.unhealthyAgents !== "ignore";
}
function judgeCoverage(info) {
  const warnings = [];
  const unhealthyList = info.unhealthyAgents.map((a) => a.healthCode ? `${a.agentId} (${a.healthCode})` : a.agentId).join(", ");
  const more = info.unhealthy > info.unhealthyAgents.length ? ` and ${info.unhealthy - info.unhealthyAgents.length} more` : "";
  if (info.reporting < info.minAgents) {
    const unhealthyNote = info.unhealthy > 0 ? `; unhealthy: ${unhealthyList}${more}` : "";
    return {
      error: new InspectorError(
        "COVERAGE_INSUFFICIENT",
        `only ${info.reporting} of ${info.agents} agent${info.agents === 1 ? "" : "s"} were healthy and reported telemetry; the policy requires at least ${info.minAgents} (coverage.min-agents)${unhealthyNote}. Too little was assessed for the findings to be evidence.`
      ),
      warnings
    };
  }
  if (info.unhealthy > 0) {
    const message = `${info.unhealthy} of ${info.agents} agent${info.agents === 1 ? "" : "s"} ${info.unhealthy === 1 ? "was" : "were"} unhealthy during the run: ${unhealthyList}${more}`;
    if (info.unhealthyPolicy === "fail") {
      return {
        error: new InspectorError(
          "COVERAGE_UNHEALTHY_AGENTS",
          `${message} (coverage.unhealthy-agents: fail)`
        ),
        warnings
      };
    }
    if (info.unhealthyPolicy === "warn") warnings.push(message);
  }
  return { warnings };
}

// src/sources/classic/filter.ts
var CLASSIC2 = new Set(CLASSIC_SEVERITIES);
var NO_ATTRIBUTES3 = [];
var FILTER_LIMITS = {
  rulesPackages: 50,
  attributes: 50,
  agentIds: 500,
  autoScalingGroups: 20
};
function bounded(values, limit) {
  return values !== void 0 && values.length <= limit ? values : void 0;
}
function classicServerFilter(needs) {
  if (needs.targets.length === 0) return void 0;
  const filter = {};
  const severities = neededSeverities(needs);
  if (severities) filter.severities = severities;
  const rulesPackages = bounded(neededValues(needs, "rulesPackage"), FILTER_LIMITS.rulesPackages);
  if (rulesPackages) filter.rulesPackages = rulesPackages;
  const agentIds = bounded(neededValues(needs, "agentId"), FILTER_LIMITS.agentIds);
  if (agentIds) filter.agentIds = agentIds;
  const groups = bounded(neededValues(needs, "autoScalingGroup"), FILTER_LIMITS.autoScalingGroups);
  if (groups) filter.autoScalingGroups = groups;
  const attributes = commonPairs(needs, "attributes")?.slice(0, FILTER_LIMITS.attributes);
  if (attributes) filter.attributes = attributes;
  const userAttributes = commonPairs(needs, "userAttributes")?.slice(0, FILTER_LIMITS.attributes);
  if (userAttributes) filter.userAttributes = userAttributes;
  return Object.keys(filter).length > 0 ? filter : void 0;
}
function planFetch(policy) {
  const needs = policyNeeds(policy);
  const filter = classicServerFilter(needs);
  return filter ? { severityOnly: needs.severityOnly, filter } : { severityOnly: needs.severityOnly };
}
function hasPair(list2, pair) {
  for (const a of list2 ?? NO_ATTRIBUTES3) if (a.key === pair.key && a.value === pair.value) return true;
  return false;
}
function matchesServerFilter(finding, filter) {
  if (filter.severities?.length && !filter.severities.includes(finding.severity)) return false;
  if (filter.rulesPackages?.length) {
    const name = finding.rulesPackageName;
    const arn = finding.rulesPackageArn;
    if (!filter.rulesPackages.some((p) => p === name || p === arn)) return false;
  }
  if (filter.agentIds?.length) {
    const agent = finding.asset?.agentId;
    if (agent === void 0 || !filter.agentIds.includes(agent)) return false;
  }
  if (filter.autoScalingGroups?.length) {
    const group = finding.asset?.autoScalingGroup;
    if (group === void 0 || !filter.autoScalingGroups.includes(group)) return false;
  }
  if (filter.attributes?.length && !filter.attributes.every((p) => hasPair(finding.attributes, p)))
    return false;
  if (filter.userAttributes?.length && !filter.userAttributes.every((p) => hasPair(finding.userAttributes, p))) {
    return false;
  }
  return true;
}
var MAX = {
  agentIds: 99,
  autoScalingGroups: 20,
  attributes: 50,
  rulesPackageArns: 50,
  severities: 50
};
function toFindingFilter(filter, rulesPackageNames2) {
  if (filter === void 0) return void 0;
  const out = {};
  const anyOf = (list2, max) => list2 !== void 0 && list2.length > 0 && list2.length <= max ? [...new Set(list2)] : void 0;
  const classic = filter.severities?.filter((s) => CLASSIC2.has(s));
  const severities = anyOf(classic, MAX.severities);
  if (severities) out.severities = severities;
  if (filter.rulesPackages !== void 0 && filter.rulesPackages.length > 0) {
    const arns = /* @__PURE__ */ new Set();
    for (const entry of filter.rulesPackages) {
      if (entry.startsWith("arn:")) {
        arns.add(entry);
        continue;
      }
      for (const [arn, name] of rulesPackageNames2) if (name === entry) arns.add(arn);
    }
    const list2 = anyOf([...arns], MAX.rulesPackageArns);
    if (list2) out.rulesPackageArns = list2;
  }
  const agentIds = anyOf(filter.agentIds, MAX.agentIds);
  if (agentIds) out.agentIds = agentIds;
  const groups = anyOf(filter.autoScalingGroups, MAX.autoScalingGroups);
  if (groups) out.autoScalingGroups = groups;
  const attributes = (filter.attributes ?? []).slice(0, MAX.attributes);
  if (attributes.length > 0) out.attributes = attributes.map((a) => ({ key: a.key, value: a.value }));
  const userAttributes = (filter.userAttributes ?? []).slice(0, MAX.attributes);
  if (userAttributes.length > 0)
    out.userAttributes = userAttributes.map((a) => ({ key: a.key, value: a.value }));
  return Object.keys(out).length > 0 ? out : void 0;
}
function isSeverityOnlyFilter(filter) {
  return filter !== void 0 && Object.keys(filter).length === 1 && Array.isArray(filter.severities);
}

// src/sources/classic/findings.ts
import { setMaxListeners } from "node:events";
import {
  DescribeFindingsCommand,
  paginateListFindings
} from "@aws-sdk/client-inspector";
var LIST_PAGE_SIZE = 500;
var DEFAULT_CONCURRENCY2 = 8;
var DEFAULT_ITEM_RETRIES = 4;
var ListingCheck = class {
  constructor(runArn) {
    this.runArn = runArn;
    this.prefix = `${runArn}/finding/`;
  }
  runArn;
  prefix;
  seen = /* @__PURE__ */ new Set();
  pages = 0;
  /** The page's finding ARNs, checked; throws an InspectorError when the page is not what was asked for. */
  arnsOf(page) {
    this.pages++;
    const arns = page.findingArns;
    if (!Array.isArray(arns)) {
      throw new InspectorError(
        "FINDINGS_LISTING_INVALID",
        `ListFindings page ${this.pages} of run ${this.runArn} has no findingArns (a required member), which is not an empty page; refusing to decide on a listing that cannot be read`
      );
    }
    for (const arn of arns) {
      if (typeof arn !== "string" || !arn.startsWith(this.prefix) || arn.length === this.prefix.length) {
        throw new InspectorError(
          "FINDINGS_FOREIGN",
          `ListFindings listed ${typeof arn === "string" ? `finding ${arn}` : `a ${typeof arn} for a finding ARN`}, which is not a finding of run ${this.runArn}; refusing to decide on another run's findings`
        );
      }
      const id = arn.slice(this.prefix.length);
      if (this.seen.has(id)) {
        throw new InspectorError(
          "FINDINGS_DUPLICATE",
          `ListFindings listed finding ${arn} twice (again on page ${this.pages}); a listing that repeats findings cannot be counted, refusing to decide on it`
        );
      }
      this.seen.add(id);
    }
    return arns;
  }
};
var ArnQueue = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  head = 0;
  closed = false;
  failed = false;
  wakeups = [];
  get size() {
    return this.items.length - this.head;
  }
  wake() {
    const waiting = this.wakeups;
    this.wakeups = [];
    for (const w of waiting) w();
  }
  changed() {
    return new Promise((resolve2) => this.wakeups.push(resolve2));
  }
  async push(arns) {
    while (this.size >= this.capacity && !this.failed) await this.changed();
    if (this.failed) return;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    for (const arn of arns) this.items.push(arn);
    this.wake();
  }
  /** Up to `n` ARNs: a full batch unless the queue is closed; undefined once closed and drained. */
  async take(n) {
    while (this.size < n && !this.closed && !this.failed) await this.changed();
    if (this.failed || this.size === 0) return void 0;
    const batch = this.items.slice(this.head, this.head + n);
    this.head += batch.length;
    this.wake();
    return batch;
  }
  close() {
    this.closed = true;
    this.wake();
  }
  fail() {
    this.failed = true;
    this.wake();
  }
};
async function fetchFindings(api, options) {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY2));
  const itemRetries = options.itemRetries ?? DEFAULT_ITEM_RETRIES;
  const random = options.random ?? Math.random;
  const { clock, deadline } = options;
  const stop = new AbortController();
  setMaxListeners(concurrency + 8, stop.signal);
  const onParentAbort = () => stop.abort(api.signal.reason);
  if (api.signal.aborted) stop.abort(api.signal.reason);
  else api.signal.addEventListener("abort", onParentAbort, { once: true });
  const inner = new InspectorApi(api.client, stop.signal);
  const queue = new ArnQueue(Math.max(2 * LIST_PAGE_SIZE, 4 * concurrency * DESCRIBE_BATCH));
  let listed2 = 0;
  let described = 0;
  let pages = 0;
  let retriedItems = 0;
  let listingDone = false;
  let firstError;
  const progress = () => options.onProgress?.({ listed: listed2, described, listingDone });
  const checkDeadline = (phase) => {
    if (clock.now() >= deadline) throw new DeadlineExceeded(phase);
  };
  const lister = async () => {
    const input = {
      assessmentRunArns: [options.runArn],
      maxResults: LIST_PAGE_SIZE,
      ...options.filter ? { filter: options.filter } : {}
    };
    checkDeadline("listing findings");
    const check = new ListingCheck(options.runArn);
    for await (const page of inner.pages(
      "ListFindings",
      (o) => paginateListFindings(
        { client: inner.client, pageSize: LIST_PAGE_SIZE, stopOnSameToken: true },
        { ...input },
        o
      )
    )) {
      pages++;
      const arns = check.arnsOf(page);
      listed2 += arns.length;
      progress();
      await queue.push(arns);
      checkDeadline("listing findings");
    }
    listingDone = true;
    queue.close();
    progress();
  };
  const describe = async (batch) => {
    let pending = batch;
    for (let attempt = 0; ; attempt++) {
      checkDeadline("describing findings");
      const asked = pending;
      const out = await inner.call(
        "DescribeFindings",
        (o) => inner.client.send(new DescribeFindingsCommand({ findingArns: asked }), o)
      );
      const open2 = new Set(asked);
      const batch2 = [];
      for (const finding of out.findings ?? []) {
        if (finding.arn === void 0 || !open2.delete(finding.arn)) {
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `DescribeFindings returned finding ${finding.arn ?? "(no ARN)"}, which was not asked for or came twice`
          );
        }
        const ofRun = finding.serviceAttributes?.assessmentRunArn;
        if (ofRun !== void 0 && ofRun !== options.runArn) {
          throw new InspectorError(
            "FINDINGS_FOREIGN",
            `DescribeFindings described finding ${finding.arn} as one of run ${ofRun}, not of run ${options.runArn}; refusing to decide on another run's findings`
          );
        }
        batch2.push(finding);
      }
      const retry = [];
      const codes = /* @__PURE__ */ new Set();
      for (const [arn, item] of Object.entries(out.failedItems ?? {})) {
        if (!open2.delete(arn)) {
          if (asked.includes(arn)) continue;
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `DescribeFindings reported a failed item for ${arn}, which was not asked for`
          );
        }
        if (item.retryable === true) {
          retry.push(arn);
          codes.add(item.failureCode ?? "UNKNOWN");
        } else {
          throw new InspectorError(
            "FINDINGS_INCOMPLETE",
            `DescribeFindings could not describe finding ${arn}: ${item.failureCode ?? "UNKNOWN"} (not retryable); refusing to decide on incomplete data`
          );
        }
      }
      if (open2.size > 0) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `DescribeFindings returned neither a finding nor a failed item for ${open2.size} of the ${asked.length} findings asked for (e.g. ${[...open2][0]}); refusing to decide on incomplete data`
        );
      }
      if (batch2.length > 0) {
        described += batch2.length;
        await options.onFindings(batch2);
      }
      progress();
      if (retry.length === 0) return;
      if (attempt >= itemRetries) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `DescribeFindings still could not describe ${retry.length} finding${retry.length === 1 ? "" : "s"} (${[...codes].join(", ")}) after ${attempt + 1} attempts; refusing to decide on incomplete data`
        );
      }
      retriedItems += retry.length;
      const delay = Math.min(2e3, 100 * 2 ** attempt * (0.5 + random()));
      try {
        await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())), stop.signal);
      } catch (error) {
        if (stop.signal.aborted) throw new GateAborted(stop.signal.reason);
        throw error;
      }
      pending = retry;
    }
  };
  const worker = async () => {
    while (true) {
      const batch = await queue.take(DESCRIBE_BATCH);
      if (batch === void 0) return;
      await describe(batch);
    }
  };
  const guard = (task) => task().catch((error) => {
    if (firstError === void 0) firstError = error;
    queue.fail();
    if (!stop.signal.aborted) stop.abort(new Error("fetching findings failed"));
  });
  try {
    await Promise.all([guard(lister), ...Array.from({ length: concurrency }, () => guard(worker))]);
  } finally {
    api.signal.removeEventListener("abort", onParentAbort);
  }
  if (api.signal.aborted) throw new GateAborted(api.signal.reason);
  if (firstError !== void 0) throw firstError;
  return { listed: listed2, described, pages, retriedItems };
}
async function listFindingsUpTo(api, runArn, filter, limit) {
  const pageSize = Math.min(LIST_PAGE_SIZE, Math.max(0, Math.floor(limit)) + 1);
  let listed2 = 0;
  let pages = 0;
  const check = new ListingCheck(runArn);
  for await (const page of api.pages(
    "ListFindings",
    (o) => paginateListFindings(
      { client: api.client, pageSize, stopOnSameToken: true },
      { assessmentRunArns: [runArn], filter, maxResults: pageSize },
      o
    )
  )) {
    pages++;
    listed2 += check.arnsOf(page).length;
    if (listed2 > limit) return { listed: listed2, complete: false, pages };
  }
  return { listed: listed2, complete: true, pages };
}

// src/sources/shared/timestamp.ts
function timestamp(value) {
  let ms;
  if (value instanceof Date) {
    ms = value.getTime();
  } else if (typeof value === "number" && Number.isFinite(value)) {
    ms = Math.abs(value) >= 1e11 ? value : value * 1e3;
  } else if (typeof value === "string" && value.trim() !== "") {
    const iso2 = canonicalUtc(value);
    if (iso2 !== void 0) return iso2;
    const trimmed = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(trimmed)) return timestamp(Number(trimmed));
    ms = Date.parse(trimmed.replace(/(\.\d{3})\d+/, "$1"));
  } else return void 0;
  if (!Number.isFinite(ms)) return void 0;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? void 0 : date.toISOString();
}
var DIGIT_0 = 48;
function digits(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function canonicalUtc(text) {
  const n = text.length;
  if (n < 20) return void 0;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return void 0;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return void 0;
  let end = 19;
  let fraction = "000";
  if (text.charCodeAt(19) === 46) {
    end = 20;
    while (end < n && text.charCodeAt(end) >= DIGIT_0 && text.charCodeAt(end) <= DIGIT_0 + 9) end++;
    if (end === 20) return void 0;
    fraction = end - 20 >= 3 ? text.slice(20, 23) : text.slice(20, end).padEnd(3, "0");
  }
  const zone = text.slice(end);
  if (zone !== "Z" && zone !== "+00:00" && zone !== "-00:00") return void 0;
  return `${text.slice(0, 19)}.${fraction}Z`;
}

// src/sources/shared/values.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === "object") return "an object";
  return String(value);
}

// src/sources/classic/normalize.ts
var CLASSIC3 = new Set(CLASSIC_SEVERITIES);
var SEVERITY_LIST = [...CLASSIC_SEVERITIES].reverse().join(", ");
function isClassicSeverity(value) {
  return typeof value === "string" && CLASSIC3.has(value);
}
var MAX_UNRESOLVED = 20;
var UNRESOLVED_NAME = Object.freeze(["rulesPackageName"]);
var THROWING_SINK = {
  add(problem) {
    throw new InspectorError(
      "FINDINGS_MALFORMED",
      `Inspector returned a malformed finding: ${problem}; refusing to decide on it`
    );
  }
};
var ClassicFindingReader = class {
  index = 0;
  value;
  ok = true;
  badFn = (message) => this.bad(message);
  problems;
  where;
  names;
  /** The last rules package ARN seen and its name (findings come in runs of one package). */
  lastArn;
  lastName;
  unresolvedArns = /* @__PURE__ */ new Set();
  unresolvedCount = 0;
  constructor(options = {}) {
    this.problems = options.problems ?? THROWING_SINK;
    this.where = options.where ?? defaultWhere;
    this.names = options.rulesPackageNames;
  }
  bad(message) {
    this.ok = false;
    this.problems.add(`${this.where(this.index, this.value)}: ${message}`);
  }
  /** Findings whose rules package could not be named, and (up to 20 of) their distinct ARNs. */
  unresolved() {
    return { findings: this.unresolvedCount, arns: [...this.unresolvedArns] };
  }
  /** The name of a rules package ARN: DescribeRulesPackages' answer, else Amazon's published table. */
  packageName(arn) {
    if (arn === this.lastArn) return this.lastName;
    const name = this.names?.get(arn) ?? publishedRulesPackageName(arn);
    this.lastArn = arn;
    this.lastName = name;
    return name;
  }
  str(key, v) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "string") return v;
    this.bad(`${key} must be a string, got ${describeValue(v)}`);
    return void 0;
  }
  num(key, v) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.bad(`${key} must be a number, got ${describeValue(v)}`);
    return void 0;
  }
  /** The finding at `index`, or undefined (its problems reported) when it is not valid. */
  convert(value, index = 0) {
    this.index = index;
    this.value = value;
    this.ok = true;
    if (!isObject(value)) {
      this.bad(`expected a finding object, got ${describeValue(value)}`);
      return void 0;
    }
    const bad = this.badFn;
    const arn = value.arn;
    if (typeof arn !== "string" || arn === "") {
      this.bad(`arn must be a non-empty string, got ${describeValue(arn)}`);
    }
    let severity = "Undefined";
    if (isClassicSeverity(value.severity)) severity = value.severity;
    else if (value.severity === void 0 || value.severity === null) {
      this.bad(`severity is missing: expected one of ${SEVERITY_LIST}`);
    } else this.bad(`severity ${describeValue(value.severity)} is not one of ${SEVERITY_LIST}`);
    const attributes = attributeList("attributes", value.attributes, bad);
    const userAttributes = attributeList("userAttributes", value.userAttributes, bad);
    const assetSource = isObject(value.asset) ? value.asset : isObject(value.assetAttributes) ? value.assetAttributes : {};
    const asset = {};
    const agentId = this.str("assetAttributes.agentId", assetSource.agentId);
    if (agentId !== void 0) asset.agentId = agentId;
    const hostname = this.str("assetAttributes.hostname", assetSource.hostname);
    if (hostname !== void 0) asset.hostname = hostname;
    const group = this.str("assetAttributes.autoScalingGroup", assetSource.autoScalingGroup);
    if (group !== void 0) asset.autoScalingGroup = group;
    const amiId = this.str("assetAttributes.amiId", assetSource.amiId);
    if (amiId !== void 0) asset.amiId = amiId;
    const ipv4 = assetSource.ipv4Addresses;
    if (ipv4 !== void 0) {
      if (Array.isArray(ipv4) && allStrings(ipv4)) {
        if (ipv4.length > 0) asset.ipv4Addresses = ipv4;
      } else this.bad("assetAttributes.ipv4Addresses must be a list of strings");
    }
    const out = {
      arn: typeof arn === "string" ? arn : "",
      severity,
      attributes,
      userAttributes,
      asset
    };
    const id = this.str("id", value.id);
    if (id !== void 0) out.id = id;
    const title = this.str("title", value.title);
    if (title !== void 0) out.title = title;
    const numericSeverity = this.num("numericSeverity", value.numericSeverity);
    if (numericSeverity !== void 0) out.numericSeverity = numericSeverity;
    const confidence = this.num("confidence", value.confidence);
    if (confidence !== void 0) out.confidence = confidence;
    if (value.indicatorOfCompromise !== void 0 && value.indicatorOfCompromise !== null) {
      if (typeof value.indicatorOfCompromise === "boolean")
        out.indicatorOfCompromise = value.indicatorOfCompromise;
      else
        this.bad(
          `indicatorOfCompromise must be true or false, got ${describeValue(value.indicatorOfCompromise)}`
        );
    }
    const service = isObject(value.serviceAttributes) ? value.serviceAttributes : {};
    const packageArn = this.str("rulesPackageArn", value.rulesPackageArn ?? service.rulesPackageArn);
    if (packageArn !== void 0) out.rulesPackageArn = packageArn;
    const packageName = (packageArn !== void 0 ? this.packageName(packageArn) : void 0) ?? this.str("rulesPackageName", value.rulesPackageName);
    if (packageName !== void 0) out.rulesPackageName = packageName;
    else if (packageArn !== void 0) {
      out.unresolved = UNRESOLVED_NAME;
      this.unresolvedCount++;
      if (this.unresolvedArns.size < MAX_UNRESOLVED) this.unresolvedArns.add(packageArn);
    }
    if (value.createdAt !== void 0 && value.createdAt !== null) {
      const createdAt = timestamp(value.createdAt);
      if (createdAt === void 0) {
        this.bad(
          `createdAt ${describeValue(value.createdAt)} is not a timestamp: expected epoch seconds or an ISO-8601 string`
        );
      } else out.createdAt = createdAt;
    }
    return this.ok ? out : void 0;
  }
};
function defaultWhere(index) {
  return `[${index}]`;
}
function allStrings(list2) {
  for (let i = 0; i < list2.length; i++) if (typeof list2[i] !== "string") return false;
  return true;
}
function attributeList(key, value, bad) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    bad(`${key} must be a list of {key, value} objects, got ${describeValue(value)}`);
    return [];
  }
  const out = [];
  for (let i = 0; i < value.length; i++) {
    const a = value[i];
    if (!isObject(a) || typeof a.key !== "string" || a.value !== void 0 && a.value !== null && typeof a.value !== "string") {
      bad(`${key}[${i}] must be an object with a string key and an optional string value`);
      continue;
    }
    out.push(typeof a.value === "string" ? { key: a.key, value: a.value } : { key: a.key });
  }
  return out;
}
function fetchedWhere(_index, value) {
  const arn = isObject(value) ? value.arn : void 0;
  return typeof arn === "string" ? `finding ${arn}` : "a finding without an ARN";
}

// src/sources/classic/packages.ts
import { DescribeRulesPackagesCommand } from "@aws-sdk/client-inspector";

// src/core/batch.ts
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// src/sources/classic/packages.ts
async function rulesPackageNames(api, arns) {
  const names = /* @__PURE__ */ new Map();
  for (const batch of chunks([...new Set(arns)], DESCRIBE_BATCH)) {
    const out = await api.call(
      "DescribeRulesPackages",
      (o) => api.client.send(new DescribeRulesPackagesCommand({ rulesPackageArns: batch }), o)
    );
    for (const p of out.rulesPackages ?? []) {
      if (p.arn !== void 0 && p.name !== void 0) names.set(p.arn, p.name);
    }
  }
  return names;
}

// src/sources/classic/wait.ts
import { AssessmentRunState } from "@aws-sdk/client-inspector";

// src/core/wait.ts
var MAX_POLL_DELAY_MS = 6e4;
var GROWTH2 = 1.5;
var BRISK_WINDOW_MS = 10 * 6e4;
var BRISK_CAP_MS = 15e3;
var JITTER = 0.2;
function backoffDelay(n, minDelayMs, maxDelayMs, random) {
  if (n <= 0) return Math.min(minDelayMs, maxDelayMs);
  const base = minDelayMs * GROWTH2 ** n;
  const jittered = base * (1 - JITTER / 2 + JITTER * random());
  return Math.round(Math.min(maxDelayMs, Math.max(minDelayMs, jittered)));
}
async function createWaiter(config, check) {
  const { clock, minDelayMs, deadline, abortSignal } = config;
  const maxDelayMs = config.maxDelayMs ?? MAX_POLL_DELAY_MS;
  const random = config.random ?? Math.random;
  let checks = 0;
  let reason;
  let n = 0;
  let wakePassed = false;
  while (true) {
    if (abortSignal?.aborted) return { state: "ABORTED", reason, checks };
    const result = await check();
    checks++;
    reason = result.reason;
    if (result.state !== "RETRY") return { state: result.state, reason, checks };
    const now = clock.now();
    const remaining = deadline - now;
    if (remaining <= 0) return { state: "TIMEOUT", reason, checks };
    let delay = backoffDelay(n, minDelayMs, maxDelayMs, random);
    n++;
    const wake = config.wakeBy?.(result.reason);
    if (wake !== void 0) {
      if (wake > now) delay = Math.min(delay, Math.max(1, wake - now));
      else if (!wakePassed) {
        wakePassed = true;
        n = 1;
        delay = minDelayMs;
      } else if (now - wake < BRISK_WINDOW_MS) {
        delay = Math.min(delay, Math.max(minDelayMs, BRISK_CAP_MS));
      }
    }
    delay = Math.min(delay, remaining);
    try {
      await clock.sleep(delay, abortSignal);
    } catch (error) {
      if (abortSignal?.aborted) return { state: "ABORTED", reason, checks };
      throw error;
    }
  }
}

// src/sources/classic/runs.ts
import {
  DescribeAssessmentRunsCommand,
  DescribeAssessmentTemplatesCommand,
  paginateListAssessmentRuns,
  StartAssessmentRunCommand,
  StopAssessmentRunCommand
} from "@aws-sdk/client-inspector";
function checkRun(run, asked, templateArn) {
  if (run.arn === void 0 || !asked.includes(run.arn)) {
    throw new InspectorError(
      "RUN_NOT_ASKED_FOR",
      `DescribeAssessmentRuns described run ${run.arn ?? "(no ARN)"}, which was not asked for (${asked.slice(0, 3).join(", ")}${asked.length > 3 ? ", …" : ""}); refusing to decide on another run`
    );
  }
  if (templateArn !== void 0 && (run.assessmentTemplateArn !== templateArn || !run.arn.startsWith(`${templateArn}/run/`))) {
    throw new InspectorError(
      "RUN_TEMPLATE_MISMATCH",
      `assessment run '${run.name ?? "?"}' (${run.arn}, described as a run of template ${run.assessmentTemplateArn ?? "(none)"}) is not a run of template ${templateArn} the gate was given; refusing to decide on another template's run`
    );
  }
}
async function describeRuns(api, arns, templateArn) {
  const runs = [];
  for (const batch of chunks(arns, DESCRIBE_BATCH)) {
    const out = await api.call(
      "DescribeAssessmentRuns",
      (o) => api.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: batch }), o)
    );
    for (const run of out.assessmentRuns ?? []) {
      checkRun(run, batch, templateArn);
      runs.push(run);
    }
  }
  return runs;
}
async function describeRun(api, arn, templateArn) {
  const out = await api.call(
    "DescribeAssessmentRuns",
    (o) => api.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [arn] }), o)
  );
  const runs = out.assessmentRuns ?? [];
  for (const r of runs) checkRun(r, [arn], templateArn);
  const run = runs[0];
  if (run === void 0) {
    const failure = out.failedItems?.[arn]?.failureCode;
    throw new InspectorError(
      "RUN_NOT_FOUND",
      `assessment run ${arn} was not found${failure ? ` (${failure})` : ""}`
    );
  }
  return run;
}
async function describeTemplate(api, arn) {
  const out = await api.call(
    "DescribeAssessmentTemplates",
    (o) => api.client.send(new DescribeAssessmentTemplatesCommand({ assessmentTemplateArns: [arn] }), o)
  );
  const template = out.assessmentTemplates?.find((t) => t.arn === arn);
  if (template === void 0) {
    const failure = out.failedItems?.[arn]?.failureCode;
    throw new InspectorError(
      "TEMPLATE_NOT_FOUND",
      `assessment template ${arn} was not found${failure ? ` (${failure})` : ""}`
    );
  }
  return template;
}
async function listRunArns(api, input) {
  const arns = [];
  for await (const page of api.pages(
    "ListAssessmentRuns",
    (o) => paginateListAssessmentRuns({ client: api.client, pageSize: 500, stopOnSameToken: true }, { ...input }, o)
  )) {
    if (!Array.isArray(page.assessmentRunArns)) {
      throw new InspectorError(
        "INSPECTOR_RESPONSE_INVALID",
        "ListAssessmentRuns returned a page without assessmentRunArns (a required member)"
      );
    }
    arns.push(...page.assessmentRunArns);
  }
  return arns;
}
function newest(runs, at) {
  let best;
  for (const run of runs) {
    const t = at(run)?.getTime() ?? 0;
    if (best === void 0 || t > (at(best)?.getTime() ?? 0)) best = run;
  }
  return best;
}
async function findRunByName(api, templateArn, name) {
  const arns = await listRunArns(api, {
    assessmentTemplateArns: [templateArn],
    filter: { namePattern: name }
  });
  if (arns.length === 0) return void 0;
  const runs = (await describeRuns(api, arns, templateArn)).filter((r) => r.name === name);
  return newest(runs, (r) => r.createdAt);
}
async function findLatestCompletedRun(api, templateArn, options) {
  const base = {
    assessmentTemplateArns: [templateArn],
    filter: { states: ["COMPLETED"] }
  };
  const latestOf = async (input) => {
    const runs = await describeRuns(api, await listRunArns(api, input), templateArn);
    for (const run of runs) {
      if (run.state !== "COMPLETED") {
        throw new InspectorError(
          "RUN_STATE_CHANGED",
          `ListAssessmentRuns listed run '${run.name ?? "?"}' (${run.arn}) as COMPLETED, but it is ${run.state ?? "UNKNOWN"}; refusing to decide on a listing that contradicts the runs`
        );
      }
    }
    return newest(runs, (r) => r.completedAt);
  };
  if (options.maxAgeMs === void 0) {
    const run = await latestOf(base);
    if (run === void 0) throw noCompletedRun(templateArn);
    return run;
  }
  const since = new Date(options.now - options.maxAgeMs);
  const recent = await latestOf({
    ...base,
    filter: { ...base.filter, completionTimeRange: { beginDate: since } }
  });
  if (recent?.completedAt !== void 0 && recent.completedAt.getTime() >= since.getTime()) return recent;
  const older = await latestOf(base);
  if (older === void 0) throw noCompletedRun(templateArn);
  const completed = older.completedAt?.toISOString() ?? "an unknown time";
  throw new InspectorError(
    "RUN_TOO_OLD",
    `the latest COMPLETED run of template ${templateArn} is '${older.name}' (${older.arn}), completed ${completed}, older than the maximum age of ${formatDuration(options.maxAgeMs)}`
  );
}
function noCompletedRun(templateArn) {
  return new InspectorError(
    "NO_COMPLETED_RUN",
    `assessment template ${templateArn} has no COMPLETED run to evaluate`
  );
}
async function startOrReuseRun(api, templateArn, name, options) {
  const [check, lookup] = await Promise.allSettled([
    options.alongside ?? Promise.resolve(),
    findRunByName(api, templateArn, name)
  ]);
  if (check.status === "rejected") throw check.reason;
  if (lookup.status === "rejected") throw lookup.reason;
  const existing = lookup.value;
  if (existing?.arn !== void 0) return { arn: existing.arn, started: false, run: existing };
  let attempt = 0;
  while (true) {
    const outcome = await api.call("StartAssessmentRun", async (o) => {
      try {
        const out = await api.client.send(
          new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn, assessmentRunName: name }),
          o
        );
        return { kind: "started", arn: out.assessmentRunArn };
      } catch (error) {
        if (error instanceof Error && error.name === "AgentsAlreadyRunningAssessmentException") {
          return { kind: "busy", error };
        }
        if (error instanceof Error && error.name === "InvalidInputException") {
          return { kind: "invalid", error };
        }
        throw error;
      }
    });
    if (outcome.kind === "started") {
      if (outcome.arn === void 0) {
        throw new InspectorError("INSPECTOR_API", "Inspector StartAssessmentRun returned no run ARN");
      }
      return { arn: outcome.arn, started: true };
    }
    if (outcome.kind === "invalid") {
      const raced = await findRunByName(api, templateArn, name);
      if (raced?.arn !== void 0) return { arn: raced.arn, started: false, run: raced };
      throw new InspectorError(
        "INVALID_INPUT",
        `Inspector StartAssessmentRun refused run '${name}' of template ${templateArn}: ${outcome.error.message}`,
        { cause: outcome.error }
      );
    }
    const agents = outcome.error.agents ?? [];
    const heldBy = [...new Set(agents.map((a) => a.assessmentRunArn).filter((a) => a !== void 0))];
    const agentIds = agents.map((a) => a.agentId).filter((a) => a !== void 0);
    const remaining = options.deadline - options.clock.now();
    const holders = heldBy.length > 0 ? heldBy.join(", ") : "another run";
    if (remaining <= 0) {
      throw new InspectorError(
        "AGENTS_BUSY",
        `the agents of template ${templateArn} are still busy in ${holders} (${describeAgents(agentIds, outcome.error.agentsTruncated === true)}); gave up at the deadline`
      );
    }
    const delay = Math.min(
      remaining,
      backoffDelay(attempt++, options.pollIntervalMs, 6e4, options.random ?? Math.random)
    );
    options.onBusy?.({
      heldBy,
      agents: agentIds,
      agentsTruncated: outcome.error.agentsTruncated === true,
      retryInMs: delay
    });
    try {
      await options.clock.sleep(delay, options.abortSignal);
    } catch (error) {
      if (options.abortSignal.aborted) throw new GateAborted(options.abortSignal.reason);
      throw error;
    }
  }
}
function describeAgents(ids, truncated) {
  if (ids.length === 0) return "agents not named";
  const shown2 = ids.slice(0, 5).join(", ");
  const more = ids.length > 5 || truncated ? ", …" : "";
  return `agent${ids.length === 1 ? "" : "s"} ${shown2}${more}`;
}
async function stopRun(api, arn) {
  await api.call(
    "StopAssessmentRun",
    (o) => api.client.send(
      new StopAssessmentRunCommand({ assessmentRunArn: arn, stopAction: "SKIP_EVALUATION" }),
      o
    )
  );
}

// src/sources/classic/wait.ts
var SUCCESS_STATES = /* @__PURE__ */ new Set(["COMPLETED"]);
var PARTIAL_STATES = /* @__PURE__ */ new Set(["COMPLETED_WITH_ERRORS"]);
var FAILURE_STATES = /* @__PURE__ */ new Set(["FAILED", "ERROR", "CANCELED"]);
var RUN_STATES = new Set(Object.values(AssessmentRunState));
function checkKnownState(run) {
  if (run.state !== void 0 && RUN_STATES.has(run.state)) return;
  throw new InspectorError(
    "RUN_STATE_UNKNOWN",
    `assessment run '${run.name ?? "?"}' (${run.arn ?? "?"}) is in state ${run.state === void 0 ? "(none)" : `'${run.state.slice(0, 64)}'`}, which Inspector Classic does not define; refusing to wait on it or decide on it`
  );
}
function isTerminalState(state) {
  return state !== void 0 && (SUCCESS_STATES.has(state) || PARTIAL_STATES.has(state) || FAILURE_STATES.has(state));
}
function checkRunState(run, allowPartial) {
  const state = run.state ?? "";
  if (SUCCESS_STATES.has(state)) return { state: "SUCCESS", reason: run };
  if (PARTIAL_STATES.has(state)) return { state: allowPartial ? "SUCCESS" : "FAILURE", reason: run };
  if (FAILURE_STATES.has(state)) return { state: "FAILURE", reason: run };
  return { state: "RETRY", reason: run };
}
function expectedEnd(run, slackMs) {
  if (run.startedAt === void 0 || run.durationInSeconds === void 0) return void 0;
  return run.startedAt.getTime() + run.durationInSeconds * 1e3 + slackMs;
}
function waitUntilRunFinished(api, runArn, options) {
  let previous;
  let initial = options.initial;
  const slack = Math.min(options.pollIntervalMs, 2e3);
  return createWaiter(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      ...options.abortSignal ? { abortSignal: options.abortSignal } : {},
      ...options.random ? { random: options.random } : {},
      wakeBy: (run) => expectedEnd(run, slack)
    },
    async () => {
      let run;
      if (initial !== void 0) {
        run = initial;
        initial = void 0;
      } else {
        run = await describeRun(api, runArn, options.templateArn);
      }
      checkKnownState(run);
      if (run.state !== previous) {
        options.onState?.(run, previous);
        previous = run.state;
      }
      return checkRunState(run, options.allowPartial);
    }
  );
}

// src/sources/classic/run-info.ts
function regionOfArn(arn) {
  const region = arn.split(":")[3];
  return region !== void 0 && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : void 0;
}
function countsOf2(run) {
  if (run.findingCounts === void 0) return void 0;
  const counts4 = emptySeverityCounts();
  for (const s of CLASSIC_SEVERITIES) {
    const n = run.findingCounts[s];
    counts4[s] = typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : 0;
  }
  return counts4;
}
var CLASSIC4 = new Set(CLASSIC_SEVERITIES);
function checkedCountsOf(run) {
  const reported = run.findingCounts;
  if (reported === void 0 || reported === null) {
    throw new InspectorError(
      "FINDING_COUNTS_MISSING",
      `assessment run ${runLabel(run)} reports no findingCounts, so the completeness of its findings cannot be checked`
    );
  }
  const invalid2 = (what) => new InspectorError(
    "FINDING_COUNTS_INVALID",
    `assessment run ${runLabel(run)} reports findingCounts ${what}; expected a count of at least 0 for each of ${[...CLASSIC_SEVERITIES].reverse().join(", ")}; refusing to decide on them`
  );
  if (typeof reported !== "object" || Array.isArray(reported)) throw invalid2("that are not a map");
  for (const [key, n] of Object.entries(reported)) {
    if (!CLASSIC4.has(key)) throw invalid2(`with the key '${clip2(key)}', which is not a severity`);
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      throw invalid2(`with ${key} ${typeof n === "number" ? n : JSON.stringify(n)?.slice(0, 40)}`);
    }
  }
  return countsOf2(run);
}
function clip2(text) {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function iso(date) {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : void 0;
}
function runInfo(run, startedByGate) {
  const info = {
    arn: run.arn ?? "",
    name: run.name ?? "",
    templateArn: run.assessmentTemplateArn ?? "",
    state: run.state ?? "UNKNOWN",
    stateChanges: (run.stateChanges ?? []).map((c) => ({ state: c.state ?? "UNKNOWN", at: iso(c.stateChangedAt) ?? "" })).sort((a, b) => a.at.localeCompare(b.at)),
    startedByGate
  };
  const createdAt = iso(run.createdAt);
  if (createdAt) info.createdAt = createdAt;
  const startedAt = iso(run.startedAt);
  if (startedAt) info.startedAt = startedAt;
  const completedAt = iso(run.completedAt);
  if (completedAt) info.completedAt = completedAt;
  if (run.durationInSeconds !== void 0) info.durationInSeconds = run.durationInSeconds;
  const counts4 = countsOf2(run);
  if (counts4) info.findingCounts = counts4;
  if (run.rulesPackageArns) info.rulesPackageArns = run.rulesPackageArns;
  return info;
}
function runLabel(run) {
  return `'${run.name ?? "?"}' (${run.arn ?? "?"})`;
}
function runFailure(run, allowPartialHint) {
  const state = run.state ?? "UNKNOWN";
  const notes = (run.notifications ?? []).filter((n) => n.error === true).slice(-3).map((n) => `${iso(n.date) ?? "?"} ${n.event ?? "?"}: ${n.message ?? "(no message)"}`);
  const changes = [...run.stateChanges ?? []].sort((a, b) => (a.stateChangedAt?.getTime() ?? 0) - (b.stateChangedAt?.getTime() ?? 0)).slice(-4).map((c) => `${c.state ?? "?"} at ${iso(c.stateChangedAt) ?? "?"}`);
  const parts = [`assessment run ${runLabel(run)} ended ${state}`];
  if (PARTIAL_STATES.has(state) && allowPartialHint) {
    parts[0] += ": some of it failed, so its findings may be incomplete (allow-partial evaluates them anyway)";
  }
  parts.push(notes.length > 0 ? `error notifications: ${notes.join("; ")}` : "no error notifications");
  if (changes.length > 0) parts.push(`last state changes: ${changes.join(", ")}`);
  const code = PARTIAL_STATES.has(state) ? "RUN_COMPLETED_WITH_ERRORS" : `RUN_${state}`;
  return new InspectorError(code, parts.join(". "));
}

// src/sources/classic/source.ts
var QUEUED_BATCHES = 64;
function sumCounts(counts4) {
  return SEVERITIES.reduce((sum, s) => sum + counts4[s], 0);
}
var HIGHEST_FIRST3 = [...CLASSIC_SEVERITIES].reverse();
function list(counts4, severities) {
  return severities.map((s) => `${s} ${counts4[s]}`).join(", ");
}
function countsDisagreement(counts4, raw, stats, filter) {
  const compared = filter === void 0 ? HIGHEST_FIRST3 : isSeverityOnlyFilter(filter) ? HIGHEST_FIRST3.filter((s) => filter.severities.includes(s)) : void 0;
  const plural4 = (n) => `${n} finding${n === 1 ? "" : "s"}`;
  if (stats.described !== stats.listed) {
    return `ListFindings listed ${plural4(stats.listed)} but ${stats.described} were described`;
  }
  if (compared !== void 0) {
    const expected = compared.reduce((sum, s) => sum + counts4[s], 0);
    const what = filter === void 0 ? "" : ` of ${compared.join(", ")}`;
    if (stats.listed !== expected) {
      return `ListFindings returned ${plural4(stats.listed)}${what} but the run's findingCounts add up to ${expected} (${list(counts4, compared)})`;
    }
    if (compared.some((s) => raw[s] !== counts4[s])) {
      return `the run's findingCounts say ${list(counts4, compared)} but the findings described are ` + list(raw, compared);
    }
    return void 0;
  }
  const over = HIGHEST_FIRST3.filter((s) => raw[s] > counts4[s]);
  if (over.length > 0) {
    return `the run's findingCounts say ${list(counts4, over)} but more findings than that were described (${list(raw, over)})`;
  }
  return void 0;
}
var ClassicRunSource = class {
  constructor(spec, ctx, client, connection) {
    this.spec = spec;
    this.ctx = ctx;
    this.ownClient = client === void 0;
    const region = connection.region ?? regionOfArn(spec.kind === "run" ? spec.runArn : spec.templateArn);
    this.client = client ?? createInspectorClient({ ...connection, ...region !== void 0 ? { region } : {} });
    const uncount = ctx.calls.attach(this.client);
    const unpace = new Pacer().attach(this.client);
    const unkeep = keepStatusOfUnreadableBodies(this.client);
    this.detach = () => {
      unkeep();
      unpace();
      uncount();
    };
    this.api = new InspectorApi(this.client, ctx.signal);
    this.counts = {
      read: async () => this.runCounts(),
      verifyPass: (limits, counts4) => this.verifyPassingCounts(limits, counts4)
    };
  }
  spec;
  ctx;
  client;
  ownClient;
  detach;
  /** Calls made on the gate's signal. */
  api;
  current;
  startedByGate = false;
  waiting = false;
  provisional;
  filter;
  stats;
  counts;
  emit(event) {
    this.ctx.emit(event);
  }
  info() {
    const asked = this.spec;
    return {
      kind: "inspector-classic-run",
      severities: CLASSIC_SEVERITIES,
      selection: asked.kind,
      ...asked.kind === "run" ? { runArn: asked.runArn } : { templateArn: asked.templateArn },
      ...asked.kind === "template" ? { runName: asked.runName } : {},
      run: this.current?.arn !== void 0 ? runInfo(this.current, this.startedByGate) : null
    };
  }
  totals() {
    return this.provisional;
  }
  close() {
    this.detach();
    if (this.ownClient) this.client.destroy();
  }
  // ---------------------------------------------------------------------------------------------
  // Run resolution and waiting
  async ready() {
    const source2 = this.spec;
    const { clock, settings } = this.ctx;
    this.ctx.phase("resolving the assessment run");
    let initial;
    let runArn;
    if (source2.kind === "run") {
      const run = await describeRun(this.api, source2.runArn);
      initial = run;
      runArn = source2.runArn;
      this.current = run;
      this.emit({
        type: "run",
        action: "given",
        runArn,
        runName: run.name ?? "",
        message: `evaluating assessment run ${runLabel(run)}`
      });
    } else if (source2.kind === "latest") {
      const run = await findLatestCompletedRun(this.api, source2.templateArn, {
        ...source2.maxAgeMs !== void 0 ? { maxAgeMs: source2.maxAgeMs } : {},
        now: clock.now()
      });
      initial = run;
      runArn = run.arn ?? "";
      this.current = run;
      this.emit({
        type: "run",
        action: "latest",
        runArn,
        runName: run.name ?? "",
        message: `using the latest COMPLETED run ${runLabel(run)}, completed ${iso(run.completedAt) ?? "?"}`
      });
    } else {
      const started = await startOrReuseRun(this.api, source2.templateArn, source2.runName, {
        // Fail early and clearly when the template does not exist (checked beside the run lookup).
        alongside: describeTemplate(this.api, source2.templateArn),
        clock,
        deadline: this.ctx.deadline,
        pollIntervalMs: settings.pollIntervalMs,
        abortSignal: this.ctx.signal,
        random: this.ctx.random,
        onBusy: (busy) => {
          const holders = busy.heldBy.length > 0 ? busy.heldBy.join(", ") : "another run";
          this.emit({
            type: "agents-busy",
            heldBy: busy.heldBy,
            agents: busy.agents,
            retryInMs: busy.retryInMs,
            message: `the template's agents are busy in ${holders}${busy.agents.length > 0 ? ` (${busy.agents.slice(0, 5).join(", ")}${busy.agents.length > 5 || busy.agentsTruncated ? ", …" : ""})` : ""}; trying again in ${formatDuration(busy.retryInMs)}`
          });
        }
      });
      runArn = started.arn;
      this.startedByGate = started.started;
      initial = started.run;
      this.current = started.run ?? {
        arn: runArn,
        name: source2.runName,
        assessmentTemplateArn: source2.templateArn,
        state: "CREATED"
      };
      this.emit({
        type: "run",
        action: started.started ? "started" : "reused",
        runArn,
        runName: source2.runName,
        message: started.started ? `started assessment run '${source2.runName}' (${runArn})` : `reusing assessment run '${source2.runName}' (${runArn}), started earlier with the same name`
      });
    }
    this.ctx.phase("waiting for the assessment run");
    this.waiting = true;
    const waitStart = clock.now();
    const outcome = await waitUntilRunFinished(this.api, runArn, {
      clock,
      pollIntervalMs: settings.pollIntervalMs,
      deadline: this.ctx.deadline,
      allowPartial: settings.allowPartial,
      abortSignal: this.ctx.signal,
      random: this.ctx.random,
      ...initial ? { initial } : {},
      ...source2.kind !== "run" ? { templateArn: source2.templateArn } : {},
      onState: (run, previous) => {
        this.current = run;
        this.emit({
          type: "state",
          runArn,
          runName: run.name ?? "",
          state: run.state ?? "UNKNOWN",
          ...previous !== void 0 ? { previous } : {},
          message: `run '${run.name ?? "?"}': ${run.state ?? "UNKNOWN"} (${formatDuration(this.ctx.elapsed())})`
        });
      }
    });
    const waitMs = clock.now() - waitStart;
    if (outcome.reason) this.current = outcome.reason;
    switch (outcome.state) {
      case "SUCCESS": {
        const run = outcome.reason;
        if (PARTIAL_STATES.has(run.state ?? "")) {
          this.ctx.warn(
            `assessment run ${runLabel(run)} ended COMPLETED_WITH_ERRORS; evaluating its findings anyway (allow-partial): they may be incomplete`
          );
        }
        this.waiting = false;
        return { waitMs };
      }
      case "FAILURE":
        throw runFailure(outcome.reason, !settings.allowPartial);
      case "TIMEOUT":
        throw new DeadlineExceeded("waiting for the assessment run");
      case "ABORTED":
        throw new GateAborted(this.ctx.signal.reason);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Evidence: the run's agents and telemetry
  async evidence(policy) {
    const settings = policy.coverage;
    if (!coverageMatters(settings)) return {};
    const run = this.current;
    const coverage = await readCoverage(this.api, run.arn ?? "", settings);
    const telemetry = coverage.telemetryMessages.Total ?? Object.values(coverage.telemetryMessages).reduce((a, b) => a + b, 0);
    this.emit({
      type: "coverage",
      coverage,
      message: `coverage: ${coverage.agents} agent${coverage.agents === 1 ? "" : "s"}, ${coverage.healthy} healthy, ${coverage.reporting} reporting, ${telemetry} telemetry message${telemetry === 1 ? "" : "s"}`
    });
    const judged = judgeCoverage(coverage);
    for (const w of judged.warnings) this.ctx.warn(w);
    return judged.error ? { coverage, error: judged.error } : { coverage };
  }
  // ---------------------------------------------------------------------------------------------
  // Counts
  /**
   * The run's findingCounts, checked: without them, or with keys or counts that are not counts of
   * severities, the completeness of its findings cannot be checked.
   */
  runCounts() {
    const counts4 = checkedCountsOf(this.current);
    this.provisional = { total: sumCounts(counts4), counts: counts4 };
    return counts4;
  }
  /**
   * Before a severity-only policy passes on findingCounts: for each limited severity S (max m), lists the
   * run's findings of severity S only until more than m have been seen (pages of min(500, m + 1); for
   * `fail-on: High` one call with maxResults 1). More than m listed means the counts under-report; a full
   * listing that differs from the count in any way means they cannot be trusted either. Both are an error,
   * never a pass. Nothing is described.
   */
  async verifyPassingCounts(limits, counts4) {
    this.ctx.phase("checking findingCounts against ListFindings");
    const run = this.current;
    for (const severity of CLASSIC_SEVERITIES.slice().reverse()) {
      const max = limits.get(severity);
      if (max === void 0) continue;
      const reported = counts4[severity];
      const seen = await listFindingsUpTo(this.api, run.arn ?? "", { severities: [severity] }, max);
      if (seen.complete && seen.listed === reported) continue;
      const listed2 = seen.complete ? `${seen.listed}` : `at least ${seen.listed}`;
      const why = seen.complete ? "refusing to decide on counts that disagree with the findings" : `more than the limit of ${max}: the counts under-report, and the run must not pass on them`;
      throw new InspectorError(
        "FINDINGS_COUNT_MISMATCH",
        `the run's findingCounts report ${reported} ${severity} finding${reported === 1 ? "" : "s"} but ListFindings lists ${listed2} ${severity} finding${seen.listed === 1 ? "" : "s"}; ${why}`
      );
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Findings
  async *findings(needs, signal) {
    const run = this.current;
    const runCounts = this.runCounts();
    this.ctx.phase("fetching findings");
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    if (signal.aborted) stop.abort(signal.reason);
    else signal.addEventListener("abort", onAbort, { once: true });
    const api = new InspectorApi(this.client, stop.signal);
    const channel = new Channel(QUEUED_BATCHES);
    let fetching;
    try {
      const wanted = classicServerFilter(needs);
      const namesCall = rulesPackageNames(api, run.rulesPackageArns ?? []);
      namesCall.catch(() => {
      });
      const byName = wanted?.rulesPackages?.some((p) => !p.startsWith("arn:")) === true;
      const filter = toFindingFilter(wanted, byName ? await namesCall : /* @__PURE__ */ new Map());
      this.filter = filter;
      const reader = namesCall.then(
        (names) => new ClassicFindingReader({ rulesPackageNames: names, where: fetchedWhere })
      );
      reader.catch(() => {
      });
      const total = sumCounts(runCounts);
      fetching = fetchFindings(api, {
        runArn: run.arn ?? "",
        ...filter ? { filter } : {},
        concurrency: this.ctx.settings.concurrency,
        clock: this.ctx.clock,
        deadline: this.ctx.deadline,
        random: this.ctx.random,
        onFindings: async (batch) => {
          const r = await reader;
          await channel.push(batch.map((f) => r.convert(f)));
        },
        onProgress: (p) => this.ctx.fetched(
          { listed: p.listed, described: p.described, total, listingDone: p.listingDone },
          `findings: ${p.described} described, ${p.listed} listed${filter ? "" : ` of ${total}`}`
        )
      }).then(async (stats) => {
        await namesCall;
        this.stats = stats;
        channel.close();
      }).catch((error) => channel.fail(error));
      yield* channel;
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!stop.signal.aborted && this.stats === void 0)
        stop.abort(new Error("the findings were not read"));
      await fetching;
    }
  }
  /**
   * Completeness: what was listed and described must add up to what the run says it holds, severity by
   * severity (all of them without a filter, the filtered ones with a severity filter; with any other
   * filter no severity may hold more findings than the run counts). findingCounts may have been read
   * before the last findings were recorded: they are re-read once, from a run that must still be the
   * one asked for, in the state the wait accepted.
   */
  async complete(raw) {
    const stats = this.stats;
    const filter = this.filter;
    let run = this.current;
    let runCounts = this.runCounts();
    let disagreement = countsDisagreement(runCounts, raw, stats, filter);
    if (disagreement !== void 0) {
      this.ctx.logger.debug(`${disagreement}: re-checking the run's findingCounts`);
      const accepted = run.state;
      run = await describeRun(this.api, run.arn ?? "", this.expectedTemplate());
      this.current = run;
      if (run.state !== accepted) {
        throw new InspectorError(
          "RUN_STATE_CHANGED",
          `assessment run ${runLabel(run)} was ${accepted ?? "UNKNOWN"} when its findings were read but is ${run.state ?? "UNKNOWN"} when its findingCounts were checked again; refusing to decide on a run that changed under the gate`
        );
      }
      runCounts = this.runCounts();
      disagreement = countsDisagreement(runCounts, raw, stats, filter);
      if (disagreement !== void 0) {
        throw new InspectorError(
          "FINDINGS_COUNT_MISMATCH",
          `${disagreement}, also after a re-check; refusing to decide on findings that do not add up`
        );
      }
    }
    return { total: sumCounts(runCounts), counts: filter === void 0 ? raw : runCounts };
  }
  /** The template the run must belong to, when the gate was given one. */
  expectedTemplate() {
    return this.spec.kind === "run" ? void 0 : this.spec.templateArn;
  }
  // ---------------------------------------------------------------------------------------------
  // Giving up
  /**
   * When the gate gives up: stop the run if the gate started it and it is still going (unless "leave").
   * After an error, only while waiting for the run: a run that ended by itself is terminal and left alone.
   */
  async giveUp(reason, signal) {
    if (reason === "error" && !this.waiting) return "";
    const run = this.current;
    if (run?.arn === void 0 || isTerminalState(run.state)) return "";
    const label = runLabel(run);
    if (!this.startedByGate) return `; run ${label} was not started by the gate and is left as it is`;
    if (this.ctx.settings.onTimeout === "leave") return `; run ${label} is left running (on-timeout: leave)`;
    this.emit({ type: "stop", runArn: run.arn, reason, message: `stopping assessment run ${label}` });
    const api = new InspectorApi(this.client, signal);
    try {
      await stopRun(api, run.arn);
      return `; stopped run ${label} (StopAssessmentRun, SKIP_EVALUATION)`;
    } catch (error) {
      const converted = error instanceof InspectorError ? error : toInspectorError(error, "StopAssessmentRun");
      if (converted === void 0 && !(error instanceof GateAborted)) throw error;
      const message = `could not stop run ${label}: ${errorMessage(converted ?? error)}`;
      this.ctx.warn(message);
      return `; ${message}`;
    }
  }
};

// src/sources/classic/index.ts
function invalid(name, value, expected) {
  return new ConfigError("OPTION_INVALID", `Invalid ${name} '${value}': expected ${expected}.`);
}
function checkArn(name, value) {
  if (typeof value !== "string" || !value.startsWith("arn:")) {
    throw invalid(name, value, "an ARN (arn:aws:inspector:…)");
  }
}
var classicRunSource = {
  kinds: ["run", "template", "latest"],
  client: "inspector",
  check(spec) {
    if (spec.kind === "run") {
      checkArn("run ARN", spec.runArn);
      return;
    }
    checkArn("template ARN", spec.templateArn);
    if (spec.kind === "template" && (spec.runName.length < 1 || spec.runName.length > 140)) {
      throw invalid("run name", spec.runName, "1 to 140 characters");
    }
    if (spec.kind === "latest" && spec.maxAgeMs !== void 0) {
      if (!Number.isFinite(spec.maxAgeMs) || spec.maxAgeMs <= 0) {
        throw invalid("max age", spec.maxAgeMs, "a positive number");
      }
    }
  },
  create: (spec, ctx, env) => new ClassicRunSource(spec, ctx, env.client, env.connection)
};

// src/sources/file/read.ts
import { open, stat } from "node:fs/promises";

// src/sources/inspector2/normalize.ts
var FINDING_STATUSES = ["ACTIVE", "SUPPRESSED", "CLOSED"];
var FINDING_TYPES = ["NETWORK_REACHABILITY", "PACKAGE_VULNERABILITY", "CODE_VULNERABILITY"];
var RESOURCE_TYPES = [
  "AWS_EC2_INSTANCE",
  "AWS_ECR_CONTAINER_IMAGE",
  "AWS_ECR_REPOSITORY",
  "AWS_LAMBDA_FUNCTION",
  "CODE_REPOSITORY"
];
var FIX_AVAILABLE = ["YES", "NO", "PARTIAL"];
var EXPLOIT_AVAILABLE = ["YES", "NO"];
var NO_ATTRIBUTES4 = Object.freeze([]);
var NO_ASSET = Object.freeze({});
var Inspector2FindingReader = class {
  index = 0;
  ok = true;
  problems;
  where;
  constructor(options) {
    this.problems = options.problems;
    this.where = options.where ?? ((i) => `[${i}]`);
  }
  bad(message) {
    this.ok = false;
    this.problems.add(`${this.where(this.index)}: ${message}`);
  }
  str(key, v, required = false) {
    if (v === void 0 || v === null) {
      if (required) this.bad(`${key} is missing`);
      return void 0;
    }
    if (typeof v === "string" && (v !== "" || !required)) return v;
    this.bad(`${key} must be a non-empty string, got ${describeValue(v)}`);
    return void 0;
  }
  num(key, v, min, max) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "number" && Number.isFinite(v)) {
      if ((min === void 0 || v >= min) && (max === void 0 || v <= max)) return v;
      this.bad(`${key} ${v} is out of range: expected ${min} to ${max}`);
      return void 0;
    }
    this.bad(`${key} must be a number, got ${describeValue(v)}`);
    return void 0;
  }
  time(key, v, required = false) {
    if (v === void 0 || v === null) {
      if (required) this.bad(`${key} is missing`);
      return void 0;
    }
    const iso2 = timestamp(v);
    if (iso2 === void 0) {
      this.bad(`${key} ${describeValue(v)} is not a timestamp: expected epoch seconds or an ISO-8601 string`);
    }
    return iso2;
  }
  oneOf(key, v, allowed, required = false) {
    if (v === void 0 || v === null) {
      if (required) this.bad(`${key} is missing`);
      return void 0;
    }
    if (typeof v === "string" && allowed.includes(v)) return v;
    this.bad(`${key} ${describeValue(v)} is not one of ${allowed.join(", ")}`);
    return void 0;
  }
  strings(key, v) {
    if (v === void 0 || v === null) return void 0;
    if (Array.isArray(v) && v.every((s) => typeof s === "string")) return v;
    this.bad(`${key} must be a list of strings`);
    return void 0;
  }
  /** The finding at `index`, or undefined (its problems reported) when it is not a valid v2 finding. */
  convert(value, index = 0) {
    this.index = index;
    this.ok = true;
    if (!isObject(value)) {
      this.bad(`expected a finding object, got ${describeValue(value)}`);
      return void 0;
    }
    const arn = this.str("findingArn", value.findingArn, true) ?? "";
    let severity = "Untriaged";
    const rawSeverity = value.severity;
    if (typeof rawSeverity === "string" && Object.hasOwn(INSPECTOR2_SEVERITY, rawSeverity)) {
      severity = INSPECTOR2_SEVERITY[rawSeverity];
    } else {
      this.bad(
        rawSeverity === void 0 || rawSeverity === null ? "severity is missing" : `severity ${describeValue(rawSeverity)} is not one of ${Object.keys(INSPECTOR2_SEVERITY).join(", ")}`
      );
    }
    const out = {
      arn,
      severity,
      attributes: NO_ATTRIBUTES4,
      userAttributes: NO_ATTRIBUTES4,
      asset: NO_ASSET
    };
    const title = this.str("title", value.title);
    if (title !== void 0) out.title = title;
    const account = this.str("awsAccountId", value.awsAccountId, true);
    if (account !== void 0) out.awsAccountId = account;
    const type = this.oneOf("type", value.type, FINDING_TYPES, true);
    if (type !== void 0) out.type = type;
    const status = this.oneOf("status", value.status, FINDING_STATUSES, true);
    if (status !== void 0) out.status = status;
    const fix = this.oneOf("fixAvailable", value.fixAvailable, FIX_AVAILABLE);
    if (fix !== void 0) out.fixAvailable = fix;
    const exploit = this.oneOf("exploitAvailable", value.exploitAvailable, EXPLOIT_AVAILABLE);
    if (exploit !== void 0) out.exploitAvailable = exploit;
    const score = this.num("inspectorScore", value.inspectorScore, 0, 10);
    if (score !== void 0) out.inspectorScore = score;
    if (value.epss !== void 0 && value.epss !== null) {
      const epss = isObject(value.epss) ? this.num("epss.score", value.epss.score, 0, 1) : void 0;
      if (!isObject(value.epss)) this.bad(`epss must be an object, got ${describeValue(value.epss)}`);
      if (epss !== void 0) out.epss = { score: epss };
    }
    if (isObject(value.exploitabilityDetails)) {
      const at = this.time(
        "exploitabilityDetails.lastKnownExploitAt",
        value.exploitabilityDetails.lastKnownExploitAt
      );
      if (at !== void 0) out.lastKnownExploitAt = at;
    }
    const first = this.time("firstObservedAt", value.firstObservedAt, true);
    if (first !== void 0) {
      out.firstObservedAt = first;
      out.createdAt = first;
    }
    const last = this.time("lastObservedAt", value.lastObservedAt, true);
    if (last !== void 0) out.lastObservedAt = last;
    const updated = this.time("updatedAt", value.updatedAt);
    if (updated !== void 0) out.updatedAt = updated;
    out.resources = this.resources(value.resources);
    const pvd = this.packageVulnerability(value.packageVulnerabilityDetails);
    if (pvd !== void 0) {
      out.packageVulnerabilityDetails = pvd;
      out.id = pvd.vulnerabilityId;
    }
    const nrd = this.networkReachability(value.networkReachabilityDetails);
    if (nrd !== void 0) out.networkReachabilityDetails = nrd;
    const cvd = this.codeVulnerability(value.codeVulnerabilityDetails);
    if (cvd !== void 0) {
      out.codeVulnerabilityDetails = cvd;
      if (out.id === void 0 && cvd.ruleId !== void 0) out.id = cvd.ruleId;
    }
    if (type === "PACKAGE_VULNERABILITY" && pvd === void 0) {
      this.bad("a PACKAGE_VULNERABILITY finding has no packageVulnerabilityDetails");
    }
    return this.ok ? out : void 0;
  }
  resources(value) {
    if (!Array.isArray(value) || value.length === 0) {
      this.bad(`resources must be a non-empty list, got ${describeValue(value)}`);
      return [];
    }
    const out = [];
    for (let i = 0; i < value.length; i++) {
      const r = value[i];
      const key = `resources[${i}]`;
      if (!isObject(r)) {
        this.bad(`${key} must be an object, got ${describeValue(r)}`);
        continue;
      }
      const type = this.oneOf(`${key}.type`, r.type, RESOURCE_TYPES, true);
      const id = this.str(`${key}.id`, r.id, true);
      if (type === void 0 || id === void 0) continue;
      const resource = { type, id };
      const region = this.str(`${key}.region`, r.region);
      if (region !== void 0) resource.region = region;
      const partition = this.str(`${key}.partition`, r.partition);
      if (partition !== void 0) resource.partition = partition;
      if (r.tags !== void 0 && r.tags !== null) {
        if (isObject(r.tags) && Object.values(r.tags).every((t) => typeof t === "string")) {
          resource.tags = r.tags;
        } else this.bad(`${key}.tags must be a map of strings`);
      }
      const details = isObject(r.details) ? this.details(`${key}.details`, r.details) : void 0;
      if (details !== void 0) resource.details = details;
      out.push(resource);
    }
    return out;
  }
  details(key, d) {
    const out = {};
    if (isObject(d.awsEcrContainerImage)) {
      const e = d.awsEcrContainerImage;
      const k = `${key}.awsEcrContainerImage`;
      const repositoryName = this.str(`${k}.repositoryName`, e.repositoryName, true);
      const imageHash = this.str(`${k}.imageHash`, e.imageHash, true);
      if (repositoryName !== void 0 && imageHash !== void 0) {
        const image = { repositoryName, imageHash };
        const registry = this.str(`${k}.registry`, e.registry);
        if (registry !== void 0) image.registry = registry;
        const tags = this.strings(`${k}.imageTags`, e.imageTags);
        if (tags !== void 0) image.imageTags = tags;
        const pushedAt = this.time(`${k}.pushedAt`, e.pushedAt);
        if (pushedAt !== void 0) image.pushedAt = pushedAt;
        const architecture = this.str(`${k}.architecture`, e.architecture);
        if (architecture !== void 0) image.architecture = architecture;
        const platform = this.str(`${k}.platform`, e.platform);
        if (platform !== void 0) image.platform = platform;
        out.awsEcrContainerImage = image;
      }
    }
    if (isObject(d.awsLambdaFunction)) {
      const l = d.awsLambdaFunction;
      const k = `${key}.awsLambdaFunction`;
      const functionName = this.str(`${k}.functionName`, l.functionName, true);
      if (functionName !== void 0) {
        const fn = { functionName };
        const runtime = this.str(`${k}.runtime`, l.runtime);
        if (runtime !== void 0) fn.runtime = runtime;
        const version = this.str(`${k}.version`, l.version);
        if (version !== void 0) fn.version = version;
        const sha = this.str(`${k}.codeSha256`, l.codeSha256);
        if (sha !== void 0) fn.codeSha256 = sha;
        const packageType = this.str(`${k}.packageType`, l.packageType);
        if (packageType !== void 0) fn.packageType = packageType;
        const modified = this.time(`${k}.lastModifiedAt`, l.lastModifiedAt);
        if (modified !== void 0) fn.lastModifiedAt = modified;
        out.awsLambdaFunction = fn;
      }
    }
    if (isObject(d.awsEc2Instance)) {
      const e = d.awsEc2Instance;
      const k = `${key}.awsEc2Instance`;
      const instance = {};
      for (const field of ["imageId", "platform", "type", "vpcId", "subnetId"]) {
        const v = this.str(`${k}.${field}`, e[field]);
        if (v !== void 0) instance[field] = v;
      }
      const ips = this.strings(`${k}.ipV4Addresses`, e.ipV4Addresses);
      if (ips !== void 0) instance.ipV4Addresses = ips;
      const launchedAt = this.time(`${k}.launchedAt`, e.launchedAt);
      if (launchedAt !== void 0) instance.launchedAt = launchedAt;
      out.awsEc2Instance = instance;
    }
    if (isObject(d.codeRepository)) {
      const c = d.codeRepository;
      const k = `${key}.codeRepository`;
      const repo = {};
      for (const field of ["projectName", "providerType", "integrationArn"]) {
        const v = this.str(`${k}.${field}`, c[field]);
        if (v !== void 0) repo[field] = v;
      }
      out.codeRepository = repo;
    }
    return Object.keys(out).length > 0 ? out : void 0;
  }
  packageVulnerability(value) {
    if (value === void 0 || value === null) return void 0;
    const key = "packageVulnerabilityDetails";
    if (!isObject(value)) {
      this.bad(`${key} must be an object, got ${describeValue(value)}`);
      return void 0;
    }
    const vulnerabilityId = this.str(`${key}.vulnerabilityId`, value.vulnerabilityId, true);
    const source2 = this.str(`${key}.source`, value.source, true);
    if (vulnerabilityId === void 0 || source2 === void 0) return void 0;
    const packages = [];
    const list2 = value.vulnerablePackages;
    if (list2 !== void 0 && list2 !== null && !Array.isArray(list2)) {
      this.bad(`${key}.vulnerablePackages must be a list, got ${describeValue(list2)}`);
    }
    if (Array.isArray(list2)) {
      for (let i = 0; i < list2.length; i++) {
        const p = list2[i];
        const k = `${key}.vulnerablePackages[${i}]`;
        if (!isObject(p)) {
          this.bad(`${k} must be an object, got ${describeValue(p)}`);
          continue;
        }
        const name = this.str(`${k}.name`, p.name, true);
        const version = this.str(`${k}.version`, p.version, true);
        if (name === void 0 || version === void 0) continue;
        const pkg = { name, version };
        for (const field of [
          "fixedInVersion",
          "packageManager",
          "release",
          "arch",
          "filePath",
          "remediation"
        ]) {
          const v = this.str(`${k}.${field}`, p[field]);
          if (v !== void 0) pkg[field] = v;
        }
        const epoch = this.num(`${k}.epoch`, p.epoch);
        if (epoch !== void 0) pkg.epoch = epoch;
        packages.push(pkg);
      }
    }
    const out = {
      vulnerabilityId,
      source: source2,
      vulnerablePackages: packages
    };
    const sourceUrl = this.str(`${key}.sourceUrl`, value.sourceUrl);
    if (sourceUrl !== void 0) out.sourceUrl = sourceUrl;
    const vendorSeverity = this.str(`${key}.vendorSeverity`, value.vendorSeverity);
    if (vendorSeverity !== void 0) out.vendorSeverity = vendorSeverity;
    const references = this.strings(`${key}.referenceUrls`, value.referenceUrls);
    if (references !== void 0) out.referenceUrls = references;
    const related = this.strings(`${key}.relatedVulnerabilities`, value.relatedVulnerabilities);
    if (related !== void 0) out.relatedVulnerabilities = related;
    return out;
  }
  networkReachability(value) {
    if (!isObject(value)) return void 0;
    const out = {};
    const protocol = this.str("networkReachabilityDetails.protocol", value.protocol);
    if (protocol !== void 0) out.protocol = protocol;
    const range = value.openPortRange;
    if (isObject(range)) {
      const begin = this.num("networkReachabilityDetails.openPortRange.begin", range.begin, 0, 65535);
      const end = this.num("networkReachabilityDetails.openPortRange.end", range.end, 0, 65535);
      if (begin !== void 0 && end !== void 0) out.openPortRange = { begin, end };
    }
    return out;
  }
  codeVulnerability(value) {
    if (!isObject(value)) return void 0;
    const key = "codeVulnerabilityDetails";
    const out = {};
    for (const field of ["detectorId", "detectorName", "ruleId"]) {
      const v = this.str(`${key}.${field}`, value[field]);
      if (v !== void 0) out[field] = v;
    }
    const cwes = this.strings(`${key}.cwes`, value.cwes);
    if (cwes !== void 0) out.cwes = cwes;
    if (isObject(value.filePath)) {
      const f = value.filePath;
      const path = {};
      const fileName = this.str(`${key}.filePath.fileName`, f.fileName);
      if (fileName !== void 0) path.fileName = fileName;
      const filePath = this.str(`${key}.filePath.filePath`, f.filePath);
      if (filePath !== void 0) path.filePath = filePath;
      const startLine = this.num(`${key}.filePath.startLine`, f.startLine);
      if (startLine !== void 0) path.startLine = startLine;
      const endLine = this.num(`${key}.filePath.endLine`, f.endLine);
      if (endLine !== void 0) path.endLine = endLine;
      out.filePath = path;
    }
    return out;
  }
};

// src/sources/file/json-stream.ts
import { Tokenizer, TokenizerError, TokenParser, TokenType } from "@streamparser/json";

// src/sources/file/json-bytes.ts
var QUOTE = 34;
var BACKSLASH = 92;
var LEFT_BRACE = 123;
var RIGHT_BRACE = 125;
var LEFT_BRACKET = 91;
var RIGHT_BRACKET = 93;
var COMMA = 44;
function isJsonSpace(b) {
  return b === 32 || b === 10 || b === 13 || b === 9;
}
function stringEnd(bytes2, open2) {
  let q = open2;
  for (; ; ) {
    q = bytes2.indexOf(QUOTE, q + 1);
    if (q === -1) return -1;
    let k = q - 1;
    while (bytes2[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q;
  }
}
function valueEnd(bytes2, open2) {
  let depth = 0;
  const n = bytes2.length;
  for (let i = open2; i < n; i++) {
    const b = bytes2[i];
    if (b === QUOTE) {
      i = stringEnd(bytes2, i);
      if (i === -1) return -1;
    } else if (b === LEFT_BRACE || b === LEFT_BRACKET) depth++;
    else if (b === RIGHT_BRACE || b === RIGHT_BRACKET) {
      if (--depth === 0) return i;
    }
  }
  return -1;
}
function firstMemberName(bytes2, open2) {
  let i = open2 + 1;
  while (i < bytes2.length && isJsonSpace(bytes2[i])) i++;
  if (bytes2[i] !== QUOTE) return void 0;
  const end = bytes2.indexOf(QUOTE, i + 1);
  if (end === -1) return void 0;
  const name = bytes2.subarray(i + 1, end);
  if (name.includes(BACKSLASH)) return void 0;
  return Buffer.from(name.buffer, name.byteOffset, name.length).toString("utf8");
}

// src/sources/file/utf8.ts
import { isUtf8 } from "node:buffer";
var EMPTY = new Uint8Array(0);
function sequenceLength(lead) {
  if (lead >= 194 && lead <= 223) return 2;
  if (lead >= 224 && lead <= 239) return 3;
  if (lead >= 240 && lead <= 244) return 4;
  return 1;
}
function continues(bytes2, i, n) {
  const lead = bytes2[i];
  const low = lead === 224 ? 160 : lead === 240 ? 144 : 128;
  const high = lead === 237 ? 159 : lead === 244 ? 143 : 191;
  const end = Math.min(i + n, bytes2.length);
  for (let k = i + 1; k < end; k++) {
    const b = bytes2[k];
    if (k === i + 1 ? b < low || b > high : b < 128 || b > 191) return false;
  }
  return true;
}
function firstInvalidUtf8(bytes2) {
  let i = 0;
  while (i < bytes2.length) {
    const lead = bytes2[i];
    const n = sequenceLength(lead);
    if (n === 1) {
      if (lead >= 128) return i;
      i++;
      continue;
    }
    if (i + n > bytes2.length || !continues(bytes2, i, n)) return i;
    i += n;
  }
  return bytes2.length;
}
var Utf8Check = class {
  /** The first bytes of a character the last chunk ended inside. */
  carry = EMPTY;
  /**
   * Where the text stops being UTF-8, as an index in `bytes` (negative for a character begun in the chunks
   * before: the index of its first byte), or undefined while it is UTF-8.
   */
  write(bytes2) {
    let start = 0;
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0]) - this.carry.length;
      const joined = new Uint8Array(this.carry.length + Math.min(need, bytes2.length));
      joined.set(this.carry);
      joined.set(bytes2.subarray(0, need), this.carry.length);
      if (bytes2.length < need) {
        if (!continues(joined, 0, joined.length)) return -this.carry.length;
        this.carry = joined;
        return void 0;
      }
      if (!isUtf8(joined)) return -this.carry.length;
      this.carry = EMPTY;
      start = need;
    }
    let cut = bytes2.length;
    for (let i = bytes2.length - 1; i >= Math.max(start, bytes2.length - 3); i--) {
      const b = bytes2[i];
      if (b < 128) break;
      if (b >= 192) {
        if (i + sequenceLength(b) > bytes2.length) cut = i;
        break;
      }
    }
    const body2 = bytes2.subarray(start, cut);
    if (!isUtf8(body2)) return start + firstInvalidUtf8(body2);
    if (cut < bytes2.length) this.carry = bytes2.slice(cut);
    return void 0;
  }
  /** Whether the stream ended inside a character. */
  endsInside() {
    return this.carry.length > 0;
  }
};

// src/sources/file/json-stream.ts
var DOCUMENT_MEMBERS = /* @__PURE__ */ new Set([
  "findings",
  "failedItems",
  "nextToken",
  "NextToken",
  // An SDK response serialised as it is (Node's $metadata, boto3's ResponseMetadata): not Inspector's.
  "$metadata",
  "ResponseMetadata",
  // `aws inspector list-findings`: refused below, with what to do instead.
  "findingArns"
]);
var KEPT_MEMBERS = ["$.failedItems", "$.nextToken", "$.NextToken"];
var EXPECTED_FORMS = `expected the JSON of 'aws inspector describe-findings' or 'aws inspector2 list-findings' ({"findings": [...]}, one or several appended), a JSON array of findings, or JSON Lines (one finding per line)`;
var LEFT_BRACE2 = TokenType.LEFT_BRACE;
var RIGHT_BRACE2 = TokenType.RIGHT_BRACE;
var LEFT_BRACKET2 = TokenType.LEFT_BRACKET;
var RIGHT_BRACKET2 = TokenType.RIGHT_BRACKET;
var COLON = TokenType.COLON;
var COMMA2 = TokenType.COMMA;
var STRING = TokenType.STRING;
var NEWLINE = 10;
var NULL_TOKEN = { token: TokenType.NULL, value: null };
var FindingsJsonStream = class {
  constructor(file, sink) {
    this.file = file;
    this.sink = sink;
    const parser = (paths, onValue) => {
      const p = new TokenParser({ paths, keepStack: false, separator: "" });
      p.onValue = onValue;
      return p;
    };
    this.values = parser(
      ["$"],
      (info) => this.sink.finding(
        info.value,
        this.form,
        this.root,
        this.form === "finding" ? -1 : this.index,
        this.form === "finding" ? this.rootLine : this.elementLine
      )
    );
    this.parsers = {
      document: parser(KEPT_MEMBERS, (info) => this.sink.member(this.root, info.key, info.value)),
      array: parser([], () => {
      }),
      finding: this.values
    };
    this.route = this.values;
    this.tokenizer.onToken = (token) => this.token(token);
  }
  file;
  sink;
  tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024 });
  /** Parses each finding as a value of its own. */
  values;
  parsers;
  /** The parser of the current top-level value. */
  route;
  form = "finding";
  /** Containers open now. */
  depth = 0;
  /** The current (or last) top-level value, from 0; -1 before the first. */
  root = -1;
  rootLine = 0;
  /** A top-level `{` whose form waits for its first key. */
  pendingOpen;
  /** The depth at which finding values start (1 in an array, 2 in a document's findings list). */
  elementDepth = -1;
  elementLine = 0;
  /** Inside a finding of a document or a list (its tokens go to `values`). */
  inElement = false;
  /** The index of the next finding in its document or list. */
  index = 0;
  // A document's members (depth 1).
  expectKey = false;
  key = "";
  hasFindings = false;
  // Lines: the newlines before `counted` are counted; `nextNewline` is the first at or after it.
  chunk = new Uint8Array(0);
  chunkStart = 0;
  nextNewline = Number.POSITIVE_INFINITY;
  line = 1;
  lineStart = 0;
  lastOffset = 0;
  utf8 = new Utf8Check();
  // The fast path (see write): the bytes before `fed` have reached the tokenizer, but for `skipped` of
  // them (findings parsed whole), so a token's place in the file is its offset + skipped.
  skipped = 0;
  inString = false;
  escaped = false;
  /** The last byte outside strings, not whitespace, given to the tokenizer (-1 before any). */
  lastByte = -1;
  /**
   * Reads the next bytes of the file; values and members reach the sink before it returns.
   *
   * Fast path: a finding object that lies whole in this chunk, where the parser expects one (an element of
   * a document's `findings` or of a list, after `[` or `,`; or a top-level object whose first member is a
   * finding's), is handed to JSON.parse() as it is, and the tokenizer never sees its bytes; its container's
   * parser gets a null in its place, as for any finding. Everything else (the documents around findings, a
   * finding cut by the chunk's end, one that JSON.parse() refuses) goes through the streaming parser, so
   * what it accepts and the errors it reports (line, column) are the same as with no fast path.
   */
  write(bytes2) {
    this.lineAt(this.chunkStart + this.chunk.length);
    this.chunkStart += this.chunk.length;
    this.chunk = bytes2;
    const first = bytes2.indexOf(NEWLINE);
    this.nextNewline = first === -1 ? Number.POSITIVE_INFINITY : this.chunkStart + first;
    const bad = this.utf8.write(bytes2);
    if (bad !== void 0) throw this.notUtf8(this.chunkStart + bad);
    let fed = 0;
    const n = bytes2.length;
    for (let i = 0; i < n; i++) {
      const b = bytes2[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) this.inString = false;
        continue;
      }
      if (isJsonSpace(b)) continue;
      if (b === LEFT_BRACE && this.mayStartFinding()) {
        this.feed(bytes2.subarray(fed, i));
        fed = i;
        const end = this.wholeFinding(bytes2, i);
        if (end !== -1) {
          this.skipped += end + 1 - i;
          fed = end + 1;
          i = end;
          this.lastByte = RIGHT_BRACE;
          continue;
        }
      }
      if (b === QUOTE) this.inString = true;
      this.lastByte = b;
    }
    this.feed(bytes2.subarray(fed));
  }
  feed(bytes2) {
    if (bytes2.length === 0) return;
    try {
      this.tokenizer.write(bytes2);
    } catch (error) {
      throw this.syntaxError(error);
    }
  }
  /** Whether a `{` after the last byte may start a finding (wholeFinding decides, once the bytes before are in). */
  mayStartFinding() {
    const last = this.lastByte;
    return last === LEFT_BRACKET || last === COMMA || last === -1 || last === RIGHT_BRACE || last === RIGHT_BRACKET;
  }
  /**
   * The finding object opened at `open`, parsed whole and handed to the sink, if it may be: the index of
   * its closing brace, or -1 to read it with the streaming parser.
   */
  wholeFinding(bytes2, open2) {
    if (this.inElement || this.pendingOpen !== void 0) return -1;
    const afterSeparator = this.lastByte === LEFT_BRACKET || this.lastByte === COMMA;
    let topLevel;
    if (this.depth === 0) {
      if (afterSeparator) return -1;
      const name = firstMemberName(bytes2, open2);
      if (name === void 0 || DOCUMENT_MEMBERS.has(name)) return -1;
      topLevel = true;
    } else {
      if (!afterSeparator || this.depth !== this.elementDepth) return -1;
      topLevel = false;
    }
    const end = valueEnd(bytes2, open2);
    if (end === -1) return -1;
    let value;
    try {
      value = JSON.parse(Buffer.from(bytes2.buffer, bytes2.byteOffset + open2, end + 1 - open2).toString("utf8"));
    } catch {
      return -1;
    }
    const line = this.lineAt(this.chunkStart + open2);
    this.lastOffset = this.chunkStart + end;
    if (topLevel) {
      this.root++;
      this.rootLine = line;
      this.setForm("finding");
      this.sink.finding(value, "finding", this.root, -1, line);
      this.sink.valueEnd(this.root, "finding", line, false);
    } else {
      this.elementLine = line;
      this.sink.finding(value, this.form, this.root, this.index, line);
      this.endElement();
    }
    return end;
  }
  /** The file has ended: a value left open, or no value at all, is an error. */
  end() {
    if (this.utf8.endsInside()) throw this.notUtf8(this.chunkStart + this.chunk.length);
    try {
      this.tokenizer.end();
    } catch (error) {
      throw this.syntaxError(error);
    }
    if (this.depth > 0) {
      throw new ConfigError(
        "FINDINGS_INVALID",
        `Invalid JSON in findings file '${this.file}': it ends inside the value that starts at line ${this.rootLine} (an object or a list is not closed); the file may have been cut short.`
      );
    }
    if (this.root < 0) {
      throw new ConfigError("FINDINGS_INVALID", `Findings file '${this.file}' is empty: ${EXPECTED_FORMS}.`);
    }
  }
  token(t) {
    const type = t.token;
    this.lastOffset = t.offset + this.skipped;
    if (this.inElement) {
      this.values.write(t);
      if (type === LEFT_BRACE2 || type === LEFT_BRACKET2) this.depth++;
      else if (type === RIGHT_BRACE2 || type === RIGHT_BRACKET2) {
        if (--this.depth === this.elementDepth) this.endElement();
      }
      return;
    }
    if (this.depth === 0) {
      this.openRoot(t);
      return;
    }
    if (this.pendingOpen !== void 0) this.chooseObjectForm(t);
    const depth = this.depth;
    if (depth === this.elementDepth && type !== COMMA2 && type !== RIGHT_BRACKET2) {
      this.elementLine = this.lineAt(this.offsetOf(t));
      this.values.write(t);
      if (type === LEFT_BRACE2 || type === LEFT_BRACKET2) {
        this.inElement = true;
        this.depth++;
      } else this.endElement();
      return;
    }
    if (depth === 1 && this.form === "document") this.documentToken(t);
    this.route.write(t);
    if (type === LEFT_BRACE2 || type === LEFT_BRACKET2) this.depth++;
    else if (type === RIGHT_BRACE2 || type === RIGHT_BRACKET2) {
      this.depth--;
      if (this.depth === 1 && this.form === "document") this.elementDepth = -1;
      else if (this.depth === 0) {
        this.sink.valueEnd(this.root, this.form, this.rootLine, this.hasFindings);
      }
    }
  }
  /** A finding of a document or a list has been read: its container's parser gets a null in its place. */
  endElement() {
    this.inElement = false;
    this.index++;
    this.route.write(NULL_TOKEN);
  }
  openRoot(t) {
    const line = this.lineAt(this.offsetOf(t));
    if (t.token !== LEFT_BRACE2 && t.token !== LEFT_BRACKET2) {
      throw this.at(
        this.offsetOf(t),
        `a top-level value must be an object or a list, got ${JSON.stringify(t.value)}: ${EXPECTED_FORMS}`
      );
    }
    this.root++;
    this.rootLine = line;
    this.depth = 1;
    if (t.token === LEFT_BRACKET2) {
      this.setForm("array");
      this.route.write(t);
    } else this.pendingOpen = t;
  }
  /** The first token inside a top-level `{`: a document's member name, or a finding's. */
  chooseObjectForm(t) {
    const open2 = this.pendingOpen;
    this.pendingOpen = void 0;
    const isDocument = t.token === RIGHT_BRACE2 || t.token === STRING && DOCUMENT_MEMBERS.has(t.value);
    this.setForm(isDocument ? "document" : "finding");
    this.route.write(open2);
  }
  setForm(form) {
    this.form = form;
    this.route = this.parsers[form];
    this.elementDepth = form === "array" ? 1 : -1;
    this.index = 0;
    this.expectKey = form === "document";
    this.hasFindings = false;
  }
  /** A token at a document's top level: a member name, or the start of its value. */
  documentToken(t) {
    const type = t.token;
    if (type === COMMA2) {
      this.expectKey = true;
    } else if (type === STRING && this.expectKey) {
      this.expectKey = false;
      this.key = t.value;
      this.checkMember(t);
    } else if (type !== COLON && type !== RIGHT_BRACE2 && this.key === "findings") {
      if (type !== LEFT_BRACKET2) {
        throw this.at(this.offsetOf(t), `'findings' must be a list of findings, got ${describeToken(t)}`);
      }
      this.hasFindings = true;
      this.elementDepth = 2;
      this.index = 0;
    }
  }
  checkMember(t) {
    const key = this.key;
    if (key === "findingArns") {
      throw this.at(
        this.offsetOf(t),
        "this is the output of 'aws inspector list-findings' (finding ARNs only): export the findings themselves with 'inspector-gate export --run-arn ARN' or 'aws inspector describe-findings'"
      );
    }
    if (!DOCUMENT_MEMBERS.has(key)) {
      throw this.at(
        this.offsetOf(t),
        `a findings document has no member '${key.length > 40 ? `${key.slice(0, 40)}…` : key}' (expected findings, failedItems, nextToken)`
      );
    }
  }
  /** A token's place in the file. */
  offsetOf(t) {
    return t.offset + this.skipped;
  }
  /** The line of `offset`, which must not be before the last one asked for and lies in the current chunk. */
  lineAt(offset) {
    let next = this.nextNewline;
    if (next < offset) {
      const chunk = this.chunk;
      const base = this.chunkStart;
      while (next < offset) {
        this.line++;
        this.lineStart = next + 1;
        const i = chunk.indexOf(NEWLINE, next + 1 - base);
        next = i === -1 ? Number.POSITIVE_INFINITY : base + i;
      }
      this.nextNewline = next;
    }
    return this.line;
  }
  at(offset, message) {
    const line = this.lineAt(offset);
    return new ConfigError(
      "FINDINGS_INVALID",
      `Invalid findings file '${this.file}' at line ${line}, column ${offset - this.lineStart + 1}: ${message}.`
    );
  }
  notUtf8(offset) {
    const line = this.lineAt(offset);
    return new ConfigError(
      "FINDINGS_INVALID",
      `Invalid JSON in findings file '${this.file}' at line ${line}, column ${offset - this.lineStart + 1}: the text is not UTF-8.`
    );
  }
  syntaxError(error) {
    if (error instanceof ConfigError) return error;
    const message = error instanceof Error ? error.message : String(error);
    let offset = this.lastOffset;
    let what;
    if (error instanceof TokenizerError) {
      const at = /absolute position "(\d+)"/.exec(message);
      if (at) offset = Math.max(offset, Number(at[1]) + this.skipped);
      const char = /^Unexpected "([\s\S]*?)" at/.exec(message);
      what = char ? `unexpected character ${JSON.stringify(char[1])}` : /ended in the middle of a token/.test(message) ? "the file ends inside a string, number or literal" : message;
    } else if (error?.code === "ERR_ENCODING_INVALID_ENCODED_DATA") {
      what = "the text is not UTF-8";
    } else if (/^Unexpected /.test(message)) {
      const token = /\((".*?"|[^)]*)\)/.exec(message);
      what = `unexpected ${token ? token[1] : "token"}`;
    } else return error;
    const line = this.lineAt(Math.max(offset, this.chunkStart));
    return new ConfigError(
      "FINDINGS_INVALID",
      `Invalid JSON in findings file '${this.file}' at line ${line}, column ${offset - this.lineStart + 1}: ${what}.`
    );
  }
};
function describeToken(t) {
  switch (t.token) {
    case LEFT_BRACE2:
      return "an object";
    case STRING:
      return "a string";
    default:
      return String(t.value);
  }
}

// src/sources/file/places.ts
var MAX_PROBLEMS = 20;
var FORMS = ["document", "array", "finding"];
var PlaceLog = class {
  constructor(file) {
    this.file = file;
  }
  file;
  forms = new Uint8Array(1024);
  roots = new Uint32Array(1024);
  indexes = new Int32Array(1024);
  lines = new Uint32Array(1024);
  size = 0;
  /** Records a finding's place; returns its number. */
  add(form, root, index, line) {
    const n = this.size++;
    if (n === this.lines.length) this.grow();
    this.forms[n] = FORMS.indexOf(form);
    this.roots[n] = root;
    this.indexes[n] = index;
    this.lines[n] = line;
    return n;
  }
  /** "f.json:40: findings[3]", "f.json:9: document 2, findings[0]", "f.json:3: [2]", "f.jsonl:7". */
  text(n) {
    const line = this.lines[n] ?? 0;
    const root = this.roots[n] ?? 0;
    const index = this.indexes[n] ?? -1;
    switch (FORMS[this.forms[n] ?? 2]) {
      case "document":
        return `${this.file}:${line}: ${root > 0 ? `document ${root + 1}, ` : ""}findings[${index}]`;
      case "array":
        return `${this.file}:${line}: ${root > 0 ? `list ${root + 1}, ` : ""}[${index}]`;
      default:
        return `${this.file}:${line}`;
    }
  }
  grow() {
    const size = this.lines.length * 2;
    const grown = (old, make) => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.forms = grown(this.forms, (n) => new Uint8Array(n));
    this.roots = grown(this.roots, (n) => new Uint32Array(n));
    this.indexes = grown(this.indexes, (n) => new Int32Array(n));
    this.lines = grown(this.lines, (n) => new Uint32Array(n));
  }
};
var SeenArns = class {
  first = /* @__PURE__ */ new Map();
  files = [];
  /** A number for the file whose places `log` keeps. */
  register(log) {
    return this.files.push(log) - 1;
  }
  /** Where `arn` first appeared, or undefined (and it is recorded as seen at `finding` of `file`). */
  check(arn, file, finding) {
    const place = this.first.get(arn);
    if (place === void 0) {
      this.first.set(arn, file * 2 ** 32 + finding);
      return void 0;
    }
    return this.files[Math.floor(place / 2 ** 32)]?.text(place % 2 ** 32) ?? "?";
  }
};
var Problems = class {
  list = [];
  count = 0;
  add(problem) {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
  throwIfAny(file) {
    if (this.count === 0) return;
    const problems = [...this.list];
    if (this.count > this.list.length) problems.push(`… and ${this.count - this.list.length} more`);
    const message = this.count === 1 ? `Invalid findings file '${file}': ${this.list[0]}` : `Invalid findings file '${file}': ${this.count} problems`;
    throw new ConfigError("FINDINGS_INVALID", message, this.count === 1 ? [] : problems);
  }
};

// src/sources/file/read.ts
var CHUNK_BYTES = 1 << 20;
var SERVICE_NAMES3 = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)"
};
var FORM_WORDS = {
  document: "a findings document",
  array: "a list of findings",
  finding: "a finding object"
};
var FindingsFileReader = class {
  constructor(file, options = {}) {
    this.file = file;
    this.options = options;
    this.stream = new FindingsJsonStream(file, this);
    this.places = new PlaceLog(file);
    this.seen = options.seen ?? new SeenArns();
    this.fileNo = this.seen.register(this.places);
  }
  file;
  options;
  stream;
  problems = new Problems();
  places;
  seen;
  fileNo;
  pending = [];
  form;
  roots = 0;
  service;
  servicePlace = "";
  classic;
  v2;
  rootToken;
  /** The page token of the file's last document, if it has one. */
  lastToken;
  /** Findings read and counted (evaluated). */
  counted = 0;
  suppressed = 0;
  closed = 0;
  /** Reads the next bytes; the findings they complete are kept for take(). */
  write(bytes2) {
    this.stream.write(bytes2);
  }
  /** The file has ended: any problem gathered is one ConfigError for the file. */
  end() {
    this.stream.end();
    this.problems.throwIfAny(this.file);
  }
  /** The findings converted since the last call. */
  take() {
    const out = this.pending;
    if (out.length > 0) this.pending = [];
    return out;
  }
  /** How the file is laid out and whose findings it holds, once something has been read. */
  format() {
    const form = this.form;
    if (form === void 0) return null;
    const layout = form === "finding" ? this.roots === 1 ? "finding" : "json-lines" : form;
    return {
      layout,
      service: this.service ?? null,
      ...form !== "finding" && this.roots > 1 ? { documents: this.roots } : {}
    };
  }
  // --- StreamSink -----------------------------------------------------------------------------------
  finding(value, form, root, index, line) {
    const ordinal = this.places.add(form, root, index, line);
    this.form ??= form;
    if (!isObject(value)) {
      this.problems.add(
        `${this.places.text(ordinal)}: expected a finding object, got ${describeValue(value)}`
      );
      return;
    }
    const v2 = Object.hasOwn(value, "findingArn");
    if (!v2 && !Object.hasOwn(value, "arn")) {
      this.problems.add(
        `${this.places.text(ordinal)}: not a finding: it has neither 'arn' (Inspector Classic) nor 'findingArn' (Inspector v2)`
      );
      return;
    }
    const finding = this.readerFor(v2 ? "inspector2" : "inspector-classic", ordinal).convert(value, ordinal);
    if (finding === void 0) return;
    const first = this.seen.check(finding.arn, this.fileNo, ordinal);
    if (first !== void 0) {
      this.problems.add(
        `${this.places.text(ordinal)}: finding ${finding.arn} appears twice (first at ${first})`
      );
      return;
    }
    if (finding.status === "CLOSED") {
      this.closed++;
      return;
    }
    if (finding.status === "SUPPRESSED") {
      this.suppressed++;
      if (this.options.includeSuppressed !== true) return;
    }
    this.counted++;
    this.pending.push(finding);
  }
  member(root, key, value) {
    if (key === "failedItems") {
      if (value === null) return;
      if (!isObject(value)) {
        this.problems.add(`${this.file}: document ${root + 1}: failedItems must be an object`);
        return;
      }
      const failed = Object.keys(value);
      if (failed.length > 0) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `Findings file '${this.file}'${root > 0 ? ` (document ${root + 1})` : ""} lists ${failed.length} failed item${failed.length === 1 ? "" : "s"} (e.g. ${failed[0]}): the export is incomplete; refusing to decide on incomplete data.`
        );
      }
      return;
    }
    if (typeof value === "string" && value !== "") {
      this.rootToken = { key, place: `${this.file}: document ${root + 1}` };
    } else if (value !== null) {
      this.problems.add(`${this.file}: document ${root + 1}: ${key} must be a string`);
    }
  }
  valueEnd(root, form, line, hasFindings) {
    if (this.form === void 0) this.form = form;
    else if (form !== this.form) {
      throw new ConfigError(
        "FINDINGS_INVALID",
        `Invalid findings file '${this.file}' at line ${line}: the file begins with ${FORM_WORDS[this.form]} but its value ${root + 1} is ${FORM_WORDS[form]}; a file holds one form.`
      );
    }
    if (form === "document" && !hasFindings) {
      throw new ConfigError(
        "FINDINGS_INVALID",
        `Invalid findings file '${this.file}' at line ${line}: document ${root + 1} has no 'findings' list.`
      );
    }
    this.roots = root + 1;
    if (form === "document") {
      this.lastToken = this.rootToken;
      this.rootToken = void 0;
    }
  }
  // --- Services -------------------------------------------------------------------------------------
  readerFor(service, ordinal) {
    if (this.service === void 0) {
      const other = this.options.service;
      if (other !== void 0 && other.service !== service) {
        throw mixedServices(this.places.text(ordinal), service, other.place, other.service);
      }
      this.service = service;
      this.servicePlace = this.places.text(ordinal);
    } else if (service !== this.service) {
      throw mixedServices(this.places.text(ordinal), service, this.servicePlace, this.service);
    }
    const where3 = (i) => this.places.text(i);
    if (service === "inspector2") {
      this.v2 ??= new Inspector2FindingReader({ problems: this.problems, where: where3 });
      return this.v2;
    }
    this.classic ??= new ClassicFindingReader({ problems: this.problems, where: where3 });
    return this.classic;
  }
};
function mixedServices(place, service, firstPlace, first) {
  return new ConfigError(
    "FINDINGS_INVALID",
    `Invalid findings: ${place} is an ${SERVICE_NAMES3[service]} finding, but the findings before it (from ${firstPlace}) are ${SERVICE_NAMES3[first]} ones; evaluate each service's findings on their own.`
  );
}
function incompletePages(token) {
  return new InspectorError(
    "FINDINGS_INCOMPLETE",
    `${token.place}, the last one read, carries a ${token.key}: more findings follow that the export does not hold; export every page (follow the token until none is left) and give the pages in order. Refusing to decide on incomplete data.`
  );
}
var SAVE_FIRST = "findings are read from a file (its first finding is read before anything is evaluated, then the whole of it), so save them to one first, e.g. 'aws inspector2 list-findings ... > findings.json'";
async function openFindingsFile(path) {
  if (path === "-") {
    throw new ConfigError(
      "FINDINGS_UNREADABLE",
      `Cannot read findings from standard input ('-'): ${SAVE_FIRST}.`
    );
  }
  let handle;
  try {
    const before = await stat(path);
    if (notRegular(before)) throw Object.assign(new Error(notRegular(before)), { code: "ENOTREG" });
    handle = await open(path, "r");
    const opened = await handle.stat();
    if (notRegular(opened)) throw Object.assign(new Error(notRegular(opened)), { code: "ENOTREG" });
    return { handle, size: opened.size };
  } catch (error) {
    await handle?.close();
    throw unreadable(path, error);
  }
}
function notRegular(kind) {
  if (kind.isFile()) return "";
  if (kind.isDirectory()) return "it is a directory";
  const what = kind.isFIFO() ? "a pipe" : kind.isSocket() ? "a socket" : "a device";
  return `it is ${what}, not a regular file: ${SAVE_FIRST}`;
}
function unreadable(path, error) {
  const code = error.code;
  const why = code === "ENOENT" ? "no such file" : errorMessage(error);
  return new ConfigError("FINDINGS_UNREADABLE", `Cannot read findings file '${path}': ${why}.`, [], {
    cause: error
  });
}
async function* readFindingsFile(path, reader, options = {}) {
  const { handle } = await openFindingsFile(path);
  try {
    for (; ; ) {
      betweenChunks(options);
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let bytesRead;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (error) {
        throw unreadable(path, error);
      }
      if (bytesRead === 0) break;
      reader.write(buffer.subarray(0, bytesRead));
      options.onChunk?.(bytesRead);
      const batch = reader.take();
      if (batch.length > 0) yield batch;
    }
    reader.end();
    const rest = reader.take();
    if (rest.length > 0) yield rest;
  } finally {
    await handle.close();
  }
}
function betweenChunks(options) {
  if (options.signal?.aborted) throw new GateAborted(options.signal.reason);
  options.checkpoint?.();
}
var FOUND = /* @__PURE__ */ Symbol("found");
async function sniffFindingsFile(path, options = {}) {
  const { handle, size } = await openFindingsFile(path);
  const places = new PlaceLog(path);
  let found;
  const stream = new FindingsJsonStream(path, {
    finding(value, form, root, index, line) {
      if (!isObject(value)) return;
      const service = Object.hasOwn(value, "findingArn") ? "inspector2" : Object.hasOwn(value, "arn") ? "inspector-classic" : void 0;
      if (service === void 0) return;
      found = { service, place: places.text(places.add(form, root, index, line)) };
      throw FOUND;
    },
    member() {
    },
    valueEnd() {
    }
  });
  try {
    for (; ; ) {
      betweenChunks(options);
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      stream.write(buffer.subarray(0, bytesRead));
    }
    stream.end();
  } catch (error) {
    if (error !== FOUND) {
      const ours = error instanceof ConfigError || error instanceof GateAborted;
      throw ours || error instanceof DeadlineExceeded ? error : unreadable(path, error);
    }
  } finally {
    await handle.close();
  }
  return found ? { ...found, bytes: size } : { bytes: size };
}
function parseFindings(text, file, options = {}) {
  const reader = new FindingsFileReader(file, options);
  reader.write(Buffer.from(text, "utf8"));
  reader.end();
  if (reader.lastToken !== void 0) throw incompletePages(reader.lastToken);
  return reader.take();
}
async function loadFindingsFile(path, options = {}) {
  const reader = new FindingsFileReader(path, options);
  const out = [];
  for await (const batch of readFindingsFile(path, reader)) for (const f of batch) out.push(f);
  if (reader.lastToken !== void 0) throw incompletePages(reader.lastToken);
  return out;
}

// src/sources/file/source.ts
var PROGRESS_EVERY_MS = 1e3;
var FileSource = class {
  constructor(spec, ctx) {
    this.ctx = ctx;
    this.files = spec.files.map((path) => ({ path, bytes: 0 }));
    this.includeSuppressed = spec.includeSuppressed === true;
  }
  ctx;
  files;
  includeSuppressed;
  service;
  read = 0;
  bytesRead = 0;
  lastProgress = Number.NEGATIVE_INFINITY;
  info() {
    return {
      kind: "file",
      severities: this.service?.service === "inspector2" ? INSPECTOR2_SEVERITIES : CLASSIC_SEVERITIES,
      files: this.files.map((f) => {
        const r = f.reader;
        return {
          path: f.path,
          format: r?.format() ?? null,
          findings: r?.counted ?? 0,
          ...r !== void 0 && r.suppressed > 0 ? { suppressed: r.suppressed } : {},
          ...r !== void 0 && r.closed > 0 ? { closed: r.closed } : {}
        };
      }),
      ...this.includeSuppressed ? { includeSuppressed: true } : {}
    };
  }
  /** Reads each file as far as its first finding: they must open well and hold one service's findings. */
  async ready() {
    this.ctx.phase("reading the findings files");
    for (const file of this.files) {
      const sniff = await sniffFindingsFile(file.path, this.chunkOptions(this.ctx.signal));
      file.bytes = sniff.bytes;
      if (sniff.service === void 0 || sniff.place === void 0) continue;
      if (this.service === void 0) this.service = { service: sniff.service, place: sniff.place };
      else if (this.service.service !== sniff.service) {
        throw new ConfigError(
          "FINDINGS_INVALID",
          `Invalid findings: ${sniff.place} is an ${SERVICE_NAMES3[sniff.service]} finding, but ${this.service.place} is an ${SERVICE_NAMES3[this.service.service]} one; evaluate each service's findings on their own.`
        );
      }
    }
    return {};
  }
  async *findings(_needs, signal) {
    this.ctx.phase("reading findings");
    const seen = new SeenArns();
    const total = this.files.reduce((sum, f) => sum + f.bytes, 0);
    let last;
    for (const file of this.files) {
      const reader = new FindingsFileReader(file.path, {
        seen,
        includeSuppressed: this.includeSuppressed,
        ...this.service ? { service: this.service } : {}
      });
      file.reader = reader;
      last = reader;
      const onChunk = (bytes2) => {
        this.bytesRead += bytes2;
        this.progress(false, total);
      };
      const options = { ...this.chunkOptions(signal), onChunk };
      for await (const batch of readFindingsFile(file.path, reader, options)) {
        this.read += batch.length;
        yield batch;
      }
    }
    if (last?.lastToken !== void 0) throw incompletePages(last.lastToken);
    this.progress(true, total);
  }
  /** Between two chunks: an interrupt, or the deadline seen on the gate's clock, ends the reading. */
  chunkOptions(signal) {
    const { clock, deadline } = this.ctx;
    return {
      signal,
      checkpoint: () => {
        if (clock.now() >= deadline) throw new DeadlineExceeded("reading findings");
      }
    };
  }
  progress(done, totalBytes) {
    const now = this.ctx.clock.now();
    if (!done && now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    const mib = (n) => (n / 2 ** 20).toFixed(n < 10 * 2 ** 20 ? 1 : 0);
    this.ctx.fetched(
      { listed: this.read, described: this.read, listingDone: done },
      `findings: ${this.read} read${done ? "" : ` (${mib(this.bytesRead)} of ${mib(totalBytes)} MiB)`}`
    );
  }
  async complete(raw) {
    return { total: this.read, counts: raw };
  }
  /** Unknown until every file has been read. */
  totals() {
    return void 0;
  }
  close() {
  }
};

// src/sources/file/index.ts
var fileSource = {
  kinds: ["file"],
  check(spec) {
    if (!Array.isArray(spec.files) || spec.files.length === 0) {
      throw new ConfigError("OPTION_INVALID", "Invalid findings files: expected at least one file path.");
    }
    if (spec.includeSuppressed !== void 0 && typeof spec.includeSuppressed !== "boolean") {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid includeSuppressed '${String(spec.includeSuppressed)}': expected true or false.`
      );
    }
    for (const file of spec.files) {
      if (typeof file !== "string" || file === "") {
        throw new ConfigError(
          "OPTION_INVALID",
          `Invalid findings file '${String(file)}': expected a file path.`
        );
      }
    }
  },
  create: (spec, ctx) => new FileSource(spec, ctx)
};

// src/sources/inspector2/scope.ts
var SCOPE_NAMES = [
  "account",
  "resource-type",
  "resource-id",
  "ecr-repository",
  "ecr-image-digest",
  "ecr-image-tag",
  "lambda-function",
  "resource-tag"
];
var SCOPE_RESOURCE_TYPES = [
  "AWS_EC2_INSTANCE",
  "AWS_ECR_CONTAINER_IMAGE",
  "AWS_LAMBDA_FUNCTION",
  "CODE_REPOSITORY"
];
var MAX_VALUES = 10;
var FIELD = {
  account: "accounts",
  "resource-type": "resourceTypes",
  "resource-id": "resourceIds",
  "ecr-repository": "ecrRepositories",
  "ecr-image-digest": "ecrImageDigests",
  "ecr-image-tag": "ecrImageTags",
  "lambda-function": "lambdaFunctions",
  "resource-tag": "resourceTags"
};
var ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
var FORMS2 = {
  account: (v) => /^\d{12}$/.test(v) ? void 0 : "an AWS account id of 12 digits, such as 123456789012",
  "resource-type": (v) => SCOPE_RESOURCE_TYPES.includes(v) ? void 0 : `one of ${SCOPE_RESOURCE_TYPES.join(", ")}`,
  "resource-id": (v) => v.length >= 1 && v.length <= 1024 && !/\s/.test(v) ? void 0 : "a resource id as Inspector names it (an instance id such as i-0123456789abcdef0, an ECR image or Lambda function ARN), at most 1024 characters",
  "ecr-repository": (v) => v.length >= 2 && v.length <= 256 && ECR_REPOSITORY.test(v) ? void 0 : "an ECR repository name such as team/app (lowercase letters, digits, . _ - and /, 2 to 256 characters)",
  "ecr-image-digest": (v) => /^sha256:[a-f0-9]{64}$/.test(v) ? void 0 : "an image digest: sha256: and 64 lowercase hex digits",
  "ecr-image-tag": (v) => /^[\w][\w.-]{0,127}$/.test(v) ? void 0 : "an image tag such as v1.2.3 (letters, digits, _ . -, at most 128 characters)",
  "lambda-function": (v) => /^[a-zA-Z0-9_-]{1,64}$/.test(v) ? void 0 : "a Lambda function name (letters, digits, - and _, at most 64 characters)"
};
function tagProblem(v) {
  const eq = v.indexOf("=");
  if (eq < 1) return "KEY=VALUE, such as Environment=prod (the value may be empty: KEY=)";
  if (eq > 128) return "KEY=VALUE with a key of at most 128 characters";
  if (v.length - eq - 1 > 256) return "KEY=VALUE with a value of at most 256 characters";
  return void 0;
}
function parseTag(v) {
  const eq = v.indexOf("=");
  return { key: v.slice(0, eq), value: v.slice(eq + 1) };
}
function shown(value) {
  const flat = value.replace(/\s*\n\s*/g, " ");
  return `'${flat.length > 120 ? `${flat.slice(0, 117)}...` : flat}'`;
}
function readScope(raw, allResources, name) {
  const problems = [];
  const scope = {};
  for (const input of SCOPE_NAMES) {
    const values = [...new Set((raw[input] ?? []).map((v) => v.trim()).filter((v) => v !== ""))];
    if (values.length === 0) continue;
    if (values.length > MAX_VALUES) {
      problems.push(
        `Too many ${name(input)} values (${values.length}): Inspector's filters take at most ${MAX_VALUES}; split the gate, or widen the scope.`
      );
      continue;
    }
    let bad = false;
    for (const value of values) {
      const problem = input === "resource-tag" ? tagProblem(value) : FORMS2[input](value);
      if (problem !== void 0) {
        problems.push(`Invalid ${name(input)} ${shown(value)}: expected ${problem}.`);
        bad = true;
      }
    }
    if (bad) continue;
    scope[FIELD[input]] = input === "resource-tag" ? values.map(parseTag) : values;
  }
  const given = SCOPE_NAMES.filter((n) => (raw[n] ?? []).some((v) => v.trim() !== ""));
  if (allResources && given.length > 0) {
    problems.push(
      `${name("all-resources")} gates the whole account and excludes ${given.map(name).join(", ")}: give a scope or ${name("all-resources")}, not both.`
    );
  } else if (!allResources && given.length === 0) {
    problems.push(
      `No scope: name what to gate (${SCOPE_NAMES.map(name).join(", ")}), or give ${name("all-resources")} to gate every resource of the account.`
    );
  }
  if (problems.length === 0) {
    const contradiction = contradictionOf(scope, name);
    if (contradiction) problems.push(contradiction);
  }
  return problems.length > 0 ? { problems } : { scope, problems };
}
function contradictionOf(scope, name) {
  const imageOnly = ["ecr-repository", "ecr-image-digest", "ecr-image-tag"].filter(
    (n) => scope[FIELD[n]]?.length
  );
  const lambdaOnly = scope.lambdaFunctions?.length ? ["lambda-function"] : [];
  if (imageOnly.length > 0 && lambdaOnly.length > 0) {
    return `${name(imageOnly[0])} names ECR images and ${name("lambda-function")} Lambda functions: a finding is about one or the other, so this scope matches nothing. Run one gate for each.`;
  }
  const types = scope.resourceTypes;
  if (types === void 0) return void 0;
  const needs = (type, by) => by.length > 0 && !types.includes(type) ? `${name(by[0])} names ${type === "AWS_LAMBDA_FUNCTION" ? "Lambda functions" : "ECR images"} but ${name("resource-type")} is ${types.join(", ")}: this scope matches nothing. Add ${type} to ${name("resource-type")} or leave it out.` : void 0;
  return needs("AWS_ECR_CONTAINER_IMAGE", imageOnly) ?? needs("AWS_LAMBDA_FUNCTION", lambdaOnly);
}
function checkScope(scope, allResources) {
  const raw = {};
  for (const input of SCOPE_NAMES) {
    const value = scope?.[FIELD[input]];
    if (value === void 0) continue;
    if (!Array.isArray(value)) return [`Invalid scope.${FIELD[input]}: expected a list.`];
    raw[input] = input === "resource-tag" ? value.map(
      (t) => typeof t?.key === "string" && typeof t.value === "string" ? `${t.key}=${t.value}` : ""
    ) : value.map((v) => typeof v === "string" ? v : "");
    if (raw[input].some((v) => v === "")) {
      return [
        `Invalid scope.${FIELD[input]}: expected ${input === "resource-tag" ? "{ key, value } pairs of strings" : "non-empty strings"}.`
      ];
    }
  }
  return [
    ...readScope(raw, allResources, (n) => n === "all-resources" ? "allResources" : `scope.${FIELD[n]}`).problems
  ];
}
function scopeWords(scope) {
  const parts = [];
  for (const input of SCOPE_NAMES) {
    const value = scope[FIELD[input]];
    if (!value?.length) continue;
    parts.push(
      `${input} ${value.map((v) => typeof v === "string" ? v : `${v.key}=${v.value}`).join(" or ")}`
    );
  }
  return parts.length > 0 ? parts.join("; ") : "every resource of the account";
}
function digestOf(resourceId) {
  const at = resourceId.lastIndexOf("/sha256:");
  return at >= 0 ? resourceId.slice(at + 1) : void 0;
}

// src/sources/inspector2/api.ts
var Inspector2Api = class extends AwsApi {
};
var DETAILS_BATCH = 10;
async function* checkedPages(api, operation, member, paginate, code) {
  let pages = 0;
  for await (const page of api.pages(operation, paginate)) {
    pages++;
    if (!Array.isArray(page[member])) {
      throw new InspectorError(
        code,
        `Inspector ${operation} answered page ${pages} without its ${member} list; refusing to decide on incomplete data`
      );
    }
    yield page;
  }
}

// src/sources/inspector2/client.ts
import { Inspector2Client } from "@aws-sdk/client-inspector2";
var SDK_NODE_WARNING = /^NodeVersionSupportWarning\b/;
function withoutSdkNodeWarning(build) {
  const emit = process.emitWarning;
  const filtered = function(warning, ...rest) {
    const text = typeof warning === "string" ? warning : warning?.message;
    if (typeof text === "string" && SDK_NODE_WARNING.test(text)) return;
    return emit.call(process, warning, ...rest);
  };
  process.emitWarning = filtered;
  try {
    return build();
  } finally {
    if (process.emitWarning === filtered) process.emitWarning = emit;
  }
}
function createInspector2Client(connection = {}) {
  const config = {
    retryMode: "standard",
    maxAttempts: connection.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: `inspector-gate/${VERSION}`,
    requestHandler: { connectionTimeout: 5e3, requestTimeout: connection.requestTimeoutMs ?? 3e4 }
  };
  if (connection.region !== void 0) config.region = connection.region;
  if (connection.endpoint !== void 0) config.endpoint = connection.endpoint;
  if (connection.credentials !== void 0) config.credentials = connection.credentials;
  if (connection.profile !== void 0) config.profile = connection.profile;
  return withoutSdkNodeWarning(() => {
    const client = new Inspector2Client(config);
    if (connection.credentials !== void 0 || connection.profile !== void 0) return client;
    const credentials = loopbackCredentials(connection.endpoint, client.config.credentials);
    if (credentials === void 0) return client;
    client.destroy();
    return new Inspector2Client({ ...config, credentials });
  });
}

// src/sources/inspector2/coverage.ts
import {
  paginateListCoverage
} from "@aws-sdk/client-inspector2";
var COVERAGE_PAGE = 200;
var UNSCANNED_SHOWN = 20;
var IN_PROGRESS_REASONS = /* @__PURE__ */ new Set([
  "PENDING_INITIAL_SCAN",
  "PENDING_REVIVAL_SCAN",
  "SCAN_IN_PROGRESS"
]);
function equals(values) {
  return values.map((value) => ({ comparison: "EQUALS", value }));
}
function coverageCriteria(scope) {
  const c = {};
  if (scope.accounts?.length) c.accountId = equals(scope.accounts);
  const imageOnly = Boolean(
    scope.ecrRepositories?.length || scope.ecrImageDigests?.length || scope.ecrImageTags?.length
  );
  const types = scope.resourceTypes ?? (imageOnly ? ["AWS_ECR_CONTAINER_IMAGE"] : scope.lambdaFunctions?.length ? ["AWS_LAMBDA_FUNCTION"] : void 0);
  if (types?.length) c.resourceType = equals(types);
  if (scope.resourceIds?.length) c.resourceId = equals(scope.resourceIds);
  if (scope.ecrRepositories?.length) c.ecrRepositoryName = equals(scope.ecrRepositories);
  if (scope.ecrImageTags?.length) c.ecrImageTags = equals(scope.ecrImageTags);
  if (scope.lambdaFunctions?.length) c.lambdaFunctionName = equals(scope.lambdaFunctions);
  return c;
}
function inconsistent(record, why) {
  return new InspectorError(
    "COVERAGE_INCONSISTENT",
    `Inspector ListCoverage returned a record outside the scope asked for (${record.resourceType ?? "?"} ${record.resourceId ?? "?"}: ${why}); refusing to decide on inconsistent data`
  );
}
function repositoryOf(resourceId) {
  return /:repository\/(.+)\/sha256:[a-f0-9]+$/.exec(resourceId)?.[1];
}
function tagsOf(record) {
  const m = record.resourceMetadata;
  return m?.ec2?.tags ?? m?.lambdaFunction?.functionTags;
}
function labelOf(record) {
  const id = record.resourceId ?? "?";
  const m = record.resourceMetadata;
  if (record.resourceType === "AWS_ECR_CONTAINER_IMAGE") {
    const digest = digestOf(id);
    const repo = repositoryOf(id);
    if (repo && digest) return `${repo}@${digest.slice(0, 19)}…`;
  }
  if (m?.lambdaFunction?.functionName) return m.lambdaFunction.functionName;
  const name = m?.ec2?.tags?.Name;
  if (record.resourceType === "AWS_EC2_INSTANCE" && name) return `${id} (${name})`;
  if (m?.codeRepository?.projectName) return m.codeRepository.projectName;
  return id;
}
function checkAsked(record, criteria) {
  const among = (list2, value, what) => {
    if (list2 === void 0 || value === void 0) return;
    if (!list2.some((f) => f.value === value)) throw inconsistent(record, `${what} ${value}`);
  };
  among(criteria.accountId, record.accountId, "account");
  among(criteria.resourceType, record.resourceType, "resource type");
  among(criteria.resourceId, record.resourceId, "resource id");
  const m = record.resourceMetadata;
  const repository = record.resourceType === "AWS_ECR_CONTAINER_IMAGE" ? repositoryOf(record.resourceId ?? "") : m?.ecrRepository?.name;
  among(criteria.ecrRepositoryName, repository, "repository");
  among(criteria.lambdaFunctionName, m?.lambdaFunction?.functionName, "function");
  const tags = m?.ecrImage?.tags;
  if (criteria.ecrImageTags && tags !== void 0) {
    if (!tags.some((t) => criteria.ecrImageTags.some((f) => f.value === t))) {
      throw inconsistent(record, `image tags ${tags.join(", ") || "none"}`);
    }
  }
}
async function readCoverage2(api, scope) {
  const criteria = coverageCriteria(scope);
  const records = [];
  for await (const page of checkedPages(
    api,
    "ListCoverage",
    "coveredResources",
    (o) => paginateListCoverage(
      { client: api.client, pageSize: COVERAGE_PAGE, stopOnSameToken: true },
      Object.keys(criteria).length > 0 ? { filterCriteria: criteria } : {},
      o
    ),
    "COVERAGE_INCOMPLETE"
  )) {
    records.push(...page.coveredResources ?? []);
  }
  return viewOf(records, scope, criteria);
}
function viewOf(records, scope, criteria = coverageCriteria(scope)) {
  const digests = scope.ecrImageDigests;
  const tags = scope.resourceTags;
  const matchedByGate = [];
  if (digests?.length)
    matchedByGate.push(
      "ecr-image-digest (ListCoverage has no digest filter: matched on each image's resource id)"
    );
  if (tags?.length) {
    matchedByGate.push(
      "resource-tag (matched on EC2 instance and Lambda function tags; coverage records of ECR images and code repositories carry no resource tags, so each one the rest of the scope allows counts)"
    );
  }
  const byId = /* @__PURE__ */ new Map();
  const accounts = /* @__PURE__ */ new Set();
  const listed2 = /* @__PURE__ */ new Set();
  for (const record of records) {
    if (typeof record.resourceId !== "string" || record.resourceId === "") {
      throw new InspectorError(
        "COVERAGE_INCONSISTENT",
        `Inspector ListCoverage returned a record without a resourceId (${record.resourceType ?? "no type"}); refusing to decide on it`
      );
    }
    checkAsked(record, criteria);
    const key = `${record.resourceId}
${record.scanType ?? ""}`;
    if (listed2.has(key)) {
      throw new InspectorError(
        "COVERAGE_INCONSISTENT",
        `Inspector ListCoverage listed ${record.resourceId} twice for its ${record.scanType ?? "UNKNOWN"} scan; refusing to decide on inconsistent data`
      );
    }
    listed2.add(key);
    if (record.accountId) accounts.add(record.accountId);
    if (record.resourceType === "AWS_ECR_REPOSITORY") continue;
    if (digests?.length) {
      const digest = digestOf(record.resourceId);
      if (digest === void 0 || !digests.includes(digest)) continue;
    }
    const recordTags = tagsOf(record);
    if (tags?.length && recordTags !== void 0) {
      if (!tags.some((t) => recordTags[t.key] === t.value)) continue;
    }
    const at = timestamp(record.lastScannedAt);
    const scan = {
      scanType: record.scanType ?? "UNKNOWN",
      statusCode: record.scanStatus?.statusCode ?? "UNKNOWN",
      reason: record.scanStatus?.reason ?? "UNKNOWN",
      ...at !== void 0 ? { lastScannedAt: at } : {}
    };
    if (scan.statusCode !== "ACTIVE" && scan.statusCode !== "INACTIVE") {
      throw new InspectorError(
        "COVERAGE_INCONSISTENT",
        `Inspector ListCoverage gave ${record.resourceId} the scan status ${JSON.stringify(record.scanStatus?.statusCode ?? null)} (expected ACTIVE or INACTIVE); refusing to decide on a resource whose scanning is unknown`
      );
    }
    const entry = byId.get(record.resourceId);
    if (entry) entry.scans.push(scan);
    else byId.set(record.resourceId, { record, scans: [scan] });
  }
  const resources = [...byId.entries()].map(([resourceId, { record, scans }]) => ({
    resourceId,
    resourceType: record.resourceType ?? "UNKNOWN",
    ...record.accountId ? { accountId: record.accountId } : {},
    label: labelOf(record),
    scans,
    status: statusOf(scans)
  }));
  const present = new Set(resources.map((r) => digestOf(r.resourceId)).filter((d) => d !== void 0));
  const missingDigests = (digests ?? []).filter((d) => !present.has(d));
  return {
    resources,
    records: records.length,
    missingDigests,
    matchedByGate,
    accounts: [...accounts].sort()
  };
}
function statusOf(scans) {
  if (scans.some((s) => s.statusCode !== "ACTIVE")) return "INACTIVE";
  if (scans.some((s) => IN_PROGRESS_REASONS.has(s.reason) || s.lastScannedAt === void 0)) return "PENDING";
  return "SCANNED";
}
function coverageInfo(view, inactivePolicy) {
  const byType = {};
  for (const r of view.resources) byType[r.resourceType] = (byType[r.resourceType] ?? 0) + 1;
  const unscanned = view.resources.filter((r) => r.status !== "SCANNED").sort((a, b) => a.status === b.status ? 0 : a.status === "INACTIVE" ? -1 : 1).slice(0, UNSCANNED_SHOWN).map(
    (r) => ({
      resourceId: r.resourceId,
      resourceType: r.resourceType,
      label: r.label,
      status: r.status === "INACTIVE" ? "INACTIVE" : "PENDING",
      scans: r.scans
    })
  );
  const count = (status) => view.resources.filter((r) => r.status === status).length;
  return {
    kind: "inspector2",
    resources: view.resources.length,
    scanned: count("SCANNED"),
    pending: count("PENDING"),
    inactive: count("INACTIVE"),
    byType,
    records: view.records,
    unscanned,
    missingDigests: [...view.missingDigests],
    matchedByGate: [...view.matchedByGate],
    inactivePolicy
  };
}
function named(resources, pick) {
  const shown2 = resources.slice(0, 5).map((r) => {
    const reasons = r.scans.filter(pick).map((s) => `${s.reason} on ${s.scanType}`);
    return `${r.label} (${reasons.join(", ") || "no scan recorded"})`;
  });
  const more = resources.length > shown2.length ? ` and ${resources.length - shown2.length} more` : "";
  return `${shown2.join(", ")}${more}`;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function judgeCoverage2(view, options) {
  const warnings = [];
  const waitHint = options.waitForScan ? "" : " Run the gate with --wait-for-scan (Action input wait-for-scan: true) to wait for the scan.";
  const inactive = view.resources.filter((r) => r.status === "INACTIVE");
  const pending = view.resources.filter((r) => r.status === "PENDING");
  if (inactive.length > 0 && options.inactive !== "ignore") {
    const message = `${plural(inactive.length, "resource")} in scope ${inactive.length === 1 ? "is" : "are"} not scanned by Inspector (INACTIVE): ${named(inactive, (s) => s.statusCode !== "ACTIVE")}`;
    if (options.inactive === "fail") {
      return {
        error: new InspectorError(
          "COVERAGE_INACTIVE",
          `${message}. Their findings are not evidence (coverage.inactive-resources: fail; set warn or ignore to accept them, or narrow the scope).`
        ),
        warnings,
        waitable: false
      };
    }
    warnings.push(`${message} (coverage.inactive-resources: warn)`);
  }
  if (view.missingDigests.length > 0) {
    return {
      error: new InspectorError(
        "COVERAGE_NOT_FOUND",
        `image ${view.missingDigests.join(", ")} is not in Inspector's coverage: it was not pushed to a repository Inspector scans in this account and region, or Inspector has not discovered it yet; nothing about it was scanned, which is never a pass.${waitHint}`
      ),
      warnings,
      waitable: true
    };
  }
  if (view.resources.length === 0) {
    return {
      error: new InspectorError(
        "COVERAGE_NOTHING_SCANNED",
        `nothing in scope (${options.scopeWords}) is in Inspector's coverage (${plural(view.records, "coverage record")} read): nothing was scanned, which is never a pass.${waitHint}`
      ),
      warnings,
      waitable: true
    };
  }
  if (pending.length > 0) {
    return {
      error: new InspectorError(
        "COVERAGE_PENDING",
        `${plural(pending.length, "resource")} in scope ${pending.length === 1 ? "has" : "have"} not been scanned yet: ${named(pending, (s) => s.statusCode === "ACTIVE" && (IN_PROGRESS_REASONS.has(s.reason) || s.lastScannedAt === void 0))}; findings are not evidence until the scan completes.${waitHint}`
      ),
      warnings,
      waitable: true
    };
  }
  if (view.resources.every((r) => r.status !== "SCANNED")) {
    return {
      error: new InspectorError(
        "COVERAGE_NOTHING_SCANNED",
        `none of the ${plural(view.resources.length, "resource")} in scope was scanned (every one is INACTIVE, ignored by coverage.inactive-resources): nothing was scanned, which is never a pass.`
      ),
      warnings,
      waitable: false
    };
  }
  return { warnings, waitable: false };
}

// src/sources/inspector2/criteria.ts
var V2_SEVERITY_NAME = Object.freeze(
  Object.fromEntries(Object.entries(INSPECTOR2_SEVERITY).map(([v2, ours]) => [ours, v2]))
);
var LISTED_STATUSES = ["ACTIVE", "SUPPRESSED"];
var PUSHED = [
  ["title", "title"],
  ["vulnerabilityId", "vulnerabilityId"],
  ["findingType", "findingType"],
  ["fixAvailable", "fixAvailable"],
  ["exploitAvailable", "exploitAvailable"],
  ["resourceType", "resourceType"],
  ["resourceId", "resourceId"],
  ["ecrRepository", "ecrImageRepositoryName"],
  ["ecrImageTag", "ecrImageTags"],
  ["lambdaFunction", "lambdaFunctionName"]
];
var MULTI_VALUED = /* @__PURE__ */ new Set(["ecrImageTags"]);
var RANGES = [
  ["epss", "epssScore"],
  ["inspectorScore", "inspectorScore"]
];
function equals2(values) {
  return values.map((value) => ({ comparison: "EQUALS", value }));
}
function fits(values) {
  return values !== void 0 && values.length > 0 && values.length <= MAX_VALUES;
}
function scopeCriteria(scope) {
  const c = {};
  if (scope.accounts?.length) c.awsAccountId = equals2(scope.accounts);
  if (scope.resourceTypes?.length) c.resourceType = equals2(scope.resourceTypes);
  if (scope.resourceIds?.length) c.resourceId = equals2(scope.resourceIds);
  if (scope.ecrRepositories?.length) c.ecrImageRepositoryName = equals2(scope.ecrRepositories);
  if (scope.ecrImageDigests?.length) c.ecrImageHash = equals2(scope.ecrImageDigests);
  if (scope.ecrImageTags?.length) c.ecrImageTags = equals2(scope.ecrImageTags);
  if (scope.lambdaFunctions?.length) c.lambdaFunctionName = equals2(scope.lambdaFunctions);
  if (scope.resourceTags?.length) {
    c.resourceTags = scope.resourceTags.map((t) => ({ comparison: "EQUALS", key: t.key, value: t.value }));
  }
  return c;
}
function neededRanges(needs, field) {
  const out = /* @__PURE__ */ new Map();
  for (const t of needs.targets) {
    const range = t.ranges?.[field];
    if (range === void 0 || range.min === void 0 && range.max === void 0) return void 0;
    const filter = {
      ...range.min !== void 0 ? { lowerInclusive: range.min } : {},
      ...range.max !== void 0 ? { upperInclusive: range.max } : {}
    };
    out.set(`${range.min}:${range.max}`, filter);
  }
  if (out.size === 0) return void 0;
  if (out.size <= MAX_VALUES) return [...out.values()];
  const lows = [...out.values()].map((f) => f.lowerInclusive);
  const highs = [...out.values()].map((f) => f.upperInclusive);
  return [
    {
      ...lows.every((l) => l !== void 0) ? { lowerInclusive: Math.min(...lows) } : {},
      ...highs.every((h) => h !== void 0) ? { upperInclusive: Math.max(...highs) } : {}
    }
  ];
}
function findingCriteria(scope, needs) {
  const c = { ...scopeCriteria(scope), findingStatus: equals2(LISTED_STATUSES) };
  if (needs.targets.length === 0) return c;
  const severities = neededSeverities(needs)?.map((s) => V2_SEVERITY_NAME[s]).filter((s) => s !== void 0);
  if (fits(severities)) c.severity = equals2(severities);
  for (const [field, criterion] of PUSHED) {
    const wanted = neededValues(needs, field);
    if (!fits(wanted)) continue;
    const inScope = c[criterion];
    if (inScope === void 0) {
      c[criterion] = equals2(wanted);
      continue;
    }
    if (MULTI_VALUED.has(criterion)) continue;
    const both = wanted.filter((v) => inScope.some((f) => f.value === v));
    if (both.length > 0) c[criterion] = equals2(both);
  }
  const packages = neededValues(needs, "packageName");
  if (fits(packages)) {
    c.vulnerablePackages = packages.map((name) => ({ name: { comparison: "EQUALS", value: name } }));
  }
  for (const [field, criterion] of RANGES) {
    const ranges = neededRanges(needs, field);
    if (ranges) c[criterion] = ranges;
  }
  return c;
}
function images(f) {
  return (f.resources ?? []).flatMap(
    (r) => r.details?.awsEcrContainerImage ? [r.details.awsEcrContainerImage] : []
  );
}
var READ = {
  awsAccountId: (f) => [f.awsAccountId],
  findingStatus: (f) => [f.status],
  severity: (f) => [V2_SEVERITY_NAME[f.severity]],
  resourceType: (f) => (f.resources ?? []).map((r) => r.type),
  resourceId: (f) => (f.resources ?? []).map((r) => r.id),
  ecrImageRepositoryName: (f) => images(f).map((i) => i.repositoryName),
  ecrImageHash: (f) => images(f).map((i) => i.imageHash),
  ecrImageTags: (f) => images(f).flatMap((i) => i.imageTags ?? []),
  lambdaFunctionName: (f) => (f.resources ?? []).map((r) => r.details?.awsLambdaFunction?.functionName),
  vulnerabilityId: (f) => [f.packageVulnerabilityDetails?.vulnerabilityId],
  findingType: (f) => [f.type],
  fixAvailable: (f) => [f.fixAvailable],
  exploitAvailable: (f) => [f.exploitAvailable],
  title: (f) => [f.title]
};
function inRanges(value, filters) {
  return value !== void 0 && filters.some(
    (r) => (r.lowerInclusive === void 0 || value >= r.lowerInclusive) && (r.upperInclusive === void 0 || value <= r.upperInclusive)
  );
}
function unmetCriterion(finding, criteria) {
  for (const [name, list2] of Object.entries(criteria)) {
    if (!Array.isArray(list2) || list2.length === 0) continue;
    if (name === "resourceTags") {
      const tags = (finding.resources ?? []).map((r) => r.tags ?? {});
      const ok = list2.some(
        (m) => tags.some((t) => Object.hasOwn(t, m.key) && (m.value === void 0 || t[m.key] === m.value))
      );
      if (!ok) return "resourceTags (no resource carries one of the tags asked for)";
      continue;
    }
    if (name === "vulnerablePackages") {
      const names = (finding.packageVulnerabilityDetails?.vulnerablePackages ?? []).map((p) => p.name);
      const ok = list2.some((p) => names.includes(p.name?.value ?? ""));
      if (!ok) return `vulnerablePackages (packages ${names.join(", ") || "none"})`;
      continue;
    }
    if (name === "epssScore" || name === "inspectorScore") {
      const value = name === "epssScore" ? finding.epss?.score : finding.inspectorScore;
      if (!inRanges(value, list2)) return `${name} (${value ?? "none"})`;
      continue;
    }
    const read = READ[name];
    if (read === void 0) throw new Error(`no reading of the filter criterion ${name}`);
    const carried = read(finding).filter((v) => v !== void 0);
    const wanted = list2.map((f) => f.value);
    if (!carried.some((v) => wanted.includes(v))) return `${name} (${carried.join(", ") || "none"})`;
  }
  return void 0;
}

// src/sources/inspector2/findings.ts
import { paginateListFindings as paginateListFindings2 } from "@aws-sdk/client-inspector2";

// src/sources/inspector2/kev.ts
import { BatchGetFindingDetailsCommand } from "@aws-sdk/client-inspector2";
var KEV_RETRIES = 3;
var FIRST_BACKOFF_MS = 250;
function cisaOf(detail) {
  const c = detail.cisaData;
  if (c === void 0 || c === null) return void 0;
  const out = {};
  if (typeof c.action === "string") out.action = c.action;
  const added = timestamp(c.dateAdded);
  if (added !== void 0) out.dateAdded = added;
  const due = timestamp(c.dateDue);
  if (due !== void 0) out.dateDue = due;
  return out;
}
async function kevOf(api, findings, options) {
  const answers = /* @__PURE__ */ new Map();
  const byArn = new Map(findings.map((f) => [f.arn, f]));
  let asking = [...byArn.keys()];
  const retries = options.retries ?? KEV_RETRIES;
  for (let attempt = 0; asking.length > 0; attempt++) {
    const out = await api.call(
      "BatchGetFindingDetails",
      (o) => api.client.send(new BatchGetFindingDetailsCommand({ findingArns: asking }), o)
    );
    const pending = new Set(asking);
    const seen = /* @__PURE__ */ new Set();
    const again = [];
    const answered = (arn) => {
      if (arn === void 0 || !pending.has(arn) || seen.has(arn)) {
        throw new InspectorError(
          "KEV_INCONSISTENT",
          `Inspector BatchGetFindingDetails answered for ${arn === void 0 ? "a finding without an ARN" : seen.has(arn) ? `${arn} twice` : `${arn}, which was not asked for`}; refusing to decide on inconsistent data`
        );
      }
      seen.add(arn);
      return arn;
    };
    for (const detail of out.findingDetails ?? []) {
      const arn = answered(detail.findingArn);
      const cisa = cisaOf(detail);
      answers.set(arn, cisa !== void 0 ? { kev: true, cisaData: cisa } : { kev: false });
    }
    for (const error of out.errors ?? []) {
      const arn = answered(error.findingArn);
      const code = error.errorCode ?? "UNKNOWN";
      if (code === "FINDING_DETAILS_NOT_FOUND") {
        const isPackage = byArn.get(arn)?.type === "PACKAGE_VULNERABILITY";
        answers.set(arn, isPackage ? { kev: void 0 } : { kev: false });
      } else if (code === "ACCESS_DENIED") {
        throw new InspectorError(
          "ACCESS_DENIED",
          `Inspector BatchGetFindingDetails refused ${arn}: ACCESS_DENIED (${error.errorMessage ?? "no message"})`
        );
      } else again.push({ arn, code, message: error.errorMessage ?? "" });
    }
    const missing = asking.filter((arn) => !seen.has(arn));
    if (missing.length > 0) {
      throw new InspectorError(
        "KEV_INCOMPLETE",
        `Inspector BatchGetFindingDetails answered nothing for ${missing.length} of ${asking.length} findings (${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}); refusing to decide on incomplete data`
      );
    }
    if (again.length === 0) break;
    if (attempt >= retries) {
      const first = again[0];
      throw new InspectorError(
        "KEV_INCOMPLETE",
        `Inspector BatchGetFindingDetails kept failing for ${again.length} finding${again.length === 1 ? "" : "s"} after ${retries + 1} attempts (${first.arn}: ${first.code}${first.message ? ` ${first.message}` : ""}); their KEV status is unknown, refusing to decide without it`
      );
    }
    try {
      await options.clock.sleep(FIRST_BACKOFF_MS * 2 ** attempt, options.signal);
    } catch (error) {
      if (options.signal.aborted) throw new GateAborted(options.signal.reason);
      throw error;
    }
    asking = again.map((a) => a.arn);
  }
  return answers;
}
function withKev(finding, answer) {
  if (answer === void 0 || answer.kev === void 0) return finding;
  return answer.kev ? { ...finding, kev: true, cisaData: answer.cisaData } : { ...finding, kev: false };
}

// src/sources/inspector2/findings.ts
var LIST_PAGE_SIZE2 = 100;
var SUPPRESSED_SHOWN = 50;
var Limiter = class {
  constructor(n) {
    this.n = n;
  }
  n;
  running = 0;
  waiting = [];
  async run(task) {
    while (this.running >= this.n) await new Promise((resolve2) => this.waiting.push(resolve2));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
};
function inconsistent2(message) {
  return new InspectorError("FINDINGS_INCONSISTENT", `${message}; refusing to decide on inconsistent data`);
}
function emptyListStats(listingDone = false) {
  return {
    pages: 0,
    active: 0,
    suppressed: 0,
    evaluated: 0,
    listingDone,
    accounts: /* @__PURE__ */ new Set(),
    suppressedShown: [],
    kevCandidates: 0,
    kevCalls: 0,
    inKev: 0,
    kevUnknown: 0
  };
}
function admit(finding, intake) {
  const { seen, stats } = intake;
  if (seen.has(finding.arn)) throw inconsistent2(intake.twice(finding.arn));
  seen.add(finding.arn);
  const unmet = unmetCriterion(finding, intake.criteria);
  if (unmet !== void 0) {
    throw inconsistent2(`${intake.returned(finding.arn)}, which is outside the filter asked for: ${unmet}`);
  }
  if (finding.awsAccountId !== void 0) stats.accounts.add(finding.awsAccountId);
  if (finding.status !== "SUPPRESSED") {
    stats.active++;
    return true;
  }
  stats.suppressed++;
  if (intake.includeSuppressed) return true;
  if (stats.suppressedShown.length < SUPPRESSED_SHOWN) {
    stats.suppressedShown.push({
      arn: finding.arn,
      severity: finding.severity,
      ...finding.title !== void 0 ? { title: finding.title } : {},
      ...finding.resources?.length ? { resource: subjectLabel(finding) } : {}
    });
  }
  return false;
}
async function listFindings(api, options) {
  const stats = emptyListStats();
  const problems = [];
  const reader = new Inspector2FindingReader({
    problems: { add: (p) => problems.push(p) },
    where: (i) => `finding ${i + 1} of ListFindings page ${stats.pages}`
  });
  const intake = {
    criteria: options.criteria,
    includeSuppressed: options.includeSuppressed,
    seen: /* @__PURE__ */ new Set(),
    stats,
    twice: (arn) => `Inspector ListFindings listed ${arn} twice`,
    returned: (arn) => `Inspector ListFindings returned ${arn}`
  };
  const limiter = new Limiter(Math.max(1, options.concurrency));
  const inflight = /* @__PURE__ */ new Set();
  const maxPagesInFlight = Math.max(2, options.concurrency * 2);
  const deliver = async (batch) => {
    if (batch.length === 0) return;
    await options.onBatch(batch);
    stats.evaluated += batch.length;
    options.onProgress?.(stats);
  };
  const enrich = async (batch) => {
    const candidates = batch.filter((f) => options.kev.candidate(f));
    stats.kevCandidates += candidates.length;
    const answers = /* @__PURE__ */ new Map();
    await Promise.all(
      chunks(candidates, DETAILS_BATCH).map(
        (group) => limiter.run(async () => {
          stats.kevCalls++;
          for (const [arn, answer] of await kevOf(api, group, options)) answers.set(arn, answer);
        })
      )
    );
    const out = batch.map((f) => {
      const answer = answers.get(f.arn);
      if (answer?.kev === true) stats.inKev++;
      if (answer !== void 0 && answer.kev === void 0) stats.kevUnknown++;
      return withKev(f, answer);
    });
    await deliver(out);
  };
  for await (const page of checkedPages(
    api,
    "ListFindings",
    "findings",
    (o) => paginateListFindings2(
      { client: api.client, pageSize: LIST_PAGE_SIZE2, stopOnSameToken: true },
      { filterCriteria: options.criteria },
      o
    ),
    "FINDINGS_INCOMPLETE"
  )) {
    stats.pages++;
    const batch = [];
    const raw = page.findings ?? [];
    for (let i = 0; i < raw.length; i++) {
      const finding = reader.convert(raw[i], i);
      if (finding === void 0) {
        throw new InspectorError(
          "FINDINGS_INVALID",
          `Inspector ListFindings returned a finding the gate cannot read: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` and ${problems.length - 3} more problems` : ""}`
        );
      }
      if (admit(finding, intake)) batch.push(finding);
    }
    options.onProgress?.(stats);
    if (options.kev === void 0) {
      await deliver(batch);
      continue;
    }
    const task = enrich(batch);
    task.catch(() => {
    });
    inflight.add(task);
    void task.then(
      () => inflight.delete(task),
      () => {
      }
    );
    while (inflight.size >= maxPagesInFlight) await Promise.race(inflight);
  }
  stats.listingDone = true;
  await Promise.all(inflight);
  options.onProgress?.(stats);
  return stats;
}

// src/sources/inspector2/report.ts
import {
  CancelFindingsReportCommand,
  CreateFindingsReportCommand,
  GetFindingsReportStatusCommand
} from "@aws-sdk/client-inspector2";
var REPORT_ERROR_HINTS = {
  INTERNAL_ERROR: "Inspector failed on its side; run the gate again, and contact AWS Support if it persists",
  INVALID_PERMISSIONS: "the bucket policy must let inspector2.amazonaws.com put objects under the prefix, and the KMS key policy must let it use the key (kms:GenerateDataKey, kms:Decrypt); see docs/iam.md",
  BUCKET_NOT_FOUND: "--report-bucket must name an existing bucket (check the name and the account)",
  INCOMPATIBLE_BUCKET_REGION: "the bucket and the KMS key must be in the region Inspector is called in; use a bucket of that region or --region",
  MALFORMED_KMS_KEY: "--report-kms-key must be the ARN of a symmetric customer managed KMS key (arn:aws:kms:REGION:ACCOUNT:key/ID) in the bucket's region"
};
function s3Destination(d) {
  return {
    bucketName: d.bucket,
    kmsKeyArn: d.kmsKeyArn,
    ...d.prefix !== void 0 && d.prefix !== "" ? { keyPrefix: d.prefix } : {}
  };
}
async function createReport(api, destination, criteria) {
  const out = await api.call(
    "CreateFindingsReport",
    (o) => api.client.send(
      new CreateFindingsReportCommand({
        reportFormat: "JSON",
        s3Destination: s3Destination(destination),
        filterCriteria: criteria
      }),
      o
    )
  );
  if (typeof out.reportId !== "string" || out.reportId === "") {
    throw new InspectorError("REPORT_INVALID", "Inspector CreateFindingsReport answered without a reportId");
  }
  return out.reportId;
}
function canonical2(value) {
  return JSON.stringify(value, function(key, v) {
    const raw = this[key];
    if (raw instanceof Date) return raw.getTime();
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v).filter(([, x]) => x !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
      );
    }
    return v;
  });
}
function echoProblem(status, reportId, destination, criteria) {
  if (status.reportId !== void 0 && status.reportId !== reportId) {
    return new InspectorError(
      "REPORT_MISMATCH",
      `Inspector GetFindingsReportStatus answered for report ${status.reportId} when asked for ${reportId}; refusing to read another report`
    );
  }
  const asked = s3Destination(destination);
  const echoed = status.destination;
  if (echoed === void 0 || canonical2(echoed) !== canonical2(asked)) {
    return new InspectorError(
      "REPORT_MISMATCH",
      `Inspector's findings report ${reportId} echoes the destination ${canonical2(echoed ?? null)}, not the one asked for (${canonical2(asked)}); refusing to read a report written elsewhere`
    );
  }
  if (canonical2(status.filterCriteria ?? {}) !== canonical2(criteria)) {
    return new InspectorError(
      "REPORT_MISMATCH",
      `Inspector's findings report ${reportId} echoes the filter ${canonical2(status.filterCriteria ?? {})}, not the one asked for (${canonical2(criteria)}); refusing to evaluate a report of another filter`
    );
  }
  return void 0;
}
function reportFailure(status, reportId) {
  const code = status.errorCode ?? "(no errorCode)";
  const said = status.errorMessage ? `: ${status.errorMessage}` : "";
  if (status.status === "CANCELLED") {
    return new InspectorError(
      "REPORT_CANCELLED",
      `Inspector's findings report ${reportId} was CANCELLED${status.errorCode ? ` (${code}${said})` : said}; someone or something cancelled it before it was written: run the gate again`
    );
  }
  const hint = REPORT_ERROR_HINTS[code];
  return new InspectorError(
    "REPORT_FAILED",
    `Inspector's findings report ${reportId} FAILED with ${code}${said}` + (hint ? ` (to fix: ${hint})` : " (an error code the gate does not know)")
  );
}
function waitForReport(api, reportId, destination, criteria, options) {
  return createWaiter(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      abortSignal: options.abortSignal,
      ...options.random ? { random: options.random } : {}
    },
    async () => {
      const status = await api.call(
        "GetFindingsReportStatus",
        (o) => api.client.send(new GetFindingsReportStatusCommand({ reportId }), o)
      );
      const problem = echoProblem(status, reportId, destination, criteria);
      if (problem) throw problem;
      options.onStatus?.(status);
      switch (status.status) {
        case "IN_PROGRESS":
          return { state: "RETRY", reason: status };
        case "SUCCEEDED":
          return { state: "SUCCESS", reason: status };
        case "FAILED":
        case "CANCELLED":
          return { state: "FAILURE", reason: status };
        default:
          throw new InspectorError(
            "REPORT_INVALID",
            `Inspector's findings report ${reportId} has the status ${JSON.stringify(status.status ?? null)}, which the gate does not know; refusing to decide`
          );
      }
    }
  );
}
var CANCEL_MS = 3e3;
async function cancelReport(client, reportId) {
  try {
    await client.send(new CancelFindingsReportCommand({ reportId }), {
      abortSignal: AbortSignal.timeout(CANCEL_MS)
    });
    return true;
  } catch {
    return false;
  }
}

// src/sources/inspector2/report-read.ts
import { GetObjectCommand, paginateListObjectsV2 } from "@aws-sdk/client-s3";
import { JSONParser } from "@streamparser/json";
var S3Api = class extends AwsApi {
  service = "S3";
};
var SLICE_BYTES = 64 * 1024;
function unreadable2(object, why) {
  return new InspectorError(
    "REPORT_UNREADABLE",
    `The findings report object ${object} ${why}; refusing to decide on a report that cannot be read whole`
  );
}
async function reportObjects(s3, bucket, prefix2, reportId) {
  const keys = [];
  const listPrefix = prefix2 === "" ? "" : `${prefix2.replace(/\/+$/, "")}/`;
  for await (const page of s3.pages(
    "ListObjectsV2",
    (o) => paginateListObjectsV2({ client: s3.client }, { Bucket: bucket, Prefix: listPrefix }, o)
  )) {
    for (const c of page.Contents ?? []) {
      const key = c.Key ?? "";
      if (key.slice(listPrefix.length).includes(reportId)) keys.push(key);
    }
  }
  return keys.sort();
}
async function readReport(s3, options) {
  const stats = { ...emptyListStats(), objects: 0 };
  const where3 = `s3://${options.bucket}/${options.prefix ? `${options.prefix.replace(/\/+$/, "")}/` : ""}`;
  const keys = await reportObjects(s3, options.bucket, options.prefix ?? "", options.reportId);
  if (keys.length === 0) {
    throw new InspectorError(
      "REPORT_UNREADABLE",
      `Inspector's findings report ${options.reportId} SUCCEEDED, but no object of it is under ${where3}; refusing to decide without the report`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  const deliver = async (batch) => {
    if (batch.length === 0) return;
    let out = batch;
    if (options.kev) {
      const kev = options.kev;
      const candidates = batch.filter((f) => kev.candidate(f));
      stats.kevCandidates += candidates.length;
      const answers = /* @__PURE__ */ new Map();
      for (const group of chunks(candidates, DETAILS_BATCH)) {
        stats.kevCalls++;
        for (const [arn, answer] of await kevOf(kev.api, group, options)) answers.set(arn, answer);
      }
      out = batch.map((f) => {
        const answer = answers.get(f.arn);
        if (answer?.kev === true) stats.inKev++;
        if (answer !== void 0 && answer.kev === void 0) stats.kevUnknown++;
        return withKev(f, answer);
      });
    }
    await options.onBatch(out);
    stats.evaluated += out.length;
    options.onProgress?.(stats);
  };
  for (const key of keys) {
    await readObject(s3, options, key, seen, stats, deliver);
    stats.objects++;
  }
  if (seen.size === 0) {
    throw new InspectorError(
      "REPORT_INCONSISTENT",
      `Inspector's findings report ${options.reportId} SUCCEEDED (it found findings), but its objects under ${where3} hold none; refusing to decide on inconsistent data`
    );
  }
  stats.listingDone = true;
  options.onProgress?.(stats);
  return stats;
}
async function readObject(s3, options, key, seen, stats, deliver) {
  const object = `s3://${options.bucket}/${key}`;
  const got = await s3.call(
    "GetObject",
    (o) => s3.client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key }), o)
  );
  const body2 = got.Body;
  if (body2 === void 0) throw unreadable2(object, "has no body");
  const problems = [];
  let index = 0;
  const reader = new Inspector2FindingReader({
    problems: { add: (p) => problems.push(p) },
    where: (i) => `finding ${i + 1} of ${object}`
  });
  let batch = [];
  let read = [];
  let failure;
  const intake = {
    criteria: options.criteria,
    includeSuppressed: options.includeSuppressed,
    seen,
    stats,
    twice: (arn) => `Inspector's findings report holds ${arn} twice (again in ${object})`,
    returned: (arn) => `Inspector's findings report holds ${arn} (in ${object})`
  };
  const take2 = (raw) => {
    const finding = reader.convert(raw, index++);
    if (finding === void 0) {
      throw new InspectorError(
        "FINDINGS_INVALID",
        `The findings report object ${object} holds a finding the gate cannot read: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` and ${problems.length - 3} more problems` : ""}`
      );
    }
    if (admit(finding, intake)) batch.push(finding);
  };
  let parser;
  let head;
  let bytes2 = 0;
  const start = (text) => {
    const trimmed = text.trimStart();
    if (/^\{\s*"findings"\s*:/.test(trimmed)) {
      parser = new JSONParser({ paths: ["$.findings.*"], keepStack: false });
      parser.onValue = ({ value, parent, stack }) => {
        if (!Array.isArray(parent) || stack.length !== 2) {
          failure ??= unreadable2(object, 'has a "findings" member that is not an array of findings');
          return;
        }
        read.push(value);
      };
    } else if (trimmed.startsWith("{")) {
      parser = new JSONParser({ paths: ["$"], keepStack: false, separator: "" });
      parser.onValue = ({ value }) => {
        if (value === null || typeof value !== "object" || Array.isArray(value) || "findings" in value) {
          failure ??= unreadable2(object, "is neither one findings document nor JSON Lines of findings");
          return;
        }
        read.push(value);
      };
    } else {
      throw unreadable2(
        object,
        `is not a findings report the gate reads (it starts ${JSON.stringify(trimmed.slice(0, 20))}: expected {"findings": [...]} or JSON Lines of findings)`
      );
    }
  };
  const parse = async (data) => {
    for (let at = 0; at < data.length; at += SLICE_BYTES) {
      parser.write(data.subarray(at, at + SLICE_BYTES));
      if (failure) throw failure;
      await handOn();
    }
  };
  const handOn = async () => {
    const values = read;
    read = [];
    for (const value of values) take2(value);
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    stats.pages++;
    await deliver(full);
  };
  try {
    for await (const chunk of body2) {
      if (options.signal.aborted) throw options.signal.reason;
      const buffer = chunk;
      bytes2 += buffer.length;
      if (parser === void 0) {
        head = head === void 0 ? buffer : Buffer.concat([head, buffer]);
        const first = head.findIndex((b) => b !== 32 && b !== 10 && b !== 13 && b !== 9);
        if (first === -1) continue;
        start(head.toString("utf8", first, first + 1024));
        await parse(head);
      } else await parse(buffer);
      options.onProgress?.(stats);
    }
    if (parser === void 0) throw unreadable2(object, "is empty");
    if (!parser.isEnded) parser.end();
    if (failure) throw failure;
    for (const value of read) take2(value);
  } catch (error) {
    body2.destroy();
    if (error instanceof InspectorError || options.signal.aborted) throw error;
    throw unreadable2(
      object,
      `cannot be parsed whole (${error instanceof Error ? error.message : String(error)})`
    );
  }
  if (failure) throw failure;
  if (got.ContentLength !== void 0 && bytes2 !== got.ContentLength) {
    throw unreadable2(object, `was cut short: ${bytes2} bytes read of the ${got.ContentLength} announced`);
  }
  stats.pages++;
  await deliver(batch);
}

// src/sources/inspector2/report-findings.ts
async function findingsThroughReport(api, s3, options) {
  const { destination, criteria } = options;
  options.phase("creating the Inspector findings report");
  const reportId = await createReport(api, destination, criteria);
  const where3 = `s3://${destination.bucket}/${destination.prefix ?? ""}`;
  options.say(`findings report ${reportId} requested (JSON, to ${where3})`, reportId, "IN_PROGRESS");
  let settled = false;
  try {
    options.phase(`waiting for the findings report ${reportId}`);
    let last;
    const outcome = await waitForReport(api, reportId, destination, criteria, {
      clock: options.clock,
      pollIntervalMs: options.pollIntervalMs,
      deadline: options.deadline,
      abortSignal: options.signal,
      ...options.random ? { random: options.random } : {},
      onStatus: (status) => {
        if (status.status !== "IN_PROGRESS") settled = true;
        if (status.status !== last) {
          last = status.status;
          options.say(
            `findings report ${reportId}: ${status.status}${status.errorCode ? ` (${status.errorCode})` : ""} (${formatDuration(options.elapsed())})`,
            reportId,
            String(status.status)
          );
        }
      }
    });
    switch (outcome.state) {
      case "TIMEOUT":
        throw new DeadlineExceeded(`waiting for the findings report ${reportId}`);
      case "ABORTED":
        throw new GateAborted(options.signal.reason);
      case "FAILURE": {
        const status = outcome.reason;
        if (status.status === "FAILED" && status.errorCode === "NO_FINDINGS_FOUND") {
          return { reportId, status: "NO_FINDINGS_FOUND", stats: { ...emptyListStats(true), objects: 0 } };
        }
        throw reportFailure(status, reportId);
      }
      case "SUCCESS":
        break;
    }
    options.phase(`reading the findings report ${reportId} from ${where3}`);
    const stats = await readReport(s3, {
      bucket: destination.bucket,
      ...destination.prefix !== void 0 ? { prefix: destination.prefix } : {},
      reportId,
      criteria,
      includeSuppressed: options.includeSuppressed,
      ...options.kev ? { kev: { api, candidate: (f) => options.kev.candidate(f) } } : {},
      clock: options.clock,
      signal: options.signal,
      onBatch: options.onBatch,
      ...options.onProgress ? { onProgress: options.onProgress } : {}
    });
    return { reportId, status: "SUCCEEDED", stats };
  } finally {
    if (!settled) {
      const cancelled = await cancelReport(api.client, reportId);
      options.say(
        cancelled ? `findings report ${reportId} cancelled (the gate gave up on it)` : `findings report ${reportId} could not be cancelled: it may still be written to ${where3}`,
        reportId,
        cancelled ? "CANCELLED" : "IN_PROGRESS"
      );
    }
  }
}

// src/sources/inspector2/s3.ts
import { S3Client } from "@aws-sdk/client-s3";
function createS3Client(connection, endpoint) {
  const config = {
    retryMode: "standard",
    maxAttempts: connection.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: `inspector-gate/${VERSION}`,
    requestHandler: { connectionTimeout: 5e3, requestTimeout: connection.requestTimeoutMs ?? 3e4 },
    // Checksums are validated when the object carries one; S3-compatible stores often do not.
    responseChecksumValidation: "WHEN_REQUIRED"
  };
  if (connection.region !== void 0) config.region = connection.region;
  if (endpoint !== void 0) {
    config.endpoint = endpoint;
    config.forcePathStyle = true;
  }
  if (connection.credentials !== void 0) config.credentials = connection.credentials;
  if (connection.profile !== void 0) config.profile = connection.profile;
  return withoutSdkNodeWarning(() => {
    const client = new S3Client(config);
    if (connection.credentials !== void 0 || connection.profile !== void 0) return client;
    const credentials = loopbackCredentials(endpoint, client.config.credentials);
    if (credentials === void 0) return client;
    client.destroy();
    return new S3Client({ ...config, credentials });
  });
}

// src/sources/inspector2/wait.ts
function summary(view) {
  return view.resources.map((r) => `${r.resourceId}:${r.status}:${r.scans.map((s) => s.reason).join(",")}`).concat(view.missingDigests).join("|");
}
function checkCoverage(view, options) {
  const judged = judgeCoverage2(view, { ...options, waitForScan: true });
  if (judged.error === void 0) return { state: "SUCCESS", reason: view };
  return { state: judged.waitable ? "RETRY" : "FAILURE", reason: view };
}
function waitForScans(api, scope, options) {
  let last;
  return createWaiter(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      abortSignal: options.abortSignal,
      ...options.random ? { random: options.random } : {}
    },
    async () => {
      const view = await readCoverage2(api, scope);
      const checked = checkCoverage(view, options);
      const now = summary(view);
      if (now !== last) {
        options.onView?.(view, checked.state === "RETRY");
        last = now;
      }
      return checked;
    }
  );
}

// src/sources/inspector2/source.ts
var QUEUED_BATCHES2 = 16;
var Inspector2Source = class {
  constructor(spec, ctx, client, connection) {
    this.spec = spec;
    this.ctx = ctx;
    this.connection = connection;
    this.scope = spec.scope ?? {};
    this.ownClient = client === void 0;
    this.client = client ?? createInspector2Client(connection);
    const uncount = ctx.calls.attach(this.client);
    const unpace = new Pacer().attach(this.client);
    this.detach = () => {
      unpace();
      uncount();
    };
    this.api = new Inspector2Api(this.client, ctx.signal);
  }
  spec;
  ctx;
  connection;
  client;
  ownClient;
  detach;
  api;
  scope;
  region = null;
  view;
  criteria;
  stats;
  done = false;
  kevAsked = false;
  waitChecks = 0;
  waitedMs = 0;
  coverageAccounts = /* @__PURE__ */ new Set();
  emit(event) {
    this.ctx.emit(event);
  }
  info() {
    const stats = this.stats;
    const kev = this.kevAsked ? stats : void 0;
    return {
      kind: "inspector2",
      severities: INSPECTOR2_SEVERITIES,
      scope: this.scope,
      allResources: this.spec.allResources === true,
      region: this.region,
      accounts: [.../* @__PURE__ */ new Set([...this.coverageAccounts, ...stats?.accounts ?? []])].sort(),
      filterCriteria: this.criteria ? JSON.parse(JSON.stringify(this.criteria)) : null,
      includeSuppressed: this.spec.includeSuppressed === true,
      listed: { active: stats?.active ?? 0, suppressed: stats?.suppressed ?? 0, closed: 0 },
      suppressed: stats?.suppressedShown ?? [],
      waiting: { forScan: this.spec.waitForScan === true, checks: this.waitChecks, waitedMs: this.waitedMs },
      kev: this.kevAsked ? { candidates: kev?.kevCandidates ?? 0, inKev: kev?.inKev ?? 0, unknown: kev?.kevUnknown ?? 0 } : null
    };
  }
  totals() {
    return void 0;
  }
  close() {
    this.detach();
    if (this.ownClient) this.client.destroy();
  }
  noteView(view) {
    this.view = view;
    for (const account of view.accounts) this.coverageAccounts.add(account);
  }
  // ---------------------------------------------------------------------------------------------
  // Ready: the region, and the scans when asked to wait for them
  async ready() {
    this.ctx.phase("resolving the Inspector (v2) region");
    try {
      this.region = await this.client.config.region();
    } catch (error) {
      throw toInspectorError(error, "ListFindings") ?? error;
    }
    const words = scopeWords(this.scope);
    this.emit({
      type: "inspector2-scope",
      scope: words,
      region: this.region,
      message: `Inspector (v2) in ${this.region}: gating ${words}`
    });
    if (this.spec.waitForScan !== true) return {};
    this.ctx.phase("waiting for Inspector to scan the resources in scope");
    const { clock, settings } = this.ctx;
    const start = clock.now();
    const outcome = await waitForScans(this.api, this.scope, {
      clock,
      pollIntervalMs: settings.pollIntervalMs,
      deadline: this.ctx.deadline,
      abortSignal: this.ctx.signal,
      random: this.ctx.random,
      // Whether an INACTIVE resource fails the gate is the policy's to say, once nothing is pending.
      inactive: "ignore",
      scopeWords: words,
      onView: (view, waiting) => {
        this.noteView(view);
        const pending = view.resources.filter((r) => r.status === "PENDING");
        const message = waiting ? waitMessage(view, pending) : `scans: ${view.resources.length} resource${view.resources.length === 1 ? "" : "s"} in scope, ${view.resources.filter((r) => r.status === "SCANNED").length} scanned`;
        this.ctx.phase(waiting ? `waiting for scans (${waitMessage(view, pending)})` : "reading findings");
        this.emit({
          type: "inspector2-wait",
          resources: view.resources.length,
          pending: pending.length,
          missing: view.missingDigests.length,
          message: `${message} (${formatDuration(this.ctx.elapsed())})`
        });
      }
    });
    this.waitChecks = outcome.checks;
    this.waitedMs = clock.now() - start;
    if (outcome.reason) this.noteView(outcome.reason);
    switch (outcome.state) {
      case "SUCCESS":
      case "FAILURE":
        return { waitMs: this.waitedMs };
      case "TIMEOUT":
        throw new DeadlineExceeded(
          outcome.reason ? `waiting for scans (${waitMessage(outcome.reason)})` : "waiting for scans"
        );
      case "ABORTED":
        throw new GateAborted(this.ctx.signal.reason);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Evidence: the coverage of the scope
  async evidence(policy) {
    const inactive = policy.coverage.inactiveResources ?? "fail";
    const view = this.view ?? await readCoverage2(this.api, this.scope);
    this.noteView(view);
    const coverage = coverageInfo(view, inactive);
    this.emit({
      type: "inspector2-coverage",
      coverage,
      message: `coverage: ${coverage.resources} resource${coverage.resources === 1 ? "" : "s"} in scope, ${coverage.scanned} scanned${coverage.pending > 0 ? `, ${coverage.pending} pending` : ""}${coverage.inactive > 0 ? `, ${coverage.inactive} inactive` : ""}`
    });
    const judged = judgeCoverage2(view, {
      inactive,
      waitForScan: this.spec.waitForScan === true,
      scopeWords: scopeWords(this.scope)
    });
    for (const w of judged.warnings) this.ctx.warn(w);
    return judged.error ? { coverage, error: judged.error } : { coverage };
  }
  // ---------------------------------------------------------------------------------------------
  // Findings
  async *findings(needs, signal) {
    this.ctx.phase("fetching findings");
    const criteria = findingCriteria(this.scope, needs);
    this.criteria = criteria;
    this.kevAsked = needs.kev !== void 0;
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    if (signal.aborted) stop.abort(signal.reason);
    else signal.addEventListener("abort", onAbort, { once: true });
    const api = new Inspector2Api(this.client, stop.signal);
    const channel = new Channel(QUEUED_BATCHES2);
    let fetching;
    try {
      if (this.spec.report !== void 0) {
        fetching = this.throughReport(this.spec.report, api, criteria, needs, stop.signal, channel);
        yield* channel;
        return;
      }
      fetching = listFindings(api, {
        criteria,
        includeSuppressed: this.spec.includeSuppressed === true,
        ...needs.kev ? { kev: needs.kev } : {},
        concurrency: this.ctx.settings.concurrency,
        clock: this.ctx.clock,
        signal: stop.signal,
        onBatch: (batch) => channel.push(batch),
        onProgress: (stats) => {
          this.stats = stats;
          this.ctx.fetched(
            {
              listed: stats.active + stats.suppressed,
              described: stats.evaluated,
              listingDone: stats.listingDone
            },
            `findings: ${stats.active + stats.suppressed} listed (${stats.suppressed} suppressed), ${stats.evaluated} to evaluate${stats.kevCalls > 0 ? `, ${stats.kevCalls} KEV look-ups` : ""}`
          );
        }
      }).then((stats) => {
        this.stats = stats;
        this.done = true;
        if (stats.kevCalls > 0) {
          this.emit({
            type: "inspector2-kev",
            candidates: stats.kevCandidates,
            calls: stats.kevCalls,
            message: `KEV: ${stats.kevCandidates} candidate finding${stats.kevCandidates === 1 ? "" : "s"} looked up in ${stats.kevCalls} call${stats.kevCalls === 1 ? "" : "s"}, ${stats.inKev} in CISA's catalog`
          });
        }
        channel.close();
      }).catch((error) => channel.fail(error));
      yield* channel;
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!stop.signal.aborted && !this.done) stop.abort(new Error("the findings were not read"));
      await fetching;
    }
  }
  /** The findings through a findings report (see report-findings.ts), into the channel. */
  throughReport(destination, api, criteria, needs, signal, channel) {
    const s3Client = createS3Client(this.connection, destination.s3Endpoint);
    const uncount = this.ctx.calls.attach(s3Client);
    const s3 = new S3Api(s3Client, signal);
    const progress = (stats) => {
      this.stats = stats;
      this.ctx.fetched(
        {
          listed: stats.active + stats.suppressed,
          described: stats.evaluated,
          listingDone: stats.listingDone
        },
        `findings report: ${stats.active + stats.suppressed} read (${stats.suppressed} suppressed), ${stats.evaluated} to evaluate`
      );
    };
    return findingsThroughReport(api, s3, {
      destination,
      criteria,
      includeSuppressed: this.spec.includeSuppressed === true,
      ...needs.kev ? { kev: needs.kev } : {},
      clock: this.ctx.clock,
      pollIntervalMs: this.ctx.settings.pollIntervalMs,
      deadline: this.ctx.deadline,
      random: this.ctx.random,
      signal,
      elapsed: () => this.ctx.elapsed(),
      phase: (what) => this.ctx.phase(what),
      say: (message, reportId, status) => this.emit({ type: "inspector2-report", reportId, status, message }),
      onBatch: (batch) => channel.push(batch),
      onProgress: progress
    }).then((outcome) => {
      progress(outcome.stats);
      this.done = true;
      channel.close();
    }).catch((error) => channel.fail(error)).finally(() => {
      uncount();
      s3Client.destroy();
    });
  }
  async complete(raw) {
    const stats = this.stats;
    if (stats?.kevUnknown) {
      this.ctx.warn(
        `Inspector had no vulnerability details for ${stats.kevUnknown} package finding${stats.kevUnknown === 1 ? "" : "s"}: their KEV status is unknown`
      );
    }
    return { total: stats?.evaluated ?? 0, counts: raw };
  }
};
function waitMessage(view, pending = view.resources.filter((r) => r.status === "PENDING")) {
  if (view.missingDigests.length > 0) {
    return `image ${view.missingDigests.map((d) => `${d.slice(0, 19)}…`).join(", ")} not in Inspector's coverage yet`;
  }
  if (view.resources.length === 0) return "nothing in scope is in Inspector's coverage yet";
  const first = pending.slice(0, 3).map(
    (r) => `${r.label} ${r.scans.find((s) => s.statusCode === "ACTIVE" && s.lastScannedAt === void 0)?.reason ?? r.scans[0]?.reason ?? ""}`.trim()
  );
  const more = pending.length > first.length ? `, and ${pending.length - first.length} more` : "";
  return `${pending.length} of ${view.resources.length} resource${view.resources.length === 1 ? "" : "s"} not scanned yet: ${first.join(", ")}${more}`;
}

// src/sources/inspector2/index.ts
var inspector2Source = {
  kinds: ["inspector2"],
  client: "inspector2",
  check(spec) {
    const problems = checkScope(spec.scope, spec.allResources === true);
    if (problems.length > 0) {
      throw new ConfigError(
        "OPTION_INVALID",
        problems.length === 1 ? problems[0] : `${problems.length} problems with the scope:
- ${problems.join("\n- ")}`,
        problems
      );
    }
  },
  create: (spec, ctx, env) => new Inspector2Source(spec, ctx, env.client, env.connection)
};

// src/sources/registry.ts
var DEFINITIONS = [classicRunSource, inspector2Source, fileSource];
function definitionOf(spec) {
  const kind = spec?.kind;
  const found = DEFINITIONS.find((d) => d.kinds.includes(kind));
  if (found === void 0) {
    const known = DEFINITIONS.flatMap((d) => d.kinds).join(", ");
    throw new ConfigError(
      "OPTION_INVALID",
      `Invalid source kind '${String(kind)}': expected one of ${known}.`
    );
  }
  return found;
}
function checkSource(spec) {
  definitionOf(spec).check(spec);
}
function createSource(spec, ctx, clients, connection) {
  const definition = definitionOf(spec);
  const client = definition.client !== void 0 ? clients[definition.client] : void 0;
  return definition.create(spec, ctx, { ...client !== void 0 ? { client } : {}, connection });
}

// src/gate.ts
var UNRESOLVED_SHOWN = 5;
async function runGate(options, deps = {}) {
  checkOptions(options);
  checkSource(options.source);
  if (options.baseline) checkBaselineScope(options.baseline, specScope(options.source));
  return runGateOn(
    (ctx) => createSource(options.source, ctx, deps.clients ?? {}, options.inspector ?? {}),
    options,
    deps
  );
}
async function runGateOn(create, options, deps = {}) {
  checkOptions(options);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  const gate = new Gate(options, { ...deps, clock, logger }, controller.signal);
  const deadline = armDeadline(
    clock,
    gate.deadline,
    () => controller.abort(new DeadlineExceeded(gate.currentPhase))
  );
  let source2;
  try {
    source2 = create(gate.context());
    return await gate.run(source2);
  } finally {
    deadline.disarm();
    options.signal?.removeEventListener("abort", onAbort);
    source2?.close();
  }
}
function sumCounts2(counts4) {
  return SEVERITIES.reduce((sum, s) => sum + counts4[s], 0);
}
function limitsOf(policy) {
  const limits = /* @__PURE__ */ new Map();
  for (const limit of policy.severityLimits) {
    limits.set(limit.severity, Math.min(limit.max, limits.get(limit.severity) ?? Number.POSITIVE_INFINITY));
  }
  return limits;
}
var Gate = class {
  constructor(options, ctx, signal) {
    this.options = options;
    this.ctx = ctx;
    this.signal = signal;
    this.startMs = ctx.clock.now();
    this.startedAt = new Date(this.startMs).toISOString();
    this.deadline = this.startMs + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  options;
  ctx;
  signal;
  startMs;
  startedAt;
  /** Clock time after which the gate gives up (TIMEOUT). */
  deadline;
  calls = new ApiCallCounter();
  source;
  phase = "starting";
  coverage;
  evaluation;
  totals;
  evaluated = 0;
  warnings = [];
  waitMs;
  fetchMs;
  evaluateMs;
  /** While the findings are being read (a timeout then says how far it got). */
  streaming = false;
  lastFetch;
  scope;
  /** Findings with facts their source could not establish, and a few of the rules package ARNs. */
  unresolved = { findings: 0, fields: /* @__PURE__ */ new Set(), packages: /* @__PURE__ */ new Set() };
  /** What the gate is doing now, for messages. */
  get currentPhase() {
    return this.phase;
  }
  elapsed() {
    return Math.max(0, this.ctx.clock.now() - this.startMs);
  }
  emit(event) {
    if (!this.ctx.progress) return;
    try {
      this.ctx.progress({ ...event, elapsedMs: this.elapsed() });
    } catch (error) {
      this.ctx.logger.debug(`progress listener failed: ${errorMessage(error)}`);
    }
  }
  warn(message) {
    this.warnings.push(message);
    this.ctx.logger.warn(message);
  }
  /** What the gate lends its source. */
  context() {
    const o = this.options;
    return {
      clock: this.ctx.clock,
      logger: this.ctx.logger,
      random: this.ctx.random ?? Math.random,
      signal: this.signal,
      deadline: this.deadline,
      calls: this.calls,
      settings: {
        pollIntervalMs: o.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
        concurrency: o.concurrency ?? DEFAULT_CONCURRENCY,
        allowPartial: o.allowPartial === true,
        onTimeout: o.onTimeout ?? "stop"
      },
      elapsed: () => this.elapsed(),
      phase: (what) => {
        this.phase = what;
      },
      emit: (event) => this.emit(event),
      fetched: (progress, message) => {
        this.lastFetch = progress;
        this.emit({ type: "fetch", ...progress, message });
      },
      warn: (message) => this.warn(message)
    };
  }
  async run(source2) {
    this.source = source2;
    try {
      const { waitMs } = await source2.ready();
      if (waitMs !== void 0) this.waitMs = waitMs;
      this.scope = declaredScope(source2.info());
      if (this.options.baseline) checkBaselineScope(this.options.baseline, this.scope);
      const digest = policyDigest(this.options.policy);
      for (const note of baselineNotes(this.options.baseline, this.options.policy, digest)) this.warn(note);
      const policy = applicablePolicy(this.options.policy, source2.info().severities);
      const needs = policyNeeds(policy);
      const eachFinding = this.options.baseline !== void 0 || usesBaseline(policy);
      const counts4 = needs.severityOnly && !eachFinding ? source2.counts : void 0;
      const verdict = await this.alongsideEvidence(
        source2,
        policy,
        (signal) => counts4 ? this.decideOnCounts(policy) : this.decideOnFindings(source2, policy, needs, signal)
      );
      const evaluation = this.evaluation;
      if (evaluation) for (const warning of evaluationWarnings(policy, evaluation)) this.warn(warning);
      if (evaluation?.error) return this.result("error", evaluation.error);
      return this.result(verdict);
    } catch (error) {
      return this.failed(error);
    }
  }
  evaluationInstant() {
    return this.ctx.now?.() ?? new Date(this.ctx.clock.now());
  }
  /**
   * Runs `work` (deciding the verdict) while the source checks its evidence. Failed evidence stops the
   * work at once and is the error reported, whatever the work did; otherwise the work's outcome stands.
   */
  async alongsideEvidence(source2, policy, work) {
    if (source2.evidence === void 0) return work(this.signal);
    const stop = new AbortController();
    const onAbort = () => stop.abort(this.signal.reason);
    if (this.signal.aborted) stop.abort(this.signal.reason);
    else this.signal.addEventListener("abort", onAbort, { once: true });
    const evidence = source2.evidence(policy).then(
      (found) => {
        if (found.coverage) this.coverage = found.coverage;
        if (found.error) stop.abort(found.error);
        return found;
      },
      (error) => {
        stop.abort(error);
        throw error;
      }
    );
    try {
      let outcome;
      try {
        outcome = { verdict: await work(stop.signal) };
      } catch (error) {
        outcome = { error };
      }
      const found = await evidence;
      if (found.error) throw found.error;
      if ("error" in outcome) throw outcome.error;
      return outcome.verdict;
    } finally {
      this.signal.removeEventListener("abort", onAbort);
    }
  }
  /** A severity-only policy, decided on the source's own counts (a pass checked against its findings). */
  async decideOnCounts(policy) {
    const path = this.source.counts;
    const counts4 = await path.read();
    this.totals = { total: sumCounts2(counts4), counts: counts4 };
    const t0 = performance.now();
    const evaluation = evaluateCounts(policy, counts4, { now: this.evaluationInstant() });
    this.evaluateMs = Math.round(performance.now() - t0);
    if (evaluation.verdict === "pass") await path.verifyPass(limitsOf(policy), counts4);
    this.evaluation = evaluation;
    this.evaluated = evaluation.findings.evaluated;
    return evaluation.verdict;
  }
  /** Streams the source's findings into the evaluator, then has the source check they add up. */
  async decideOnFindings(source2, policy, needs, signal) {
    const clock = this.ctx.clock;
    const baseline = this.options.baseline;
    const evaluator = createEvaluator(policy, {
      now: this.evaluationInstant(),
      ...baseline !== void 0 ? { baseline: baseline.set } : {},
      fingerprints: this.options.fingerprints !== false
    });
    const observer = new ScopeObserver();
    const severities = source2.info().severities;
    const possible = {};
    for (const s of severities) possible[s] = true;
    const fetchStart = clock.now();
    let addMs = 0;
    let read = 0;
    this.streaming = true;
    for await (const batch of source2.findings(needs, signal)) {
      const t = performance.now();
      for (let i = 0; i < batch.length; i++) {
        const finding = batch[i];
        if (possible[finding.severity] !== true) {
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `finding ${finding.arn} has severity ${finding.severity}, which this source does not report (${severities.join(", ")}); refusing to decide on inconsistent data`
          );
        }
        if (finding.unresolved !== void 0) this.noteUnresolved(finding);
        evaluator.add(finding);
        observer.add(finding);
      }
      read += batch.length;
      addMs += performance.now() - t;
    }
    this.warnUnresolved();
    this.fetchMs = clock.now() - fetchStart;
    this.evaluated = read;
    const t0 = performance.now();
    const evaluation = evaluator.finish();
    const finishMs = performance.now() - t0;
    this.totals = await source2.complete(evaluation.counts.raw);
    this.streaming = false;
    this.scope = scopeOf(source2.info(), observer);
    if (baseline !== void 0) checkBaselineScope(baseline, this.scope);
    this.evaluateMs = Math.round(addMs + finishMs);
    this.evaluation = evaluation;
    return evaluation.verdict;
  }
  noteUnresolved(finding) {
    const u = this.unresolved;
    u.findings++;
    for (const field of finding.unresolved ?? []) u.fields.add(field);
    const arn = finding.rulesPackageArn;
    if (arn !== void 0 && u.packages.size < UNRESOLVED_SHOWN + 1) u.packages.add(arn);
  }
  /** Unknown facts are said, never silently treated as a non-match. */
  warnUnresolved() {
    const { findings, fields, packages } = this.unresolved;
    if (findings === 0) return;
    const some = `${findings} finding${findings === 1 ? "" : "s"}`;
    if (fields.has("rulesPackageName")) {
      const shown2 = [...packages].slice(0, UNRESOLVED_SHOWN).join(", ");
      const more = packages.size > UNRESOLVED_SHOWN ? ", …" : "";
      this.warn(
        `${some} name a rules package that neither Inspector nor Amazon's published list of rules packages names (${shown2}${more}): their rules package name is unknown, and a rule on a rules-package name cannot be decided for them`
      );
    }
    const others = [...fields].filter((f) => f !== "rulesPackageName");
    if (others.length > 0) {
      this.warn(`${some} have facts their source could not establish (${others.join(", ")})`);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Results
  async failed(error) {
    if (error instanceof ConfigError) throw error;
    let failure;
    if (error instanceof DeadlineExceeded || error instanceof GateAborted) {
      const interrupted = error instanceof GateAborted && !(error.reason instanceof DeadlineExceeded);
      const what = interrupted ? `interrupted (${errorMessage(error.reason)})` : `timed out after ${formatDuration(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS)}`;
      const during = this.fetchProgressNote();
      const stopNote = await this.giveUp(interrupted ? "interrupted" : "timeout");
      failure = {
        code: interrupted ? "INTERRUPTED" : "TIMEOUT",
        message: `${what} while ${this.phase}${during}${stopNote}`
      };
    } else if (error instanceof InspectorError) {
      const stopNote = await this.giveUp("error");
      failure = { code: error.code, message: `${error.message}${stopNote}` };
    } else {
      const converted = toInspectorError(error, "call");
      if (converted === void 0) throw error;
      failure = { code: converted.code, message: converted.message };
    }
    this.ctx.logger.error(failure.message);
    return this.result("error", failure);
  }
  fetchProgressNote() {
    if (!this.streaming) return "";
    const described = this.lastFetch?.described ?? 0;
    const total = this.lastFetch?.total ?? this.source?.totals()?.total;
    return total !== void 0 ? ` (${described} of ${total} findings described)` : ` (${described} finding${described === 1 ? "" : "s"} read)`;
  }
  async giveUp(reason) {
    const source2 = this.source;
    if (source2?.giveUp === void 0) return "";
    return source2.giveUp(reason, AbortSignal.timeout(giveUpBudgetMs(this.deadline, this.ctx.clock.now())));
  }
  result(verdict, error) {
    const warnOnly = this.options.warnOnly === true;
    const exitCode = verdict === "pass" ? ExitCode.Pass : verdict === "fail" ? warnOnly ? ExitCode.Pass : ExitCode.Fail : ExitCode.Error;
    const policy = this.options.policy;
    const totals = this.totals ?? this.source?.totals() ?? { total: 0, counts: emptySeverityCounts() };
    const result = {
      verdict,
      exitCode,
      policyFiles: policy.files,
      source: this.source?.info() ?? null,
      findings: { total: totals.total, evaluated: this.evaluated },
      counts: totals.counts,
      apiCalls: this.calls.snapshot(),
      timings: {
        startedAt: this.startedAt,
        totalMs: this.elapsed(),
        ...this.waitMs !== void 0 ? { waitMs: this.waitMs } : {},
        ...this.fetchMs !== void 0 ? { fetchMs: this.fetchMs } : {},
        ...this.evaluateMs !== void 0 ? { evaluateMs: this.evaluateMs } : {}
      },
      warnings: [...this.warnings]
    };
    if (policy.name !== void 0) result.policyName = policy.name;
    result.policyDigest = policyDigest(policy);
    if (this.scope) result.scope = this.scope;
    if (this.options.baseline) result.baseline = baselineUse(this.options.baseline, result.policyDigest);
    if (this.evaluation && (verdict !== "error" || error === this.evaluation.error)) {
      result.evaluation = this.evaluation;
    }
    if (this.coverage) result.coverage = this.coverage;
    if (error) result.error = error;
    if (warnOnly && verdict === "fail") result.warnOnly = true;
    this.emit({
      type: "verdict",
      verdict,
      exitCode,
      message: error ? `error: ${error.message}` : `verdict: ${verdict} (exit ${exitCode})`
    });
    return result;
  }
};

// src/policy/load.ts
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { readFile, stat as stat2 } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

// src/policy/yaml.ts
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
var MAX_POLICY_BYTES = 1024 * 1024;
var MAX_DEPTH = 32;
var MAX_ALIASES = 100;
var MAX_NODES = 1e5;
var STANDARD_TAGS = /* @__PURE__ */ new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq"
]);
function showTag(tag) {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
}
function pointerChild(pointer, key) {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function parseYaml(text, file) {
  const problems = [];
  const at = (position, message) => problems.push(position ? { file, position, message } : { file, message });
  const size = Buffer.byteLength(text, "utf8");
  if (size > MAX_POLICY_BYTES) {
    at(
      { line: 1, column: 1 },
      `policy file too large (${size} bytes; at most ${MAX_POLICY_BYTES}): a policy is a short, reviewed document`
    );
    return { problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    merge: false,
    resolveKnownTags: false,
    schema: "core",
    strict: true,
    version: "1.2",
    keepSourceTokens: false
  });
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    const message = e.code === "MULTIPLE_DOCS" ? "a policy file holds one YAML document; found more than one ('---')" : `YAML syntax error: ${e.message.split("\n")[0]}`;
    at(pos(e.pos[0]), message);
  }
  if (problems.length > 0) return { problems };
  for (const w of doc.warnings) {
    if (w.code !== "TAG_RESOLVE_FAILED") at(pos(w.pos[0]), `YAML: ${w.message.split("\n")[0]}`);
  }
  if (doc.contents === null || isScalar(doc.contents) && doc.contents.value === null) {
    at({ line: 1, column: 1 }, "the policy file is empty: expected a map starting with 'version: 1'");
    return { problems };
  }
  const positions = /* @__PURE__ */ new Map();
  let aliases = 0;
  let nodes = 0;
  let aborted = false;
  const expanding = /* @__PURE__ */ new Set();
  const walk = (node, pointer, depth, key) => {
    if (aborted) return null;
    if (++nodes > MAX_NODES) {
      aborted = true;
      at(key, `policy too large: more than ${MAX_NODES} values (aliases included)`);
      return null;
    }
    if (depth > MAX_DEPTH) {
      aborted = true;
      const range = node?.range;
      at(range ? pos(range[0]) : key, `nested too deeply (more than ${MAX_DEPTH} levels)`);
      return null;
    }
    if (isAlias(node)) {
      const here2 = node.range ? pos(node.range[0]) : key;
      if (++aliases > MAX_ALIASES) {
        aborted = true;
        at(here2, `too many aliases (more than ${MAX_ALIASES}): refusing a possible alias bomb`);
        return null;
      }
      const target = node.resolve(doc);
      if (target === void 0) {
        at(here2, `unknown alias *${node.source}: no anchor &${node.source} precedes it`);
        return null;
      }
      if (expanding.has(target)) {
        at(here2, `alias *${node.source} refers to a value that contains it`);
        return null;
      }
      expanding.add(target);
      const value = walk(target, pointer, depth, key ?? here2);
      expanding.delete(target);
      if (here2) positions.set(pointer, key ? { value: here2, key } : { value: here2 });
      return value;
    }
    const n = node;
    const here = n?.range ? pos(n.range[0]) : key ?? { line: 1, column: 1 };
    positions.set(pointer, key ? { value: here, key } : { value: here });
    if (n === null || n === void 0) return null;
    if (n.tag !== void 0 && !STANDARD_TAGS.has(n.tag)) {
      at(here, `unknown tag ${showTag(n.tag)} (tags are not allowed in policy files)`);
      return null;
    }
    if (isScalar(n)) {
      const v = n.value;
      if (typeof v === "bigint") return Number(v);
      return v;
    }
    if (isMap(n)) {
      const out = /* @__PURE__ */ Object.create(null);
      const seen = /* @__PURE__ */ new Map();
      for (const pair of n.items) {
        const keyNode = pair.key;
        const keyPos = isScalar(keyNode) && keyNode.range ? pos(keyNode.range[0]) : here;
        if (!isScalar(keyNode)) {
          at(keyPos, "map keys must be plain strings (found a list, map or alias as a key)");
          continue;
        }
        if (keyNode.tag !== void 0 && !STANDARD_TAGS.has(keyNode.tag)) {
          at(keyPos, `unknown tag ${showTag(keyNode.tag)} (tags are not allowed in policy files)`);
          continue;
        }
        const name = keyNode.value === null ? keyNode.source ?? "" : String(keyNode.value);
        if (name === "<<") {
          at(keyPos, "YAML merge keys ('<<') are not supported in policy files; write the keys out");
          continue;
        }
        const first = seen.get(name);
        if (first) {
          at(keyPos, `duplicate key '${name}' (first defined at line ${first.line}, column ${first.column})`);
          continue;
        }
        seen.set(name, keyPos);
        const childPointer = pointerChild(pointer, name);
        out[name] = walk(pair.value, childPointer, depth + 1, keyPos);
      }
      return out;
    }
    if (isSeq(n)) {
      return n.items.map((item, index) => walk(item, pointerChild(pointer, index), depth + 1));
    }
    at(here, "unsupported YAML value");
    return null;
  };
  const data = walk(doc.contents, "", 0);
  if (problems.length > 0) return { problems };
  return { tree: { data, positions }, problems };
}

// src/policy/match-load.ts
function patternPlaces(match, pointer) {
  const out = [];
  const add = (value, ...path) => {
    if (value !== void 0) out.push([path.reduce(pointerChild, pointer), value]);
  };
  add(match["rules-package"], "rules-package");
  add(match.id, "id");
  add(match.title, "title");
  for (const mapKey of ["attributes", "user-attributes"]) {
    const map = match[mapKey];
    if (map !== void 0) for (const key of Object.keys(map)) add(map[key], mapKey, key);
  }
  for (const key of ["agent-id", "hostname", "auto-scaling-group", "ami-id"]) {
    add(match.asset?.[key], "asset", key);
  }
  add(match["vulnerability-id"], "vulnerability-id");
  add(match.package?.name, "package", "name");
  add(match.package?.version, "package", "version");
  const resource = match.resource;
  if (resource !== void 0) {
    for (const key of ["id", "ecr-repository", "ecr-image-tag", "lambda-function"]) {
      add(resource[key], "resource", key);
    }
    const tags = resource.tags;
    if (tags !== void 0) for (const key of Object.keys(tags)) add(tags[key], "resource", "tags", key);
  }
  return out;
}
function checkMatch(match, pointer, report, source2) {
  for (const [at, value] of patternPlaces(match, pointer)) {
    const list2 = Array.isArray(value) ? value : [value];
    list2.forEach((p, index) => {
      if (typeof p === "string") return;
      const problem = checkRegex(p.regex);
      if (problem)
        report(pointerChild(Array.isArray(value) ? pointerChild(at, index) : at, "regex"), problem);
    });
  }
  for (const rangeKey of ["numeric-severity", "confidence", "epss", "inspector-score"]) {
    const range = match[rangeKey];
    if (range?.min !== void 0 && range.max !== void 0 && range.min > range.max) {
      report(
        pointerChild(pointer, rangeKey),
        `min ${range.min} is greater than max ${range.max}, so nothing can match (expected min <= max)`
      );
    }
  }
  if (match.severity !== void 0 && match["min-severity"] !== void 0) {
    const floor = SEVERITY_RANK[match["min-severity"]];
    const listed2 = [match.severity].flat();
    if (!listed2.some((s) => SEVERITY_RANK[s] >= floor)) {
      report(
        pointerChild(pointer, "min-severity"),
        `${match["min-severity"]} excludes every severity listed in severity (${listed2.join(", ")}), so nothing can match`
      );
    }
  }
  if (source2 !== void 0) checkSource2(match, pointer, report, source2);
}
function checkSource2(match, pointer, report, source2) {
  const services = SOURCE_SERVICES[source2];
  for (const key of Object.keys(match)) {
    if (services.some((service) => appliesTo(key, service))) continue;
    const names = services.map((s) => SERVICE_NAMES2[s]).join(" or ");
    report(
      pointerChild(pointer, key),
      `the condition '${key}' cannot apply to --source ${source2}: ${names} findings have no ${CONDITIONS[key].reads}`,
      true
    );
  }
}
function patternsOf(raw) {
  return Array.isArray(raw) ? raw.map((p) => typeof p === "string" ? p : { regex: p.regex }) : typeof raw === "string" ? raw : { regex: raw.regex };
}
function patternMapOf(raw) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(raw)) out[key] = patternsOf(raw[key]);
  return out;
}
function rangeOf(raw) {
  return {
    ...raw.min !== void 0 ? { min: raw.min } : {},
    ...raw.max !== void 0 ? { max: raw.max } : {}
  };
}
function listOf(raw) {
  return Array.isArray(raw) ? [...raw] : [raw];
}
function defined(entries) {
  const out = {};
  for (const key of Object.keys(entries)) {
    if (entries[key] !== void 0) out[key] = entries[key];
  }
  return out;
}
var opt = (raw, f) => raw === void 0 ? void 0 : f(raw);
function matchOf(raw) {
  return defined({
    severity: opt(raw.severity, listOf),
    minSeverity: raw["min-severity"],
    rulesPackage: opt(raw["rules-package"], patternsOf),
    id: opt(raw.id, patternsOf),
    title: opt(raw.title, patternsOf),
    attributes: opt(raw.attributes, patternMapOf),
    userAttributes: opt(raw["user-attributes"], patternMapOf),
    asset: opt(
      raw.asset,
      (a) => defined({
        agentId: opt(a["agent-id"], patternsOf),
        hostname: opt(a.hostname, patternsOf),
        autoScalingGroup: opt(a["auto-scaling-group"], patternsOf),
        amiId: opt(a["ami-id"], patternsOf)
      })
    ),
    numericSeverity: opt(raw["numeric-severity"], rangeOf),
    confidence: opt(raw.confidence, rangeOf),
    indicatorOfCompromise: raw["indicator-of-compromise"],
    vulnerabilityId: opt(raw["vulnerability-id"], patternsOf),
    findingType: opt(raw["finding-type"], listOf),
    fixAvailable: opt(raw["fix-available"], listOf),
    exploitAvailable: opt(raw["exploit-available"], listOf),
    epss: opt(raw.epss, rangeOf),
    inspectorScore: opt(raw["inspector-score"], rangeOf),
    kev: raw.kev,
    package: opt(
      raw.package,
      (p) => defined({
        name: opt(p.name, patternsOf),
        version: opt(p.version, patternsOf)
      })
    ),
    resource: opt(
      raw.resource,
      (r) => defined({
        type: opt(r.type, listOf),
        id: opt(r.id, patternsOf),
        tags: opt(r.tags, patternMapOf),
        ecrRepository: opt(r["ecr-repository"], patternsOf),
        ecrImageTag: opt(r["ecr-image-tag"], patternsOf),
        lambdaFunction: opt(r["lambda-function"], patternsOf)
      })
    )
  });
}

// src/policy/messages.ts
var MAX_PROBLEMS2 = 50;
var MAX_LISTED = 8;
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function didYouMean(input, candidates) {
  const folded = input.toLowerCase().replace(/[_\s]/g, "-");
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase().replace(/[_\s]/g, "-");
    const distance = c === folded ? 0 : editDistance(folded, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === void 0 || best === input) return void 0;
  const allowed = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= allowed ? best : void 0;
}
var ALIASES = {
  cve: "vulnerability-id",
  "cve-id": "vulnerability-id",
  cves: "vulnerability-id",
  vulnerability: "vulnerability-id",
  vulnerabilityid: "vulnerability-id",
  "vuln-id": "vulnerability-id",
  "epss-score": "epss",
  epssscore: "epss",
  score: "inspector-score",
  inspectorscore: "inspector-score",
  "cisa-kev": "kev",
  cisa: "kev",
  "known-exploited": "kev",
  "in-kev": "kev",
  exploit: "exploit-available",
  exploitable: "exploit-available",
  exploitavailable: "exploit-available",
  fix: "fix-available",
  fixable: "fix-available",
  fixavailable: "fix-available",
  "fixed-version": "fix-available",
  type: "finding-type",
  findingtype: "finding-type",
  packages: "package",
  "vulnerable-package": "package",
  "vulnerable-packages": "package",
  resources: "resource",
  repository: "ecr-repository",
  repo: "ecr-repository",
  "ecr-repo": "ecr-repository",
  "repository-name": "ecr-repository",
  tag: "ecr-image-tag",
  "image-tag": "ecr-image-tag",
  "image-tags": "ecr-image-tag",
  function: "lambda-function",
  "function-name": "lambda-function",
  lambda: "lambda-function",
  "resource-type": "type",
  "resource-id": "id",
  arn: "id",
  "package-name": "name",
  "installed-version": "version"
};
var NESTED = {
  "ecr-repository": "resource",
  "ecr-image-tag": "resource",
  "lambda-function": "resource",
  "resource-type": "resource",
  "resource-id": "resource",
  tags: "resource",
  "package-name": "package",
  name: "package",
  version: "package",
  "agent-id": "asset",
  hostname: "asset",
  "auto-scaling-group": "asset",
  "ami-id": "asset"
};
function fold(key) {
  return key.toLowerCase().replace(/[_\s]/g, "-");
}
function aliasOf(key, allowed) {
  const folded = fold(key);
  const target = Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : void 0;
  return target !== void 0 && allowed.includes(target) && target !== key ? target : void 0;
}
function nestedUnder(key, allowed) {
  const folded = fold(key);
  const parent = Object.hasOwn(NESTED, folded) ? NESTED[folded] : void 0;
  return parent !== void 0 && allowed.includes(parent) ? parent : void 0;
}
function listOf2(items, max = MAX_LISTED) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function displayPath(pointer) {
  if (pointer === "") return "";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function describeValue2(value) {
  if (value === null || value === void 0) return "nothing (an empty value)";
  if (typeof value === "string") {
    if (value === "") return "an empty string";
    const shown2 = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${shown2}'`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  return Object.keys(value).length === 0 ? "an empty map" : "a map";
}
function printable(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function formatProblem(p) {
  const line = p.position ? `${p.file}:${p.position.line}:${p.position.column}: ${p.message}` : `${p.file}: ${p.message}`;
  return printable(line);
}
function formatProblems(problems, fileOrder = []) {
  const rank = (file) => {
    const i = fileOrder.indexOf(file);
    return i < 0 ? fileOrder.length : i;
  };
  const sorted = [...problems].sort(
    (a, b) => rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0)
  );
  const lines = [...new Set(sorted.map(formatProblem))];
  if (lines.length <= MAX_PROBLEMS2) return lines;
  const first = sorted[0].file;
  return [...lines.slice(0, MAX_PROBLEMS2), `${first}: and ${lines.length - MAX_PROBLEMS2} more problems`];
}
var SEVERITY_NAMES = SEVERITIES;
function where(pointer) {
  const path = displayPath(pointer);
  return path === "" ? "the top level" : path;
}
function prefix(pointer) {
  const path = displayPath(pointer);
  return path === "" ? "" : `${path}: `;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function titleOf(error, root) {
  const parent = error.parentSchema;
  if (parent?.title) return parent.title;
  if (parent?.$ref) return resolveRef(root, parent.$ref)?.title;
  return void 0;
}
function resolveRef(root, ref) {
  if (!ref.startsWith("#/")) return void 0;
  let node = root;
  for (const part of ref.slice(2).split("/")) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[part];
  }
  return node;
}
function typeWord(type) {
  switch (type) {
    case "string":
      return "a string";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a map";
    default:
      return type;
  }
}
function messageFor(error, root) {
  const p = error.instancePath;
  const params = error.params;
  const title = titleOf(error, root);
  const value = error.data;
  switch (error.keyword) {
    case "if":
    case "allOf":
      return void 0;
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const parent = error.parentSchema;
      const allowed = Object.keys(parent.properties ?? {});
      const isSeverityMap = allowed.length > 0 && allowed.every((k) => SEVERITY_NAMES.includes(k));
      const what = isSeverityMap ? "severity" : "key";
      const suggestion = didYouMean(key, allowed) ?? aliasOf(key, allowed);
      const parentKey = suggestion === void 0 ? nestedUnder(key, allowed) : void 0;
      const hint = suggestion ? `; did you mean '${suggestion}'?` : parentKey ? `; it belongs under '${parentKey}' (${parentKey}: { ${key}: ... })` : allowed.length > 0 ? `; expected one of: ${listOf2(allowed)}` : "";
      const place = p === "" ? "at the top level" : `in ${where(p)}`;
      return { message: `unknown ${what} '${key}' ${place}${hint}`, atKey: key };
    }
    case "required": {
      const missing = String(params.missingProperty);
      const parent = error.parentSchema;
      const property = parent.properties?.[missing];
      const expected = property?.title ?? (property?.$ref ? resolveRef(root, property.$ref)?.title : void 0);
      const what = p === "" ? "the policy" : where(p);
      return {
        message: `${what} is missing the required key '${missing}'${expected ? ` (${expected})` : ""}`
      };
    }
    case "type": {
      if (p === "") {
        return {
          message: `expected the policy to be a map starting with 'version: 1', got ${describeValue2(value)}`
        };
      }
      const expected = title ?? typeWord(String(params.type));
      let hint = "";
      if (String(params.type) === "string" && (typeof value === "number" || typeof value === "boolean")) {
        hint = `; quote it ('${String(value)}') if you meant text`;
      }
      if (String(params.type) === "integer" && typeof value === "number") {
        return { message: `${prefix(p)}expected ${expected}, got ${value} (not a whole number)` };
      }
      return { message: `${prefix(p)}expected ${expected}, got ${describeValue2(value)}${hint}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const isSeverity = allowed.length === SEVERITY_NAMES.length && allowed.every((a) => SEVERITY_NAMES.includes(a));
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      const hint = suggestion ? `; did you mean '${suggestion}'?` : "";
      const noun = isSeverity ? "severity" : "value";
      if (typeof value !== "string") {
        return {
          message: `${prefix(p)}expected ${title ?? `one of ${listOf2(allowed)}`}, got ${describeValue2(value)}`
        };
      }
      return {
        message: `${prefix(p)}unknown ${noun} ${describeValue2(value)}${hint} (expected one of: ${listOf2(allowed)})`
      };
    }
    case "const": {
      if (p === "/version") {
        return {
          message: `version: unsupported version ${describeValue2(value)}; expected 1 (the only version)`
        };
      }
      return {
        message: `${prefix(p)}expected ${JSON.stringify(params.allowedValue)}, got ${describeValue2(value)}`
      };
    }
    case "pattern": {
      if (error.schemaPath.endsWith("/reason/pattern")) return { message: `${prefix(p)}must not be blank` };
      return {
        message: `${prefix(p)}expected ${title ?? `text matching ${String(params.pattern)}`}, got ${describeValue2(value)}`
      };
    }
    case "format":
      return {
        message: `${prefix(p)}${describeValue2(value)} is not a real calendar date (expected YYYY-MM-DD)`
      };
    case "minLength":
      if (Number(params.limit) <= 1) {
        return { message: `${prefix(p)}expected ${title ?? "a non-empty string"}, got an empty string` };
      }
      return { message: `${prefix(p)}too short: at least ${plural2(Number(params.limit), "character")}` };
    case "maxLength":
      return {
        message: `${prefix(p)}too long: ${typeof value === "string" ? value.length : "?"} characters (at most ${Number(params.limit)})`
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        message: `${prefix(p)}expected ${title ?? `a number ${String(params.comparison)} ${String(params.limit)}`}, got ${describeValue2(value)}`
      };
    case "minItems":
      return {
        message: `${prefix(p)}expected ${title ?? "a list"} with at least ${plural2(Number(params.limit), "item")}, got ${describeValue2(value)}`
      };
    case "maxItems":
      return {
        message: `${prefix(p)}too many items: ${Array.isArray(value) ? value.length : "?"} (at most ${Number(params.limit)})`
      };
    case "uniqueItems": {
      const i = Number(params.i);
      const j = Number(params.j);
      const item = Array.isArray(value) ? value[i] : void 0;
      return {
        message: `${prefix(p)}duplicate item ${describeValue2(item)} (items ${j + 1} and ${i + 1} are the same)`
      };
    }
    case "minProperties": {
      if (/^\/exceptions\/\d+\/match$/.test(p)) {
        return {
          message: `${prefix(p)}an exception needs at least one match condition (an empty match would waive every finding)`
        };
      }
      return {
        message: `${prefix(p)}expected ${title ?? "a map"} with at least ${plural2(Number(params.limit), "key")}, got ${describeValue2(value)}`
      };
    }
    case "maxProperties":
      return { message: `${prefix(p)}too many keys (at most ${Number(params.limit)})` };
    case "propertyNames":
      return {
        message: `${prefix(p)}invalid key ${describeValue2(params.propertyName)}: keys must be 1 to 128 characters`,
        atKey: String(params.propertyName)
      };
    default:
      return { message: `${prefix(p)}${error.message ?? "is invalid"}` };
  }
}
function convertAjvErrors(errors, file, positions, root) {
  const problems = [];
  const seenPath = /* @__PURE__ */ new Set();
  const locate = (pointer, key) => {
    if (key !== void 0) {
      const child = positions.get(`${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      if (child?.key) return child.key;
    }
    return positions.get(pointer)?.value ?? { line: 1, column: 1 };
  };
  const suggested = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const parent = error.parentSchema;
    const hint = didYouMean(
      String(error.params.additionalProperty),
      Object.keys(parent.properties ?? {})
    );
    if (hint) suggested.add(`${error.instancePath}\0${hint}`);
  }
  for (const error of errors) {
    if (error.keyword === "required" && suggested.has(
      `${error.instancePath}\0${String(error.params.missingProperty)}`
    )) {
      continue;
    }
    if (error.schemaPath.includes("/propertyNames/") && error.keyword !== "propertyNames") continue;
    const converted = messageFor(error, root);
    if (!converted) continue;
    const perKey = error.keyword === "additionalProperties" || error.keyword === "required" || error.keyword === "propertyNames";
    if (!perKey) {
      if (seenPath.has(error.instancePath)) continue;
      seenPath.add(error.instancePath);
    }
    problems.push({
      file,
      position: locate(error.instancePath, converted.atKey),
      message: converted.message
    });
  }
  return problems;
}

// src/policy/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://inspector-gate.dev/schemas/policy-v1.json",
  title: "inspector-gate policy",
  description: "A policy for inspector-gate, the policy-as-code gate for Amazon Inspector findings. Version 1.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: {
      title: "the format version 1",
      description: "The policy format version. Only 1 exists.",
      const: 1
    },
    name: {
      title: "a name",
      description: "A name shown in reports.",
      type: "string",
      minLength: 1,
      maxLength: 200
    },
    extends: {
      title: "a preset (inspector-gate:<name>) or a relative path, or a list of them",
      description: "Policies this one builds on: shipped presets such as inspector-gate:default, or paths relative to this file. Their rules, limits and exceptions merge with this file's; the strictest severity setting wins.",
      if: { type: "array" },
      then: {
        type: "array",
        minItems: 1,
        maxItems: 32,
        items: { $ref: "#/definitions/extendsEntry" }
      },
      else: { $ref: "#/definitions/extendsEntry" }
    },
    severity: {
      title: "a severity policy",
      description: "The severity policy: fail-on and per-severity allowances (counted after exceptions).",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        "fail-on": {
          description: "Any finding of this severity or above fails the gate (after exceptions). Order: Undefined < Untriaged < Informational < Low < Medium < High < Critical.",
          $ref: "#/definitions/severityName"
        },
        max: {
          title: "allowances per severity",
          description: "Findings allowed per severity (after exceptions); a listed severity uses its allowance instead of fail-on.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            Critical: { $ref: "#/definitions/count" },
            High: { $ref: "#/definitions/count" },
            Medium: { $ref: "#/definitions/count" },
            Low: { $ref: "#/definitions/count" },
            Informational: { $ref: "#/definitions/count" },
            Untriaged: { $ref: "#/definitions/count" },
            Undefined: { $ref: "#/definitions/count" }
          }
        },
        baseline: {
          description: "What a baseline (check --baseline) does to the severity limits this file sets; default: the top-level baseline setting.",
          $ref: "#/definitions/baselineSettings"
        },
        fleet: {
          description: "How the severity limits this file sets combine across a fleet (inspector-gate merge); default: the top-level fleet setting.",
          $ref: "#/definitions/fleetSettings"
        }
      }
    },
    rules: {
      title: "a list of rules",
      description: "Attribute policies: each rule counts the findings it matches and is violated when more than max match.",
      type: "array",
      maxItems: 1e4,
      items: { $ref: "#/definitions/rule" }
    },
    exceptions: {
      title: "a list of exceptions",
      description: "Waivers: explicit, justified and always temporary.",
      type: "array",
      maxItems: 1e4,
      items: { $ref: "#/definitions/exception" }
    },
    coverage: {
      title: "coverage settings",
      description: "Whether what was scanned is evidence at all: for an Inspector Classic run, how many healthy agents must have reported and what unhealthy agents mean; for Inspector (v2), what an INACTIVE resource in scope means.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        "min-agents": {
          title: "a whole number of at least 1",
          description: "Fewer healthy agents that reported telemetry than this is an error (never a pass). Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          default: 1
        },
        "unhealthy-agents": {
          title: "one of fail, warn, ignore",
          description: "What an unhealthy agent means: fail the gate (error), warn, or ignore. Default warn.",
          type: "string",
          enum: ["fail", "warn", "ignore"],
          default: "warn"
        },
        "inactive-resources": {
          title: "one of fail, warn, ignore",
          description: "Inspector (v2): what a resource in scope whose scan status is INACTIVE means: fail the gate (error), warn, or ignore. Default fail.",
          type: "string",
          enum: ["fail", "warn", "ignore"],
          default: "fail"
        }
      }
    },
    baseline: {
      description: "What a baseline (check --baseline: an earlier report or baseline file) does to every limit and rule that does not say otherwise.",
      $ref: "#/definitions/baselineSettings"
    },
    fleet: {
      description: "How every limit and rule that does not say otherwise combines across a fleet of gates (inspector-gate merge).",
      $ref: "#/definitions/fleetSettings"
    }
  },
  definitions: {
    severityName: {
      title: "a severity (Critical, High, Medium, Low, Informational, Untriaged or Undefined)",
      type: "string",
      enum: ["Critical", "High", "Medium", "Low", "Informational", "Untriaged", "Undefined"]
    },
    count: {
      title: "a whole number of at least 0",
      type: "integer",
      minimum: 0,
      maximum: 1e9
    },
    id: {
      title: "an id of letters, digits, '.', '_' or '-'",
      type: "string",
      minLength: 1,
      maxLength: 128,
      pattern: "^[A-Za-z0-9._-]+$"
    },
    baselineSettings: {
      title: "baseline settings { new-only: true or false }",
      type: "object",
      additionalProperties: false,
      required: ["new-only"],
      properties: {
        "new-only": {
          title: "true or false",
          description: "true: max counts only findings that are new since the baseline (not in it, or now counting where they did not); false (default): every finding counts, as without a baseline.",
          type: "boolean"
        }
      }
    },
    fleetSettings: {
      title: "fleet settings { limits: per-gate or total }",
      type: "object",
      additionalProperties: false,
      required: ["limits"],
      properties: {
        limits: {
          title: "per-gate or total",
          description: "per-gate (default): max applies to each gate's own count and the fleet fails when any gate does; total: max applies to the count summed over every gate of the fleet.",
          type: "string",
          enum: ["per-gate", "total"]
        }
      }
    },
    extendsEntry: {
      title: "a preset (inspector-gate:<name>) or a relative path",
      type: "string",
      minLength: 1,
      maxLength: 1024,
      examples: ["inspector-gate:default", "inspector-gate:strict", "./base.yml"]
    },
    pattern: {
      title: "a pattern (a glob string, or { regex: ... })",
      description: 'A glob (* any characters, ? one character, \\ escapes; exact when neither appears) matched against the whole value, or { regex: "..." }, a regular expression that must match the whole value.',
      if: { type: "object" },
      then: {
        title: "a regular expression { regex: ... }",
        type: "object",
        additionalProperties: false,
        required: ["regex"],
        properties: {
          regex: {
            title: "a regular expression",
            description: "A JavaScript regular expression matched against the whole value (at most 512 characters, no nested quantifiers).",
            type: "string",
            minLength: 1,
            maxLength: 512
          }
        }
      },
      else: {
        title: "a pattern (a glob string, or { regex: ... })",
        type: "string",
        minLength: 1,
        maxLength: 1024
      }
    },
    patterns: {
      title: "a pattern or a list of patterns",
      description: "A pattern, or a list of patterns of which any may match.",
      if: { type: "array" },
      then: {
        title: "a list of patterns",
        type: "array",
        minItems: 1,
        maxItems: 1e3,
        items: { $ref: "#/definitions/pattern" }
      },
      else: { $ref: "#/definitions/pattern" }
    },
    patternMap: {
      title: "a map of key to pattern(s)",
      description: "Attribute key (exact) to the pattern (or list of patterns) its value must match. Every key given must be matched.",
      type: "object",
      minProperties: 1,
      maxProperties: 50,
      propertyNames: { minLength: 1, maxLength: 128 },
      additionalProperties: { $ref: "#/definitions/patterns" }
    },
    range: {
      title: "a range { min, max } of numbers from 0 to 10",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        min: { title: "a number from 0 to 10", type: "number", minimum: 0, maximum: 10 },
        max: { title: "a number from 0 to 10", type: "number", minimum: 0, maximum: 10 }
      }
    },
    probabilityRange: {
      title: "a range { min, max } of numbers from 0 to 1",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        min: { title: "a number from 0 to 1", type: "number", minimum: 0, maximum: 1 },
        max: { title: "a number from 0 to 1", type: "number", minimum: 0, maximum: 1 }
      }
    },
    findingType: {
      title: "a finding type (PACKAGE_VULNERABILITY, NETWORK_REACHABILITY or CODE_VULNERABILITY)",
      type: "string",
      enum: ["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"]
    },
    fixAvailable: { title: "one of YES, NO, PARTIAL", type: "string", enum: ["YES", "NO", "PARTIAL"] },
    exploitAvailable: { title: "YES or NO", type: "string", enum: ["YES", "NO"] },
    resourceType: {
      title: "a resource type (AWS_ECR_CONTAINER_IMAGE, AWS_EC2_INSTANCE, AWS_LAMBDA_FUNCTION, AWS_ECR_REPOSITORY or CODE_REPOSITORY)",
      type: "string",
      enum: ["AWS_ECR_CONTAINER_IMAGE", "AWS_EC2_INSTANCE", "AWS_LAMBDA_FUNCTION", "AWS_ECR_REPOSITORY", "CODE_REPOSITORY"]
    },
    match: {
      title: "a map of conditions",
      description: "Conditions a finding must meet: every condition given must hold (AND); a list means any of (OR).",
      type: "object",
      additionalProperties: false,
      properties: {
        severity: {
          title: "a severity or a list of severities",
          description: "The finding's severity is one of these.",
          if: { type: "array" },
          then: {
            title: "a list of severities",
            type: "array",
            minItems: 1,
            maxItems: 7,
            uniqueItems: true,
            items: { $ref: "#/definitions/severityName" }
          },
          else: { $ref: "#/definitions/severityName" }
        },
        "min-severity": {
          description: "The finding's severity is this or above. Order: Undefined < Untriaged < Informational < Low < Medium < High < Critical.",
          $ref: "#/definitions/severityName"
        },
        "rules-package": {
          description: 'The rules package that produced the finding, by name (e.g. "Common Vulnerabilities and Exposures") or ARN.',
          $ref: "#/definitions/patterns"
        },
        id: {
          description: "The finding's scanner-side id (e.g. CVE-2021-44228 or a CIS rule id).",
          $ref: "#/definitions/patterns"
        },
        title: {
          description: "The finding's title.",
          $ref: "#/definitions/patterns"
        },
        attributes: {
          description: "The finding's attributes (e.g. CVE_ID, INSTANCE_ID): key -> pattern(s).",
          $ref: "#/definitions/patternMap"
        },
        "user-attributes": {
          description: "The finding's user attributes: key -> pattern(s).",
          $ref: "#/definitions/patternMap"
        },
        asset: {
          title: "a map of asset conditions",
          description: "The finding's asset attributes.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            "agent-id": { description: "The agent (EC2 instance) id.", $ref: "#/definitions/patterns" },
            hostname: { description: "The host name.", $ref: "#/definitions/patterns" },
            "auto-scaling-group": { description: "The Auto Scaling group.", $ref: "#/definitions/patterns" },
            "ami-id": { description: "The AMI id.", $ref: "#/definitions/patterns" }
          }
        },
        "numeric-severity": {
          description: "The finding's numeric severity (0 to 10), inclusive bounds.",
          $ref: "#/definitions/range"
        },
        confidence: {
          description: "The finding's confidence (0 to 10), inclusive bounds.",
          $ref: "#/definitions/range"
        },
        "indicator-of-compromise": {
          title: "true or false",
          description: "Whether the finding is an indicator of compromise.",
          type: "boolean"
        },
        "vulnerability-id": {
          description: "Inspector (v2): the package vulnerability's id (packageVulnerabilityDetails.vulnerabilityId), e.g. CVE-2024-1086.",
          $ref: "#/definitions/patterns"
        },
        "finding-type": {
          description: "Inspector (v2): the finding's type.",
          if: { type: "array" },
          then: {
            title: "a list of finding types",
            type: "array",
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
            items: { $ref: "#/definitions/findingType" }
          },
          else: { $ref: "#/definitions/findingType" }
        },
        "fix-available": {
          description: "Inspector (v2): whether fixed versions exist for the vulnerable packages (fixAvailable): YES for all, PARTIAL for some, NO for none.",
          if: { type: "array" },
          then: {
            title: "a list of YES, NO, PARTIAL",
            type: "array",
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
            items: { $ref: "#/definitions/fixAvailable" }
          },
          else: { $ref: "#/definitions/fixAvailable" }
        },
        "exploit-available": {
          description: "Inspector (v2): whether a public exploit is known (exploitAvailable).",
          if: { type: "array" },
          then: {
            title: "a list of YES, NO",
            type: "array",
            minItems: 1,
            maxItems: 2,
            uniqueItems: true,
            items: { $ref: "#/definitions/exploitAvailable" }
          },
          else: { $ref: "#/definitions/exploitAvailable" }
        },
        epss: {
          description: "Inspector (v2): the EPSS score (0 to 1: the probability of exploitation in the next 30 days), inclusive bounds.",
          $ref: "#/definitions/probabilityRange"
        },
        "inspector-score": {
          description: "Inspector (v2): the Inspector score (0 to 10), inclusive bounds.",
          $ref: "#/definitions/range"
        },
        kev: {
          title: "true or false",
          description: "Inspector (v2): whether the vulnerability is in CISA's Known Exploited Vulnerabilities catalog (true) or not (false).",
          type: "boolean"
        },
        package: {
          title: "a map of package conditions",
          description: "Inspector (v2): some vulnerable package of the finding matches every field given.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            name: { description: "The package name, e.g. openssl or log4j-core.", $ref: "#/definitions/patterns" },
            version: { description: "The installed version.", $ref: "#/definitions/patterns" }
          }
        },
        resource: {
          title: "a map of resource conditions",
          description: "Inspector (v2): some resource of the finding matches every field given.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            type: {
              description: "The resource type.",
              if: { type: "array" },
              then: {
                title: "a list of resource types",
                type: "array",
                minItems: 1,
                maxItems: 5,
                uniqueItems: true,
                items: { $ref: "#/definitions/resourceType" }
              },
              else: { $ref: "#/definitions/resourceType" }
            },
            id: {
              description: "The resource id (an ECR image's or a Lambda function's ARN, an EC2 instance id).",
              $ref: "#/definitions/patterns"
            },
            tags: { description: "The resource's tags: key -> pattern(s).", $ref: "#/definitions/patternMap" },
            "ecr-repository": { description: "An ECR image's repository name.", $ref: "#/definitions/patterns" },
            "ecr-image-tag": { description: "Any tag of an ECR image.", $ref: "#/definitions/patterns" },
            "lambda-function": { description: "A Lambda function's name.", $ref: "#/definitions/patterns" }
          }
        }
      }
    },
    rule: {
      title: "a rule",
      type: "object",
      additionalProperties: false,
      required: ["id", "match"],
      properties: {
        id: { description: "Unique across all loaded policy files.", $ref: "#/definitions/id" },
        description: { title: "a description", type: "string", minLength: 1, maxLength: 2e3 },
        level: {
          title: "error or warning",
          description: "error (default) fails the gate when the rule is violated; warning only reports it.",
          type: "string",
          enum: ["error", "warning"],
          default: "error"
        },
        max: {
          description: "Findings allowed to match (after exceptions); more than max violates the rule. Default 0.",
          $ref: "#/definitions/count"
        },
        match: {
          description: "The findings this rule counts. An empty map matches every finding.",
          $ref: "#/definitions/match"
        },
        baseline: {
          description: "What a baseline does to this rule; default: the top-level baseline setting. new-only: false makes a rule count every finding whatever the baseline says (e.g. known-exploited vulnerabilities always fail).",
          $ref: "#/definitions/baselineSettings"
        },
        fleet: {
          description: "How this rule's max combines across a fleet (inspector-gate merge); default: the top-level fleet setting.",
          $ref: "#/definitions/fleetSettings"
        }
      }
    },
    exception: {
      title: "an exception",
      type: "object",
      additionalProperties: false,
      required: ["id", "reason", "expires", "match"],
      properties: {
        id: { description: "Unique across all loaded policy files.", $ref: "#/definitions/id" },
        reason: {
          title: "a non-empty reason",
          description: "Why the waiver is acceptable.",
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          pattern: "\\S"
        },
        expires: {
          title: "a date YYYY-MM-DD",
          description: "The last day (UTC) the exception applies.",
          type: "string",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          format: "date"
        },
        owner: { title: "an owner", type: "string", minLength: 1, maxLength: 200 },
        ticket: { title: "a ticket reference", type: "string", minLength: 1, maxLength: 200 },
        "applies-to": {
          title: 'a list of rule ids and/or "severity"',
          description: 'What the exception waives findings from: rule ids and/or "severity" (the severity limits). Default: everything.',
          type: "array",
          minItems: 1,
          maxItems: 1e3,
          uniqueItems: true,
          items: { $ref: "#/definitions/id" }
        },
        match: {
          title: "a map of conditions (at least one)",
          description: "The findings this exception waives: the same conditions as a rule; at least one is required.",
          allOf: [{ $ref: "#/definitions/match" }, { type: "object", minProperties: 1 }]
        }
      }
    }
  }
};

// src/policy/schema-validator.generated.ts
import * as equalModule from "ajv/dist/runtime/equal.js";
import * as ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";

// src/policy/dates.ts
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const days2 = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days2;
}

// src/policy/schema-validator.generated.ts
var commonJs = (m) => typeof m.default === "function" ? m : m.default;
var runtime_equal = commonJs(equalModule);
var runtime_ucs2length = commonJs(ucs2lengthModule);
var formats = { date: { type: "string", validate: isCalendarDate } };
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://inspector-gate.dev/schemas/policy-v1.json", "title": "inspector-gate policy", "description": "A policy for inspector-gate, the policy-as-code gate for Amazon Inspector findings. Version 1.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "title": "the format version 1", "description": "The policy format version. Only 1 exists.", "const": 1 }, "name": { "title": "a name", "description": "A name shown in reports.", "type": "string", "minLength": 1, "maxLength": 200 }, "extends": { "title": "a preset (inspector-gate:<name>) or a relative path, or a list of them", "description": "Policies this one builds on: shipped presets such as inspector-gate:default, or paths relative to this file. Their rules, limits and exceptions merge with this file's; the strictest severity setting wins.", "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "maxItems": 32, "items": { "$ref": "#/definitions/extendsEntry" } }, "else": { "$ref": "#/definitions/extendsEntry" } }, "severity": { "title": "a severity policy", "description": "The severity policy: fail-on and per-severity allowances (counted after exceptions).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "fail-on": { "description": "Any finding of this severity or above fails the gate (after exceptions). Order: Undefined < Untriaged < Informational < Low < Medium < High < Critical.", "$ref": "#/definitions/severityName" }, "max": { "title": "allowances per severity", "description": "Findings allowed per severity (after exceptions); a listed severity uses its allowance instead of fail-on.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "Critical": { "$ref": "#/definitions/count" }, "High": { "$ref": "#/definitions/count" }, "Medium": { "$ref": "#/definitions/count" }, "Low": { "$ref": "#/definitions/count" }, "Informational": { "$ref": "#/definitions/count" }, "Untriaged": { "$ref": "#/definitions/count" }, "Undefined": { "$ref": "#/definitions/count" } } }, "baseline": { "description": "What a baseline (check --baseline) does to the severity limits this file sets; default: the top-level baseline setting.", "$ref": "#/definitions/baselineSettings" }, "fleet": { "description": "How the severity limits this file sets combine across a fleet (inspector-gate merge); default: the top-level fleet setting.", "$ref": "#/definitions/fleetSettings" } } }, "rules": { "title": "a list of rules", "description": "Attribute policies: each rule counts the findings it matches and is violated when more than max match.", "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/rule" } }, "exceptions": { "title": "a list of exceptions", "description": "Waivers: explicit, justified and always temporary.", "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/exception" } }, "coverage": { "title": "coverage settings", "description": "Whether what was scanned is evidence at all: for an Inspector Classic run, how many healthy agents must have reported and what unhealthy agents mean; for Inspector (v2), what an INACTIVE resource in scope means.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min-agents": { "title": "a whole number of at least 1", "description": "Fewer healthy agents that reported telemetry than this is an error (never a pass). Default 1.", "type": "integer", "minimum": 1, "maximum": 1e6, "default": 1 }, "unhealthy-agents": { "title": "one of fail, warn, ignore", "description": "What an unhealthy agent means: fail the gate (error), warn, or ignore. Default warn.", "type": "string", "enum": ["fail", "warn", "ignore"], "default": "warn" }, "inactive-resources": { "title": "one of fail, warn, ignore", "description": "Inspector (v2): what a resource in scope whose scan status is INACTIVE means: fail the gate (error), warn, or ignore. Default fail.", "type": "string", "enum": ["fail", "warn", "ignore"], "default": "fail" } } }, "baseline": { "description": "What a baseline (check --baseline: an earlier report or baseline file) does to every limit and rule that does not say otherwise.", "$ref": "#/definitions/baselineSettings" }, "fleet": { "description": "How every limit and rule that does not say otherwise combines across a fleet of gates (inspector-gate merge).", "$ref": "#/definitions/fleetSettings" } }, "definitions": { "severityName": { "title": "a severity (Critical, High, Medium, Low, Informational, Untriaged or Undefined)", "type": "string", "enum": ["Critical", "High", "Medium", "Low", "Informational", "Untriaged", "Undefined"] }, "count": { "title": "a whole number of at least 0", "type": "integer", "minimum": 0, "maximum": 1e9 }, "id": { "title": "an id of letters, digits, '.', '_' or '-'", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9._-]+$" }, "baselineSettings": { "title": "baseline settings { new-only: true or false }", "type": "object", "additionalProperties": false, "required": ["new-only"], "properties": { "new-only": { "title": "true or false", "description": "true: max counts only findings that are new since the baseline (not in it, or now counting where they did not); false (default): every finding counts, as without a baseline.", "type": "boolean" } } }, "fleetSettings": { "title": "fleet settings { limits: per-gate or total }", "type": "object", "additionalProperties": false, "required": ["limits"], "properties": { "limits": { "title": "per-gate or total", "description": "per-gate (default): max applies to each gate's own count and the fleet fails when any gate does; total: max applies to the count summed over every gate of the fleet.", "type": "string", "enum": ["per-gate", "total"] } } }, "extendsEntry": { "title": "a preset (inspector-gate:<name>) or a relative path", "type": "string", "minLength": 1, "maxLength": 1024, "examples": ["inspector-gate:default", "inspector-gate:strict", "./base.yml"] }, "pattern": { "title": "a pattern (a glob string, or { regex: ... })", "description": 'A glob (* any characters, ? one character, \\ escapes; exact when neither appears) matched against the whole value, or { regex: "..." }, a regular expression that must match the whole value.', "if": { "type": "object" }, "then": { "title": "a regular expression { regex: ... }", "type": "object", "additionalProperties": false, "required": ["regex"], "properties": { "regex": { "title": "a regular expression", "description": "A JavaScript regular expression matched against the whole value (at most 512 characters, no nested quantifiers).", "type": "string", "minLength": 1, "maxLength": 512 } } }, "else": { "title": "a pattern (a glob string, or { regex: ... })", "type": "string", "minLength": 1, "maxLength": 1024 } }, "patterns": { "title": "a pattern or a list of patterns", "description": "A pattern, or a list of patterns of which any may match.", "if": { "type": "array" }, "then": { "title": "a list of patterns", "type": "array", "minItems": 1, "maxItems": 1e3, "items": { "$ref": "#/definitions/pattern" } }, "else": { "$ref": "#/definitions/pattern" } }, "patternMap": { "title": "a map of key to pattern(s)", "description": "Attribute key (exact) to the pattern (or list of patterns) its value must match. Every key given must be matched.", "type": "object", "minProperties": 1, "maxProperties": 50, "propertyNames": { "minLength": 1, "maxLength": 128 }, "additionalProperties": { "$ref": "#/definitions/patterns" } }, "range": { "title": "a range { min, max } of numbers from 0 to 10", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 }, "max": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 } } }, "probabilityRange": { "title": "a range { min, max } of numbers from 0 to 1", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "title": "a number from 0 to 1", "type": "number", "minimum": 0, "maximum": 1 }, "max": { "title": "a number from 0 to 1", "type": "number", "minimum": 0, "maximum": 1 } } }, "findingType": { "title": "a finding type (PACKAGE_VULNERABILITY, NETWORK_REACHABILITY or CODE_VULNERABILITY)", "type": "string", "enum": ["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"] }, "fixAvailable": { "title": "one of YES, NO, PARTIAL", "type": "string", "enum": ["YES", "NO", "PARTIAL"] }, "exploitAvailable": { "title": "YES or NO", "type": "string", "enum": ["YES", "NO"] }, "resourceType": { "title": "a resource type (AWS_ECR_CONTAINER_IMAGE, AWS_EC2_INSTANCE, AWS_LAMBDA_FUNCTION, AWS_ECR_REPOSITORY or CODE_REPOSITORY)", "type": "string", "enum": ["AWS_ECR_CONTAINER_IMAGE", "AWS_EC2_INSTANCE", "AWS_LAMBDA_FUNCTION", "AWS_ECR_REPOSITORY", "CODE_REPOSITORY"] }, "match": { "title": "a map of conditions", "description": "Conditions a finding must meet: every condition given must hold (AND); a list means any of (OR).", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "a severity or a list of severities", "description": "The finding's severity is one of these.", "if": { "type": "array" }, "then": { "title": "a list of severities", "type": "array", "minItems": 1, "maxItems": 7, "uniqueItems": true, "items": { "$ref": "#/definitions/severityName" } }, "else": { "$ref": "#/definitions/severityName" } }, "min-severity": { "description": "The finding's severity is this or above. Order: Undefined < Untriaged < Informational < Low < Medium < High < Critical.", "$ref": "#/definitions/severityName" }, "rules-package": { "description": 'The rules package that produced the finding, by name (e.g. "Common Vulnerabilities and Exposures") or ARN.', "$ref": "#/definitions/patterns" }, "id": { "description": "The finding's scanner-side id (e.g. CVE-2021-44228 or a CIS rule id).", "$ref": "#/definitions/patterns" }, "title": { "description": "The finding's title.", "$ref": "#/definitions/patterns" }, "attributes": { "description": "The finding's attributes (e.g. CVE_ID, INSTANCE_ID): key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "user-attributes": { "description": "The finding's user attributes: key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "asset": { "title": "a map of asset conditions", "description": "The finding's asset attributes.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "agent-id": { "description": "The agent (EC2 instance) id.", "$ref": "#/definitions/patterns" }, "hostname": { "description": "The host name.", "$ref": "#/definitions/patterns" }, "auto-scaling-group": { "description": "The Auto Scaling group.", "$ref": "#/definitions/patterns" }, "ami-id": { "description": "The AMI id.", "$ref": "#/definitions/patterns" } } }, "numeric-severity": { "description": "The finding's numeric severity (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "confidence": { "description": "The finding's confidence (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "indicator-of-compromise": { "title": "true or false", "description": "Whether the finding is an indicator of compromise.", "type": "boolean" }, "vulnerability-id": { "description": "Inspector (v2): the package vulnerability's id (packageVulnerabilityDetails.vulnerabilityId), e.g. CVE-2024-1086.", "$ref": "#/definitions/patterns" }, "finding-type": { "description": "Inspector (v2): the finding's type.", "if": { "type": "array" }, "then": { "title": "a list of finding types", "type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true, "items": { "$ref": "#/definitions/findingType" } }, "else": { "$ref": "#/definitions/findingType" } }, "fix-available": { "description": "Inspector (v2): whether fixed versions exist for the vulnerable packages (fixAvailable): YES for all, PARTIAL for some, NO for none.", "if": { "type": "array" }, "then": { "title": "a list of YES, NO, PARTIAL", "type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true, "items": { "$ref": "#/definitions/fixAvailable" } }, "else": { "$ref": "#/definitions/fixAvailable" } }, "exploit-available": { "description": "Inspector (v2): whether a public exploit is known (exploitAvailable).", "if": { "type": "array" }, "then": { "title": "a list of YES, NO", "type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": { "$ref": "#/definitions/exploitAvailable" } }, "else": { "$ref": "#/definitions/exploitAvailable" } }, "epss": { "description": "Inspector (v2): the EPSS score (0 to 1: the probability of exploitation in the next 30 days), inclusive bounds.", "$ref": "#/definitions/probabilityRange" }, "inspector-score": { "description": "Inspector (v2): the Inspector score (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "kev": { "title": "true or false", "description": "Inspector (v2): whether the vulnerability is in CISA's Known Exploited Vulnerabilities catalog (true) or not (false).", "type": "boolean" }, "package": { "title": "a map of package conditions", "description": "Inspector (v2): some vulnerable package of the finding matches every field given.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "name": { "description": "The package name, e.g. openssl or log4j-core.", "$ref": "#/definitions/patterns" }, "version": { "description": "The installed version.", "$ref": "#/definitions/patterns" } } }, "resource": { "title": "a map of resource conditions", "description": "Inspector (v2): some resource of the finding matches every field given.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "type": { "description": "The resource type.", "if": { "type": "array" }, "then": { "title": "a list of resource types", "type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": true, "items": { "$ref": "#/definitions/resourceType" } }, "else": { "$ref": "#/definitions/resourceType" } }, "id": { "description": "The resource id (an ECR image's or a Lambda function's ARN, an EC2 instance id).", "$ref": "#/definitions/patterns" }, "tags": { "description": "The resource's tags: key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "ecr-repository": { "description": "An ECR image's repository name.", "$ref": "#/definitions/patterns" }, "ecr-image-tag": { "description": "Any tag of an ECR image.", "$ref": "#/definitions/patterns" }, "lambda-function": { "description": "A Lambda function's name.", "$ref": "#/definitions/patterns" } } } } }, "rule": { "title": "a rule", "type": "object", "additionalProperties": false, "required": ["id", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "description": { "title": "a description", "type": "string", "minLength": 1, "maxLength": 2e3 }, "level": { "title": "error or warning", "description": "error (default) fails the gate when the rule is violated; warning only reports it.", "type": "string", "enum": ["error", "warning"], "default": "error" }, "max": { "description": "Findings allowed to match (after exceptions); more than max violates the rule. Default 0.", "$ref": "#/definitions/count" }, "match": { "description": "The findings this rule counts. An empty map matches every finding.", "$ref": "#/definitions/match" }, "baseline": { "description": "What a baseline does to this rule; default: the top-level baseline setting. new-only: false makes a rule count every finding whatever the baseline says (e.g. known-exploited vulnerabilities always fail).", "$ref": "#/definitions/baselineSettings" }, "fleet": { "description": "How this rule's max combines across a fleet (inspector-gate merge); default: the top-level fleet setting.", "$ref": "#/definitions/fleetSettings" } } }, "exception": { "title": "an exception", "type": "object", "additionalProperties": false, "required": ["id", "reason", "expires", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "reason": { "title": "a non-empty reason", "description": "Why the waiver is acceptable.", "type": "string", "minLength": 1, "maxLength": 2e3, "pattern": "\\S" }, "expires": { "title": "a date YYYY-MM-DD", "description": "The last day (UTC) the exception applies.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date" }, "owner": { "title": "an owner", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "title": "a ticket reference", "type": "string", "minLength": 1, "maxLength": 200 }, "applies-to": { "title": 'a list of rule ids and/or "severity"', "description": 'What the exception waives findings from: rule ids and/or "severity" (the severity limits). Default: everything.', "type": "array", "minItems": 1, "maxItems": 1e3, "uniqueItems": true, "items": { "$ref": "#/definitions/id" } }, "match": { "title": "a map of conditions (at least one)", "description": "The findings this exception waives: the same conditions as a rule; at least one is required.", "allOf": [{ "$ref": "#/definitions/match" }, { "type": "object", "minProperties": 1 }] } } } } };
var schema12 = { "title": "a preset (inspector-gate:<name>) or a relative path", "type": "string", "minLength": 1, "maxLength": 1024, "examples": ["inspector-gate:default", "inspector-gate:strict", "./base.yml"] };
var schema14 = { "title": "a severity (Critical, High, Medium, Low, Informational, Untriaged or Undefined)", "type": "string", "enum": ["Critical", "High", "Medium", "Low", "Informational", "Untriaged", "Undefined"] };
var schema15 = { "title": "a whole number of at least 0", "type": "integer", "minimum": 0, "maximum": 1e9 };
var schema22 = { "title": "baseline settings { new-only: true or false }", "type": "object", "additionalProperties": false, "required": ["new-only"], "properties": { "new-only": { "title": "true or false", "description": "true: max counts only findings that are new since the baseline (not in it, or now counting where they did not); false (default): every finding counts, as without a baseline.", "type": "boolean" } } };
var schema23 = { "title": "fleet settings { limits: per-gate or total }", "type": "object", "additionalProperties": false, "required": ["limits"], "properties": { "limits": { "title": "per-gate or total", "description": "per-gate (default): max applies to each gate's own count and the fleet fails when any gate does; total: max applies to the count summed over every gate of the fleet.", "type": "string", "enum": ["per-gate", "total"] } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime_ucs2length.default;
var schema24 = { "title": "a rule", "type": "object", "additionalProperties": false, "required": ["id", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "description": { "title": "a description", "type": "string", "minLength": 1, "maxLength": 2e3 }, "level": { "title": "error or warning", "description": "error (default) fails the gate when the rule is violated; warning only reports it.", "type": "string", "enum": ["error", "warning"], "default": "error" }, "max": { "description": "Findings allowed to match (after exceptions); more than max violates the rule. Default 0.", "$ref": "#/definitions/count" }, "match": { "description": "The findings this rule counts. An empty map matches every finding.", "$ref": "#/definitions/match" }, "baseline": { "description": "What a baseline does to this rule; default: the top-level baseline setting. new-only: false makes a rule count every finding whatever the baseline says (e.g. known-exploited vulnerabilities always fail).", "$ref": "#/definitions/baselineSettings" }, "fleet": { "description": "How this rule's max combines across a fleet (inspector-gate merge); default: the top-level fleet setting.", "$ref": "#/definitions/fleetSettings" } } };
var schema25 = { "title": "an id of letters, digits, '.', '_' or '-'", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9._-]+$" };
var pattern0 = new RegExp("^[A-Za-z0-9._-]+$", "u");
var schema27 = { "title": "a map of conditions", "description": "Conditions a finding must meet: every condition given must hold (AND); a list means any of (OR).", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "a severity or a list of severities", "description": "The finding's severity is one of these.", "if": { "type": "array" }, "then": { "title": "a list of severities", "type": "array", "minItems": 1, "maxItems": 7, "uniqueItems": true, "items": { "$ref": "#/definitions/severityName" } }, "else": { "$ref": "#/definitions/severityName" } }, "min-severity": { "description": "The finding's severity is this or above. Order: Undefined < Untriaged < Informational < Low < Medium < High < Critical.", "$ref": "#/definitions/severityName" }, "rules-package": { "description": 'The rules package that produced the finding, by name (e.g. "Common Vulnerabilities and Exposures") or ARN.', "$ref": "#/definitions/patterns" }, "id": { "description": "The finding's scanner-side id (e.g. CVE-2021-44228 or a CIS rule id).", "$ref": "#/definitions/patterns" }, "title": { "description": "The finding's title.", "$ref": "#/definitions/patterns" }, "attributes": { "description": "The finding's attributes (e.g. CVE_ID, INSTANCE_ID): key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "user-attributes": { "description": "The finding's user attributes: key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "asset": { "title": "a map of asset conditions", "description": "The finding's asset attributes.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "agent-id": { "description": "The agent (EC2 instance) id.", "$ref": "#/definitions/patterns" }, "hostname": { "description": "The host name.", "$ref": "#/definitions/patterns" }, "auto-scaling-group": { "description": "The Auto Scaling group.", "$ref": "#/definitions/patterns" }, "ami-id": { "description": "The AMI id.", "$ref": "#/definitions/patterns" } } }, "numeric-severity": { "description": "The finding's numeric severity (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "confidence": { "description": "The finding's confidence (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "indicator-of-compromise": { "title": "true or false", "description": "Whether the finding is an indicator of compromise.", "type": "boolean" }, "vulnerability-id": { "description": "Inspector (v2): the package vulnerability's id (packageVulnerabilityDetails.vulnerabilityId), e.g. CVE-2024-1086.", "$ref": "#/definitions/patterns" }, "finding-type": { "description": "Inspector (v2): the finding's type.", "if": { "type": "array" }, "then": { "title": "a list of finding types", "type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true, "items": { "$ref": "#/definitions/findingType" } }, "else": { "$ref": "#/definitions/findingType" } }, "fix-available": { "description": "Inspector (v2): whether fixed versions exist for the vulnerable packages (fixAvailable): YES for all, PARTIAL for some, NO for none.", "if": { "type": "array" }, "then": { "title": "a list of YES, NO, PARTIAL", "type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true, "items": { "$ref": "#/definitions/fixAvailable" } }, "else": { "$ref": "#/definitions/fixAvailable" } }, "exploit-available": { "description": "Inspector (v2): whether a public exploit is known (exploitAvailable).", "if": { "type": "array" }, "then": { "title": "a list of YES, NO", "type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": { "$ref": "#/definitions/exploitAvailable" } }, "else": { "$ref": "#/definitions/exploitAvailable" } }, "epss": { "description": "Inspector (v2): the EPSS score (0 to 1: the probability of exploitation in the next 30 days), inclusive bounds.", "$ref": "#/definitions/probabilityRange" }, "inspector-score": { "description": "Inspector (v2): the Inspector score (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "kev": { "title": "true or false", "description": "Inspector (v2): whether the vulnerability is in CISA's Known Exploited Vulnerabilities catalog (true) or not (false).", "type": "boolean" }, "package": { "title": "a map of package conditions", "description": "Inspector (v2): some vulnerable package of the finding matches every field given.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "name": { "description": "The package name, e.g. openssl or log4j-core.", "$ref": "#/definitions/patterns" }, "version": { "description": "The installed version.", "$ref": "#/definitions/patterns" } } }, "resource": { "title": "a map of resource conditions", "description": "Inspector (v2): some resource of the finding matches every field given.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "type": { "description": "The resource type.", "if": { "type": "array" }, "then": { "title": "a list of resource types", "type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": true, "items": { "$ref": "#/definitions/resourceType" } }, "else": { "$ref": "#/definitions/resourceType" } }, "id": { "description": "The resource id (an ECR image's or a Lambda function's ARN, an EC2 instance id).", "$ref": "#/definitions/patterns" }, "tags": { "description": "The resource's tags: key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "ecr-repository": { "description": "An ECR image's repository name.", "$ref": "#/definitions/patterns" }, "ecr-image-tag": { "description": "Any tag of an ECR image.", "$ref": "#/definitions/patterns" }, "lambda-function": { "description": "A Lambda function's name.", "$ref": "#/definitions/patterns" } } } } };
var schema35 = { "title": "a range { min, max } of numbers from 0 to 10", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 }, "max": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 } } };
var schema37 = { "title": "a finding type (PACKAGE_VULNERABILITY, NETWORK_REACHABILITY or CODE_VULNERABILITY)", "type": "string", "enum": ["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"] };
var schema39 = { "title": "one of YES, NO, PARTIAL", "type": "string", "enum": ["YES", "NO", "PARTIAL"] };
var schema41 = { "title": "YES or NO", "type": "string", "enum": ["YES", "NO"] };
var schema43 = { "title": "a range { min, max } of numbers from 0 to 1", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "title": "a number from 0 to 1", "type": "number", "minimum": 0, "maximum": 1 }, "max": { "title": "a number from 0 to 1", "type": "number", "minimum": 0, "maximum": 1 } } };
var schema45 = { "title": "a resource type (AWS_ECR_CONTAINER_IMAGE, AWS_EC2_INSTANCE, AWS_LAMBDA_FUNCTION, AWS_ECR_REPOSITORY or CODE_REPOSITORY)", "type": "string", "enum": ["AWS_ECR_CONTAINER_IMAGE", "AWS_EC2_INSTANCE", "AWS_LAMBDA_FUNCTION", "AWS_ECR_REPOSITORY", "CODE_REPOSITORY"] };
var func0 = runtime_equal.default;
var schema31 = { "title": "a pattern or a list of patterns", "description": "A pattern, or a list of patterns of which any may match.", "if": { "type": "array" }, "then": { "title": "a list of patterns", "type": "array", "minItems": 1, "maxItems": 1e3, "items": { "$ref": "#/definitions/pattern" } }, "else": { "$ref": "#/definitions/pattern" } };
var schema32 = { "title": "a pattern (a glob string, or { regex: ... })", "description": 'A glob (* any characters, ? one character, \\ escapes; exact when neither appears) matched against the whole value, or { regex: "..." }, a regular expression that must match the whole value.', "if": { "type": "object" }, "then": { "title": "a regular expression { regex: ... }", "type": "object", "additionalProperties": false, "required": ["regex"], "properties": { "regex": { "title": "a regular expression", "description": "A JavaScript regular expression matched against the whole value (at most 512 characters, no nested quantifiers).", "type": "string", "minLength": 1, "maxLength": 512 } } }, "else": { "title": "a pattern (a glob string, or { regex: ... })", "type": "string", "minLength": 1, "maxLength": 1024 } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length > 1e3) {
        const err1 = { instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema31.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.length < 1) {
        const err2 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs7 = errors;
        let valid4 = true;
        const _errs8 = errors;
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid1 = _errs8 === errors;
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
        let ifClause1;
        if (_valid1) {
          const _errs10 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.regex === void 0) {
              const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/then/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'", schema: schema32.then.required, parentSchema: schema32.then, data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key0 in data0) {
              if (!(key0 === "regex")) {
                const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.then, data: data0 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data0.regex !== void 0) {
              let data1 = data0.regex;
              if (typeof data1 === "string") {
                if (func3(data1) > 512) {
                  const err6 = { instancePath: instancePath + "/" + i0 + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema32.then.properties.regex, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (func3(data1) < 1) {
                  const err7 = { instancePath: instancePath + "/" + i0 + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.then.properties.regex, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/" + i0 + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.then.properties.regex.type, parentSchema: schema32.then.properties.regex, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.then.type, parentSchema: schema32.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid1 = _errs10 === errors;
          valid4 = _valid1;
          ifClause1 = "then";
        } else {
          const _errs15 = errors;
          if (typeof data0 === "string") {
            if (func3(data0) > 1024) {
              const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/else/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema32.else, data: data0 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (func3(data0) < 1) {
              const err11 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.else, data: data0 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.else.type, parentSchema: schema32.else, data: data0 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs15 === errors;
          valid4 = _valid1;
          ifClause1 = "else";
        }
        if (!valid4) {
          const err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema32.if, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    } else {
      const err14 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.then.type, parentSchema: schema31.then, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs17 = errors;
    const _errs19 = errors;
    let valid7 = true;
    const _errs20 = errors;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    var _valid2 = _errs20 === errors;
    errors = _errs19;
    if (vErrors !== null) {
      if (_errs19) {
        vErrors.length = _errs19;
      } else {
        vErrors = null;
      }
    }
    let ifClause2;
    if (_valid2) {
      const _errs22 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.regex === void 0) {
          const err16 = { instancePath, schemaPath: "#/definitions/pattern/then/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'", schema: schema32.then.required, parentSchema: schema32.then, data };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data) {
          if (!(key1 === "regex")) {
            const err17 = { instancePath, schemaPath: "#/definitions/pattern/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.then, data };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.regex !== void 0) {
          let data2 = data.regex;
          if (typeof data2 === "string") {
            if (func3(data2) > 512) {
              const err18 = { instancePath: instancePath + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema32.then.properties.regex, data: data2 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func3(data2) < 1) {
              const err19 = { instancePath: instancePath + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.then.properties.regex, data: data2 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.then.properties.regex.type, parentSchema: schema32.then.properties.regex, data: data2 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath, schemaPath: "#/definitions/pattern/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.then.type, parentSchema: schema32.then, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid2 = _errs22 === errors;
      valid7 = _valid2;
      ifClause2 = "then";
    } else {
      const _errs27 = errors;
      if (typeof data === "string") {
        if (func3(data) > 1024) {
          const err22 = { instancePath, schemaPath: "#/definitions/pattern/else/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema32.else, data };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func3(data) < 1) {
          const err23 = { instancePath, schemaPath: "#/definitions/pattern/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.else, data };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath, schemaPath: "#/definitions/pattern/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.else.type, parentSchema: schema32.else, data };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid2 = _errs27 === errors;
      valid7 = _valid2;
      ifClause2 = "else";
    }
    if (!valid7) {
      const err25 = { instancePath, schemaPath: "#/definitions/pattern/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema32.if, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    var _valid0 = _errs17 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err26 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.if, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema34 = { "title": "a map of key to pattern(s)", "description": "Attribute key (exact) to the pattern (or list of patterns) its value must match. Every key given must be matched.", "type": "object", "minProperties": 1, "maxProperties": 50, "propertyNames": { "minLength": 1, "maxLength": 128 }, "additionalProperties": { "$ref": "#/definitions/patterns" } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 50) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func3(key0) > 128) {
          const err2 = { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(key0) < 1) {
          const err3 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema34.propertyNames, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate13(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema27.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data0 = data.severity;
      const _errs3 = errors;
      let valid1 = true;
      const _errs4 = errors;
      if (!Array.isArray(data0)) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs6 = errors;
        if (Array.isArray(data0)) {
          if (data0.length > 7) {
            const err2 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/maxItems", keyword: "maxItems", params: { limit: 7 }, message: "must NOT have more than 7 items", schema: 7, parentSchema: schema27.properties.severity.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data0.length < 1) {
            const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties.severity.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 !== "string") {
              const err4 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!(data1 === "Critical" || data1 === "High" || data1 === "Medium" || data1 === "Low" || data1 === "Informational" || data1 === "Untriaged" || data1 === "Undefined")) {
              const err5 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          let i1 = data0.length;
          let j0;
          if (i1 > 1) {
            outer0:
              for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data0[i1], data0[j0])) {
                    const err6 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema27.properties.severity.then, data: data0 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
          }
        } else {
          const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.severity.then.type, parentSchema: schema27.properties.severity.then, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs11 = errors;
        if (typeof data0 !== "string") {
          const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!(data0 === "Critical" || data0 === "High" || data0 === "Medium" || data0 === "Low" || data0 === "Informational" || data0 === "Untriaged" || data0 === "Undefined")) {
          const err9 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs11 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema27.properties.severity.if, parentSchema: schema27.properties.severity, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["min-severity"] !== void 0) {
      let data2 = data["min-severity"];
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/min-severity", schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data2 === "Critical" || data2 === "High" || data2 === "Medium" || data2 === "Low" || data2 === "Informational" || data2 === "Untriaged" || data2 === "Undefined")) {
        const err12 = { instancePath: instancePath + "/min-severity", schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["rules-package"] !== void 0) {
      if (!validate13(data["rules-package"], { instancePath: instancePath + "/rules-package", parentData: data, parentDataProperty: "rules-package", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== void 0) {
      if (!validate13(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== void 0) {
      if (!validate13(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.attributes !== void 0) {
      if (!validate17(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data["user-attributes"] !== void 0) {
      if (!validate17(data["user-attributes"], { instancePath: instancePath + "/user-attributes", parentData: data, parentDataProperty: "user-attributes", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.asset !== void 0) {
      let data8 = data.asset;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err13 = { instancePath: instancePath + "/asset", schemaPath: "#/properties/asset/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27.properties.asset, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "agent-id" || key1 === "hostname" || key1 === "auto-scaling-group" || key1 === "ami-id")) {
            const err14 = { instancePath: instancePath + "/asset", schemaPath: "#/properties/asset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.asset, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data8["agent-id"] !== void 0) {
          if (!validate13(data8["agent-id"], { instancePath: instancePath + "/asset/agent-id", parentData: data8, parentDataProperty: "agent-id", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data8.hostname !== void 0) {
          if (!validate13(data8.hostname, { instancePath: instancePath + "/asset/hostname", parentData: data8, parentDataProperty: "hostname", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data8["auto-scaling-group"] !== void 0) {
          if (!validate13(data8["auto-scaling-group"], { instancePath: instancePath + "/asset/auto-scaling-group", parentData: data8, parentDataProperty: "auto-scaling-group", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data8["ami-id"] !== void 0) {
          if (!validate13(data8["ami-id"], { instancePath: instancePath + "/asset/ami-id", parentData: data8, parentDataProperty: "ami-id", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/asset", schemaPath: "#/properties/asset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.asset.type, parentSchema: schema27.properties.asset, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["numeric-severity"] !== void 0) {
      let data13 = data["numeric-severity"];
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (Object.keys(data13).length < 1) {
          const err16 = { instancePath: instancePath + "/numeric-severity", schemaPath: "#/definitions/range/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35, data: data13 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key2 in data13) {
          if (!(key2 === "min" || key2 === "max")) {
            const err17 = { instancePath: instancePath + "/numeric-severity", schemaPath: "#/definitions/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data13 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data13.min !== void 0) {
          let data14 = data13.min;
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 10 || isNaN(data14)) {
              const err18 = { instancePath: instancePath + "/numeric-severity/min", schemaPath: "#/definitions/range/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema35.properties.min, data: data14 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err19 = { instancePath: instancePath + "/numeric-severity/min", schemaPath: "#/definitions/range/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.min, data: data14 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/numeric-severity/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.min.type, parentSchema: schema35.properties.min, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.max !== void 0) {
          let data15 = data13.max;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 10 || isNaN(data15)) {
              const err21 = { instancePath: instancePath + "/numeric-severity/max", schemaPath: "#/definitions/range/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema35.properties.max, data: data15 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err22 = { instancePath: instancePath + "/numeric-severity/max", schemaPath: "#/definitions/range/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.max, data: data15 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/numeric-severity/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.max.type, parentSchema: schema35.properties.max, data: data15 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/numeric-severity", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data13 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data16 = data.confidence;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (Object.keys(data16).length < 1) {
          const err25 = { instancePath: instancePath + "/confidence", schemaPath: "#/definitions/range/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35, data: data16 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "min" || key3 === "max")) {
            const err26 = { instancePath: instancePath + "/confidence", schemaPath: "#/definitions/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data16.min !== void 0) {
          let data17 = data16.min;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 10 || isNaN(data17)) {
              const err27 = { instancePath: instancePath + "/confidence/min", schemaPath: "#/definitions/range/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema35.properties.min, data: data17 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data17 < 0 || isNaN(data17)) {
              const err28 = { instancePath: instancePath + "/confidence/min", schemaPath: "#/definitions/range/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.min, data: data17 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/confidence/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.min.type, parentSchema: schema35.properties.min, data: data17 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data16.max !== void 0) {
          let data18 = data16.max;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 10 || isNaN(data18)) {
              const err30 = { instancePath: instancePath + "/confidence/max", schemaPath: "#/definitions/range/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema35.properties.max, data: data18 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err31 = { instancePath: instancePath + "/confidence/max", schemaPath: "#/definitions/range/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.max, data: data18 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/confidence/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.max.type, parentSchema: schema35.properties.max, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/confidence", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["indicator-of-compromise"] !== void 0) {
      let data19 = data["indicator-of-compromise"];
      if (typeof data19 !== "boolean") {
        const err34 = { instancePath: instancePath + "/indicator-of-compromise", schemaPath: "#/properties/indicator-of-compromise/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties["indicator-of-compromise"].type, parentSchema: schema27.properties["indicator-of-compromise"], data: data19 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data["vulnerability-id"] !== void 0) {
      if (!validate13(data["vulnerability-id"], { instancePath: instancePath + "/vulnerability-id", parentData: data, parentDataProperty: "vulnerability-id", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data["finding-type"] !== void 0) {
      let data21 = data["finding-type"];
      const _errs49 = errors;
      let valid13 = true;
      const _errs50 = errors;
      if (!Array.isArray(data21)) {
        const err35 = {};
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid1 = _errs50 === errors;
      errors = _errs49;
      if (vErrors !== null) {
        if (_errs49) {
          vErrors.length = _errs49;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid1) {
        const _errs52 = errors;
        if (Array.isArray(data21)) {
          if (data21.length > 3) {
            const err36 = { instancePath: instancePath + "/finding-type", schemaPath: "#/properties/finding-type/then/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items", schema: 3, parentSchema: schema27.properties["finding-type"].then, data: data21 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data21.length < 1) {
            const err37 = { instancePath: instancePath + "/finding-type", schemaPath: "#/properties/finding-type/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties["finding-type"].then, data: data21 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          const len1 = data21.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data22 = data21[i2];
            if (typeof data22 !== "string") {
              const err38 = { instancePath: instancePath + "/finding-type/" + i2, schemaPath: "#/definitions/findingType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data22 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (!(data22 === "PACKAGE_VULNERABILITY" || data22 === "NETWORK_REACHABILITY" || data22 === "CODE_VULNERABILITY")) {
              const err39 = { instancePath: instancePath + "/finding-type/" + i2, schemaPath: "#/definitions/findingType/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data22 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          let i3 = data21.length;
          let j1;
          if (i3 > 1) {
            outer1:
              for (; i3--; ) {
                for (j1 = i3; j1--; ) {
                  if (func0(data21[i3], data21[j1])) {
                    const err40 = { instancePath: instancePath + "/finding-type", schemaPath: "#/properties/finding-type/then/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema27.properties["finding-type"].then, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
          }
        } else {
          const err41 = { instancePath: instancePath + "/finding-type", schemaPath: "#/properties/finding-type/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties["finding-type"].then.type, parentSchema: schema27.properties["finding-type"].then, data: data21 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        var _valid1 = _errs52 === errors;
        valid13 = _valid1;
        ifClause1 = "then";
      } else {
        const _errs57 = errors;
        if (typeof data21 !== "string") {
          const err42 = { instancePath: instancePath + "/finding-type", schemaPath: "#/definitions/findingType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data21 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (!(data21 === "PACKAGE_VULNERABILITY" || data21 === "NETWORK_REACHABILITY" || data21 === "CODE_VULNERABILITY")) {
          const err43 = { instancePath: instancePath + "/finding-type", schemaPath: "#/definitions/findingType/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data21 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid1 = _errs57 === errors;
        valid13 = _valid1;
        ifClause1 = "else";
      }
      if (!valid13) {
        const err44 = { instancePath: instancePath + "/finding-type", schemaPath: "#/properties/finding-type/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema27.properties["finding-type"].if, parentSchema: schema27.properties["finding-type"], data: data21 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data["fix-available"] !== void 0) {
      let data23 = data["fix-available"];
      const _errs61 = errors;
      let valid19 = true;
      const _errs62 = errors;
      if (!Array.isArray(data23)) {
        const err45 = {};
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      var _valid2 = _errs62 === errors;
      errors = _errs61;
      if (vErrors !== null) {
        if (_errs61) {
          vErrors.length = _errs61;
        } else {
          vErrors = null;
        }
      }
      let ifClause2;
      if (_valid2) {
        const _errs64 = errors;
        if (Array.isArray(data23)) {
          if (data23.length > 3) {
            const err46 = { instancePath: instancePath + "/fix-available", schemaPath: "#/properties/fix-available/then/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items", schema: 3, parentSchema: schema27.properties["fix-available"].then, data: data23 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (data23.length < 1) {
            const err47 = { instancePath: instancePath + "/fix-available", schemaPath: "#/properties/fix-available/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties["fix-available"].then, data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          const len2 = data23.length;
          for (let i4 = 0; i4 < len2; i4++) {
            let data24 = data23[i4];
            if (typeof data24 !== "string") {
              const err48 = { instancePath: instancePath + "/fix-available/" + i4, schemaPath: "#/definitions/fixAvailable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data24 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!(data24 === "YES" || data24 === "NO" || data24 === "PARTIAL")) {
              const err49 = { instancePath: instancePath + "/fix-available/" + i4, schemaPath: "#/definitions/fixAvailable/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          let i5 = data23.length;
          let j2;
          if (i5 > 1) {
            outer2:
              for (; i5--; ) {
                for (j2 = i5; j2--; ) {
                  if (func0(data23[i5], data23[j2])) {
                    const err50 = { instancePath: instancePath + "/fix-available", schemaPath: "#/properties/fix-available/then/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema27.properties["fix-available"].then, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                    break outer2;
                  }
                }
              }
          }
        } else {
          const err51 = { instancePath: instancePath + "/fix-available", schemaPath: "#/properties/fix-available/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties["fix-available"].then.type, parentSchema: schema27.properties["fix-available"].then, data: data23 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        var _valid2 = _errs64 === errors;
        valid19 = _valid2;
        ifClause2 = "then";
      } else {
        const _errs69 = errors;
        if (typeof data23 !== "string") {
          const err52 = { instancePath: instancePath + "/fix-available", schemaPath: "#/definitions/fixAvailable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data23 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (!(data23 === "YES" || data23 === "NO" || data23 === "PARTIAL")) {
          const err53 = { instancePath: instancePath + "/fix-available", schemaPath: "#/definitions/fixAvailable/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data23 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        var _valid2 = _errs69 === errors;
        valid19 = _valid2;
        ifClause2 = "else";
      }
      if (!valid19) {
        const err54 = { instancePath: instancePath + "/fix-available", schemaPath: "#/properties/fix-available/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema27.properties["fix-available"].if, parentSchema: schema27.properties["fix-available"], data: data23 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data["exploit-available"] !== void 0) {
      let data25 = data["exploit-available"];
      const _errs73 = errors;
      let valid25 = true;
      const _errs74 = errors;
      if (!Array.isArray(data25)) {
        const err55 = {};
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      var _valid3 = _errs74 === errors;
      errors = _errs73;
      if (vErrors !== null) {
        if (_errs73) {
          vErrors.length = _errs73;
        } else {
          vErrors = null;
        }
      }
      let ifClause3;
      if (_valid3) {
        const _errs76 = errors;
        if (Array.isArray(data25)) {
          if (data25.length > 2) {
            const err56 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/properties/exploit-available/then/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema27.properties["exploit-available"].then, data: data25 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (data25.length < 1) {
            const err57 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/properties/exploit-available/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties["exploit-available"].then, data: data25 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          const len3 = data25.length;
          for (let i6 = 0; i6 < len3; i6++) {
            let data26 = data25[i6];
            if (typeof data26 !== "string") {
              const err58 = { instancePath: instancePath + "/exploit-available/" + i6, schemaPath: "#/definitions/exploitAvailable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data26 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (!(data26 === "YES" || data26 === "NO")) {
              const err59 = { instancePath: instancePath + "/exploit-available/" + i6, schemaPath: "#/definitions/exploitAvailable/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values", schema: schema41.enum, parentSchema: schema41, data: data26 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          let i7 = data25.length;
          let j3;
          if (i7 > 1) {
            outer3:
              for (; i7--; ) {
                for (j3 = i7; j3--; ) {
                  if (func0(data25[i7], data25[j3])) {
                    const err60 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/properties/exploit-available/then/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema27.properties["exploit-available"].then, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                    break outer3;
                  }
                }
              }
          }
        } else {
          const err61 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/properties/exploit-available/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties["exploit-available"].then.type, parentSchema: schema27.properties["exploit-available"].then, data: data25 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        var _valid3 = _errs76 === errors;
        valid25 = _valid3;
        ifClause3 = "then";
      } else {
        const _errs81 = errors;
        if (typeof data25 !== "string") {
          const err62 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/definitions/exploitAvailable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data25 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (!(data25 === "YES" || data25 === "NO")) {
          const err63 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/definitions/exploitAvailable/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values", schema: schema41.enum, parentSchema: schema41, data: data25 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        var _valid3 = _errs81 === errors;
        valid25 = _valid3;
        ifClause3 = "else";
      }
      if (!valid25) {
        const err64 = { instancePath: instancePath + "/exploit-available", schemaPath: "#/properties/exploit-available/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema27.properties["exploit-available"].if, parentSchema: schema27.properties["exploit-available"], data: data25 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.epss !== void 0) {
      let data27 = data.epss;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (Object.keys(data27).length < 1) {
          const err65 = { instancePath: instancePath + "/epss", schemaPath: "#/definitions/probabilityRange/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema43, data: data27 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        for (const key4 in data27) {
          if (!(key4 === "min" || key4 === "max")) {
            const err66 = { instancePath: instancePath + "/epss", schemaPath: "#/definitions/probabilityRange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data27 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data27.min !== void 0) {
          let data28 = data27.min;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 1 || isNaN(data28)) {
              const err67 = { instancePath: instancePath + "/epss/min", schemaPath: "#/definitions/probabilityRange/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema43.properties.min, data: data28 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
              const err68 = { instancePath: instancePath + "/epss/min", schemaPath: "#/definitions/probabilityRange/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.properties.min, data: data28 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/epss/min", schemaPath: "#/definitions/probabilityRange/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.min.type, parentSchema: schema43.properties.min, data: data28 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data27.max !== void 0) {
          let data29 = data27.max;
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 1 || isNaN(data29)) {
              const err70 = { instancePath: instancePath + "/epss/max", schemaPath: "#/definitions/probabilityRange/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema43.properties.max, data: data29 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
              const err71 = { instancePath: instancePath + "/epss/max", schemaPath: "#/definitions/probabilityRange/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.properties.max, data: data29 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/epss/max", schemaPath: "#/definitions/probabilityRange/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.max.type, parentSchema: schema43.properties.max, data: data29 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/epss", schemaPath: "#/definitions/probabilityRange/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data27 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data["inspector-score"] !== void 0) {
      let data30 = data["inspector-score"];
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (Object.keys(data30).length < 1) {
          const err74 = { instancePath: instancePath + "/inspector-score", schemaPath: "#/definitions/range/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35, data: data30 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        for (const key5 in data30) {
          if (!(key5 === "min" || key5 === "max")) {
            const err75 = { instancePath: instancePath + "/inspector-score", schemaPath: "#/definitions/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data30 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data30.min !== void 0) {
          let data31 = data30.min;
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 > 10 || isNaN(data31)) {
              const err76 = { instancePath: instancePath + "/inspector-score/min", schemaPath: "#/definitions/range/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema35.properties.min, data: data31 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data31 < 0 || isNaN(data31)) {
              const err77 = { instancePath: instancePath + "/inspector-score/min", schemaPath: "#/definitions/range/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.min, data: data31 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/inspector-score/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.min.type, parentSchema: schema35.properties.min, data: data31 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data30.max !== void 0) {
          let data32 = data30.max;
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 > 10 || isNaN(data32)) {
              const err79 = { instancePath: instancePath + "/inspector-score/max", schemaPath: "#/definitions/range/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema35.properties.max, data: data32 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data32 < 0 || isNaN(data32)) {
              const err80 = { instancePath: instancePath + "/inspector-score/max", schemaPath: "#/definitions/range/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.max, data: data32 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/inspector-score/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.max.type, parentSchema: schema35.properties.max, data: data32 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/inspector-score", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data30 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.kev !== void 0) {
      let data33 = data.kev;
      if (typeof data33 !== "boolean") {
        const err83 = { instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.kev.type, parentSchema: schema27.properties.kev, data: data33 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.package !== void 0) {
      let data34 = data.package;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (Object.keys(data34).length < 1) {
          const err84 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27.properties.package, data: data34 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        for (const key6 in data34) {
          if (!(key6 === "name" || key6 === "version")) {
            const err85 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.package, data: data34 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data34.name !== void 0) {
          if (!validate13(data34.name, { instancePath: instancePath + "/package/name", parentData: data34, parentDataProperty: "name", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data34.version !== void 0) {
          if (!validate13(data34.version, { instancePath: instancePath + "/package/version", parentData: data34, parentDataProperty: "version", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.package.type, parentSchema: schema27.properties.package, data: data34 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data37 = data.resource;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        if (Object.keys(data37).length < 1) {
          const err87 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27.properties.resource, data: data37 };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        for (const key7 in data37) {
          if (!(key7 === "type" || key7 === "id" || key7 === "tags" || key7 === "ecr-repository" || key7 === "ecr-image-tag" || key7 === "lambda-function")) {
            const err88 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.resource, data: data37 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data37.type !== void 0) {
          let data38 = data37.type;
          const _errs111 = errors;
          let valid37 = true;
          const _errs112 = errors;
          if (!Array.isArray(data38)) {
            const err89 = {};
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          var _valid4 = _errs112 === errors;
          errors = _errs111;
          if (vErrors !== null) {
            if (_errs111) {
              vErrors.length = _errs111;
            } else {
              vErrors = null;
            }
          }
          let ifClause4;
          if (_valid4) {
            const _errs114 = errors;
            if (Array.isArray(data38)) {
              if (data38.length > 5) {
                const err90 = { instancePath: instancePath + "/resource/type", schemaPath: "#/properties/resource/properties/type/then/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema27.properties.resource.properties.type.then, data: data38 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (data38.length < 1) {
                const err91 = { instancePath: instancePath + "/resource/type", schemaPath: "#/properties/resource/properties/type/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties.resource.properties.type.then, data: data38 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              const len4 = data38.length;
              for (let i8 = 0; i8 < len4; i8++) {
                let data39 = data38[i8];
                if (typeof data39 !== "string") {
                  const err92 = { instancePath: instancePath + "/resource/type/" + i8, schemaPath: "#/definitions/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (!(data39 === "AWS_ECR_CONTAINER_IMAGE" || data39 === "AWS_EC2_INSTANCE" || data39 === "AWS_LAMBDA_FUNCTION" || data39 === "AWS_ECR_REPOSITORY" || data39 === "CODE_REPOSITORY")) {
                  const err93 = { instancePath: instancePath + "/resource/type/" + i8, schemaPath: "#/definitions/resourceType/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              let i9 = data38.length;
              let j4;
              if (i9 > 1) {
                outer4:
                  for (; i9--; ) {
                    for (j4 = i9; j4--; ) {
                      if (func0(data38[i9], data38[j4])) {
                        const err94 = { instancePath: instancePath + "/resource/type", schemaPath: "#/properties/resource/properties/type/then/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema27.properties.resource.properties.type.then, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                        break outer4;
                      }
                    }
                  }
              }
            } else {
              const err95 = { instancePath: instancePath + "/resource/type", schemaPath: "#/properties/resource/properties/type/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.resource.properties.type.then.type, parentSchema: schema27.properties.resource.properties.type.then, data: data38 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            var _valid4 = _errs114 === errors;
            valid37 = _valid4;
            ifClause4 = "then";
          } else {
            const _errs119 = errors;
            if (typeof data38 !== "string") {
              const err96 = { instancePath: instancePath + "/resource/type", schemaPath: "#/definitions/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data38 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (!(data38 === "AWS_ECR_CONTAINER_IMAGE" || data38 === "AWS_EC2_INSTANCE" || data38 === "AWS_LAMBDA_FUNCTION" || data38 === "AWS_ECR_REPOSITORY" || data38 === "CODE_REPOSITORY")) {
              const err97 = { instancePath: instancePath + "/resource/type", schemaPath: "#/definitions/resourceType/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data38 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            var _valid4 = _errs119 === errors;
            valid37 = _valid4;
            ifClause4 = "else";
          }
          if (!valid37) {
            const err98 = { instancePath: instancePath + "/resource/type", schemaPath: "#/properties/resource/properties/type/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema27.properties.resource.properties.type.if, parentSchema: schema27.properties.resource.properties.type, data: data38 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data37.id !== void 0) {
          if (!validate13(data37.id, { instancePath: instancePath + "/resource/id", parentData: data37, parentDataProperty: "id", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data37.tags !== void 0) {
          if (!validate17(data37.tags, { instancePath: instancePath + "/resource/tags", parentData: data37, parentDataProperty: "tags", rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
        if (data37["ecr-repository"] !== void 0) {
          if (!validate13(data37["ecr-repository"], { instancePath: instancePath + "/resource/ecr-repository", parentData: data37, parentDataProperty: "ecr-repository", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data37["ecr-image-tag"] !== void 0) {
          if (!validate13(data37["ecr-image-tag"], { instancePath: instancePath + "/resource/ecr-image-tag", parentData: data37, parentDataProperty: "ecr-image-tag", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data37["lambda-function"] !== void 0) {
          if (!validate13(data37["lambda-function"], { instancePath: instancePath + "/resource/lambda-function", parentData: data37, parentDataProperty: "lambda-function", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.resource.type, parentSchema: schema27.properties.resource, data: data37 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
  } else {
    const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err100];
    } else {
      vErrors.push(err100);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "description" || key0 === "level" || key0 === "max" || key0 === "match" || key0 === "baseline" || key0 === "fleet")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func3(data0) > 128) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func3(data1) > 2e3) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema24.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.description.type, parentSchema: schema24.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data2 = data.level;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.level.type, parentSchema: schema24.properties.level, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "error" || data2 === "warning")) {
        const err11 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema24.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.level.enum, parentSchema: schema24.properties.level, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data3 = data.max;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e9 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.match !== void 0) {
      if (!validate12(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.baseline !== void 0) {
      let data5 = data.baseline;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5["new-only"] === void 0) {
          const err15 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/baselineSettings/required", keyword: "required", params: { missingProperty: "new-only" }, message: "must have required property 'new-only'", schema: schema22.required, parentSchema: schema22, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "new-only")) {
            const err16 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/baselineSettings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5["new-only"] !== void 0) {
          let data6 = data5["new-only"];
          if (typeof data6 !== "boolean") {
            const err17 = { instancePath: instancePath + "/baseline/new-only", schemaPath: "#/definitions/baselineSettings/properties/new-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties["new-only"].type, parentSchema: schema22.properties["new-only"], data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/baselineSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.fleet !== void 0) {
      let data7 = data.fleet;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.limits === void 0) {
          const err19 = { instancePath: instancePath + "/fleet", schemaPath: "#/definitions/fleetSettings/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'", schema: schema23.required, parentSchema: schema23, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "limits")) {
            const err20 = { instancePath: instancePath + "/fleet", schemaPath: "#/definitions/fleetSettings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.limits !== void 0) {
          let data8 = data7.limits;
          if (typeof data8 !== "string") {
            const err21 = { instancePath: instancePath + "/fleet/limits", schemaPath: "#/definitions/fleetSettings/properties/limits/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.limits.type, parentSchema: schema23.properties.limits, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (!(data8 === "per-gate" || data8 === "total")) {
            const err22 = { instancePath: instancePath + "/fleet/limits", schemaPath: "#/definitions/fleetSettings/properties/limits/enum", keyword: "enum", params: { allowedValues: schema23.properties.limits.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.limits.enum, parentSchema: schema23.properties.limits, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/fleet", schemaPath: "#/definitions/fleetSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema49 = { "title": "an exception", "type": "object", "additionalProperties": false, "required": ["id", "reason", "expires", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "reason": { "title": "a non-empty reason", "description": "Why the waiver is acceptable.", "type": "string", "minLength": 1, "maxLength": 2e3, "pattern": "\\S" }, "expires": { "title": "a date YYYY-MM-DD", "description": "The last day (UTC) the exception applies.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date" }, "owner": { "title": "an owner", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "title": "a ticket reference", "type": "string", "minLength": 1, "maxLength": 200 }, "applies-to": { "title": 'a list of rule ids and/or "severity"', "description": 'What the exception waives findings from: rule ids and/or "severity" (the severity limits). Default: everything.', "type": "array", "minItems": 1, "maxItems": 1e3, "uniqueItems": true, "items": { "$ref": "#/definitions/id" } }, "match": { "title": "a map of conditions (at least one)", "description": "The findings this exception waives: the same conditions as a rule; at least one is required.", "allOf": [{ "$ref": "#/definitions/match" }, { "type": "object", "minProperties": 1 }] } } };
var pattern2 = new RegExp("\\S", "u");
var pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var formats0 = formats.date;
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "reason" || key0 === "expires" || key0 === "owner" || key0 === "ticket" || key0 === "applies-to" || key0 === "match")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func3(data0) > 128) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func3(data1) > 2e3) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema49.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern2.test(data1)) {
          const err11 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema49.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.reason.type, parentSchema: schema49.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!pattern3.test(data2)) {
          const err13 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema49.properties.expires, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err14 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema49.properties.expires, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.expires.type, parentSchema: schema49.properties.expires, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (func3(data3) > 200) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema49.properties.owner, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func3(data3) < 1) {
          const err17 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.owner, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.owner.type, parentSchema: schema49.properties.owner, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data4 = data.ticket;
      if (typeof data4 === "string") {
        if (func3(data4) > 200) {
          const err19 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema49.properties.ticket, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func3(data4) < 1) {
          const err20 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.ticket, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.ticket.type, parentSchema: schema49.properties.ticket, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["applies-to"] !== void 0) {
      let data5 = data["applies-to"];
      if (Array.isArray(data5)) {
        if (data5.length > 1e3) {
          const err22 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema49.properties["applies-to"], data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data5.length < 1) {
          const err23 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties["applies-to"], data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func3(data6) > 128) {
              const err24 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema25, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (func3(data6) < 1) {
              const err25 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data6 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern0.test(data6)) {
              const err26 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema25, data: data6 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data6 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data5[i1], data5[j0])) {
                  const err28 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema49.properties["applies-to"], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err29 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties["applies-to"].type, parentSchema: schema49.properties["applies-to"], data: data5 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data7 = data.match;
      if (!validate12(data7, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length < 1) {
          const err30 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/allOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema49.properties.match.allOf[1], data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.match.allOf[1].type, parentSchema: schema49.properties.match.allOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func3(data1) > 200) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data2 = data.extends;
      const _errs6 = errors;
      let valid1 = true;
      const _errs7 = errors;
      if (!Array.isArray(data2)) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      errors = _errs6;
      if (vErrors !== null) {
        if (_errs6) {
          vErrors.length = _errs6;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs9 = errors;
        if (Array.isArray(data2)) {
          if (data2.length > 32) {
            const err7 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/then/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema11.properties.extends.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data2.length < 1) {
            const err8 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.extends.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (typeof data3 === "string") {
              if (func3(data3) > 1024) {
                const err9 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (func3(data3) < 1) {
                const err10 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.then.type, parentSchema: schema11.properties.extends.then, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs14 = errors;
        if (typeof data2 === "string") {
          if (func3(data2) > 1024) {
            const err13 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/extendsEntry/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (func3(data2) < 1) {
            const err14 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/extendsEntry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/extendsEntry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid0 = _errs14 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err16 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.extends.if, parentSchema: schema11.properties.extends, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (Object.keys(data4).length < 1) {
          const err17 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.severity, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "fail-on" || key1 === "max" || key1 === "baseline" || key1 === "fleet")) {
            const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.severity, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4["fail-on"] !== void 0) {
          let data5 = data4["fail-on"];
          if (typeof data5 !== "string") {
            const err19 = { instancePath: instancePath + "/severity/fail-on", schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data5 === "Critical" || data5 === "High" || data5 === "Medium" || data5 === "Low" || data5 === "Informational" || data5 === "Untriaged" || data5 === "Undefined")) {
            const err20 = { instancePath: instancePath + "/severity/fail-on", schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.max !== void 0) {
          let data6 = data4.max;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (Object.keys(data6).length < 1) {
              const err21 = { instancePath: instancePath + "/severity/max", schemaPath: "#/properties/severity/properties/max/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.severity.properties.max, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "Critical" || key2 === "High" || key2 === "Medium" || key2 === "Low" || key2 === "Informational" || key2 === "Untriaged" || key2 === "Undefined")) {
                const err22 = { instancePath: instancePath + "/severity/max", schemaPath: "#/properties/severity/properties/max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.severity.properties.max, data: data6 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.Critical !== void 0) {
              let data7 = data6.Critical;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err23 = { instancePath: instancePath + "/severity/max/Critical", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 1e9 || isNaN(data7)) {
                  const err24 = { instancePath: instancePath + "/severity/max/Critical", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err25 = { instancePath: instancePath + "/severity/max/Critical", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data6.High !== void 0) {
              let data8 = data6.High;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err26 = { instancePath: instancePath + "/severity/max/High", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 1e9 || isNaN(data8)) {
                  const err27 = { instancePath: instancePath + "/severity/max/High", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data8 < 0 || isNaN(data8)) {
                  const err28 = { instancePath: instancePath + "/severity/max/High", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data6.Medium !== void 0) {
              let data9 = data6.Medium;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err29 = { instancePath: instancePath + "/severity/max/Medium", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 1e9 || isNaN(data9)) {
                  const err30 = { instancePath: instancePath + "/severity/max/Medium", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data9 < 0 || isNaN(data9)) {
                  const err31 = { instancePath: instancePath + "/severity/max/Medium", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            }
            if (data6.Low !== void 0) {
              let data10 = data6.Low;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err32 = { instancePath: instancePath + "/severity/max/Low", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data10 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 1e9 || isNaN(data10)) {
                  const err33 = { instancePath: instancePath + "/severity/max/Low", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data10 < 0 || isNaN(data10)) {
                  const err34 = { instancePath: instancePath + "/severity/max/Low", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data6.Informational !== void 0) {
              let data11 = data6.Informational;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err35 = { instancePath: instancePath + "/severity/max/Informational", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data11 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 > 1e9 || isNaN(data11)) {
                  const err36 = { instancePath: instancePath + "/severity/max/Informational", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                  const err37 = { instancePath: instancePath + "/severity/max/Informational", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
            if (data6.Untriaged !== void 0) {
              let data12 = data6.Untriaged;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err38 = { instancePath: instancePath + "/severity/max/Untriaged", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data12 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 > 1e9 || isNaN(data12)) {
                  const err39 = { instancePath: instancePath + "/severity/max/Untriaged", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data12 < 0 || isNaN(data12)) {
                  const err40 = { instancePath: instancePath + "/severity/max/Untriaged", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data6.Undefined !== void 0) {
              let data13 = data6.Undefined;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err41 = { instancePath: instancePath + "/severity/max/Undefined", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data13 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 > 1e9 || isNaN(data13)) {
                  const err42 = { instancePath: instancePath + "/severity/max/Undefined", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (data13 < 0 || isNaN(data13)) {
                  const err43 = { instancePath: instancePath + "/severity/max/Undefined", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/severity/max", schemaPath: "#/properties/severity/properties/max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.severity.properties.max.type, parentSchema: schema11.properties.severity.properties.max, data: data6 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data4.baseline !== void 0) {
          let data14 = data4.baseline;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14["new-only"] === void 0) {
              const err45 = { instancePath: instancePath + "/severity/baseline", schemaPath: "#/definitions/baselineSettings/required", keyword: "required", params: { missingProperty: "new-only" }, message: "must have required property 'new-only'", schema: schema22.required, parentSchema: schema22, data: data14 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "new-only")) {
                const err46 = { instancePath: instancePath + "/severity/baseline", schemaPath: "#/definitions/baselineSettings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data: data14 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data14["new-only"] !== void 0) {
              let data15 = data14["new-only"];
              if (typeof data15 !== "boolean") {
                const err47 = { instancePath: instancePath + "/severity/baseline/new-only", schemaPath: "#/definitions/baselineSettings/properties/new-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties["new-only"].type, parentSchema: schema22.properties["new-only"], data: data15 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/severity/baseline", schemaPath: "#/definitions/baselineSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data: data14 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data4.fleet !== void 0) {
          let data16 = data4.fleet;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.limits === void 0) {
              const err49 = { instancePath: instancePath + "/severity/fleet", schemaPath: "#/definitions/fleetSettings/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'", schema: schema23.required, parentSchema: schema23, data: data16 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            for (const key4 in data16) {
              if (!(key4 === "limits")) {
                const err50 = { instancePath: instancePath + "/severity/fleet", schemaPath: "#/definitions/fleetSettings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data16 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data16.limits !== void 0) {
              let data17 = data16.limits;
              if (typeof data17 !== "string") {
                const err51 = { instancePath: instancePath + "/severity/fleet/limits", schemaPath: "#/definitions/fleetSettings/properties/limits/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.limits.type, parentSchema: schema23.properties.limits, data: data17 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (!(data17 === "per-gate" || data17 === "total")) {
                const err52 = { instancePath: instancePath + "/severity/fleet/limits", schemaPath: "#/definitions/fleetSettings/properties/limits/enum", keyword: "enum", params: { allowedValues: schema23.properties.limits.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.limits.enum, parentSchema: schema23.properties.limits, data: data17 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/severity/fleet", schemaPath: "#/definitions/fleetSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data16 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.severity.type, parentSchema: schema11.properties.severity, data: data4 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data18 = data.rules;
      if (Array.isArray(data18)) {
        if (data18.length > 1e4) {
          const err55 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema11.properties.rules, data: data18 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate11(data18[i1], { instancePath: instancePath + "/rules/" + i1, parentData: data18, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data18 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data20 = data.exceptions;
      if (Array.isArray(data20)) {
        if (data20.length > 1e4) {
          const err57 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema11.properties.exceptions, data: data20 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate35(data20[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data20, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data20 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.coverage !== void 0) {
      let data22 = data.coverage;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (Object.keys(data22).length < 1) {
          const err59 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.coverage, data: data22 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key5 in data22) {
          if (!(key5 === "min-agents" || key5 === "unhealthy-agents" || key5 === "inactive-resources")) {
            const err60 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.coverage, data: data22 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data22["min-agents"] !== void 0) {
          let data23 = data22["min-agents"];
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err61 = { instancePath: instancePath + "/coverage/min-agents", schemaPath: "#/properties/coverage/properties/min-agents/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.coverage.properties["min-agents"].type, parentSchema: schema11.properties.coverage.properties["min-agents"], data: data23 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 1e6 || isNaN(data23)) {
              const err62 = { instancePath: instancePath + "/coverage/min-agents", schemaPath: "#/properties/coverage/properties/min-agents/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema11.properties.coverage.properties["min-agents"], data: data23 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data23 < 1 || isNaN(data23)) {
              const err63 = { instancePath: instancePath + "/coverage/min-agents", schemaPath: "#/properties/coverage/properties/min-agents/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.coverage.properties["min-agents"], data: data23 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        }
        if (data22["unhealthy-agents"] !== void 0) {
          let data24 = data22["unhealthy-agents"];
          if (typeof data24 !== "string") {
            const err64 = { instancePath: instancePath + "/coverage/unhealthy-agents", schemaPath: "#/properties/coverage/properties/unhealthy-agents/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.coverage.properties["unhealthy-agents"].type, parentSchema: schema11.properties.coverage.properties["unhealthy-agents"], data: data24 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (!(data24 === "fail" || data24 === "warn" || data24 === "ignore")) {
            const err65 = { instancePath: instancePath + "/coverage/unhealthy-agents", schemaPath: "#/properties/coverage/properties/unhealthy-agents/enum", keyword: "enum", params: { allowedValues: schema11.properties.coverage.properties["unhealthy-agents"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.coverage.properties["unhealthy-agents"].enum, parentSchema: schema11.properties.coverage.properties["unhealthy-agents"], data: data24 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data22["inactive-resources"] !== void 0) {
          let data25 = data22["inactive-resources"];
          if (typeof data25 !== "string") {
            const err66 = { instancePath: instancePath + "/coverage/inactive-resources", schemaPath: "#/properties/coverage/properties/inactive-resources/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.coverage.properties["inactive-resources"].type, parentSchema: schema11.properties.coverage.properties["inactive-resources"], data: data25 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (!(data25 === "fail" || data25 === "warn" || data25 === "ignore")) {
            const err67 = { instancePath: instancePath + "/coverage/inactive-resources", schemaPath: "#/properties/coverage/properties/inactive-resources/enum", keyword: "enum", params: { allowedValues: schema11.properties.coverage.properties["inactive-resources"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.coverage.properties["inactive-resources"].enum, parentSchema: schema11.properties.coverage.properties["inactive-resources"], data: data25 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.coverage.type, parentSchema: schema11.properties.coverage, data: data22 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data26 = data.baseline;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26["new-only"] === void 0) {
          const err69 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/baselineSettings/required", keyword: "required", params: { missingProperty: "new-only" }, message: "must have required property 'new-only'", schema: schema22.required, parentSchema: schema22, data: data26 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        for (const key6 in data26) {
          if (!(key6 === "new-only")) {
            const err70 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/baselineSettings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data: data26 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data26["new-only"] !== void 0) {
          let data27 = data26["new-only"];
          if (typeof data27 !== "boolean") {
            const err71 = { instancePath: instancePath + "/baseline/new-only", schemaPath: "#/definitions/baselineSettings/properties/new-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties["new-only"].type, parentSchema: schema22.properties["new-only"], data: data27 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/baselineSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data: data26 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.fleet !== void 0) {
      let data28 = data.fleet;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.limits === void 0) {
          const err73 = { instancePath: instancePath + "/fleet", schemaPath: "#/definitions/fleetSettings/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'", schema: schema23.required, parentSchema: schema23, data: data28 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        for (const key7 in data28) {
          if (!(key7 === "limits")) {
            const err74 = { instancePath: instancePath + "/fleet", schemaPath: "#/definitions/fleetSettings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data28 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data28.limits !== void 0) {
          let data29 = data28.limits;
          if (typeof data29 !== "string") {
            const err75 = { instancePath: instancePath + "/fleet/limits", schemaPath: "#/definitions/fleetSettings/properties/limits/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.limits.type, parentSchema: schema23.properties.limits, data: data29 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (!(data29 === "per-gate" || data29 === "total")) {
            const err76 = { instancePath: instancePath + "/fleet/limits", schemaPath: "#/definitions/fleetSettings/properties/limits/enum", keyword: "enum", params: { allowedValues: schema23.properties.limits.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.limits.enum, parentSchema: schema23.properties.limits, data: data29 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/fleet", schemaPath: "#/definitions/fleetSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data28 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
  } else {
    const err78 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/schema.ts
var policySchema = schema_default;
function policyValidator() {
  return validate;
}

// src/policy/load.ts
var PRESET_PREFIX = "inspector-gate:";
var presetsDirCache;
function presetsDir() {
  if (presetsDirCache !== void 0) return presetsDirCache ?? void 0;
  presetsDirCache = null;
  for (const candidate of ["../policies/", "../../policies/"]) {
    try {
      const dir = fileURLToPath(new URL(candidate, import.meta.url));
      if (existsSync(join(dir, "default.yml"))) {
        presetsDirCache = dir;
        break;
      }
    } catch {
    }
  }
  return presetsDirCache ?? void 0;
}
function presetNames() {
  const dir = presetsDir();
  if (dir === void 0) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".yml")).map((f) => f.slice(0, -4)).sort();
}
function location(file, pointer, key = false) {
  const located = file.positions.get(pointer);
  const at = (key ? located?.key : void 0) ?? located?.value ?? { line: 1, column: 1 };
  const place = { file: file.label, line: at.line, column: at.column, path: displayPath(pointer) };
  return file.via ? { ...place, via: file.via } : place;
}
function sourceOf(place) {
  const source2 = { file: place.file, line: place.line, column: place.column };
  return place.via ? { ...source2, via: place.via } : source2;
}
function toPosition(loc) {
  return { line: loc.line, column: loc.column };
}
function nodeError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}
var Loader = class {
  constructor(cwd, source2) {
    this.cwd = cwd;
    this.source = source2;
  }
  cwd;
  source;
  problems = [];
  order = [];
  state = /* @__PURE__ */ new Map();
  problem(file, position, message) {
    this.problems.push(position ? { file, position, message } : { file, message });
  }
  /** A problem at a place, its message prefixed with the key path ("rules[0].id: ..."). */
  report(at, message) {
    this.problem(at.file, toPosition(at), at.path === "" ? message : `${at.path}: ${message}`);
  }
  async load(source2, stack, via) {
    const key = source2.path ?? `inline:${source2.label}`;
    if (this.state.get(key) === "loading") {
      const cycle = [...stack.slice(stack.indexOf(key)), key].map((k) => this.labelOfKey(k)).join(" -> ");
      if (via) this.report(via, `creates a cycle: ${cycle}`);
      return;
    }
    if (this.state.has(key)) return;
    this.state.set(key, "loading");
    this.labels.set(key, source2.label);
    try {
      const text = source2.text ?? await this.read(source2, via);
      if (text === void 0) return;
      const parsed = parseYaml(text, source2.label);
      if (!parsed.tree) {
        this.problems.push(...parsed.problems);
        return;
      }
      const validate2 = policyValidator();
      if (!validate2(parsed.tree.data)) {
        this.problems.push(
          ...convertAjvErrors(validate2.errors ?? [], source2.label, parsed.tree.positions, policySchema)
        );
        return;
      }
      const file = {
        label: source2.label,
        data: parsed.tree.data,
        positions: parsed.tree.positions,
        root: source2.root,
        ...source2.via ? { via: source2.via } : {}
      };
      this.checkFile(file);
      const entries = file.data.extends === void 0 ? [] : [file.data.extends].flat();
      const isList = Array.isArray(file.data.extends);
      for (const [index, entry] of entries.entries()) {
        const pointer = isList ? pointerChild("/extends", index) : "/extends";
        const at = location(file, pointer);
        const resolved = this.resolveExtends(entry, source2, at);
        const via2 = source2.via ?? (resolved?.label.startsWith(PRESET_PREFIX) ? { preset: resolved.label, file: at.file, line: at.line, column: at.column } : void 0);
        const child = resolved && via2 ? { ...resolved, via: via2 } : resolved;
        if (child) await this.load(child, [...stack, key], at);
      }
      this.order.push(file);
    } finally {
      this.state.set(key, "done");
    }
  }
  labels = /* @__PURE__ */ new Map();
  labelOfKey(key) {
    return this.labels.get(key) ?? key;
  }
  async read(source2, via) {
    const path = source2.path;
    const report = (message) => {
      if (via) this.report(via, `cannot read '${source2.label}': ${message}`);
      else this.problem(source2.label, void 0, `cannot read the policy file: ${message}`);
    };
    try {
      const info = await stat2(path);
      if (info.isDirectory()) {
        report("is a directory, not a file");
        return void 0;
      }
      if (info.size > MAX_POLICY_BYTES) {
        this.problem(
          source2.label,
          { line: 1, column: 1 },
          `policy file too large (${info.size} bytes; at most ${MAX_POLICY_BYTES}): a policy is a short, reviewed document`
        );
        return void 0;
      }
      return await readFile(path, "utf8");
    } catch (error) {
      report(nodeError(error));
      return void 0;
    }
  }
  resolveExtends(entry, from, at) {
    if (entry.startsWith(PRESET_PREFIX)) {
      const name = entry.slice(PRESET_PREFIX.length);
      const dir = presetsDir();
      const names = presetNames();
      if (dir === void 0) {
        this.report(at, `cannot find the shipped presets (policies/) to resolve '${entry}'`);
        return void 0;
      }
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !names.includes(name)) {
        const suggestion = didYouMean(name, names);
        this.report(
          at,
          `unknown preset '${entry}'${suggestion ? `; did you mean '${PRESET_PREFIX}${suggestion}'?` : ""} (shipped presets: ${listOf2(names.map((n) => PRESET_PREFIX + n))})`
        );
        return void 0;
      }
      const path2 = join(dir, `${name}.yml`);
      return { label: entry, path: path2, dir, root: false };
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(entry)) {
      this.report(
        at,
        `URLs are not supported ('${entry}'); expected a preset (${PRESET_PREFIX}<name>) or a path relative to this file`
      );
      return void 0;
    }
    const path = resolve(from.dir, entry);
    if (!this.confined(path)) {
      this.report(
        at,
        `'${entry}' is outside the working directory: a policy may extend shipped presets (${PRESET_PREFIX}<name>) and files within the working directory or beside the policy given, nothing else`
      );
      return void 0;
    }
    return { label: this.labelFor(path), path, dir: dirname(path), root: false };
  }
  /**
   * Policies arrive in pull requests: `extends` must not reach files outside the repository (secrets,
   * /proc/self/environ) and quote them into a log. A path (after following symbolic links) must lie
   * within the working directory or within the directory of a policy file the user named.
   */
  confined(path) {
    let real;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    return this.allowedDirs.some(
      (dir) => real === dir || real.startsWith(dir.endsWith(sep) ? dir : dir + sep)
    );
  }
  allowedDirs = [];
  /** Lets `extends` reach files within `dir` (the working directory, and the directory of each named policy). */
  allow(dir) {
    for (const d of [dir, realOrSelf(dir)]) if (!this.allowedDirs.includes(d)) this.allowedDirs.push(d);
  }
  /** Presets by their preset name; other files relative to the working directory. */
  labelFor(path) {
    const dir = presetsDir();
    if (dir !== void 0 && dirname(path) + sep === (dir.endsWith(sep) ? dir : dir + sep) && path.endsWith(".yml")) {
      return PRESET_PREFIX + path.slice(dirname(path).length + 1, -4);
    }
    const rel = relative(this.cwd, path);
    return rel === "" || isAbsolute(rel) ? path : rel;
  }
  // -------------------------------------------------------------------------------------------------
  // Checks within one file
  checkFile(file) {
    const { data } = file;
    for (const [i, rule] of (data.rules ?? []).entries()) {
      const base = pointerChild("/rules", i);
      if (rule.id === "severity") {
        this.report(
          location(file, pointerChild(base, "id")),
          "rule id 'severity' is reserved (applies-to uses it to mean the severity limits); choose another id"
        );
      }
      this.checkMatch(file, rule.match, pointerChild(base, "match"));
    }
    for (const [i, exception] of (data.exceptions ?? []).entries()) {
      this.checkMatch(file, exception.match, pointerChild(pointerChild("/exceptions", i), "match"));
    }
  }
  checkMatch(file, match, pointer) {
    checkMatch(
      match,
      pointer,
      (at, message, key) => this.report(location(file, at, key), message),
      this.source
    );
  }
  // -------------------------------------------------------------------------------------------------
  // Checks across every loaded file
  checkAll() {
    const ruleIds = /* @__PURE__ */ new Map();
    const exceptionIds = /* @__PURE__ */ new Map();
    for (const file of this.order) {
      for (const [i, rule] of (file.data.rules ?? []).entries()) {
        const at = location(file, pointerChild(pointerChild("/rules", i), "id"));
        const first = ruleIds.get(rule.id);
        if (first) {
          this.report(
            at,
            `duplicate rule id '${rule.id}': already defined at ${first.file}:${first.line}:${first.column}`
          );
        } else ruleIds.set(rule.id, at);
      }
      for (const [i, exception] of (file.data.exceptions ?? []).entries()) {
        const at = location(file, pointerChild(pointerChild("/exceptions", i), "id"));
        const first = exceptionIds.get(exception.id);
        if (first) {
          this.report(
            at,
            `duplicate exception id '${exception.id}': already defined at ${first.file}:${first.line}:${first.column}`
          );
        } else exceptionIds.set(exception.id, at);
      }
    }
    const known = [...ruleIds.keys()];
    for (const file of this.order) {
      for (const [i, exception] of (file.data.exceptions ?? []).entries()) {
        const base = pointerChild(pointerChild("/exceptions", i), "applies-to");
        for (const [j, id] of (exception["applies-to"] ?? []).entries()) {
          if (id === "severity" || ruleIds.has(id)) continue;
          const at = location(file, pointerChild(base, j));
          const suggestion = didYouMean(id, [...known, "severity"]);
          this.report(
            at,
            `unknown rule id '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (expected a rule id defined in the loaded policies${known.length > 0 ? `: ${listOf2(known)}` : ""}, or "severity")`
          );
        }
      }
    }
  }
};
var UNHEALTHY_STRICTNESS = { ignore: 0, warn: 1, fail: 2 };
function strictest(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return UNHEALTHY_STRICTNESS[a] >= UNHEALTHY_STRICTNESS[b] ? a : b;
}
function limitsOf2(file) {
  const severity = file.data.severity;
  if (severity === void 0) return [];
  const out = /* @__PURE__ */ new Map();
  const failOn = severity["fail-on"];
  if (failOn !== void 0) {
    const source2 = sourceOf(location(file, "/severity/fail-on"));
    for (const s of SEVERITIES) {
      if (SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]) out.set(s, { severity: s, max: 0, source: source2 });
    }
  }
  for (const s of SEVERITIES) {
    const max = severity.max?.[s];
    if (max !== void 0)
      out.set(s, { severity: s, max, source: sourceOf(location(file, `/severity/max/${s}`)) });
  }
  const modes = {
    ...severity.baseline !== void 0 ? { newOnly: severity.baseline["new-only"] } : {},
    ...severity.fleet !== void 0 ? { fleet: severity.fleet.limits } : {}
  };
  return [...out.values()].map((limit) => ({ ...limit, ...modes }));
}
function merge(files) {
  const limits = /* @__PURE__ */ new Map();
  const rules = [];
  const exceptions = [];
  let coverage = { minAgents: 1, unhealthyAgents: "warn" };
  let coverageSet = false;
  let baseline;
  let fleet;
  for (const file of files) {
    for (const limit of limitsOf2(file)) {
      const current = limits.get(limit.severity);
      if (current === void 0 || limit.max <= current.max) limits.set(limit.severity, limit);
    }
    for (const [i, raw] of (file.data.rules ?? []).entries()) {
      const base = pointerChild("/rules", i);
      rules.push({
        id: raw.id,
        ...raw.description !== void 0 ? { description: raw.description } : {},
        level: raw.level ?? "error",
        max: raw.max ?? 0,
        match: matchOf(raw.match),
        source: sourceOf(location(file, pointerChild(base, "id"))),
        ...raw.baseline !== void 0 ? { newOnly: raw.baseline["new-only"] } : {},
        ...raw.fleet !== void 0 ? { fleet: raw.fleet.limits } : {}
      });
    }
    for (const [i, raw] of (file.data.exceptions ?? []).entries()) {
      const base = pointerChild("/exceptions", i);
      exceptions.push({
        id: raw.id,
        reason: raw.reason,
        expires: raw.expires,
        ...raw.owner !== void 0 ? { owner: raw.owner } : {},
        ...raw.ticket !== void 0 ? { ticket: raw.ticket } : {},
        ...raw["applies-to"] !== void 0 ? { appliesTo: [...raw["applies-to"]] } : {},
        match: matchOf(raw.match),
        source: sourceOf(location(file, pointerChild(base, "id")))
      });
    }
    const b = file.data.baseline;
    if (b !== void 0 && (baseline === void 0 || baseline.newOnly && !b["new-only"])) {
      baseline = { newOnly: b["new-only"], source: sourceOf(location(file, "/baseline", true)) };
    }
    const f = file.data.fleet;
    if (f !== void 0 && (fleet === void 0 || fleet.limits === "per-gate" && f.limits === "total")) {
      fleet = { limits: f.limits, source: sourceOf(location(file, "/fleet", true)) };
    }
    const c = file.data.coverage;
    if (c !== void 0) {
      const source2 = sourceOf(location(file, "/coverage", true));
      const minAgents = Math.max(coverage.minAgents, c["min-agents"] ?? 1);
      const unhealthy = c["unhealthy-agents"] ?? "warn";
      const stricter = UNHEALTHY_STRICTNESS[unhealthy] > UNHEALTHY_STRICTNESS[coverage.unhealthyAgents] ? unhealthy : coverage.unhealthyAgents;
      const inactive = strictest(c["inactive-resources"], coverage.inactiveResources);
      const changed = !coverageSet || minAgents !== coverage.minAgents || stricter !== coverage.unhealthyAgents || inactive !== coverage.inactiveResources;
      coverage = {
        minAgents,
        unhealthyAgents: stricter,
        ...inactive !== void 0 ? { inactiveResources: inactive } : {},
        ...changed ? { source: source2 } : coverage.source ? { source: coverage.source } : {}
      };
      coverageSet = true;
    }
  }
  const roots = files.filter((f) => f.root);
  const name = roots.find((f) => f.data.name !== void 0)?.data.name;
  return {
    version: 1,
    ...name !== void 0 ? { name } : {},
    files: files.map((f) => f.label),
    severityLimits: SEVERITIES.slice().reverse().flatMap((s) => {
      const limit = limits.get(s);
      return limit ? [limit] : [];
    }),
    rules,
    exceptions,
    coverage,
    ...baseline !== void 0 ? { baseline } : {},
    ...fleet !== void 0 ? { fleet } : {}
  };
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
async function loadPolicy(input, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const sources = [];
  if (typeof input === "string") {
    sources.push({ label: input, path: resolve(cwd, input), dir: dirname(resolve(cwd, input)), root: true });
  } else if (Array.isArray(input)) {
    for (const path of input) {
      sources.push({ label: path, path: resolve(cwd, path), dir: dirname(resolve(cwd, path)), root: true });
    }
  } else {
    const inline = input;
    const label = inline.file ?? "<inline>";
    const dir = inline.file !== void 0 ? dirname(resolve(cwd, inline.file)) : cwd;
    sources.push({ label, text: inline.text, dir, root: true });
  }
  if (sources.length === 0) {
    throw new ConfigError("POLICY_INVALID", "no policy given: expected at least one policy file");
  }
  const loader = new Loader(cwd, options.source);
  loader.allow(resolve(cwd));
  for (const source2 of sources) if (source2.path !== void 0) loader.allow(source2.dir);
  for (const source2 of sources) await loader.load(source2, []);
  if (loader.problems.length === 0) loader.checkAll();
  let policy;
  if (loader.problems.length === 0) {
    policy = merge(loader.order);
    if (policy.severityLimits.length === 0 && policy.rules.length === 0) {
      const first = loader.order.find((f) => f.root) ?? loader.order[0];
      const at = location(first, "/version", true);
      loader.problems.push({
        file: at.file,
        position: toPosition(at),
        message: "this policy can never fail: it sets no severity limit (severity.fail-on or severity.max) and no rule; add one, or extend inspector-gate:default"
      });
    }
  }
  if (loader.problems.length > 0 || policy === void 0) {
    const files = sources.map((s) => s.label);
    const lines = formatProblems(loader.problems, files);
    const count = loader.problems.length;
    throw new ConfigError(
      "POLICY_INVALID",
      `invalid policy (${files.join(", ")}): ${count} problem${count === 1 ? "" : "s"}`,
      lines
    );
  }
  return policy;
}

// src/result.ts
function runOf(result) {
  return result.source?.kind === "inspector-classic-run" ? result.source.run : null;
}
function isInspector2Coverage(coverage) {
  return coverage?.kind === "inspector2";
}

// src/report/escape.ts
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[ -/]*[0-~]/g;
var LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function stripAnsi(text) {
  return text.replace(ANSI_SEQUENCE, "");
}
function plainText(text, maxLength) {
  const clean2 = stripAnsi(String(text)).replace(LINE_BREAKS, " ").replace(CONTROLS, "").replace(BIDI, "").replace(LONE_SURROGATE, "�").replace(/ {2,}/g, " ").trim().replace(/##\[/g, "##​[").replace(/^::/, "​::");
  return maxLength === void 0 ? clean2 : truncate(clean2, maxLength);
}
function truncate(text, maxLength) {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  if (maxLength <= 1) return "…".slice(0, Math.max(0, maxLength));
  return `${chars.slice(0, maxLength - 1).join("").trimEnd()}…`;
}
var ZWSP = "&#8203;";
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()#!|~$&<>"']|@(?=[\p{L}\p{N}_-])|[Gg][Hh](?=-\d)/gu;
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeMarkdown(text, maxLength) {
  const clean2 = plainText(text, maxLength);
  const out = clean2.replace(MARKDOWN_SPECIAL, (match, offset) => {
    if (match === "@") return `@${ZWSP}`;
    if (match.length === 2) return `${match}${ZWSP}`;
    const entity = HTML_ENTITIES[match];
    if (entity !== void 0) return entity;
    if (match === "#" && /\d/.test(clean2[offset + 1] ?? "")) return `\\#${ZWSP}`;
    return `\\${match}`;
  });
  if (/^[-+=]/.test(out)) return `\\${out}`;
  const ordered = /^(\d{1,9})([.)])/.exec(out);
  if (ordered) return `${ordered[1]}\\${out.slice(ordered[1].length)}`;
  return out;
}
var XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function xmlChars(text) {
  return stripAnsi(String(text)).replace(XML_ILLEGAL, "").replace(LONE_SURROGATE, "�");
}
function escapeXml(text) {
  return xmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "	":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}
function toJsonText(value) {
  const text = JSON.stringify(value, null, 2);
  return text.includes("##[") ? text.replaceAll("##[", "##\\u005b") : text;
}

// src/report/facts.ts
var PACKAGES_SHOWN = 3;
var SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~/?#=&%+:,;-]*)?$/;
function safeUrl(url) {
  return url !== void 0 && url.length <= 500 && SAFE_URL.test(url) ? url : void 0;
}
function installedVersion(p) {
  const epoch = p.epoch !== void 0 && p.epoch !== 0 ? `${p.epoch}:` : "";
  const release = p.release !== void 0 && p.release !== "" ? `-${p.release}` : "";
  return `${epoch}${p.version}${release}`;
}
function fixedVersion(p) {
  const fixed = p.fixedInVersion;
  return fixed === void 0 || fixed === "" || fixed === "NotAvailable" ? void 0 : fixed;
}
function findingFacts(f) {
  const resources = f.resources ?? [];
  const packages = f.packageVulnerabilityDetails?.vulnerablePackages ?? [];
  const v2 = resources.length > 0 || f.packageVulnerabilityDetails !== void 0 || f.inspectorScore !== void 0 || f.epss !== void 0 || f.exploitAvailable !== void 0 || f.kev !== void 0;
  if (!v2) return void 0;
  const first = resources[0];
  const more = resources.length > 1 ? ` (+${resources.length - 1} more)` : "";
  const link = safeUrl(f.packageVulnerabilityDetails?.sourceUrl);
  return {
    ...first !== void 0 ? { resource: `${plainText(resourceLabel(first), 200)}${more}` } : {},
    packages: packages.slice(0, PACKAGES_SHOWN).map((p) => {
      const fixed = fixedVersion(p);
      return {
        installed: `${plainText(p.name, 100)}@${plainText(installedVersion(p), 100)}`,
        ...fixed !== void 0 ? { fixedIn: plainText(fixed, 100) } : {}
      };
    }),
    morePackages: Math.max(0, packages.length - PACKAGES_SHOWN),
    ...f.inspectorScore !== void 0 ? { inspectorScore: f.inspectorScore } : {},
    ...f.epss !== void 0 ? { epss: f.epss.score } : {},
    ...f.exploitAvailable !== void 0 ? { exploitAvailable: f.exploitAvailable === "YES" } : {},
    ...f.kev !== void 0 ? { kev: f.kev } : {},
    ...link !== void 0 ? { link } : {}
  };
}
function packageText(p) {
  return `${p.installed} → ${p.fixedIn ?? "no fix"}`;
}
function scoreText(n) {
  return String(Math.round(n * 1e4) / 1e4);
}
function flagTexts(facts) {
  const out = [];
  if (facts.inspectorScore !== void 0) out.push(`Inspector score ${scoreText(facts.inspectorScore)}`);
  if (facts.epss !== void 0) out.push(`EPSS ${scoreText(facts.epss)}`);
  if (facts.exploitAvailable === true) out.push("exploit available");
  if (facts.kev === true) out.push("CISA KEV");
  return out;
}
function packageTexts(facts) {
  const out = facts.packages.map(packageText);
  if (facts.morePackages > 0)
    out.push(`+${facts.morePackages} more package${facts.morePackages === 1 ? "" : "s"}`);
  return out;
}
function factsLine(facts, resource = true) {
  const parts = [
    ...resource && facts.resource !== void 0 ? [facts.resource] : [],
    ...packageTexts(facts),
    ...flagTexts(facts),
    ...facts.link !== void 0 ? [facts.link] : []
  ];
  return parts.join(" · ");
}
function securitySeverity(score) {
  if (score === void 0 || !Number.isFinite(score)) return void 0;
  return Math.min(10, Math.max(0, score)).toFixed(1);
}

// src/report/json-baseline.ts
function counts2(value) {
  const out = emptySeverityCounts();
  for (const s of SEVERITIES) out[s] = value[s] ?? 0;
  return out;
}
function jsonSample(sample) {
  return {
    fingerprint: sample.fingerprint,
    severity: sample.severity,
    findingId: sample.findingId ?? null,
    title: sample.title ?? null,
    subject: sample.subject
  };
}
function jsonFingerprints(result) {
  const log = result.evaluation?.fingerprints;
  if (log === void 0 || result.verdict === "error") return null;
  return {
    algorithm: log.algorithm,
    scope: result.scope ?? { service: null, lineage: [], detail: null },
    complete: result.findings.evaluated === result.findings.total,
    unfingerprinted: log.unfingerprinted,
    groups: log.groups.map((g) => ({
      severity: g.severity,
      rules: [...g.rules],
      fingerprints: [...g.fingerprints]
    }))
  };
}
function jsonComparison(result) {
  const use = result.baseline;
  const comparison = result.evaluation?.baseline;
  if (use === void 0 || comparison === void 0) return null;
  return {
    file: use.file,
    source: use.source,
    takenAt: use.takenAt,
    policyMatches: use.policyMatches,
    new: counts2(comparison.new),
    unchanged: counts2(comparison.unchanged),
    absent: counts2(comparison.absent),
    unfingerprinted: comparison.unfingerprinted,
    absentFindings: comparison.absentSamples.map(jsonSample)
  };
}
function jsonCheckBaseline(check) {
  return {
    baseline: check.baseline ? { ...check.baseline } : null,
    fleet: check.fleet ?? "per-gate"
  };
}
function jsonViolationBaseline(violation) {
  return {
    fingerprint: fingerprint(violation.finding) ?? null,
    baselineState: violation.baselineState ?? null
  };
}

// src/report/json-inspector2.ts
function jsonInspector2Source(source2) {
  const s = source2.scope;
  return {
    kind: "inspector2",
    severities: [...source2.severities],
    scope: {
      accounts: [...s.accounts ?? []],
      resourceTypes: [...s.resourceTypes ?? []],
      resourceIds: [...s.resourceIds ?? []],
      ecrRepositories: [...s.ecrRepositories ?? []],
      ecrImageDigests: [...s.ecrImageDigests ?? []],
      ecrImageTags: [...s.ecrImageTags ?? []],
      lambdaFunctions: [...s.lambdaFunctions ?? []],
      resourceTags: (s.resourceTags ?? []).map((t) => ({ key: t.key, value: t.value }))
    },
    allResources: source2.allResources,
    region: source2.region,
    accounts: [...source2.accounts],
    filterCriteria: source2.filterCriteria,
    includeSuppressed: source2.includeSuppressed,
    listed: { ...source2.listed },
    suppressed: source2.suppressed.map((f) => ({
      findingArn: f.arn,
      severity: f.severity,
      title: f.title ?? null,
      resource: f.resource ?? null
    })),
    waiting: { ...source2.waiting },
    kev: source2.kev ? { ...source2.kev } : null
  };
}
function jsonInspector2Coverage(cov) {
  return {
    kind: "inspector2",
    resources: cov.resources,
    scanned: cov.scanned,
    pending: cov.pending,
    inactive: cov.inactive,
    byType: { ...cov.byType },
    records: cov.records,
    unscanned: cov.unscanned.map((r) => ({
      resourceId: r.resourceId,
      resourceType: r.resourceType,
      label: r.label,
      status: r.status,
      scans: r.scans.map((x) => ({
        scanType: x.scanType,
        statusCode: x.statusCode,
        reason: x.reason,
        lastScannedAt: x.lastScannedAt ?? null
      }))
    })),
    missingDigests: [...cov.missingDigests],
    matchedByGate: [...cov.matchedByGate],
    inactiveResourcesPolicy: cov.inactivePolicy
  };
}

// src/report/views.ts
var TOOL_NAME = "inspector-gate";
var NOT_FETCHED = "Findings not fetched: a severity-only policy is decided from the run's finding counts. List them with `aws inspector list-findings` filtered on the run and severity.";
function notFetched(ctx) {
  if (ctx.notFetchedHint === void 0) return NOT_FETCHED;
  return `Findings not fetched: a severity-only policy is decided from the run's finding counts. ${plainText(ctx.notFetchedHint, 500)}`;
}
var SEVERITIES_DESC = [...SEVERITIES].reverse();
function shownSeverities(result) {
  const possible = new Set(result.source?.severities ?? SEVERITIES);
  const counts4 = result.evaluation?.counts;
  const tables = [result.counts, counts4?.afterExceptions, ...Object.values(counts4?.byRulesPackage ?? {})];
  const counted = (s) => tables.some((t) => (t?.[s] ?? 0) > 0);
  return SEVERITIES_DESC.filter((s) => possible.has(s) || counted(s));
}
function severityCheckId(severity) {
  return `severity:${severity}`;
}
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (b.numericSeverity ?? -1) - (a.numericSeverity ?? -1) || compareText(a.id ?? "", b.id ?? "") || compareText(a.title ?? "", b.title ?? "") || compareText(a.arn, b.arn);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function checksOf(evaluation) {
  if (!evaluation) return [];
  const byCheck = /* @__PURE__ */ new Map();
  for (const violation of evaluation.violations) {
    const list2 = byCheck.get(violation.ruleId);
    if (list2) list2.push(violation);
    else byCheck.set(violation.ruleId, [violation]);
  }
  for (const list2 of byCheck.values()) list2.sort((a, b) => compareFindings(a.finding, b.finding));
  const limits = [...evaluation.severity].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
  const checks = limits.map((limit) => {
    const id = severityCheckId(limit.severity);
    return {
      id,
      kind: "severity",
      severity: limit.severity,
      description: `At most ${limit.max} ${limit.severity} finding${limit.max === 1 ? "" : "s"}`,
      level: "error",
      matched: limit.count,
      max: limit.max,
      violated: limit.violated,
      source: limit.source,
      violations: byCheck.get(id) ?? [],
      ...limit.baseline ? { baseline: limit.baseline } : {},
      ...limit.fleet ? { fleet: limit.fleet } : {}
    };
  });
  for (const rule of evaluation.rules) {
    checks.push({
      id: rule.id,
      kind: "rule",
      ...rule.description !== void 0 ? { description: rule.description } : {},
      level: rule.level,
      matched: rule.matched,
      waived: rule.waived,
      max: rule.max,
      violated: rule.violated,
      source: rule.source,
      violations: byCheck.get(rule.id) ?? [],
      ...rule.baseline ? { baseline: rule.baseline } : {},
      ...rule.fleet ? { fleet: rule.fleet } : {}
    });
  }
  return checks;
}
function worstRank(check) {
  if (check.severity !== void 0) return SEVERITY_RANK[check.severity];
  const first = check.violations[0];
  return first ? SEVERITY_RANK[first.finding.severity] : -1;
}
function rankChecks(checks) {
  return checks.map((check, index) => ({ check, index })).sort(
    (a, b) => worstRank(b.check) - worstRank(a.check) || b.check.matched - b.check.max - (a.check.matched - a.check.max) || a.index - b.index
  ).map(({ check }) => check);
}
function displayFile(ctx, file) {
  return ctx.displayPath ? ctx.displayPath(file) : file;
}
function where2(ctx, source2) {
  return `${displayFile(ctx, source2.file)}:${source2.line}`;
}
function anchorOf(source2) {
  const via = source2.via;
  return via ? { file: via.file, line: via.line, column: via.column } : source2;
}
function presetNote(source2) {
  const via = source2.via;
  if (!via) return "";
  const through = via.preset === source2.file ? "" : ` (through ${plainText(via.preset, 100)})`;
  return `From the preset ${plainText(source2.file, 100)}${through}, line ${source2.line}, which this extends entry brings in.`;
}
function whereFrom(ctx, source2) {
  const via = source2.via;
  if (!via) return where2(ctx, source2);
  return `${where2(ctx, source2)} (extended at ${displayFile(ctx, via.file)}:${via.line})`;
}
function formatDuration2(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "unknown";
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) {
    const s2 = Math.round(ms / 100) / 10;
    return `${s2}s`;
  }
  const totalSeconds = Math.round(ms / 1e3);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor(totalSeconds % 3600 / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  return `${m}m ${String(s).padStart(2, "0")}s`;
}
function spanMs(from, to) {
  if (from === void 0 || to === void 0) return void 0;
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isFinite(a) && Number.isFinite(b) && b >= a ? b - a : void 0;
}
var LAYOUTS = {
  document: "findings document",
  array: "JSON array",
  "json-lines": "JSON Lines",
  finding: "single finding"
};
var SERVICES = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)"
};
function fileFormatWords(file, includeSuppressed = false) {
  if (file.format === null) return "not read";
  const { layout, service, documents } = file.format;
  const what = documents !== void 0 ? `${documents} ${LAYOUTS[layout]}s` : LAYOUTS[layout];
  const kind = service === null ? "finding" : `${SERVICES[service]} finding`;
  const set = [];
  if (file.suppressed !== void 0) {
    set.push(`${file.suppressed} suppressed${includeSuppressed ? ", counted" : ", not counted"}`);
  }
  if (file.closed !== void 0) set.push(`${file.closed} closed, not counted`);
  return `${what} of ${plural3(file.findings, kind)}${set.length > 0 ? ` (${set.join("; ")})` : ""}`;
}
function sourceWords(source2) {
  if (source2 === null) return "none: the gate stopped before choosing one";
  switch (source2.kind) {
    case "inspector-classic-run":
      return source2.run === null ? "Inspector Classic: no run located" : "Inspector Classic run";
    case "file":
      return source2.files.length === 1 ? "findings file" : "findings files";
    case "inspector2":
      return "Inspector (v2)";
    default:
      return "Inspector";
  }
}
function holderWords(source2) {
  if (source2?.kind === "inspector-classic-run") return "the run";
  if (source2?.kind === "file") return source2.files.length === 1 ? "the file" : "the files";
  if (source2?.kind === "inspector2") return "the scope";
  return "the source";
}
function runDurationMs(run) {
  return spanMs(run.startedAt, run.completedAt);
}
function totalApiCalls(result) {
  return Object.values(result.apiCalls).reduce((sum, n) => sum + n, 0);
}
function apiCallsList(result) {
  return Object.entries(result.apiCalls).filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || compareText(a, b)).map(([op, n]) => `${op} ${n}`).join(", ");
}
function findingLine(finding, maxTitle = 120) {
  const id = finding.id ? `${plainText(finding.id, 60)} ` : "";
  const title = finding.title ? plainText(finding.title, maxTitle) : "(no title)";
  return `${finding.severity} ${id}${title} on ${plainText(subjectLabel(finding), 120)}`;
}
function violatedCounts(checks) {
  let errors = 0;
  let warnings = 0;
  for (const check of checks) {
    if (!check.violated) continue;
    if (check.level === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
function plural3(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function verdictSummary(result, checks) {
  const { errors, warnings } = violatedCounts(checks);
  const findings = result.evaluation?.findings.evaluated ?? result.findings.evaluated;
  const total = checks.length;
  switch (result.verdict) {
    case "pass": {
      const warn = warnings > 0 ? `; ${plural3(warnings, "warning-level rule")} violated` : "";
      return `${plural3(total, "check")} held over ${plural3(findings, "finding")}${warn}.`;
    }
    case "fail": {
      if (errors === 0) {
        const why = result.warnings[0] !== void 0 ? `: ${plainText(result.warnings[0], 300)}` : "";
        return `The policy failed${why}.`;
      }
      const warn = warnings > 0 ? `; ${plural3(warnings, "warning-level rule")} violated` : "";
      return `${errors} of ${plural3(total, "check")} failed${warn}.`;
    }
    default:
      return "The gate could not reach a trustworthy verdict.";
  }
}
function sumCounts3(counts4) {
  return SEVERITIES.reduce((sum, s) => sum + (counts4[s] ?? 0), 0);
}

// src/report/json.ts
var REPORT_SCHEMA_VERSION = 2;
function source(ctx, location2) {
  return { file: displayFile(ctx, location2.file), line: location2.line, column: location2.column };
}
function counts3(value) {
  const out = emptySeverityCounts();
  for (const s of SEVERITIES) out[s] = value[s] ?? 0;
  return out;
}
function jsonRun(run) {
  return {
    arn: run.arn,
    name: run.name,
    templateArn: run.templateArn,
    state: run.state,
    createdAt: run.createdAt ?? null,
    startedAt: run.startedAt ?? null,
    completedAt: run.completedAt ?? null,
    durationInSeconds: run.durationInSeconds ?? null,
    startedByGate: run.startedByGate,
    stateChanges: run.stateChanges.map((c) => ({ state: c.state, at: c.at })),
    findingCounts: run.findingCounts ? counts3(run.findingCounts) : null,
    rulesPackageArns: [...run.rulesPackageArns ?? []]
  };
}
function jsonFacts(finding) {
  const facts = findingFacts(finding);
  if (facts === void 0) return null;
  return {
    resource: facts.resource ?? null,
    packages: facts.packages.map((p) => ({ installed: p.installed, fixedIn: p.fixedIn ?? null })),
    morePackages: facts.morePackages,
    inspectorScore: facts.inspectorScore ?? null,
    epss: facts.epss ?? null,
    exploitAvailable: facts.exploitAvailable ?? null,
    kev: facts.kev ?? null,
    link: facts.link ?? null
  };
}
function jsonSource(source2, ctx) {
  if (source2 === null) return null;
  switch (source2.kind) {
    case "inspector-classic-run":
      return {
        kind: source2.kind,
        severities: [...source2.severities],
        selection: source2.selection,
        runArn: source2.runArn ?? null,
        templateArn: source2.templateArn ?? null,
        runName: source2.runName ?? null,
        run: source2.run ? jsonRun(source2.run) : null
      };
    case "file":
      return {
        kind: source2.kind,
        severities: [...source2.severities],
        files: source2.files.map((f) => ({
          path: displayFile(ctx, f.path),
          layout: f.format?.layout ?? null,
          service: f.format?.service ?? null,
          findings: f.findings,
          ...f.format?.documents !== void 0 ? { documents: f.format.documents } : {},
          ...f.suppressed !== void 0 ? { suppressed: f.suppressed } : {},
          ...f.closed !== void 0 ? { closed: f.closed } : {}
        })),
        ...source2.includeSuppressed === true ? { includeSuppressed: true } : {}
      };
    case "inspector2":
      return jsonInspector2Source(source2);
  }
}
function jsonViolationOf({
  ruleId,
  level,
  finding
}) {
  return {
    ruleId,
    level,
    findingArn: finding.arn,
    severity: finding.severity,
    title: finding.title ?? null,
    findingId: finding.id ?? null,
    numericSeverity: finding.numericSeverity ?? null,
    rulesPackage: finding.rulesPackageName ?? finding.rulesPackageArn ?? null,
    asset: {
      label: assetLabel(finding.asset),
      agentId: finding.asset.agentId ?? null,
      hostname: finding.asset.hostname ?? null,
      autoScalingGroup: finding.asset.autoScalingGroup ?? null,
      amiId: finding.asset.amiId ?? null
    },
    v2: jsonFacts(finding)
  };
}
function buildJsonReport(result, ctx) {
  const evaluation = result.evaluation;
  const statuses = /* @__PURE__ */ new Map();
  const note = (status, flag, waived = 0) => {
    const entry = statuses.get(status.id) ?? { status, waived: 0, flags: /* @__PURE__ */ new Set() };
    entry.flags.add(flag);
    entry.waived += waived;
    statuses.set(status.id, entry);
  };
  for (const e of evaluation?.exceptions.applied ?? []) note(e, "applied", e.count);
  for (const e of evaluation?.exceptions.expired ?? []) note(e, "expired");
  for (const e of evaluation?.exceptions.expiring ?? []) note(e, "expiring");
  for (const e of evaluation?.exceptions.unused ?? []) note(e, "unused");
  const byPackage = evaluation?.counts.byRulesPackage;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    verdict: result.verdict,
    exitCode: result.exitCode,
    warnOnly: result.warnOnly === true,
    policy: {
      name: result.policyName ?? null,
      files: result.policyFiles.map((f) => displayFile(ctx, f)),
      digest: result.policyDigest ?? null
    },
    source: jsonSource(result.source, ctx),
    findings: { total: result.findings.total, evaluated: result.findings.evaluated },
    counts: counts3(result.counts),
    countsAfterExceptions: evaluation ? counts3(evaluation.counts.afterExceptions) : null,
    countsByRulesPackage: byPackage ? Object.fromEntries(
      Object.keys(byPackage).sort(compareText).map((name) => [name, counts3(byPackage[name])])
    ) : null,
    severity: (evaluation?.severity ?? []).map((limit) => ({
      severity: limit.severity,
      count: limit.count,
      max: limit.max,
      violated: limit.violated,
      source: source(ctx, limit.source),
      ...jsonCheckBaseline(limit)
    })),
    rules: (evaluation?.rules ?? []).map((rule) => ({
      id: rule.id,
      description: rule.description ?? null,
      level: rule.level,
      matched: rule.matched,
      waived: rule.waived,
      max: rule.max,
      violated: rule.violated,
      source: source(ctx, rule.source),
      ...jsonCheckBaseline(rule)
    })),
    violations: (evaluation?.violations ?? []).map((violation) => ({
      ...jsonViolationOf(violation),
      ...jsonViolationBaseline(violation)
    })),
    notApplicable: (evaluation?.notApplicable ?? []).map((item) => ({
      kind: item.kind,
      id: item.id,
      level: item.level,
      findings: item.findings,
      reasons: item.reasons.map((r) => ({ reason: r.reason, findings: r.findings })),
      source: source(ctx, item.source)
    })),
    violationsTruncated: evaluation?.violationsTruncated ?? false,
    exceptions: {
      applied: (evaluation?.exceptions.applied ?? []).flatMap(
        (e) => [...e.findings].sort(compareFindings).map((f) => ({ id: e.id, findingArn: f.arn }))
      ),
      expired: (evaluation?.exceptions.expired ?? []).map((e) => e.id),
      unused: (evaluation?.exceptions.unused ?? []).map((e) => e.id),
      expiring: (evaluation?.exceptions.expiring ?? []).map((e) => e.id),
      details: [...statuses.values()].map(({ status, waived, flags }) => ({
        id: status.id,
        reason: status.reason,
        expires: status.expires,
        daysLeft: status.daysLeft,
        owner: status.owner ?? null,
        ticket: status.ticket ?? null,
        waived,
        expired: flags.has("expired"),
        expiring: flags.has("expiring"),
        unused: flags.has("unused"),
        source: source(ctx, status.source)
      }))
    },
    coverage: isInspector2Coverage(result.coverage) ? jsonInspector2Coverage(result.coverage) : result.coverage ? {
      agents: result.coverage.agents,
      healthy: result.coverage.healthy,
      unhealthy: result.coverage.unhealthy,
      reporting: result.coverage.reporting,
      telemetryMessages: { ...result.coverage.telemetryMessages },
      minAgents: result.coverage.minAgents,
      unhealthyAgentsPolicy: result.coverage.unhealthyPolicy,
      unhealthyAgents: result.coverage.unhealthyAgents.map((a) => ({
        agentId: a.agentId,
        healthCode: a.healthCode ?? null
      }))
    } : null,
    apiCalls: { ...result.apiCalls },
    apiCallsTotal: totalApiCalls(result),
    timings: {
      startedAt: result.timings.startedAt,
      totalMs: result.timings.totalMs,
      waitMs: result.timings.waitMs ?? null,
      fetchMs: result.timings.fetchMs ?? null,
      evaluateMs: result.timings.evaluateMs ?? null
    },
    warnings: [...result.warnings],
    error: result.error ? { code: result.error.code, message: result.error.message } : null,
    fingerprints: jsonFingerprints(result),
    baseline: jsonComparison(result),
    fleet: result.fleet ? result.fleet.map((m) => ({ ...m, error: m.error ?? null })) : null
  };
}
var formatJson = (result, ctx) => `${toJsonText(buildJsonReport(result, ctx))}
`;

// src/report/junit.ts
import XMLBuilder from "fast-xml-builder";

// src/report/baseline.ts
function newOnly(check) {
  return check.baseline?.mode === "new-only";
}
function countedFor(check) {
  return newOnly(check) ? check.baseline.new : check.matched;
}
function countText(check) {
  return newOnly(check) ? `${check.baseline.new} new of ${check.matched} / max ${check.max}` : `${check.matched} / max ${check.max}`;
}
function countedWords(check, plural4) {
  return newOnly(check) ? plural4(check.baseline.new, "new finding") : plural4(check.matched, "finding");
}
function baselineTotals(result) {
  const c = result.evaluation?.baseline;
  if (c === void 0 || result.baseline === void 0) return void 0;
  return { new: sumCounts3(c.new), unchanged: sumCounts3(c.unchanged), absent: sumCounts3(c.absent) };
}
function totalsText(t) {
  return `${t.new} new · ${t.unchanged} still present · ${t.absent} fixed`;
}
function baselineWords(result) {
  const use = result.baseline;
  if (use === void 0) return "";
  const taken = use.takenAt ? `, taken ${plainText(use.takenAt, 40).slice(0, 10)}` : "";
  const policy = use.policyMatches === false ? ", under another policy" : "";
  return `${plainText(use.file, 300)}${taken}${policy}`;
}
function baselineRows(result) {
  const c = result.evaluation?.baseline;
  if (c === void 0) return [];
  return SEVERITIES_DESC.filter((s) => c.new[s] + c.unchanged[s] + c.absent[s] > 0).map((s) => [
    s,
    c.new[s],
    c.unchanged[s],
    c.absent[s]
  ]);
}
function fixedLine(sample, maxTitle = 120) {
  const id = sample.findingId ? `${plainText(sample.findingId, 60)} ` : "";
  const title = sample.title ? plainText(sample.title, maxTitle) : "(no title)";
  return `${sample.severity} ${id}${title} on ${plainText(sample.subject, 80)}`;
}
function baselineLead(result) {
  const t = baselineTotals(result);
  if (t === void 0) return void 0;
  const word = t.new === 1 ? "finding" : "findings";
  return `${t.new} new ${word} since the baseline; ${t.unchanged} still present, ${t.absent} fixed.`;
}
function stateWord(state) {
  return state === "new" ? "new" : state === "unchanged" ? "baselined" : "";
}

// src/report/inspector2.ts
var SCOPE_WORDS = [
  ["accounts", "account"],
  ["resourceTypes", "resource type"],
  ["resourceIds", "resource"],
  ["ecrRepositories", "repository"],
  ["ecrImageDigests", "image"],
  ["ecrImageTags", "tag"],
  ["lambdaFunctions", "function"],
  ["resourceTags", "resource tag"]
];
function scopeText(source2) {
  if (source2.allResources) return "every resource of the account (all-resources)";
  const parts = [];
  for (const [key, word] of SCOPE_WORDS) {
    const values = source2.scope[key];
    if (!values?.length) continue;
    const shown2 = values.map((v) => typeof v === "string" ? v : `${v.key}=${v.value}`);
    parts.push(`${word} ${shown2.join(" or ")}`);
  }
  return parts.join("; ") || "none";
}
function inspector2SourceLines(source2) {
  const where3 = [
    source2.region ? `region ${source2.region}` : "",
    source2.accounts.length > 0 ? `account ${source2.accounts.join(", ")}` : ""
  ].filter((w) => w !== "").join(", ");
  const lines = [
    { label: "source", text: `Inspector (v2)${where3 ? `, ${where3}` : ""}` },
    { label: "scope", text: scopeText(source2) }
  ];
  const { active, suppressed } = source2.listed;
  lines.push({
    label: "statuses",
    text: source2.includeSuppressed ? `${active} ACTIVE and ${suppressed} SUPPRESSED findings evaluated (include-suppressed); CLOSED never` : `${active} ACTIVE findings evaluated; ${plural3(suppressed, "SUPPRESSED finding")} shown apart, not counted; CLOSED never`
  });
  if (source2.waiting.forScan) {
    lines.push({
      label: "waited",
      text: `${formatDuration2(source2.waiting.waitedMs)} for scans (${plural3(source2.waiting.checks, "coverage check")})`
    });
  }
  if (source2.kev) {
    lines.push({
      label: "KEV",
      text: `${plural3(source2.kev.candidates, "candidate finding")} looked up, ${source2.kev.inKev} in CISA's catalog${source2.kev.unknown > 0 ? `, ${source2.kev.unknown} unknown` : ""}`
    });
  }
  return lines;
}
function suppressedLines(source2) {
  return source2.suppressed.map(
    (s) => `${s.severity} ${s.title ?? s.arn}${s.resource ? ` on ${s.resource}` : ""}`
  );
}
function coverageSummary(cov) {
  const types = Object.entries(cov.byType).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([type, n]) => `${type} ${n}`).join(", ");
  return `${plural3(cov.resources, "resource")} in scope${types ? ` (${types})` : ""}: ${cov.scanned} scanned, ${cov.pending} pending, ${cov.inactive} inactive; inactive resources: ${cov.inactivePolicy}`;
}
function unscannedText(r) {
  const reasons = r.scans.filter((s) => s.statusCode !== "ACTIVE" || r.status === "PENDING").map((s) => `${s.reason} on ${s.scanType}`);
  return `${r.label} (${reasons.join(", ") || "no scan recorded"})`;
}
function coverageLines(cov) {
  const lines = cov.unscanned.map((r) => ({
    label: r.status === "INACTIVE" ? "inactive" : "pending",
    text: unscannedText(r)
  }));
  const listed2 = cov.unscanned.length;
  const total = cov.pending + cov.inactive;
  if (total > listed2) lines.push({ label: "", text: `… and ${total - listed2} more not scanned` });
  for (const digest of cov.missingDigests)
    lines.push({ label: "missing", text: `image ${digest} is not in coverage` });
  for (const note of cov.matchedByGate) lines.push({ label: "matched", text: note });
  return lines;
}
var CAPITAL = {
  source: "Source",
  scope: "Scope",
  statuses: "Statuses",
  waited: "Waited",
  KEV: "KEV",
  inactive: "Inactive",
  pending: "Pending",
  missing: "Missing",
  matched: "Matched by the gate"
};
function markdownSourceRows(source2, esc) {
  const rows = inspector2SourceLines(source2).map(
    (l) => `- **${CAPITAL[l.label] ?? l.label}:** ${esc(l.text, 500)}`
  );
  const suppressed = suppressedLines(source2);
  if (suppressed.length > 0) {
    const shown2 = suppressed.slice(0, 10).map((s) => esc(s, 200));
    const more = source2.listed.suppressed - shown2.length;
    rows.push(`- **Suppressed (not counted):** ${shown2.join("; ")}${more > 0 ? `; … ${more} more` : ""}`);
  }
  return rows;
}
function markdownCoverageRows(cov, esc) {
  const rows = [`- **Coverage:** ${esc(coverageSummary(cov), 500)}`];
  for (const line of coverageLines(cov)) {
    rows.push(`  - ${line.label ? `**${CAPITAL[line.label] ?? line.label}:** ` : ""}${esc(line.text, 300)}`);
  }
  return rows;
}
function inspector2Properties(source2, cov) {
  const pairs = [
    ["inspector2.region", source2.region ?? ""],
    ["inspector2.accounts", source2.accounts.join(",")],
    ["inspector2.scope", scopeText(source2)],
    ["inspector2.listed.active", String(source2.listed.active)],
    ["inspector2.listed.suppressed", String(source2.listed.suppressed)],
    ["inspector2.includeSuppressed", String(source2.includeSuppressed)],
    ["inspector2.waitForScan", String(source2.waiting.forScan)]
  ];
  if (cov) {
    pairs.push(
      ["coverage.resources", String(cov.resources)],
      ["coverage.scanned", String(cov.scanned)],
      ["coverage.pending", String(cov.pending)],
      ["coverage.inactive", String(cov.inactive)],
      ["coverage.inactiveResources", cov.inactivePolicy]
    );
  }
  return pairs;
}

// src/report/junit.ts
var builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true
});
function seconds(ms) {
  return ((ms ?? 0) / 1e3).toFixed(3);
}
function timestamp2(iso2) {
  const t = Date.parse(iso2);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 19) : void 0;
}
function attr(text, max = 1e3) {
  return xmlChars(plainText(text, max));
}
function body(head, check) {
  const lines = [
    head,
    ...check.violations.flatMap((v) => {
      const line = `${findingLine(v.finding, 200)} (${plainText(v.finding.arn, 300)})`;
      const facts = findingFacts(v.finding);
      const details = facts && factsLine(facts, false);
      return details ? [line, `  ${details}`] : [line];
    })
  ];
  const more = check.matched - check.violations.length;
  if (more > 0) lines.push(`… and ${more} more`);
  return xmlChars(`
${lines.join("\n")}
`);
}
function testCase(check, ctx) {
  const node = {
    "@classname": check.kind === "severity" ? `${TOOL_NAME}.severity` : `${TOOL_NAME}.rules`,
    "@name": attr(check.id, 200),
    "@time": "0"
  };
  if (!check.violated) return node;
  const summary2 = `${plainText(check.id, 200)}: ${countedWords(check, plural3)} (max ${check.max})`;
  const defined2 = `defined at ${plainText(whereFrom(ctx, check.source), 300)}`;
  if (check.level === "error") {
    node.failure = {
      "@message": attr(summary2),
      "@type": check.kind === "severity" ? "severity-limit" : "rule",
      "#text": body(`${summary2}, ${defined2}`, check)
    };
  } else {
    node["system-out"] = body(`warning: ${summary2}, ${defined2}`, check);
  }
  return node;
}
function baselineProperties(result) {
  const t = baselineTotals(result);
  if (t === void 0 || result.baseline === void 0) return [];
  return [
    ["baseline.file", result.baseline.file],
    ["baseline.new", String(t.new)],
    ["baseline.unchanged", String(t.unchanged)],
    ["baseline.absent", String(t.absent)]
  ];
}
function errorCase(result) {
  const code = plainText(result.error?.code ?? "ERROR", 100);
  const message = result.error?.message ?? "the gate stopped without a verdict";
  return {
    "@classname": TOOL_NAME,
    "@name": "verdict",
    "@time": seconds(result.timings.totalMs),
    error: {
      "@message": attr(message),
      "@type": attr(code, 100),
      "#text": xmlChars(`${code}: ${plainText(message, 4e3)}`)
    }
  };
}
var formatJunit = (result, ctx) => {
  const checks = checksOf(result.evaluation);
  const cases = checks.map((check) => testCase(check, ctx));
  const errors = result.verdict === "error" ? 1 : 0;
  if (errors > 0) cases.push(errorCase(result));
  const failures = checks.filter((c) => c.violated && c.level === "error").length;
  const counts4 = {
    "@tests": String(cases.length),
    "@failures": String(failures),
    "@errors": String(errors)
  };
  const time = seconds(result.timings.totalMs);
  const stamp = timestamp2(result.timings.startedAt);
  const run = runOf(result);
  const properties = [
    ["verdict", result.verdict],
    ["exitCode", String(result.exitCode)],
    ["findings.total", String(result.findings.total)],
    ["findings.evaluated", String(result.findings.evaluated)],
    ["source", result.source?.kind ?? "none"],
    ...run ? [
      ["run.arn", run.arn],
      ["run.name", run.name],
      ["run.state", run.state],
      ["template.arn", run.templateArn]
    ] : [],
    ...result.source?.kind === "inspector2" ? inspector2Properties(
      result.source,
      isInspector2Coverage(result.coverage) ? result.coverage : void 0
    ) : [],
    ...result.policyFiles.map((f, i) => [`policy.file.${i + 1}`, displayFile(ctx, f)]),
    ...baselineProperties(result),
    ...(result.fleet ?? []).flatMap((m, i) => [
      [`fleet.${i + 1}.report`, m.file],
      [`fleet.${i + 1}.verdict`, m.verdict],
      [`fleet.${i + 1}.scope`, m.scope]
    ])
  ];
  const document = {
    "?xml": { "@version": "1.0", "@encoding": "UTF-8" },
    testsuites: {
      "@name": TOOL_NAME,
      ...counts4,
      "@time": time,
      testsuite: {
        "@name": attr(result.policyName ? `${TOOL_NAME}: ${plainText(result.policyName, 200)}` : TOOL_NAME),
        ...counts4,
        "@skipped": "0",
        "@time": time,
        ...stamp ? { "@timestamp": stamp } : {},
        properties: {
          property: properties.map(([name, value]) => ({ "@name": attr(name), "@value": attr(value) }))
        },
        testcase: cases
      }
    }
  };
  return builder.build(document);
};

// src/report/fleet.ts
var TEXT_MEMBERS = 50;
function fleetWords(fleet) {
  const n = (v) => fleet.filter((m) => m.verdict === v).length;
  const parts = [`${n("pass")} passed`, `${n("fail")} failed`];
  if (n("error") > 0) parts.push(`${n("error")} in error`);
  return `${plural3(fleet.length, "gate")}: ${parts.join(", ")}`;
}
function memberText(m) {
  const error = m.error ? ` ${plainText(m.error.code, 60)}: ${plainText(m.error.message, 300)}` : "";
  return `${m.verdict.toUpperCase().padEnd(5)} ${plainText(m.file, 200)}  ${plainText(m.scope, 300)}  ${plural3(m.findings, "finding")}${error}`;
}
function fleetTextLines(fleet) {
  const lines = [`  fleet     ${fleetWords(fleet)}`];
  for (const m of fleet.slice(0, TEXT_MEMBERS)) lines.push(`            ${memberText(m)}`);
  if (fleet.length > TEXT_MEMBERS) lines.push(`            … and ${fleet.length - TEXT_MEMBERS} more`);
  return lines;
}
function icon(m) {
  return m.verdict === "pass" ? "✅" : m.verdict === "fail" ? "❌" : "🛑";
}
function fleetSection(result) {
  const fleet = result.fleet;
  if (fleet === void 0) return void 0;
  return {
    priority: 2,
    head: [
      `### Gates`,
      "",
      `${escapeMarkdown(fleetWords(fleet))}.`,
      "",
      "| | Report | Source | Scope | Findings |",
      "|:-:|---|---|---|--:|"
    ],
    rows: fleet.map((m) => {
      const error = m.error ? `<br>${escapeMarkdown(m.error.code, 60)}: ${escapeMarkdown(m.error.message, 300)}` : "";
      return `| ${icon(m)} | ${escapeMarkdown(m.file, 200)} | ${escapeMarkdown(m.source ?? "none", 60)} | ${escapeMarkdown(m.scope, 300)}${error} | ${m.findings} |`;
    }),
    more: (n) => `
_… ${plural3(n, "more gate")} in the JSON report._`
  };
}
function notListed(result, ctx) {
  if (result.fleet === void 0) return notFetched(ctx);
  return "No finding listed: each gate's report lists findings only for the limits and rules that gate violated itself; see the gates' reports.";
}

// src/report/markdown-baseline.ts
function baselineSections(result) {
  const totals = baselineTotals(result);
  if (totals === void 0) return [];
  const sections = [
    {
      priority: 2,
      head: [
        "### Since the baseline",
        "",
        `Compared with ${escapeMarkdown(baselineWords(result), 400)}.`,
        "",
        "| Severity | New | Still present | Fixed |",
        "|---|--:|--:|--:|"
      ],
      rows: baselineRows(result).map(([s, n, u, a]) => `| ${s} | ${n} | ${u} | ${a} |`),
      tail: [`| **Total** | **${totals.new}** | ${totals.unchanged} | ${totals.absent} |`]
    }
  ];
  const samples = result.evaluation?.baseline?.absentSamples ?? [];
  if (samples.length > 0) {
    sections.push({
      priority: 8,
      head: ["#### Fixed since the baseline"],
      rows: samples.map((sample) => `- ✅ ${escapeMarkdown(fixedLine(sample, 200), 400)}`),
      hidden: Math.max(0, totals.absent - samples.length),
      more: (n) => `
_… and ${plural3(n, "more fixed finding")}._`
    });
  }
  return sections;
}
function matchedCell(check) {
  return newOnly(check) ? `${check.baseline.new} new of ${check.matched}` : String(check.matched);
}
function statePrefix(state) {
  const word = stateWord(state);
  return word ? `_${word}_ ` : "";
}

// src/report/markdown-v2.ts
var V2_TABLE_HEAD = [
  "| Severity | Finding | Resource | Package → fixed in | Score · exploit |",
  "|---|---|---|---|---|"
];
function v2Row(f) {
  const facts = findingFacts(f);
  const id = f.id ? `**${escapeMarkdown(f.id, 80)}** ` : "";
  const title = f.title ? escapeMarkdown(f.title, 200) : "_(no title)_";
  const link = facts?.link !== void 0 ? ` ([advisory](${facts.link}))` : "";
  const resource = facts?.resource ?? subjectLabel(f);
  const packages = facts ? packageTexts(facts).map((p) => escapeMarkdown(p, 200)) : [];
  const flags = facts ? flagTexts(facts).map((p) => escapeMarkdown(p, 100)) : [];
  const cell = (parts) => parts.length > 0 ? parts.join("<br>") : "–";
  return `| ${f.severity} | ${id}${title}${link} | ${escapeMarkdown(resource, 200)} | ${cell(packages)} | ${cell(flags)} |`;
}

// src/report/markdown.ts
var DEFAULT_MARKDOWN_MAX_BYTES = 1024 * 1024;
var DEFAULT_FINDINGS_PER_CHECK = 10;
var bytes = (text) => Buffer.byteLength(text, "utf8");
var linesBytes = (lines) => lines.reduce((sum, l) => sum + bytes(l) + 1, 0);
function verdictIcon(result) {
  if (result.verdict === "pass") return "✅";
  if (result.verdict === "error") return "🛑";
  return result.warnOnly ? "⚠️" : "❌";
}
function checkIcon(check) {
  if (!check.violated) return "✅";
  return check.level === "error" ? "❌" : "⚠️";
}
function daysText(status) {
  const d = status.daysLeft;
  if (d < 0) return `${status.expires} (expired ${plural3(-d, "day")} ago)`;
  if (d === 0) return `${status.expires} (today)`;
  return `${status.expires} (in ${plural3(d, "day")})`;
}
function headerSection(result, checks) {
  const lines = [];
  const icon2 = verdictIcon(result);
  if (result.verdict === "pass") lines.push(`## ${icon2} Inspector gate passed`);
  else if (result.verdict === "fail")
    lines.push(`## ${icon2} Inspector gate failed: policy violated${result.warnOnly ? " (warn-only)" : ""}`);
  else lines.push(`## ${icon2} Inspector gate error${result.error ? `: ${escapeMarkdown(result.error.code, 80)}` : ""}`);
  lines.push("");
  if (result.verdict === "error") {
    lines.push(
      "> [!CAUTION]",
      `> ${result.error ? escapeMarkdown(result.error.message, 4e3) : "The gate stopped without a verdict."}`,
      ">",
      "> No trustworthy verdict: this is never a pass."
    );
  } else {
    const lead = baselineLead(result);
    if (lead !== void 0) lines.push(`**${escapeMarkdown(lead)}**`, "");
    lines.push(`**${escapeMarkdown(verdictSummary(result, checks))}**`);
    if (result.verdict === "fail" && result.warnOnly) {
      lines.push(
        "",
        "> [!WARNING]",
        "> warn-only is set: the violations are reported and the step does not fail."
      );
    }
  }
  lines.push("", `Exit code ${result.exitCode}.`);
  return { priority: 0, required: true, head: lines, rows: [] };
}
function runSection(result, ctx) {
  const rows = [];
  const source2 = result.source;
  const run = runOf(result);
  if (run) {
    const duration = runDurationMs(run);
    const took = duration !== void 0 ? ` in ${formatDuration2(duration)}` : "";
    rows.push(
      `- **Run:** ${escapeMarkdown(run.name, 200)} · ${escapeMarkdown(run.state, 60)}${took}${run.startedByGate ? " · started by the gate" : ""}`
    );
    rows.push(`- **Run ARN:** ${escapeMarkdown(run.arn, 400)}`);
    rows.push(`- **Template:** ${escapeMarkdown(run.templateArn, 400)}`);
    if (run.stateChanges.length > 0) {
      const first = run.stateChanges[0].at;
      const shown2 = run.stateChanges.slice(0, 20);
      const steps = shown2.map((change, i) => {
        const offset = spanMs(first, change.at);
        const at = i === 0 ? escapeMarkdown(change.at, 40) : offset !== void 0 ? `+${formatDuration2(offset)}` : escapeMarkdown(change.at, 40);
        return `${escapeMarkdown(change.state, 60)} (${at})`;
      });
      const more = run.stateChanges.length > shown2.length ? ` → … ${run.stateChanges.length - shown2.length} more` : "";
      rows.push(`- **Timeline:** ${steps.join(" → ")}${more}`);
    }
  } else if (source2?.kind === "inspector-classic-run") {
    rows.push(`- **Run:** none located${source2.runArn ? ` (${escapeMarkdown(source2.runArn, 400)})` : ""}`);
    if (source2.templateArn) rows.push(`- **Template:** ${escapeMarkdown(source2.templateArn, 400)}`);
  } else if (source2?.kind === "file") {
    const files = source2.files.slice(0, 10).map(
      (f) => `${escapeMarkdown(displayFile(ctx, f.path), 300)} (${escapeMarkdown(fileFormatWords(f, source2.includeSuppressed))})`
    );
    const more = source2.files.length > 10 ? `, … ${source2.files.length - 10} more` : "";
    rows.push(`- **Source:** ${escapeMarkdown(sourceWords(source2))} ${files.join(", ")}${more}`);
  } else if (result.fleet) {
    rows.push(`- **Source:** ${escapeMarkdown(fleetWords(result.fleet))} (see Gates)`);
  } else if (source2?.kind === "inspector2") {
    rows.push(...markdownSourceRows(source2, escapeMarkdown));
  } else {
    rows.push(`- **Source:** ${escapeMarkdown(sourceWords(source2))}`);
  }
  if (result.policyFiles.length > 0 || result.policyName) {
    const name = result.policyName ? escapeMarkdown(result.policyName, 100) : "";
    const files = result.policyFiles.map((f) => escapeMarkdown(displayFile(ctx, f), 300)).join(", ");
    rows.push(`- **Policy:** ${name && files ? `${name} (${files})` : name || files}`);
  }
  rows.push(
    `- **Findings:** ${result.findings.total} in ${holderWords(source2)}, ${result.findings.evaluated} evaluated`
  );
  const cov = result.coverage;
  if (isInspector2Coverage(cov)) {
    rows.push(...markdownCoverageRows(cov, escapeMarkdown));
  } else if (cov) {
    const telemetry = Object.entries(cov.telemetryMessages).sort(([a], [b]) => compareText(a, b)).map(([type, n]) => `${escapeMarkdown(type, 60)} ${n}`).join(", ");
    rows.push(
      `- **Coverage:** ${plural3(cov.agents, "agent")}, ${cov.healthy} healthy, ${cov.unhealthy} unhealthy, ${cov.reporting} reporting telemetry (minimum ${cov.minAgents}; unhealthy agents: ${cov.unhealthyPolicy})${telemetry ? `; telemetry messages: ${telemetry}` : ""}`
    );
    if (cov.unhealthyAgents.length > 0) {
      const shown2 = cov.unhealthyAgents.slice(0, 10).map((a) => `${escapeMarkdown(a.agentId, 100)}${a.healthCode ? ` (${escapeMarkdown(a.healthCode, 60)})` : ""}`);
      const more = cov.unhealthyAgents.length > 10 ? `, … ${cov.unhealthyAgents.length - 10} more` : "";
      rows.push(`- **Unhealthy agents:** ${shown2.join(", ")}${more}`);
    }
  }
  const head = source2?.kind === "inspector-classic-run" ? "### Run" : "### Source";
  return { priority: 2, head: [head], rows, more: (n) => `- … ${plural3(n, "line")} left out` };
}
function countsSection(result) {
  const evaluation = result.evaluation;
  const limits = /* @__PURE__ */ new Map();
  for (const l of evaluation?.severity ?? []) limits.set(l.severity, { max: l.max, violated: l.violated });
  const after = evaluation?.counts.afterExceptions;
  const header = after ? ["| Severity | Findings | After exceptions | Limit |", "|---|--:|--:|---|"] : ["| Severity | Findings | Limit |", "|---|--:|---|"];
  const shown2 = shownSeverities(result);
  const rows = shown2.map((s) => {
    const limit = limits.get(s);
    const limitText = limit ? `${limit.violated ? "❌" : "✅"} max ${limit.max}` : "–";
    return after ? `| ${s} | ${result.counts[s] ?? 0} | ${after[s] ?? 0} | ${limitText} |` : `| ${s} | ${result.counts[s] ?? 0} | ${limitText} |`;
  });
  if (!evaluation && sumCounts3(result.counts) === 0) return [];
  const sections = [{ priority: 4, head: ["### Findings by severity", "", ...header], rows }];
  const byPackage = evaluation?.counts.byRulesPackage;
  if (byPackage && Object.keys(byPackage).length > 0) {
    const names = Object.keys(byPackage).sort(compareText);
    sections.push({
      priority: 6,
      head: [
        "### Findings by rules package and severity",
        "",
        `| Rules package | ${shown2.join(" | ")} | Total |`,
        `|---|${shown2.map(() => "--:").join("|")}|--:|`
      ],
      rows: names.map((name) => {
        const c = byPackage[name];
        return `| ${escapeMarkdown(name, 200)} | ${shown2.map((s) => c[s] ?? 0).join(" | ")} | ${sumCounts3(c)} |`;
      }),
      more: (n) => `
_… ${plural3(n, "more rules package")} left out._`
    });
  }
  return sections;
}
function checksSection(checks, ctx) {
  if (checks.length === 0) return void 0;
  return {
    priority: 1,
    head: [
      "### Checks",
      "",
      "| | Check | Level | Matched | Max | Waived | Defined at |",
      "|:-:|---|---|--:|--:|--:|---|"
    ],
    rows: checks.map((c) => {
      const description = c.description ? ` ${escapeMarkdown(c.description, 200)}` : "";
      const waived = c.waived !== void 0 ? String(c.waived) : "–";
      return `| ${checkIcon(c)} | **${escapeMarkdown(c.id, 100)}**${description} | ${c.level} | ${matchedCell(c)} | ${c.max} | ${waived} | ${escapeMarkdown(where2(ctx, c.source), 300)} |`;
    }),
    more: (n) => `
_… ${plural3(n, "more check")} left out._`
  };
}
function violationSections(result, checks, perCheck, ctx) {
  const violated = rankChecks(checks.filter((c) => c.violated));
  return violated.map((check, index) => {
    const shown2 = check.violations.slice(0, perCheck);
    const title = `#### ${checkIcon(check)} ${escapeMarkdown(check.id, 100)}: ${countedWords(check, plural3)} (max ${check.max})`;
    if (shown2.length === 0) {
      return {
        priority: 10 + index,
        group: { key: "violations", head: ["### Violating findings (worst first)"] },
        head: [title, "", `_${notListed(result, ctx)}_`],
        rows: []
      };
    }
    if (shown2.some((v) => findingFacts(v.finding) !== void 0)) {
      return {
        priority: 10 + index,
        group: { key: "violations", head: ["### Violating findings (worst first)"] },
        head: [title, "", ...V2_TABLE_HEAD],
        rows: shown2.map((v) => v2Row(v.finding)),
        hidden: Math.max(0, check.matched - shown2.length),
        more: (n) => `
_… and ${n} more (see the JSON report)._`
      };
    }
    return {
      priority: 10 + index,
      group: { key: "violations", head: ["### Violating findings (worst first)"] },
      head: [title, "", "| Severity | Finding | Asset | Rules package |", "|---|---|---|---|"],
      rows: shown2.map((v) => {
        const f = v.finding;
        const id = f.id ? `**${escapeMarkdown(f.id, 80)}** ` : "";
        const title2 = f.title ? escapeMarkdown(f.title, 200) : "_(no title)_";
        const asset = [f.asset.hostname, f.asset.agentId].filter((x) => x !== void 0);
        const assetText = asset.length > 0 ? asset.map((a) => escapeMarkdown(a, 100)).join(" · ") : escapeMarkdown(f.asset.amiId ?? f.asset.autoScalingGroup ?? "unknown asset", 100);
        const pkg = f.rulesPackageName ?? f.rulesPackageArn;
        return `| ${f.severity} | ${statePrefix(v.baselineState)}${id}${title2} | ${assetText} | ${pkg ? escapeMarkdown(pkg, 120) : "–"} |`;
      }),
      hidden: Math.max(0, countedFor(check) - shown2.length),
      more: (n) => `
_… and ${n} more (see the JSON report)._`
    };
  });
}
function exceptionsSection(result, ctx) {
  const ex = result.evaluation?.exceptions;
  if (!ex) return void 0;
  const entries = /* @__PURE__ */ new Map();
  const add = (status, label, waived) => {
    const entry = entries.get(status.id) ?? { status, labels: [] };
    entry.labels.push(label);
    if (waived !== void 0) entry.waived = (entry.waived ?? 0) + waived;
    entries.set(status.id, entry);
  };
  for (const e of ex.expired) add(e, "❌ expired");
  for (const e of ex.expiring) add(e, "⚠️ expiring");
  for (const e of ex.applied) add(e, "✅ applied", e.count);
  for (const e of ex.unused) add(e, "➖ unused");
  if (entries.size === 0) return void 0;
  return {
    priority: 3,
    head: [
      "### Exceptions",
      "",
      "| Status | Exception | Waived | Expires | Owner | Reason | Defined at |",
      "|---|---|--:|---|---|---|---|"
    ],
    rows: [...entries.values()].map(({ status, labels, waived }) => {
      const owner = [status.owner, status.ticket].filter((x) => x !== void 0).map((x) => escapeMarkdown(x, 100)).join(" · ");
      return `| ${labels.join(", ")} | **${escapeMarkdown(status.id, 100)}** | ${waived ?? "–"} | ${escapeMarkdown(daysText(status), 60)} | ${owner || "–"} | ${escapeMarkdown(status.reason, 300)} | ${escapeMarkdown(where2(ctx, status.source), 300)} |`;
    }),
    more: (n) => `
_… ${plural3(n, "more exception")} left out._`
  };
}
function warningsSection(result) {
  if (result.warnings.length === 0) return void 0;
  return {
    priority: 5,
    head: ["### Warnings"],
    rows: result.warnings.map((w) => `- ${escapeMarkdown(w, 1e3)}`),
    more: (n) => `- … ${plural3(n, "more warning")}`
  };
}
function footerSection(result, ctx) {
  const calls = totalApiCalls(result);
  const detail = calls > 0 ? ` (${escapeMarkdown(apiCallsList(result), 500)})` : "";
  const t = result.timings;
  const phases = [
    t.waitMs !== void 0 ? `wait ${formatDuration2(t.waitMs)}` : void 0,
    t.fetchMs !== void 0 ? `fetch ${formatDuration2(t.fetchMs)}` : void 0,
    t.evaluateMs !== void 0 ? `evaluate ${formatDuration2(t.evaluateMs)}` : void 0
  ].filter((p) => p !== void 0);
  return {
    priority: 1,
    required: true,
    head: [
      "---",
      `<sub>${TOOL_NAME} ${escapeMarkdown(ctx.toolVersion, 40)} · ${plural3(calls, "Inspector API call")}${detail} · took ${formatDuration2(t.totalMs)}${phases.length > 0 ? ` (${phases.join(", ")})` : ""}</sub>`
    ],
    rows: []
  };
}
function truncationNote(maxBytes, sections, rows, ctx) {
  const hint = ctx.fullReportHint ? escapeMarkdown(ctx.fullReportHint, 300) : "the JSON report (`--json FILE`, or the Action's `json` input)";
  const what = [sections > 0 ? plural3(sections, "section") : "", rows > 0 ? plural3(rows, "row") : ""].filter((x) => x).join(" and ");
  return [
    "> [!NOTE]",
    `> This report was shortened to fit ${maxBytes.toLocaleString("en-US")} bytes${what ? `: ${what} left out` : ""}. The complete result is in ${hint}.`
  ];
}
function render(sections, allocation, note) {
  const blocks = [];
  const groupsOpened = /* @__PURE__ */ new Set();
  for (const section of sections) {
    const alloc = allocation.get(section);
    if (!alloc) continue;
    const lines = [];
    if (section.group && !groupsOpened.has(section.group.key)) {
      groupsOpened.add(section.group.key);
      lines.push(...section.group.head, "");
    }
    lines.push(...section.head);
    if (section.rows.length > 0 && section.head.length > 0 && !section.head.at(-1).startsWith("|"))
      lines.push("");
    lines.push(...section.rows.slice(0, alloc.shown));
    const omitted = section.rows.length - alloc.shown + (section.hidden ?? 0);
    if (omitted > 0 && section.more) lines.push(section.more(omitted));
    if (section.tail) lines.push(...section.tail);
    blocks.push(lines.join("\n"));
    if (note && section.priority === 0) blocks.push(note.join("\n"));
  }
  return `${blocks.join("\n\n")}
`;
}
function cutToBytes(text, maxBytes) {
  if (bytes(text) <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const b = bytes(ch);
    if (used + b + 4 > maxBytes) break;
    out += ch;
    used += b;
  }
  return `${out}…
`;
}
var formatMarkdown = (result, ctx) => {
  const maxBytes = Math.max(0, Math.floor(ctx.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES));
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK);
  const checks = checksOf(result.evaluation);
  const sections = [
    headerSection(result, checks),
    checksSection(checks, ctx),
    ...baselineSections(result),
    fleetSection(result),
    runSection(result, ctx),
    ...countsSection(result),
    exceptionsSection(result, ctx),
    warningsSection(result),
    ...violationSections(result, checks, perCheck, ctx),
    footerSection(result, ctx)
  ].filter((s) => s !== void 0);
  const full = new Map(sections.map((s) => [s, { shown: s.rows.length }]));
  const whole = render(sections, full, void 0);
  if (bytes(whole) <= maxBytes) return whole;
  const allRows = sections.reduce((n, s) => n + s.rows.length, 0);
  const noteBytes = linesBytes(truncationNote(maxBytes, sections.length, allRows, ctx)) + 2;
  let budget = maxBytes - noteBytes - 1;
  const allocation = /* @__PURE__ */ new Map();
  const groupsCharged = /* @__PURE__ */ new Set();
  const byPriority = [...sections].sort(
    (a, b) => a.required === b.required ? a.priority - b.priority : a.required ? -1 : 1
  );
  for (const section of byPriority) {
    const groupCost = section.group && !groupsCharged.has(section.group.key) ? linesBytes(section.group.head) + 1 : 0;
    const moreCost = section.more ? bytes(section.more(Math.max(1, section.rows.length + (section.hidden ?? 0)))) + 1 : 0;
    const base = groupCost + linesBytes(section.head) + 3 + (section.tail ? linesBytes(section.tail) : 0);
    if (section.required) {
      budget -= base + section.rows.reduce((n, r) => n + bytes(r) + 1, 0);
      allocation.set(section, { shown: section.rows.length });
      continue;
    }
    if (base + moreCost > budget) continue;
    let shown2 = 0;
    let cost = base;
    for (const row of section.rows) {
      const rowCost = bytes(row) + 1;
      const remaining = section.rows.length - shown2 - 1 + (section.hidden ?? 0);
      if (cost + rowCost + (remaining > 0 ? moreCost : 0) > budget) break;
      cost += rowCost;
      shown2++;
    }
    if (shown2 === 0 && section.rows.length > 0) continue;
    if (shown2 < section.rows.length || (section.hidden ?? 0) > 0) cost += moreCost;
    budget -= cost;
    allocation.set(section, { shown: shown2 });
    if (section.group) groupsCharged.add(section.group.key);
  }
  const leftOutSections = sections.filter((s) => !allocation.has(s)).length;
  const leftOutRows = sections.reduce((n, s) => {
    const a = allocation.get(s);
    return a ? n + s.rows.length - a.shown : n;
  }, 0);
  const out = render(sections, allocation, truncationNote(maxBytes, leftOutSections, leftOutRows, ctx));
  return cutToBytes(out, maxBytes);
};

// src/report/sarif.ts
import { basename, dirname as dirname2 } from "node:path";
import { pathToFileURL } from "node:url";

// src/report/sarif-baseline.ts
function absentResult(sample, ruleIndex) {
  return {
    ruleId: severityCheckId(sample.severity),
    ruleIndex,
    kind: "pass",
    level: "none",
    baselineState: "absent",
    message: { text: `${fixedLine(sample, 200)} is fixed since the baseline.` },
    locations: [{ logicalLocations: [{ name: plainText(sample.subject, 200), kind: "resource" }] }],
    partialFingerprints: { "inspectorGateBaseline/v1": sample.fingerprint },
    properties: {
      severity: sample.severity,
      ...sample.findingId !== void 0 ? { findingId: plainText(sample.findingId, 200) } : {}
    }
  };
}
function baselineProperties2(c, file) {
  return {
    file: plainText(file, 1e3),
    new: sumCounts3(c.new),
    unchanged: sumCounts3(c.unchanged),
    absent: sumCounts3(c.absent),
    unfingerprinted: c.unfingerprinted
  };
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SECURITY_SEVERITY = { High: "8.0", Medium: "5.5", Low: "3.0" };
function pathToUri(path) {
  const forward = path.replace(/\\/g, "/");
  return forward.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function isAbsolutePath(path) {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(path);
}
var Artifacts = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  bases = {};
  ids = /* @__PURE__ */ new Map();
  location(file) {
    const shown2 = displayFile(this.ctx, file);
    if (!isAbsolutePath(shown2)) return { uri: pathToUri(shown2) };
    const dir = dirname2(shown2);
    let id = this.ids.get(dir);
    if (id === void 0) {
      id = `POLICY_DIR_${this.ids.size + 1}`;
      this.ids.set(dir, id);
      const base = pathToFileURL(dir).href;
      this.bases[id] = { uri: base.endsWith("/") ? base : `${base}/` };
    }
    return { uri: pathToUri(basename(shown2)), uriBaseId: id };
  }
  physical(source2) {
    const at = anchorOf(source2);
    return {
      artifactLocation: this.location(at.file),
      region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) }
    };
  }
};
function ruleName(check) {
  if (check.kind === "severity") return `${check.severity}SeverityLimit`;
  const words = plainText(check.id, 200).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  return `${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("")}Rule`;
}
function assetLocation(finding) {
  const resource = finding.resources?.[0];
  if (resource !== void 0) {
    const name = plainText(resourceLabel(resource), 200);
    return { name, fullyQualifiedName: plainText(resource.id, 500) || name, kind: "resource" };
  }
  const label = plainText(assetLabel(finding.asset), 200);
  const qualified = [finding.asset.autoScalingGroup, finding.asset.agentId ?? finding.asset.hostname].filter((x) => x !== void 0).map((x) => plainText(x, 200)).join("/");
  return { name: label, fullyQualifiedName: qualified || label, kind: "resource" };
}
function findingProperties(finding) {
  return {
    findingArn: finding.arn,
    severity: finding.severity,
    ...finding.id !== void 0 ? { findingId: finding.id } : {},
    ...finding.title !== void 0 ? { title: finding.title } : {},
    ...finding.numericSeverity !== void 0 ? { numericSeverity: finding.numericSeverity } : {},
    ...finding.rulesPackageName !== void 0 || finding.rulesPackageArn !== void 0 ? { rulesPackage: finding.rulesPackageName ?? finding.rulesPackageArn } : {},
    ...v2Properties(finding),
    asset: {
      ...finding.asset.agentId !== void 0 ? { agentId: finding.asset.agentId } : {},
      ...finding.asset.hostname !== void 0 ? { hostname: finding.asset.hostname } : {},
      ...finding.asset.autoScalingGroup !== void 0 ? { autoScalingGroup: finding.asset.autoScalingGroup } : {},
      ...finding.asset.amiId !== void 0 ? { amiId: finding.asset.amiId } : {}
    }
  };
}
function v2Properties(finding) {
  const facts = findingFacts(finding);
  if (facts === void 0) return {};
  return {
    ...facts.resource !== void 0 ? { resource: facts.resource } : {},
    ...facts.packages.length > 0 ? { packages: packageTexts(facts) } : {},
    ...facts.inspectorScore !== void 0 ? { inspectorScore: facts.inspectorScore } : {},
    ...facts.epss !== void 0 ? { epss: facts.epss } : {},
    ...facts.exploitAvailable !== void 0 ? { exploitAvailable: facts.exploitAvailable } : {},
    ...facts.kev !== void 0 ? { kev: facts.kev } : {},
    ...facts.link !== void 0 ? { link: facts.link } : {}
  };
}
function vulnerabilityIdOf(finding) {
  const id = finding.packageVulnerabilityDetails?.vulnerabilityId;
  return id !== void 0 && id !== "" ? plainText(id, 200) : void 0;
}
function vulnerabilityDescriptor(id, findings) {
  let score;
  let link;
  let title;
  for (const f of findings) {
    const facts = findingFacts(f);
    if (facts?.inspectorScore !== void 0 && (score === void 0 || facts.inspectorScore > score)) {
      score = facts.inspectorScore;
    }
    link ??= facts?.link;
    title ??= f.title;
  }
  const severity = securitySeverity(score);
  const short = title !== void 0 ? plainText(title, 1e3) : `Vulnerability ${id}`;
  return {
    id,
    name: ruleName({ id, kind: "rule" }).replace(/Rule$/, "Vulnerability"),
    shortDescription: { text: short },
    fullDescription: { text: `Amazon Inspector reports ${id} on a scanned resource.` },
    ...link !== void 0 ? { helpUri: link } : {},
    help: {
      text: `Update the vulnerable package to the fixed-in version Inspector gives, or add an exception with a reason and an expiry date.${link !== void 0 ? ` See ${link}.` : ""}`
    },
    defaultConfiguration: { level: "warning" },
    properties: {
      tags: ["security", "inspector", "vulnerability"],
      ...severity !== void 0 ? { "security-severity": severity } : {}
    }
  };
}
function fingerprint2(ruleId, finding) {
  const what = finding.id ?? finding.title ?? finding.arn;
  const where3 = finding.asset.agentId ?? finding.asset.hostname ?? finding.asset.amiId ?? "";
  return [ruleId, what, where3].map((x) => plainText(x, 200)).join("|");
}
function descriptor(check, ctx) {
  const short = check.kind === "severity" ? `At most ${plural3(check.max, `${check.severity} finding`)}` : check.description ? plainText(check.description, 1e3) : `Policy rule ${plainText(check.id, 200)}`;
  const allows = check.kind === "severity" ? `The policy allows at most ${plural3(check.max, `${check.severity} finding`)} after exceptions.` : `${short.replace(/[.\s]+$/, "")}. The policy allows at most ${plural3(check.max, "matching finding")} after exceptions.`;
  const tags = ["security", "inspector", check.kind === "severity" ? "severity-limit" : "policy-rule"];
  const securitySeverity2 = check.severity !== void 0 ? SECURITY_SEVERITY[check.severity] : void 0;
  return {
    id: check.id,
    name: ruleName(check),
    shortDescription: { text: short },
    fullDescription: { text: allows },
    defaultConfiguration: { level: check.level },
    help: {
      text: `${allows} Defined at ${plainText(whereFrom(ctx, check.source), 300)}. Fix the findings, or add an exception with a reason and an expiry date.`
    },
    properties: {
      tags,
      max: check.max,
      ...check.source.via ? { preset: check.source.via.preset } : {},
      ...securitySeverity2 !== void 0 ? { "security-severity": securitySeverity2 } : {}
    }
  };
}
function bareSeverityDescriptor(severity) {
  return {
    id: severityCheckId(severity),
    name: `${severity}Severity`,
    shortDescription: { text: `${severity} findings` },
    defaultConfiguration: { level: "note" },
    properties: { tags: ["security", "inspector", "severity"] }
  };
}
function suppression(exception, artifacts) {
  return {
    kind: "external",
    status: "accepted",
    justification: plainText(exception.reason, 1e3),
    location: { physicalLocation: artifacts.physical(exception.source) },
    properties: {
      exceptionId: exception.id,
      expires: exception.expires,
      ...exception.owner !== void 0 ? { owner: exception.owner } : {},
      ...exception.ticket !== void 0 ? { ticket: exception.ticket } : {}
    }
  };
}
function buildSarif(result, ctx) {
  const checks = checksOf(result.evaluation);
  const artifacts = new Artifacts(ctx);
  const rules = checks.map((check) => descriptor(check, ctx));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const levelOf = new Map(checks.map((c) => [c.id, c.level]));
  const ensureRule = (id, severity) => {
    const known = ruleIndex.get(id);
    if (known !== void 0) return known;
    rules.push(bareSeverityDescriptor(severity));
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };
  const byVulnerability = /* @__PURE__ */ new Map();
  const everyFinding = [
    ...checks.flatMap((c) => c.violations.map((v) => v.finding)),
    ...(result.evaluation?.exceptions.applied ?? []).flatMap((e) => e.findings)
  ];
  for (const f of everyFinding) {
    const id = vulnerabilityIdOf(f);
    if (id === void 0) continue;
    const list2 = byVulnerability.get(id);
    if (list2) list2.push(f);
    else byVulnerability.set(id, [f]);
  }
  for (const [id, findings] of byVulnerability) {
    if (ruleIndex.has(id)) continue;
    rules.push(vulnerabilityDescriptor(id, findings));
    ruleIndex.set(id, rules.length - 1);
  }
  const results = [];
  for (const check of checks) {
    const preset = presetNote(check.source);
    for (const violation of check.violations) {
      const f = violation.finding;
      const ruleId = vulnerabilityIdOf(f) ?? check.id;
      results.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        kind: "fail",
        level: violation.level,
        message: {
          text: `${findingLine(f, 200)} violates ${plainText(check.id, 200)}: ${plural3(check.matched, "finding")} (max ${check.max}).${preset ? ` ${preset}` : ""}`
        },
        locations: [
          { physicalLocation: artifacts.physical(check.source), logicalLocations: [assetLocation(f)] }
        ],
        partialFingerprints: { "inspectorGateFinding/v1": fingerprint2(check.id, f) },
        ...violation.baselineState ? { baselineState: violation.baselineState } : {},
        properties: { ...findingProperties(f), policyRule: check.id }
      });
    }
  }
  for (const sample of result.baseline ? result.evaluation?.baseline?.absentSamples ?? [] : []) {
    results.push(absentResult(sample, ensureRule(severityCheckId(sample.severity), sample.severity)));
  }
  for (const exception of result.evaluation?.exceptions.applied ?? []) {
    for (const f of [...exception.findings].sort(compareFindings)) {
      const severityRule = severityCheckId(f.severity);
      const vulnerability = vulnerabilityIdOf(f);
      const ruleId = vulnerability ?? severityRule;
      results.push({
        ruleId,
        ruleIndex: vulnerability !== void 0 ? ruleIndex.get(vulnerability) : ensureRule(ruleId, f.severity),
        kind: "fail",
        level: levelOf.get(severityRule) ?? "note",
        message: {
          text: `${findingLine(f, 200)} is waived by exception ${plainText(exception.id, 200)} until ${exception.expires}.`
        },
        locations: [
          { physicalLocation: artifacts.physical(exception.source), logicalLocations: [assetLocation(f)] }
        ],
        partialFingerprints: { "inspectorGateFinding/v1": fingerprint2(severityRule, f) },
        suppressions: [suppression(exception, artifacts)],
        properties: findingProperties(f)
      });
    }
  }
  const notifications = [];
  if (result.verdict === "error" && result.error) {
    notifications.push({
      level: "error",
      message: { text: `${plainText(result.error.code, 100)}: ${plainText(result.error.message, 4e3)}` },
      descriptor: { id: plainText(result.error.code, 100) }
    });
  }
  for (const warning of result.warnings) {
    notifications.push({ level: "warning", message: { text: plainText(warning, 2e3) } });
  }
  const invocation = {
    executionSuccessful: result.verdict !== "error",
    exitCode: result.exitCode,
    startTimeUtc: result.timings.startedAt,
    ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
  };
  const assessmentRun = runOf(result);
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules
      }
    },
    ...Object.keys(artifacts.bases).length > 0 ? { originalUriBaseIds: artifacts.bases } : {},
    invocations: [invocation],
    results,
    columnKind: "utf16CodeUnits",
    properties: {
      verdict: result.verdict,
      exitCode: result.exitCode,
      warnOnly: result.warnOnly === true,
      policyFiles: result.policyFiles.map((f) => displayFile(ctx, f)),
      ...result.policyName !== void 0 ? { policyName: result.policyName } : {},
      source: result.source?.kind ?? null,
      assessmentRun: assessmentRun ? {
        arn: assessmentRun.arn,
        name: assessmentRun.name,
        templateArn: assessmentRun.templateArn,
        state: assessmentRun.state
      } : null,
      ...result.source?.kind === "inspector2" ? {
        inspector2: Object.fromEntries(
          inspector2Properties(
            result.source,
            isInspector2Coverage(result.coverage) ? result.coverage : void 0
          )
        )
      } : {},
      findings: { total: result.findings.total, evaluated: result.findings.evaluated },
      counts: { ...result.counts },
      violationsTruncated: result.evaluation?.violationsTruncated ?? false,
      ...result.evaluation?.baseline && result.baseline ? { baseline: baselineProperties2(result.evaluation.baseline, result.baseline.file) } : {},
      ...result.fleet ? {
        fleet: result.fleet.map((m) => ({
          report: plainText(m.file, 1e3),
          source: m.source,
          scope: plainText(m.scope, 1e3),
          verdict: m.verdict,
          findings: m.findings
        }))
      } : {}
    }
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
var formatSarif = (result, ctx) => `${toJsonText(buildSarif(result, ctx))}
`;

// src/report/text.ts
import pc from "picocolors";
var DEFAULT_FINDINGS_PER_CHECK2 = 5;
function painter(enabled) {
  const colors = pc.createColors(enabled);
  return (style, text) => colors[style](text);
}
function pad(text, width) {
  const length = Array.from(text).length;
  return length >= width ? text : text + " ".repeat(width - length);
}
function days(status) {
  const d = status.daysLeft;
  if (d < 0) return `expired ${status.expires} (${plural3(-d, "day")} ago)`;
  if (d === 0) return `expires ${status.expires} (today)`;
  return `expires ${status.expires} (in ${plural3(d, "day")})`;
}
var formatText = (result, ctx) => {
  const paint = painter(ctx.color === true);
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK2);
  const checks = checksOf(result.evaluation);
  const lines = [];
  if (result.verdict === "pass") {
    lines.push(`${paint("green", paint("bold", "✓ PASS"))}  ${verdictSummary(result, checks)}`);
  } else if (result.verdict === "fail") {
    const badge = result.warnOnly ? paint("yellow", paint("bold", "! FAIL (warn-only, not failing)")) : paint("red", paint("bold", "✗ FAIL"));
    lines.push(`${badge}  ${verdictSummary(result, checks)}`);
  } else {
    const error = result.error ? `${plainText(result.error.code, 60)}: ${plainText(result.error.message, 2e3)}` : "the gate stopped without a verdict";
    lines.push(`${paint("red", paint("bold", "✗ ERROR"))}  ${error}`);
  }
  const lead = baselineLead(result);
  if (lead !== void 0 && result.verdict !== "error") lines.push(`  ${paint("bold", lead)}`);
  lines.push(`  exit code ${result.exitCode}`);
  const source2 = result.source;
  const run = runOf(result);
  if (result.fleet) {
    lines.push(...fleetTextLines(result.fleet));
  } else if (run) {
    const duration = runDurationMs(run);
    const took = duration !== void 0 ? ` in ${formatDuration2(duration)}` : "";
    const started = run.startedByGate ? ", started by the gate" : "";
    lines.push(`  run       ${plainText(run.name, 200)}  ${plainText(run.state, 60)}${took}${started}`);
    lines.push(`            ${plainText(run.arn, 300)}`);
    lines.push(`  template  ${plainText(run.templateArn, 300)}`);
  } else if (source2?.kind === "inspector-classic-run") {
    lines.push(`  run       none located${source2.runArn ? `: ${plainText(source2.runArn, 300)}` : ""}`);
    if (source2.templateArn) lines.push(`  template  ${plainText(source2.templateArn, 300)}`);
  } else if (source2?.kind === "file") {
    const shown2 = source2.files.slice(0, 10);
    shown2.forEach((file, i) => {
      const label = i === 0 ? `  source    ${sourceWords(source2)} ` : "            ";
      lines.push(
        `${label}${plainText(displayFile(ctx, file.path), 300)}: ${fileFormatWords(file, source2.includeSuppressed)}`
      );
    });
    if (source2.files.length > shown2.length)
      lines.push(`            … and ${source2.files.length - shown2.length} more`);
  } else if (source2?.kind === "inspector2") {
    for (const line of inspector2SourceLines(source2)) {
      lines.push(`  ${line.label.padEnd(9)} ${plainText(line.text, 500)}`);
    }
  } else {
    lines.push(`  source    ${sourceWords(source2)}`);
  }
  if (result.policyFiles.length > 0 || result.policyName) {
    const name = result.policyName ? `${plainText(result.policyName, 100)}  ` : "";
    const files = result.policyFiles.map((f) => plainText(displayFile(ctx, f), 300)).join(", ");
    lines.push(`  policy    ${name}${files}`);
  }
  const bySeverity = shownSeverities(result).map((s) => `${s} ${result.counts[s] ?? 0}`).join(" · ");
  lines.push(`  findings  ${result.findings.total} (${result.findings.evaluated} evaluated)  ${bySeverity}`);
  const since = baselineTotals(result);
  if (since) lines.push(`  baseline  ${totalsText(since)}  ${paint("dim", baselineWords(result))}`);
  if (checks.length > 0) {
    lines.push("", paint("bold", "Checks"));
    const label = (c) => c.level === "warning" ? `${c.id} (warning)` : c.id;
    const width = Math.min(40, Math.max(...checks.map((c) => Array.from(plainText(label(c))).length)));
    const numbers = (c) => countText(c);
    const numWidth = Math.max(...checks.map((c) => numbers(c).length));
    for (const check of checks) {
      const mark = !check.violated ? paint("green", "✓") : check.level === "error" ? paint("red", "✗") : paint("yellow", "!");
      const waived = check.waived ? `, ${check.waived} waived` : "";
      lines.push(
        `  ${mark} ${pad(plainText(label(check), 80), width)}  ${pad(numbers(check), numWidth)}  ${paint("dim", plainText(where2(ctx, check.source), 300) + waived)}`
      );
    }
  }
  const violated = checks.filter((c) => c.violated);
  if (violated.length > 0 && perCheck > 0) {
    lines.push("", paint("bold", "Violations (worst first)"));
    for (const check of violated) {
      const mark = check.level === "error" ? paint("red", "✗") : paint("yellow", "!");
      lines.push(`  ${mark} ${plainText(check.id, 80)}: ${countedWords(check, plural3)} (max ${check.max})`);
      const shown2 = check.violations.slice(0, perCheck);
      for (const v of shown2) {
        const state = stateWord(v.baselineState);
        lines.push(`      ${state ? `${paint("dim", `[${state}]`)} ` : ""}${findingLine(v.finding, 100)}`);
        const facts = findingFacts(v.finding);
        const line = facts && factsLine(facts, false);
        if (line) lines.push(paint("dim", `        ${line}`));
      }
      const more = countedFor(check) - shown2.length;
      if (shown2.length === 0 && more > 0) lines.push(paint("dim", `      ${notListed(result, ctx)}`));
      else if (more > 0) lines.push(paint("dim", `      … and ${more} more`));
    }
  }
  const fixed = result.evaluation?.baseline?.absentSamples ?? [];
  if (since && since.absent > 0) {
    const bySeverity2 = baselineRows(result).filter(([, , , absent]) => absent > 0).map(([s, , , absent]) => `${s} ${absent}`).join(" · ");
    lines.push("", `${paint("bold", "Fixed since the baseline")}  ${bySeverity2}`);
    const shown2 = fixed.slice(0, perCheck);
    for (const sample of shown2) lines.push(`  ${paint("green", "✓")} ${fixedLine(sample, 100)}`);
    if (shown2.length > 0 && since.absent > shown2.length)
      lines.push(paint("dim", `  … and ${since.absent - shown2.length} more`));
  }
  const ex = result.evaluation?.exceptions;
  if (ex && ex.applied.length + ex.expired.length + ex.expiring.length + ex.unused.length > 0) {
    lines.push("", paint("bold", "Exceptions"));
    for (const e of ex.applied) {
      lines.push(`  applied   ${plainText(e.id, 80)}: waived ${plural3(e.count, "finding")}, ${days(e)}`);
    }
    for (const e of ex.expiring) {
      lines.push(
        `  ${paint("yellow", "expiring")}  ${plainText(e.id, 80)}: ${days(e)}  ${paint("dim", where2(ctx, e.source))}`
      );
    }
    for (const e of ex.expired) {
      lines.push(
        `  ${paint("yellow", "expired")}   ${plainText(e.id, 80)}: ${days(e)}, waives nothing  ${paint("dim", where2(ctx, e.source))}`
      );
    }
    for (const e of ex.unused) {
      lines.push(
        `  unused    ${plainText(e.id, 80)}: matched no finding  ${paint("dim", where2(ctx, e.source))}`
      );
    }
  }
  const cov = result.coverage;
  if (isInspector2Coverage(cov)) {
    lines.push("", `${paint("bold", "Coverage")}  ${plainText(coverageSummary(cov), 500)}`);
    for (const line of coverageLines(cov)) {
      const label = line.label === "inactive" || line.label === "pending" || line.label === "missing" ? paint("yellow", line.label.padEnd(9)) : line.label.padEnd(9);
      lines.push(`  ${label} ${plainText(line.text, 300)}`);
    }
  } else if (cov) {
    const telemetry = Object.entries(cov.telemetryMessages).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([type, n]) => `${plainText(type, 60)} ${n}`).join(", ");
    lines.push(
      "",
      `${paint("bold", "Coverage")}  ${plural3(cov.agents, "agent")}: ${cov.healthy} healthy, ${cov.unhealthy} unhealthy, ${cov.reporting} reporting (min ${cov.minAgents}); unhealthy agents: ${cov.unhealthyPolicy}`
    );
    if (telemetry) lines.push(`  telemetry ${telemetry}`);
    for (const agent of cov.unhealthyAgents.slice(0, 10)) {
      const code = agent.healthCode ? ` (${plainText(agent.healthCode, 60)})` : "";
      lines.push(`  ${paint("yellow", "unhealthy")} ${plainText(agent.agentId, 100)}${code}`);
    }
    if (cov.unhealthyAgents.length > 10)
      lines.push(`  … and ${cov.unhealthyAgents.length - 10} more unhealthy`);
  }
  if (result.source?.kind === "inspector2" && result.source.suppressed.length > 0) {
    const shown2 = suppressedLines(result.source);
    lines.push("", `${paint("bold", "Suppressed")}  by Inspector's suppression rules, not counted`);
    for (const line of shown2.slice(0, 10)) lines.push(`  ${plainText(line, 300)}`);
    const more = result.source.listed.suppressed - Math.min(10, shown2.length);
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  if (result.warnings.length > 0) {
    lines.push("", paint("bold", "Warnings"));
    for (const w of result.warnings.slice(0, 20))
      lines.push(`  ${paint("yellow", "!")} ${plainText(w, 500)}`);
    if (result.warnings.length > 20) lines.push(`  … and ${result.warnings.length - 20} more`);
  }
  if (result.verdict === "error" && result.error) {
    lines.push(
      "",
      `${paint("red", "Error")} ${plainText(result.error.code, 60)}: ${plainText(result.error.message, 2e3)}`
    );
  }
  const calls = totalApiCalls(result);
  const detail = calls > 0 ? ` (${apiCallsList(result)})` : "";
  const phases = [
    result.timings.waitMs !== void 0 ? `wait ${formatDuration2(result.timings.waitMs)}` : void 0,
    result.timings.fetchMs !== void 0 ? `fetch ${formatDuration2(result.timings.fetchMs)}` : void 0,
    result.timings.evaluateMs !== void 0 ? `evaluate ${formatDuration2(result.timings.evaluateMs)}` : void 0
  ].filter((p) => p !== void 0);
  lines.push(
    "",
    paint(
      "dim",
      `${plural3(calls, "API call")}${detail} · took ${formatDuration2(result.timings.totalMs)}${phases.length > 0 ? ` (${phases.join(", ")})` : ""}`
    )
  );
  return `${lines.join("\n")}
`;
};

// src/report/annotations.ts
var MAX_ANNOTATIONS_PER_LEVEL = 10;
var DEFAULT_FINDINGS_PER_ANNOTATION = 3;
var TITLE_MAX = 200;
var MESSAGE_MAX = 1e3;
function checkAnnotation(check, level, ctx, perCheck) {
  const shown2 = check.violations.slice(0, perCheck);
  const more = check.matched - shown2.length;
  const worst = shown2.map((v) => findingLine(v.finding, 100));
  if (more > 0) worst.push(`and ${more} more`);
  const waived = check.waived ? `, ${check.waived} waived by exceptions` : "";
  const description = check.description ? `${plainText(check.description, 200)}. ` : "";
  const preset = presetNote(check.source);
  const message = `${preset ? `${preset} ` : ""}${description}${plural3(check.matched, "finding")} after exceptions (max ${check.max})${waived}.${worst.length > 0 ? ` Worst: ${worst.join("; ")}.` : ""}`;
  const anchor = anchorOf(check.source);
  return {
    level,
    file: displayFile(ctx, anchor.file),
    line: anchor.line,
    column: anchor.column,
    title: plainText(`${check.id}: ${plural3(check.matched, "finding")} (max ${check.max})`, TITLE_MAX),
    message: plainText(message, MESSAGE_MAX)
  };
}
function exceptionAnnotation(e, level, ctx) {
  const who = [e.owner ? `owner ${e.owner}` : "", e.ticket ? `ticket ${e.ticket}` : ""].filter((x) => x).join(", ");
  const reason = `Reason: ${e.reason}${who ? ` (${who})` : ""}.`;
  const title = level === "notice" ? `Exception ${e.id} expires on ${e.expires} (${e.daysLeft === 0 ? "today" : `in ${plural3(e.daysLeft, "day")}`})` : `Exception ${e.id} expired on ${e.expires}`;
  const message = level === "notice" ? `${reason} Renew it or fix the findings it waives before it expires.` : `It no longer waives any finding. ${reason} Renew it with a new expiry date, or remove it.`;
  const anchor = anchorOf(e.source);
  const preset = presetNote(e.source);
  return {
    level,
    file: displayFile(ctx, anchor.file),
    line: anchor.line,
    column: anchor.column,
    title: plainText(title, TITLE_MAX),
    message: plainText(preset ? `${preset} ${message}` : message, MESSAGE_MAX)
  };
}
function capped(list2, noun) {
  if (list2.length <= MAX_ANNOTATIONS_PER_LEVEL) return list2;
  const kept = list2.slice(0, MAX_ANNOTATIONS_PER_LEVEL);
  const extra = list2.length - MAX_ANNOTATIONS_PER_LEVEL;
  const last = kept[kept.length - 1];
  const suffix = ` (${plural3(extra, `more ${noun}`)} in the job summary.)`;
  kept[kept.length - 1] = {
    ...last,
    message: `${plainText(last.message, MESSAGE_MAX - suffix.length)}${suffix}`
  };
  return kept;
}
function planAnnotations(result, ctx) {
  if (result.verdict === "error") {
    const code = result.error?.code ?? "ERROR";
    return [
      {
        level: "error",
        file: "",
        line: 0,
        column: 0,
        title: plainText(`${TOOL_NAME}: ${code}`, TITLE_MAX),
        message: plainText(result.error?.message ?? "The gate stopped without a verdict.", MESSAGE_MAX)
      }
    ];
  }
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_ANNOTATION);
  const violated = rankChecks(checksOf(result.evaluation).filter((c) => c.violated));
  const errors = violated.filter((c) => c.level === "error").map((c) => checkAnnotation(c, "error", ctx, perCheck));
  const exceptions = result.evaluation?.exceptions;
  const warnings = [
    ...violated.filter((c) => c.level === "warning").map((c) => checkAnnotation(c, "warning", ctx, perCheck)),
    ...[...exceptions?.expired ?? []].sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1)).map((e) => exceptionAnnotation(e, "warning", ctx))
  ];
  const notices = [...exceptions?.expiring ?? []].sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1)).map((e) => exceptionAnnotation(e, "notice", ctx));
  return [...capped(errors, "error"), ...capped(warnings, "warning"), ...capped(notices, "notice")];
}

// src/report/index.ts
var formatters = Object.freeze({
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit
});
var FORMATS = Object.freeze([
  "text",
  "json",
  "markdown",
  "sarif",
  "junit"
]);
function isFormat(value) {
  return Object.hasOwn(formatters, value);
}
function formatReport(result, format, ctx) {
  const formatter = formatters[format];
  if (!formatter)
    throw new TypeError(`unknown report format '${String(format)}': expected one of ${FORMATS.join(", ")}`);
  return formatter(result, ctx);
}

// src/sources/classic/run-name.ts
function clean(part) {
  return part.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
}
function named2(...parts) {
  return ["inspector-gate", ...parts.filter((p) => p !== void 0 && p !== "").map(clean)].join("-").slice(0, 140);
}
function defaultRunName(env, now) {
  const v = (name) => {
    const value = env[name]?.trim();
    return value ? value : void 0;
  };
  if (v("GITHUB_RUN_ID")) return named2(v("GITHUB_RUN_ID"), v("GITHUB_RUN_ATTEMPT") ?? "1");
  if (v("GITLAB_CI") && v("CI_JOB_ID")) return named2("gitlab", v("CI_JOB_ID"));
  if (v("BUILDKITE_BUILD_ID"))
    return named2("buildkite", v("BUILDKITE_JOB_ID") ?? v("BUILDKITE_BUILD_ID"), v("BUILDKITE_RETRY_COUNT"));
  if (v("CIRCLE_WORKFLOW_JOB_ID")) return named2("circleci", v("CIRCLE_WORKFLOW_JOB_ID"));
  if (v("CIRCLE_BUILD_NUM")) return named2("circleci", v("CIRCLE_BUILD_NUM"));
  if (v("TF_BUILD") && v("BUILD_BUILDID")) return named2("azure", v("BUILD_BUILDID"), v("SYSTEM_JOBATTEMPT"));
  if (v("CODEBUILD_BUILD_ID")) return named2("codebuild", v("CODEBUILD_BUILD_ID"));
  if (v("BITBUCKET_BUILD_NUMBER"))
    return named2("bitbucket", v("BITBUCKET_BUILD_NUMBER"), v("BITBUCKET_STEP_UUID"));
  if (v("TRAVIS_JOB_ID")) return named2("travis", v("TRAVIS_JOB_ID"));
  if (v("JENKINS_URL") && v("BUILD_TAG")) return named2(v("BUILD_TAG"));
  if (v("CI_PIPELINE_ID")) return named2("ci", v("CI_PIPELINE_ID"), v("CI_JOB_ID"));
  return named2(
    now.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "")
  );
}
export {
  CLASSIC_SEVERITIES,
  ConfigError,
  DEFAULT_MARKDOWN_MAX_BYTES,
  ExitCode,
  FORMATS,
  GateError,
  INSPECTOR2_SEVERITIES,
  INSPECTOR2_SEVERITY,
  InspectorError,
  MAX_ANNOTATIONS_PER_LEVEL,
  REPORT_SCHEMA_VERSION,
  SEVERITIES,
  SEVERITY_RANK,
  VERSION,
  applicablePolicy,
  buildJsonReport,
  buildSarif,
  createEvaluator,
  createInspectorClient,
  defaultRunName,
  escapeMarkdown,
  escapeXml,
  evaluate,
  evaluateCounts,
  formatReport,
  formatters,
  isFormat,
  loadFindingsFile,
  loadPolicy,
  matchesServerFilter,
  parseFindings,
  plainText,
  planAnnotations,
  planFetch,
  policyNeeds,
  policySchema,
  runGate,
  runGateOn,
  runOf,
  subjectLabel
};
