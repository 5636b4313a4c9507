import { describe, expect, it } from "vitest";
import { defaultRunName } from "../../../src/sources/classic/run-name.js";

const now = new Date("2026-01-15T12:34:56.789Z");

describe("defaultRunName", () => {
  it("uses GitHub's run id and attempt", () => {
    expect(defaultRunName({ GITHUB_RUN_ID: "123456", GITHUB_RUN_ATTEMPT: "2" }, now)).toBe(
      "inspector-gate-123456-2",
    );
    expect(defaultRunName({ GITHUB_RUN_ID: "123456" }, now)).toBe("inspector-gate-123456-1");
  });

  it("uses other CIs' ids", () => {
    expect(defaultRunName({ GITLAB_CI: "true", CI_JOB_ID: "77" }, now)).toBe("inspector-gate-gitlab-77");
    expect(defaultRunName({ CIRCLE_BUILD_NUM: "9" }, now)).toBe("inspector-gate-circleci-9");
    expect(defaultRunName({ TF_BUILD: "True", BUILD_BUILDID: "42", SYSTEM_JOBATTEMPT: "3" }, now)).toBe(
      "inspector-gate-azure-42-3",
    );
    expect(defaultRunName({ JENKINS_URL: "http://j", BUILD_TAG: "jenkins-my job-12" }, now)).toBe(
      "inspector-gate-jenkins-my-job-12",
    );
    expect(defaultRunName({ CODEBUILD_BUILD_ID: "proj:abc-123" }, now)).toBe(
      "inspector-gate-codebuild-proj-abc-123",
    );
  });

  it("falls back to the time, and stays within Inspector's 140 characters", () => {
    expect(defaultRunName({}, now)).toBe("inspector-gate-20260115T123456Z");
    expect(defaultRunName({ GITHUB_RUN_ID: "x".repeat(300) }, now).length).toBe(140);
  });
});
