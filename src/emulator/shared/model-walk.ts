/**
 * Walks a request against its input shape in a service model and reports what does not fit: a value
 * of the wrong JSON type, or a constraint of the model not met (required members, unions, list and
 * map sizes, string lengths, patterns and enums, number ranges). The walk is the same for every
 * service; what a problem becomes on the wire is each service's own (Classic answers the first one
 * with an errorCode, v2 lists them all in a ValidationException), and a report that throws stops the
 * walk there. Members bound to the URI or headers are not body members and are skipped.
 */
import { type ServiceModel, type Shape, shapeIn } from "./service-model.js";

export type Path = readonly (string | number)[];

/** A constraint of the model that a value does not meet. */
export interface Violation {
  readonly path: Path;
  /** "list": the list itself has too few or too many items; "value": the value at `path`. */
  readonly kind: "list" | "value";
  /** The value as messages show it: null, 'text', '42', '[3 items]', '{}'. */
  readonly shown: string;
  /** What it fails, e.g. "Member must not be null". */
  readonly constraint: string;
}

export interface WalkReport {
  /** A value of the wrong JSON type: `expected` is e.g. "a string", "an object". */
  wrongType(path: Path, expected: string): void;
  violation(violation: Violation): void;
}

/** "filter.severities[2]"; "" for the request itself. */
export function formatPath(path: Path): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
}

function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

class Walker {
  constructor(
    private readonly model: ServiceModel,
    private readonly report: WalkReport,
  ) {}

  private fail(path: Path, kind: "list" | "value", shown: string, constraint: string): void {
    this.report.violation({ path, kind, shown, constraint });
  }

  check(shapeName: string, value: unknown, path: Path): void {
    const shape = shapeIn(this.model, shapeName);
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
        if (typeof value !== "boolean") this.report.wrongType(path, "a boolean");
        break;
      case "timestamp":
        if (typeof value !== "number" || !Number.isFinite(value)) {
          this.report.wrongType(path, "a timestamp (epoch seconds)");
        }
        break;
      default:
        break;
    }
  }

  private structure(shape: Shape, value: unknown, path: Path): void {
    if (!isObject(value)) {
      this.report.wrongType(path, "an object");
      return;
    }
    const members = shape.members ?? {};
    for (const name of shape.required ?? []) {
      if (members[name]?.location !== undefined) continue;
      if (value[name] === undefined || value[name] === null) {
        this.fail([...path, name], "value", "null", "Member must not be null");
      }
    }
    const present = Object.keys(members).filter((n) => value[n] !== undefined && value[n] !== null);
    if (shape.union === true && present.length !== 1) {
      const shown = present.length === 0 ? "'{}'" : `'${present.join(", ")}'`;
      this.fail(path, "value", shown, "Member must have exactly one member set");
    }
    for (const name of present) {
      const ref = members[name]!;
      if (ref.location !== undefined) continue;
      this.check(ref.shape, value[name], [...path, name]);
    }
  }

  private list(shape: Shape, value: unknown, path: Path): void {
    if (!Array.isArray(value)) {
      this.report.wrongType(path, "a list");
      return;
    }
    const shown = `'[${value.length} items]'`;
    if (shape.min !== undefined && value.length < shape.min) {
      this.fail(path, "list", shown, `Member must have length greater than or equal to ${shape.min}`);
    }
    if (shape.max !== undefined && value.length > shape.max) {
      this.fail(path, "list", shown, `Member must have length less than or equal to ${shape.max}`);
    }
    const member = shape.member?.shape;
    if (member === undefined) return;
    value.forEach((item, index) => {
      if (item === null || item === undefined) {
        this.fail([...path, index], "value", "null", "Member must not be null");
      } else {
        this.check(member, item, [...path, index]);
      }
    });
  }

  private map(shape: Shape, value: unknown, path: Path): void {
    if (!isObject(value)) {
      this.report.wrongType(path, "a map");
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (shape.key) this.check(shape.key.shape, key, [...path, key]);
      if (shape.value) this.check(shape.value.shape, item, [...path, key]);
    }
  }

  private string(shape: Shape, value: unknown, path: Path): void {
    if (typeof value !== "string") {
      this.report.wrongType(path, "a string");
      return;
    }
    const shown = `'${clip(value)}'`;
    if (shape.enum !== undefined && !shape.enum.includes(value)) {
      this.fail(path, "value", shown, `Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
      return;
    }
    if (shape.min !== undefined && value.length < shape.min) {
      this.fail(path, "value", shown, `Member must have length greater than or equal to ${shape.min}`);
    }
    if (shape.max !== undefined && value.length > shape.max) {
      this.fail(path, "value", shown, `Member must have length less than or equal to ${shape.max}`);
    }
    if (shape.pattern !== undefined && !patternOf(shape.pattern).test(value)) {
      this.fail(path, "value", shown, `Member must satisfy regular expression pattern: ${shape.pattern}`);
    }
  }

  private number(shape: Shape, value: unknown, path: Path, integer: boolean): void {
    if (typeof value !== "number" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      this.report.wrongType(path, integer ? "an integer" : "a number");
      return;
    }
    if (shape.min !== undefined && value < shape.min) {
      this.fail(path, "value", `'${value}'`, `Member must have value greater than or equal to ${shape.min}`);
    }
    if (shape.max !== undefined && value > shape.max) {
      this.fail(path, "value", `'${value}'`, `Member must have value less than or equal to ${shape.max}`);
    }
  }
}

/** Walks `value` against the shape `shapeName`, telling `report` every problem in the order met. */
export function walkShape(model: ServiceModel, shapeName: string, value: unknown, report: WalkReport): void {
  new Walker(model, report).check(shapeName, value, []);
}
