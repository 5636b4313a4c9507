import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/core/files.js";

describe("writeFileAtomic", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ig-files-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("replaces a file whole and leaves no temporary file beside it", async () => {
    const path = join(dir, "report.json");
    writeFileSync(path, "old and much longer than the new content\n");
    await writeFileAtomic(path, "{}\n");
    expect(readFileSync(path, "utf8")).toBe("{}\n");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("creates missing parent directories only when asked", async () => {
    const nested = join(dir, "reports", "gate", "report.sarif");
    await expect(writeFileAtomic(nested, "x")).rejects.toMatchObject({ code: "ENOENT" });
    await writeFileAtomic(nested, "x", { createDirectories: true });
    expect(readFileSync(nested, "utf8")).toBe("x");
  });

  it("writes text as UTF-8", async () => {
    const path = join(dir, "summary.md");
    await writeFileAtomic(path, "Sévérité ✓\n");
    expect(readFileSync(path)).toEqual(Buffer.from("Sévérité ✓\n", "utf8"));
  });
});
