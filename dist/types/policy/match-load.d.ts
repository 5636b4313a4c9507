/**
 * A rule's or an exception's `match` as written (kebab-case, after schema validation) → the normalised
 * Match, and the checks on it the schema cannot express: regexes RE2 can run, ranges with min <= max,
 * `severity` and `min-severity` that can both hold, and (when a source is named) conditions that can apply
 * to that source's findings at all.
 */
import { type ExploitAvailable, type FindingType, type FixAvailable, type ResourceType, type Severity } from "../model.js";
import { type PolicySource } from "./conditions.js";
import type { Match } from "./types.js";
type RawPattern = string | {
    regex: string;
};
type RawPatterns = RawPattern | RawPattern[];
type OneOrList<T> = T | T[];
interface RawRange {
    min?: number;
    max?: number;
}
export interface RawMatch {
    severity?: OneOrList<Severity>;
    "min-severity"?: Severity;
    "rules-package"?: RawPatterns;
    id?: RawPatterns;
    title?: RawPatterns;
    attributes?: Record<string, RawPatterns>;
    "user-attributes"?: Record<string, RawPatterns>;
    asset?: {
        "agent-id"?: RawPatterns;
        hostname?: RawPatterns;
        "auto-scaling-group"?: RawPatterns;
        "ami-id"?: RawPatterns;
    };
    "numeric-severity"?: RawRange;
    confidence?: RawRange;
    "indicator-of-compromise"?: boolean;
    "vulnerability-id"?: RawPatterns;
    "finding-type"?: OneOrList<FindingType>;
    "fix-available"?: OneOrList<FixAvailable>;
    "exploit-available"?: OneOrList<ExploitAvailable>;
    epss?: RawRange;
    "inspector-score"?: RawRange;
    kev?: boolean;
    package?: {
        name?: RawPatterns;
        version?: RawPatterns;
    };
    resource?: {
        type?: OneOrList<ResourceType>;
        id?: RawPatterns;
        tags?: Record<string, RawPatterns>;
        "ecr-repository"?: RawPatterns;
        "ecr-image-tag"?: RawPatterns;
        "lambda-function"?: RawPatterns;
    };
}
/** Reports a problem at a JSON pointer (at the key itself when `key`), the message without its path. */
export type Report = (pointer: string, message: string, key?: boolean) => void;
/** Problems within one match; `source` also refuses conditions that cannot apply to that source. */
export declare function checkMatch(match: RawMatch, pointer: string, report: Report, source?: PolicySource): void;
export declare function matchOf(raw: RawMatch): Match;
export {};
