/**
 * AWS service models as the AWS CLI ships them (botocore's JSON): operations, shapes and the
 * constraints on them. Each emulated service bundles its own model; this is how one is read, whatever
 * its protocol (awsJson1_1 names operations in a header, restJson1 routes them by `http`).
 */
export interface MemberRef {
    readonly shape: string;
    /** Where a restJson1 member travels when not in the body: "uri", "querystring", "header". */
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
    /** Exactly one member must be set. */
    readonly union?: boolean;
    readonly exception?: boolean;
    readonly fault?: boolean;
    readonly error?: {
        readonly httpStatusCode: number;
    };
}
export interface Operation {
    readonly name: string;
    /** restJson1: the route of the operation. */
    readonly http?: {
        readonly method: string;
        readonly requestUri: string;
        readonly responseCode?: number;
    };
    readonly input?: MemberRef;
    readonly output?: MemberRef;
    readonly errors?: readonly MemberRef[];
}
export interface ServiceModel {
    readonly metadata: {
        readonly apiVersion: string;
        readonly endpointPrefix: string;
        /** The service SigV4 credentials are scoped to, where the model names it. */
        readonly signingName?: string;
        /** awsJson1_1: the X-Amz-Target prefix. */
        readonly targetPrefix?: string;
    };
    readonly operations: Readonly<Record<string, Operation>>;
    readonly shapes: Readonly<Record<string, Shape>>;
}
export declare function shapeIn(model: ServiceModel, name: string): Shape;
export declare function operationIn(model: ServiceModel, name: string): Operation | undefined;
/**
 * The most items an operation's response may hold in the list `member` (the list shape's `max`), or
 * undefined when the model leaves it unbounded.
 */
export declare function listMaxIn(model: ServiceModel, operation: string, member: string): number | undefined;
