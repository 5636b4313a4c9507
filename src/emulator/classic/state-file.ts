/**
 * Inspector Classic's part of the state file (`--state FILE`; shared/state-file.ts reads and writes
 * the file). Entities are written in the API's own shapes (timestamps in epoch seconds; ISO-8601
 * strings are accepted on load), so a file can be written by hand or from exported
 * `aws inspector describe-*` output to replay an account.
 * A generated run is saved as the parameters that regenerate its findings, not as the findings.
 */
import { ConfigError } from "../../errors.js";
import { CLASSIC_SEVERITIES as SEVERITIES, type ClassicSeverity as Severity } from "../../model.js";
import {
  ExplicitFindings,
  type FindingSet,
  GeneratedFindings,
  type StoredFinding,
  type WireAttribute,
} from "./finding-set.js";
import type { Agent } from "./fleet.js";
import { isOutcome, RUN_STATES, Run, type RunState, type Step } from "./run-lifecycle.js";
import type { Store } from "./store.js";

export const STATE_FORMAT = "inspector-gate-emulator-state";

const sec = (ms: number) => ms / 1000;

/** Everything about the account, ready for JSON. */
export function snapshot(
  store: Store,
  now: number,
  seeded?: Record<string, string>,
): Record<string, unknown> {
  return {
    format: STATE_FORMAT,
    version: 1,
    savedAt: new Date(now).toISOString(),
    seed: store.seedText,
    region: store.region,
    account: store.account,
    ...(seeded ? { seeded } : {}),
    defaultOutcome: store.defaultOutcome,
    agents: store.agents,
    crossAccountRole: { ...store.crossAccountRole, registeredAt: sec(store.crossAccountRole.registeredAt) },
    resourceGroups: [...store.resourceGroups.values()].map((g) => ({ ...g, createdAt: sec(g.createdAt) })),
    assessmentTargets: [...store.targets.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      ...(t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {}),
      createdAt: sec(t.createdAt),
      updatedAt: sec(t.updatedAt),
    })),
    assessmentTemplates: [...store.templates.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      assessmentTargetArn: t.targetArn,
      durationInSeconds: t.durationInSeconds,
      rulesPackageArns: t.rulesPackageArns,
      userAttributesForFindings: t.userAttributesForFindings,
      createdAt: sec(t.createdAt),
      tags: t.tags,
    })),
    eventSubscriptions: store.subscriptions.map((s) => ({
      resourceArn: s.resourceArn,
      topicArn: s.topicArn,
      eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec(e.subscribedAt) })),
    })),
    assessmentRuns: [...store.runs.values()].map((run) => {
      run.advance(now);
      const ctx = run.findingContext();
      const f = run.findings;
      const findings =
        f instanceof GeneratedFindings
          ? {
              generated: {
                key: f.params.key,
                count: f.params.count,
                agentIds: f.params.agents.map((a) => a.agentId),
                rulesPackageArns: f.params.packages.map((p) => p.arn),
              },
              overrides: [...f.userOverrides.keys()].map((i) => ({
                arn: f.arnOf(i, run.arn),
                userAttributes: f.userOverrides.get(i),
                ...(f.updatedAt.has(i) ? { updatedAt: sec(f.updatedAt.get(i)!) } : {}),
              })),
            }
          : Array.from({ length: f.size }, (_, i) => f.describe(i, ctx));
      return {
        arn: run.arn,
        name: run.name,
        assessmentTemplateArn: run.templateArn,
        durationInSeconds: run.durationInSeconds,
        rulesPackageArns: run.rulesPackageArns,
        userAttributesForFindings: run.userAttributesForFindings,
        createdAt: sec(run.createdAt),
        state: run.state,
        stateChanges: run.changes.map((c) => ({ state: c.state, stateChangedAt: sec(c.at) })),
        emulator: {
          timeScale: run.timeScale,
          outcome: run.outcome,
          plan: run.plan.map((c) => ({ state: c.state, stateChangedAt: sec(c.at) })),
          collectedFraction: run.collectedFraction,
          ...(run.stopAction ? { stopAction: run.stopAction } : {}),
          agentIds: run.agentIds,
        },
        findings,
      };
    }),
  };
}

/** Reads typed values out of untrusted JSON, collecting problems as "path: message". */
class Reader {
  readonly problems: string[] = [];

  problem(path: string, message: string): void {
    if (this.problems.length < 50) this.problems.push(`${path}: ${message}`);
  }

  string(v: unknown, path: string): string {
    if (typeof v === "string" && v.length > 0) return v;
    this.problem(path, "expected a non-empty string");
    return "";
  }

  optString(v: unknown, path: string): string | undefined {
    return v === undefined || v === null ? undefined : this.string(v, path);
  }

