/**
 * The Inspector Classic service model (API 2016-02-16, as the AWS CLI ships it), bundled with the
 * emulator. It is the source of truth for operation names, input validation and page sizes.
 */
import { type Operation, type ServiceModel, type Shape } from "../shared/service-model.js";
export declare const serviceModel: ServiceModel;
export declare const TARGET_PREFIX: string;
export declare function shapeOf(name: string): Shape;
export declare function operationOf(name: string): Operation | undefined;
/** The enum values of a string shape (empty when the shape is not an enum). */
export declare function enumOf(name: string): readonly string[];
/** The largest page an operation may return: the `max` of the list its paginated response holds. */
export declare function pageLimitOf(operation: string, resultKey: string): number;
