/**
 * Input validation driven by the service model: required members, list sizes, string lengths and
 * patterns, number ranges and enums are read from the shapes, never restated here. What the model
 * cannot say is which `errorCode` of InvalidInputErrorCode a failure deserves; the table below maps
 * member paths to codes. A wrong JSON type is a SerializationException, as AWS JSON services answer.
 */
import type { ServiceError } from "../shared/errors.js";
import { invalidInput, serialization } from "./errors.js";
import { operationOf, type Shape, shapeOf } from "./service-model.js";

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

export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(request)" : out;
}

class Validator {
  constructor(private readonly operation: string) {}

  private fail(path: readonly (string | number)[], kind: "list" | "value", message: string): ServiceError {
    const code = errorCodeFor(this.operation, path, kind) ?? "INVALID_RESOURCE_ARN";
    return invalidInput(code, `1 validation error detected: ${message}`);
  }

  check(shapeName: string, value: unknown, path: (string | number)[]): void {
    const shape = shapeOf(shapeName);
    switch (shape.type) {
      case "structure":
        this.structure(shape, value, path);
        break;
      case "list":
        this.list(shape, value, path);
        break;
      case "map":
        this.map(shape, value, path);
        break;
      case "string":
        this.string(shape, value, path);
        break;
      case "integer":
      case "long":
        this.number(shape, value, path, true);
        break;
      case "double":
        this.number(shape, value, path, false);
        break;
      case "boolean":
        if (typeof value !== "boolean") throw serialization(`Expected a boolean at '${formatPath(path)}'`);
        break;
      case "timestamp":
        if (typeof value !== "number" || !Number.isFinite(value)) {
          throw serialization(`Expected a timestamp (epoch seconds) at '${formatPath(path)}'`);
        }
        break;
    }
  }

  private structure(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw serialization(`Expected an object at '${formatPath(path)}'`);
    }
    const record = value as Record<string, unknown>;
    for (const name of shape.required ?? []) {
      if (record[name] === undefined || record[name] === null) {
        throw this.fail(
          [...path, name],
          "value",
          `Value null at '${formatPath([...path, name])}' failed to satisfy constraint: Member must not be null`,
        );
      }
    }
    for (const [name, ref] of Object.entries(shape.members ?? {})) {
      const member = record[name];
      if (member === undefined || member === null) continue;
      this.check(ref.shape, member, [...path, name]);
    }
  }

  private list(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (!Array.isArray(value)) throw serialization(`Expected a list at '${formatPath(path)}'`);
    if (shape.min !== undefined && value.length < shape.min) {
      throw this.fail(
        path,
        "list",
        `Value at '${formatPath(path)}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`,
      );
    }
    if (shape.max !== undefined && value.length > shape.max) {
      throw this.fail(
        path,
        "list",
        `Value at '${formatPath(path)}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`,
      );
    }
    const member = shape.member?.shape;
    if (member === undefined) return;
    value.forEach((item, index) => {
      if (item === null || item === undefined) {
        throw this.fail(
          [...path, index],
          "value",
          `Value null at '${formatPath([...path, index])}' failed to satisfy constraint: Member must not be null`,
        );
      }
      this.check(member, item, [...path, index]);
    });
  }

  private map(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw serialization(`Expected a map at '${formatPath(path)}'`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (shape.key) this.check(shape.key.shape, key, [...path, key]);
      if (shape.value) this.check(shape.value.shape, item, [...path, key]);
    }
  }

  private string(shape: Shape, value: unknown, path: (string | number)[]): void {
    if (typeof value !== "string") throw serialization(`Expected a string at '${formatPath(path)}'`);
    const at = formatPath(path);
    if (shape.enum !== undefined && !shape.enum.includes(value)) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(", ")}]`,
      );
    }
    if (shape.min !== undefined && value.length < shape.min) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`,
      );
    }
    if (shape.max !== undefined && value.length > shape.max) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`,
      );
    }
    if (shape.pattern !== undefined && !new RegExp(`^(?:${shape.pattern})$`).test(value)) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${shape.pattern}`,
      );
    }
  }

  private number(shape: Shape, value: unknown, path: (string | number)[], integer: boolean): void {
    if (typeof value !== "number" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      throw serialization(`Expected ${integer ? "an integer" : "a number"} at '${formatPath(path)}'`);
    }
    const at = formatPath(path);
    if (shape.min !== undefined && value < shape.min) {
      throw this.fail(
        path,
        "value",
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value greater than or equal to ${shape.min}`,
      );
    }
    if (shape.max !== undefined && value > shape.max) {
      throw this.fail(
        path,
        "value",
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value less than or equal to ${shape.max}`,
      );
    }
  }
}

function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
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
  new Validator(operation).check(shape, input, []);
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
