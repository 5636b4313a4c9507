/**
 * Where each finding of a source's files was read, kept compactly (three numbers a finding) so that a
 * problem, or a duplicate found files later, can name both places; the ARNs seen, to refuse duplicates;
 * and the problems gathered over a file.
 */
import { ConfigError } from "../../errors.js";
import type { ValueForm } from "./json-stream.js";

/** Problems listed before "and N more". */
const MAX_PROBLEMS = 20;

const FORMS: readonly ValueForm[] = ["document", "array", "finding"];

/** The places of one file's findings, by their number in the file (from 0). */
export class PlaceLog {
  private forms = new Uint8Array(1024);
  private roots = new Uint32Array(1024);
  private indexes = new Int32Array(1024);
  private lines = new Uint32Array(1024);
  private size = 0;

  constructor(readonly file: string) {}

  /** Records a finding's place; returns its number. */
  add(form: ValueForm, root: number, index: number, line: number): number {
    const n = this.size++;
    if (n === this.lines.length) this.grow();
    this.forms[n] = FORMS.indexOf(form);
    this.roots[n] = root;
    this.indexes[n] = index;
    this.lines[n] = line;
    return n;
  }

  /** "f.json:40: findings[3]", "f.json:9: document 2, findings[0]", "f.json:3: [2]", "f.jsonl:7". */
  text(n: number): string {
    const line = this.lines[n] ?? 0;
    const root = this.roots[n] ?? 0;
    const index = this.indexes[n] ?? -1;
    switch (FORMS[this.forms[n] ?? 2]) {
      case "document":
        return `${this.file}:${line}: ${root > 0 ? `document ${root + 1}, ` : ""}findings[${index}]`;
      case "array":
        return `${this.file}:${line}: ${root > 0 ? `list ${root + 1}, ` : ""}[${index}]`;
      default:
        return `${this.file}:${line}`;
    }
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const grown = <T extends Uint8Array | Uint32Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.forms = grown(this.forms, (n) => new Uint8Array(n));
    this.roots = grown(this.roots, (n) => new Uint32Array(n));
    this.indexes = grown(this.indexes, (n) => new Int32Array(n));
    this.lines = grown(this.lines, (n) => new Uint32Array(n));
  }
}

/**
 * The finding ARNs seen so far across the files of one source, each with the number of the file and of
 * the finding in it (one number: a place is spelled out only when a duplicate needs it).
 */
export class SeenArns {
  private readonly first = new Map<string, number>();
  private readonly files: PlaceLog[] = [];

  /** A number for the file whose places `log` keeps. */
  register(log: PlaceLog): number {
    return this.files.push(log) - 1;
  }

  /** Where `arn` first appeared, or undefined (and it is recorded as seen at `finding` of `file`). */
  check(arn: string, file: number, finding: number): string | undefined {
    const place = this.first.get(arn);
    if (place === undefined) {
      this.first.set(arn, file * 2 ** 32 + finding);
      return undefined;
    }
    return this.files[Math.floor(place / 2 ** 32)]?.text(place % 2 ** 32) ?? "?";
  }
}

/** The problems found in one file, reported together once it has been read. */
export class Problems {
  private readonly list: string[] = [];
  private count = 0;

  add(problem: string): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }

  throwIfAny(file: string): void {
    if (this.count === 0) return;
    const problems = [...this.list];
    if (this.count > this.list.length) problems.push(`… and ${this.count - this.list.length} more`);
    const message =
      this.count === 1
        ? `Invalid findings file '${file}': ${this.list[0]}`
        : `Invalid findings file '${file}': ${this.count} problems`;
    throw new ConfigError("FINDINGS_INVALID", message, this.count === 1 ? [] : problems);
  }
}
