/**
 * The Inspector (v2) source against a ListFindings that lies: every lie ends in an error (exit 3) naming
 * what was wrong, never a pass. The server is the hostile double, spoken to over HTTP on loopback by the
 * real SDK client; coverage and KEV lies are in hostile-coverage.test.ts.
 */
import { describe, expect, it } from "vitest";
import { systemClock } from "../../../src/logging.js";
import type { Inspector2Scope } from "../../../src/sources/inspector2/scope.js";
import {
  ACCOUNT,
  expectError,
  findings,
  HIGH_ONLY,
  KEV,
  REPOSITORY,
  SCOPE,
  useHostile2,
  type Wire,
  wireFinding,
} from "../../helpers/hostile-inspector2.js";

const { serve, gate } = useHostile2();

const arnOf = (f: Wire | undefined) => String(f?.findingArn);

describe("a ListFindings that tells the truth (the double's honest baseline)", () => {
  it("is believed: every page read, each finding once, High fails", async () => {
    const s = await serve({ findings: [...findings(59), ...findings(1, { severity: "HIGH" }, 59)] });
    const result = await gate(s);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(result.findings.evaluated).toBe(60);
    expect(s.calls.ListFindings).toBe(3);
    expect(s.criteria[0]).toMatchObject({
      ecrImageRepositoryName: [{ comparison: "EQUALS", value: REPOSITORY }],
    });
  });

  it("passes when nothing in scope fails, and the filter it honours is the one the gate sent", async () => {
    const s = await serve({ findings: [...findings(3), ...findings(2, { severity: "LOW" }, 3)] });
    const result = await gate(s, { policyText: HIGH_ONLY });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.findings.evaluated).toBe(0);
    expect(s.criteria[0]).toMatchObject({
      severity: [
        { comparison: "EQUALS", value: "CRITICAL" },
        { comparison: "EQUALS", value: "HIGH" },
      ],
    });
  });
});

describe("a finding listed twice", () => {
  it("on the same page is an error naming it", async () => {
    const all = findings(10);
    const s = await serve({ findings: all, lies: { repeatOnPage: 1 } });
    expectError(await gate(s), "FINDINGS_INCONSISTENT", new RegExp(`listed ${arnOf(all[0])} twice`));
  });

  it("on a later page (a LOW standing in for a HIGH) is an error naming it", async () => {
    const all = [...findings(30), ...findings(1, { severity: "HIGH" }, 30)];
    const s = await serve({ findings: all, lies: { repeatOnPage: 2 } });
    expectError(await gate(s), "FINDINGS_INCONSISTENT", new RegExp(`listed ${arnOf(all[0])} twice`));
  });
});

describe("a finding outside the filter asked for", () => {
  const outside = async (
    extra: Wire,
    o: { policyText?: string; scope?: Inspector2Scope },
    criterion: RegExp,
  ) => {
    const s = await serve({
      findings: [...findings(5, { severity: "HIGH" }), extra],
      lies: { ignoreFilter: true },
    });
    expectError(
      await gate(s, o),
      "FINDINGS_INCONSISTENT",
      new RegExp(`returned ${arnOf(extra)}, which is outside the filter asked for: ${criterion.source}`),
    );
  };

  it("of another account is an error", async () => {
    await outside(
      wireFinding(90, { account: "999999999999" }),
      { scope: { ...SCOPE, accounts: [ACCOUNT] } },
      /awsAccountId \(999999999999\)/,
    );
  });

  it("with a severity not asked for (LOW when the filter asked HIGH or CRITICAL) is an error", async () => {
    await outside(wireFinding(90, { severity: "LOW" }), { policyText: HIGH_ONLY }, /severity \(LOW\)/);
  });

  it("with a status not asked for (CLOSED) is an error", async () => {
    await outside(wireFinding(90, { status: "CLOSED", severity: "HIGH" }), {}, /findingStatus \(CLOSED\)/);
  });

  it("on a resource outside the scope (another repository) is an error", async () => {
    await outside(
      wireFinding(90, { repository: "other-repo", image: 9 }),
      {},
      /ecrImageRepositoryName \(other-repo\)/,
    );
  });
});

describe("paging that lies", () => {
  it("a page without its findings list is an error, not an empty page", async () => {
    const s = await serve({
      findings: [...findings(30), ...findings(1, { severity: "HIGH" }, 30)],
      lies: { dropFindingsOnPage: 2 },
    });
    expectError(
      await gate(s),
      "FINDINGS_INCOMPLETE",
      /ListFindings answered page 2 without its findings list/,
    );
  });

  it("a first page without its findings list is an error too (never zero findings)", async () => {
    const s = await serve({ findings: findings(3, { severity: "HIGH" }), lies: { dropFindingsOnPage: 1 } });
    expectError(await gate(s), "FINDINGS_INCOMPLETE", /page 1 without its findings list/);
  });

  it("a next token that repeats ends the listing with an error, never a quiet end", async () => {
    const s = await serve({ findings: findings(30), lies: { sameToken: "again" } });
    expectError(
      await gate(s),
      "PAGINATION_LOOP",
      /ListFindings gave the page token 'again' again after 2 pages/,
    );
    expect(s.calls.ListFindings).toBe(2);
  });

  it("a next token that comes back after another (A, B, A) is an error", async () => {
    const s = await serve({ findings: findings(60), lies: { tokenCycle: true } });
    expectError(await gate(s), "PAGINATION_LOOP", /ListFindings gave the page token 'A' again after 3 pages/);
    expect(s.calls.ListFindings).toBe(3);
  });
});

