/**
 * The sticky pull-request comment: one comment per workflow and job, found again by a hidden marker and
 * updated in place on re-runs. Posting it is reporting: every failure here becomes a warning and never
 * changes the verdict.
 */
import { readFileSync } from "node:fs";
import { getOctokit } from "@actions/github";
import { errorMessage } from "../errors.js";
import type { Verdict } from "../result.js";
import type { CommentMode } from "./inputs.js";

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;

/** Where a comment would go, read from the runner's environment. */
export interface PullRequestTarget {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /** The pull request number; undefined when the event is not about a pull request. */
  readonly number?: number;
  readonly workflow: string;
  readonly job: string;
  readonly apiUrl: string;
}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

export function pullRequestTarget(env: Readonly<Record<string, string | undefined>>): PullRequestTarget {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let number: number | undefined;
  if (PULL_REQUEST_EVENTS.has(eventName) && env.GITHUB_EVENT_PATH) {
    try {
      const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as {
        pull_request?: { number?: unknown };
        number?: unknown;
      };
      const candidate = payload.pull_request?.number ?? payload.number;
      if (typeof candidate === "number" && Number.isSafeInteger(candidate) && candidate > 0)
        number = candidate;
    } catch {
      number = undefined;
    }
  }
  return {
    eventName,
    owner,
    repo,
    ...(number !== undefined ? { number } : {}),
    workflow: env.GITHUB_WORKFLOW ?? "",
    job: env.GITHUB_JOB ?? "",
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
  };
}

/**
 * The hidden marker that identifies this workflow's and job's comment. Names are percent-encoded so that
 * nothing in them can close the HTML comment.
 */
export function commentMarker(workflow: string, job: string): string {
  const part = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D");
  return `<!-- inspector-gate:${part(workflow)}:${part(job)} -->`;
}

export type CommentPlan =
  | { readonly action: "skip"; readonly reason: string }
  /** Create the comment, or update it when it exists. */
  | { readonly action: "upsert" }
  /** Update an existing comment (a gate that passes again), but never create one. */
  | { readonly action: "update-only" };

export function planComment(mode: CommentMode, target: PullRequestTarget, verdict: Verdict): CommentPlan {
  if (mode === "never") return { action: "skip", reason: "comment-on-pr is never" };
  if (!PULL_REQUEST_EVENTS.has(target.eventName)) {
    return { action: "skip", reason: `the event is ${target.eventName || "unknown"}, not a pull request` };
  }
  if (target.number === undefined)
    return { action: "skip", reason: "the event payload names no pull request" };
  if (!target.owner || !target.repo) return { action: "skip", reason: "GITHUB_REPOSITORY is not set" };
  if (mode === "always" || verdict !== "pass") return { action: "upsert" };
  return { action: "update-only" };
}

export interface CommentOutcome {
  readonly action: "created" | "updated" | "skipped";
  readonly commentId?: number;
  readonly url?: string;
  readonly reason?: string;
}

interface MinimalLogger {
  info(message: string): void;
  warning(message: string): void;
}

export interface PublishCommentOptions {
  readonly mode: CommentMode;
  readonly target: PullRequestTarget;
  readonly verdict: Verdict;
  readonly token: string;
  /** The comment's content (without the marker), at most `maxBytes` UTF-8 bytes. */
  readonly render: (maxBytes: number) => string;
  readonly log: MinimalLogger;
  /** Abort the GitHub calls after this long (default 60 s). */
  readonly timeoutMs?: number;
}

/** Creates or updates the sticky comment as the plan says. Never throws: failures are warnings. */
export async function publishComment(options: PublishCommentOptions): Promise<CommentOutcome> {
  const { target, log } = options;
  const plan = planComment(options.mode, target, options.verdict);
  if (plan.action === "skip") return { action: "skipped", reason: plan.reason };
  if (!options.token) {
    log.warning("No pull-request comment: github-token is empty.");
    return { action: "skipped", reason: "no token" };
  }
  try {
    const marker = commentMarker(target.workflow, target.job);
    const body = commentBody(marker, options.render);
    const signal = AbortSignal.timeout(options.timeoutMs ?? 60_000);
    const octokit = getOctokit(options.token, { baseUrl: target.apiUrl.replace(/\/+$/, "") });
    const params = { owner: target.owner, repo: target.repo, issue_number: target.number as number };

    // Our comment starts with the marker. Anyone can write a comment that does too: prefer one written by
    // a bot (the workflow token's identity), else take the first.
    let byBot: number | undefined;
    let byOther: number | undefined;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...params,
      per_page: 100,
      request: { signal },
    })) {
      for (const comment of page.data) {
        if (!comment.body?.startsWith(marker)) continue;
        if (comment.user?.type === "Bot") {
          byBot = comment.id;
          break;
        }
        byOther ??= comment.id;
      }
      if (byBot !== undefined) break;
    }
    const existing = byBot ?? byOther;

    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing,
        body,
        request: { signal },
      });
      log.info(`Updated the pull-request comment: ${data.html_url}`);
      return { action: "updated", commentId: data.id, url: data.html_url };
    }
    if (plan.action === "update-only") {
      return { action: "skipped", reason: "the gate passed and there is no earlier comment to update" };
    }
    const { data } = await octokit.rest.issues.createComment({ ...params, body, request: { signal } });
    log.info(`Created the pull-request comment: ${data.html_url}`);
    return { action: "created", commentId: data.id, url: data.html_url };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      log.warning(
        `No pull-request comment: GitHub answered ${status} (${errorMessage(error)}). The token needs ` +
          "'pull-requests: write' permission, which pull requests from forks do not get; the job summary holds the same report.",
      );
    } else {
      log.warning(`No pull-request comment: ${errorMessage(error)}`);
    }
    return { action: "skipped", reason: status ? `HTTP ${status}` : errorMessage(error) };
  }
}

/** The marker, then the report, kept under GitHub's limit whatever the report's characters. */
export function commentBody(marker: string, render: (maxBytes: number) => string): string {
  const head = `${marker}\n`;
  // UTF-8 bytes are never fewer than UTF-16 code units, so a byte budget bounds the characters too.
  const budget = COMMENT_MAX_CHARS - Buffer.byteLength(head) - 256;
  let body = render(budget);
  if (body.length > budget) {
    body = "The report is too large for a comment; see the job summary and the JSON report.";
  }
  return head + body;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === "number") return status;
  }
  return undefined;
}
