/**
 * The Amazon Inspector (v2) service model (API 2020-06-08, restJson1, as the AWS CLI ships it), bundled
 * with the emulator: operation routes (method and path), shapes, required members, enums and bounds.
 * Validation and page sizes are read from it, never restated.
 */
import modelJson from "./inspector2-2020-06-08.json" with { type: "json" };

export interface MemberRef {
  readonly shape: string;
  readonly location?: string;
  readonly locationName?: string;
}

export interface Shape {
  readonly type:
    | "structure"
    | "list"
    | "map"
    | "string"
    | "integer"
    | "long"
    | "double"
    | "float"
    | "boolean"
    | "timestamp"
    | "blob";
  readonly members?: Readonly<Record<string, MemberRef>>;
  readonly required?: readonly string[];
  readonly member?: MemberRef;
  readonly key?: MemberRef;
  readonly value?: MemberRef;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly union?: boolean;
  readonly exception?: boolean;
  readonly error?: { readonly httpStatusCode: number };
}

export interface Operation {
  readonly name: string;
  readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode: number };
  readonly input?: MemberRef;
  readonly output?: MemberRef;
  readonly errors?: readonly MemberRef[];
}

export interface ServiceModel {
  readonly metadata: { readonly apiVersion: string; readonly signingName: string };
  readonly operations: Readonly<Record<string, Operation>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

export const model2 = modelJson as unknown as ServiceModel;

/** The SigV4 signing name of the service: requests signed for another service are refused. */
export const SIGNING_NAME = model2.metadata.signingName;

export function shape2(name: string): Shape {
  const shape = model2.shapes[name];
  if (shape === undefined) throw new Error(`the inspector2 model has no shape ${name}`);
  return shape;
}

export function operation2(name: string): Operation | undefined {
  return Object.hasOwn(model2.operations, name) ? model2.operations[name] : undefined;
}

export function isOperation2(name: string): boolean {
  return Object.hasOwn(model2.operations, name);
}

/** The enum values of a string shape. */
export function enum2(name: string): readonly string[] {
  return shape2(name).enum ?? [];
}

/** "METHOD /path" of every operation without path parameters; the others are matched by prefix. */
const ROUTES = new Map<string, string>();
const TEMPLATED: { method: string; prefix: string; operation: string }[] = [];
for (const [name, op] of Object.entries(model2.operations)) {
  const uri = op.http.requestUri;
  const brace = uri.indexOf("{");
  if (brace < 0) ROUTES.set(`${op.http.method} ${uri}`, name);
  else TEMPLATED.push({ method: op.http.method, prefix: uri.slice(0, brace), operation: name });
}

/** The operation a request's method and path address, or undefined when none of the model's does. */
export function routeOf(method: string, path: string): string | undefined {
  const exact = ROUTES.get(`${method} ${path}`);
  if (exact !== undefined) return exact;
  const templated = TEMPLATED.find(
    (t) => t.method === method && path.startsWith(t.prefix) && path.length > t.prefix.length,
  );
  return templated?.operation;
}

/** The most items a response's list member may hold (the model's `max`), or undefined when unbounded. */
export function listMaxOf(operation: string, member: string): number | undefined {
  const output = operation2(operation)?.output;
  if (output === undefined) throw new Error(`inspector2 ${operation} has no output`);
  const ref = shape2(output.shape).members?.[member];
  if (ref === undefined) throw new Error(`inspector2 ${operation} output has no member ${member}`);
  return shape2(ref.shape).max;
}

/** The bounds of an operation's `maxResults`. */
export function maxResultsOf(operation: string): { min: number; max: number } {
  const input = operation2(operation)?.input;
  const ref = input ? shape2(input.shape).members?.["maxResults"] : undefined;
  if (ref === undefined) throw new Error(`inspector2 ${operation} takes no maxResults`);
  const s = shape2(ref.shape);
  return { min: s.min ?? 1, max: s.max ?? Number.MAX_SAFE_INTEGER };
}

/** A wire value of `shapeName` as the SDK hands it back: timestamps (epoch seconds) become Dates. */
export function toSdkShape(shapeName: string, value: unknown): unknown {
  const shape = shape2(shapeName);
  if (value === null || value === undefined) return value;
  switch (shape.type) {
    case "timestamp":
      return typeof value === "number" ? new Date(Math.round(value * 1000)) : value;
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const ref = shape.members?.[k];
        out[k] = ref ? toSdkShape(ref.shape, v) : v;
      }
      return out;
    }
    case "list":
      return (value as unknown[]).map((v) => toSdkShape(shape.member!.shape, v));
    case "map":
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [
          k,
          toSdkShape(shape.value!.shape, v),
        ]),
      );
    default:
      return value;
  }
}
