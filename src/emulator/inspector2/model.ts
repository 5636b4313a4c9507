/**
 * The Amazon Inspector (v2) service model (API 2020-06-08, restJson1, as the AWS CLI ships it), bundled
 * with the emulator: operation routes (method and path), shapes, required members, enums and bounds.
 * Validation and page sizes are read from it, never restated.
 */
import {
  listMaxIn,
  type Operation,
  operationIn,
  type ServiceModel,
  type Shape,
  shapeIn,
} from "../shared/service-model.js";
import modelJson from "./inspector2-2020-06-08.json" with { type: "json" };

export const model2 = modelJson as unknown as ServiceModel;

/** The SigV4 signing name of the service: requests signed for another service are refused. */
export const SIGNING_NAME = model2.metadata.signingName!;

export function shape2(name: string): Shape {
  return shapeIn(model2, name);
}

export function operation2(name: string): Operation | undefined {
  return operationIn(model2, name);
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
  if (op.http === undefined) continue;
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
  return listMaxIn(model2, operation, member);
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
