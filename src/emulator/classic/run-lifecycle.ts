/**
 * The assessment-run state machine. A run holds the state changes that have happened and a plan of
 * those still to come; every request first moves planned changes whose time has passed into the
 * history (`advance(now)`). There are no timers: a virtual clock drives a run as well as a real one,
 * and stopping a run or changing its outcome only rewrites the plan, never the history.
 */
import type { ClassicSeverity as Severity } from "../../model.js";
import type { FindingContext, FindingSet, WireAttribute } from "./finding-set.js";

export const RUN_STATES = [
  "CREATED",
  "START_DATA_COLLECTION_PENDING",
  "START_DATA_COLLECTION_IN_PROGRESS",
  "COLLECTING_DATA",
  "STOP_DATA_COLLECTION_PENDING",
  "DATA_COLLECTED",
  "START_EVALUATING_RULES_PENDING",
  "EVALUATING_RULES",
  "FAILED",
  "ERROR",
  "COMPLETED",
  "COMPLETED_WITH_ERRORS",
  "CANCELED",
] as const;
export type RunState = (typeof RUN_STATES)[number];

/** How a run ends; NEVER keeps it collecting data until it is stopped. */
export const OUTCOMES = ["COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "ERROR", "NEVER"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

export const TERMINAL_STATES: ReadonlySet<string> = new Set([
  "FAILED",
  "ERROR",
  "COMPLETED",
  "COMPLETED_WITH_ERRORS",
  "CANCELED",
]);

const ORDER = new Map<string, number>(RUN_STATES.map((s, i) => [s, i]));
const COLLECTING = ORDER.get("COLLECTING_DATA")!;

/** Seconds spent in each state at time scale 1 (COLLECTING_DATA lasts the template's duration). */
export const PHASE_SECONDS: Readonly<Record<string, number>> = {
  CREATED: 2,
  START_DATA_COLLECTION_PENDING: 3,
  START_DATA_COLLECTION_IN_PROGRESS: 5,
  STOP_DATA_COLLECTION_PENDING: 10,
  DATA_COLLECTED: 5,
  START_EVALUATING_RULES_PENDING: 5,
  EVALUATING_RULES: 30,
};

export interface Step {
  readonly state: RunState;
  readonly at: number;
}

export interface Notification {
  readonly date: number;
  readonly event: string;
  readonly error: boolean;
  readonly message?: string;
  readonly snsTopicArn?: string;
  readonly snsPublishStatusCode?: string;
}

export interface RunInit {
  readonly arn: string;
  readonly name: string;
  readonly templateArn: string;
  readonly durationInSeconds: number;
  readonly rulesPackageArns: readonly string[];
  readonly userAttributesForFindings: readonly WireAttribute[];
  readonly createdAt: number;
  readonly timeScale: number;
  readonly outcome: Outcome;
  /** Every agent of the target when the run started (unhealthy ones included). */
  readonly agentIds: readonly string[];
  readonly findings: FindingSet;
}

export class Run {
  readonly arn: string;
  readonly name: string;
  readonly templateArn: string;
  readonly durationInSeconds: number;
  readonly rulesPackageArns: readonly string[];
  readonly userAttributesForFindings: readonly WireAttribute[];
  readonly createdAt: number;
  readonly timeScale: number;
  readonly agentIds: readonly string[];
  readonly findings: FindingSet;
  outcome: Outcome;
  /** Changes that have happened, oldest first. */
  readonly changes: Step[];
  /** Changes still to come, in order. */
  plan: Step[];
  /** Share of the data collected when the run was stopped with START_EVALUATION (1 otherwise). */
  collectedFraction = 1;
  /** Set by StopAssessmentRun. */
  stopAction?: "START_EVALUATION" | "SKIP_EVALUATION";

  constructor(init: RunInit, history?: { changes: Step[]; plan: Step[] }) {
    this.arn = init.arn;
    this.name = init.name;
    this.templateArn = init.templateArn;
    this.durationInSeconds = init.durationInSeconds;
    this.rulesPackageArns = init.rulesPackageArns;
    this.userAttributesForFindings = init.userAttributesForFindings;
    this.createdAt = init.createdAt;
    this.timeScale = init.timeScale;
    this.agentIds = init.agentIds;
    this.findings = init.findings;
    this.outcome = init.outcome;
    if (history) {
      this.changes = history.changes;
      this.plan = history.plan;
    } else {
      this.changes = [{ state: "CREATED", at: init.createdAt }];
      this.plan = this.planFrom("CREATED", init.createdAt);
    }
  }

  /** A duration on this run's scaled clock, in whole ms (timestamps carry ms precision). */
  private ms(seconds: number): number {
    return Math.round((seconds * 1000) / this.timeScale);
  }

  get state(): RunState {
    return this.changes[this.changes.length - 1]!.state;
  }

  get stateChangedAt(): number {
    return this.changes[this.changes.length - 1]!.at;
  }

  get terminal(): boolean {
    return TERMINAL_STATES.has(this.state);
  }

  /** When data collection started, if it did. */
  get startedAt(): number | undefined {
    return this.changes.find((c) => c.state === "COLLECTING_DATA")?.at;
  }

  get completedAt(): number | undefined {
    return this.terminal ? this.stateChangedAt : undefined;
  }

  get dataCollected(): boolean {
    return this.changes.some((c) => c.state === "DATA_COLLECTED");
  }

  /** Moves every planned change due by `now` into the history. */
  advance(now: number): void {
    while (this.plan.length > 0 && this.plan[0]!.at <= now) {
      this.changes.push(this.plan.shift()!);
    }
  }

  private next(state: RunState): RunState | undefined {
    const outcome =
      this.outcome === "NEVER" && this.stopAction === "START_EVALUATION" ? "COMPLETED" : this.outcome;
    const index = ORDER.get(state)!;
    if (TERMINAL_STATES.has(state)) return undefined;
    if (outcome === "NEVER" && index >= COLLECTING) return undefined;
    if (outcome === "FAILED" && index >= COLLECTING) return "FAILED";
    switch (state) {
      case "CREATED":
        return "START_DATA_COLLECTION_PENDING";
      case "START_DATA_COLLECTION_PENDING":
        return "START_DATA_COLLECTION_IN_PROGRESS";
      case "START_DATA_COLLECTION_IN_PROGRESS":
        return this.agentIds.length === 0 ? "FAILED" : "COLLECTING_DATA";
      case "COLLECTING_DATA":
        return "STOP_DATA_COLLECTION_PENDING";
      case "STOP_DATA_COLLECTION_PENDING":
        return "DATA_COLLECTED";
      case "DATA_COLLECTED":
        return "START_EVALUATING_RULES_PENDING";
      case "START_EVALUATING_RULES_PENDING":
        return "EVALUATING_RULES";
      case "EVALUATING_RULES":
        return outcome === "ERROR"
          ? "ERROR"
          : outcome === "COMPLETED_WITH_ERRORS"
            ? "COMPLETED_WITH_ERRORS"
            : "COMPLETED";
      default:
        return undefined;
    }
  }

  /** When the run leaves `state`, entered at `at` (collection start given for COLLECTING_DATA). */
  private leaves(state: RunState, at: number, collectStart: number): number {
    if (state === "COLLECTING_DATA") {
      const share = this.outcome === "FAILED" ? 1 / 3 : 1;
      return Math.max(at, collectStart + this.ms(this.durationInSeconds * share));
    }
    return at + this.ms(PHASE_SECONDS[state] ?? 0);
  }

  /** The changes that follow `state`, entered at `at`, under the current outcome. */
  private planFrom(state: RunState, at: number, notBefore = at): Step[] {
    const steps: Step[] = [];
    let collectStart = this.startedAt ?? at;
    let current = state;
    let t = at;
    for (;;) {
      const next = this.next(current);
      if (next === undefined) break;
      t = Math.max(notBefore, this.leaves(current, t, collectStart));
      if (next === "COLLECTING_DATA") collectStart = t;
      steps.push({ state: next, at: t });
      current = next;
    }
    return steps;
  }

  /** Changes how the run ends, from `now` on. A run that has ended keeps its end. */
  setOutcome(outcome: Outcome, now: number): void {
    this.advance(now);
    this.outcome = outcome;
    if (this.terminal || this.stopAction === "SKIP_EVALUATION") return;
    // A change whose time has already passed under the new plan happens now, not in the past.
    this.plan = this.planFrom(this.state, this.stateChangedAt, now);
    this.advance(now);
  }

  /** StopAssessmentRun. Returns false when the run had already ended (nothing to stop). */
  stop(action: "START_EVALUATION" | "SKIP_EVALUATION", now: number): boolean {
    this.advance(now);
    if (this.terminal) return false;
    if (action === "SKIP_EVALUATION") {
      this.stopAction = action;
      this.plan = [];
      this.changes.push({ state: "CANCELED", at: now });
      return true;
    }
    const index = ORDER.get(this.state)!;
    if (index > COLLECTING) return true; // already evaluating what was collected
    this.stopAction = action;
    const started = this.startedAt;
    this.collectedFraction =
      started === undefined ? 0 : Math.min(1, (now - started) / this.ms(this.durationInSeconds));
    if (this.outcome === "FAILED") {
      this.plan = [{ state: "FAILED", at: now }];
    } else {
      this.plan = [
        { state: "STOP_DATA_COLLECTION_PENDING", at: now },
        ...this.planFrom("STOP_DATA_COLLECTION_PENDING", now),
      ];
    }
    this.advance(now);
    return true;
  }

  /** How many findings the run lists: all of them once it completed (a share when stopped early). */
  visibleFindings(): number {
    const s = this.state;
    if (s !== "COMPLETED" && s !== "COMPLETED_WITH_ERRORS") return 0;
    return Math.floor(this.findings.size * this.collectedFraction);
  }

  findingCounts(): Record<Severity, number> {
    return this.findings.countsOf(this.visibleFindings());
  }

  findingContext(): FindingContext {
    const evaluating = this.changes.find((c) => c.state === "EVALUATING_RULES")?.at ?? this.createdAt;
    const end = this.completedAt ?? evaluating;
    return {
      runArn: this.arn,
      userAttributesForFindings: this.userAttributesForFindings,
      createdBaseMs: evaluating,
      spreadMs: Math.max(0, end - evaluating),
    };
  }
}
