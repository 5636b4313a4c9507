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
export type ValueForm = "document" | "array" | "finding";
export declare const EXPECTED_FORMS: string;
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
export declare class FindingsJsonStream {
    private readonly file;
    private readonly sink;
    private readonly tokenizer;
    /** Parses each finding as a value of its own. */
    private readonly values;
    private readonly parsers;
    /** The parser of the current top-level value. */
    private route;
    private form;
    /** Containers open now. */
    private depth;
    /** The current (or last) top-level value, from 0; -1 before the first. */
    private root;
    private rootLine;
    /** A top-level `{` whose form waits for its first key. */
    private pendingOpen;
    /** The depth at which finding values start (1 in an array, 2 in a document's findings list). */
    private elementDepth;
    private elementLine;
    /** Inside a finding of a document or a list (its tokens go to `values`). */
    private inElement;
    /** The index of the next finding in its document or list. */
    private index;
    private expectKey;
    private key;
    private hasFindings;
    private chunk;
    private chunkStart;
    private nextNewline;
    private line;
    private lineStart;
    private lastOffset;
    private readonly utf8;
    private skipped;
    private inString;
    private escaped;
    /** The last byte outside strings, not whitespace, given to the tokenizer (-1 before any). */
    private lastByte;
    constructor(file: string, sink: StreamSink);
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
    write(bytes: Uint8Array): void;
    private feed;
    /** Whether a `{` after the last byte may start a finding (wholeFinding decides, once the bytes before are in). */
    private mayStartFinding;
    /**
     * The finding object opened at `open`, parsed whole and handed to the sink, if it may be: the index of
     * its closing brace, or -1 to read it with the streaming parser.
     */
    private wholeFinding;
    /** The file has ended: a value left open, or no value at all, is an error. */
    end(): void;
    private token;
    /** A finding of a document or a list has been read: its container's parser gets a null in its place. */
    private endElement;
    private openRoot;
    /** The first token inside a top-level `{`: a document's member name, or a finding's. */
    private chooseObjectForm;
    private setForm;
    /** A token at a document's top level: a member name, or the start of its value. */
    private documentToken;
    private checkMember;
    /** A token's place in the file. */
    private offsetOf;
    /** The line of `offset`, which must not be before the last one asked for and lies in the current chunk. */
    private lineAt;
    private at;
    private notUtf8;
    private syntaxError;
}
