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
/** Removes ANSI escape sequences (colours, cursor movement, OSC hyperlinks, terminal titles). */
export declare function stripAnsi(text: string): string;
/**
 * Terminal- and log-safe single-line text: ANSI sequences removed, line breaks and tabs turned into
 * spaces, other control and bidi-override characters removed, runs of spaces collapsed, ends trimmed.
 * When `maxLength` is given the result is cut to that many characters, ending with "…".
 */
export declare function plainText(text: string, maxLength?: number): string;
/** Cuts text to at most `maxLength` characters (code points), ending with "…" when cut. */
export declare function truncate(text: string, maxLength: number): string;
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
export declare function escapeMarkdown(text: string, maxLength?: number): string;
/**
 * Text XML 1.0 can hold: ANSI sequences removed, characters XML 1.0 forbids dropped, lone surrogates made
 * U+FFFD. Markup is left as it is, for an XML builder to escape.
 */
export declare function xmlChars(text: string): string;
/**
 * Escapes text for XML 1.0 element content or a double- or single-quoted attribute value. ANSI sequences
 * are removed, characters XML 1.0 forbids are dropped (lone surrogates become U+FFFD), and TAB, LF and CR
 * are written as character references so attribute values keep them.
 */
export declare function escapeXml(text: string): string;
/**
 * JSON text (pretty-printed) that a workflow log cannot read as a command, whatever the strings hold. The
 * runner reads `##[` anywhere in a line; in JSON text it can only occur inside a string, where `##\u005b`
 * parses back to the same `##[`. A line of pretty-printed JSON starts with spaces and a structural
 * character or a quote, never with `::`.
 */
export declare function toJsonText(value: unknown): string;
