/**
 * The JSON of a findings file, read as a stream of bytes with a streaming JSON parser
 * (`@streamparser/json`): memory holds one chunk and the finding being read, never the file. The file is
 * a sequence of top-level JSON values (one, or several appended: concatenated documents, JSON Lines), each
 * one of three forms, told apart by their first token:
 *   - a document: an object whose members are those an AWS CLI listing or describing command prints
 *     (`findings`, `failedItems`, `nextToken`, …): each element of its `findings` list is a finding;
 *   - an array: each element is a finding;
 *   - a finding: any other object.
 * Each finding value reaches the sink with its place (the top-level value, its index, its line); the other
 * members of a document reach it whole when they end. A syntax error, or a value of no known form, is a
 * ConfigError naming the file, the line and the column.
 */

import type { ParsedElementInfo, ParsedTokenInfo } from "@streamparser/json";
import { Tokenizer, TokenizerError, TokenParser, TokenType } from "@streamparser/json";
import { ConfigError } from "../../errors.js";
import * as bytesOf from "./json-bytes.js";
import { Utf8Check } from "./utf8.js";

export type ValueForm = "document" | "array" | "finding";

/** What a document may hold beside `findings`; the ones kept for the reader are in KEPT_MEMBERS. */
const DOCUMENT_MEMBERS: ReadonlySet<string> = new Set([
  "findings",
  "failedItems",
  "nextToken",
  "NextToken",
  // An SDK response serialised as it is (Node's $metadata, boto3's ResponseMetadata): not Inspector's.
  "$metadata",
  "ResponseMetadata",
  // `aws inspector list-findings`: refused below, with what to do instead.
  "findingArns",
]);
const KEPT_MEMBERS = ["$.failedItems", "$.nextToken", "$.NextToken"];

export const EXPECTED_FORMS =
  "expected the JSON of 'aws inspector describe-findings' or 'aws inspector2 list-findings' " +
  '({"findings": [...]}, one or several appended), a JSON array of findings, or JSON Lines (one finding per line)';

/** Receives what the stream reads, in file order. */
export interface StreamSink {
  /**
   * A finding value. `root` counts the file's top-level values from 0; `index` is its place in a
   * document's `findings` or in an array (-1 for a top-level finding); `line` is where it starts.
   */
  finding(value: unknown, form: ValueForm, root: number, index: number, line: number): void;
  /** A document's member other than `findings` (failedItems, nextToken, NextToken), once read. */
  member(root: number, key: string, value: unknown): void;
  /** The end of a top-level value that started on `line`; `hasFindings` for a document with a list. */
  valueEnd(root: number, form: ValueForm, line: number, hasFindings: boolean): void;
}

const LEFT_BRACE = TokenType.LEFT_BRACE;
const RIGHT_BRACE = TokenType.RIGHT_BRACE;
const LEFT_BRACKET = TokenType.LEFT_BRACKET;
const RIGHT_BRACKET = TokenType.RIGHT_BRACKET;
const COLON = TokenType.COLON;
const COMMA = TokenType.COMMA;
const STRING = TokenType.STRING;

const NEWLINE = 10;
const NULL_TOKEN = { token: TokenType.NULL, value: null } as const;

