import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFindingsFile } from "../../../src/sources/file/read.js";

const dir = mkdtempSync(join(tmpdir(), "ig-offline-read-"));
const ARN = "arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-1";

describe("loadFindingsFile decodes the file as UTF-8", () => {
  it("skips a byte-order mark and keeps non-ASCII text", async () => {
    const path = join(dir, "bom.json");
    const doc = JSON.stringify({
      findings: [{ arn: ARN, severity: "Low", title: "Prüfung — 検査 🔒" }],
      failedItems: {},
    });
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc, "utf8")]));
    const [finding] = await loadFindingsFile(path);
    expect(finding?.title).toBe("Prüfung — 検査 🔒");
  });

  it("turns bytes that are not UTF-8 into U+FFFD rather than failing", async () => {
    const path = join(dir, "latin1.json");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`[{"arn":"${ARN}","severity":"Low","title":"caf`),
        Buffer.from([0xe9]),
        Buffer.from('"}]'),
      ]),
    );
    const [finding] = await loadFindingsFile(path);
    expect(finding?.title).toBe("caf\uFFFD");
  });
});
