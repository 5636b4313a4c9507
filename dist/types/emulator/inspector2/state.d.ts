import type { Account2 } from "./account.js";
declare const ACTIONS: {
    readonly pushImage: (acct: Account2, input: unknown, at: number) => import("./actions.js").PushedImage;
    readonly deployFunction: (acct: Account2, input: unknown, at: number) => import("./actions.js").DeployedFunction;
    readonly setScanStatus: (acct: Account2, input: unknown, at: number) => {
        updated: number;
    };
};
export type ActionName = keyof typeof ACTIONS;
/** One change to the account, as saved. */
export interface Change {
    readonly action: ActionName;
    readonly input: unknown;
    /** When (ms since the epoch). */
    readonly at: number;
    readonly timeScale: number;
    readonly scanSeconds: number;
    /** The error it ended with, when it changed the account and then failed (it fails again on replay). */
    readonly failed?: string;
}
/** How the account was seeded, and what has changed since. */
export interface SavedAccount2 {
    readonly findings: number;
    readonly scanSeconds: number;
    readonly timeScale: number;
    /** The moment of seeding (ms since the epoch): seeded history lies before it, pending scans after. */
    readonly seededAt: number;
    readonly changes: readonly Change[];
}
/** The changes made to one account, recorded as they are made. */
export declare class Journal {
    private readonly acct;
    readonly changes: Change[];
    constructor(acct: Account2, saved?: readonly Change[]);
    /**
     * Applies `action` to the account now, and records it when it changed the account (a call refused
     * before it changed anything is not recorded).
     */
    apply<A extends ActionName>(action: A, input: unknown, at: number): ReturnType<(typeof ACTIONS)[A]>;
}
/** Replays saved changes on a freshly seeded account; a change that no longer applies is a ConfigError. */
export declare function replay(acct: Account2, changes: readonly Change[], file: string): void;
/** The v2 part of a state file, checked; a ConfigError naming the file and every bad path. */
export declare function readSaved2(value: unknown, file: string): SavedAccount2;
export {};
