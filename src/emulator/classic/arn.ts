/**
 * Inspector Classic ARNs: `arn:aws:inspector:REGION:ACCOUNT:` followed by one of
 * `resourcegroup/0-ID`, `rulespackage/0-ID`, `target/0-ID`, `target/0-ID/template/0-ID`,
 * `.../run/0-ID`, `.../run/0-ID/finding/0-ID` or `.../run/0-ID/exclusion/0-ID`, every ID being
 * eight base-62 characters.
 *
 * Generated findings are not stored one by one: a finding's ID is its index in the run, run through
 * a keyed permutation and written in base 62, so an ARN leads back to the finding in constant time.
 */
import { avalanche, BASE62 } from "../shared/random.js";

export type ArnKind =
  | "resourcegroup"
  | "rulespackage"
  | "target"
  | "template"
  | "run"
  | "finding"
  | "exclusion";

export interface ParsedArn {
  readonly region: string;
  readonly account: string;
  readonly kind: ArnKind;
  /** The ARN of the parent (template for a run, run for a finding, ...), if any. */
  readonly parent?: string;
  /** The last ID, e.g. "0-MKkpXXPE". */
  readonly id: string;
}

const ID = "0-[0-9A-Za-z]{8}";
const ARN = new RegExp(
  `^arn:aws:inspector:([a-z0-9-]{1,32}):([0-9]{12}):` +
    `(?:(resourcegroup|rulespackage)/(${ID})|` +
    `(target/${ID})(?:/template/(${ID})(?:/run/(${ID})(?:/(finding|exclusion)/(${ID}))?)?)?)$`,
);

export function parseArn(arn: string): ParsedArn | undefined {
  const m = ARN.exec(arn);
  if (m === null) return undefined;
  const [, region = "", account = "", flatKind, flatId, target, template, run, childKind, childId] = m;
  if (flatKind !== undefined && flatId !== undefined) {
    return { region, account, kind: flatKind as ArnKind, id: flatId };
  }
  const prefix = `arn:aws:inspector:${region}:${account}:${target}`;
  if (template === undefined) return { region, account, kind: "target", id: target!.slice(7) };
  const templateArn = `${prefix}/template/${template}`;
  if (run === undefined) return { region, account, kind: "template", parent: prefix, id: template };
  const runArn = `${templateArn}/run/${run}`;
  if (childKind === undefined || childId === undefined) {
    return { region, account, kind: "run", parent: templateArn, id: run };
  }
  return { region, account, kind: childKind as ArnKind, parent: runArn, id: childId };
}

export function arnPrefix(region: string, account: string): string {
  return `arn:aws:inspector:${region}:${account}:`;
}

const HALF = 0x800000; // 2^23: two halves make a 46-bit block, below 62^8
const ROUNDS = 4;

function round(value: number, key: number, i: number): number {
  return avalanche(value ^ Math.imul(key, i + 1) ^ (i << 24)) & (HALF - 1);
}

/** The eight-character ID of finding `index` in a run whose permutation key is `key`. */
export function encodeFindingId(index: number, key: number): string {
  let left = Math.floor(index / HALF);
  let right = index % HALF;
  for (let i = 0; i < ROUNDS; i++) {
    const next = left ^ round(right, key, i);
    left = right;
    right = next;
  }
  let value = left * HALF + right;
  let out = "";
  for (let i = 0; i < 8; i++) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return `0-${out}`;
}

/** The index a finding ID stands for, or -1 when no index maps to it. */
export function decodeFindingId(id: string, key: number): number {
  if (id.length !== 10 || !id.startsWith("0-")) return -1;
  let value = 0;
  for (let i = 2; i < 10; i++) {
    const digit = BASE62.indexOf(id[i]!);
    if (digit < 0) return -1;
    value = value * 62 + digit;
  }
  if (value >= HALF * HALF) return -1;
  let left = Math.floor(value / HALF);
  let right = value % HALF;
  for (let i = ROUNDS - 1; i >= 0; i--) {
    const previous = right ^ round(left, key, i);
    right = left;
    left = previous;
  }
  return left * HALF + right;
}
