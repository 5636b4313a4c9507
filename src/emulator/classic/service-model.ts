/**
 * The Inspector Classic service model (API 2016-02-16, as the AWS CLI ships it), bundled with the
 * emulator. It is the source of truth for operation names, input validation and page sizes.
 */
import {
  listMaxIn,
  type Operation,
  operationIn,
  type ServiceModel,
  type Shape,
  shapeIn,
} from "../shared/service-model.js";
import modelJson from "./inspector-2016-02-16.json" with { type: "json" };

export const serviceModel = modelJson as unknown as ServiceModel;

export const TARGET_PREFIX = serviceModel.metadata.targetPrefix!;

export function shapeOf(name: string): Shape {
  return shapeIn(serviceModel, name);
}

export function operationOf(name: string): Operation | undefined {
  return operationIn(serviceModel, name);
}

/** The enum values of a string shape (empty when the shape is not an enum). */
export function enumOf(name: string): readonly string[] {
  return shapeOf(name).enum ?? [];
}

/** The largest page an operation may return: the `max` of the list its paginated response holds. */
export function pageLimitOf(operation: string, resultKey: string): number {
  return listMaxIn(serviceModel, operation, resultKey) ?? Number.MAX_SAFE_INTEGER;
}
