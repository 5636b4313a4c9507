/**
 * The Inspector (v2) source against a ListCoverage and a BatchGetFindingDetails that lie: coverage that is
 * no evidence (nothing, a record outside the scope, a scan that did not happen) and KEV answers that do
 * not answer what was asked all end in an error (exit 3) naming what was wrong, never a pass. The server
 * is the hostile double, spoken to over HTTP on loopback by the real SDK client.
 */
import { describe, expect, it } from "vitest";
import {
  ACCOUNT,
  coverageRecord,
  expectError,
  findings,
  imageId,
  KEV,
  SCOPE,
  useHostile2,
  type Wire,
} from "../../helpers/hostile-inspector2.js";

const { serve, gate } = useHostile2();

const arnsOf = (list: readonly Wire[]) => list.map((f) => String(f.findingArn));
const IMAGE = imageId(1);

describe("coverage that lies", () => {
  it("is believed when it tells the truth (the double's honest baseline)", async () => {
    const s = await serve({ findings: findings(3) });
    const result = await gate(s);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.coverage).toMatchObject({ resources: 1, scanned: 1 });
  });

  it("no resource at all is never a pass, even with no findings", async () => {
    const s = await serve({ findings: [], lies: { coverage: [] } });
    expectError(await gate(s), "COVERAGE_NOTHING_SCANNED", /nothing in scope .* is in Inspector's coverage/);
  });

  it("a record of another repository than the one asked is an error naming it", async () => {
    const other = imageId(2, "other-repo");
    const s = await serve({
      findings: findings(3),
      lies: { coverage: [coverageRecord(IMAGE), coverageRecord(other)] },
    });
    expectError(
      await gate(s),
      "COVERAGE_INCONSISTENT",
      new RegExp(
        `outside the scope asked for \\(AWS_ECR_CONTAINER_IMAGE ${other.replace(/[/:]/g, ".")}: repository other-repo\\)`,
      ),
    );
  });

  it("a record of another account than the one asked is an error naming it", async () => {
    const foreign = imageId(3, undefined, "999999999999");
    const s = await serve({
      findings: findings(3),
      lies: { coverage: [coverageRecord(IMAGE), coverageRecord(foreign)] },
    });
    expectError(
      await gate(s, { scope: { ...SCOPE, accounts: [ACCOUNT] } }),
      "COVERAGE_INCONSISTENT",
      /outside the scope asked for .*: account 999999999999\)/,
    );
  });

  it("a record of a resource id not asked for is an error naming it", async () => {
    const s = await serve({ findings: findings(3), lies: { coverage: [coverageRecord(imageId(4))] } });
    expectError(
      await gate(s, { scope: { resourceIds: [IMAGE] } }),
      "COVERAGE_INCONSISTENT",
      /outside the scope asked for .*: resource id .*0004\)/,
    );
  });

  it("a record without a resourceId is an error", async () => {
    const { resourceId: _, ...blank } = coverageRecord(IMAGE);
    const s = await serve({ findings: findings(3), lies: { coverage: [coverageRecord(IMAGE), blank] } });
    expectError(await gate(s), "COVERAGE_INCONSISTENT", /a record without a resourceId/);
  });

  it("a page without its coveredResources list is an error, not an empty coverage", async () => {
    const s = await serve({
      findings: findings(3),
      lies: { raw: { ListCoverage: { status: 200, body: "{}" } } },
    });
    expectError(
      await gate(s),
      "COVERAGE_INCOMPLETE",
      /ListCoverage answered page 1 without its coveredResources list/,
    );
  });

  it("a resource listed twice with the same scan is an error naming it", async () => {
    const s = await serve({
      findings: findings(3),
      lies: { coverage: [coverageRecord(IMAGE), coverageRecord(IMAGE)] },
    });
    expectError(await gate(s), "COVERAGE_INCONSISTENT", /listed .*sha256:0+1 twice for its PACKAGE scan/);
  });

  it("a resource listed twice, once scanned and once INACTIVE, is an error", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        coverage: [
          coverageRecord(IMAGE),
          coverageRecord(IMAGE, { status: "INACTIVE", reason: "SCAN_FREQUENCY_MANUAL" }),
        ],
      },
    });
    expectError(await gate(s), "COVERAGE_INCONSISTENT", /twice for its PACKAGE scan/);
  });

  for (const [what, record, code, says] of [
    [
      "ACTIVE with a scan pending yet a scan time",
      coverageRecord(IMAGE, { reason: "PENDING_INITIAL_SCAN" }),
      "COVERAGE_PENDING",
      /has not been scanned yet: .*PENDING_INITIAL_SCAN on PACKAGE/,
    ],
    [
      "ACTIVE and SUCCESSFUL without any scan time",
      coverageRecord(IMAGE, { scanned: false }),
      "COVERAGE_PENDING",
      /has not been scanned yet: .*SUCCESSFUL on PACKAGE/,
    ],
    [
      "INACTIVE with a scan time",
      coverageRecord(IMAGE, { status: "INACTIVE", reason: "SUCCESSFUL" }),
      "COVERAGE_INACTIVE",
      /not scanned by Inspector \(INACTIVE\)/,
    ],
  ] as const) {
    it(`a scan status that contradicts itself (${what}) is no evidence`, async () => {
      const s = await serve({ findings: findings(3), lies: { coverage: [record] } });
      expectError(await gate(s), code, says);
    });
  }

  it("a status code outside the enum is unknown, not INACTIVE: an error even where INACTIVE is ignored", async () => {
    const s = await serve({
      findings: findings(3),
      lies: { coverage: [coverageRecord(IMAGE, { status: "MAYBE" })] },
    });
    const ignoring = `version: 1\nseverity:\n  fail-on: Critical\ncoverage:\n  inactive-resources: ignore\n`;
    for (const policyText of [undefined, ignoring]) {
      expectError(
        await gate(s, policyText === undefined ? {} : { policyText }),
        "COVERAGE_INCONSISTENT",
        /scan status "MAYBE" \(expected ACTIVE or INACTIVE\)/,
      );
    }
  });
});

