/**
 * Holds values against an AWS service model as the AWS CLI ships it (for Classic the one copy, in
 * src/emulator/classic/, read here as plain JSON by checks written apart from the emulator's own
 * validator): required members, JSON types, enums, string lengths, list and map sizes, number
 * ranges, patterns, unions (exactly one member). `wire` mode also wants epoch-second timestamps and
 * no unknown members; `sdk` mode accepts what the SDK hands back (Dates, undefined for absent
 * members). `shapeChecker` builds one for any model.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Ref {
  shape: string;
}
interface Shape {
  type: string;
  members?: Record<string, Ref>;
  required?: string[];
  member?: Ref;
  key?: Ref;
  value?: Ref;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  union?: boolean;
}
export interface Model {
  operations: Record<string, { input?: Ref; output?: Ref; errors?: Ref[] }>;
  shapes: Record<string, Shape>;
}

export const MODEL: Model = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../src/emulator/classic/inspector-2016-02-16.json", import.meta.url)),
    "utf8",
  ),
);

export type Mode = "wire" | "sdk";

export interface ShapeChecker {
  shapeProblems(shapeName: string, value: unknown, mode?: Mode, path?: string): string[];
  outputProblems(operation: string, value: unknown, mode?: Mode): string[];
}

export interface CheckerOptions {
  /**
   * "Structure.member" whose string value the service fills with something other than the model's
   * enum (a known deviation of the real service), checked as a plain string.
   */
  readonly enumExempt?: readonly string[];
}

function at(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
}