export class FindingsJsonStream {
  private readonly tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024 });
  /** Parses each finding as a value of its own. */
  private readonly values: TokenParser;
  private readonly parsers: Readonly<Record<ValueForm, TokenParser>>;
  /** The parser of the current top-level value. */
  private route: TokenParser;
  private form: ValueForm = "finding";
  /** Containers open now. */
  private depth = 0;
  /** The current (or last) top-level value, from 0; -1 before the first. */
  private root = -1;
  private rootLine = 0;
  /** A top-level `{` whose form waits for its first key. */
  private pendingOpen: ParsedTokenInfo | undefined;
  /** The depth at which finding values start (1 in an array, 2 in a document's findings list). */
  private elementDepth = -1;
  private elementLine = 0;
  /** Inside a finding of a document or a list (its tokens go to `values`). */
  private inElement = false;
  /** The index of the next finding in its document or list. */
  private index = 0;
  // A document's members (depth 1).
  private expectKey = false;
  private key = "";
  private hasFindings = false;
  // Lines: the newlines before `counted` are counted; `nextNewline` is the first at or after it.
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkStart = 0;
  private nextNewline = Number.POSITIVE_INFINITY;
  private line = 1;
  private lineStart = 0;
  private lastOffset = 0;
  private readonly utf8 = new Utf8Check();
  // The fast path (see write): the bytes before `fed` have reached the tokenizer, but for `skipped` of
  // them (findings parsed whole), so a token's place in the file is its offset + skipped.
  private skipped = 0;
  private inString = false;
  private escaped = false;
  /** The last byte outside strings, not whitespace, given to the tokenizer (-1 before any). */
  private lastByte = -1;

  constructor(
    private readonly file: string,
    private readonly sink: StreamSink,
  ) {
    const parser = (paths: string[], onValue: (info: ParsedElementInfo) => void): TokenParser => {
      // keepStack false: a value handed on is not kept in its parent.
      const p = new TokenParser({ paths, keepStack: false, separator: "" });
      p.onValue = onValue;
      return p;
    };
    // Each finding is parsed on its own, as a top-level value; the parser of its document or list sees a
    // null in its place (so it checks their syntax, yet holds and looks at none of the finding's values).
    this.values = parser(["$"], (info) =>
      this.sink.finding(
        info.value,
        this.form,
        this.root,
        this.form === "finding" ? -1 : this.index,
        this.form === "finding" ? this.rootLine : this.elementLine,
      ),
    );
    this.parsers = {
      document: parser(KEPT_MEMBERS, (info) => this.sink.member(this.root, info.key as string, info.value)),
      array: parser([], () => {}),
      finding: this.values,
    };
    this.route = this.values;
    this.tokenizer.onToken = (token) => this.token(token);
  }

  /**
   * Reads the next bytes of the file; values and members reach the sink before it returns.
   *
   * Fast path: a finding object that lies whole in this chunk, where the parser expects one (an element of
   * a document's `findings` or of a list, after `[` or `,`; or a top-level object whose first member is a
   * finding's), is handed to JSON.parse() as it is, and the tokenizer never sees its bytes; its container's
   * parser gets a null in its place, as for any finding. Everything else (the documents around findings, a
   * finding cut by the chunk's end, one that JSON.parse() refuses) goes through the streaming parser, so
   * what it accepts and the errors it reports (line, column) are the same as with no fast path.
   */
  write(bytes: Uint8Array): void {
    // Count the newlines left in the previous chunk before it is let go.
    this.lineAt(this.chunkStart + this.chunk.length);
    this.chunkStart += this.chunk.length;
    this.chunk = bytes;
    const first = bytes.indexOf(NEWLINE);
    this.nextNewline = first === -1 ? Number.POSITIVE_INFINITY : this.chunkStart + first;
    const bad = this.utf8.write(bytes);
    // (A character begun in the chunk before ends on no newline: the line is known.)
    if (bad !== undefined) throw this.notUtf8(this.chunkStart + bad);
    let fed = 0;
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i] as number;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === bytesOf.BACKSLASH) this.escaped = true;
        else if (b === bytesOf.QUOTE) this.inString = false;
        continue;
      }
      if (bytesOf.isJsonSpace(b)) continue;
      if (b === bytesOf.LEFT_BRACE && this.mayStartFinding()) {
        this.feed(bytes.subarray(fed, i));
        fed = i;
        const end = this.wholeFinding(bytes, i);
        if (end !== -1) {
          this.skipped += end + 1 - i;
          fed = end + 1;
          i = end;
          this.lastByte = bytesOf.RIGHT_BRACE;
          continue;
        }
      }
      if (b === bytesOf.QUOTE) this.inString = true;
      this.lastByte = b;
    }
    this.feed(bytes.subarray(fed));
  }

  private feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    try {
      this.tokenizer.write(bytes);
    } catch (error) {
      throw this.syntaxError(error);
    }
  }

  /** Whether a `{` after the last byte may start a finding (wholeFinding decides, once the bytes before are in). */
  private mayStartFinding(): boolean {
    const last = this.lastByte;
    return (
      last === bytesOf.LEFT_BRACKET ||
      last === bytesOf.COMMA ||
      last === -1 ||
      last === bytesOf.RIGHT_BRACE ||
      last === bytesOf.RIGHT_BRACKET
    );
  }

  /**
   * The finding object opened at `open`, parsed whole and handed to the sink, if it may be: the index of
   * its closing brace, or -1 to read it with the streaming parser.
   */
  private wholeFinding(bytes: Uint8Array, open: number): number {
    if (this.inElement || this.pendingOpen !== undefined) return -1;
    const afterSeparator = this.lastByte === bytesOf.LEFT_BRACKET || this.lastByte === bytesOf.COMMA;
    let topLevel: boolean;
    if (this.depth === 0) {
      if (afterSeparator) return -1;
      // A top-level object is a document when its first member is a document's (as chooseObjectForm says).
      const name = bytesOf.firstMemberName(bytes, open);
      if (name === undefined || DOCUMENT_MEMBERS.has(name)) return -1;
      topLevel = true;
    } else {
      if (!afterSeparator || this.depth !== this.elementDepth) return -1;
      topLevel = false;
    }
    const end = bytesOf.valueEnd(bytes, open);
    if (end === -1) return -1;
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + open, end + 1 - open).toString("utf8"));
    } catch {
      return -1;
    }
    const line = this.lineAt(this.chunkStart + open);
    this.lastOffset = this.chunkStart + end;
    if (topLevel) {
      this.root++;
      this.rootLine = line;
      this.setForm("finding");
      this.sink.finding(value, "finding", this.root, -1, line);
      this.sink.valueEnd(this.root, "finding", line, false);
    } else {
      this.elementLine = line;
      this.sink.finding(value, this.form, this.root, this.index, line);
      this.endElement();
    }
    return end;
  }

  /** The file has ended: a value left open, or no value at all, is an error. */
  end(): void {
    if (this.utf8.endsInside()) throw this.notUtf8(this.chunkStart + this.chunk.length);
    try {
      this.tokenizer.end();
    } catch (error) {
      throw this.syntaxError(error);
    }
    if (this.depth > 0) {
      throw new ConfigError(
        "FINDINGS_INVALID",
        `Invalid JSON in findings file '${this.file}': it ends inside the value that starts at line ` +
          `${this.rootLine} (an object or a list is not closed); the file may have been cut short.`,
      );
    }
    if (this.root < 0) {
      throw new ConfigError("FINDINGS_INVALID", `Findings file '${this.file}' is empty: ${EXPECTED_FORMS}.`);
    }
  }

  private token(t: ParsedTokenInfo): void {
    const type = t.token;
    this.lastOffset = t.offset + this.skipped;
    if (this.inElement) {
      // Inside a finding of a document or a list: its tokens go to the value parser alone.
      this.values.write(t);
      if (type === LEFT_BRACE || type === LEFT_BRACKET) this.depth++;
      else if (type === RIGHT_BRACE || type === RIGHT_BRACKET) {
        if (--this.depth === this.elementDepth) this.endElement();
      }
      return;
    }
    if (this.depth === 0) {
      this.openRoot(t);
      return;
    }
    if (this.pendingOpen !== undefined) this.chooseObjectForm(t);
    const depth = this.depth;
    if (depth === this.elementDepth && type !== COMMA && type !== RIGHT_BRACKET) {
      // A finding starts: it goes to the value parser; its container's parser gets a null for it.
      this.elementLine = this.lineAt(this.offsetOf(t));
      this.values.write(t);
      if (type === LEFT_BRACE || type === LEFT_BRACKET) {
        this.inElement = true;
        this.depth++;
      } else this.endElement();
      return;
    }
    if (depth === 1 && this.form === "document") this.documentToken(t);
    this.route.write(t);
    if (type === LEFT_BRACE || type === LEFT_BRACKET) this.depth++;
    else if (type === RIGHT_BRACE || type === RIGHT_BRACKET) {
      this.depth--;
      if (this.depth === 1 && this.form === "document") this.elementDepth = -1;
      else if (this.depth === 0) {
        this.sink.valueEnd(this.root, this.form, this.rootLine, this.hasFindings);
      }
    }
  }

  /** A finding of a document or a list has been read: its container's parser gets a null in its place. */
  private endElement(): void {
    this.inElement = false;
    this.index++;
    this.route.write(NULL_TOKEN);
  }

  private openRoot(t: ParsedTokenInfo): void {
    const line = this.lineAt(this.offsetOf(t));
    if (t.token !== LEFT_BRACE && t.token !== LEFT_BRACKET) {
      throw this.at(
        this.offsetOf(t),
        `a top-level value must be an object or a list, got ${JSON.stringify(t.value)}: ${EXPECTED_FORMS}`,
      );
    }
    this.root++;
    this.rootLine = line;
    this.depth = 1;
    if (t.token === LEFT_BRACKET) {
      this.setForm("array");
      this.route.write(t);
    } else this.pendingOpen = t;
  }

  /** The first token inside a top-level `{`: a document's member name, or a finding's. */
  private chooseObjectForm(t: ParsedTokenInfo): void {
    const open = this.pendingOpen as ParsedTokenInfo;
    this.pendingOpen = undefined;
    const isDocument =
      t.token === RIGHT_BRACE || (t.token === STRING && DOCUMENT_MEMBERS.has(t.value as string));
    this.setForm(isDocument ? "document" : "finding");
    this.route.write(open);
  }

  private setForm(form: ValueForm): void {
    this.form = form;
    this.route = this.parsers[form];
    this.elementDepth = form === "array" ? 1 : -1;
    this.index = 0;
    this.expectKey = form === "document";
    this.hasFindings = false;
  }

  /** A token at a document's top level: a member name, or the start of its value. */
  private documentToken(t: ParsedTokenInfo): void {
    const type = t.token;
    if (type === COMMA) {
      this.expectKey = true;
    } else if (type === STRING && this.expectKey) {
      this.expectKey = false;
      this.key = t.value as string;
      this.checkMember(t);
    } else if (type !== COLON && type !== RIGHT_BRACE && this.key === "findings") {
      if (type !== LEFT_BRACKET) {
        throw this.at(this.offsetOf(t), `'findings' must be a list of findings, got ${describeToken(t)}`);
      }
      this.hasFindings = true;
      this.elementDepth = 2;
      this.index = 0;
    }
  }

  private checkMember(t: ParsedTokenInfo): void {
    const key = this.key;
    if (key === "findingArns") {
      throw this.at(
        this.offsetOf(t),
        "this is the output of 'aws inspector list-findings' (finding ARNs only): export the findings " +
          "themselves with 'inspector-gate export --run-arn ARN' or 'aws inspector describe-findings'",
      );
    }
    if (!DOCUMENT_MEMBERS.has(key)) {
      throw this.at(
        this.offsetOf(t),
        `a findings document has no member '${key.length > 40 ? `${key.slice(0, 40)}…` : key}' ` +
          "(expected findings, failedItems, nextToken)",
      );
    }
  }

  /** A token's place in the file. */
  private offsetOf(t: ParsedTokenInfo): number {
    return t.offset + this.skipped;
  }

  /** The line of `offset`, which must not be before the last one asked for and lies in the current chunk. */
  private lineAt(offset: number): number {
    let next = this.nextNewline;
    if (next < offset) {
      const chunk = this.chunk;
      const base = this.chunkStart;
      while (next < offset) {
        this.line++;
        this.lineStart = next + 1;
        const i = chunk.indexOf(NEWLINE, next + 1 - base);
        next = i === -1 ? Number.POSITIVE_INFINITY : base + i;
      }
      this.nextNewline = next;
    }
    return this.line;
  }

  private at(offset: number, message: string): ConfigError {
    const line = this.lineAt(offset);
    return new ConfigError(
      "FINDINGS_INVALID",
      `Invalid findings file '${this.file}' at line ${line}, column ${offset - this.lineStart + 1}: ${message}.`,
    );
  }

  private notUtf8(offset: number): ConfigError {
    const line = this.lineAt(offset);
    return new ConfigError(
      "FINDINGS_INVALID",
      `Invalid JSON in findings file '${this.file}' at line ${line}, column ${offset - this.lineStart + 1}: ` +
        "the text is not UTF-8.",
    );
  }

  private syntaxError(error: unknown): unknown {
    if (error instanceof ConfigError) return error;
    const message = error instanceof Error ? error.message : String(error);
    let offset = this.lastOffset;
    let what: string;
    if (error instanceof TokenizerError) {
      const at = /absolute position "(\d+)"/.exec(message);
      if (at) offset = Math.max(offset, Number(at[1]) + this.skipped);
      const char = /^Unexpected "([\s\S]*?)" at/.exec(message);
      what = char
        ? `unexpected character ${JSON.stringify(char[1])}`
        : /ended in the middle of a token/.test(message)
          ? "the file ends inside a string, number or literal"
          : message;
    } else if ((error as { code?: unknown } | null)?.code === "ERR_ENCODING_INVALID_ENCODED_DATA") {
      what = "the text is not UTF-8";
    } else if (/^Unexpected /.test(message)) {
      const token = /\((".*?"|[^)]*)\)/.exec(message);
      what = `unexpected ${token ? token[1] : "token"}`;
    } else return error;
    const line = this.lineAt(Math.max(offset, this.chunkStart));
    return new ConfigError(
      "FINDINGS_INVALID",
      `Invalid JSON in findings file '${this.file}' at line ${line}, column ${offset - this.lineStart + 1}: ${what}.`,
    );
  }
}

function describeToken(t: ParsedTokenInfo): string {
  switch (t.token) {
    case LEFT_BRACE:
      return "an object";
    case STRING:
      return "a string";
    default:
      return String(t.value);
  }
}
