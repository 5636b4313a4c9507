import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  COMMENT_MAX_CHARS,
  commentBody,
  commentMarker,
  type PullRequestTarget,
  planComment,
  publishComment,
  pullRequestTarget,
} from "../../src/action/comment.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});
afterEach(() => {
  github.comments.length = 0;
  github.requests.length = 0;
  github.failWith = undefined;
});

function target(overrides: Partial<PullRequestTarget> = {}): PullRequestTarget {
  return {
    eventName: "pull_request",
    owner: "octo",
    repo: "app",
    number: 7,
    workflow: "CI",
    job: "gate",
    apiUrl: github.url,
    ...overrides,
  };
}

function recorder() {
  const lines: { level: "info" | "warning"; message: string }[] = [];
  return {
    lines,
    log: {
      info: (message: string) => lines.push({ level: "info", message }),
      warning: (message: string) => lines.push({ level: "warning", message }),
    },
  };
}

describe("publishComment against a local GitHub API", () => {
  it("creates the comment once, then updates it in place on a re-run", async () => {
    const { log, lines } = recorder();
    const first = await publishComment({
      mode: "on-failure",
      target: target(),
      verdict: "fail",
      token: "t0ken",
      render: () => "## first report",
      log,
    });
    expect(first.action).toBe("created");
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toBe(`${commentMarker("CI", "gate")}\n## first report`);

    const second = await publishComment({
      mode: "on-failure",
      target: target(),
      verdict: "fail",
      token: "t0ken",
      render: () => "## second report",
      log,
    });
    expect(second).toMatchObject({ action: "updated", commentId: first.commentId });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain("## second report");
    expect(github.requests.map((r) => r.method)).toEqual(["GET", "POST", "GET", "PATCH"]);
    expect(github.requests.every((r) => r.authorization === "token t0ken")).toBe(true);
    expect(lines.filter((l) => l.level === "warning")).toEqual([]);
  });

  it("finds its comment across pages and leaves other jobs' comments alone", async () => {
    for (let i = 0; i < 230; i++) github.seed(7, `chatter ${i}`);
    github.seed(7, `${commentMarker("CI", "other-job")}\nanother job's report`, {
      login: "github-actions[bot]",
      type: "Bot",
    });
    const mine = github.seed(7, `${commentMarker("CI", "gate")}\nold report`, {
      login: "github-actions[bot]",
      type: "Bot",
    });
    const outcome = await publishComment({
      mode: "always",
      target: target(),
      verdict: "pass",
      token: "t",
      render: () => "new report",
      log: recorder().log,
    });
    expect(outcome).toMatchObject({ action: "updated", commentId: mine.id });
    expect(mine.body).toBe(`${commentMarker("CI", "gate")}\nnew report`);
    const gets = github.requests.filter((r) => r.method === "GET");
    expect(gets.length).toBe(3);
    expect(gets[0]?.path).toContain("per_page=100");
    expect(github.comments.find((c) => c.body.includes("another job"))?.body).toContain(
      "another job's report",
    );
  });

  it("prefers the bot's comment over a user's comment that copies the marker", async () => {
    const marker = commentMarker("CI", "gate");
    github.seed(7, `${marker}\nimpostor`);
    const bot = github.seed(7, `${marker}\nreal`, { login: "github-actions[bot]", type: "Bot" });
    const outcome = await publishComment({
      mode: "always",
      target: target(),
      verdict: "fail",
      token: "t",
      render: () => "updated",
      log: recorder().log,
    });
    expect(outcome).toMatchObject({ action: "updated", commentId: bot.id });
    expect(github.comments.find((c) => c.body.includes("impostor"))).toBeDefined();
  });

  it("skips push events without calling GitHub", async () => {
    const outcome = await publishComment({
      mode: "always",
      target: target({ eventName: "push", number: undefined }),
      verdict: "fail",
      token: "t",
      render: () => "report",
      log: recorder().log,
    });
    expect(outcome.action).toBe("skipped");
    expect(outcome.reason).toContain("push");
    expect(github.requests).toEqual([]);
  });

  it("on-failure creates nothing for a passing gate but updates an earlier comment", async () => {
    const pass = await publishComment({
      mode: "on-failure",
      target: target(),
      verdict: "pass",
      token: "t",
      render: () => "all good",
      log: recorder().log,
    });
    expect(pass.action).toBe("skipped");
    expect(github.comments).toEqual([]);

    await publishComment({
      mode: "on-failure",
      target: target(),
      verdict: "error",
      token: "t",
      render: () => "broken",
      log: recorder().log,
    });
    const fixed = await publishComment({
      mode: "on-failure",
      target: target(),
      verdict: "pass",
      token: "t",
      render: () => "all good now",
      log: recorder().log,
    });
    expect(fixed.action).toBe("updated");
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain("all good now");
  });

  it("never comments when comment-on-pr is never", async () => {
    const outcome = await publishComment({
      mode: "never",
      target: target(),
      verdict: "fail",
      token: "t",
      render: () => "x",
      log: recorder().log,
    });
    expect(outcome.action).toBe("skipped");
    expect(github.requests).toEqual([]);
  });

  it.each([403, 404])("turns a %i into a warning that explains the missing permission", async (status) => {
    github.failWith = status;
    const { log, lines } = recorder();
    const outcome = await publishComment({
      mode: "always",
      target: target(),
      verdict: "fail",
      token: "t",
      render: () => "x",
      log,
    });
    expect(outcome).toMatchObject({ action: "skipped", reason: `HTTP ${status}` });
    const warnings = lines.filter((l) => l.level === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain(String(status));
    expect(warnings[0]?.message).toContain("pull-requests: write");
  });

  it("turns a server error into a warning too", async () => {
    github.failWith = 502;
    const { log, lines } = recorder();
    const outcome = await publishComment({
      mode: "always",
      target: target(),
      verdict: "fail",
      token: "t",
      render: () => "x",
      log,
    });
    expect(outcome.action).toBe("skipped");
    expect(lines.some((l) => l.level === "warning")).toBe(true);
  });

  it("warns and skips when there is no token", async () => {
    const { log, lines } = recorder();
    const outcome = await publishComment({
      mode: "always",
      target: target(),
      verdict: "fail",
      token: "",
      render: () => "x",
      log,
    });
    expect(outcome.action).toBe("skipped");
    expect(lines[0]?.level).toBe("warning");
    expect(github.requests).toEqual([]);
  });
});

describe("comment pieces", () => {
  it("keeps the body under GitHub's limit for any report size", () => {
    const marker = commentMarker("CI", "gate");
    let asked = 0;
    const body = commentBody(marker, (maxBytes) => {
      asked = maxBytes;
      return "é".repeat(Math.floor(maxBytes / 2));
    });
    expect(asked).toBeLessThan(COMMENT_MAX_CHARS);
    expect(body.length).toBeLessThan(COMMENT_MAX_CHARS);
    expect(body.startsWith(`${marker}\n`)).toBe(true);

    const oversized = commentBody(marker, () => "x".repeat(COMMENT_MAX_CHARS * 2));
    expect(oversized.length).toBeLessThan(COMMENT_MAX_CHARS);
    expect(oversized).toContain("job summary");
  });

  it("encodes workflow and job names so they cannot end the hidden marker", () => {
    const marker = commentMarker("CI --> <b>x</b>", "job:1");
    expect(marker.startsWith("<!-- inspector-gate:")).toBe(true);
    expect(marker.endsWith(" -->")).toBe(true);
    expect(marker.slice(4, -4)).not.toMatch(/-->|<|>|--/);
    expect(commentMarker("a", "b")).not.toBe(commentMarker("a:b", ""));
  });

  it("reads the pull request from the event payload", () => {
    const dir = mkdtempSync(join(tmpdir(), "ig-event-"));
    const eventPath = join(dir, "event.json");
    writeFileSync(eventPath, JSON.stringify({ action: "opened", number: 42, pull_request: { number: 42 } }));
    const env = {
      GITHUB_EVENT_NAME: "pull_request_target",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: "octo/app",
      GITHUB_WORKFLOW: "CI",
      GITHUB_JOB: "gate",
      GITHUB_API_URL: "http://127.0.0.1:1",
    };
    expect(pullRequestTarget(env)).toEqual({
      eventName: "pull_request_target",
      owner: "octo",
      repo: "app",
      number: 42,
      workflow: "CI",
      job: "gate",
      apiUrl: "http://127.0.0.1:1",
    });
    const push = pullRequestTarget({ ...env, GITHUB_EVENT_NAME: "push" });
    expect(push.number).toBeUndefined();
    expect(planComment("always", push, "fail").action).toBe("skip");
    expect(planComment("on-failure", pullRequestTarget(env), "fail").action).toBe("upsert");
    expect(planComment("on-failure", pullRequestTarget(env), "pass").action).toBe("update-only");
  });
});
