/**
 * YAML text -> a plain data tree plus the source position of every value and key, refusing what a
 * policy file never needs: several documents, unknown tags, duplicate keys, merge keys, alias bombs,
 * huge files and deep nesting. Maps become null-prototype objects, so keys such as `__proto__` or
 * `constructor` are ordinary data and can pollute nothing.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

export const MAX_POLICY_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
export const MAX_ALIASES = 100;
export const MAX_NODES = 100_000;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Problem {
  readonly file: string;
  /** Absent for problems about the file as a whole that have no place in it (unreadable file). */
  readonly position?: Position;
  readonly message: string;
}

export interface Located {
  /** Where the value starts. */
  readonly value: Position;
  /** Where its key starts, for map entries. */
  readonly key?: Position;
}

export interface YamlTree {
  readonly data: unknown;
  /** JSON pointer (as ajv's instancePath: "" for the root, "/rules/0/id") -> position. */
  readonly positions: ReadonlyMap<string, Located>;
}

const STANDARD_TAGS = new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq",
]);

function showTag(tag: string): string {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
}

export function pointerChild(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

export function parseYaml(text: string, file: string): { tree?: YamlTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (position: Position | undefined, message: string) =>
    problems.push(position ? { file, position, message } : { file, message });
  const size = Buffer.byteLength(text, "utf8");
  if (size > MAX_POLICY_BYTES) {
    at(
      { line: 1, column: 1 },
      `policy file too large (${size} bytes; at most ${MAX_POLICY_BYTES}): a policy is a short, reviewed document`,
    );
    return { problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    merge: false,
    resolveKnownTags: false,
    schema: "core",
    strict: true,
    version: "1.2",
    keepSourceTokens: false,
  });
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    const message =
      e.code === "MULTIPLE_DOCS"
        ? "a policy file holds one YAML document; found more than one ('---')"
        : `YAML syntax error: ${e.message.split("\n")[0]}`;
    at(pos(e.pos[0]), message);
  }
  if (problems.length > 0) return { problems };
  // Unresolved tags are reported where the walk meets them; other warnings are problems too.
  for (const w of doc.warnings) {
    if (w.code !== "TAG_RESOLVE_FAILED") at(pos(w.pos[0]), `YAML: ${w.message.split("\n")[0]}`);
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    at({ line: 1, column: 1 }, "the policy file is empty: expected a map starting with 'version: 1'");
    return { problems };
  }

  const positions = new Map<string, Located>();
  let aliases = 0;
  let nodes = 0;
  let aborted = false;
  const expanding = new Set<Node>();

  const walk = (node: unknown, pointer: string, depth: number, key?: Position): unknown => {
    if (aborted) return null;
    if (++nodes > MAX_NODES) {
      aborted = true;
      at(key, `policy too large: more than ${MAX_NODES} values (aliases included)`);
      return null;
    }
    if (depth > MAX_DEPTH) {
      aborted = true;
      const range = (node as Node | null)?.range;
      at(range ? pos(range[0]) : key, `nested too deeply (more than ${MAX_DEPTH} levels)`);
      return null;
    }
    if (isAlias(node)) {
      const here = node.range ? pos(node.range[0]) : key;
      if (++aliases > MAX_ALIASES) {
        aborted = true;
        at(here, `too many aliases (more than ${MAX_ALIASES}): refusing a possible alias bomb`);
        return null;
      }
      const target = node.resolve(doc);
      if (target === undefined) {
        at(here, `unknown alias *${node.source}: no anchor &${node.source} precedes it`);
        return null;
      }
      if (expanding.has(target)) {
        at(here, `alias *${node.source} refers to a value that contains it`);
        return null;
      }
      expanding.add(target);
      const value = walk(target, pointer, depth, key ?? here);
      expanding.delete(target);
      // The alias's own position is the more useful one for messages about this occurrence.
      if (here) positions.set(pointer, key ? { value: here, key } : { value: here });
      return value;
    }
    const n = node as Node | null;
    const here = n?.range ? pos(n.range[0]) : (key ?? { line: 1, column: 1 });
    positions.set(pointer, key ? { value: here, key } : { value: here });
    if (n === null || n === undefined) return null;
    if (n.tag !== undefined && !STANDARD_TAGS.has(n.tag)) {
      at(here, `unknown tag ${showTag(n.tag)} (tags are not allowed in policy files)`);
      return null;
    }
    if (isScalar(n)) {
      const v = n.value;
      if (typeof v === "bigint") return Number(v);
      return v;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = Object.create(null);
      const seen = new Map<string, Position>();
      for (const pair of n.items) {
        const keyNode = pair.key;
        const keyPos = isScalar(keyNode) && keyNode.range ? pos(keyNode.range[0]) : here;
        if (!isScalar(keyNode)) {
          at(keyPos, "map keys must be plain strings (found a list, map or alias as a key)");
          continue;
        }
        if (keyNode.tag !== undefined && !STANDARD_TAGS.has(keyNode.tag)) {
          at(keyPos, `unknown tag ${showTag(keyNode.tag)} (tags are not allowed in policy files)`);
          continue;
        }
        const name = keyNode.value === null ? (keyNode.source ?? "") : String(keyNode.value);
        if (name === "<<") {
          at(keyPos, "YAML merge keys ('<<') are not supported in policy files; write the keys out");
          continue;
        }
        const first = seen.get(name);
        if (first) {
          at(keyPos, `duplicate key '${name}' (first defined at line ${first.line}, column ${first.column})`);
          continue;
        }
        seen.set(name, keyPos);
        const childPointer = pointerChild(pointer, name);
        out[name] = walk(pair.value, childPointer, depth + 1, keyPos);
      }
      return out;
    }
    if (isSeq(n)) {
      return n.items.map((item, index) => walk(item, pointerChild(pointer, index), depth + 1));
    }
    at(here, "unsupported YAML value");
    return null;
  };

  const data = walk(doc.contents, "", 0);
  if (problems.length > 0) return { problems };
  return { tree: { data, positions }, problems };
}
