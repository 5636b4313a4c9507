/**
 * Walks a request against its input shape in a service model and reports what does not fit: a value
 * of the wrong JSON type, or a constraint of the model not met (required members, unions, list and
 * map sizes, string lengths, patterns and enums, number ranges). The walk is the same for every
 * service; what a problem becomes on the wire is each service's own (Classic answers the first one
 * with an errorCode, v2 lists them all in a ValidationException), and a report that throws stops the
 * walk there. Members bound to the URI or headers are not body members and are skipped.
 */
import { type ServiceModel } from "./service-model.js";
export type Path = readonly (string | number)[];
/** A constraint of the model that a value does not meet. */
export interface Violation {
    readonly path: Path;
    /** "list": the list itself has too few or too many items; "value": the value at `path`. */
    readonly kind: "list" | "value";
    /** The value as messages show it: null, 'text', '42', '[3 items]', '{}'. */
    readonly shown: string;
    /** What it fails, e.g. "Member must not be null". */
    readonly constraint: string;
}
export interface WalkReport {
    /** A value of the wrong JSON type: `expected` is e.g. "a string", "an object". */
    wrongType(path: Path, expected: string): void;
    violation(violation: Violation): void;
}
/** "filter.severities[2]"; "" for the request itself. */
export declare function formatPath(path: Path): string;
/** Walks `value` against the shape `shapeName`, telling `report` every problem in the order met. */
export declare function walkShape(model: ServiceModel, shapeName: string, value: unknown, report: WalkReport): void;
