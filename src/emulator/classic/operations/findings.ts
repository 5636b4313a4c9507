/**
 * Findings through the API: ListFindings over one run after another under a two-part page token
 * (run, position in the run's candidate slice), DescribeFindings by ARN in constant time (with the
 * failedItems fault), and user attributes added to or removed from findings.
 */
import { unit } from "../../shared/random.js";
import { parseArn } from "../arn.js";
import {
  checkRange,
  type Emulation,
  type FailedItem,
  find,
  type Handler,
  type Input,
  type Output,
  PAGE_DEFAULT,
} from "../context.js";
import { CompiledFilter, type FindingFilterInput } from "../finding-filter.js";
import type { FindingContext, WireAttribute } from "../finding-set.js";
import type { Run } from "../run-lifecycle.js";
import { pageLimitOf } from "../service-model.js";
import { checkMaxResults } from "../validate.js";

/** Where a finding ARN leads: its run and index, or why it cannot be described. */
function findingFailure(em: Emulation, arn: string, now: number): FailedItem | { run: Run; index: number } {
  const store = em.store;
  let runArn = store.explicitFindings.get(arn);
  if (runArn === undefined) {
    const parsed = parseArn(arn);
    if (parsed === undefined || parsed.kind !== "finding")
      return { failureCode: "INVALID_ARN", retryable: false };
    if (parsed.account !== store.account) return { failureCode: "ACCESS_DENIED", retryable: false };
    runArn = parsed.parent!;
  }
  const run = store.runs.get(runArn);
  if (run !== undefined) {
    run.advance(now);
    const index = run.findings.indexOf(arn, run.arn);
    if (index >= 0 && index < run.visibleFindings()) return { run, index };
  }
  return { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
}

/** The filter compiled for a run in its current state (a small cache: paginating reuses it). */
function compiledFilter(em: Emulation, run: Run, filter: FindingFilterInput): CompiledFilter {
  const key = `${run.arn}\u0000${run.state}\u0000${JSON.stringify(filter)}`;
  let compiled = em.filterCache.get(key);
  if (compiled === undefined) {
    compiled = new CompiledFilter(run.findings, filter, run.findingContext());
    if (em.filterCache.size >= 64) em.filterCache.delete(em.filterCache.keys().next().value!);
    em.filterCache.set(key, compiled);
  }
  return compiled;
}

/** Add/RemoveAttributesFromFindings: edits each finding's user attributes, failedItems for the rest. */
function editUserAttributes(
  em: Emulation,
  input: Input,
  now: number,
  edit: (current: WireAttribute[]) => WireAttribute[] | "LIMIT_EXCEEDED",
): Output {
  const failedItems: Record<string, FailedItem> = {};
  for (const arn of new Set<string>(input["findingArns"])) {
    const found = findingFailure(em, arn, now);
    if ("failureCode" in found) {
      failedItems[arn] = found;
      continue;
    }
    const { run, index } = found;
    const current = [...run.findings.userAttributesOf(index, run.findingContext())];
    const next = edit(current);
    if (next === "LIMIT_EXCEEDED") {
      failedItems[arn] = { failureCode: "LIMIT_EXCEEDED", retryable: false };
      continue;
    }
    run.findings.userOverrides.set(index, next);
    run.findings.updatedAt.set(index, now);
  }
  return { failedItems };
}

export const FINDING_OPERATIONS: Readonly<Record<string, Handler>> = {
  ListFindings(input, em, now) {
    const store = em.store;
    const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
    const limit = Math.min(max, pageLimitOf("ListFindings", "findingArns"));
    const runArns: string[] | undefined = input["assessmentRunArns"];
    const runs = runArns?.length
      ? [...new Set(runArns)].map((arn) => find(store, "run", arn, store.runs))
      : [...store.runs.values()];
    const filter: FindingFilterInput = input["filter"] ?? {};
    checkRange(filter.creationTimeRange, "INVALID_ASSESSMENT_RUN_START_TIME_RANGE", "creationTimeRange");
    const scope = { runs: runArns ?? null, filter: input["filter"] ?? null };
    let [runPos = 0, cursor = 0] = input["nextToken"]
      ? em.tokens.read("ListFindings", scope, input["nextToken"])
      : [];
    const findingArns: string[] = [];
    while (runPos < runs.length && findingArns.length < limit) {
      const run = runs[runPos]!;
      run.advance(now);
      const { indices, next } = compiledFilter(em, run, filter).page(
        cursor,
        limit - findingArns.length,
        run.visibleFindings(),
      );
      for (const i of indices) findingArns.push(run.findings.arnOf(i, run.arn));
      if (next === undefined) {
        runPos++;
        cursor = 0;
      } else {
        cursor = next;
      }
    }
    const more = runPos < runs.length;
    return {
      findingArns,
      ...(more ? { nextToken: em.tokens.issue("ListFindings", scope, [runPos, cursor]) } : {}),
    };
  },

  DescribeFindings(input, em, now) {
    const faults = em.faults().failedItems;
    const findings: Record<string, unknown>[] = [];
    const failedItems: Record<string, FailedItem> = {};
    const contexts = new Map<Run, FindingContext>();
    for (const arn of new Set<string>(input["findingArns"])) {
      const found = findingFailure(em, arn, now);
      if ("failureCode" in found) {
        failedItems[arn] = found;
        continue;
      }
      if (faults !== null && faults.rate > 0 && unit(em.store.seed, "failed-item", arn) < faults.rate) {
        if (faults.mode === "permanent") {
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: false };
          continue;
        }
        if (!em.failedOnce.has(arn)) {
          em.failedOnce.add(arn);
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: true };
          continue;
        }
      }
      let ctx = contexts.get(found.run);
      if (ctx === undefined) {
        ctx = found.run.findingContext();
        contexts.set(found.run, ctx);
      }
      findings.push(found.run.findings.describe(found.index, ctx));
    }
    return { findings, failedItems };
  },

  AddAttributesToFindings(input, em, now) {
    const adding: WireAttribute[] = input["attributes"];
    return editUserAttributes(em, input, now, (current) => {
      const next = current.filter((c) => !adding.some((a) => a.key === c.key));
      next.push(...adding);
      return next.length > 10 ? "LIMIT_EXCEEDED" : next;
    });
  },

  RemoveAttributesFromFindings(input, em, now) {
    const keys = new Set<string>(input["attributeKeys"]);
    return editUserAttributes(em, input, now, (current) => current.filter((c) => !keys.has(c.key)));
  },
};
