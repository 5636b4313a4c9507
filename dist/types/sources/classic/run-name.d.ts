/**
 * The default assessment run name, derived by the doors from their CI context so that a re-run of the
 * same CI job finds (and reuses) its run instead of starting a second assessment. Pure: the door passes
 * the environment in.
 */
type Env = Readonly<Record<string, string | undefined>>;
/**
 * GitHub Actions: inspector-gate-<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>; other CIs: their pipeline or job
 * id (and retry count where they have one); otherwise the time, to the second (UTC).
 */
export declare function defaultRunName(env: Env, now: Date): string;
export {};
