/**
 * The Inspector Classic service model (API 2016-02-16, as the AWS CLI ships it), bundled with the
 * emulator. It is the source of truth for operation names, input validation and page sizes.
 */
import modelJson from "./inspector-2016-02-16.json" with { type: "json" };

export interface MemberRef {
  readonly shape: string;
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
    | "boolean"
    | "timestamp";
  readonly members?: Readonly<Record<string, MemberRef>>;
  readonly required?: readonly string[];
  readonly member?: MemberRef;
  readonly key?: MemberRef;
  readonly value?: MemberRef;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly exception?: boolean;
  readonly fault?: boolean;
}

export interface Operation {
  readonly name: string;
  readonly input?: MemberRef;
  readonly output?: MemberRef;
  readonly errors?: readonly MemberRef[];
}

export interface ServiceModel {
  readonly metadata: { readonly targetPrefix: string; readonly apiVersion: string };
  readonly operations: Readonly<Record<string, Operation>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

export const serviceModel = modelJson as unknown as ServiceModel;

export const TARGET_PREFIX = serviceModel.metadata.targetPrefix;

export function shapeOf(name: string): Shape {
  const shape = serviceModel.shapes[name];
  if (shape === undefined) throw new Error(`service model has no shape ${name}`);
  return shape;
}

export function operationOf(name: string): Operation | undefined {
  return Object.hasOwn(serviceModel.operations, name) ? serviceModel.operations[name] : undefined;
}

/** The enum values of a string shape (empty when the shape is not an enum). */
export function enumOf(name: string): readonly string[] {
  return shapeOf(name).enum ?? [];
}

/** The largest page an operation may return: the `max` of the list its paginated response holds. */
export function pageLimitOf(operation: string, resultKey: string): number {
  const output = operationOf(operation)?.output;
  if (output === undefined) throw new Error(`operation ${operation} has no output`);
  const member = shapeOf(output.shape).members?.[resultKey];
  if (member === undefined) throw new Error(`${operation} output has no member ${resultKey}`);
  const max = shapeOf(member.shape).max;
  return max ?? Number.MAX_SAFE_INTEGER;
}