describe("a finding the gate cannot read", () => {
  for (const [field, value, says] of [
    ["severity", "SEVERE", /severity 'SEVERE'/],
    ["severity", undefined, /severity/],
    ["status", "RESOLVED", /status 'RESOLVED'/],
    ["type", "MAGIC", /type 'MAGIC'/],
    ["findingArn", undefined, /findingArn/],
  ] as const) {
    it(`a finding with ${field} ${JSON.stringify(value) ?? "absent"} is a data error, never skipped`, async () => {
      const bad: Wire = { ...wireFinding(7, { severity: "HIGH" }) };
      if (value === undefined) delete bad[field];
      else bad[field] = value;
      const s = await serve({ findings: [...findings(3), bad], lies: { ignoreFilter: true } });
      expectError(await gate(s), "FINDINGS_INVALID", says);
    });
  }
});

describe("a page holding something else than findings", () => {
  for (const [body, code, says] of [
    [
      '{"findings":[null]}',
      "FINDINGS_INVALID",
      /finding 1 of ListFindings page 1: expected a finding object, got null/,
    ],
    ['{"findings":{"findingArn":"x"}}', "FINDINGS_INCOMPLETE", /page 1 without its findings list/],
    ['{"findings":null}', "FINDINGS_INCOMPLETE", /page 1 without its findings list/],
  ] as const) {
    it(`${body} is an error, never an empty page`, async () => {
      const s = await serve({
        findings: findings(2, { severity: "HIGH" }),
        lies: { raw: { ListFindings: { status: 200, body, times: 1 } } },
      });
      expectError(await gate(s), code, says);
    });
  }
});

describe("answers that are not the service's", () => {
  const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";

  it("a proxy's HTML 502 or 503 is retried by the SDK, and the gate reads the truth", async () => {
    const s = await serve({
      findings: findings(2, { severity: "HIGH" }),
      lies: {
        raw: {
          ListFindings: { status: 502, body: html, times: 1 },
          ListCoverage: { status: 503, body: html, times: 1 },
        },
      },
    });
    const result = await gate(s, { maxAttempts: 3 });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(s.calls.ListFindings).toBe(2);
    expect(s.calls.ListCoverage).toBe(2);
  });

  it("a 5xx that never stops is an error once the SDK's attempts are spent", async () => {
    const s = await serve({
      findings: findings(2),
      lies: { raw: { ListFindings: { status: 502, body: html } } },
    });
    const result = await gate(s, { maxAttempts: 2 });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code, result.error?.message).toBe("INSPECTOR_UNAVAILABLE");
    expect(result.error?.message).toMatch(
      /ListFindings failed: HTTP 502 with a body that is not the service's JSON .*\(after 2 attempts\)/,
    );
    expect(s.calls.ListFindings).toBe(2);
  });

  it("an HTML page with status 200 is an error, never an empty answer", async () => {
    const s = await serve({
      findings: findings(2),
      lies: { raw: { ListFindings: { status: 200, body: "<html><body>Sign in</body></html>" } } },
    });
    const result = await gate(s, { maxAttempts: 2 });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.message).toMatch(
      /ListFindings failed: HTTP 200 with a body that is not the service's JSON/,
    );
  });

  it("an error-shaped body with status 200 is an error, never an empty answer", async () => {
    const body = JSON.stringify({ __type: "InternalServerException", message: "oops" });
    const s = await serve({ findings: findings(2), lies: { raw: { ListFindings: { status: 200, body } } } });
    expectError(await gate(s), "FINDINGS_INCOMPLETE", /page 1 without its findings list/);
  });

  it("a ListFindings that never answers ends at the deadline with exit 3", async () => {
    const s = await serve({ findings: findings(2), lies: { hang: "ListFindings" } });
    const result = await gate(s, { clock: systemClock, timeoutMs: 1_000 });
    expectError(result, "TIMEOUT", /ListFindings|findings/);
  });
  for (const operation of ["ListCoverage", "BatchGetFindingDetails"]) {
    it(`a ${operation} that never answers ends at the deadline with exit 3`, async () => {
      const all = findings(3);
      const s = await serve({
        findings: all,
        kevArns: [String(all[0]?.findingArn)],
        lies: { hang: operation },
      });
      const result = await gate(s, { policyText: KEV, clock: systemClock, timeoutMs: 1_000 });
      expectError(result, "TIMEOUT", /./);
      expect(s.calls[operation]).toBeGreaterThanOrEqual(1);
    });
  }

  it("a listing that never ends (a new token each page) ends at the deadline with exit 3", async () => {
    const s = await serve({ findings: findings(3), lies: { endless: true } });
    const result = await gate(s, { clock: systemClock, timeoutMs: 1_000 });
    expectError(result, "TIMEOUT", /./);
    expect(s.calls.ListFindings).toBeGreaterThan(2);
  });
});
