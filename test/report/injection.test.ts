/**
 * Findings are untrusted: titles, ids, hostnames, rules-package names, exception reasons and warnings
 * carrying HTML, Markdown, mentions, issue references, workflow commands, ANSI escapes and line breaks come
 * out inert in every format.
 */
import { describe, expect, it } from "vitest";
import { formatReport, planAnnotations } from "../../src/report/index.js";
import { CTX, injectionResult } from "./scenarios.js";

const result = injectionResult();

/** Our own HTML in the Markdown report: the footer's <sub>. Anything else would have come from a finding. */
const OWN_TAGS = /<\/?sub>/g;

describe("injection: markdown (job summary and PR comment)", () => {
  const md = formatReport(result, "markdown", CTX);

  it("contains no HTML of its own making beyond <sub>", () => {
    expect(md.replace(OWN_TAGS, "")).not.toMatch(/<[a-zA-Z!/]/);
    expect(md).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(md).toContain("&lt;details&gt;&lt;summary&gt;");
  });

  it("contains no live link or image", () => {
    expect(md).not.toMatch(/(^|[^\\])\]\(/m);
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("\\[click here\\]\\(javascript:alert\\(1\\)\\)");
  });

  it("neutralises @mentions and #references", () => {
    expect(md).not.toMatch(/@someone|@org\/team/);
    expect(md).toContain("@&#8203;someone");
    expect(md).not.toMatch(/(^|[^;])#123|#456/);
    expect(md).not.toMatch(/GH-789/);
  });

  it("keeps every table row on one line with escaped pipes, and no control character", () => {
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e\r]/);
    for (const line of md.split("\n")) {
      if (!line.startsWith("|")) continue;
      expect(line.endsWith("|")).toBe(true);
      // Cells are separated by " | "; an escaped pipe is "\|". Count unescaped separators per row.
      const cells = line.replace(/\\\|/g, "").split("|").length;
      expect(cells).toBeGreaterThan(2);
    }
    const header = md.split("\n").find((l) => l.startsWith("| Severity | Finding |"))!;
    const rows = md.split("\n").filter((l) => l.startsWith("| High |"));
    const columns = (l: string) => l.replace(/\\\|/g, "").split("|").length;
    for (const row of rows) expect(columns(row)).toBe(columns(header));
  });

  it("cannot start a workflow command on a line of its own", () => {
    for (const line of md.split("\n")) expect(line.trimStart().startsWith("::")).toBe(false);
  });
});

describe("injection: text (terminal and Actions log)", () => {
  for (const color of [false, true]) {
    const text = formatReport(result, "text", { ...CTX, color });
    it(`color=${color}: strips ANSI and control characters from findings`, () => {
      const withoutOwnColour = text.replace(/\u001b\[(?:1|2|22|31|32|33|39|0)m/g, "");
      expect(withoutOwnColour).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(text).toContain("red link");
    });
    it(`color=${color}: no line starts with a workflow command`, () => {
      for (const line of text.split("\n"))
        expect(
          line
            .replace(/\u001b\[[0-9;]*m/g, "")
            .trimStart()
            .startsWith("::"),
        ).toBe(false);
      expect(text).toContain("line one ::warning::line two line three");
    });
  }
});

describe("injection: annotations", () => {
  const annotations = planAnnotations(result, CTX);
  it("titles and messages are single-line and control-free", () => {
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) {
      for (const text of [a.title, a.message, a.file]) {
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
      }
    }
    const all = annotations.map((a) => a.message).join(" ");
    expect(all).toContain("::error file=a.js,line=1::injected");
  });
});

describe("injection: SARIF, JUnit and JSON", () => {
  it("SARIF messages are plain single-line text", () => {
    const log = JSON.parse(formatReport(result, "sarif", CTX));
    for (const r of log.runs[0].results) {
      expect(r.message.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
      for (const s of r.suppressions ?? []) expect(s.justification).not.toMatch(/[\r\n]/);
    }
  });

  it("JUnit holds no markup from findings and no character XML forbids", () => {
    const xml = formatReport(result, "junit", CTX);
    expect(xml).not.toMatch(/<(img|details|summary)\b/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it("JSON escapes every control character", () => {
    const json = formatReport(result, "json", CTX);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(JSON.parse(json).violations).toHaveLength(result.evaluation!.violations.length);
  });
});
