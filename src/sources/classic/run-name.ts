/**
 * The default assessment run name, derived by the doors from their CI context so that a re-run of the
 * same CI job finds (and reuses) its run instead of starting a second assessment. Pure: the door passes
 * the environment in.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** Characters kept in a run name; anything else becomes "-". Inspector allows 1..140 characters. */
function clean(part: string): string {
  return part.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
}

function named(...parts: (string | undefined)[]): string {
  return ["inspector-gate", ...parts.filter((p): p is string => p !== undefined && p !== "").map(clean)]
    .join("-")
    .slice(0, 140);
}

/**
 * GitHub Actions: inspector-gate-<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>; other CIs: their pipeline or job
 * id (and retry count where they have one); otherwise the time, to the second (UTC).
 */
export function defaultRunName(env: Env, now: Date): string {
  const v = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  if (v("GITHUB_RUN_ID")) return named(v("GITHUB_RUN_ID"), v("GITHUB_RUN_ATTEMPT") ?? "1");
  if (v("GITLAB_CI") && v("CI_JOB_ID")) return named("gitlab", v("CI_JOB_ID"));
  if (v("BUILDKITE_BUILD_ID"))
    return named("buildkite", v("BUILDKITE_JOB_ID") ?? v("BUILDKITE_BUILD_ID"), v("BUILDKITE_RETRY_COUNT"));
  if (v("CIRCLE_WORKFLOW_JOB_ID")) return named("circleci", v("CIRCLE_WORKFLOW_JOB_ID"));
  if (v("CIRCLE_BUILD_NUM")) return named("circleci", v("CIRCLE_BUILD_NUM"));
  if (v("TF_BUILD") && v("BUILD_BUILDID")) return named("azure", v("BUILD_BUILDID"), v("SYSTEM_JOBATTEMPT"));
  if (v("CODEBUILD_BUILD_ID")) return named("codebuild", v("CODEBUILD_BUILD_ID"));
  if (v("BITBUCKET_BUILD_NUMBER"))
    return named("bitbucket", v("BITBUCKET_BUILD_NUMBER"), v("BITBUCKET_STEP_UUID"));
  if (v("TRAVIS_JOB_ID")) return named("travis", v("TRAVIS_JOB_ID"));
  if (v("JENKINS_URL") && v("BUILD_TAG")) return named(v("BUILD_TAG"));
  if (v("CI_PIPELINE_ID")) return named("ci", v("CI_PIPELINE_ID"), v("CI_JOB_ID"));
  return named(
    now
      .toISOString()
      .replace(/\.\d+Z$/, "Z")
      .replace(/[-:]/g, ""),
  );
}