  number(v: unknown, path: string): number {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.problem(path, "expected a number");
    return 0;
  }

  /** A timestamp in epoch seconds or ISO-8601, as ms. */
  time(v: unknown, path: string): number {
    if (typeof v === "number" && Number.isFinite(v)) return v * 1000;
    if (typeof v === "string" && !Number.isNaN(Date.parse(v))) return Date.parse(v);
    this.problem(path, "expected a timestamp (epoch seconds or ISO-8601)");
    return 0;
  }

  list(v: unknown, path: string): unknown[] {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.problem(path, "expected a list");
    return [];
  }

  object(v: unknown, path: string): Record<string, unknown> {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    this.problem(path, "expected an object");
    return {};
  }

  attributes(v: unknown, path: string): WireAttribute[] {
    return this.list(v, path).map((a, i) => {
      const o = this.object(a, `${path}[${i}]`);
      const value = this.optString(o["value"], `${path}[${i}].value`);
      return { key: this.string(o["key"], `${path}[${i}].key`), ...(value !== undefined ? { value } : {}) };
    });
  }

  state(v: unknown, path: string): RunState {
    if (typeof v === "string" && (RUN_STATES as readonly string[]).includes(v)) return v as RunState;
    this.problem(path, `expected one of ${RUN_STATES.join(", ")}`);
    return "CREATED";
  }

  steps(v: unknown, path: string): Step[] {
    return this.list(v, path).map((s, i) => {
      const o = this.object(s, `${path}[${i}]`);
      return {
        state: this.state(o["state"], `${path}[${i}].state`),
        at: this.time(o["stateChangedAt"], `${path}[${i}].stateChangedAt`),
      };
    });
  }
}

/** The seed and fleet a state file was saved with (needed before the store is built). */
export function stateBasics(data: Record<string, unknown>): { seed?: string; region?: string } {
  return {
    ...(typeof data["seed"] === "string" || typeof data["seed"] === "number"
      ? { seed: String(data["seed"]) }
      : {}),
    ...(typeof data["region"] === "string" ? { region: data["region"] } : {}),
  };
}

function readFinding(r: Reader, v: unknown, path: string): StoredFinding {
  const o = r.object(v, path);
  const { arn, createdAt, updatedAt, severity, id, attributes, userAttributes, assetAttributes, ...rest } = o;
  const service = r.object(o["serviceAttributes"] ?? {}, `${path}.serviceAttributes`);
  let asset: StoredFinding["asset"];
  if (assetAttributes !== undefined) {
    const a = r.object(assetAttributes, `${path}.assetAttributes`);
    const agentId = r.optString(a["agentId"], `${path}.assetAttributes.agentId`);
    if (agentId !== undefined) {
      asset = {
        agentId,
        ...(typeof a["hostname"] === "string" ? { hostname: a["hostname"] } : {}),
        ...(typeof a["amiId"] === "string" ? { amiId: a["amiId"] } : {}),
        ...(typeof a["autoScalingGroup"] === "string" ? { autoScalingGroup: a["autoScalingGroup"] } : {}),
        ...(Array.isArray(a["ipv4Addresses"]) ? { ipv4Addresses: a["ipv4Addresses"] as string[] } : {}),
      };
    }
  }
  const sev = severity ?? "Undefined";
  if (!(SEVERITIES as readonly unknown[]).includes(sev)) {
    r.problem(`${path}.severity`, `expected one of ${SEVERITIES.join(", ")}`);
  }
  const created = r.time(createdAt, `${path}.createdAt`);
  const packageArn = r.optString(service["rulesPackageArn"], `${path}.serviceAttributes.rulesPackageArn`);
  const findingId = r.optString(id, `${path}.id`);
  return {
    arn: r.string(arn, `${path}.arn`),
    createdAtMs: created,
    updatedAtMs: updatedAt === undefined ? created : r.time(updatedAt, `${path}.updatedAt`),
    severity: sev as Severity,
    ...(packageArn !== undefined ? { rulesPackageArn: packageArn } : {}),
    ...(asset !== undefined ? { asset } : {}),
    ...(findingId !== undefined ? { id: findingId } : {}),
    attributes: r.attributes(attributes, `${path}.attributes`),
    userAttributes: r.attributes(userAttributes, `${path}.userAttributes`),
    rest: { ...rest, ...(assetAttributes !== undefined ? { assetAttributes } : {}) },
  };
}

