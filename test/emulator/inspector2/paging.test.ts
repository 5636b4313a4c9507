/**
 * A listing stays consistent while the account changes under it: findings that appear between pages
 * (an image pushed and scanned, a pending scan ending) never repeat an ARN, never drop or shift one
 * the listing had, whatever the sort order; the next listing sees them.
 */
import { type Finding, ListFindingsCommand, type ListFindingsCommandInput } from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Account2 } from "../../../src/emulator/inspector2/account.js";
import { addImage, addRepository } from "../../../src/emulator/inspector2/inventory.js";
import { answerProblems2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "paging2", inspector2: { findings: 120, scanSeconds: 30 } });
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  expect(t.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
});

/** Pages through a listing, calling `between` after each page but the last. */
async function pageThrough(
  input: ListFindingsCommandInput,
  between: (page: number) => void,
): Promise<Finding[]> {
  const out: Finding[] = [];
  let nextToken: string | undefined;
  let page = 0;
  do {
    const r = await t.client.send(new ListFindingsCommand({ ...input, maxResults: 10, nextToken }));
    out.push(...(r.findings ?? []));
    nextToken = r.nextToken;
    if (nextToken) between(++page);
  } while (nextToken);
  return out;
}

const arns = (fs: readonly Finding[]) => fs.map((f) => f.findingArn!);

describe("findings appearing while a listing is paged", () => {
  it.each([
    ["in the order found", undefined],
    ["newest first", { field: "FIRST_OBSERVED_AT", sortOrder: "DESC" }],
    ["by severity", { field: "SEVERITY", sortOrder: "DESC" }],
  ] as const)("neither repeat nor shift the findings already there (%s)", async (_name, sortCriteria) => {
    const input: ListFindingsCommandInput = sortCriteria ? { sortCriteria: { ...sortCriteria } } : {};
    const before = arns(await pageThrough(input, () => {}));
    expect(before.length).toBeGreaterThan(30);
    const pushed: string[] = [];
    const listed = arns(
      await pageThrough(input, (page) => {
        if (page > 3) return;
        const image = t.emulator.inspector2.pushImage({
          repository: "storefront/web",
          findings: 6,
          vulnerabilities: ["CVE-2021-44228"],
          discoverySeconds: 0,
        });
        pushed.push(image.resourceId);
        t.clock.advance(60_000); // its scan ends, and the pending scans of the seeded account too
      }),
    );
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(before);
    // The findings that appeared are there for the next listing.
    const after = await pageThrough(input, () => {});
    const fresh = after.filter((f) => pushed.includes(f.resources?.[0]?.id ?? ""));
    expect(fresh.length).toBeGreaterThanOrEqual(pushed.length * 6);
    expect(new Set(arns(after)).size).toBe(after.length);
  });
});

describe("finding ARNs", () => {
  it("differ for different findings, even where a 32-bit hash of theirs collides", () => {
    const acct = new Account2({
      seed: "report-v2",
      region: "us-west-2",
      account: "123456789012",
      timeScale: 1,
      scanSeconds: 1,
      start: 1_700_000_000_000,
    });
    const repository = addRepository(
      acct,
      { name: "storefront/web", scanFrequency: "CONTINUOUS_SCAN" },
      {},
      0,
    );
    // Two builds whose findings for catalog entries 40 and 41 once had the same ARNs crosswise.
    for (const build of [3488, 3754]) {
      const image = addImage(acct, {
        repository,
        profile: "ubuntu-node",
        tags: [`build-${build}`],
        pushedAt: 1_000,
        discoveredAt: 2_000,
        completesAt: 3_000,
        reason: "SUCCESSFUL",
      });
      expect(acct.addPackageFindings(image, 0, [40, 41])).toBe(2);
    }
    expect(acct.findings).toHaveLength(4);
    expect(new Set(acct.findings.map((f) => f.arn)).size).toBe(4);
    for (const f of acct.findings)
      expect(f.arn).toMatch(/^arn:aws:inspector2:us-west-2:123456789012:finding\/[a-f0-9]{32}$/);
  });
});
