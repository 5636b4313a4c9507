import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { loadFindingsFile } from "../../../src/sources/file/read.js";
import { Utf8Check } from "../../../src/sources/file/utf8.js";

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

  it("refuses bytes that are not UTF-8 (an export in another encoding), naming the line", async () => {
    const path = join(dir, "latin1.json");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`[\n{"arn":"${ARN}","severity":"Low","title":"caf`),
        Buffer.from([0xe9]),
        Buffer.from('"}]'),
      ]),
    );
    const error = await loadFindingsFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^Invalid JSON in findings file '.*latin1\.json' at line 2, column \d+: the text is not UTF-8\.$/,
    );
  });
});

describe("Utf8Check carries a character over chunks of any size", () => {
  it("accepts a four-byte character written a byte at a time, and places a broken one at its first byte", () => {
    const good = Buffer.from('"🔒 é"', "utf8");
    const check = new Utf8Check();
    for (let i = 0; i < good.length; i++) expect(check.write(good.subarray(i, i + 1))).toBeUndefined();
    expect(check.endsInside()).toBe(false);
    // é without its second byte, then ASCII: the error is at the lead byte, one chunk back.
    const broken = new Utf8Check();
    expect(broken.write(Buffer.from([0x22, 0xc3]))).toBeUndefined();
    expect(broken.write(Buffer.from([0x41]))).toBe(-1);
    const whole = new Utf8Check();
    expect(whole.write(Buffer.from([0x22, 0xc3, 0x41]))).toBe(1);
  });
});