/** Fills an empty store from a state file; throws ConfigError listing every problem found. */
export function restore(store: Store, data: Record<string, unknown>, file: string): void {
  const r = new Reader();
  if (data["format"] !== undefined && data["format"] !== STATE_FORMAT) {
    r.problem("format", `expected "${STATE_FORMAT}"`);
  }
  if (data["agents"] !== undefined) {
    store.agents = r.list(data["agents"], "agents").map((a, i) => {
      const o = r.object(a, `agents[${i}]`);
      r.string(o["agentId"], `agents[${i}].agentId`);
      return o as unknown as Agent;
    });
  }
  if (typeof data["defaultOutcome"] === "string") {
    if (isOutcome(data["defaultOutcome"])) store.defaultOutcome = data["defaultOutcome"];
    else r.problem("defaultOutcome", "expected COMPLETED, COMPLETED_WITH_ERRORS, FAILED, ERROR or NEVER");
  }
  if (data["crossAccountRole"] !== undefined) {
    const o = r.object(data["crossAccountRole"], "crossAccountRole");
    store.crossAccountRole = {
      roleArn: r.string(o["roleArn"], "crossAccountRole.roleArn"),
      registeredAt: r.time(o["registeredAt"], "crossAccountRole.registeredAt"),
      valid: o["valid"] !== false,
    };
  }
  r.list(data["resourceGroups"], "resourceGroups").forEach((g, i) => {
    const o = r.object(g, `resourceGroups[${i}]`);
    const arn = r.string(o["arn"], `resourceGroups[${i}].arn`);
    store.reserveIdsOf(arn);
    store.resourceGroups.set(arn, {
      arn,
      createdAt: r.time(o["createdAt"], `resourceGroups[${i}].createdAt`),
      tags: r.attributes(o["tags"], `resourceGroups[${i}].tags`),
    });
  });
  r.list(data["assessmentTargets"], "assessmentTargets").forEach((t, i) => {
    const p = `assessmentTargets[${i}]`;
    const o = r.object(t, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const group = r.optString(o["resourceGroupArn"], `${p}.resourceGroupArn`);
    if (group !== undefined && !store.resourceGroups.has(group)) {
      r.problem(`${p}.resourceGroupArn`, `no resource group ${group} in resourceGroups`);
    }
    store.reserveIdsOf(arn);
    const createdAt = r.time(o["createdAt"], `${p}.createdAt`);
    store.targets.set(arn, {
      arn,
      name: r.string(o["name"], `${p}.name`),
      ...(group !== undefined ? { resourceGroupArn: group } : {}),
      createdAt,
      updatedAt: o["updatedAt"] === undefined ? createdAt : r.time(o["updatedAt"], `${p}.updatedAt`),
    });
  });
  r.list(data["assessmentTemplates"], "assessmentTemplates").forEach((t, i) => {
    const p = `assessmentTemplates[${i}]`;
    const o = r.object(t, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const target = r.string(o["assessmentTargetArn"], `${p}.assessmentTargetArn`);
    if (!store.targets.has(target))
      r.problem(`${p}.assessmentTargetArn`, `no assessment target ${target} in assessmentTargets`);
    store.reserveIdsOf(arn);
    store.templates.set(arn, {
      arn,
      name: r.string(o["name"], `${p}.name`),
      targetArn: target,
      durationInSeconds: r.number(o["durationInSeconds"], `${p}.durationInSeconds`),
      rulesPackageArns: r
        .list(o["rulesPackageArns"], `${p}.rulesPackageArns`)
        .map((x, k) => r.string(x, `${p}.rulesPackageArns[${k}]`)),
      userAttributesForFindings: r.attributes(
        o["userAttributesForFindings"],
        `${p}.userAttributesForFindings`,
      ),
      createdAt: r.time(o["createdAt"], `${p}.createdAt`),
      tags: r.attributes(o["tags"], `${p}.tags`),
    });
  });
  r.list(data["eventSubscriptions"], "eventSubscriptions").forEach((s, i) => {
    const p = `eventSubscriptions[${i}]`;
    const o = r.object(s, p);
    store.subscriptions.push({
      resourceArn: r.string(o["resourceArn"], `${p}.resourceArn`),
      topicArn: r.string(o["topicArn"], `${p}.topicArn`),
      events: r.list(o["eventSubscriptions"], `${p}.eventSubscriptions`).map((e, k) => {
        const eo = r.object(e, `${p}.eventSubscriptions[${k}]`);
        return {
          event: r.string(eo["event"], `${p}.eventSubscriptions[${k}].event`),
          subscribedAt: r.time(eo["subscribedAt"], `${p}.eventSubscriptions[${k}].subscribedAt`),
        };
      }),
    });
  });
  const kinds = new Map(store.rulesPackages.map((p) => [p.arn, p.kind]));
  r.list(data["assessmentRuns"], "assessmentRuns").forEach((x, i) => {
    const p = `assessmentRuns[${i}]`;
    const o = r.object(x, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const templateArn = r.string(o["assessmentTemplateArn"], `${p}.assessmentTemplateArn`);
    if (!store.templates.has(templateArn)) {
      r.problem(`${p}.assessmentTemplateArn`, `no assessment template ${templateArn} in assessmentTemplates`);
    }
    store.reserveIdsOf(arn);
    const createdAt = r.time(o["createdAt"], `${p}.createdAt`);
    const emu = o["emulator"] === undefined ? undefined : r.object(o["emulator"], `${p}.emulator`);
    let changes = r.steps(o["stateChanges"], `${p}.stateChanges`);
    if (changes.length === 0) {
      const state = r.state(o["state"] ?? "COMPLETED", `${p}.state`);
      const at =
        o["stateChangedAt"] === undefined ? createdAt : r.time(o["stateChangedAt"], `${p}.stateChangedAt`);
      changes =
        state === "CREATED"
          ? [{ state, at: createdAt }]
          : [
              { state: "CREATED", at: createdAt },
              { state, at },
            ];
    }
    let findings: FindingSet;
    const rawFindings = o["findings"];
    if (Array.isArray(rawFindings) || rawFindings === undefined) {
      const list = r
        .list(rawFindings, `${p}.findings`)
        .map((f, k) => readFinding(r, f, `${p}.findings[${k}]`));
      for (const f of list) store.explicitFindings.set(f.arn, arn);
      findings = new ExplicitFindings(list);
    } else {
      const fo = r.object(rawFindings, `${p}.findings`);
      const g = r.object(fo["generated"], `${p}.findings.generated`);
      const agents = r.list(g["agentIds"], `${p}.findings.generated.agentIds`).flatMap((id, k) => {
        const agent = store.agents.find((a) => a.agentId === id);
        if (agent === undefined)
          r.problem(`${p}.findings.generated.agentIds[${k}]`, `no agent ${String(id)} in agents`);
        return agent ? [agent] : [];
      });
      const packages = r
        .list(g["rulesPackageArns"], `${p}.findings.generated.rulesPackageArns`)
        .flatMap((a, k) => {
          const kind = kinds.get(a as string);
          if (kind === undefined)
            r.problem(`${p}.findings.generated.rulesPackageArns[${k}]`, "not a rules package of this region");
          return kind ? [{ arn: a as string, kind }] : [];
        });
      const generated = new GeneratedFindings({
        catalogSeed: store.seed,
        key: r.number(g["key"], `${p}.findings.generated.key`) >>> 0,
        count: r.number(g["count"], `${p}.findings.generated.count`),
        agents,
        packages,
      });
      r.list(fo["overrides"], `${p}.findings.overrides`).forEach((ov, k) => {
        const q = `${p}.findings.overrides[${k}]`;
        const oo = r.object(ov, q);
        const index = generated.indexOf(r.string(oo["arn"], `${q}.arn`), arn);
        if (index < 0) {
          r.problem(`${q}.arn`, "not a finding of this run");
          return;
        }
        generated.userOverrides.set(index, r.attributes(oo["userAttributes"], `${q}.userAttributes`));
        if (oo["updatedAt"] !== undefined)
          generated.updatedAt.set(index, r.time(oo["updatedAt"], `${q}.updatedAt`));
      });
      findings = generated;
    }
    const outcome = emu?.["outcome"];
    const stopAction = emu?.["stopAction"];
    const run = new Run(
      {
        arn,
        name: r.string(o["name"], `${p}.name`),
        templateArn,
        durationInSeconds: r.number(o["durationInSeconds"] ?? 3600, `${p}.durationInSeconds`),
        rulesPackageArns: r.list(o["rulesPackageArns"], `${p}.rulesPackageArns`) as string[],
        userAttributesForFindings: r.attributes(
          o["userAttributesForFindings"],
          `${p}.userAttributesForFindings`,
        ),
        createdAt,
        timeScale: emu ? r.number(emu["timeScale"] ?? 1, `${p}.emulator.timeScale`) : 1,
        outcome: typeof outcome === "string" && isOutcome(outcome) ? outcome : "COMPLETED",
        agentIds: emu
          ? (r.list(emu["agentIds"], `${p}.emulator.agentIds`) as string[])
          : [...new Set(findings.assets.map((a) => a.agentId))],
        findings,
      },
      { changes, plan: emu ? r.steps(emu["plan"], `${p}.emulator.plan`) : [] },
    );
    if (emu && typeof emu["collectedFraction"] === "number") run.collectedFraction = emu["collectedFraction"];
    if (stopAction === "START_EVALUATION" || stopAction === "SKIP_EVALUATION") run.stopAction = stopAction;
    store.runs.set(arn, run);
  });
  if (r.problems.length > 0) {
    throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, r.problems);
  }
}
