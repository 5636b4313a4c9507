/**
 * Input validation driven by the v2 service model: required members, unions (exactly one member),
 * list and map sizes, string lengths, patterns and enums, number ranges. Every problem is listed in
 * ValidationException's `fields` (FIELD_VALIDATION_FAILED); a value of the wrong JSON type is
 * CANNOT_PARSE. Members bound to the URI or headers are not body members and are skipped.
 */
import { type FieldProblem, validation } from "./errors.js";
import { operation2, type Shape, shape2 } from "./model.js";

function pathOf(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
}

function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
}

class Walker {
  readonly problems: FieldProblem[] = [];
  readonly parse: FieldProblem[] = [];

  private fail(path: readonly (string | number)[], value: string, constraint: string): void {
    const at = pathOf(path);
    this.problems.push({
      name: at,
      message: `Value ${value} at '${at}' failed to satisfy constraint: ${constraint}`,
    });
  }

  private wrongType(path: readonly (string | number)[], expected: string): void {
    const at = pathOf(path) || "(request)";
    this.parse.push({ name: at, message: `Expected ${expected} at '${at}'` });
  }

  check(shapeName: string, value: unknown, path: (string | number)[]): void {
    const shape = shape2(shapeName);
    switch (shape.type) {
      case "structure":
        this.structure(shape, value, path);
        break;
      case "list":
        this.list(shape, value, path);
        break;
      case "map":
        this.map(shape, value, path);
        break;
      case "string":
        this.string(shape, value, path);
        break;
      case "integer":
      case "long":
        this.number(shape, value, path, true);
        break;
      case "double":
      case "float":
        this.number(shape, value, path, false);
        break;
      case "boolean":
        if (typeof value !== "boolean") this.wrongType(path, "a boolean");
        break;
      case "timestamp":
        if (typeof value !== "number" || !Number.isFinite(value)) {
          this.wrongType(path, "a timestamp in epoch seconds");
        }
        break;
      default:
        break;
    }
  }

  private structure(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.wrongType(path, "an object");
      return;
    }
    const record = value as Record<string, unknown>;
    const members = shape.members ?? {};
    for (const name of shape.required ?? []) {
      if (members[name]?.location !== undefined) continue;
      if (record[name] === undefined || record[name] === null) {
        this.fail([...path, name], "null", "Member must not be null");
      }
    }
    const present = Object.keys(members).filter((n) => record[n] !== undefined && record[n] !== null);
    if (shape.union === true && present.length !== 1) {
      this.fail(
        path,
        present.length === 0 ? "'{}'" : `'${present.join(", ")}'`,
        "Member must have exactly one member set",
      );
    }
    for (const name of present) {
      const ref = members[name]!;
      if (ref.location !== undefined) continue;
      this.check(ref.shape, record[name], [...path, name]);
    }
  }

  private list(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (!Array.isArray(value)) {
      this.wrongType(path, "a list");
      return;
    }
    if (shape.min !== undefined && value.length < shape.min) {
      this.fail(
        path,
        `'[${value.length} items]'`,
        `Member must have length greater than or equal to ${shape.min}`,
      );
    }
    if (shape.max !== undefined && value.length > shape.max) {
      this.fail(
        path,
        `'[${value.length} items]'`,
        `Member must have length less than or equal to ${shape.max}`,
      );
    }
    const member = shape.member?.shape;
    if (member === undefined) return;
    value.forEach((item, i) => {
      if (item === null || item === undefined) this.fail([...path, i], "null", "Member must not be null");
      else this.check(member, item, [...path, i]);
    });
  }

  private map(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.wrongType(path, "a map");
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (shape.key) this.check(shape.key.shape, key, [...path, key]);
      if (shape.value) this.check(shape.value.shape, item, [...path, key]);
    }
  }

  private string(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (typeof value !== "string") {
      this.wrongType(path, "a string");
      return;
    }
    const shown = `'${clip(value)}'`;
    if (shape.enum !== undefined && !shape.enum.includes(value)) {
      this.fail(path, shown, `Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
      return;
    }
    if (shape.min !== undefined && value.length < shape.min) {
      this.fail(path, shown, `Member must have length greater than or equal to ${shape.min}`);
    }
    if (shape.max !== undefined && value.length > shape.max) {
      this.fail(path, shown, `Member must have length less than or equal to ${shape.max}`);
    }
    if (shape.pattern !== undefined && !patternOf(shape.pattern).test(value)) {
      this.fail(path, shown, `Member must satisfy regular expression pattern: ${shape.pattern}`);
    }
  }

  private number(shape: Shape, value: unknown, path: (string | number)[], integer: boolean): void {
    if (typeof value !== "number" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      this.wrongType(path, integer ? "an integer" : "a number");
      return;
    }
    if (shape.min !== undefined && value < shape.min) {
      this.fail(path, `'${value}'`, `Member must have value greater than or equal to ${shape.min}`);
    }
    if (shape.max !== undefined && value > shape.max) {
      this.fail(path, `'${value}'`, `Member must have value less than or equal to ${shape.max}`);
    }
  }
}

const PATTERNS = new Map<string, RegExp>();

/** The model's patterns must match the whole value. */
function patternOf(pattern: string): RegExp {
  let re = PATTERNS.get(pattern);
  if (re === undefined) {
    re = new RegExp(`^(?:${pattern})$`);
    PATTERNS.set(pattern, re);
  }
  return re;
}

/** Throws the ValidationException Inspector v2 would answer when `input` does not fit the operation. */
export function validateInput2(operation: string, input: unknown): void {
  const shapeName = operation2(operation)?.input?.shape;
  const walker = new Walker();
  if (shapeName === undefined) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw validation(
        [{ name: "(request)", message: "Expected an object as the request body" }],
        "CANNOT_PARSE",
      );
    }
    return;
  }
  walker.check(shapeName, input, []);
  if (walker.parse.length > 0) throw validation(walker.parse, "CANNOT_PARSE");
  if (walker.problems.length > 0) throw validation(walker.problems);
}
