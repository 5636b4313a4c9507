/**
 * `inspector-gate emulator` serving v2 beside Classic: the banner's v2 lines and the `aws inspector2`
 * command it prints (which works as printed), the --v2-* flags mapped onto the v2 account and its
 * paging quirks, v2 operation names in fault flags, and usage errors (exit 2) naming the flag and
 * the expected form.
 */
import { ListCoverageCommand, paginateListFindings } from "@aws-sdk/client-inspector2";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { DUMMY_CREDENTIALS } from "../../src/cli/commands/emulator.js";
import { hasAwsCli, runAws } from "../helpers/aws-cli.js";
import { captureIo, serveEmulator } from "../helpers/cli-io.js";
import { collect } from "../helpers/emulator.js";
import { inspector2Client } from "../helpers/inspector2.js";

describe("inspector-gate emulator with Inspector v2", () => {
  it("prints the v2 account, its pending image and control path, and takes the --v2-* flags", async () => {
    const result = await serveEmulator(
      [
        "--seed",
        "cli2",
        "--v2-findings",
        "40",
        "--v2-trailing-token",
        "--latency",
        "inspector2.ListCoverage=1",
      ],
      async (endpoint, out) => {
        expect(out).toMatch(
          /^inspector2\s+account 123456789012, us-west-2: restJson1 on the same endpoint$/m,
        );
        expect(out).toMatch(
          /^v2-pending\s+arn:aws:ecr:us-west-2:123456789012:repository\/storefront\/web\/sha256:[a-f0-9]{64}$/m,
        );
        expect(out).toContain(`v2-control      ${endpoint}/_emulator/inspector2/`);
        const client = inspector2Client(endpoint);
        try {
          const all = await collect(paginateListFindings({ client, pageSize: 25 }, {}));
          // The trailing token: the last page is empty.
          expect(all.at(-1)?.findings).toEqual([]);
          const packages = all
            .flatMap((p) => p.findings ?? [])
            .filter((f) => f.type === "PACKAGE_VULNERABILITY");
          expect(packages.length).toBeLessThanOrEqual(40);
          expect(packages.length).toBeGreaterThan(20);
          await client.send(new ListCoverageCommand({}));
        } finally {
          client.destroy();
        }
      },
    );
    expect(result.code).toBe(0);
  });

  it("prints an aws inspector2 command that reaches v2, before the check command", async () => {
    await serveEmulator(["--seed", "cli2-aws", "--v2-findings", "30"], async (endpoint, out) => {
      const lines = out.trimEnd().split("\n");
      const printed = lines.find((l) => l.includes(" aws inspector2 "))?.trim() ?? "";
      expect(printed).toBe(
        `${DUMMY_CREDENTIALS} aws inspector2 list-findings --region us-west-2 --endpoint-url ${endpoint}`,
      );
      // The check command stays the last line.
      expect(lines.at(-1)).toContain(" check --endpoint ");
      if (!hasAwsCli()) return;
      const words = printed.slice(`${DUMMY_CREDENTIALS} aws `.length).split(" ");
      const listed = await runAws([...words, "--output", "json"]);
      expect(listed.stderr).toBe("");
      expect((listed.json["findings"] as unknown[]).length).toBeGreaterThan(0);
    });
  });

  it.each([
    [["--v2-findings", "many"], /invalid --v2-findings 'many': expected an integer from 0 to 5000000/],
    [["--v2-scan-seconds=soon"], /invalid --v2-scan-seconds 'soon'/],
    [["--v2-empty-pages", "2"], /invalid --v2-empty-pages '2': expected a share from 0 to 1/],
    [["--latency", "inspector2.ListNothing=5"], /unknown operation 'inspector2.ListNothing'/],
  ])("refuses %j with exit 2", async (args, message) => {
    const c = captureIo();
    const code = await main(["emulator", ...args], c.io);
    expect(code).toBe(2);
    expect(c.err()).toMatch(message);
  });
});
