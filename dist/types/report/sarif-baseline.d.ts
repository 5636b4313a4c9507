/**
 * SARIF's view of a baseline: each violating finding's `baselineState` (new / unchanged) is set where the
 * results are built; the findings fixed since the baseline are results of their own with baselineState
 * `absent` (kind `pass`, level `none`: nothing to act on), and the run's properties carry the totals.
 */
import type { Result } from "sarif";
import type { BaselineComparison, BaselineSample } from "../baseline/types.js";
export declare function absentResult(sample: BaselineSample, ruleIndex: number): Result;
export declare function baselineProperties(c: BaselineComparison, file: string): Record<string, unknown>;