export function shapeChecker(model: Model, options: CheckerOptions = {}): ShapeChecker {
  const exempt = new Set(options.enumExempt ?? []);

  function shapeProblems(
    shapeName: string,
    value: unknown,
    mode: Mode = "wire",
    path = "",
    plain = false,
  ): string[] {
    const shape = model.shapes[shapeName];
    if (shape === undefined) return [`${path}: unknown shape ${shapeName}`];
    const where = path === "" ? "(root)" : path;
    const problems: string[] = [];
    switch (shape.type) {
      case "structure": {
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          return [`${where}: expected an object (${shapeName}), got ${JSON.stringify(value)}`];
        }
        const record = value as Record<string, unknown>;
        for (const name of shape.required ?? []) {
          if (record[name] === undefined || record[name] === null)
            problems.push(`${at(path, name)}: required member missing`);
        }
        for (const [name, member] of Object.entries(record)) {
          if (member === undefined || (mode === "sdk" && name === "$metadata")) continue;
          const ref = shape.members?.[name];
          if (ref === undefined) {
            if (mode === "wire" && name !== "__type")
              problems.push(`${at(path, name)}: not a member of ${shapeName}`);
            continue;
          }
          if (member === null) {
            problems.push(`${at(path, name)}: null`);
            continue;
          }
          problems.push(
            ...shapeProblems(ref.shape, member, mode, at(path, name), exempt.has(`${shapeName}.${name}`)),
          );
        }
        if (shape.union === true) {
          const set = Object.keys(shape.members ?? {}).filter(
            (n) => record[n] !== undefined && record[n] !== null,
          );
          if (set.length !== 1) problems.push(`${where}: union ${shapeName} has ${set.length} members set`);
        }
        return problems;
      }
      case "list": {
        if (!Array.isArray(value)) return [`${where}: expected a list (${shapeName})`];
        if (shape.min !== undefined && value.length < shape.min)
          problems.push(`${where}: ${value.length} items < min ${shape.min}`);
        if (shape.max !== undefined && value.length > shape.max)
          problems.push(`${where}: ${value.length} items > max ${shape.max}`);
        value.forEach((item, i) => {
          problems.push(...shapeProblems(shape.member!.shape, item, mode, at(path, i)));
        });
        return problems;
      }
      case "map": {
        if (typeof value !== "object" || value === null || Array.isArray(value))
          return [`${where}: expected a map (${shapeName})`];
        const entries = Object.entries(value);
        if (shape.min !== undefined && entries.length < shape.min)
          problems.push(`${where}: ${entries.length} entries < min ${shape.min}`);
        if (shape.max !== undefined && entries.length > shape.max)
          problems.push(`${where}: ${entries.length} entries > max ${shape.max}`);
        for (const [k, v] of entries) {
          problems.push(...shapeProblems(shape.key!.shape, k, mode, `${where}{key ${k}}`));
          problems.push(...shapeProblems(shape.value!.shape, v, mode, at(path, k)));
        }
        return problems;
      }
      case "string": {
        if (typeof value !== "string")
          return [`${where}: expected a string (${shapeName}), got ${JSON.stringify(value)}`];
        if (shape.enum && !plain && !shape.enum.includes(value))
          problems.push(`${where}: '${value}' not in enum ${shapeName}`);
        if (shape.min !== undefined && value.length < shape.min)
          problems.push(`${where}: length ${value.length} < min ${shape.min}`);
        if (shape.max !== undefined && value.length > shape.max)
          problems.push(`${where}: length ${value.length} > max ${shape.max}`);
        if (shape.pattern && !new RegExp(`^(?:${shape.pattern})$`).test(value))
          problems.push(`${where}: does not match ${shape.pattern}`);
        return problems;
      }
      case "integer":
      case "long":
      case "double": {
        const integral = shape.type !== "double";
        if (typeof value !== "number" || !Number.isFinite(value) || (integral && !Number.isInteger(value))) {
          return [
            `${where}: expected ${integral ? "an integer" : "a number"} (${shapeName}), got ${JSON.stringify(value)}`,
          ];
        }
        if (shape.min !== undefined && value < shape.min)
          problems.push(`${where}: ${value} < min ${shape.min}`);
        if (shape.max !== undefined && value > shape.max)
          problems.push(`${where}: ${value} > max ${shape.max}`);
        return problems;
      }
      case "boolean":
        return typeof value === "boolean" ? [] : [`${where}: expected a boolean`];
      case "timestamp":
        if (mode === "sdk") {
          return value instanceof Date && !Number.isNaN(value.getTime()) ? [] : [`${where}: expected a Date`];
        }
        // Epoch seconds: a number, and a plausible one (not milliseconds).
        return typeof value === "number" && value > 1e9 && value < 1e10
          ? []
          : [`${where}: expected epoch seconds, got ${JSON.stringify(value)}`];
      default:
        return [`${where}: unsupported shape type ${shape.type}`];
    }
  }

  /** Problems of an operation's output (wire body or SDK output). */
  function outputProblems(operation: string, value: unknown, mode: Mode = "wire"): string[] {
    const op = model.operations[operation];
    if (op === undefined) return [`unknown operation ${operation}`];
    if (op.output === undefined) {
      return value === undefined ||
        (mode === "sdk" && Object.keys(value as object).every((k) => k === "$metadata"))
        ? []
        : [`${operation} has no output, got ${JSON.stringify(value)}`];
    }
    return shapeProblems(op.output.shape, value, mode);
  }
  return { shapeProblems: (n, v, m, p) => shapeProblems(n, v, m, p), outputProblems };
}

const classic = shapeChecker(MODEL);
export const shapeProblems = classic.shapeProblems;
export const outputProblems = classic.outputProblems;

/** Errors every AWS JSON service may answer, outside the operation's model. */
export const COMMON_ERRORS: readonly string[] = [
  "ThrottlingException",
  "SerializationException",
  "UnknownOperationException",
  "IncompleteSignatureException",
  "InvalidSignatureException",
];

/**
 * Problems of an error body: its __type must be an error the operation declares (or a common AWS
 * error with a message), its members fit.
 */
export function errorProblems(operation: string, body: unknown): string[] {
  const type = (body as { __type?: unknown })?.__type;
  if (typeof type !== "string") return ["error body has no __type"];
  if (COMMON_ERRORS.includes(type)) {
    return typeof (body as { message?: unknown }).message === "string" ? [] : [`${type} has no message`];
  }
  const declared = MODEL.operations[operation]?.errors?.map((e) => e.shape) ?? [];
  if (!declared.includes(type))
    return [`${type} is not an error ${operation} declares (${declared.join(", ")})`];
  return shapeProblems(type, body, "wire");
}
