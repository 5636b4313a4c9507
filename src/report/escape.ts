/**
 * Everything taken from a finding (titles, ids, hostnames, attribute values, even ARNs) is untrusted text.
 * These helpers make it inert for each medium a report is written to. All of them are pure.
 *
 * - plainText: one line, no ANSI escape sequences, no control or bidirectional-override characters. Used by
 *   the terminal report, annotations, SARIF messages and JUnit bodies. Because it removes CR and LF, a
 *   finding can never start a line of its own, which is what a workflow command (`::error::`) needs.
 * - escapeMarkdown: plainText, then Markdown and HTML made inert, `@mentions` and `#123` references
 *   neutralised, for GitHub-flavoured Markdown (job summary, PR comment).
 * - escapeXml, xmlChars: XML 1.0 text and attribute content (JUnit).
 * - toJsonText: JSON whose every line is inert in a workflow log (JSON and SARIF reports).
 */

/** ANSI/ECMA-48 escape sequences: CSI, OSC (e.g. hyperlinks), DCS/SOS/PM/APC strings, and short ESC forms. */
const ANSI_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[ -/]*[0-~]/g;
/** Characters that end a line in some renderer. */
const LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]/g;
/** C0 and C1 controls and DEL (after line breaks became spaces). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and isolates: they can make text display differently from what it is. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A surrogate code unit without its pair. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes ANSI escape sequences (colours, cursor movement, OSC hyperlinks, terminal titles). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, "");
}

/**
 * Terminal- and log-safe single-line text: ANSI sequences removed, line breaks and tabs turned into
 * spaces, other control and bidi-override characters removed, runs of spaces collapsed, ends trimmed.
 * When `maxLength` is given the result is cut to that many characters, ending with "…".
 */
export function plainText(text: string, maxLength?: number): string {
  const clean = stripAnsi(String(text))
    .replace(LINE_BREAKS, " ")
    .replace(CONTROLS, "")
    .replace(BIDI, "")
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/ {2,}/g, " ")
    .trim()
    // The Actions runner reads `##[command]` anywhere in a line and `::command::` at its start: a
    // zero-width space keeps both readable and inert when a CLI report lands in a workflow log.
    .replace(/##\[/g, "##\u200b[")
    .replace(/^::/, "\u200b::");
  return maxLength === undefined ? clean : truncate(clean, maxLength);
}

/** Cuts text to at most `maxLength` characters (code points), ending with "…" when cut. */
export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  if (maxLength <= 1) return "…".slice(0, Math.max(0, maxLength));
  return `${chars
    .slice(0, maxLength - 1)
    .join("")
    .trimEnd()}…`;
}

/** Zero-width space as an HTML entity: breaks GitHub's mention and reference autolinking, renders as nothing. */
const ZWSP = "&#8203;";

/**
 * What escapeMarkdown rewrites: ASCII punctuation with a meaning somewhere in GitHub-flavoured Markdown
 * inline syntax, HTML specials, `@` before a name, and `GH` before `-<digit>`.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#!|~$&<>"']|@(?=[\p{L}\p{N}_-])|[Gg][Hh](?=-\d)/gu;

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Makes untrusted text inert in GitHub-flavoured Markdown, for any inline position (a table cell, a list
 * item, a paragraph; also the start of a line):
 * - one line (see plainText), so it can neither end a table row nor start a block;
 * - `& < > " '` become HTML entities, so `<img onerror=…>`, `<details>` and `<!--` are shown as text;
 * - Markdown punctuation is backslash-escaped, so links, images, emphasis, code spans, pipes (table
 *   cells) and math are shown as typed;
 * - `@name`, `#123`, `GH-123` get a zero-width space after `@`, `#`, `GH`, so GitHub neither notifies
 *   anyone nor links an issue;
 * - a leading list or heading marker (`-`, `+`, `=`, `1.`) is escaped.
 */
export function escapeMarkdown(text: string, maxLength?: number): string {
  const clean = plainText(text, maxLength);
  const out = clean.replace(MARKDOWN_SPECIAL, (match: string, offset: number) => {
    if (match === "@") return `@${ZWSP}`;
    if (match.length === 2) return `${match}${ZWSP}`; // GH-123
    const entity = HTML_ENTITIES[match];
    if (entity !== undefined) return entity;
    if (match === "#" && /\d/.test(clean[offset + 1] ?? "")) return `\\#${ZWSP}`;
    return `\\${match}`;
  });
  // Block markers only matter at the start of a line.
  if (/^[-+=]/.test(out)) return `\\${out}`;
  const ordered = /^(\d{1,9})([.)])/.exec(out);
  if (ordered) return `${ordered[1]}\\${out.slice(ordered[1]!.length)}`;
  return out;
}

/** Characters XML 1.0 does not allow anywhere (controls other than TAB, LF, CR; U+FFFE, U+FFFF). */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text XML 1.0 can hold: ANSI sequences removed, characters XML 1.0 forbids dropped, lone surrogates made
 * U+FFFD. Markup is left as it is, for an XML builder to escape.
 */
export function xmlChars(text: string): string {
  return stripAnsi(String(text)).replace(XML_ILLEGAL, "").replace(LONE_SURROGATE, "\ufffd");
}

/**
 * Escapes text for XML 1.0 element content or a double- or single-quoted attribute value. ANSI sequences
 * are removed, characters XML 1.0 forbids are dropped (lone surrogates become U+FFFD), and TAB, LF and CR
 * are written as character references so attribute values keep them.
 */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "\t":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}

/**
 * JSON text (pretty-printed) that a workflow log cannot read as a command, whatever the strings hold. The
 * runner reads `##[` anywhere in a line; in JSON text it can only occur inside a string, where `##\u005b`
 * parses back to the same `##[`. A line of pretty-printed JSON starts with spaces and a structural
 * character or a quote, never with `::`.
 */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return text.includes("##[") ? text.replaceAll("##[", "##\\u005b") : text;
}
