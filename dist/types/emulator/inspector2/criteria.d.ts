/**
 * The filter semantics Inspector v2 shares between ListFindings' FilterCriteria and ListCoverage's
 * CoverageFilterCriteria, compiled once per request into a predicate:
 *
 * - criteria (the members of the criteria object) are joined by AND;
 * - within one criterion's list, EQUALS and PREFIX filters are joined by OR and NOT_EQUALS filters by
 *   AND: a value matches when it matches at least one EQUALS/PREFIX filter (if any is given) and none
 *   of the NOT_EQUALS ones. A multi-valued field (image tags, layers, detector tags) matches EQUALS or
 *   PREFIX when any of its values does, and NOT_EQUALS when none of its values equals the filter. A
 *   field the item does not have matches no EQUALS or PREFIX filter and every NOT_EQUALS filter;
 * - number, date and port-range filters in one list are joined by OR; their bounds are inclusive and
 *   either may be left out; an item without the field matches none of them. A port-range filter
 *   matches a finding whose open port range overlaps it;
 * - map filters (tags) in one list are joined by OR: the tag must be present with the given value (any
 *   value when the filter gives none);
 * - package filters in one list are joined by OR: one of the finding's vulnerable packages must satisfy
 *   every member the filter gives.
 *
 * Matching is case-sensitive. An absent or empty list is no condition.
 */
export type FieldKind = "string" | "number" | "date" | "map" | "package" | "port";
export interface FieldSpec<T> {
    readonly kind: FieldKind;
    /**
     * string: a string or list of strings; number and date: a number (dates in ms); map: a record;
     * package: a list of package records; port: [begin, end].
     */
    readonly get: (item: T) => unknown;
}
interface StringFilter {
    comparison: string;
    value: string;
}
type Test = (value: unknown) => boolean;
export declare function stringMatcher(filters: readonly StringFilter[]): Test;
/** Compiles a (validated) criteria object into a predicate over items described by `fields`. */
export declare function compileCriteria<T>(criteria: Readonly<Record<string, unknown>> | undefined, fields: Readonly<Record<string, FieldSpec<T>>>): (item: T) => boolean;
export {};
