export interface MemberRef {
    readonly shape: string;
    readonly location?: string;
    readonly locationName?: string;
}
export interface Shape {
    readonly type: "structure" | "list" | "map" | "string" | "integer" | "long" | "double" | "float" | "boolean" | "timestamp" | "blob";
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
    readonly error?: {
        readonly httpStatusCode: number;
    };
}
export interface Operation {
    readonly name: string;
    readonly http: {
        readonly method: string;
        readonly requestUri: string;
        readonly responseCode: number;
    };
    readonly input?: MemberRef;
    readonly output?: MemberRef;
    readonly errors?: readonly MemberRef[];
}
export interface ServiceModel {
    readonly metadata: {
        readonly apiVersion: string;
        readonly signingName: string;
    };
    readonly operations: Readonly<Record<string, Operation>>;
    readonly shapes: Readonly<Record<string, Shape>>;
}
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
/** The bounds of an operation's `maxResults`. */
export declare function maxResultsOf(operation: string): {
    min: number;
    max: number;
};
/** A wire value of `shapeName` as the SDK hands it back: timestamps (epoch seconds) become Dates. */
export declare function toSdkShape(shapeName: string, value: unknown): unknown;
