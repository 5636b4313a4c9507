/**
 * Input validation driven by the service model: required members, list sizes, string lengths and
 * patterns, number ranges and enums are read from the shapes (the walk every service shares), never
 * restated here. What the model cannot say is which `errorCode` of InvalidInputErrorCode a failure
 * deserves; the table below maps member paths to codes. The first problem is answered; a wrong JSON
 * type is a SerializationException, as AWS JSON services answer.
 */
import { formatPath, type Path, type WalkReport, walkShape } from "../shared/model-walk.js";
import { invalidInput, serialization } from "./errors.js";
import { operationOf, serviceModel } from "./service-model.js";

interface Codes {
  /** The list itself has too few or too many items. */
  readonly list?: string;
  /** A value at or below this path is invalid. */
  readonly value: string;
}

const TARGET_ARN: Codes = {
  list: "INVALID_NUMBER_OF_ASSESSMENT_TARGET_ARNS",
  value: "INVALID_ASSESSMENT_TARGET_ARN",
};
const TEMPLATE_ARN: Codes = {
  list: "INVALID_NUMBER_OF_ASSESSMENT_TEMPLATE_ARNS",
  value: "INVALID_ASSESSMENT_TEMPLATE_ARN",
};
const RUN_ARN: Codes = { list: "INVALID_NUMBER_OF_ASSESSMENT_RUN_ARNS", value: "INVALID_ASSESSMENT_RUN_ARN" };
const RULES_PACKAGE_ARN: Codes = {
  list: "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
  value: "INVALID_RULES_PACKAGE_ARN",
};
const USER_ATTRIBUTES: Codes = { list: "INVALID_NUMBER_OF_USER_ATTRIBUTES", value: "INVALID_USER_ATTRIBUTE" };
const USER_ATTRIBUTE_KEY: Codes = { value: "INVALID_USER_ATTRIBUTE_KEY" };
const USER_ATTRIBUTE_VALUE: Codes = { value: "INVALID_USER_ATTRIBUTE_VALUE" };

/** Member paths (list indices dropped) to error codes, for every operation. */
const GENERIC: Readonly<Record<string, Codes>> = {
  assessmentRunArn: RUN_ARN,
  assessmentRunArns: RUN_ARN,
  assessmentTemplateArn: TEMPLATE_ARN,
  assessmentTemplateArns: TEMPLATE_ARN,
  assessmentTargetArn: TARGET_ARN,
  assessmentTargetArns: TARGET_ARN,
  previewAgentsArn: TARGET_ARN,
  resourceGroupArn: { value: "INVALID_RESOURCE_GROUP_ARN" },
  resourceGroupArns: { list: "INVALID_NUMBER_OF_RESOURCE_GROUP_ARNS", value: "INVALID_RESOURCE_GROUP_ARN" },
  rulesPackageArns: RULES_PACKAGE_ARN,
  findingArns: { list: "INVALID_NUMBER_OF_FINDING_ARNS", value: "INVALID_FINDING_ARN" },
  exclusionArns: { value: "INVALID_RESOURCE_ARN" },
  resourceArn: { value: "INVALID_RESOURCE_ARN" },
  topicArn: { value: "INVALID_SNS_TOPIC_ARN" },
  roleArn: { value: "INVALID_IAM_ROLE_ARN" },
  event: { value: "INVALID_EVENT" },
  locale: { value: "INVALID_LOCALE" },
  nextToken: { value: "INVALID_PAGINATION_TOKEN" },
  previewToken: { value: "INVALID_PAGINATION_TOKEN" },
  maxResults: { value: "INVALID_MAX_RESULTS" },
  assessmentTargetName: { value: "INVALID_ASSESSMENT_TARGET_NAME" },
  assessmentTemplateName: { value: "INVALID_ASSESSMENT_TEMPLATE_NAME" },
  // The model has no code for run names; the template-name code is the closest.
  assessmentRunName: { value: "INVALID_ASSESSMENT_TEMPLATE_NAME" },
  durationInSeconds: { value: "INVALID_ASSESSMENT_TEMPLATE_DURATION" },
  stopAction: { value: "INVALID_ASSESSMENT_RUN_STATE" },
  reportFileFormat: { value: "INVALID_ASSESSMENT_RUN_ARN" },
  reportType: { value: "INVALID_ASSESSMENT_RUN_ARN" },
  userAttributesForFindings: USER_ATTRIBUTES,
  "userAttributesForFindings.key": USER_ATTRIBUTE_KEY,
  "userAttributesForFindings.value": USER_ATTRIBUTE_VALUE,
  attributeKeys: { list: "INVALID_NUMBER_OF_USER_ATTRIBUTES", value: "INVALID_USER_ATTRIBUTE_KEY" },
  resourceGroupTags: {
    list: "INVALID_NUMBER_OF_RESOURCE_GROUP_TAGS",
    value: "INVALID_RESOURCE_GROUP_TAG_KEY",
  },
  "resourceGroupTags.key": { value: "INVALID_RESOURCE_GROUP_TAG_KEY" },
  "resourceGroupTags.value": { value: "INVALID_RESOURCE_GROUP_TAG_VALUE" },
  tags: { list: "INVALID_NUMBER_OF_TAGS", value: "INVALID_TAG" },
  "tags.key": { value: "INVALID_TAG_KEY" },
  "tags.value": { value: "INVALID_TAG_VALUE" },
  filter: { value: "INVALID_RESOURCE_ARN" },
  "filter.rulesPackageArns": RULES_PACKAGE_ARN,
  "filter.attributes": { list: "INVALID_NUMBER_OF_ATTRIBUTES", value: "INVALID_ATTRIBUTE" },
  "filter.userAttributes": USER_ATTRIBUTES,
  "filter.userAttributes.key": USER_ATTRIBUTE_KEY,
  "filter.userAttributes.value": USER_ATTRIBUTE_VALUE,
  "filter.agentIds": { list: "INVALID_NUMBER_OF_AGENT_IDS", value: "INVALID_AGENT_ID" },
  "filter.autoScalingGroups": {
    list: "INVALID_NUMBER_OF_AUTO_SCALING_GROUPS",
    value: "INVALID_AUTO_SCALING_GROUP",
  },
  "filter.ruleNames": { list: "INVALID_NUMBER_OF_RULE_NAMES", value: "INVALID_RULE_NAME" },
  "filter.severities": { list: "INVALID_NUMBER_OF_SEVERITIES", value: "INVALID_SEVERITY" },
  // No code exists for a finding creation-time range; the run start-time code is the closest.
  "filter.creationTimeRange": { value: "INVALID_ASSESSMENT_RUN_START_TIME_RANGE" },
  "filter.states": { list: "INVALID_NUMBER_OF_ASSESSMENT_RUN_STATES", value: "INVALID_ASSESSMENT_RUN_STATE" },
  "filter.namePattern": { value: "INVALID_ASSESSMENT_TEMPLATE_NAME_PATTERN" },
  "filter.assessmentTargetNamePattern": { value: "INVALID_ASSESSMENT_TARGET_NAME_PATTERN" },
  "filter.durationRange": { value: "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE" },
  "filter.startTimeRange": { value: "INVALID_ASSESSMENT_RUN_START_TIME_RANGE" },
  "filter.completionTimeRange": { value: "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE" },
  "filter.stateChangeTimeRange": { value: "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE" },
  // Agent health filters have no code of their own.
  "filter.agentHealths": { value: "INVALID_AGENT_ID" },
  "filter.agentHealthCodes": { value: "INVALID_AGENT_ID" },
};

