/**
 * CISA's Known Exploited Vulnerabilities data through BatchGetFindingDetails (10 finding ARNs a call),
 * asked for only when a policy condition needs it and only for the findings it could matter to.
 *
 * Every ARN asked for must come back exactly once, in the details or in the errors, and nothing else may
 * come back. Details with `cisaData` mean in KEV; details without it, not in KEV. An error:
 * FINDING_DETAILS_NOT_FOUND for a finding that is not a package vulnerability means not in KEV (there is
 * no vulnerability to look up); for a package vulnerability the answer is unknown and `kev` stays unset
 * (a kev condition then cannot be decided for it, never a silent "no"). INTERNAL_ERROR and any other code
 * are retried after a short backoff, a few times, then the gate fails (exit 3); ACCESS_DENIED fails at once.
 */
import { BatchGetFindingDetailsCommand, type FindingDetail } from "@aws-sdk/client-inspector2";
import { GateAborted } from "../../core/abort.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import type { CisaData, Finding } from "../../model.js";
import { timestamp } from "../shared/timestamp.js";
import type { Inspector2Api } from "./api.js";

/** Further attempts for ARNs that came back as a retryable error. */
export const KEV_RETRIES = 3;
const FIRST_BACKOFF_MS = 250;

export type KevAnswer =
  | { readonly kev: true; readonly cisaData: CisaData }
  | { readonly kev: false }
  | { readonly kev: undefined };

function cisaOf(detail: FindingDetail): CisaData | undefined {
  const c = detail.cisaData;
  if (c === undefined || c === null) return undefined;
  const out: { -readonly [K in keyof CisaData]: CisaData[K] } = {};
  if (typeof c.action === "string") out.action = c.action;
  const added = timestamp(c.dateAdded);
  if (added !== undefined) out.dateAdded = added;
  const due = timestamp(c.dateDue);
  if (due !== undefined) out.dateDue = due;
  return out;
}

/** Looks up at most 10 findings; resolves with an answer for each of them, by ARN. */
export async function kevOf(
  api: Inspector2Api,
  findings: readonly Finding[],
  options: { readonly clock: Clock; readonly signal: AbortSignal; readonly retries?: number },
): Promise<Map<string, KevAnswer>> {
  const answers = new Map<string, KevAnswer>();
  const byArn = new Map(findings.map((f) => [f.arn, f]));
  let asking = [...byArn.keys()];
  const retries = options.retries ?? KEV_RETRIES;
  for (let attempt = 0; asking.length > 0; attempt++) {
    const out = await api.call("BatchGetFindingDetails", (o) =>
      api.client.send(new BatchGetFindingDetailsCommand({ findingArns: asking }), o),
    );
    const pending = new Set(asking);
    const seen = new Set<string>();
    const again: { arn: string; code: string; message: string }[] = [];
    const answered = (arn: string | undefined): string => {
      if (arn === undefined || !pending.has(arn) || seen.has(arn)) {
        throw new InspectorError(
          "KEV_INCONSISTENT",
          `Inspector BatchGetFindingDetails answered for ${arn === undefined ? "a finding without an ARN" : seen.has(arn) ? `${arn} twice` : `${arn}, which was not asked for`}; refusing to decide on inconsistent data`,
        );
      }
      seen.add(arn);
      return arn;
    };
    for (const detail of out.findingDetails ?? []) {
      const arn = answered(detail.findingArn);
      const cisa = cisaOf(detail);
      answers.set(arn, cisa !== undefined ? { kev: true, cisaData: cisa } : { kev: false });
    }
    for (const error of out.errors ?? []) {
      const arn = answered(error.findingArn);
      const code = error.errorCode ?? "UNKNOWN";
      if (code === "FINDING_DETAILS_NOT_FOUND") {
        const isPackage = byArn.get(arn)?.type === "PACKAGE_VULNERABILITY";
        answers.set(arn, isPackage ? { kev: undefined } : { kev: false });
      } else if (code === "ACCESS_DENIED") {
        throw new InspectorError(
          "ACCESS_DENIED",
          `Inspector BatchGetFindingDetails refused ${arn}: ACCESS_DENIED (${error.errorMessage ?? "no message"})`,
        );
      } else again.push({ arn, code, message: error.errorMessage ?? "" });
    }
    const missing = asking.filter((arn) => !seen.has(arn));
    if (missing.length > 0) {
      throw new InspectorError(
        "KEV_INCOMPLETE",
        `Inspector BatchGetFindingDetails answered nothing for ${missing.length} of ${asking.length} findings ` +
          `(${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}); refusing to decide on incomplete data`,
      );
    }
    if (again.length === 0) break;
    if (attempt >= retries) {
      const first = again[0]!;
      throw new InspectorError(
        "KEV_INCOMPLETE",
        `Inspector BatchGetFindingDetails kept failing for ${again.length} finding${again.length === 1 ? "" : "s"} ` +
          `after ${retries + 1} attempts (${first.arn}: ${first.code}${first.message ? ` ${first.message}` : ""}); ` +
          "their KEV status is unknown, refusing to decide without it",
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

/** The finding with its KEV answer set (`kev` left unset when unknown). */
export function withKev(finding: Finding, answer: KevAnswer | undefined): Finding {
  if (answer === undefined || answer.kev === undefined) return finding;
  return answer.kev ? { ...finding, kev: true, cisaData: answer.cisaData } : { ...finding, kev: false };
}
