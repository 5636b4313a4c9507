/**
 * The annotations the Action shows on the policy file: an error per violated error-level rule and per
 * broken severity limit, a warning per violated warning-level rule and per expired exception, a notice per
 * exception about to expire; anchored at the line of the rule's `id`, the severity setting or the
 * exception. GitHub shows at most 10 annotations of each level per step, so each level is ranked (worst
 * severity first) and cut at 10; the 10th then says how many more are in the job summary.
 *
 * Titles and messages are single-line plain text (plainText: no CR, LF or control characters). The Action
 * emits them through @actions/core, which also escapes `%`, CR and LF (and `:`/`,` in properties), so a
 * finding carrying `::error::` or a newline cannot start a workflow command of its own.
 */
import type { ExceptionStatus } from "../policy/types.js";
import type { GateResult } from "../result.js";
import { plainText } from "./escape.js";
import type { ReportContext } from "./types.js";
import {
  anchorOf,
  type Check,
  checksOf,
  displayFile,
  findingLine,
  plural,
  presetNote,
  rankChecks,
  TOOL_NAME,
} from "./views.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  /** The policy file as ctx.displayPath shows it; "" when the annotation is not about a file. */
  file: string;
  /** 1-based; 0 when there is no file. */
  line: number;
  /** 1-based; 0 when there is no file. */
  column: number;
  title: string;
  message: string;
}

/** GitHub's limit per level and step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
const DEFAULT_FINDINGS_PER_ANNOTATION = 3;
const TITLE_MAX = 200;
const MESSAGE_MAX = 1000;

function checkAnnotation(
  check: Check,
  level: AnnotationLevel,
  ctx: ReportContext,
  perCheck: number,
): Annotation {
  const shown = check.violations.slice(0, perCheck);
  const more = check.matched - shown.length;
  const worst = shown.map((v) => findingLine(v.finding, 100));
  if (more > 0) worst.push(`and ${more} more`);
  const waived = check.waived ? `, ${check.waived} waived by exceptions` : "";
  const description = check.description ? `${plainText(check.description, 200)}. ` : "";
  const preset = presetNote(check.source);
  const message = `${preset ? `${preset} ` : ""}${description}${plural(check.matched, "finding")} after exceptions (max ${check.max})${waived}.${
    worst.length > 0 ? ` Worst: ${worst.join("; ")}.` : ""
  }`;
  const anchor = anchorOf(check.source);
  return {
    level,
    file: displayFile(ctx, anchor.file),
    line: anchor.line,
    column: anchor.column,
    title: plainText(`${check.id}: ${plural(check.matched, "finding")} (max ${check.max})`, TITLE_MAX),
    message: plainText(message, MESSAGE_MAX),
  };
}

function exceptionAnnotation(e: ExceptionStatus, level: AnnotationLevel, ctx: ReportContext): Annotation {
  const who = [e.owner ? `owner ${e.owner}` : "", e.ticket ? `ticket ${e.ticket}` : ""]
    .filter((x) => x)
    .join(", ");
  const reason = `Reason: ${e.reason}${who ? ` (${who})` : ""}.`;
  const title =
    level === "notice"
      ? `Exception ${e.id} expires on ${e.expires} (${e.daysLeft === 0 ? "today" : `in ${plural(e.daysLeft, "day")}`})`
      : `Exception ${e.id} expired on ${e.expires}`;
  const message =
    level === "notice"
      ? `${reason} Renew it or fix the findings it waives before it expires.`
      : `It no longer waives any finding. ${reason} Renew it with a new expiry date, or remove it.`;
  const anchor = anchorOf(e.source);
  const preset = presetNote(e.source);
  return {
    level,
    file: displayFile(ctx, anchor.file),
    line: anchor.line,
    column: anchor.column,
    title: plainText(title, TITLE_MAX),
    message: plainText(preset ? `${preset} ${message}` : message, MESSAGE_MAX),
  };
}

/** Keeps at most MAX per level; the last kept one says how many more the job summary holds. */
function capped(list: Annotation[], noun: string): Annotation[] {
  if (list.length <= MAX_ANNOTATIONS_PER_LEVEL) return list;
  const kept = list.slice(0, MAX_ANNOTATIONS_PER_LEVEL);
  const extra = list.length - MAX_ANNOTATIONS_PER_LEVEL;
  const last = kept[kept.length - 1]!;
  const suffix = ` (${plural(extra, `more ${noun}`)} in the job summary.)`;
  kept[kept.length - 1] = {
    ...last,
    message: `${plainText(last.message, MESSAGE_MAX - suffix.length)}${suffix}`,
  };
  return kept;
}

/** Ranked by severity; at most 10 per level; when more exist the 10th says how many more are in the summary. */
export function planAnnotations(result: GateResult, ctx: ReportContext): Annotation[] {
  if (result.verdict === "error") {
    const code = result.error?.code ?? "ERROR";
    return [
      {
        level: "error",
        file: "",
        line: 0,
        column: 0,
        title: plainText(`${TOOL_NAME}: ${code}`, TITLE_MAX),
        message: plainText(result.error?.message ?? "The gate stopped without a verdict.", MESSAGE_MAX),
      },
    ];
  }
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_ANNOTATION);
  const violated = rankChecks(checksOf(result.evaluation).filter((c) => c.violated));
  const errors = violated
    .filter((c) => c.level === "error")
    .map((c) => checkAnnotation(c, "error", ctx, perCheck));
  const exceptions = result.evaluation?.exceptions;
  const warnings = [
    ...violated.filter((c) => c.level === "warning").map((c) => checkAnnotation(c, "warning", ctx, perCheck)),
    ...[...(exceptions?.expired ?? [])]
      .sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1))
      .map((e) => exceptionAnnotation(e, "warning", ctx)),
  ];
  const notices = [...(exceptions?.expiring ?? [])]
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1))
    .map((e) => exceptionAnnotation(e, "notice", ctx));
  return [...capped(errors, "error"), ...capped(warnings, "warning"), ...capped(notices, "notice")];
}