const BY_OPERATION: Readonly<Record<string, Readonly<Record<string, Codes>>>> = {
  // The attributes added to findings are user attributes.
  AddAttributesToFindings: {
    attributes: USER_ATTRIBUTES,
    "attributes.key": USER_ATTRIBUTE_KEY,
    "attributes.value": USER_ATTRIBUTE_VALUE,
  },
  ListAssessmentRuns: {
    "filter.durationRange": { value: "INVALID_ASSESSMENT_RUN_DURATION_RANGE" },
  },
};

/** The error code for a failure at `path` (list indices included), or undefined when none is mapped. */
export function errorCodeFor(
  operation: string,
  path: readonly (string | number)[],
  kind: "list" | "value",
): string | undefined {
  const names = path.filter((p): p is string => typeof p === "string");
  const own = BY_OPERATION[operation];
  const isListItself = kind === "list" && typeof path[path.length - 1] === "string";
  for (let length = names.length; length > 0; length--) {
    const key = names.slice(0, length).join(".");
    const codes = (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? GENERIC[key];
    if (codes === undefined) continue;
    if (isListItself && length === names.length && codes.list !== undefined) return codes.list;
    return codes.value;
  }
  return undefined;
}

/** Where a problem is, as messages name it. */
function where(path: Path): string {
  return formatPath(path) || "(request)";
}

/** Inspector Classic answers the first problem met: a SerializationException, or an errorCode. */
function firstProblem(operation: string): WalkReport {
  return {
    wrongType(path, expected) {
      throw serialization(`Expected ${expected} at '${where(path)}'`);
    },
    violation({ path, kind, shown, constraint }) {
      const code = errorCodeFor(operation, path, kind) ?? "INVALID_RESOURCE_ARN";
      const value = kind === "list" ? "Value" : `Value ${shown}`;
      throw invalidInput(
        code,
        `1 validation error detected: ${value} at '${where(path)}' failed to satisfy constraint: ${constraint}`,
      );
    },
  };
}

/** Throws the ServiceError Inspector would answer when `input` does not fit the operation's input shape. */
export function validateInput(operation: string, input: unknown): void {
  const shape = operationOf(operation)?.input?.shape;
  if (shape === undefined) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw serialization("Expected an object as the request body");
    }
    return;
  }
  walkShape(serviceModel, shape, input, firstProblem(operation));
}

/** Pages: `maxResults` is documented as 1..500 (the model leaves it unbounded). */
export function checkMaxResults(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = value as number;
  if (n < 1 || n > 500) {
    throw invalidInput("INVALID_MAX_RESULTS", `maxResults must be between 1 and 500, got ${n}`);
  }
  return n;
}
