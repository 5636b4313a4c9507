/**
 * The Amazon Inspector (v2) service model (API 2020-06-08, restJson1, as the AWS CLI ships it), bundled
 * with the emulator: operation routes (method and path), shapes, required members, enums and bounds.
 * Validation and page sizes are read from it, never restated.
 */
import { type Operation, type ServiceModel, type Shape } from "../shared/service-model.js";
export declare const model2: ServiceModel;
/** The SigV4 signing name of the service: requests signed for another service are refused. */
export declare const SIGNING_NAME: string;
export declare function shape2(name: string): Shape;
export declare function operation2(name: string): Operation | undefined;
export declare function isOperation2(name: string): boolean;
/** The enum values of a string shape. */
export declare function enum2(name: string): readonly string[];
/** The operation a request's method and path address, or undefined when none of the model's does. */
export declare function routeOf(method: string, path: string): string | undefined;
/** The most items a response's list member may hold (the model's `max`), or undefined when unbounded. */
export declare function listMaxOf(operation: string, member: string): number | undefined;
/** A wire value of `shapeName` as the SDK hands it back: timestamps (epoch seconds) become Dates. */
export declare function toSdkShape(shapeName: string, value: unknown): unknown;
