export interface MemberRef {
    readonly shape: string;
}
export interface Shape {
    readonly type: "structure" | "list" | "map" | "string" | "integer" | "long" | "double" | "boolean" | "timestamp";
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
    readonly metadata: {
        readonly targetPrefix: string;
        readonly apiVersion: string;
    };
    readonly operations: Readonly<Record<string, Operation>>;
    readonly shapes: Readonly<Record<string, Shape>>;
}
export declare const serviceModel: ServiceModel;
export declare const TARGET_PREFIX: string;
export declare function shapeOf(name: string): Shape;
export declare function operationOf(name: string): Operation | undefined;
/** The enum values of a string shape (empty when the shape is not an enum). */
export declare function enumOf(name: string): readonly string[];
/** The largest page an operation may return: the `max` of the list its paginated response holds. */
export declare function pageLimitOf(operation: string, resultKey: string): number;