describe("KEV details that lie (BatchGetFindingDetails)", () => {
  it("are believed when they tell the truth (the double's honest baseline)", async () => {
    const all = findings(12);
    const s = await serve({ findings: all, kevArns: [arnsOf(all)[11]!] });
    const result = await gate(s, { policyText: KEV });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(s.calls.BatchGetFindingDetails).toBe(2);
    const none = await serve({ findings: all });
    expect((await gate(none, { policyText: KEV })).verdict).toBe("pass");
  });

  const details = (arns: readonly string[]) => arns.map((findingArn) => ({ findingArn }));

  it("details for an ARN not asked for are an error naming it", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        details: (asked) => ({
          findingDetails: details([...asked, "arn:aws:inspector2:x:1:finding/stranger"]),
          errors: [],
        }),
      },
    });
    expectError(
      await gate(s, { policyText: KEV }),
      "KEV_INCONSISTENT",
      /finding\/stranger, which was not asked for/,
    );
  });

  it("details for one ARN twice (in the details and in the errors) are an error naming it", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        details: (asked) => ({
          findingDetails: details(asked),
          errors: [{ findingArn: asked[0], errorCode: "INTERNAL_ERROR", errorMessage: "x" }],
        }),
      },
    });
    expectError(
      await gate(s, { policyText: KEV }),
      "KEV_INCONSISTENT",
      new RegExp(`${arnsOf(findings(1))[0]} twice`),
    );
  });

  it("a detail without a finding ARN is an error", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        details: (asked) => ({ findingDetails: [...details(asked.slice(1)), { cisaData: {} }], errors: [] }),
      },
    });
    expectError(await gate(s, { policyText: KEV }), "KEV_INCONSISTENT", /a finding without an ARN/);
  });

  it("an ARN asked for and left out of the answer is an error naming it", async () => {
    const all = findings(3);
    const s = await serve({
      findings: all,
      lies: { details: (asked) => ({ findingDetails: details(asked.slice(0, -1)), errors: [] }) },
    });
    expectError(
      await gate(s, { policyText: KEV }),
      "KEV_INCOMPLETE",
      new RegExp(`answered nothing for 1 of 3 findings \\(${arnsOf(all)[2]}\\)`),
    );
  });

  it("an error that never clears is retried, then an error (never 'not in KEV')", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        details: (asked) => ({
          findingDetails: [],
          errors: asked.map((findingArn) => ({
            findingArn,
            errorCode: "INTERNAL_ERROR",
            errorMessage: "try later",
          })),
        }),
      },
    });
    expectError(
      await gate(s, { policyText: KEV }),
      "KEV_INCOMPLETE",
      /kept failing for 3 findings after 4 attempts .*INTERNAL_ERROR try later/,
    );
    expect(s.calls.BatchGetFindingDetails).toBe(4);
  });

  it("an error that clears is retried, and the answer then counts", async () => {
    const all = findings(3);
    const s = await serve({
      findings: all,
      lies: {
        details: (asked, call) =>
          call === 1
            ? {
                findingDetails: [],
                errors: asked.map((findingArn) => ({ findingArn, errorCode: "INTERNAL_ERROR" })),
              }
            : {
                findingDetails: asked.map((findingArn) => ({ findingArn, cisaData: { action: "Patch." } })),
                errors: [],
              },
      },
    });
    const result = await gate(s, { policyText: KEV });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(s.calls.BatchGetFindingDetails).toBe(2);
  });

  it("ACCESS_DENIED for a finding fails at once", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        details: (asked) => ({
          findingDetails: details(asked.slice(1)),
          errors: [{ findingArn: asked[0], errorCode: "ACCESS_DENIED", errorMessage: "not yours" }],
        }),
      },
    });
    expectError(
      await gate(s, { policyText: KEV }),
      "ACCESS_DENIED",
      /refused .*: ACCESS_DENIED \(not yours\)/,
    );
    expect(s.calls.BatchGetFindingDetails).toBe(1);
  });

  it("no details for a package vulnerability leaves its KEV status unknown: the rule cannot apply, exit 3", async () => {
    const s = await serve({
      findings: findings(3),
      lies: {
        details: (asked) => ({
          findingDetails: details(asked.slice(1)),
          errors: [{ findingArn: asked[0], errorCode: "FINDING_DETAILS_NOT_FOUND" }],
        }),
      },
    });
    const result = await gate(s, { policyText: KEV });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("CONDITION_NOT_APPLICABLE");
  });
});
