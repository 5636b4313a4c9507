// src/emulator/index.ts
import { once } from "node:events";
import { createServer } from "node:http";

// src/errors.ts
var ExitCode = {
  /** The policy holds. */
  Pass: 0,
  /** The policy is violated. */
  Fail: 1,
  /** Usage error, invalid input or invalid policy. */
  Usage: 2,
  /** Inspector, run or data error: the gate could not reach a trustworthy verdict. */
  Error: 3
};
var GateError = class extends Error {
  /** A stable, machine-readable code such as "POLICY_INVALID" or "RUN_FAILED". */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
};
var ConfigError = class extends GateError {
  exitCode = ExitCode.Usage;
  /** Individual problems, each already formatted (e.g. "policy.yml:3:5: unknown key 'sevrity'"). */
  problems;
  constructor(code, message, problems = [], options) {
    super(code, message, options);
    this.problems = problems;
  }
};
var InspectorError = class extends GateError {
  exitCode = ExitCode.Error;
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/logging.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warn() {
  },
  error() {
  }
};
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve2, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};

// src/emulator/inspector-2016-02-16.json
var inspector_2016_02_16_default = {
  metadata: {
    apiVersion: "2016-02-16",
    auth: [
      "aws.auth#sigv4"
    ],
    endpointPrefix: "inspector",
    jsonVersion: "1.1",
    protocol: "json",
    protocols: [
      "json"
    ],
    serviceFullName: "Amazon Inspector",
    serviceId: "Inspector",
    signatureVersion: "v4",
    targetPrefix: "InspectorService",
    uid: "inspector-2016-02-16"
  },
  operations: {
    AddAttributesToFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "AddAttributesToFindingsRequest"
      },
      name: "AddAttributesToFindings",
      output: {
        shape: "AddAttributesToFindingsResponse"
      }
    },
    CreateAssessmentTarget: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateAssessmentTargetRequest"
      },
      name: "CreateAssessmentTarget",
      output: {
        shape: "CreateAssessmentTargetResponse"
      }
    },
    CreateAssessmentTemplate: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateAssessmentTemplateRequest"
      },
      name: "CreateAssessmentTemplate",
      output: {
        shape: "CreateAssessmentTemplateResponse"
      }
    },
    CreateExclusionsPreview: {
      errors: [
        {
          shape: "InvalidInputException"
        },
        {
          shape: "PreviewGenerationInProgressException"
        },
        {
          shape: "InternalException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateExclusionsPreviewRequest"
      },
      name: "CreateExclusionsPreview",
      output: {
        shape: "CreateExclusionsPreviewResponse"
      }
    },
    CreateResourceGroup: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "CreateResourceGroupRequest"
      },
      name: "CreateResourceGroup",
      output: {
        shape: "CreateResourceGroupResponse"
      }
    },
    DeleteAssessmentRun: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DeleteAssessmentRunRequest"
      },
      name: "DeleteAssessmentRun"
    },
    DeleteAssessmentTarget: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DeleteAssessmentTargetRequest"
      },
      name: "DeleteAssessmentTarget"
    },
    DeleteAssessmentTemplate: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DeleteAssessmentTemplateRequest"
      },
      name: "DeleteAssessmentTemplate"
    },
    DescribeAssessmentRuns: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeAssessmentRunsRequest"
      },
      name: "DescribeAssessmentRuns",
      output: {
        shape: "DescribeAssessmentRunsResponse"
      }
    },
    DescribeAssessmentTargets: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeAssessmentTargetsRequest"
      },
      name: "DescribeAssessmentTargets",
      output: {
        shape: "DescribeAssessmentTargetsResponse"
      }
    },
    DescribeAssessmentTemplates: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeAssessmentTemplatesRequest"
      },
      name: "DescribeAssessmentTemplates",
      output: {
        shape: "DescribeAssessmentTemplatesResponse"
      }
    },
    DescribeCrossAccountAccessRole: {
      errors: [
        {
          shape: "InternalException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      name: "DescribeCrossAccountAccessRole",
      output: {
        shape: "DescribeCrossAccountAccessRoleResponse"
      }
    },
    DescribeExclusions: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeExclusionsRequest"
      },
      name: "DescribeExclusions",
      output: {
        shape: "DescribeExclusionsResponse"
      }
    },
    DescribeFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeFindingsRequest"
      },
      name: "DescribeFindings",
      output: {
        shape: "DescribeFindingsResponse"
      }
    },
    DescribeResourceGroups: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeResourceGroupsRequest"
      },
      name: "DescribeResourceGroups",
      output: {
        shape: "DescribeResourceGroupsResponse"
      }
    },
    DescribeRulesPackages: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "DescribeRulesPackagesRequest"
      },
      name: "DescribeRulesPackages",
      output: {
        shape: "DescribeRulesPackagesResponse"
      }
    },
    GetAssessmentReport: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "AssessmentRunInProgressException"
        },
        {
          shape: "UnsupportedFeatureException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "GetAssessmentReportRequest"
      },
      name: "GetAssessmentReport",
      output: {
        shape: "GetAssessmentReportResponse"
      }
    },
    GetExclusionsPreview: {
      errors: [
        {
          shape: "InvalidInputException"
        },
        {
          shape: "InternalException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "GetExclusionsPreviewRequest"
      },
      name: "GetExclusionsPreview",
      output: {
        shape: "GetExclusionsPreviewResponse"
      }
    },
    GetTelemetryMetadata: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "GetTelemetryMetadataRequest"
      },
      name: "GetTelemetryMetadata",
      output: {
        shape: "GetTelemetryMetadataResponse"
      }
    },
    ListAssessmentRunAgents: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentRunAgentsRequest"
      },
      name: "ListAssessmentRunAgents",
      output: {
        shape: "ListAssessmentRunAgentsResponse"
      }
    },
    ListAssessmentRuns: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentRunsRequest"
      },
      name: "ListAssessmentRuns",
      output: {
        shape: "ListAssessmentRunsResponse"
      }
    },
    ListAssessmentTargets: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentTargetsRequest"
      },
      name: "ListAssessmentTargets",
      output: {
        shape: "ListAssessmentTargetsResponse"
      }
    },
    ListAssessmentTemplates: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListAssessmentTemplatesRequest"
      },
      name: "ListAssessmentTemplates",
      output: {
        shape: "ListAssessmentTemplatesResponse"
      }
    },
    ListEventSubscriptions: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListEventSubscriptionsRequest"
      },
      name: "ListEventSubscriptions",
      output: {
        shape: "ListEventSubscriptionsResponse"
      }
    },
    ListExclusions: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListExclusionsRequest"
      },
      name: "ListExclusions",
      output: {
        shape: "ListExclusionsResponse"
      }
    },
    ListFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListFindingsRequest"
      },
      name: "ListFindings",
      output: {
        shape: "ListFindingsResponse"
      }
    },
    ListRulesPackages: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListRulesPackagesRequest"
      },
      name: "ListRulesPackages",
      output: {
        shape: "ListRulesPackagesResponse"
      }
    },
    ListTagsForResource: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "ListTagsForResourceRequest"
      },
      name: "ListTagsForResource",
      output: {
        shape: "ListTagsForResourceResponse"
      }
    },
    PreviewAgents: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "PreviewAgentsRequest"
      },
      name: "PreviewAgents",
      output: {
        shape: "PreviewAgentsResponse"
      }
    },
    RegisterCrossAccountAccessRole: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "RegisterCrossAccountAccessRoleRequest"
      },
      name: "RegisterCrossAccountAccessRole"
    },
    RemoveAttributesFromFindings: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "RemoveAttributesFromFindingsRequest"
      },
      name: "RemoveAttributesFromFindings",
      output: {
        shape: "RemoveAttributesFromFindingsResponse"
      }
    },
    SetTagsForResource: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "SetTagsForResourceRequest"
      },
      name: "SetTagsForResource"
    },
    StartAssessmentRun: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "InvalidCrossAccountRoleException"
        },
        {
          shape: "AgentsAlreadyRunningAssessmentException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "StartAssessmentRunRequest"
      },
      name: "StartAssessmentRun",
      output: {
        shape: "StartAssessmentRunResponse"
      }
    },
    StopAssessmentRun: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "StopAssessmentRunRequest"
      },
      name: "StopAssessmentRun"
    },
    SubscribeToEvent: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "LimitExceededException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "SubscribeToEventRequest"
      },
      name: "SubscribeToEvent"
    },
    UnsubscribeFromEvent: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "UnsubscribeFromEventRequest"
      },
      name: "UnsubscribeFromEvent"
    },
    UpdateAssessmentTarget: {
      errors: [
        {
          shape: "InternalException"
        },
        {
          shape: "InvalidInputException"
        },
        {
          shape: "AccessDeniedException"
        },
        {
          shape: "NoSuchEntityException"
        },
        {
          shape: "ServiceTemporarilyUnavailableException"
        }
      ],
      http: {
        method: "POST",
        requestUri: "/"
      },
      input: {
        shape: "UpdateAssessmentTargetRequest"
      },
      name: "UpdateAssessmentTarget"
    }
  },
  shapes: {
    AccessDeniedErrorCode: {
      enum: [
        "ACCESS_DENIED_TO_ASSESSMENT_TARGET",
        "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE",
        "ACCESS_DENIED_TO_ASSESSMENT_RUN",
        "ACCESS_DENIED_TO_FINDING",
        "ACCESS_DENIED_TO_RESOURCE_GROUP",
        "ACCESS_DENIED_TO_RULES_PACKAGE",
        "ACCESS_DENIED_TO_SNS_TOPIC",
        "ACCESS_DENIED_TO_IAM_ROLE"
      ],
      type: "string"
    },
    AccessDeniedException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "AccessDeniedErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    AddAttributesToFindingsRequest: {
      members: {
        attributes: {
          shape: "UserAttributeList"
        },
        findingArns: {
          shape: "AddRemoveAttributesFindingArnList"
        }
      },
      required: [
        "findingArns",
        "attributes"
      ],
      type: "structure"
    },
    AddAttributesToFindingsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "failedItems"
      ],
      type: "structure"
    },
    AddRemoveAttributesFindingArnList: {
      max: 10,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    AgentAlreadyRunningAssessment: {
      members: {
        agentId: {
          shape: "AgentId"
        },
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "agentId",
        "assessmentRunArn"
      ],
      type: "structure"
    },
    AgentAlreadyRunningAssessmentList: {
      max: 10,
      member: {
        shape: "AgentAlreadyRunningAssessment"
      },
      min: 1,
      type: "list"
    },
    AgentFilter: {
      members: {
        agentHealthCodes: {
          shape: "AgentHealthCodeList"
        },
        agentHealths: {
          shape: "AgentHealthList"
        }
      },
      required: [
        "agentHealths",
        "agentHealthCodes"
      ],
      type: "structure"
    },
    AgentHealth: {
      enum: [
        "HEALTHY",
        "UNHEALTHY",
        "UNKNOWN"
      ],
      type: "string"
    },
    AgentHealthCode: {
      enum: [
        "IDLE",
        "RUNNING",
        "SHUTDOWN",
        "UNHEALTHY",
        "THROTTLED",
        "UNKNOWN"
      ],
      type: "string"
    },
    AgentHealthCodeList: {
      max: 10,
      member: {
        shape: "AgentHealthCode"
      },
      min: 0,
      type: "list"
    },
    AgentHealthList: {
      max: 10,
      member: {
        shape: "AgentHealth"
      },
      min: 0,
      type: "list"
    },
    AgentId: {
      max: 128,
      min: 1,
      type: "string"
    },
    AgentIdList: {
      max: 99,
      member: {
        shape: "AgentId"
      },
      min: 0,
      type: "list"
    },
    AgentPreview: {
      members: {
        agentHealth: {
          shape: "AgentHealth"
        },
        agentId: {
          shape: "AgentId"
        },
        agentVersion: {
          shape: "AgentVersion"
        },
        autoScalingGroup: {
          shape: "AutoScalingGroup"
        },
        hostname: {
          shape: "Hostname"
        },
        ipv4Address: {
          shape: "Ipv4Address"
        },
        kernelVersion: {
          shape: "KernelVersion"
        },
        operatingSystem: {
          shape: "OperatingSystem"
        }
      },
      required: [
        "agentId"
      ],
      type: "structure"
    },
    AgentPreviewList: {
      max: 100,
      member: {
        shape: "AgentPreview"
      },
      min: 0,
      type: "list"
    },
    AgentVersion: {
      max: 128,
      min: 1,
      type: "string"
    },
    AgentsAlreadyRunningAssessmentException: {
      exception: true,
      members: {
        agents: {
          shape: "AgentAlreadyRunningAssessmentList"
        },
        agentsTruncated: {
          shape: "Bool"
        },
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "agents",
        "agentsTruncated",
        "canRetry"
      ],
      type: "structure"
    },
    AmiId: {
      max: 256,
      min: 0,
      type: "string"
    },
    Arn: {
      max: 300,
      min: 1,
      type: "string"
    },
    ArnCount: {
      type: "integer"
    },
    AssessmentRulesPackageArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    AssessmentRun: {
      members: {
        arn: {
          shape: "Arn"
        },
        assessmentTemplateArn: {
          shape: "Arn"
        },
        completedAt: {
          shape: "Timestamp"
        },
        createdAt: {
          shape: "Timestamp"
        },
        dataCollected: {
          shape: "Bool"
        },
        durationInSeconds: {
          shape: "AssessmentRunDuration"
        },
        findingCounts: {
          shape: "AssessmentRunFindingCounts"
        },
        name: {
          shape: "AssessmentRunName"
        },
        notifications: {
          shape: "AssessmentRunNotificationList"
        },
        rulesPackageArns: {
          shape: "AssessmentRulesPackageArnList"
        },
        startedAt: {
          shape: "Timestamp"
        },
        state: {
          shape: "AssessmentRunState"
        },
        stateChangedAt: {
          shape: "Timestamp"
        },
        stateChanges: {
          shape: "AssessmentRunStateChangeList"
        },
        userAttributesForFindings: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "arn",
        "name",
        "assessmentTemplateArn",
        "state",
        "durationInSeconds",
        "rulesPackageArns",
        "userAttributesForFindings",
        "createdAt",
        "stateChangedAt",
        "dataCollected",
        "stateChanges",
        "notifications",
        "findingCounts"
      ],
      type: "structure"
    },
    AssessmentRunAgent: {
      members: {
        agentHealth: {
          shape: "AgentHealth"
        },
        agentHealthCode: {
          shape: "AgentHealthCode"
        },
        agentHealthDetails: {
          shape: "Message"
        },
        agentId: {
          shape: "AgentId"
        },
        assessmentRunArn: {
          shape: "Arn"
        },
        autoScalingGroup: {
          shape: "AutoScalingGroup"
        },
        telemetryMetadata: {
          shape: "TelemetryMetadataList"
        }
      },
      required: [
        "agentId",
        "assessmentRunArn",
        "agentHealth",
        "agentHealthCode",
        "telemetryMetadata"
      ],
      type: "structure"
    },
    AssessmentRunAgentList: {
      max: 500,
      member: {
        shape: "AssessmentRunAgent"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunDuration: {
      max: 86400,
      min: 180,
      type: "integer"
    },
    AssessmentRunFilter: {
      members: {
        completionTimeRange: {
          shape: "TimestampRange"
        },
        durationRange: {
          shape: "DurationRange"
        },
        namePattern: {
          shape: "NamePattern"
        },
        rulesPackageArns: {
          shape: "FilterRulesPackageArnList"
        },
        startTimeRange: {
          shape: "TimestampRange"
        },
        stateChangeTimeRange: {
          shape: "TimestampRange"
        },
        states: {
          shape: "AssessmentRunStateList"
        }
      },
      type: "structure"
    },
    AssessmentRunFindingCounts: {
      key: {
        shape: "Severity"
      },
      type: "map",
      value: {
        shape: "FindingCount"
      }
    },
    AssessmentRunInProgressArnList: {
      max: 10,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    AssessmentRunInProgressException: {
      exception: true,
      members: {
        assessmentRunArns: {
          shape: "AssessmentRunInProgressArnList"
        },
        assessmentRunArnsTruncated: {
          shape: "Bool"
        },
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "assessmentRunArns",
        "assessmentRunArnsTruncated",
        "canRetry"
      ],
      type: "structure"
    },
    AssessmentRunList: {
      max: 10,
      member: {
        shape: "AssessmentRun"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunName: {
      max: 140,
      min: 1,
      type: "string"
    },
    AssessmentRunNotification: {
      members: {
        date: {
          shape: "Timestamp"
        },
        error: {
          shape: "Bool"
        },
        event: {
          shape: "InspectorEvent"
        },
        message: {
          shape: "Message"
        },
        snsPublishStatusCode: {
          shape: "AssessmentRunNotificationSnsStatusCode"
        },
        snsTopicArn: {
          shape: "Arn"
        }
      },
      required: [
        "date",
        "event",
        "error"
      ],
      type: "structure"
    },
    AssessmentRunNotificationList: {
      max: 50,
      member: {
        shape: "AssessmentRunNotification"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunNotificationSnsStatusCode: {
      enum: [
        "SUCCESS",
        "TOPIC_DOES_NOT_EXIST",
        "ACCESS_DENIED",
        "INTERNAL_ERROR"
      ],
      type: "string"
    },
    AssessmentRunState: {
      enum: [
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
        "CANCELED"
      ],
      type: "string"
    },
    AssessmentRunStateChange: {
      members: {
        state: {
          shape: "AssessmentRunState"
        },
        stateChangedAt: {
          shape: "Timestamp"
        }
      },
      required: [
        "stateChangedAt",
        "state"
      ],
      type: "structure"
    },
    AssessmentRunStateChangeList: {
      max: 50,
      member: {
        shape: "AssessmentRunStateChange"
      },
      min: 0,
      type: "list"
    },
    AssessmentRunStateList: {
      max: 50,
      member: {
        shape: "AssessmentRunState"
      },
      min: 0,
      type: "list"
    },
    AssessmentTarget: {
      members: {
        arn: {
          shape: "Arn"
        },
        createdAt: {
          shape: "Timestamp"
        },
        name: {
          shape: "AssessmentTargetName"
        },
        resourceGroupArn: {
          shape: "Arn"
        },
        updatedAt: {
          shape: "Timestamp"
        }
      },
      required: [
        "arn",
        "name",
        "createdAt",
        "updatedAt"
      ],
      type: "structure"
    },
    AssessmentTargetFilter: {
      members: {
        assessmentTargetNamePattern: {
          shape: "NamePattern"
        }
      },
      type: "structure"
    },
    AssessmentTargetList: {
      max: 10,
      member: {
        shape: "AssessmentTarget"
      },
      min: 0,
      type: "list"
    },
    AssessmentTargetName: {
      max: 140,
      min: 1,
      type: "string"
    },
    AssessmentTemplate: {
      members: {
        arn: {
          shape: "Arn"
        },
        assessmentRunCount: {
          shape: "ArnCount"
        },
        assessmentTargetArn: {
          shape: "Arn"
        },
        createdAt: {
          shape: "Timestamp"
        },
        durationInSeconds: {
          shape: "AssessmentRunDuration"
        },
        lastAssessmentRunArn: {
          shape: "Arn"
        },
        name: {
          shape: "AssessmentTemplateName"
        },
        rulesPackageArns: {
          shape: "AssessmentTemplateRulesPackageArnList"
        },
        userAttributesForFindings: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "arn",
        "name",
        "assessmentTargetArn",
        "durationInSeconds",
        "rulesPackageArns",
        "userAttributesForFindings",
        "assessmentRunCount",
        "createdAt"
      ],
      type: "structure"
    },
    AssessmentTemplateFilter: {
      members: {
        durationRange: {
          shape: "DurationRange"
        },
        namePattern: {
          shape: "NamePattern"
        },
        rulesPackageArns: {
          shape: "FilterRulesPackageArnList"
        }
      },
      type: "structure"
    },
    AssessmentTemplateList: {
      max: 10,
      member: {
        shape: "AssessmentTemplate"
      },
      min: 0,
      type: "list"
    },
    AssessmentTemplateName: {
      max: 140,
      min: 1,
      type: "string"
    },
    AssessmentTemplateRulesPackageArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    AssetAttributes: {
      members: {
        agentId: {
          shape: "AgentId"
        },
        amiId: {
          shape: "AmiId"
        },
        autoScalingGroup: {
          shape: "AutoScalingGroup"
        },
        hostname: {
          shape: "Hostname"
        },
        ipv4Addresses: {
          shape: "Ipv4AddressList"
        },
        networkInterfaces: {
          shape: "NetworkInterfaces"
        },
        schemaVersion: {
          shape: "NumericVersion"
        },
        tags: {
          shape: "Tags"
        }
      },
      required: [
        "schemaVersion"
      ],
      type: "structure"
    },
    AssetType: {
      enum: [
        "ec2-instance"
      ],
      type: "string"
    },
    Attribute: {
      members: {
        key: {
          shape: "AttributeKey"
        },
        value: {
          shape: "AttributeValue"
        }
      },
      required: [
        "key"
      ],
      type: "structure"
    },
    AttributeKey: {
      max: 128,
      min: 1,
      type: "string"
    },
    AttributeList: {
      max: 50,
      member: {
        shape: "Attribute"
      },
      min: 0,
      type: "list"
    },
    AttributeValue: {
      max: 256,
      min: 1,
      type: "string"
    },
    AutoScalingGroup: {
      max: 256,
      min: 1,
      type: "string"
    },
    AutoScalingGroupList: {
      max: 20,
      member: {
        shape: "AutoScalingGroup"
      },
      min: 0,
      type: "list"
    },
    BatchDescribeArnList: {
      max: 10,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    BatchDescribeExclusionsArnList: {
      max: 100,
      member: {
        shape: "Arn"
      },
      min: 1,
      type: "list"
    },
    Bool: {
      type: "boolean"
    },
    CreateAssessmentTargetRequest: {
      members: {
        assessmentTargetName: {
          shape: "AssessmentTargetName"
        },
        resourceGroupArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetName"
      ],
      type: "structure"
    },
    CreateAssessmentTargetResponse: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetArn"
      ],
      type: "structure"
    },
    CreateAssessmentTemplateRequest: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        },
        assessmentTemplateName: {
          shape: "AssessmentTemplateName"
        },
        durationInSeconds: {
          shape: "AssessmentRunDuration"
        },
        rulesPackageArns: {
          shape: "AssessmentTemplateRulesPackageArnList"
        },
        userAttributesForFindings: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "assessmentTargetArn",
        "assessmentTemplateName",
        "durationInSeconds",
        "rulesPackageArns"
      ],
      type: "structure"
    },
    CreateAssessmentTemplateResponse: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    CreateExclusionsPreviewRequest: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    CreateExclusionsPreviewResponse: {
      members: {
        previewToken: {
          shape: "UUID"
        }
      },
      required: [
        "previewToken"
      ],
      type: "structure"
    },
    CreateResourceGroupRequest: {
      members: {
        resourceGroupTags: {
          shape: "ResourceGroupTags"
        }
      },
      required: [
        "resourceGroupTags"
      ],
      type: "structure"
    },
    CreateResourceGroupResponse: {
      members: {
        resourceGroupArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceGroupArn"
      ],
      type: "structure"
    },
    DeleteAssessmentRunRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    DeleteAssessmentTargetRequest: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetArn"
      ],
      type: "structure"
    },
    DeleteAssessmentTemplateRequest: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    DescribeAssessmentRunsRequest: {
      members: {
        assessmentRunArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "assessmentRunArns"
      ],
      type: "structure"
    },
    DescribeAssessmentRunsResponse: {
      members: {
        assessmentRuns: {
          shape: "AssessmentRunList"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "assessmentRuns",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeAssessmentTargetsRequest: {
      members: {
        assessmentTargetArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "assessmentTargetArns"
      ],
      type: "structure"
    },
    DescribeAssessmentTargetsResponse: {
      members: {
        assessmentTargets: {
          shape: "AssessmentTargetList"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "assessmentTargets",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeAssessmentTemplatesRequest: {
      members: {
        assessmentTemplateArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "assessmentTemplateArns"
      ],
      type: "structure"
    },
    DescribeAssessmentTemplatesResponse: {
      members: {
        assessmentTemplates: {
          shape: "AssessmentTemplateList"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "assessmentTemplates",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeCrossAccountAccessRoleResponse: {
      members: {
        registeredAt: {
          shape: "Timestamp"
        },
        roleArn: {
          shape: "Arn"
        },
        valid: {
          shape: "Bool"
        }
      },
      required: [
        "roleArn",
        "valid",
        "registeredAt"
      ],
      type: "structure"
    },
    DescribeExclusionsRequest: {
      members: {
        exclusionArns: {
          shape: "BatchDescribeExclusionsArnList"
        },
        locale: {
          shape: "Locale"
        }
      },
      required: [
        "exclusionArns"
      ],
      type: "structure"
    },
    DescribeExclusionsResponse: {
      members: {
        exclusions: {
          shape: "ExclusionMap"
        },
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "exclusions",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeFindingsRequest: {
      members: {
        findingArns: {
          shape: "BatchDescribeArnList"
        },
        locale: {
          shape: "Locale"
        }
      },
      required: [
        "findingArns"
      ],
      type: "structure"
    },
    DescribeFindingsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        },
        findings: {
          shape: "FindingList"
        }
      },
      required: [
        "findings",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeResourceGroupsRequest: {
      members: {
        resourceGroupArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "resourceGroupArns"
      ],
      type: "structure"
    },
    DescribeResourceGroupsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        },
        resourceGroups: {
          shape: "ResourceGroupList"
        }
      },
      required: [
        "resourceGroups",
        "failedItems"
      ],
      type: "structure"
    },
    DescribeRulesPackagesRequest: {
      members: {
        locale: {
          shape: "Locale"
        },
        rulesPackageArns: {
          shape: "BatchDescribeArnList"
        }
      },
      required: [
        "rulesPackageArns"
      ],
      type: "structure"
    },
    DescribeRulesPackagesResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        },
        rulesPackages: {
          shape: "RulesPackageList"
        }
      },
      required: [
        "rulesPackages",
        "failedItems"
      ],
      type: "structure"
    },
    DurationRange: {
      members: {
        maxSeconds: {
          shape: "AssessmentRunDuration"
        },
        minSeconds: {
          shape: "AssessmentRunDuration"
        }
      },
      type: "structure"
    },
    ErrorMessage: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    EventSubscription: {
      members: {
        event: {
          shape: "InspectorEvent"
        },
        subscribedAt: {
          shape: "Timestamp"
        }
      },
      required: [
        "event",
        "subscribedAt"
      ],
      type: "structure"
    },
    EventSubscriptionList: {
      max: 50,
      member: {
        shape: "EventSubscription"
      },
      min: 1,
      type: "list"
    },
    Exclusion: {
      members: {
        arn: {
          shape: "Arn"
        },
        attributes: {
          shape: "AttributeList"
        },
        description: {
          shape: "Text"
        },
        recommendation: {
          shape: "Text"
        },
        scopes: {
          shape: "ScopeList"
        },
        title: {
          shape: "Text"
        }
      },
      required: [
        "arn",
        "title",
        "description",
        "recommendation",
        "scopes"
      ],
      type: "structure"
    },
    ExclusionMap: {
      key: {
        shape: "Arn"
      },
      max: 100,
      min: 1,
      type: "map",
      value: {
        shape: "Exclusion"
      }
    },
    ExclusionPreview: {
      members: {
        attributes: {
          shape: "AttributeList"
        },
        description: {
          shape: "Text"
        },
        recommendation: {
          shape: "Text"
        },
        scopes: {
          shape: "ScopeList"
        },
        title: {
          shape: "Text"
        }
      },
      required: [
        "title",
        "description",
        "recommendation",
        "scopes"
      ],
      type: "structure"
    },
    ExclusionPreviewList: {
      max: 100,
      member: {
        shape: "ExclusionPreview"
      },
      min: 0,
      type: "list"
    },
    FailedItemDetails: {
      members: {
        failureCode: {
          shape: "FailedItemErrorCode"
        },
        retryable: {
          shape: "Bool"
        }
      },
      required: [
        "failureCode",
        "retryable"
      ],
      type: "structure"
    },
    FailedItemErrorCode: {
      enum: [
        "INVALID_ARN",
        "DUPLICATE_ARN",
        "ITEM_DOES_NOT_EXIST",
        "ACCESS_DENIED",
        "LIMIT_EXCEEDED",
        "INTERNAL_ERROR"
      ],
      type: "string"
    },
    FailedItems: {
      key: {
        shape: "Arn"
      },
      type: "map",
      value: {
        shape: "FailedItemDetails"
      }
    },
    FilterRulesPackageArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    Finding: {
      members: {
        arn: {
          shape: "Arn"
        },
        assetAttributes: {
          shape: "AssetAttributes"
        },
        assetType: {
          shape: "AssetType"
        },
        attributes: {
          shape: "AttributeList"
        },
        confidence: {
          shape: "IocConfidence"
        },
        createdAt: {
          shape: "Timestamp"
        },
        description: {
          shape: "Text"
        },
        id: {
          shape: "FindingId"
        },
        indicatorOfCompromise: {
          shape: "Bool"
        },
        numericSeverity: {
          shape: "NumericSeverity"
        },
        recommendation: {
          shape: "Text"
        },
        schemaVersion: {
          shape: "NumericVersion"
        },
        service: {
          shape: "ServiceName"
        },
        serviceAttributes: {
          shape: "InspectorServiceAttributes"
        },
        severity: {
          shape: "Severity"
        },
        title: {
          shape: "Text"
        },
        updatedAt: {
          shape: "Timestamp"
        },
        userAttributes: {
          shape: "UserAttributeList"
        }
      },
      required: [
        "arn",
        "attributes",
        "userAttributes",
        "createdAt",
        "updatedAt"
      ],
      type: "structure"
    },
    FindingCount: {
      type: "integer"
    },
    FindingFilter: {
      members: {
        agentIds: {
          shape: "AgentIdList"
        },
        attributes: {
          shape: "AttributeList"
        },
        autoScalingGroups: {
          shape: "AutoScalingGroupList"
        },
        creationTimeRange: {
          shape: "TimestampRange"
        },
        ruleNames: {
          shape: "RuleNameList"
        },
        rulesPackageArns: {
          shape: "FilterRulesPackageArnList"
        },
        severities: {
          shape: "SeverityList"
        },
        userAttributes: {
          shape: "AttributeList"
        }
      },
      type: "structure"
    },
    FindingId: {
      max: 128,
      min: 0,
      type: "string"
    },
    FindingList: {
      max: 100,
      member: {
        shape: "Finding"
      },
      min: 0,
      type: "list"
    },
    GetAssessmentReportRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        reportFileFormat: {
          shape: "ReportFileFormat"
        },
        reportType: {
          shape: "ReportType"
        }
      },
      required: [
        "assessmentRunArn",
        "reportFileFormat",
        "reportType"
      ],
      type: "structure"
    },
    GetAssessmentReportResponse: {
      members: {
        status: {
          shape: "ReportStatus"
        },
        url: {
          shape: "Url"
        }
      },
      required: [
        "status"
      ],
      type: "structure"
    },
    GetExclusionsPreviewRequest: {
      members: {
        assessmentTemplateArn: {
          shape: "Arn"
        },
        locale: {
          shape: "Locale"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        previewToken: {
          shape: "UUID"
        }
      },
      required: [
        "assessmentTemplateArn",
        "previewToken"
      ],
      type: "structure"
    },
    GetExclusionsPreviewResponse: {
      members: {
        exclusionPreviews: {
          shape: "ExclusionPreviewList"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        previewStatus: {
          shape: "PreviewStatus"
        }
      },
      required: [
        "previewStatus"
      ],
      type: "structure"
    },
    GetTelemetryMetadataRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    GetTelemetryMetadataResponse: {
      members: {
        telemetryMetadata: {
          shape: "TelemetryMetadataList"
        }
      },
      required: [
        "telemetryMetadata"
      ],
      type: "structure"
    },
    Hostname: {
      max: 256,
      min: 0,
      type: "string"
    },
    InspectorEvent: {
      enum: [
        "ASSESSMENT_RUN_STARTED",
        "ASSESSMENT_RUN_COMPLETED",
        "ASSESSMENT_RUN_STATE_CHANGED",
        "FINDING_REPORTED",
        "OTHER"
      ],
      type: "string"
    },
    InspectorServiceAttributes: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        rulesPackageArn: {
          shape: "Arn"
        },
        schemaVersion: {
          shape: "NumericVersion"
        }
      },
      required: [
        "schemaVersion"
      ],
      type: "structure"
    },
    InternalException: {
      exception: true,
      fault: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "canRetry"
      ],
      type: "structure"
    },
    InvalidCrossAccountRoleErrorCode: {
      enum: [
        "ROLE_DOES_NOT_EXIST_OR_INVALID_TRUST_RELATIONSHIP",
        "ROLE_DOES_NOT_HAVE_CORRECT_POLICY"
      ],
      type: "string"
    },
    InvalidCrossAccountRoleException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "InvalidCrossAccountRoleErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    InvalidInputErrorCode: {
      enum: [
        "INVALID_ASSESSMENT_TARGET_ARN",
        "INVALID_ASSESSMENT_TEMPLATE_ARN",
        "INVALID_ASSESSMENT_RUN_ARN",
        "INVALID_FINDING_ARN",
        "INVALID_RESOURCE_GROUP_ARN",
        "INVALID_RULES_PACKAGE_ARN",
        "INVALID_RESOURCE_ARN",
        "INVALID_SNS_TOPIC_ARN",
        "INVALID_IAM_ROLE_ARN",
        "INVALID_ASSESSMENT_TARGET_NAME",
        "INVALID_ASSESSMENT_TARGET_NAME_PATTERN",
        "INVALID_ASSESSMENT_TEMPLATE_NAME",
        "INVALID_ASSESSMENT_TEMPLATE_NAME_PATTERN",
        "INVALID_ASSESSMENT_TEMPLATE_DURATION",
        "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE",
        "INVALID_ASSESSMENT_RUN_DURATION_RANGE",
        "INVALID_ASSESSMENT_RUN_START_TIME_RANGE",
        "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE",
        "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE",
        "INVALID_ASSESSMENT_RUN_STATE",
        "INVALID_TAG",
        "INVALID_TAG_KEY",
        "INVALID_TAG_VALUE",
        "INVALID_RESOURCE_GROUP_TAG_KEY",
        "INVALID_RESOURCE_GROUP_TAG_VALUE",
        "INVALID_ATTRIBUTE",
        "INVALID_USER_ATTRIBUTE",
        "INVALID_USER_ATTRIBUTE_KEY",
        "INVALID_USER_ATTRIBUTE_VALUE",
        "INVALID_PAGINATION_TOKEN",
        "INVALID_MAX_RESULTS",
        "INVALID_AGENT_ID",
        "INVALID_AUTO_SCALING_GROUP",
        "INVALID_RULE_NAME",
        "INVALID_SEVERITY",
        "INVALID_LOCALE",
        "INVALID_EVENT",
        "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        "INVALID_NUMBER_OF_ASSESSMENT_TARGET_ARNS",
        "INVALID_NUMBER_OF_ASSESSMENT_TEMPLATE_ARNS",
        "INVALID_NUMBER_OF_ASSESSMENT_RUN_ARNS",
        "INVALID_NUMBER_OF_FINDING_ARNS",
        "INVALID_NUMBER_OF_RESOURCE_GROUP_ARNS",
        "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
        "INVALID_NUMBER_OF_ASSESSMENT_RUN_STATES",
        "INVALID_NUMBER_OF_TAGS",
        "INVALID_NUMBER_OF_RESOURCE_GROUP_TAGS",
        "INVALID_NUMBER_OF_ATTRIBUTES",
        "INVALID_NUMBER_OF_USER_ATTRIBUTES",
        "INVALID_NUMBER_OF_AGENT_IDS",
        "INVALID_NUMBER_OF_AUTO_SCALING_GROUPS",
        "INVALID_NUMBER_OF_RULE_NAMES",
        "INVALID_NUMBER_OF_SEVERITIES"
      ],
      type: "string"
    },
    InvalidInputException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "InvalidInputErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    IocConfidence: {
      max: 10,
      min: 0,
      type: "integer"
    },
    Ipv4Address: {
      max: 15,
      min: 7,
      type: "string"
    },
    Ipv4AddressList: {
      max: 50,
      member: {
        shape: "Ipv4Address"
      },
      min: 0,
      type: "list"
    },
    Ipv6Addresses: {
      member: {
        shape: "Text"
      },
      type: "list"
    },
    KernelVersion: {
      max: 128,
      min: 1,
      type: "string"
    },
    LimitExceededErrorCode: {
      enum: [
        "ASSESSMENT_TARGET_LIMIT_EXCEEDED",
        "ASSESSMENT_TEMPLATE_LIMIT_EXCEEDED",
        "ASSESSMENT_RUN_LIMIT_EXCEEDED",
        "RESOURCE_GROUP_LIMIT_EXCEEDED",
        "EVENT_SUBSCRIPTION_LIMIT_EXCEEDED"
      ],
      type: "string"
    },
    LimitExceededException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "LimitExceededErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    ListAssessmentRunAgentsRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        filter: {
          shape: "AgentFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    ListAssessmentRunAgentsResponse: {
      members: {
        assessmentRunAgents: {
          shape: "AssessmentRunAgentList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunAgents"
      ],
      type: "structure"
    },
    ListAssessmentRunsRequest: {
      members: {
        assessmentTemplateArns: {
          shape: "ListParentArnList"
        },
        filter: {
          shape: "AssessmentRunFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListAssessmentRunsResponse: {
      members: {
        assessmentRunArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunArns"
      ],
      type: "structure"
    },
    ListAssessmentTargetsRequest: {
      members: {
        filter: {
          shape: "AssessmentTargetFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListAssessmentTargetsResponse: {
      members: {
        assessmentTargetArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentTargetArns"
      ],
      type: "structure"
    },
    ListAssessmentTemplatesRequest: {
      members: {
        assessmentTargetArns: {
          shape: "ListParentArnList"
        },
        filter: {
          shape: "AssessmentTemplateFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListAssessmentTemplatesResponse: {
      members: {
        assessmentTemplateArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentTemplateArns"
      ],
      type: "structure"
    },
    ListEventSubscriptionsMaxResults: {
      type: "integer"
    },
    ListEventSubscriptionsRequest: {
      members: {
        maxResults: {
          shape: "ListEventSubscriptionsMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        resourceArn: {
          shape: "Arn"
        }
      },
      type: "structure"
    },
    ListEventSubscriptionsResponse: {
      members: {
        nextToken: {
          shape: "PaginationToken"
        },
        subscriptions: {
          shape: "SubscriptionList"
        }
      },
      required: [
        "subscriptions"
      ],
      type: "structure"
    },
    ListExclusionsRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    ListExclusionsResponse: {
      members: {
        exclusionArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "exclusionArns"
      ],
      type: "structure"
    },
    ListFindingsRequest: {
      members: {
        assessmentRunArns: {
          shape: "ListParentArnList"
        },
        filter: {
          shape: "FindingFilter"
        },
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListFindingsResponse: {
      members: {
        findingArns: {
          shape: "ListReturnedArnList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "findingArns"
      ],
      type: "structure"
    },
    ListMaxResults: {
      type: "integer"
    },
    ListParentArnList: {
      max: 50,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    ListReturnedArnList: {
      max: 100,
      member: {
        shape: "Arn"
      },
      min: 0,
      type: "list"
    },
    ListRulesPackagesRequest: {
      members: {
        maxResults: {
          shape: "ListMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      type: "structure"
    },
    ListRulesPackagesResponse: {
      members: {
        nextToken: {
          shape: "PaginationToken"
        },
        rulesPackageArns: {
          shape: "ListReturnedArnList"
        }
      },
      required: [
        "rulesPackageArns"
      ],
      type: "structure"
    },
    ListTagsForResourceRequest: {
      members: {
        resourceArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn"
      ],
      type: "structure"
    },
    ListTagsForResourceResponse: {
      members: {
        tags: {
          shape: "TagList"
        }
      },
      required: [
        "tags"
      ],
      type: "structure"
    },
    Locale: {
      enum: [
        "EN_US"
      ],
      type: "string"
    },
    Long: {
      type: "long"
    },
    Message: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    MessageType: {
      max: 300,
      min: 1,
      type: "string"
    },
    NamePattern: {
      max: 140,
      min: 1,
      type: "string"
    },
    NetworkInterface: {
      members: {
        ipv6Addresses: {
          shape: "Ipv6Addresses"
        },
        networkInterfaceId: {
          shape: "Text"
        },
        privateDnsName: {
          shape: "Text"
        },
        privateIpAddress: {
          shape: "Text"
        },
        privateIpAddresses: {
          shape: "PrivateIpAddresses"
        },
        publicDnsName: {
          shape: "Text"
        },
        publicIp: {
          shape: "Text"
        },
        securityGroups: {
          shape: "SecurityGroups"
        },
        subnetId: {
          shape: "Text"
        },
        vpcId: {
          shape: "Text"
        }
      },
      type: "structure"
    },
    NetworkInterfaces: {
      member: {
        shape: "NetworkInterface"
      },
      type: "list"
    },
    NoSuchEntityErrorCode: {
      enum: [
        "ASSESSMENT_TARGET_DOES_NOT_EXIST",
        "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
        "ASSESSMENT_RUN_DOES_NOT_EXIST",
        "FINDING_DOES_NOT_EXIST",
        "RESOURCE_GROUP_DOES_NOT_EXIST",
        "RULES_PACKAGE_DOES_NOT_EXIST",
        "SNS_TOPIC_DOES_NOT_EXIST",
        "IAM_ROLE_DOES_NOT_EXIST"
      ],
      type: "string"
    },
    NoSuchEntityException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        errorCode: {
          shape: "NoSuchEntityErrorCode"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "errorCode",
        "canRetry"
      ],
      type: "structure"
    },
    NumericSeverity: {
      max: 10,
      min: 0,
      type: "double"
    },
    NumericVersion: {
      min: 0,
      type: "integer"
    },
    OperatingSystem: {
      max: 256,
      min: 1,
      type: "string"
    },
    PaginationToken: {
      max: 300,
      min: 1,
      type: "string"
    },
    PreviewAgentsMaxResults: {
      type: "integer"
    },
    PreviewAgentsRequest: {
      members: {
        maxResults: {
          shape: "PreviewAgentsMaxResults"
        },
        nextToken: {
          shape: "PaginationToken"
        },
        previewAgentsArn: {
          shape: "Arn"
        }
      },
      required: [
        "previewAgentsArn"
      ],
      type: "structure"
    },
    PreviewAgentsResponse: {
      members: {
        agentPreviews: {
          shape: "AgentPreviewList"
        },
        nextToken: {
          shape: "PaginationToken"
        }
      },
      required: [
        "agentPreviews"
      ],
      type: "structure"
    },
    PreviewGenerationInProgressException: {
      exception: true,
      members: {
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message"
      ],
      type: "structure"
    },
    PreviewStatus: {
      enum: [
        "WORK_IN_PROGRESS",
        "COMPLETED"
      ],
      type: "string"
    },
    PrivateIp: {
      members: {
        privateDnsName: {
          shape: "Text"
        },
        privateIpAddress: {
          shape: "Text"
        }
      },
      type: "structure"
    },
    PrivateIpAddresses: {
      member: {
        shape: "PrivateIp"
      },
      type: "list"
    },
    ProviderName: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    RegisterCrossAccountAccessRoleRequest: {
      members: {
        roleArn: {
          shape: "Arn"
        }
      },
      required: [
        "roleArn"
      ],
      type: "structure"
    },
    RemoveAttributesFromFindingsRequest: {
      members: {
        attributeKeys: {
          shape: "UserAttributeKeyList"
        },
        findingArns: {
          shape: "AddRemoveAttributesFindingArnList"
        }
      },
      required: [
        "findingArns",
        "attributeKeys"
      ],
      type: "structure"
    },
    RemoveAttributesFromFindingsResponse: {
      members: {
        failedItems: {
          shape: "FailedItems"
        }
      },
      required: [
        "failedItems"
      ],
      type: "structure"
    },
    ReportFileFormat: {
      enum: [
        "HTML",
        "PDF"
      ],
      type: "string"
    },
    ReportStatus: {
      enum: [
        "WORK_IN_PROGRESS",
        "FAILED",
        "COMPLETED"
      ],
      type: "string"
    },
    ReportType: {
      enum: [
        "FINDING",
        "FULL"
      ],
      type: "string"
    },
    ResourceGroup: {
      members: {
        arn: {
          shape: "Arn"
        },
        createdAt: {
          shape: "Timestamp"
        },
        tags: {
          shape: "ResourceGroupTags"
        }
      },
      required: [
        "arn",
        "tags",
        "createdAt"
      ],
      type: "structure"
    },
    ResourceGroupList: {
      max: 10,
      member: {
        shape: "ResourceGroup"
      },
      min: 0,
      type: "list"
    },
    ResourceGroupTag: {
      members: {
        key: {
          shape: "TagKey"
        },
        value: {
          shape: "TagValue"
        }
      },
      required: [
        "key"
      ],
      type: "structure"
    },
    ResourceGroupTags: {
      max: 10,
      member: {
        shape: "ResourceGroupTag"
      },
      min: 1,
      type: "list"
    },
    RuleName: {
      max: 1e3,
      type: "string"
    },
    RuleNameList: {
      max: 50,
      member: {
        shape: "RuleName"
      },
      min: 0,
      type: "list"
    },
    RulesPackage: {
      members: {
        arn: {
          shape: "Arn"
        },
        description: {
          shape: "Text"
        },
        name: {
          shape: "RulesPackageName"
        },
        provider: {
          shape: "ProviderName"
        },
        version: {
          shape: "Version"
        }
      },
      required: [
        "arn",
        "name",
        "version",
        "provider"
      ],
      type: "structure"
    },
    RulesPackageList: {
      max: 10,
      member: {
        shape: "RulesPackage"
      },
      min: 0,
      type: "list"
    },
    RulesPackageName: {
      max: 1e3,
      min: 0,
      type: "string"
    },
    Scope: {
      members: {
        key: {
          shape: "ScopeType"
        },
        value: {
          shape: "ScopeValue"
        }
      },
      type: "structure"
    },
    ScopeList: {
      member: {
        shape: "Scope"
      },
      min: 1,
      type: "list"
    },
    ScopeType: {
      enum: [
        "INSTANCE_ID",
        "RULES_PACKAGE_ARN"
      ],
      type: "string"
    },
    ScopeValue: {
      type: "string"
    },
    SecurityGroup: {
      members: {
        groupId: {
          shape: "Text"
        },
        groupName: {
          shape: "Text"
        }
      },
      type: "structure"
    },
    SecurityGroups: {
      member: {
        shape: "SecurityGroup"
      },
      type: "list"
    },
    ServiceName: {
      max: 128,
      min: 0,
      type: "string"
    },
    ServiceTemporarilyUnavailableException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "canRetry"
      ],
      type: "structure"
    },
    SetTagsForResourceRequest: {
      members: {
        resourceArn: {
          shape: "Arn"
        },
        tags: {
          shape: "TagList"
        }
      },
      required: [
        "resourceArn"
      ],
      type: "structure"
    },
    Severity: {
      enum: [
        "Low",
        "Medium",
        "High",
        "Informational",
        "Undefined"
      ],
      type: "string"
    },
    SeverityList: {
      max: 50,
      member: {
        shape: "Severity"
      },
      min: 0,
      type: "list"
    },
    StartAssessmentRunRequest: {
      members: {
        assessmentRunName: {
          shape: "AssessmentRunName"
        },
        assessmentTemplateArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTemplateArn"
      ],
      type: "structure"
    },
    StartAssessmentRunResponse: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    StopAction: {
      enum: [
        "START_EVALUATION",
        "SKIP_EVALUATION"
      ],
      type: "string"
    },
    StopAssessmentRunRequest: {
      members: {
        assessmentRunArn: {
          shape: "Arn"
        },
        stopAction: {
          shape: "StopAction"
        }
      },
      required: [
        "assessmentRunArn"
      ],
      type: "structure"
    },
    SubscribeToEventRequest: {
      members: {
        event: {
          shape: "InspectorEvent"
        },
        resourceArn: {
          shape: "Arn"
        },
        topicArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn",
        "event",
        "topicArn"
      ],
      type: "structure"
    },
    Subscription: {
      members: {
        eventSubscriptions: {
          shape: "EventSubscriptionList"
        },
        resourceArn: {
          shape: "Arn"
        },
        topicArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn",
        "topicArn",
        "eventSubscriptions"
      ],
      type: "structure"
    },
    SubscriptionList: {
      max: 50,
      member: {
        shape: "Subscription"
      },
      min: 0,
      type: "list"
    },
    Tag: {
      members: {
        key: {
          shape: "TagKey"
        },
        value: {
          shape: "TagValue"
        }
      },
      required: [
        "key"
      ],
      type: "structure"
    },
    TagKey: {
      max: 128,
      min: 1,
      type: "string"
    },
    TagList: {
      max: 10,
      member: {
        shape: "Tag"
      },
      min: 0,
      type: "list"
    },
    TagValue: {
      max: 256,
      min: 1,
      type: "string"
    },
    Tags: {
      member: {
        shape: "Tag"
      },
      type: "list"
    },
    TelemetryMetadata: {
      members: {
        count: {
          shape: "Long"
        },
        dataSize: {
          shape: "Long"
        },
        messageType: {
          shape: "MessageType"
        }
      },
      required: [
        "messageType",
        "count"
      ],
      type: "structure"
    },
    TelemetryMetadataList: {
      max: 5e3,
      member: {
        shape: "TelemetryMetadata"
      },
      min: 0,
      type: "list"
    },
    Text: {
      max: 2e4,
      min: 0,
      type: "string"
    },
    Timestamp: {
      type: "timestamp"
    },
    TimestampRange: {
      members: {
        beginDate: {
          shape: "Timestamp"
        },
        endDate: {
          shape: "Timestamp"
        }
      },
      type: "structure"
    },
    UUID: {
      pattern: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      type: "string"
    },
    UnsubscribeFromEventRequest: {
      members: {
        event: {
          shape: "InspectorEvent"
        },
        resourceArn: {
          shape: "Arn"
        },
        topicArn: {
          shape: "Arn"
        }
      },
      required: [
        "resourceArn",
        "event",
        "topicArn"
      ],
      type: "structure"
    },
    UnsupportedFeatureException: {
      exception: true,
      members: {
        canRetry: {
          shape: "Bool"
        },
        message: {
          shape: "ErrorMessage"
        }
      },
      required: [
        "message",
        "canRetry"
      ],
      type: "structure"
    },
    UpdateAssessmentTargetRequest: {
      members: {
        assessmentTargetArn: {
          shape: "Arn"
        },
        assessmentTargetName: {
          shape: "AssessmentTargetName"
        },
        resourceGroupArn: {
          shape: "Arn"
        }
      },
      required: [
        "assessmentTargetArn",
        "assessmentTargetName"
      ],
      type: "structure"
    },
    Url: {
      max: 2048,
      type: "string"
    },
    UserAttributeKeyList: {
      max: 10,
      member: {
        shape: "AttributeKey"
      },
      min: 0,
      type: "list"
    },
    UserAttributeList: {
      max: 10,
      member: {
        shape: "Attribute"
      },
      min: 0,
      type: "list"
    },
    Version: {
      max: 1e3,
      min: 0,
      type: "string"
    }
  },
  version: "2.0"
};

// src/emulator/service-model.ts
var serviceModel = inspector_2016_02_16_default;
var TARGET_PREFIX = serviceModel.metadata.targetPrefix;
function shapeOf(name) {
  const shape = serviceModel.shapes[name];
  if (shape === void 0) throw new Error(`service model has no shape ${name}`);
  return shape;
}
function operationOf(name) {
  return Object.hasOwn(serviceModel.operations, name) ? serviceModel.operations[name] : void 0;
}
function pageLimitOf(operation, resultKey) {
  const output = operationOf(operation)?.output;
  if (output === void 0) throw new Error(`operation ${operation} has no output`);
  const member = shapeOf(output.shape).members?.[resultKey];
  if (member === void 0) throw new Error(`${operation} output has no member ${resultKey}`);
  const max = shapeOf(member.shape).max;
  return max ?? Number.MAX_SAFE_INTEGER;
}

// src/emulator/faults.ts
var NO_FAULTS = {
  latencyMs: {},
  rateLimit: null,
  internalErrors: null,
  dropConnections: null,
  failedItems: null,
  findingCountsSkew: 0
};
var KEYS = Object.keys(NO_FAULTS);
function parseFaults(input) {
  const problems = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new Error('faults must be an object such as {"internalErrors": {"rate": 0.1}}');
  }
  const record = input;
  const out = {};
  const isRate = (v) => typeof v === "number" && v >= 0 && v <= 1;
  const operations = (v, where3) => {
    if (v === void 0) return void 0;
    if (!Array.isArray(v) || !v.every((o) => typeof o === "string" && Object.hasOwn(serviceModel.operations, o))) {
      problems.push(`${where3}.operations must be a list of Inspector operation names such as "ListFindings"`);
      return void 0;
    }
    return v;
  };
  for (const key of Object.keys(record)) {
    if (!KEYS.includes(key)) {
      problems.push(`unknown fault '${key}': expected one of ${KEYS.join(", ")}`);
    }
  }
  if ("latencyMs" in record) {
    const v = record["latencyMs"];
    if (typeof v === "number" && v >= 0) {
      out["latencyMs"] = { "*": v };
    } else if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const entries = Object.entries(v);
      for (const [op, ms] of entries) {
        if (op !== "*" && !Object.hasOwn(serviceModel.operations, op)) {
          problems.push(`latencyMs: unknown operation '${op}'`);
        }
        if (typeof ms !== "number" || ms < 0) problems.push(`latencyMs.${op} must be a number of ms >= 0`);
      }
      out["latencyMs"] = Object.fromEntries(entries);
    } else {
      problems.push("latencyMs must be a number of ms or an object {operation: ms}");
    }
  }
  if ("rateLimit" in record) {
    const v = record["rateLimit"];
    if (v === null) {
      out["rateLimit"] = null;
    } else if (typeof v === "object" && typeof v["requestsPerSecond"] === "number" && v["requestsPerSecond"] > 0 && (v["burst"] === void 0 || typeof v["burst"] === "number" && v["burst"] >= 1)) {
      const ops = operations(v["operations"], "rateLimit");
      out["rateLimit"] = {
        requestsPerSecond: v["requestsPerSecond"],
        burst: v["burst"] ?? Math.max(1, Math.ceil(v["requestsPerSecond"])),
        ...ops ? { operations: ops } : {}
      };
    } else {
      problems.push("rateLimit must be null or {requestsPerSecond: > 0, burst?: >= 1, operations?: [...]}");
    }
  }
  for (const key of ["internalErrors", "dropConnections"]) {
    if (!(key in record)) continue;
    const v = record[key];
    if (v === null) {
      out[key] = null;
    } else if (typeof v === "object" && isRate(v["rate"])) {
      const ops = operations(v["operations"], key);
      out[key] = { rate: v["rate"], ...ops ? { operations: ops } : {} };
    } else {
      problems.push(`${key} must be null or {rate: 0..1, operations?: [...]}`);
    }
  }
  if ("failedItems" in record) {
    const v = record["failedItems"];
    if (v === null) {
      out["failedItems"] = null;
    } else if (typeof v === "object" && isRate(v["rate"]) && (v["mode"] === void 0 || v["mode"] === "retryable-once" || v["mode"] === "permanent")) {
      out["failedItems"] = { rate: v["rate"], mode: v["mode"] ?? "retryable-once" };
    } else {
      problems.push('failedItems must be null or {rate: 0..1, mode?: "retryable-once" | "permanent"}');
    }
  }
  if ("findingCountsSkew" in record) {
    const v = record["findingCountsSkew"];
    if (typeof v === "number" && Number.isInteger(v)) out["findingCountsSkew"] = v;
    else problems.push("findingCountsSkew must be an integer (0 = off)");
  }
  if (problems.length > 0) throw new Error(problems.join("; "));
  return out;
}
function applies(scope, operation) {
  return scope.operations === void 0 || scope.operations.includes(operation);
}
function latencyFor(config, operation) {
  return config.latencyMs[operation] ?? config.latencyMs["*"] ?? 0;
}
var TokenBucket = class {
  constructor(rate, burst, now = () => performance.now()) {
    this.rate = rate;
    this.burst = burst;
    this.now = now;
    this.tokens = burst;
    this.last = this.now();
  }
  rate;
  burst;
  now;
  tokens;
  last;
  take() {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (t - this.last) / 1e3 * this.rate);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
};

// src/emulator/pagination.ts
import { createHmac, randomBytes } from "node:crypto";

// src/emulator/errors.ts
var ServiceError = class extends Error {
  type;
  status;
  members;
  constructor(type, status, message, members = {}) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
    this.members = members;
  }
  /** The JSON body on the wire. */
  body() {
    return { __type: this.type, message: this.message, ...this.members };
  }
};
function invalidInput(errorCode, message) {
  return new ServiceError("InvalidInputException", 400, message, { errorCode, canRetry: false });
}
function noSuchEntity(errorCode, message) {
  return new ServiceError("NoSuchEntityException", 400, message, { errorCode, canRetry: false });
}
function accessDenied(errorCode, message, status = 400) {
  return new ServiceError("AccessDeniedException", status, message, { errorCode, canRetry: false });
}
function limitExceeded(errorCode, message) {
  return new ServiceError("LimitExceededException", 400, message, { errorCode, canRetry: false });
}
function internalError(message = "Internal server error.") {
  return new ServiceError("InternalException", 500, message, { canRetry: true });
}
function throttling() {
  return new ServiceError("ThrottlingException", 400, "Rate exceeded");
}
function runInProgress(message, runArns) {
  return new ServiceError("AssessmentRunInProgressException", 400, message, {
    assessmentRunArns: runArns.slice(0, 10),
    assessmentRunArnsTruncated: runArns.length > 10,
    canRetry: false
  });
}
function agentsAlreadyRunning(message, agents) {
  return new ServiceError("AgentsAlreadyRunningAssessmentException", 400, message, {
    agents: agents.slice(0, 10),
    agentsTruncated: agents.length > 10,
    canRetry: false
  });
}
function serialization(message) {
  return new ServiceError("SerializationException", 400, message);
}

// src/emulator/random.ts
function avalanche(x) {
  let z = x | 0;
  z = Math.imul(z ^ z >>> 16, 2146121005);
  z = Math.imul(z ^ z >>> 15, 2221713035);
  z ^= z >>> 16;
  return z >>> 0;
}
function hash(...parts) {
  let h = 2166136261;
  for (const part of parts) {
    if (typeof part === "number") {
      h = avalanche(h ^ avalanche(part | 0) ^ Math.floor(part / 4294967296));
    } else {
      for (let i = 0; i < part.length; i++) {
        h = Math.imul(h ^ part.charCodeAt(i), 16777619);
      }
      h = avalanche(h ^ part.length);
    }
  }
  return h >>> 0;
}
var Random = class _Random {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  static from(...parts) {
    return new _Random(hash(...parts));
  }
  /** A uniform unsigned 32-bit integer. */
  next() {
    this.state = this.state + 2654435769 >>> 0;
    return avalanche(this.state);
  }
  /** A uniform float in [0, 1). */
  float() {
    return this.next() / 4294967296;
  }
  /** A uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.float() * n);
  }
  pick(items) {
    const item = items[this.int(items.length)];
    if (item === void 0) throw new Error("pick from an empty list");
    return item;
  }
  /** A string of `length` characters drawn from `alphabet`. */
  chars(length, alphabet) {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
};
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var HEX = "0123456789abcdef";
function unit(...parts) {
  return hash(...parts) / 4294967296;
}

// src/emulator/pagination.ts
var PageTokens = class {
  secret;
  constructor(secret = randomBytes(32)) {
    this.secret = secret;
  }
  seal(body) {
    return createHmac("sha256", this.secret).update(body).digest("base64url").slice(0, 22);
  }
  /** A token continuing `operation` for the request described by `scope` at `position`. */
  issue(operation, scope, position) {
    const body = Buffer.from(
      JSON.stringify([operation, hash(operation, JSON.stringify(scope ?? null)), ...position])
    ).toString("base64url");
    return `${body}.${this.seal(body)}`;
  }
  /** The position a token stands for; throws when the token is not one we issued for this request. */
  read(operation, scope, token) {
    const refuse = () => invalidInput(
      "INVALID_PAGINATION_TOKEN",
      `The pagination token is invalid or does not belong to this ${operation} request.`
    );
    const dot = token.indexOf(".");
    if (dot < 0) throw refuse();
    const body = token.slice(0, dot);
    if (this.seal(body) !== token.slice(dot + 1)) throw refuse();
    let payload;
    try {
      payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    } catch {
      throw refuse();
    }
    if (!Array.isArray(payload) || payload[0] !== operation) throw refuse();
    if (payload[1] !== hash(operation, JSON.stringify(scope ?? null))) throw refuse();
    const position = payload.slice(2);
    if (!position.every((n) => Number.isInteger(n) && n >= 0)) throw refuse();
    return position;
  }
};

// src/emulator/runs.ts
var RUN_STATES = [
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
  "CANCELED"
];
var OUTCOMES = ["COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "ERROR", "NEVER"];
function isOutcome(value) {
  return OUTCOMES.includes(value);
}
var TERMINAL_STATES = /* @__PURE__ */ new Set([
  "FAILED",
  "ERROR",
  "COMPLETED",
  "COMPLETED_WITH_ERRORS",
  "CANCELED"
]);
var ORDER = new Map(RUN_STATES.map((s, i) => [s, i]));
var COLLECTING = ORDER.get("COLLECTING_DATA");
var PHASE_SECONDS = {
  CREATED: 2,
  START_DATA_COLLECTION_PENDING: 3,
  START_DATA_COLLECTION_IN_PROGRESS: 5,
  STOP_DATA_COLLECTION_PENDING: 10,
  DATA_COLLECTED: 5,
  START_EVALUATING_RULES_PENDING: 5,
  EVALUATING_RULES: 30
};
var Run = class {
  arn;
  name;
  templateArn;
  durationInSeconds;
  rulesPackageArns;
  userAttributesForFindings;
  createdAt;
  timeScale;
  agentIds;
  findings;
  outcome;
  /** Changes that have happened, oldest first. */
  changes;
  /** Changes still to come, in order. */
  plan;
  /** Share of the data collected when the run was stopped with START_EVALUATION (1 otherwise). */
  collectedFraction = 1;
  /** Set by StopAssessmentRun. */
  stopAction;
  constructor(init, history) {
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
  ms(seconds2) {
    return Math.round(seconds2 * 1e3 / this.timeScale);
  }
  get state() {
    return this.changes[this.changes.length - 1].state;
  }
  get stateChangedAt() {
    return this.changes[this.changes.length - 1].at;
  }
  get terminal() {
    return TERMINAL_STATES.has(this.state);
  }
  /** When data collection started, if it did. */
  get startedAt() {
    return this.changes.find((c) => c.state === "COLLECTING_DATA")?.at;
  }
  get completedAt() {
    return this.terminal ? this.stateChangedAt : void 0;
  }
  get dataCollected() {
    return this.changes.some((c) => c.state === "DATA_COLLECTED");
  }
  /** Moves every planned change due by `now` into the history. */
  advance(now) {
    while (this.plan.length > 0 && this.plan[0].at <= now) {
      this.changes.push(this.plan.shift());
    }
  }
  next(state) {
    const outcome = this.outcome === "NEVER" && this.stopAction === "START_EVALUATION" ? "COMPLETED" : this.outcome;
    const index = ORDER.get(state);
    if (TERMINAL_STATES.has(state)) return void 0;
    if (outcome === "NEVER" && index >= COLLECTING) return void 0;
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
        return outcome === "ERROR" ? "ERROR" : outcome === "COMPLETED_WITH_ERRORS" ? "COMPLETED_WITH_ERRORS" : "COMPLETED";
      default:
        return void 0;
    }
  }
  /** When the run leaves `state`, entered at `at` (collection start given for COLLECTING_DATA). */
  leaves(state, at, collectStart) {
    if (state === "COLLECTING_DATA") {
      const share = this.outcome === "FAILED" ? 1 / 3 : 1;
      return Math.max(at, collectStart + this.ms(this.durationInSeconds * share));
    }
    return at + this.ms(PHASE_SECONDS[state] ?? 0);
  }
  /** The changes that follow `state`, entered at `at`, under the current outcome. */
  planFrom(state, at, notBefore = at) {
    const steps = [];
    let collectStart = this.startedAt ?? at;
    let current = state;
    let t = at;
    for (; ; ) {
      const next = this.next(current);
      if (next === void 0) break;
      t = Math.max(notBefore, this.leaves(current, t, collectStart));
      if (next === "COLLECTING_DATA") collectStart = t;
      steps.push({ state: next, at: t });
      current = next;
    }
    return steps;
  }
  /** Changes how the run ends, from `now` on. A run that has ended keeps its end. */
  setOutcome(outcome, now) {
    this.advance(now);
    this.outcome = outcome;
    if (this.terminal || this.stopAction === "SKIP_EVALUATION") return;
    this.plan = this.planFrom(this.state, this.stateChangedAt, now);
    this.advance(now);
  }
  /** StopAssessmentRun. Returns false when the run had already ended (nothing to stop). */
  stop(action, now) {
    this.advance(now);
    if (this.terminal) return false;
    if (action === "SKIP_EVALUATION") {
      this.stopAction = action;
      this.plan = [];
      this.changes.push({ state: "CANCELED", at: now });
      return true;
    }
    const index = ORDER.get(this.state);
    if (index > COLLECTING) return true;
    this.stopAction = action;
    const started = this.startedAt;
    this.collectedFraction = started === void 0 ? 0 : Math.min(1, (now - started) / this.ms(this.durationInSeconds));
    if (this.outcome === "FAILED") {
      this.plan = [{ state: "FAILED", at: now }];
    } else {
      this.plan = [
        { state: "STOP_DATA_COLLECTION_PENDING", at: now },
        ...this.planFrom("STOP_DATA_COLLECTION_PENDING", now)
      ];
    }
    this.advance(now);
    return true;
  }
  /** How many findings the run lists: all of them once it completed (a share when stopped early). */
  visibleFindings() {
    const s = this.state;
    if (s !== "COMPLETED" && s !== "COMPLETED_WITH_ERRORS") return 0;
    return Math.floor(this.findings.size * this.collectedFraction);
  }
  findingCounts() {
    return this.findings.countsOf(this.visibleFindings());
  }
  findingContext() {
    const evaluating = this.changes.find((c) => c.state === "EVALUATING_RULES")?.at ?? this.createdAt;
    const end = this.completedAt ?? evaluating;
    return {
      runArn: this.arn,
      userAttributesForFindings: this.userAttributesForFindings,
      createdBaseMs: evaluating,
      spreadMs: Math.max(0, end - evaluating)
    };
  }
};

// src/emulator/server.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/emulator/operations.ts
import { randomUUID } from "node:crypto";

// src/emulator/agents.ts
var ROLES = [
  { role: "web", group: "web-asg" },
  { role: "api", group: "api-asg" },
  { role: "worker", group: "worker-asg" },
  { role: "bastion" },
  { role: "db" }
];
var UNHEALTHY_CODES = ["UNHEALTHY", "SHUTDOWN", "THROTTLED", "UNKNOWN"];
function seedAgents(seed, region, count2, unhealthy) {
  const agents = [];
  const r = new Random(hash(seed, "agents"));
  const ami = `ami-${r.chars(17, HEX)}`;
  const perRole = /* @__PURE__ */ new Map();
  for (let i = 0; i < count2; i++) {
    const { role, group } = ROLES[i % ROLES.length];
    const n = (perRole.get(role) ?? 0) + 1;
    perRole.set(role, n);
    const ip = `10.0.${1 + r.int(3)}.${10 + (i * 37 + r.int(20)) % 240}`;
    const bad = i >= count2 - unhealthy;
    agents.push({
      agentId: `i-${r.chars(17, HEX)}`,
      hostname: `ip-${ip.replaceAll(".", "-")}.${region}.compute.internal`,
      ipv4Address: ip,
      amiId: i % 4 === 3 ? `ami-${r.chars(17, HEX)}` : ami,
      ...group ? { autoScalingGroup: group } : {},
      agentVersion: "1.1.1987.0",
      operatingSystem: "Amazon Linux 2",
      kernelVersion: `4.14.${300 + r.int(40)}-${200 + r.int(60)}.amzn2.x86_64`,
      tags: [
        { key: "Name", value: `${role}-${n}` },
        { key: "Role", value: role },
        { key: "Inspector", value: "enabled" }
      ],
      ...bad ? { unhealthyCode: UNHEALTHY_CODES[(count2 - 1 - i) % UNHEALTHY_CODES.length] } : {}
    });
  }
  return agents;
}
function groupSelects(tags, agent) {
  return tags.some(
    (t) => agent.tags.some((a) => a.key === t.key && (t.value === void 0 || a.value === t.value))
  );
}
var UNHEALTHY_DETAILS = {
  UNHEALTHY: "The agent is unable to send telemetry to the Amazon Inspector service.",
  SHUTDOWN: "The instance was stopped or terminated during the assessment run.",
  THROTTLED: "The agent was throttled and could not collect data for the whole run.",
  UNKNOWN: "The agent has not reported its health since the assessment run started."
};

// src/emulator/arn.ts
var ID = "0-[0-9A-Za-z]{8}";
var ARN = new RegExp(
  `^arn:aws:inspector:([a-z0-9-]{1,32}):([0-9]{12}):(?:(resourcegroup|rulespackage)/(${ID})|(target/${ID})(?:/template/(${ID})(?:/run/(${ID})(?:/(finding|exclusion)/(${ID}))?)?)?)$`
);
function parseArn(arn) {
  const m = ARN.exec(arn);
  if (m === null) return void 0;
  const [, region = "", account = "", flatKind, flatId, target, template, run, childKind, childId] = m;
  if (flatKind !== void 0 && flatId !== void 0) {
    return { region, account, kind: flatKind, id: flatId };
  }
  const prefix2 = `arn:aws:inspector:${region}:${account}:${target}`;
  if (template === void 0) return { region, account, kind: "target", id: target.slice(7) };
  const templateArn = `${prefix2}/template/${template}`;
  if (run === void 0) return { region, account, kind: "template", parent: prefix2, id: template };
  const runArn = `${templateArn}/run/${run}`;
  if (childKind === void 0 || childId === void 0) {
    return { region, account, kind: "run", parent: templateArn, id: run };
  }
  return { region, account, kind: childKind, parent: runArn, id: childId };
}
function arnPrefix(region, account) {
  return `arn:aws:inspector:${region}:${account}:`;
}
var HALF = 8388608;
var ROUNDS = 4;
function round(value, key, i) {
  return avalanche(value ^ Math.imul(key, i + 1) ^ i << 24) & HALF - 1;
}
function encodeFindingId(index, key) {
  let left = Math.floor(index / HALF);
  let right = index % HALF;
  for (let i = 0; i < ROUNDS; i++) {
    const next = left ^ round(right, key, i);
    left = right;
    right = next;
  }
  let value = left * HALF + right;
  let out = "";
  for (let i = 0; i < 8; i++) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return `0-${out}`;
}
function decodeFindingId(id, key) {
  if (id.length !== 10 || !id.startsWith("0-")) return -1;
  let value = 0;
  for (let i = 2; i < 10; i++) {
    const digit = BASE62.indexOf(id[i]);
    if (digit < 0) return -1;
    value = value * 62 + digit;
  }
  if (value >= HALF * HALF) return -1;
  let left = Math.floor(value / HALF);
  let right = value % HALF;
  for (let i = ROUNDS - 1; i >= 0; i--) {
    const previous = right ^ round(left, key, i);
    right = left;
    left = previous;
  }
  return left * HALF + right;
}

// src/model.ts
var SEVERITIES = ["Undefined", "Informational", "Low", "Medium", "High"];
var SEVERITY_RANK = {
  Undefined: 0,
  Informational: 1,
  Low: 2,
  Medium: 3,
  High: 4
};
function isSeverity(value) {
  return typeof value === "string" && Object.hasOwn(SEVERITY_RANK, value);
}
function emptySeverityCounts() {
  return { High: 0, Medium: 0, Low: 0, Informational: 0, Undefined: 0 };
}
function assetLabel(asset) {
  return asset.hostname ?? asset.agentId ?? asset.amiId ?? "unknown asset";
}

// src/emulator/catalog.ts
var KNOWN_PACKAGE_ARNS = {
  "us-west-2": {
    account: "758058086616",
    ids: { cve: "0-9hgA516p", cis: "0-H5hpSawc", sbp: "0-JJ0tZiqQ", nr: "0-rD1z6dpl" }
  },
  "us-east-1": {
    account: "316112463485",
    ids: { cve: "0-gEjTy7T7", cis: "0-rExsr2X8", sbp: "0-R01qwB5Q", nr: "0-PmNV0Tcd" }
  }
};
var PACKAGE_TEXT = {
  cve: {
    name: "Common Vulnerabilities and Exposures",
    version: "1.1",
    description: "The rules in this package help verify whether the EC2 instances in your assessment targets are exposed to common vulnerabilities and exposures (CVEs). Attacks can exploit unpatched vulnerabilities to compromise the confidentiality, integrity, or availability of your service or data."
  },
  cis: {
    name: "CIS Operating System Security Configuration Benchmarks",
    version: "1.0",
    description: "The CIS Security Benchmarks program provides well-defined, unbiased and consensus-based industry best practices to help organizations assess and improve their security. The rules in this package check your instances against the CIS benchmark for their operating system."
  },
  sbp: {
    name: "Security Best Practices",
    version: "1.0",
    description: "The rules in this package help determine whether your systems are configured securely: root login over SSH, password complexity, permissions on system directories and similar settings."
  },
  nr: {
    name: "Network Reachability",
    version: "1.1",
    description: "The rules in this package analyze the network configuration of your VPC to find which ports of your EC2 instances are reachable from outside the VPC, and whether a process listens on them."
  }
};
var PACKAGE_KINDS = ["cve", "cis", "sbp", "nr"];
function rulesPackages(region) {
  const known = KNOWN_PACKAGE_ARNS[region];
  const account = known?.account ?? `7${String(hash("rules-account", region) % 10 ** 11).padStart(11, "0")}`;
  return PACKAGE_KINDS.map((kind) => {
    const id = known?.ids[kind] ?? `0-${new Random(hash("rules-package", region, kind)).chars(8, BASE62_ID)}`;
    return {
      kind,
      arn: `arn:aws:inspector:${region}:${account}:rulespackage/${id}`,
      provider: "Amazon Web Services, Inc.",
      ...PACKAGE_TEXT[kind]
    };
  });
}
var BASE62_ID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var NUMERIC_SEVERITY = {
  High: 9,
  Medium: 6,
  Low: 3,
  Informational: 0,
  Undefined: 0
};
var CVE_PACKAGES = [
  { name: "openssl", base: "1.0.2k" },
  { name: "glibc", base: "2.26" },
  { name: "bash", base: "4.2.46" },
  { name: "curl", base: "7.79.1" },
  { name: "openssh", base: "7.4p1" },
  { name: "sudo", base: "1.8.23" },
  { name: "systemd", base: "219" },
  { name: "libxml2", base: "2.9.1" },
  { name: "zlib", base: "1.2.7" },
  { name: "nss", base: "3.67.0" },
  { name: "kernel", base: "4.14.336" },
  { name: "python3", base: "3.7.16" },
  { name: "perl", base: "5.16.3" },
  { name: "git", base: "2.40.1" },
  { name: "vim", base: "9.0.2120" },
  { name: "bind", base: "9.11.4" },
  { name: "ntp", base: "4.2.8p15" },
  { name: "polkit", base: "0.112" },
  { name: "expat", base: "2.1.0" },
  { name: "sqlite", base: "3.7.17" },
  { name: "krb5-libs", base: "1.15.1" },
  { name: "libgcrypt", base: "1.5.3" },
  { name: "httpd", base: "2.4.58" },
  { name: "nginx", base: "1.22.1" }
];
var CVE_WEAKNESSES = [
  "a heap-based buffer overflow",
  "an out-of-bounds read",
  "a use-after-free",
  "an integer overflow",
  "improper input validation",
  "a NULL pointer dereference",
  "a race condition",
  "an improper certificate validation",
  "an uncontrolled resource consumption",
  "a path traversal"
];
var CVE_IMPACTS = [
  "execute arbitrary code",
  "cause a denial of service",
  "obtain sensitive information from process memory",
  "gain privileges",
  "bypass intended access restrictions"
];
function cveSeverity(u) {
  if (u < 0.22) return "High";
  if (u < 0.62) return "Medium";
  if (u < 0.9) return "Low";
  return "Informational";
}
var CVSS_RANGE = {
  High: [7, 10],
  Medium: [4, 6.9],
  Low: [0.1, 3.9],
  Informational: [0, 0],
  Undefined: [0, 0]
};
function cveEntry(seed, index) {
  const r = new Random(hash(seed, "cve", index));
  const year = 2010 + index % 16;
  const number = 1e3 + (Math.floor(index / 16) * 7919 + seed % 98e3) % 98e3;
  const cve = `CVE-${year}-${number}`;
  const pkg = r.pick(CVE_PACKAGES);
  const severity = cveSeverity(r.float());
  const [low, high] = CVSS_RANGE[severity];
  const cvss3 = (low + r.float() * (high - low)).toFixed(1);
  const cvss2 = Math.min(10, Math.max(0, Number(cvss3) - 0.5 + r.float())).toFixed(1);
  const release = `${1 + r.int(40)}.amzn2`;
  const installed = `${pkg.base}-${release}`;
  const fixed = `${pkg.base}-${Number.parseInt(release, 10) + 1 + r.int(5)}.amzn2`;
  const weakness = r.pick(CVE_WEAKNESSES);
  const impact = r.pick(CVE_IMPACTS);
  return {
    id: cve,
    severity,
    title: `Instance {instance} is vulnerable to ${cve}`,
    description: `${weakness[0].toUpperCase()}${weakness.slice(1)} in ${pkg.name} before ${fixed} allows remote attackers to ${impact} via crafted input. Installed package: ${pkg.name}-${installed}.`,
    recommendation: `Use your Operating System's update feature to update package ${pkg.name}-${installed} to ${pkg.name}-${fixed}. For more information see https://cve.mitre.org/cgi-bin/cvename.cgi?name=${cve}`,
    attributes: [
      { key: "CVE_ID", value: cve },
      { key: "PACKAGE_NAME", value: pkg.name },
      { key: "PACKAGE_VERSION", value: installed },
      { key: "FIXED_VERSION", value: fixed },
      { key: "CVSS2_SCORE", value: cvss2 },
      { key: "CVSS3_SCORE", value: cvss3 }
    ]
  };
}
var CIS_BENCHMARK = "CIS Amazon Linux 2 Benchmark v1.0.0";
var CIS_RULES = [
  ["1.1.1.1", "Ensure mounting of cramfs filesystems is disabled", 1, "Medium"],
  ["1.1.1.2", "Ensure mounting of hfs filesystems is disabled", 1, "Low"],
  ["1.1.1.4", "Ensure mounting of squashfs filesystems is disabled", 1, "Low"],
  ["1.1.1.5", "Ensure mounting of udf filesystems is disabled", 1, "Low"],
  ["1.1.2", "Ensure separate partition exists for /tmp", 2, "Medium"],
  ["1.1.3", "Ensure nodev option set on /tmp partition", 1, "Medium"],
  ["1.1.4", "Ensure nosuid option set on /tmp partition", 1, "Medium"],
  ["1.1.21", "Ensure sticky bit is set on all world-writable directories", 1, "High"],
  ["1.3.1", "Ensure AIDE is installed", 1, "Medium"],
  ["1.4.1", "Ensure permissions on bootloader config are configured", 1, "High"],
  ["1.5.1", "Ensure core dumps are restricted", 1, "Medium"],
  ["1.5.3", "Ensure address space layout randomization (ASLR) is enabled", 1, "High"],
  ["2.1.1", "Ensure chargen services are not enabled", 1, "Medium"],
  ["2.2.1.1", "Ensure time synchronization is in use", 1, "Low"],
  ["2.2.2", "Ensure X Window System is not installed", 1, "Low"],
  ["2.2.7", "Ensure NFS and RPC are not enabled", 1, "Medium"],
  ["2.2.15", "Ensure mail transfer agent is configured for local-only mode", 1, "Medium"],
  ["3.1.1", "Ensure IP forwarding is disabled", 1, "High"],
  ["3.1.2", "Ensure packet redirect sending is disabled", 1, "Medium"],
  ["3.2.2", "Ensure ICMP redirects are not accepted", 1, "Medium"],
  ["3.2.4", "Ensure suspicious packets are logged", 1, "Low"],
  ["3.4.2", "Ensure /etc/hosts.allow is configured", 1, "Low"],
  ["4.1.2", "Ensure auditd service is enabled", 2, "Medium"],
  ["4.1.4", "Ensure events that modify date and time information are collected", 2, "Low"],
  ["4.2.1.1", "Ensure rsyslog Service is enabled", 1, "Low"],
  ["5.1.2", "Ensure permissions on /etc/crontab are configured", 1, "Medium"],
  ["5.2.2", "Ensure SSH Protocol is set to 2", 1, "High"],
  ["5.2.4", "Ensure SSH X11 forwarding is disabled", 1, "Medium"],
  ["5.2.5", "Ensure SSH MaxAuthTries is set to 4 or less", 1, "Medium"],
  ["5.2.8", "Ensure SSH root login is disabled", 1, "High"],
  ["5.2.9", "Ensure SSH PermitEmptyPasswords is disabled", 1, "High"],
  ["5.3.1", "Ensure password creation requirements are configured", 1, "Medium"],
  ["5.4.1.1", "Ensure password expiration is 365 days or less", 1, "Medium"],
  ["5.4.4", "Ensure default user umask is 027 or more restrictive", 1, "Low"],
  ["6.1.2", "Ensure permissions on /etc/passwd are configured", 1, "High"],
  ["6.1.10", "Ensure no world writable files exist", 1, "Medium"],
  ["6.2.1", "Ensure password fields are not empty", 1, "High"],
  ["6.2.5", "Ensure root is the only UID 0 account", 1, "High"]
];
function cisEntry(index) {
  const [ruleId, title, level, severity] = CIS_RULES[index];
  return {
    id: ruleId,
    severity,
    title: `Instance {instance} is not compliant with rule ${ruleId} ${title}, ${CIS_BENCHMARK}, Level ${level}`,
    description: `This rule helps determine whether your systems are configured securely. Rule ${ruleId} of the ${CIS_BENCHMARK}: ${title}.`,
    recommendation: `Follow the remediation of rule ${ruleId} (${title}) in the ${CIS_BENCHMARK}, then run the assessment again.`,
    attributes: [
      { key: "BENCHMARK_ID", value: CIS_BENCHMARK },
      { key: "BENCHMARK_RULE_ID", value: ruleId },
      { key: "CIS_LEVEL", value: `Level ${level}` }
    ]
  };
}
var SBP_RULES = [
  [
    "SBP-SSH-ROOT",
    "Disable root login over SSH",
    "Medium",
    "Set PermitRootLogin to no in /etc/ssh/sshd_config."
  ],
  ["SBP-SSH-V2", "Support SSH version 2 only", "Medium", "Set Protocol to 2 in /etc/ssh/sshd_config."],
  [
    "SBP-SSH-PASSWORD",
    "Disable password authentication over SSH",
    "Medium",
    "Set PasswordAuthentication to no in /etc/ssh/sshd_config."
  ],
  [
    "SBP-PASS-AGE",
    "Configure password maximum age",
    "Low",
    "Set PASS_MAX_DAYS to 90 or less in /etc/login.defs."
  ],
  [
    "SBP-PASS-LEN",
    "Configure password minimum length",
    "Low",
    "Set minlen to 14 or more in /etc/security/pwquality.conf."
  ],
  [
    "SBP-PASS-COMPLEX",
    "Configure password complexity",
    "Low",
    "Set minclass to 4 in /etc/security/pwquality.conf."
  ],
  ["SBP-ASLR", "Enable ASLR", "Medium", "Set kernel.randomize_va_space to 2."],
  ["SBP-DEP", "Enable DEP", "Medium", "Use a kernel with NX support enabled."],
  [
    "SBP-PERM-DIRS",
    "Configure permissions for system directories",
    "High",
    "Remove world write access from system directories."
  ]
];
function sbpEntry(index) {
  const [ruleId, title, severity, fix] = SBP_RULES[index];
  return {
    id: ruleId,
    severity,
    title: `Instance {instance} does not follow the security best practice: ${title}`,
    description: `This rule helps determine whether your systems are configured securely: ${title}.`,
    recommendation: fix,
    attributes: [{ key: "RULE_ID", value: ruleId }]
  };
}
var NR_RULES = [
  [22, "TCP", "sshd", "Medium"],
  [3389, "TCP", "", "Medium"],
  [23, "TCP", "telnetd", "High"],
  [21, "TCP", "vsftpd", "High"],
  [3306, "TCP", "mysqld", "High"],
  [5432, "TCP", "postgres", "High"],
  [6379, "TCP", "redis-server", "High"],
  [9200, "TCP", "java", "High"],
  [80, "TCP", "nginx", "Informational"],
  [443, "TCP", "nginx", "Informational"],
  [8080, "TCP", "java", "Low"],
  [53, "UDP", "named", "Low"],
  [123, "UDP", "ntpd", "Low"],
  [11211, "UDP", "memcached", "High"]
];
function nrEntry(seed, index) {
  const [port, protocol, process2, severity] = NR_RULES[index];
  const sg = `sg-${new Random(hash(seed, "sg", index % 3)).chars(17, HEX)}`;
  const listening = process2 !== "";
  const ruleId = `NR-${protocol}-${port}`;
  return {
    id: ruleId,
    severity,
    title: listening ? `On instance {instance}, ${protocol} port ${port} which is associated with '${process2}' is reachable from the internet` : `On instance {instance}, ${protocol} port ${port} is reachable from the internet`,
    description: `On this instance, ${protocol} port ${port} is reachable from the internet through an internet gateway and security group ${sg}.${listening ? ` A process (${process2}) is listening on the port.` : ""}`,
    recommendation: `You can edit the Security Group ${sg} to remove access from the internet on port ${port}, unless the service must be public.`,
    attributes: [
      { key: "RULE_ID", value: ruleId },
      { key: "PORT", value: String(port) },
      { key: "PROTOCOL", value: protocol },
      { key: "SECURITY_GROUP", value: sg },
      { key: "REACHABILITY", value: "Internet" },
      ...listening ? [{ key: "PROCESS", value: process2 }] : []
    ]
  };
}
var CATALOG_SIZE = {
  cve: Number.POSITIVE_INFINITY,
  cis: CIS_RULES.length,
  sbp: SBP_RULES.length,
  nr: NR_RULES.length
};
function ruleEntry(seed, kind, index) {
  switch (kind) {
    case "cve":
      return cveEntry(seed, index);
    case "cis":
      return cisEntry(index);
    case "sbp":
      return sbpEntry(index);
    case "nr":
      return nrEntry(seed, index);
  }
}
function ruleSeverity(seed, kind, index) {
  switch (kind) {
    case "cve": {
      const r = new Random(hash(seed, "cve", index));
      r.next();
      return cveSeverity(r.float());
    }
    case "cis":
      return CIS_RULES[index][3];
    case "sbp":
      return SBP_RULES[index][2];
    case "nr":
      return NR_RULES[index][3];
  }
}

// src/emulator/findings.ts
var SEVERITY_INDEX = new Map(SEVERITIES.map((s, i) => [s, i]));
function bucketize(values, buckets, size) {
  const counts2 = new Int32Array(buckets);
  for (let i = 0; i < size; i++) {
    const v = values[i];
    if (v >= 0) counts2[v]++;
  }
  const lists = Array.from(counts2, (c) => new Int32Array(c));
  const fill = new Int32Array(buckets);
  for (let i = 0; i < size; i++) {
    const v = values[i];
    if (v >= 0) lists[v][fill[v]++] = i;
  }
  return lists;
}
function countBelow(list, limit) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (list[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function sameAttribute(a, b) {
  return a.key === b.key && (a.value ?? void 0) === (b.value ?? void 0);
}
function containsAll(have, wanted) {
  return wanted.every((w) => have.some((h) => sameAttribute(h, w)));
}
var FindingSet = class {
  size;
  packages;
  assets;
  severity;
  pkg;
  agent;
  bySeverity;
  byPackage;
  byAgent;
  /** User attributes changed by Add/RemoveAttributesFromFindings, per index. */
  userOverrides = /* @__PURE__ */ new Map();
  /** updatedAt (ms) changed by Add/RemoveAttributesFromFindings, per index. */
  updatedAt = /* @__PURE__ */ new Map();
  constructor(size, packages, assets, severity, pkg, agent) {
    this.size = size;
    this.packages = packages;
    this.assets = assets;
    this.severity = severity;
    this.pkg = pkg;
    this.agent = agent;
    this.bySeverity = bucketize(severity, SEVERITIES.length, size);
    this.byPackage = bucketize(pkg, packages.length, size);
    this.byAgent = bucketize(agent, assets.length, size);
  }
  severityOf(i) {
    return SEVERITIES[this.severity[i]];
  }
  packageOf(i) {
    return this.packages[this.pkg[i]];
  }
  assetOf(i) {
    const a = this.agent[i];
    return a < 0 ? void 0 : this.assets[a];
  }
  /** Counts per severity among the first `visible` findings. */
  countsOf(visible) {
    const counts2 = {};
    SEVERITIES.forEach((s, k) => {
      counts2[s] = countBelow(this.bySeverity[k], visible);
    });
    return counts2;
  }
  userAttributesOf(i, ctx) {
    return this.userOverrides.get(i) ?? ctx.userAttributesForFindings;
  }
};
var PACKAGE_WEIGHT = { cve: 0.55, cis: 0.25, sbp: 0.1, nr: 0.1 };
var GeneratedFindings = class extends FindingSet {
  params;
  kinds;
  entry;
  /** Rule entries recently described (agents share most rules), bounded. */
  entries = /* @__PURE__ */ new Map();
  /** The assetAttributes of each agent, in the wire shape. */
  assetWire;
  constructor(params) {
    const agents = params.agents;
    const packages = params.packages;
    const count2 = agents.length === 0 || packages.length === 0 ? 0 : params.count;
    const severity = new Uint8Array(count2);
    const pkg = new Uint8Array(count2);
    const agent = new Int32Array(count2);
    const entry = new Uint32Array(count2);
    const r = new Random(params.key);
    const weights = packages.map((p) => PACKAGE_WEIGHT[p.kind]);
    const total = weights.reduce((a, b) => a + b, 0);
    const cveIndex = packages.findIndex((p) => p.kind === "cve");
    const counters = new Uint32Array(agents.length * packages.length);
    for (let i = 0; i < count2; i++) {
      const a = i % agents.length;
      let u = r.float() * total;
      let p = 0;
      while (p < packages.length - 1 && u >= weights[p]) u -= weights[p++];
      let kind = packages[p].kind;
      if (counters[a * packages.length + p] >= CATALOG_SIZE[kind] && cveIndex >= 0) {
        p = cveIndex;
        kind = "cve";
      }
      const c = counters[a * packages.length + p]++;
      const e = kind === "cve" ? c + a * 3 : (c + a * 5) % CATALOG_SIZE[kind];
      pkg[i] = p;
      agent[i] = a;
      entry[i] = e;
      severity[i] = SEVERITY_INDEX.get(ruleSeverity(params.catalogSeed, kind, e));
    }
    const assets = agents.map(
      (g) => ({
        agentId: g.agentId,
        hostname: g.hostname,
        amiId: g.amiId,
        ipv4Addresses: [g.ipv4Address],
        ...g.autoScalingGroup ? { autoScalingGroup: g.autoScalingGroup } : {}
      })
    );
    super(
      count2,
      packages.map((p) => p.arn),
      assets,
      severity,
      pkg,
      agent
    );
    this.params = params;
    this.kinds = packages.map((p) => p.kind);
    this.entry = entry;
    this.assetWire = assets.map((a) => ({ schemaVersion: 1, ...a }));
  }
  arnOf(i, runArn) {
    return `${runArn}/finding/${encodeFindingId(i, this.params.key)}`;
  }
  indexOf(findingArn, runArn) {
    const prefix2 = `${runArn}/finding/`;
    if (!findingArn.startsWith(prefix2)) return -1;
    const i = decodeFindingId(findingArn.slice(prefix2.length), this.params.key);
    return i >= 0 && i < this.size ? i : -1;
  }
  entryOf(i) {
    const key = this.pkg[i] * 4294967296 + this.entry[i];
    let e = this.entries.get(key);
    if (e === void 0) {
      if (this.entries.size >= 5e4) this.entries.clear();
      e = ruleEntry(this.params.catalogSeed, this.kinds[this.pkg[i]], this.entry[i]);
      this.entries.set(key, e);
    }
    return e;
  }
  ruleIdOf(i) {
    return this.entryOf(i).id;
  }
  hasAttributes(i, wanted, cache) {
    const asset = this.assetOf(i);
    const rest = [];
    for (const w of wanted) {
      if (w.key === "INSTANCE_ID") {
        if (w.value !== asset.agentId) return false;
      } else {
        rest.push(w);
      }
    }
    if (rest.length === 0) return true;
    const key = this.pkg[i] * 4294967296 + this.entry[i];
    let ok = cache.get(key);
    if (ok === void 0) {
      ok = containsAll(this.entryOf(i).attributes, rest);
      cache.set(key, ok);
    }
    return ok;
  }
  createdAtMs(i, ctx) {
    return ctx.createdBaseMs + Math.floor(i * ctx.spreadMs / Math.max(1, this.size));
  }
  describe(i, ctx) {
    const e = this.entryOf(i);
    const asset = this.assetOf(i);
    const createdAt = this.createdAtMs(i, ctx);
    const severity = this.severityOf(i);
    return {
      arn: this.arnOf(i, ctx.runArn),
      schemaVersion: 1,
      service: "Inspector",
      serviceAttributes: {
        schemaVersion: 1,
        assessmentRunArn: ctx.runArn,
        rulesPackageArn: this.packageOf(i)
      },
      assetType: "ec2-instance",
      assetAttributes: this.assetWire[this.agent[i]],
      id: e.id,
      title: e.title.replace("{instance}", asset.agentId),
      description: e.description,
      recommendation: e.recommendation,
      severity,
      numericSeverity: NUMERIC_SEVERITY[severity],
      confidence: 10,
      indicatorOfCompromise: false,
      attributes: [{ key: "INSTANCE_ID", value: asset.agentId }, ...e.attributes],
      userAttributes: this.userAttributesOf(i, ctx),
      createdAt: createdAt / 1e3,
      updatedAt: (this.updatedAt.get(i) ?? createdAt) / 1e3
    };
  }
};
var ExplicitFindings = class extends FindingSet {
  findings;
  byArn;
  constructor(findings) {
    const packages = [];
    const assets = [];
    const pkgIndex = /* @__PURE__ */ new Map();
    const agentIndex = /* @__PURE__ */ new Map();
    const size = findings.length;
    const severity = new Uint8Array(size);
    const pkg = new Uint8Array(size);
    const agent = new Int32Array(size);
    findings.forEach((f, i) => {
      severity[i] = SEVERITY_INDEX.get(f.severity) ?? 0;
      const p = f.rulesPackageArn ?? "";
      if (!pkgIndex.has(p)) {
        pkgIndex.set(p, packages.length);
        packages.push(p);
      }
      pkg[i] = pkgIndex.get(p);
      if (f.asset === void 0) {
        agent[i] = -1;
      } else {
        if (!agentIndex.has(f.asset.agentId)) {
          agentIndex.set(f.asset.agentId, assets.length);
          assets.push(f.asset);
        }
        agent[i] = agentIndex.get(f.asset.agentId);
      }
    });
    super(size, packages, assets, severity, pkg, agent);
    this.findings = findings;
    this.byArn = new Map(findings.map((f, i) => [f.arn, i]));
    findings.forEach((f, i) => {
      this.userOverrides.set(i, [...f.userAttributes]);
    });
  }
  arnOf(i) {
    return this.findings[i].arn;
  }
  indexOf(findingArn) {
    return this.byArn.get(findingArn) ?? -1;
  }
  ruleIdOf(i) {
    return this.findings[i].id;
  }
  hasAttributes(i, wanted) {
    return containsAll(this.findings[i].attributes, wanted);
  }
  createdAtMs(i) {
    return this.findings[i].createdAtMs;
  }
  describe(i, ctx) {
    const f = this.findings[i];
    return {
      ...f.rest,
      arn: f.arn,
      severity: f.severity,
      ...f.id !== void 0 ? { id: f.id } : {},
      ...f.asset !== void 0 ? { assetAttributes: { schemaVersion: 1, ...f.asset, ...assetRest(f.rest) } } : {},
      attributes: f.attributes,
      userAttributes: this.userAttributesOf(i, ctx),
      createdAt: f.createdAtMs / 1e3,
      updatedAt: (this.updatedAt.get(i) ?? f.updatedAtMs) / 1e3
    };
  }
};
function assetRest(rest) {
  const a = rest["assetAttributes"];
  return typeof a === "object" && a !== null ? a : {};
}
var CompiledFilter = class {
  candidates;
  set;
  filter;
  ctx;
  attributeCache = /* @__PURE__ */ new Map();
  severities;
  packages;
  agentIds;
  groups;
  ruleNames;
  constructor(set, filter, ctx) {
    this.set = set;
    this.filter = filter;
    this.ctx = ctx;
    const nonEmpty = (list) => list !== void 0 && list.length > 0 ? new Set(list) : void 0;
    this.severities = nonEmpty(filter.severities);
    this.packages = nonEmpty(filter.rulesPackageArns);
    this.agentIds = nonEmpty(filter.agentIds);
    this.groups = nonEmpty(filter.autoScalingGroups);
    this.ruleNames = nonEmpty(filter.ruleNames);
    const slices = [];
    if (this.severities) {
      slices.push(SEVERITIES.flatMap((s, k) => this.severities.has(s) ? [set.bySeverity[k]] : []));
    }
    if (this.packages) {
      slices.push(set.packages.flatMap((p, k) => this.packages.has(p) ? [set.byPackage[k]] : []));
    }
    if (this.agentIds || this.groups) {
      slices.push(
        set.assets.flatMap(
          (a, k) => (this.agentIds === void 0 || this.agentIds.has(a.agentId)) && (this.groups === void 0 || a.autoScalingGroup !== void 0 && this.groups.has(a.autoScalingGroup)) ? [set.byAgent[k]] : []
        )
      );
    }
    let best;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const lists of slices) {
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    if (best === void 0) {
      this.candidates = null;
    } else if (best.length === 1) {
      this.candidates = best[0];
    } else {
      const merged = new Int32Array(bestSize);
      let at = 0;
      for (const l of best) {
        merged.set(l, at);
        at += l.length;
      }
      this.candidates = merged.sort();
    }
  }
  test(i) {
    const set = this.set;
    const f = this.filter;
    if (this.severities && !this.severities.has(set.severityOf(i))) return false;
    if (this.packages && !this.packages.has(set.packageOf(i))) return false;
    if (this.agentIds || this.groups) {
      const asset = set.assetOf(i);
      if (asset === void 0) return false;
      if (this.agentIds && !this.agentIds.has(asset.agentId)) return false;
      if (this.groups && (asset.autoScalingGroup === void 0 || !this.groups.has(asset.autoScalingGroup))) {
        return false;
      }
    }
    if (this.ruleNames) {
      const id = set.ruleIdOf(i);
      if (id === void 0 || !this.ruleNames.has(id)) return false;
    }
    if (f.creationTimeRange) {
      const t = set.createdAtMs(i, this.ctx);
      const { beginDate, endDate } = f.creationTimeRange;
      if (beginDate !== void 0 && t < beginDate * 1e3) return false;
      if (endDate !== void 0 && t > endDate * 1e3) return false;
    }
    if (f.userAttributes && f.userAttributes.length > 0) {
      if (!containsAll(set.userAttributesOf(i, this.ctx), f.userAttributes)) return false;
    }
    if (f.attributes && f.attributes.length > 0) {
      if (!set.hasAttributes(i, f.attributes, this.attributeCache)) return false;
    }
    return true;
  }
  /**
   * Up to `limit` matching indices below `visible`, starting at position `cursor` of the candidate
   * slice; `next` is the position to continue from, undefined when the slice is exhausted.
   */
  page(cursor, limit, visible) {
    const cand = this.candidates;
    const end = cand === null ? visible : countBelow(cand, visible);
    const indices = [];
    let pos = cursor;
    while (pos < end && indices.length < limit) {
      const i = cand === null ? pos : cand[pos];
      if (this.test(i)) indices.push(i);
      pos++;
    }
    return pos < end ? { indices, next: pos } : { indices };
  }
};
function findingKey(catalogSeed, runArn) {
  return hash(catalogSeed, "findings", runArn);
}

// src/emulator/store.ts
var ACCOUNT_ID = "123456789012";
var LIMITS = {
  resourceGroups: 500,
  targets: 50,
  templates: 500,
  runs: 5e4,
  subscriptionsPerTemplate: 50
};
var Store = class {
  account = ACCOUNT_ID;
  region;
  seedText;
  /** The seed as a number: the catalogue and the fleet derive from it. */
  seed;
  clock;
  findingsPerRun;
  timeScale;
  defaultOutcome = "COMPLETED";
  agents;
  rulesPackages;
  resourceGroups = /* @__PURE__ */ new Map();
  targets = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  runs = /* @__PURE__ */ new Map();
  subscriptions = [];
  crossAccountRole;
  /** Exclusion previews by token. */
  previews = /* @__PURE__ */ new Map();
  /** Where a finding given explicitly (state file) lives: its ARN need not follow our ID scheme. */
  explicitFindings = /* @__PURE__ */ new Map();
  ids;
  usedIds = /* @__PURE__ */ new Set();
  constructor(options) {
    this.region = options.region;
    this.seedText = options.seed;
    this.seed = hash("seed", options.seed);
    this.clock = options.clock;
    this.findingsPerRun = options.findingsPerRun;
    this.timeScale = options.timeScale;
    this.ids = new Random(hash(this.seed, "ids"));
    this.agents = seedAgents(this.seed, this.region, options.agents, options.unhealthyAgents);
    this.rulesPackages = rulesPackages(this.region);
    this.crossAccountRole = {
      roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/inspector`,
      registeredAt: options.clock.now(),
      valid: true
    };
  }
  get prefix() {
    return arnPrefix(this.region, this.account);
  }
  /** A fresh "0-XXXXXXXX" id, deterministic from the seed. */
  newId() {
    for (; ; ) {
      const id = `0-${this.ids.chars(8, BASE62)}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }
  /** Marks ids taken by loaded entities, so new ones never collide. */
  reserveIdsOf(arn) {
    for (const m of arn.matchAll(/0-[0-9A-Za-z]{8}/g)) this.usedIds.add(m[0]);
  }
  /** The seeded resource group, target and template (and a subscription and tags on the template). */
  seedAccount() {
    const now = this.clock.now();
    const resourceGroupArn = `${this.prefix}resourcegroup/${this.newId()}`;
    this.resourceGroups.set(resourceGroupArn, {
      arn: resourceGroupArn,
      createdAt: now,
      tags: [{ key: "Inspector", value: "enabled" }]
    });
    const targetArn = `${this.prefix}target/${this.newId()}`;
    this.targets.set(targetArn, {
      arn: targetArn,
      name: "inspector-gate-target",
      resourceGroupArn,
      createdAt: now,
      updatedAt: now
    });
    const templateArn = `${targetArn}/template/${this.newId()}`;
    this.templates.set(templateArn, {
      arn: templateArn,
      name: "inspector-gate-template",
      targetArn,
      durationInSeconds: 900,
      rulesPackageArns: this.rulesPackages.map((p) => p.arn),
      userAttributesForFindings: [{ key: "Environment", value: "ci" }],
      createdAt: now,
      tags: [{ key: "Project", value: "inspector-gate" }]
    });
    this.subscriptions.push({
      resourceArn: templateArn,
      topicArn: `arn:aws:sns:${this.region}:${this.account}:inspector-gate-notifications`,
      events: [{ event: "ASSESSMENT_RUN_COMPLETED", subscribedAt: now }]
    });
    return { resourceGroupArn, targetArn, templateArn };
  }
  /** The agents a target covers: those its resource group selects, or every agent without a group. */
  agentsOf(target) {
    const group = target.resourceGroupArn ? this.resourceGroups.get(target.resourceGroupArn) : void 0;
    if (target.resourceGroupArn === void 0) return this.agents;
    if (group === void 0) return [];
    return this.agents.filter((a) => groupSelects(group.tags, a));
  }
  agentById(agentId) {
    return this.agents.find((a) => a.agentId === agentId);
  }
  /** Every run not yet ended, after bringing it up to `now`. */
  activeRuns(now) {
    const out = [];
    for (const run of this.runs.values()) {
      run.advance(now);
      if (!run.terminal) out.push(run);
    }
    return out;
  }
  runsOfTemplate(templateArn) {
    return [...this.runs.values()].filter((r) => r.templateArn === templateArn);
  }
  templatesOfTarget(targetArn) {
    return [...this.templates.values()].filter((t) => t.targetArn === targetArn);
  }
  /** Starts a run of `template` named `name` at `now`, with findings drawn for its healthy agents. */
  startRun(template, name, now, agents) {
    const arn = `${template.arn}/run/${this.newId()}`;
    const kinds = new Map(this.rulesPackages.map((p) => [p.arn, p.kind]));
    const packages = template.rulesPackageArns.flatMap((p) => {
      const kind = kinds.get(p);
      return kind ? [{ arn: p, kind }] : [];
    });
    const findings = new GeneratedFindings({
      catalogSeed: this.seed,
      key: findingKey(this.seed, arn),
      count: this.findingsPerRun,
      agents: agents.filter((a) => a.unhealthyCode === void 0),
      packages
    });
    const run = new Run({
      arn,
      name,
      templateArn: template.arn,
      durationInSeconds: template.durationInSeconds,
      rulesPackageArns: template.rulesPackageArns,
      userAttributesForFindings: template.userAttributesForFindings,
      createdAt: now,
      timeScale: this.timeScale,
      outcome: this.defaultOutcome,
      agentIds: agents.map((a) => a.agentId),
      findings
    });
    this.runs.set(arn, run);
    return run;
  }
  deleteRun(run) {
    this.runs.delete(run.arn);
    for (const [arn, owner] of this.explicitFindings)
      if (owner === run.arn) this.explicitFindings.delete(arn);
  }
  deleteTemplate(template) {
    for (const run of this.runsOfTemplate(template.arn)) this.deleteRun(run);
    this.templates.delete(template.arn);
    for (let i = this.subscriptions.length - 1; i >= 0; i--) {
      if (this.subscriptions[i].resourceArn === template.arn) this.subscriptions.splice(i, 1);
    }
  }
};

// src/emulator/validate.ts
var TARGET_ARN = {
  list: "INVALID_NUMBER_OF_ASSESSMENT_TARGET_ARNS",
  value: "INVALID_ASSESSMENT_TARGET_ARN"
};
var TEMPLATE_ARN = {
  list: "INVALID_NUMBER_OF_ASSESSMENT_TEMPLATE_ARNS",
  value: "INVALID_ASSESSMENT_TEMPLATE_ARN"
};
var RUN_ARN = { list: "INVALID_NUMBER_OF_ASSESSMENT_RUN_ARNS", value: "INVALID_ASSESSMENT_RUN_ARN" };
var RULES_PACKAGE_ARN = {
  list: "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
  value: "INVALID_RULES_PACKAGE_ARN"
};
var USER_ATTRIBUTES = { list: "INVALID_NUMBER_OF_USER_ATTRIBUTES", value: "INVALID_USER_ATTRIBUTE" };
var USER_ATTRIBUTE_KEY = { value: "INVALID_USER_ATTRIBUTE_KEY" };
var USER_ATTRIBUTE_VALUE = { value: "INVALID_USER_ATTRIBUTE_VALUE" };
var GENERIC = {
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
    value: "INVALID_RESOURCE_GROUP_TAG_KEY"
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
    value: "INVALID_AUTO_SCALING_GROUP"
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
  "filter.agentHealthCodes": { value: "INVALID_AGENT_ID" }
};
var BY_OPERATION = {
  // The attributes added to findings are user attributes.
  AddAttributesToFindings: {
    attributes: USER_ATTRIBUTES,
    "attributes.key": USER_ATTRIBUTE_KEY,
    "attributes.value": USER_ATTRIBUTE_VALUE
  },
  ListAssessmentRuns: {
    "filter.durationRange": { value: "INVALID_ASSESSMENT_RUN_DURATION_RANGE" }
  }
};
function errorCodeFor(operation, path, kind) {
  const names = path.filter((p) => typeof p === "string");
  const own = BY_OPERATION[operation];
  const isListItself = kind === "list" && typeof path[path.length - 1] === "string";
  for (let length = names.length; length > 0; length--) {
    const key = names.slice(0, length).join(".");
    const codes = (own && Object.hasOwn(own, key) ? own[key] : void 0) ?? GENERIC[key];
    if (codes === void 0) continue;
    if (isListItself && length === names.length && codes.list !== void 0) return codes.list;
    return codes.value;
  }
  return void 0;
}
function formatPath(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(request)" : out;
}
var Validator = class {
  constructor(operation) {
    this.operation = operation;
  }
  operation;
  fail(path, kind, message) {
    const code = errorCodeFor(this.operation, path, kind) ?? "INVALID_RESOURCE_ARN";
    return invalidInput(code, `1 validation error detected: ${message}`);
  }
  check(shapeName, value, path) {
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
  structure(shape, value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw serialization(`Expected an object at '${formatPath(path)}'`);
    }
    const record = value;
    for (const name of shape.required ?? []) {
      if (record[name] === void 0 || record[name] === null) {
        throw this.fail(
          [...path, name],
          "value",
          `Value null at '${formatPath([...path, name])}' failed to satisfy constraint: Member must not be null`
        );
      }
    }
    for (const [name, ref] of Object.entries(shape.members ?? {})) {
      const member = record[name];
      if (member === void 0 || member === null) continue;
      this.check(ref.shape, member, [...path, name]);
    }
  }
  list(shape, value, path) {
    if (!Array.isArray(value)) throw serialization(`Expected a list at '${formatPath(path)}'`);
    if (shape.min !== void 0 && value.length < shape.min) {
      throw this.fail(
        path,
        "list",
        `Value at '${formatPath(path)}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`
      );
    }
    if (shape.max !== void 0 && value.length > shape.max) {
      throw this.fail(
        path,
        "list",
        `Value at '${formatPath(path)}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`
      );
    }
    const member = shape.member?.shape;
    if (member === void 0) return;
    value.forEach((item, index) => {
      if (item === null || item === void 0) {
        throw this.fail(
          [...path, index],
          "value",
          `Value null at '${formatPath([...path, index])}' failed to satisfy constraint: Member must not be null`
        );
      }
      this.check(member, item, [...path, index]);
    });
  }
  map(shape, value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw serialization(`Expected a map at '${formatPath(path)}'`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (shape.key) this.check(shape.key.shape, key, [...path, key]);
      if (shape.value) this.check(shape.value.shape, item, [...path, key]);
    }
  }
  string(shape, value, path) {
    if (typeof value !== "string") throw serialization(`Expected a string at '${formatPath(path)}'`);
    const at = formatPath(path);
    if (shape.enum !== void 0 && !shape.enum.includes(value)) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(", ")}]`
      );
    }
    if (shape.min !== void 0 && value.length < shape.min) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`
      );
    }
    if (shape.max !== void 0 && value.length > shape.max) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`
      );
    }
    if (shape.pattern !== void 0 && !new RegExp(`^(?:${shape.pattern})$`).test(value)) {
      throw this.fail(
        path,
        "value",
        `Value '${clip(value)}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${shape.pattern}`
      );
    }
  }
  number(shape, value, path, integer) {
    if (typeof value !== "number" || !Number.isFinite(value) || integer && !Number.isInteger(value)) {
      throw serialization(`Expected ${integer ? "an integer" : "a number"} at '${formatPath(path)}'`);
    }
    const at = formatPath(path);
    if (shape.min !== void 0 && value < shape.min) {
      throw this.fail(
        path,
        "value",
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value greater than or equal to ${shape.min}`
      );
    }
    if (shape.max !== void 0 && value > shape.max) {
      throw this.fail(
        path,
        "value",
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value less than or equal to ${shape.max}`
      );
    }
  }
};
function clip(value) {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
}
function validateInput(operation, input) {
  const shape = operationOf(operation)?.input?.shape;
  if (shape === void 0) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw serialization("Expected an object as the request body");
    }
    return;
  }
  new Validator(operation).check(shape, input, []);
}
function checkMaxResults(value) {
  if (value === void 0 || value === null) return void 0;
  const n = value;
  if (n < 1 || n > 500) {
    throw invalidInput("INVALID_MAX_RESULTS", `maxResults must be between 1 and 500, got ${n}`);
  }
  return n;
}

// src/emulator/operations.ts
var sec = (ms) => ms / 1e3;
var PAGE_DEFAULT = 10;
var CODES = {
  target: {
    invalid: "INVALID_ASSESSMENT_TARGET_ARN",
    missing: "ASSESSMENT_TARGET_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TARGET",
    label: "assessment target"
  },
  template: {
    invalid: "INVALID_ASSESSMENT_TEMPLATE_ARN",
    missing: "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE",
    label: "assessment template"
  },
  run: {
    invalid: "INVALID_ASSESSMENT_RUN_ARN",
    missing: "ASSESSMENT_RUN_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_RUN",
    label: "assessment run"
  },
  finding: {
    invalid: "INVALID_FINDING_ARN",
    missing: "FINDING_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_FINDING",
    label: "finding"
  },
  resourcegroup: {
    invalid: "INVALID_RESOURCE_GROUP_ARN",
    missing: "RESOURCE_GROUP_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RESOURCE_GROUP",
    label: "resource group"
  },
  rulespackage: {
    invalid: "INVALID_RULES_PACKAGE_ARN",
    missing: "RULES_PACKAGE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RULES_PACKAGE",
    label: "rules package"
  }
};
function classify(store, kind, arn, exists) {
  const parsed = parseArn(arn);
  if (parsed === void 0 || parsed.kind !== kind) return "invalid";
  if (kind !== "rulespackage" && parsed.account !== store.account) return "denied";
  return exists(arn) ? "ok" : "missing";
}
function find(store, kind, arn, map) {
  const codes = CODES[kind];
  switch (classify(store, kind, arn, (a) => map.has(a))) {
    case "invalid":
      throw invalidInput(codes.invalid, `'${arn}' is not a valid ${codes.label} ARN.`);
    case "denied":
      throw accessDenied(codes.denied, `You do not have access to the ${codes.label} '${arn}'.`);
    case "missing":
      throw noSuchEntity(codes.missing, `The ${codes.label} '${arn}' does not exist.`);
    case "ok":
      return map.get(arn);
  }
}
function runOf(em, arn, now) {
  const run = find(em.store, "run", arn, em.store.runs);
  run.advance(now);
  return run;
}
function describeBatch(store, kind, arns, map) {
  const found = [];
  const failedItems = {};
  for (const arn of new Set(arns)) {
    const result = classify(store, kind, arn, (a) => map.has(a));
    if (result === "ok") found.push(map.get(arn));
    else failedItems[arn] = { failureCode: FAILURE_CODE[result], retryable: false };
  }
  return { found, failedItems };
}
var FAILURE_CODE = {
  invalid: "INVALID_ARN",
  denied: "ACCESS_DENIED",
  missing: "ITEM_DOES_NOT_EXIST"
};
function paginate(em, operation, resultKey, input, scope, items) {
  const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
  const limit = Math.min(max, pageLimitOf(operation, resultKey));
  const [start = 0] = input["nextToken"] ? em.tokens.read(operation, scope, input["nextToken"]) : [0];
  const page = items.slice(start, start + limit);
  return start + limit < items.length ? { page, nextToken: em.tokens.issue(operation, scope, [start + limit]) } : { page };
}
function namePattern(pattern) {
  const body = [...pattern].map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")).join("");
  return new RegExp(`^${body}$`, "s");
}
function checkRange(range, code, label) {
  if (range === void 0) return void 0;
  if (range.beginDate !== void 0 && range.endDate !== void 0 && range.beginDate > range.endDate) {
    throw invalidInput(code, `${label}: beginDate must not be after endDate.`);
  }
  return range;
}
function inRange(ms, range) {
  if (range === void 0) return true;
  if (ms === void 0) return false;
  if (range.beginDate !== void 0 && ms < range.beginDate * 1e3) return false;
  if (range.endDate !== void 0 && ms > range.endDate * 1e3) return false;
  return true;
}
function checkDurationRange(range, code) {
  if (range?.minSeconds !== void 0 && range.maxSeconds !== void 0 && range.minSeconds > range.maxSeconds) {
    throw invalidInput(code, "durationRange: minSeconds must not exceed maxSeconds.");
  }
  return range;
}
function inDuration(seconds2, range) {
  if (range === void 0) return true;
  if (range.minSeconds !== void 0 && seconds2 < range.minSeconds) return false;
  if (range.maxSeconds !== void 0 && seconds2 > range.maxSeconds) return false;
  return true;
}
function targetWire(t) {
  return {
    arn: t.arn,
    name: t.name,
    ...t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {},
    createdAt: sec(t.createdAt),
    updatedAt: sec(t.updatedAt)
  };
}
function templateWire(store, t) {
  const runs = store.runsOfTemplate(t.arn);
  const last = runs[runs.length - 1];
  return {
    arn: t.arn,
    name: t.name,
    assessmentTargetArn: t.targetArn,
    durationInSeconds: t.durationInSeconds,
    rulesPackageArns: t.rulesPackageArns,
    userAttributesForFindings: t.userAttributesForFindings,
    assessmentRunCount: runs.length,
    ...last ? { lastAssessmentRunArn: last.arn } : {},
    createdAt: sec(t.createdAt)
  };
}
function notificationsOf(em, run) {
  const store = em.store;
  const out = [];
  const ended = run.completedAt;
  for (const sub of store.subscriptions) {
    if (sub.resourceArn !== run.templateArn) continue;
    const sns = { snsTopicArn: sub.topicArn, snsPublishStatusCode: "SUCCESS" };
    for (const { event } of sub.events) {
      if (event === "ASSESSMENT_RUN_STARTED") {
        out.push({
          date: run.createdAt,
          event,
          error: false,
          message: `Assessment run '${run.name}' started.`,
          ...sns
        });
      } else if (event === "ASSESSMENT_RUN_STATE_CHANGED") {
        for (const c of run.changes.slice(1)) {
          out.push({
            date: c.at,
            event,
            error: false,
            message: `Assessment run state changed to ${c.state}.`,
            ...sns
          });
        }
      } else if (event === "ASSESSMENT_RUN_COMPLETED" && ended !== void 0) {
        out.push({
          date: ended,
          event,
          error: run.state !== "COMPLETED",
          message: `Assessment run '${run.name}' ended in state ${run.state}.`,
          ...sns
        });
      } else if (event === "FINDING_REPORTED" && ended !== void 0 && run.visibleFindings() > 0) {
        out.push({
          date: ended,
          event,
          error: false,
          message: `${run.visibleFindings()} findings reported.`,
          ...sns
        });
      }
    }
  }
  const started = run.startedAt;
  if (started !== void 0) {
    for (const id of run.agentIds) {
      const code = store.agentById(id)?.unhealthyCode;
      if (code !== void 0) {
        out.push({
          date: started,
          event: "OTHER",
          error: true,
          message: `Agent ${id} is ${code}: ${UNHEALTHY_DETAILS[code]}`
        });
      }
    }
  }
  if (ended !== void 0) {
    const message = run.state === "FAILED" ? run.agentIds.length === 0 ? "The assessment run failed: the assessment target has no agents." : "The assessment run failed while collecting data." : run.state === "ERROR" ? "The assessment run failed while evaluating rules." : run.state === "COMPLETED_WITH_ERRORS" ? "The assessment run completed, but some rules could not be evaluated on some agents." : void 0;
    if (message !== void 0) out.push({ date: ended, event: "OTHER", error: true, message });
  }
  out.sort((a, b) => a.date - b.date);
  return out.slice(0, 50);
}
function runWire(em, run) {
  const counts2 = run.findingCounts();
  const skew = em.faults().findingCountsSkew;
  if (skew !== 0) counts2.High = Math.max(0, counts2.High + skew);
  const started = run.startedAt;
  const completed = run.completedAt;
  return {
    arn: run.arn,
    name: run.name,
    assessmentTemplateArn: run.templateArn,
    state: run.state,
    durationInSeconds: run.durationInSeconds,
    rulesPackageArns: run.rulesPackageArns,
    userAttributesForFindings: run.userAttributesForFindings,
    createdAt: sec(run.createdAt),
    ...started !== void 0 ? { startedAt: sec(started) } : {},
    ...completed !== void 0 ? { completedAt: sec(completed) } : {},
    stateChangedAt: sec(run.stateChangedAt),
    dataCollected: run.dataCollected,
    stateChanges: run.changes.slice(-50).map((c) => ({ state: c.state, stateChangedAt: sec(c.at) })),
    notifications: notificationsOf(em, run).map((n) => ({ ...n, date: sec(n.date) })),
    findingCounts: counts2
  };
}
var TELEMETRY_TYPES = [
  ["InspectorDuplicateProcess", 2, 345],
  ["InspectorTimeEventMsg", 3, 255],
  ["InspectorNetworkInterface", 4, 1082],
  ["InspectorDnsEntry", 2, 349],
  ["InspectorDirectoryInfoMsg", 11, 2514],
  ["InspectorTcpV4ListeningPort", 1, 184],
  ["InspectorTerminal", 101, 10949],
  ["InspectorUser", 26, 5916],
  ["InspectorDynamicallyLoadedCodeModule", 282, 32148],
  ["InspectorCreateProcess", 18, 10172],
  ["InspectorProcessPerformance", 3, 8001],
  ["InspectorOperatingSystem", 1, 360],
  ["InspectorInstanceMetaData", 1, 1553],
  ["InspectorPackageInfo", 474, 2960322],
  ["InspectorKernelModule", 18, 8362],
  ["InspectorConfigurationInfo", 29, 48788]
];
function telemetryOf(run, agent, now) {
  const started = run.startedAt;
  if (agent === void 0 || agent.unhealthyCode !== void 0 || started === void 0) return [];
  const collectMs = run.durationInSeconds * 1e3 / run.timeScale;
  const stopped = run.changes.find(
    (c) => RUN_STATES.indexOf(c.state) > RUN_STATES.indexOf("COLLECTING_DATA")
  )?.at;
  const share = Math.min(1, Math.max(0.05, ((stopped ?? now) - started) / collectMs));
  return TELEMETRY_TYPES.map(([messageType, count2, size]) => {
    const factor = 0.75 + hash(agent.agentId, messageType) % 50 / 100;
    const n = Math.max(1, Math.round(count2 * factor * share));
    return { messageType, count: n, dataSize: Math.round(size / count2 * n) };
  });
}
function agentHealth(run, agent) {
  if (agent === void 0) {
    return {
      agentHealth: "UNKNOWN",
      agentHealthCode: "UNKNOWN",
      agentHealthDetails: UNHEALTHY_DETAILS["UNKNOWN"]
    };
  }
  if (agent.unhealthyCode !== void 0) {
    return {
      agentHealth: agent.unhealthyCode === "UNKNOWN" ? "UNKNOWN" : "UNHEALTHY",
      agentHealthCode: agent.unhealthyCode,
      agentHealthDetails: UNHEALTHY_DETAILS[agent.unhealthyCode]
    };
  }
  const index = RUN_STATES.indexOf(run.state);
  const collecting = index >= RUN_STATES.indexOf("START_DATA_COLLECTION_IN_PROGRESS") && index <= RUN_STATES.indexOf("STOP_DATA_COLLECTION_PENDING");
  return { agentHealth: "HEALTHY", agentHealthCode: collecting ? "RUNNING" : "IDLE" };
}
function findingFailure(em, arn, now) {
  const store = em.store;
  let runArn = store.explicitFindings.get(arn);
  if (runArn === void 0) {
    const parsed = parseArn(arn);
    if (parsed === void 0 || parsed.kind !== "finding")
      return { failureCode: "INVALID_ARN", retryable: false };
    if (parsed.account !== store.account) return { failureCode: "ACCESS_DENIED", retryable: false };
    runArn = parsed.parent;
  }
  const run = store.runs.get(runArn);
  if (run !== void 0) {
    run.advance(now);
    const index = run.findings.indexOf(arn, run.arn);
    if (index >= 0 && index < run.visibleFindings()) return { run, index };
  }
  return { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
}
function compiledFilter(em, run, filter) {
  const key = `${run.arn}\0${run.state}\0${JSON.stringify(filter)}`;
  let compiled2 = em.filterCache.get(key);
  if (compiled2 === void 0) {
    compiled2 = new CompiledFilter(run.findings, filter, run.findingContext());
    if (em.filterCache.size >= 64) em.filterCache.delete(em.filterCache.keys().next().value);
    em.filterCache.set(key, compiled2);
  }
  return compiled2;
}
function editUserAttributes(em, input, now, edit) {
  const failedItems = {};
  for (const arn of new Set(input["findingArns"])) {
    const found = findingFailure(em, arn, now);
    if ("failureCode" in found) {
      failedItems[arn] = found;
      continue;
    }
    const { run, index } = found;
    const current = [...run.findings.userAttributesOf(index, run.findingContext())];
    const next = edit(current);
    if (next === "LIMIT_EXCEEDED") {
      failedItems[arn] = { failureCode: "LIMIT_EXCEEDED", retryable: false };
      continue;
    }
    run.findings.userOverrides.set(index, next);
    run.findings.updatedAt.set(index, now);
  }
  return { failedItems };
}
function uniqueTargetName(store, name, except) {
  for (const t of store.targets.values()) {
    if (t.name === name && t.arn !== except) {
      throw invalidInput(
        "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
        `An assessment target named '${name}' already exists.`
      );
    }
  }
}
function checkRulesPackages(store, arns) {
  const known = new Map(store.rulesPackages.map((p) => [p.arn, p]));
  for (const arn of arns) find(store, "rulespackage", arn, known);
}
function busyAgents(store, agents, now) {
  const busy = [];
  const ids = new Set(agents.map((a) => a.agentId));
  for (const run of store.activeRuns(now)) {
    for (const id of run.agentIds) if (ids.has(id)) busy.push({ agentId: id, assessmentRunArn: run.arn });
  }
  return busy;
}
function runsInProgress(store, templates, now) {
  const arns = new Set(templates.map((t) => t.arn));
  return store.activeRuns(now).filter((r) => arns.has(r.templateArn)).map((r) => r.arn);
}
function templateForResource(store, arn) {
  const parsed = parseArn(arn);
  if (parsed === void 0 || parsed.kind !== "template") {
    throw invalidInput("INVALID_RESOURCE_ARN", `'${arn}' is not an assessment template ARN.`);
  }
  return find(store, "template", arn, store.templates);
}
function exclusionArnsOf(em, run) {
  const key = hash(em.store.seed, "exclusions", run.arn);
  return run.agentIds.filter((id) => em.store.agentById(id)?.unhealthyCode !== void 0).map((agentId, i) => ({ arn: `${run.arn}/exclusion/${encodeFindingId(i, key)}`, agentId }));
}
function exclusionFor(em, agentId, arn) {
  const agent = em.store.agentById(agentId);
  return {
    ...arn ? { arn } : {},
    title: `Agent on instance ${agentId} is not healthy`,
    description: `Amazon Inspector could not assess instance ${agentId}: ${agent?.unhealthyCode ? UNHEALTHY_DETAILS[agent.unhealthyCode] : "the agent is not reporting."}`,
    recommendation: "Check that the Amazon Inspector agent is installed and running, then start a new assessment run.",
    scopes: [{ key: "INSTANCE_ID", value: agentId }],
    attributes: []
  };
}
var SNS_TOPIC = /^arn:aws:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$/;
var IAM_ROLE = /^arn:aws:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/;
var HANDLERS = {
  CreateResourceGroup(input, em, now) {
    const store = em.store;
    if (store.resourceGroups.size >= LIMITS.resourceGroups) {
      throw limitExceeded(
        "RESOURCE_GROUP_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.resourceGroups} resource groups.`
      );
    }
    const arn = `${store.prefix}resourcegroup/${store.newId()}`;
    store.resourceGroups.set(arn, { arn, createdAt: now, tags: input["resourceGroupTags"] });
    return { resourceGroupArn: arn };
  },
  DescribeResourceGroups(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "resourcegroup",
      input["resourceGroupArns"],
      em.store.resourceGroups
    );
    return {
      resourceGroups: found.map((g) => ({ arn: g.arn, tags: g.tags, createdAt: sec(g.createdAt) })),
      failedItems
    };
  },
  CreateAssessmentTarget(input, em, now) {
    const store = em.store;
    const name = input["assessmentTargetName"];
    const groupArn = input["resourceGroupArn"];
    if (groupArn !== void 0) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, name);
    if (store.targets.size >= LIMITS.targets) {
      throw limitExceeded(
        "ASSESSMENT_TARGET_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.targets} assessment targets.`
      );
    }
    const arn = `${store.prefix}target/${store.newId()}`;
    store.targets.set(arn, {
      arn,
      name,
      ...groupArn !== void 0 ? { resourceGroupArn: groupArn } : {},
      createdAt: now,
      updatedAt: now
    });
    return { assessmentTargetArn: arn };
  },
  UpdateAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const groupArn = input["resourceGroupArn"];
    if (groupArn !== void 0) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, input["assessmentTargetName"], target.arn);
    target.name = input["assessmentTargetName"];
    if (groupArn !== void 0) target.resourceGroupArn = groupArn;
    target.updatedAt = now;
    return void 0;
  },
  DeleteAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const templates = store.templatesOfTarget(target.arn);
    const running = runsInProgress(store, templates, now);
    if (running.length > 0) {
      throw runInProgress("The assessment target has assessment runs in progress.", running);
    }
    for (const t of templates) store.deleteTemplate(t);
    store.targets.delete(target.arn);
    return void 0;
  },
  DescribeAssessmentTargets(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "target",
      input["assessmentTargetArns"],
      em.store.targets
    );
    return { assessmentTargets: found.map(targetWire), failedItems };
  },
  ListAssessmentTargets(input, em) {
    const pattern = input["filter"]?.["assessmentTargetNamePattern"];
    const re = pattern !== void 0 ? namePattern(pattern) : void 0;
    const arns = [...em.store.targets.values()].filter((t) => re === void 0 || re.test(t.name)).map((t) => t.arn);
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTargets",
      "assessmentTargetArns",
      input,
      input["filter"],
      arns
    );
    return { assessmentTargetArns: page, ...nextToken ? { nextToken } : {} };
  },
  PreviewAgents(input, em) {
    const store = em.store;
    const target = find(store, "target", input["previewAgentsArn"], store.targets);
    const previews = store.agentsOf(target).map((a) => ({
      agentId: a.agentId,
      hostname: a.hostname,
      ipv4Address: a.ipv4Address,
      agentHealth: a.unhealthyCode === void 0 ? "HEALTHY" : a.unhealthyCode === "UNKNOWN" ? "UNKNOWN" : "UNHEALTHY",
      agentVersion: a.agentVersion,
      operatingSystem: a.operatingSystem,
      kernelVersion: a.kernelVersion,
      ...a.autoScalingGroup ? { autoScalingGroup: a.autoScalingGroup } : {}
    }));
    const { page, nextToken } = paginate(em, "PreviewAgents", "agentPreviews", input, target.arn, previews);
    return { agentPreviews: page, ...nextToken ? { nextToken } : {} };
  },
  CreateAssessmentTemplate(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const name = input["assessmentTemplateName"];
    if (store.templatesOfTarget(target.arn).some((t) => t.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment target already has an assessment template named '${name}'.`
      );
    }
    const packages = input["rulesPackageArns"];
    checkRulesPackages(store, packages);
    if (store.templates.size >= LIMITS.templates) {
      throw limitExceeded(
        "ASSESSMENT_TEMPLATE_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.templates} assessment templates.`
      );
    }
    const arn = `${target.arn}/template/${store.newId()}`;
    store.templates.set(arn, {
      arn,
      name,
      targetArn: target.arn,
      durationInSeconds: input["durationInSeconds"],
      rulesPackageArns: [...new Set(packages)],
      userAttributesForFindings: input["userAttributesForFindings"] ?? [],
      createdAt: now,
      tags: []
    });
    return { assessmentTemplateArn: arn };
  },
  DeleteAssessmentTemplate(input, em, now) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    const running = runsInProgress(store, [template], now);
    if (running.length > 0) {
      throw runInProgress("The assessment template has assessment runs in progress.", running);
    }
    store.deleteTemplate(template);
    return void 0;
  },
  DescribeAssessmentTemplates(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "template",
      input["assessmentTemplateArns"],
      em.store.templates
    );
    return { assessmentTemplates: found.map((t) => templateWire(em.store, t)), failedItems };
  },
  ListAssessmentTemplates(input, em) {
    const store = em.store;
    const targets = input["assessmentTargetArns"];
    const wanted = targets?.length ? new Set(targets.map((arn) => find(store, "target", arn, store.targets).arn)) : void 0;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== void 0 ? namePattern(filter.namePattern) : void 0;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE");
    const packages = filter.rulesPackageArns ?? [];
    const arns = [...store.templates.values()].filter(
      (t) => (wanted === void 0 || wanted.has(t.targetArn)) && (re === void 0 || re.test(t.name)) && inDuration(t.durationInSeconds, duration) && packages.every((p) => t.rulesPackageArns.includes(p))
    ).map((t) => t.arn);
    const scope = { targets: targets ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTemplates",
      "assessmentTemplateArns",
      input,
      scope,
      arns
    );
    return { assessmentTemplateArns: page, ...nextToken ? { nextToken } : {} };
  },
  ListTagsForResource(input, em) {
    return { tags: templateForResource(em.store, input["resourceArn"]).tags };
  },
  SetTagsForResource(input, em) {
    templateForResource(em.store, input["resourceArn"]).tags = input["tags"] ?? [];
    return void 0;
  },
  SubscribeToEvent(input, em, now) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const topicArn = input["topicArn"];
    if (!SNS_TOPIC.test(topicArn))
      throw invalidInput("INVALID_SNS_TOPIC_ARN", `'${topicArn}' is not an SNS topic ARN.`);
    let sub = store.subscriptions.find((s) => s.resourceArn === template.arn && s.topicArn === topicArn);
    const total = store.subscriptions.filter((s) => s.resourceArn === template.arn).reduce((n, s) => n + s.events.length, 0);
    if (sub?.events.some((e) => e.event === input["event"])) return void 0;
    if (total >= LIMITS.subscriptionsPerTemplate) {
      throw limitExceeded(
        "EVENT_SUBSCRIPTION_LIMIT_EXCEEDED",
        "Too many event subscriptions for this template."
      );
    }
    if (sub === void 0) {
      sub = { resourceArn: template.arn, topicArn, events: [] };
      store.subscriptions.push(sub);
    }
    sub.events.push({ event: input["event"], subscribedAt: now });
    return void 0;
  },
  UnsubscribeFromEvent(input, em) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const sub = store.subscriptions.find(
      (s) => s.resourceArn === template.arn && s.topicArn === input["topicArn"]
    );
    const at = sub?.events.findIndex((e) => e.event === input["event"]) ?? -1;
    if (sub === void 0 || at < 0) {
      throw noSuchEntity(
        "SNS_TOPIC_DOES_NOT_EXIST",
        "No such event subscription for this template and topic."
      );
    }
    sub.events.splice(at, 1);
    if (sub.events.length === 0) store.subscriptions.splice(store.subscriptions.indexOf(sub), 1);
    return void 0;
  },
  ListEventSubscriptions(input, em) {
    const store = em.store;
    const resourceArn = input["resourceArn"];
    if (resourceArn !== void 0) templateForResource(store, resourceArn);
    const subs = store.subscriptions.filter((s) => resourceArn === void 0 || s.resourceArn === resourceArn).map((s) => ({
      resourceArn: s.resourceArn,
      topicArn: s.topicArn,
      eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec(e.subscribedAt) }))
    }));
    const { page, nextToken } = paginate(
      em,
      "ListEventSubscriptions",
      "subscriptions",
      input,
      resourceArn ?? null,
      subs
    );
    return { subscriptions: page, ...nextToken ? { nextToken } : {} };
  },
  ListRulesPackages(input, em) {
    const arns = em.store.rulesPackages.map((p) => p.arn);
    const { page, nextToken } = paginate(em, "ListRulesPackages", "rulesPackageArns", input, null, arns);
    return { rulesPackageArns: page, ...nextToken ? { nextToken } : {} };
  },
  DescribeRulesPackages(input, em) {
    const known = new Map(em.store.rulesPackages.map((p) => [p.arn, p]));
    const { found, failedItems } = describeBatch(em.store, "rulespackage", input["rulesPackageArns"], known);
    return {
      rulesPackages: found.map((p) => ({
        arn: p.arn,
        name: p.name,
        version: p.version,
        provider: p.provider,
        description: p.description
      })),
      failedItems
    };
  },
  DescribeCrossAccountAccessRole(_input, em) {
    const role = em.store.crossAccountRole;
    return { roleArn: role.roleArn, valid: role.valid, registeredAt: sec(role.registeredAt) };
  },
  RegisterCrossAccountAccessRole(input, em, now) {
    const roleArn = input["roleArn"];
    if (!IAM_ROLE.test(roleArn))
      throw invalidInput("INVALID_IAM_ROLE_ARN", `'${roleArn}' is not an IAM role ARN.`);
    em.store.crossAccountRole = { roleArn, registeredAt: now, valid: true };
    return void 0;
  },
  StartAssessmentRun(input, em, now) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    if (template.rulesPackageArns.length === 0) {
      throw invalidInput(
        "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
        "The assessment template has no rules packages; an assessment run needs at least one."
      );
    }
    const runs = store.runsOfTemplate(template.arn);
    let name = input["assessmentRunName"];
    if (name !== void 0 && runs.some((r) => r.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment template already has an assessment run named '${name}'.`
      );
    }
    if (name === void 0) {
      for (let n = runs.length + 1; ; n++) {
        const candidate = `Run ${n} for ${template.name}`.slice(0, 140);
        if (!runs.some((r) => r.name === candidate)) {
          name = candidate;
          break;
        }
      }
    }
    const target = store.targets.get(template.targetArn);
    const agents = target ? store.agentsOf(target) : [];
    const busy = busyAgents(store, agents, now);
    if (busy.length > 0) {
      throw agentsAlreadyRunning(
        `${busy.length} agent(s) of the assessment target are already participating in an assessment run.`,
        busy
      );
    }
    if (store.runs.size >= LIMITS.runs) {
      throw limitExceeded(
        "ASSESSMENT_RUN_LIMIT_EXCEEDED",
        `You can keep up to ${LIMITS.runs} assessment runs.`
      );
    }
    const run = store.startRun(template, name, now, agents);
    return { assessmentRunArn: run.arn };
  },
  StopAssessmentRun(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    run.stop(input["stopAction"] ?? "START_EVALUATION", now);
    return void 0;
  },
  DeleteAssessmentRun(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("The assessment run is in progress; stop it or wait until it ends.", [run.arn]);
    }
    em.store.deleteRun(run);
    return void 0;
  },
  DescribeAssessmentRuns(input, em, now) {
    const { found, failedItems } = describeBatch(em.store, "run", input["assessmentRunArns"], em.store.runs);
    return {
      assessmentRuns: found.map((run) => {
        run.advance(now);
        return runWire(em, run);
      }),
      failedItems
    };
  },
  ListAssessmentRuns(input, em, now) {
    const store = em.store;
    const templates = input["assessmentTemplateArns"];
    const wanted = templates?.length ? new Set(templates.map((arn) => find(store, "template", arn, store.templates).arn)) : void 0;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== void 0 ? namePattern(filter.namePattern) : void 0;
    const states = filter.states?.length ? new Set(filter.states) : void 0;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_RUN_DURATION_RANGE");
    const start = checkRange(
      filter.startTimeRange,
      "INVALID_ASSESSMENT_RUN_START_TIME_RANGE",
      "startTimeRange"
    );
    const completion = checkRange(
      filter.completionTimeRange,
      "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE",
      "completionTimeRange"
    );
    const changed = checkRange(
      filter.stateChangeTimeRange,
      "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE",
      "stateChangeTimeRange"
    );
    const packages = filter.rulesPackageArns ?? [];
    const arns = [];
    for (const run of store.runs.values()) {
      if (wanted !== void 0 && !wanted.has(run.templateArn)) continue;
      run.advance(now);
      if (re !== void 0 && !re.test(run.name)) continue;
      if (states !== void 0 && !states.has(run.state)) continue;
      if (!inDuration(run.durationInSeconds, duration)) continue;
      if (!inRange(run.startedAt, start)) continue;
      if (!inRange(run.completedAt, completion)) continue;
      if (!inRange(run.stateChangedAt, changed)) continue;
      if (!packages.every((p) => run.rulesPackageArns.includes(p))) continue;
      arns.push(run.arn);
    }
    const scope = { templates: templates ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(em, "ListAssessmentRuns", "assessmentRunArns", input, scope, arns);
    return { assessmentRunArns: page, ...nextToken ? { nextToken } : {} };
  },
  ListAssessmentRunAgents(input, em, now) {
    const store = em.store;
    const run = runOf(em, input["assessmentRunArn"], now);
    const healths = input["filter"]?.agentHealths?.length ? new Set(input["filter"].agentHealths) : void 0;
    const codes = input["filter"]?.agentHealthCodes?.length ? new Set(input["filter"].agentHealthCodes) : void 0;
    const agents = run.agentIds.map((id) => {
      const agent = store.agentById(id);
      return {
        agentId: id,
        assessmentRunArn: run.arn,
        ...agentHealth(run, agent),
        ...agent?.autoScalingGroup ? { autoScalingGroup: agent.autoScalingGroup } : {},
        telemetryMetadata: telemetryOf(run, agent, now)
      };
    }).filter(
      (a) => (healths === void 0 || healths.has(a.agentHealth)) && (codes === void 0 || codes.has(a.agentHealthCode))
    );
    const scope = { run: run.arn, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentRunAgents",
      "assessmentRunAgents",
      input,
      scope,
      agents
    );
    return { assessmentRunAgents: page, ...nextToken ? { nextToken } : {} };
  },
  GetTelemetryMetadata(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    const totals = /* @__PURE__ */ new Map();
    for (const id of run.agentIds) {
      for (const t of telemetryOf(run, em.store.agentById(id), now)) {
        const sum = totals.get(t.messageType) ?? { count: 0, dataSize: 0 };
        sum.count += t.count;
        sum.dataSize += t.dataSize;
        totals.set(t.messageType, sum);
      }
    }
    const list = [...totals].map(([messageType, t]) => ({ messageType, ...t }));
    if (list.length > 0) {
      list.push({
        messageType: "Total",
        count: list.reduce((n, t) => n + t.count, 0),
        dataSize: list.reduce((n, t) => n + t.dataSize, 0)
      });
    }
    return { telemetryMetadata: list };
  },
  ListFindings(input, em, now) {
    const store = em.store;
    const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
    const limit = Math.min(max, pageLimitOf("ListFindings", "findingArns"));
    const runArns = input["assessmentRunArns"];
    const runs = runArns?.length ? [...new Set(runArns)].map((arn) => find(store, "run", arn, store.runs)) : [...store.runs.values()];
    const filter = input["filter"] ?? {};
    checkRange(filter.creationTimeRange, "INVALID_ASSESSMENT_RUN_START_TIME_RANGE", "creationTimeRange");
    const scope = { runs: runArns ?? null, filter: input["filter"] ?? null };
    let [runPos = 0, cursor = 0] = input["nextToken"] ? em.tokens.read("ListFindings", scope, input["nextToken"]) : [];
    const findingArns = [];
    while (runPos < runs.length && findingArns.length < limit) {
      const run = runs[runPos];
      run.advance(now);
      const { indices, next } = compiledFilter(em, run, filter).page(
        cursor,
        limit - findingArns.length,
        run.visibleFindings()
      );
      for (const i of indices) findingArns.push(run.findings.arnOf(i, run.arn));
      if (next === void 0) {
        runPos++;
        cursor = 0;
      } else {
        cursor = next;
      }
    }
    const more = runPos < runs.length;
    return {
      findingArns,
      ...more ? { nextToken: em.tokens.issue("ListFindings", scope, [runPos, cursor]) } : {}
    };
  },
  DescribeFindings(input, em, now) {
    const faults = em.faults().failedItems;
    const findings = [];
    const failedItems = {};
    const contexts = /* @__PURE__ */ new Map();
    for (const arn of new Set(input["findingArns"])) {
      const found = findingFailure(em, arn, now);
      if ("failureCode" in found) {
        failedItems[arn] = found;
        continue;
      }
      if (faults !== null && faults.rate > 0 && unit(em.store.seed, "failed-item", arn) < faults.rate) {
        if (faults.mode === "permanent") {
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: false };
          continue;
        }
        if (!em.failedOnce.has(arn)) {
          em.failedOnce.add(arn);
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: true };
          continue;
        }
      }
      let ctx = contexts.get(found.run);
      if (ctx === void 0) {
        ctx = found.run.findingContext();
        contexts.set(found.run, ctx);
      }
      findings.push(found.run.findings.describe(found.index, ctx));
    }
    return { findings, failedItems };
  },
  AddAttributesToFindings(input, em, now) {
    const adding = input["attributes"];
    return editUserAttributes(em, input, now, (current) => {
      const next = current.filter((c) => !adding.some((a) => a.key === c.key));
      next.push(...adding);
      return next.length > 10 ? "LIMIT_EXCEEDED" : next;
    });
  },
  RemoveAttributesFromFindings(input, em, now) {
    const keys = new Set(input["attributeKeys"]);
    return editUserAttributes(em, input, now, (current) => current.filter((c) => !keys.has(c.key)));
  },
  GetAssessmentReport(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("A report can be generated only once the assessment run has ended.", [run.arn]);
    }
    if (run.state !== "COMPLETED" && run.state !== "COMPLETED_WITH_ERRORS") return { status: "FAILED" };
    const key = `${run.arn}|${input["reportType"]}|${input["reportFileFormat"]}`;
    const asked = em.reports.get(key);
    if (asked === void 0) {
      em.reports.set(key, now);
      return { status: "WORK_IN_PROGRESS" };
    }
    if (now - asked < 2e3 / run.timeScale) return { status: "WORK_IN_PROGRESS" };
    const id = run.arn.slice(run.arn.lastIndexOf("/") + 1);
    const ext = input["reportFileFormat"] === "PDF" ? "pdf" : "html";
    const url = `${em.endpoint()}/_emulator/reports/${id}-${String(input["reportType"]).toLowerCase()}.${ext}?run=${encodeURIComponent(run.arn)}`;
    return { status: "COMPLETED", url };
  },
  CreateExclusionsPreview(input, em, now) {
    const template = find(em.store, "template", input["assessmentTemplateArn"], em.store.templates);
    const token = randomUUID();
    em.store.previews.set(token, { templateArn: template.arn, createdAt: now });
    return { previewToken: token };
  },
  GetExclusionsPreview(input, em) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    const preview = store.previews.get(input["previewToken"]);
    if (preview === void 0 || preview.templateArn !== template.arn) {
      throw noSuchEntity(
        "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
        "No exclusions preview with this token for this template."
      );
    }
    const target = store.targets.get(template.targetArn);
    const previews = (target ? store.agentsOf(target) : []).filter((a) => a.unhealthyCode !== void 0).map((a) => exclusionFor(em, a.agentId));
    const scope = { template: template.arn, token: input["previewToken"] };
    const { page, nextToken } = paginate(
      em,
      "GetExclusionsPreview",
      "exclusionPreviews",
      input,
      scope,
      previews
    );
    return { previewStatus: "COMPLETED", exclusionPreviews: page, ...nextToken ? { nextToken } : {} };
  },
  ListExclusions(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    const arns = run.startedAt === void 0 ? [] : exclusionArnsOf(em, run).map((e) => e.arn);
    const { page, nextToken } = paginate(em, "ListExclusions", "exclusionArns", input, run.arn, arns);
    return { exclusionArns: page, ...nextToken ? { nextToken } : {} };
  },
  DescribeExclusions(input, em, now) {
    const exclusions = {};
    const failedItems = {};
    for (const arn of new Set(input["exclusionArns"])) {
      const parsed = parseArn(arn);
      if (parsed === void 0 || parsed.kind !== "exclusion") {
        failedItems[arn] = { failureCode: "INVALID_ARN", retryable: false };
        continue;
      }
      const run = em.store.runs.get(parsed.parent);
      run?.advance(now);
      const match = run && run.startedAt !== void 0 ? exclusionArnsOf(em, run).find((e) => e.arn === arn) : void 0;
      if (match === void 0) failedItems[arn] = { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
      else exclusions[arn] = exclusionFor(em, match.agentId, arn);
    }
    return { exclusions, failedItems };
  }
};

// src/emulator/report.ts
var MAX_ROWS = 1e3;
function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function pdf(lines) {
  const esc = (s) => s.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, "\\$&");
  const stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td", ...lines.map((l) => `(${esc(l)}) '`), "ET"].join(
    "\n"
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>
stream
${stream}
endstream`
  ];
  let out = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj
${o}
endobj
`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref
0 ${objects.length + 1}
0000000000 65535 f 
`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n 
`;
  out += `trailer
<< /Size ${objects.length + 1} /Root 1 0 R >>
startxref
${xref}
%%EOF
`;
  return Buffer.from(out, "latin1");
}
function renderReport(em, runArn, path, now) {
  const run = em.store.runs.get(runArn);
  if (run === void 0) return void 0;
  run.advance(now);
  const visible = run.visibleFindings();
  const counts2 = run.findingCounts();
  const summary = SEVERITIES.slice().reverse().map((s) => `${s}: ${counts2[s]}`).join(", ");
  if (path.endsWith(".pdf")) {
    return {
      type: "application/pdf",
      body: pdf([
        "Amazon Inspector - Assessment Report (emulated)",
        `Run: ${run.name}`,
        `State: ${run.state}`,
        `Findings: ${visible} (${summary})`
      ])
    };
  }
  const full = path.includes("-full.");
  const ctx = run.findingContext();
  const rows = [];
  for (let i = 0; i < Math.min(visible, MAX_ROWS); i++) {
    const f = run.findings.describe(i, ctx);
    rows.push(
      `<tr><td>${escapeHtml(f["severity"])}</td><td>${escapeHtml(f["id"])}</td><td>${escapeHtml(f["title"])}</td>` + (full ? `<td>${escapeHtml(f["recommendation"])}</td>` : "") + "</tr>"
    );
  }
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>Assessment report: ${escapeHtml(run.name)}</title></head><body>`,
    `<h1>Assessment report: ${escapeHtml(run.name)}</h1>`,
    `<p>Run ${escapeHtml(run.arn)} &mdash; state ${escapeHtml(run.state)} &mdash; ${visible} findings (${escapeHtml(summary)})</p>`,
    `<table><thead><tr><th>Severity</th><th>Id</th><th>Title</th>${full ? "<th>Recommendation</th>" : ""}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    visible > MAX_ROWS ? `<p>${visible - MAX_ROWS} more findings are not shown.</p>` : "",
    "</body></html>"
  ].join("\n");
  return { type: "text/html; charset=utf-8", body: Buffer.from(html, "utf8") };
}

// src/emulator/server.ts
var JSON_TYPE = "application/x-amz-json-1.1";
var MAX_BODY = 1024 * 1024;
var SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/\s]+\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=[a-z0-9;-]+,\s*Signature=[0-9a-f]{64}$/;
function deniedCode(operation) {
  if (/Finding/.test(operation)) return "ACCESS_DENIED_TO_FINDING";
  if (/AssessmentRun|Telemetry|Report|Exclusion/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_RUN";
  if (/Template|Subscri|Event|Tags/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE";
  if (/ResourceGroup/.test(operation)) return "ACCESS_DENIED_TO_RESOURCE_GROUP";
  if (/RulesPackage/.test(operation)) return "ACCESS_DENIED_TO_RULES_PACKAGE";
  if (/CrossAccount/.test(operation)) return "ACCESS_DENIED_TO_IAM_ROLE";
  return "ACCESS_DENIED_TO_ASSESSMENT_TARGET";
}
function count(stats, key) {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}
function readBody(req) {
  return new Promise((resolve2, reject) => {
    const chunks2 = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve2(void 0);
        req.resume();
        return;
      }
      chunks2.push(chunk);
    });
    req.on("end", () => resolve2(size > MAX_BODY ? void 0 : Buffer.concat(chunks2)));
    req.on("error", reject);
  });
}
function send(res, status, body, extra = {}) {
  if (res.destroyed) return;
  res.writeHead(status, {
    "Content-Type": JSON_TYPE,
    "Content-Length": String(Buffer.byteLength(body)),
    "x-amzn-RequestId": randomUUID2(),
    ...extra
  });
  res.end(body);
}
function sendError(res, error) {
  send(res, error.status, JSON.stringify(error.body()), { "x-amzn-ErrorType": error.type });
}
function sendControl(res, status, value) {
  if (res.destroyed) return;
  const body = `${JSON.stringify(value, null, 2)}
`;
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body))
  });
  res.end(body);
}
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
var RequestHandler = class {
  constructor(state, faultSeed) {
    this.state = state;
    this.random = new Random(faultSeed);
  }
  state;
  random;
  bucket;
  handle = (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const work = path.startsWith("/_emulator/") ? this.control(req, res) : this.service(req, res);
    work.catch((error) => {
      sendError(
        res,
        internalError(
          `Internal error in the emulator: ${error instanceof Error ? error.message : String(error)}`
        )
      );
    });
  };
  takeToken(config) {
    const limit = config.rateLimit;
    if (limit === null) return true;
    if (this.bucket?.config !== limit) {
      this.bucket = { config: limit, bucket: new TokenBucket(limit.requestsPerSecond, limit.burst) };
    }
    return this.bucket.bucket.take();
  }
  async service(req, res) {
    const body = await readBody(req);
    if (req.method !== "POST") {
      send(
        res,
        404,
        JSON.stringify({ __type: "UnknownOperationException", message: "Send POST / with X-Amz-Target." })
      );
      return;
    }
    const target = req.headers["x-amz-target"];
    const operation = typeof target === "string" && target.startsWith(`${TARGET_PREFIX}.`) ? target.slice(TARGET_PREFIX.length + 1) : "";
    if (!Object.hasOwn(HANDLERS, operation)) {
      sendError(
        res,
        new ServiceError(
          "UnknownOperationException",
          400,
          `Unknown operation: X-Amz-Target '${String(target ?? "")}'.`
        )
      );
      return;
    }
    const { stats } = this.state;
    count(stats, operation);
    const auth = req.headers.authorization;
    if (auth === void 0 || auth === "") {
      sendError(
        res,
        accessDenied(
          deniedCode(operation),
          "Missing Authentication Token: sign requests with AWS Signature Version 4.",
          403
        )
      );
      return;
    }
    const sig = SIGV4.exec(auth);
    if (sig === null) {
      sendError(
        res,
        new ServiceError(
          "IncompleteSignatureException",
          400,
          "The Authorization header is not a valid AWS Signature Version 4."
        )
      );
      return;
    }
    if (sig[3] !== "inspector") {
      sendError(
        res,
        new ServiceError(
          "InvalidSignatureException",
          403,
          `Credential should be scoped to correct service: 'inspector'.`
        )
      );
      return;
    }
    const faults = this.state.faults;
    if (faults.dropConnections && applies(faults.dropConnections, operation)) {
      if (this.random.float() < faults.dropConnections.rate) {
        count(stats, "fault.dropped");
        req.socket.destroy();
        return;
      }
    }
    if (faults.rateLimit && applies(faults.rateLimit, operation) && !this.takeToken(faults)) {
      count(stats, "fault.throttled");
      sendError(res, throttling());
      return;
    }
    const latency = latencyFor(faults, operation);
    if (latency > 0) await sleep(latency);
    if (faults.internalErrors && applies(faults.internalErrors, operation)) {
      if (this.random.float() < faults.internalErrors.rate) {
        count(stats, "fault.internalErrors");
        sendError(res, internalError());
        return;
      }
    }
    try {
      if (body === void 0) throw serialization("The request body is too large.");
      let input = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString("utf8"));
        } catch {
          throw serialization("The request body is not valid JSON.");
        }
      }
      validateInput(operation, input);
      const output = HANDLERS[operation](
        input,
        this.state.em,
        this.state.clock.now()
      );
      send(res, 200, output === void 0 ? "" : JSON.stringify(output));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      sendError(res, error);
    }
  }
  async control(req, res) {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://emulator");
    const path = url.pathname.replace(/\/+$/, "");
    const method = req.method ?? "GET";
    const parse = () => {
      if (body === void 0) throw new Error("request body too large");
      return body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
    };
    const state = this.state;
    try {
      if (path === "/_emulator/health" && method === "GET") {
        sendControl(res, 200, { status: "ok" });
      } else if (path === "/_emulator/seeded" && method === "GET") {
        sendControl(res, 200, state.seeded);
      } else if (path === "/_emulator/stats" && method === "GET") {
        sendControl(res, 200, Object.fromEntries(state.stats));
      } else if (path === "/_emulator/stats/reset" && method === "POST") {
        state.stats.clear();
        sendControl(res, 200, {});
      } else if (path === "/_emulator/faults" && method === "GET") {
        sendControl(res, 200, state.faults);
      } else if (path === "/_emulator/faults" && (method === "POST" || method === "PUT")) {
        const update = parseFaults(parse());
        state.faults = { ...state.faults, ...update };
        sendControl(res, 200, state.faults);
      } else if (path === "/_emulator/outcome" && method === "POST") {
        const input = parse();
        const run = input["run"] ?? input["assessmentRunArn"];
        const outcome = input["outcome"];
        if (typeof run !== "string" || typeof outcome !== "string" || !isOutcome(outcome)) {
          sendControl(res, 400, {
            error: 'expected {"run": "<run ARN or *>", "outcome": "COMPLETED|COMPLETED_WITH_ERRORS|FAILED|ERROR|NEVER"}'
          });
        } else if (!state.setOutcome(run, outcome)) {
          sendControl(res, 404, { error: `no assessment run ${run}` });
        } else {
          sendControl(res, 200, { run, outcome });
        }
      } else if (path.startsWith("/_emulator/reports/") && method === "GET") {
        const runArn = url.searchParams.get("run") ?? "";
        const report = renderReport(state.em, runArn, path, state.clock.now());
        if (report === void 0) {
          sendControl(res, 404, { error: "no such report" });
        } else if (!res.destroyed) {
          res.writeHead(200, { "Content-Type": report.type, "Content-Length": String(report.body.length) });
          res.end(report.body);
        }
      } else {
        sendControl(res, 404, {
          error: `unknown control path ${method} ${path}`,
          paths: [
            "GET /_emulator/health",
            "GET /_emulator/seeded",
            "GET /_emulator/stats",
            "POST /_emulator/stats/reset",
            "GET /_emulator/faults",
            "POST /_emulator/faults",
            "POST /_emulator/outcome"
          ]
        });
      }
    } catch (error) {
      sendControl(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  }
};

// src/emulator/state.ts
import { readFile, rename, writeFile } from "node:fs/promises";
var STATE_FORMAT = "inspector-gate-emulator-state";
var sec2 = (ms) => ms / 1e3;
function snapshot(store, now, seeded) {
  return {
    format: STATE_FORMAT,
    version: 1,
    savedAt: new Date(now).toISOString(),
    seed: store.seedText,
    region: store.region,
    account: store.account,
    ...seeded ? { seeded } : {},
    defaultOutcome: store.defaultOutcome,
    agents: store.agents,
    crossAccountRole: { ...store.crossAccountRole, registeredAt: sec2(store.crossAccountRole.registeredAt) },
    resourceGroups: [...store.resourceGroups.values()].map((g) => ({ ...g, createdAt: sec2(g.createdAt) })),
    assessmentTargets: [...store.targets.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      ...t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {},
      createdAt: sec2(t.createdAt),
      updatedAt: sec2(t.updatedAt)
    })),
    assessmentTemplates: [...store.templates.values()].map((t) => ({
      arn: t.arn,
      name: t.name,
      assessmentTargetArn: t.targetArn,
      durationInSeconds: t.durationInSeconds,
      rulesPackageArns: t.rulesPackageArns,
      userAttributesForFindings: t.userAttributesForFindings,
      createdAt: sec2(t.createdAt),
      tags: t.tags
    })),
    eventSubscriptions: store.subscriptions.map((s) => ({
      resourceArn: s.resourceArn,
      topicArn: s.topicArn,
      eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec2(e.subscribedAt) }))
    })),
    assessmentRuns: [...store.runs.values()].map((run) => {
      run.advance(now);
      const ctx = run.findingContext();
      const f = run.findings;
      const findings = f instanceof GeneratedFindings ? {
        generated: {
          key: f.params.key,
          count: f.params.count,
          agentIds: f.params.agents.map((a) => a.agentId),
          rulesPackageArns: f.params.packages.map((p) => p.arn)
        },
        overrides: [...f.userOverrides.keys()].map((i) => ({
          arn: f.arnOf(i, run.arn),
          userAttributes: f.userOverrides.get(i),
          ...f.updatedAt.has(i) ? { updatedAt: sec2(f.updatedAt.get(i)) } : {}
        }))
      } : Array.from({ length: f.size }, (_, i) => f.describe(i, ctx));
      return {
        arn: run.arn,
        name: run.name,
        assessmentTemplateArn: run.templateArn,
        durationInSeconds: run.durationInSeconds,
        rulesPackageArns: run.rulesPackageArns,
        userAttributesForFindings: run.userAttributesForFindings,
        createdAt: sec2(run.createdAt),
        state: run.state,
        stateChanges: run.changes.map((c) => ({ state: c.state, stateChangedAt: sec2(c.at) })),
        emulator: {
          timeScale: run.timeScale,
          outcome: run.outcome,
          plan: run.plan.map((c) => ({ state: c.state, stateChangedAt: sec2(c.at) })),
          collectedFraction: run.collectedFraction,
          ...run.stopAction ? { stopAction: run.stopAction } : {},
          agentIds: run.agentIds
        },
        findings
      };
    })
  };
}
async function saveState(store, path, now, seeded) {
  const text = `${JSON.stringify(snapshot(store, now, seeded), null, 2)}
`;
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, text, "utf8");
  await rename(temp, path);
}
async function readStateFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new ConfigError(
      "EMULATOR_STATE_UNREADABLE",
      `cannot read emulator state file ${path}: ${error.message}`
    );
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_STATE_INVALID",
      `emulator state file ${path} is not valid JSON: ${error.message}`
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError("EMULATOR_STATE_INVALID", `emulator state file ${path} must hold a JSON object`);
  }
  return data;
}
var Reader = class {
  problems = [];
  problem(path, message) {
    if (this.problems.length < 50) this.problems.push(`${path}: ${message}`);
  }
  string(v, path) {
    if (typeof v === "string" && v.length > 0) return v;
    this.problem(path, "expected a non-empty string");
    return "";
  }
  optString(v, path) {
    return v === void 0 || v === null ? void 0 : this.string(v, path);
  }
  number(v, path) {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.problem(path, "expected a number");
    return 0;
  }
  /** A timestamp in epoch seconds or ISO-8601, as ms. */
  time(v, path) {
    if (typeof v === "number" && Number.isFinite(v)) return v * 1e3;
    if (typeof v === "string" && !Number.isNaN(Date.parse(v))) return Date.parse(v);
    this.problem(path, "expected a timestamp (epoch seconds or ISO-8601)");
    return 0;
  }
  list(v, path) {
    if (v === void 0 || v === null) return [];
    if (Array.isArray(v)) return v;
    this.problem(path, "expected a list");
    return [];
  }
  object(v, path) {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v;
    this.problem(path, "expected an object");
    return {};
  }
  attributes(v, path) {
    return this.list(v, path).map((a, i) => {
      const o = this.object(a, `${path}[${i}]`);
      const value = this.optString(o["value"], `${path}[${i}].value`);
      return { key: this.string(o["key"], `${path}[${i}].key`), ...value !== void 0 ? { value } : {} };
    });
  }
  state(v, path) {
    if (typeof v === "string" && RUN_STATES.includes(v)) return v;
    this.problem(path, `expected one of ${RUN_STATES.join(", ")}`);
    return "CREATED";
  }
  steps(v, path) {
    return this.list(v, path).map((s, i) => {
      const o = this.object(s, `${path}[${i}]`);
      return {
        state: this.state(o["state"], `${path}[${i}].state`),
        at: this.time(o["stateChangedAt"], `${path}[${i}].stateChangedAt`)
      };
    });
  }
};
function stateBasics(data) {
  return {
    ...typeof data["seed"] === "string" || typeof data["seed"] === "number" ? { seed: String(data["seed"]) } : {},
    ...typeof data["region"] === "string" ? { region: data["region"] } : {}
  };
}
function readFinding(r, v, path) {
  const o = r.object(v, path);
  const { arn, createdAt, updatedAt, severity, id, attributes, userAttributes, assetAttributes, ...rest } = o;
  const service = r.object(o["serviceAttributes"] ?? {}, `${path}.serviceAttributes`);
  let asset;
  if (assetAttributes !== void 0) {
    const a = r.object(assetAttributes, `${path}.assetAttributes`);
    const agentId = r.optString(a["agentId"], `${path}.assetAttributes.agentId`);
    if (agentId !== void 0) {
      asset = {
        agentId,
        ...typeof a["hostname"] === "string" ? { hostname: a["hostname"] } : {},
        ...typeof a["amiId"] === "string" ? { amiId: a["amiId"] } : {},
        ...typeof a["autoScalingGroup"] === "string" ? { autoScalingGroup: a["autoScalingGroup"] } : {},
        ...Array.isArray(a["ipv4Addresses"]) ? { ipv4Addresses: a["ipv4Addresses"] } : {}
      };
    }
  }
  const sev = severity ?? "Undefined";
  if (!SEVERITIES.includes(sev)) {
    r.problem(`${path}.severity`, `expected one of ${SEVERITIES.join(", ")}`);
  }
  const created = r.time(createdAt, `${path}.createdAt`);
  const packageArn = r.optString(service["rulesPackageArn"], `${path}.serviceAttributes.rulesPackageArn`);
  const findingId = r.optString(id, `${path}.id`);
  return {
    arn: r.string(arn, `${path}.arn`),
    createdAtMs: created,
    updatedAtMs: updatedAt === void 0 ? created : r.time(updatedAt, `${path}.updatedAt`),
    severity: sev,
    ...packageArn !== void 0 ? { rulesPackageArn: packageArn } : {},
    ...asset !== void 0 ? { asset } : {},
    ...findingId !== void 0 ? { id: findingId } : {},
    attributes: r.attributes(attributes, `${path}.attributes`),
    userAttributes: r.attributes(userAttributes, `${path}.userAttributes`),
    rest: { ...rest, ...assetAttributes !== void 0 ? { assetAttributes } : {} }
  };
}
function restore(store, data, file) {
  const r = new Reader();
  if (data["format"] !== void 0 && data["format"] !== STATE_FORMAT) {
    r.problem("format", `expected "${STATE_FORMAT}"`);
  }
  if (data["agents"] !== void 0) {
    store.agents = r.list(data["agents"], "agents").map((a, i) => {
      const o = r.object(a, `agents[${i}]`);
      r.string(o["agentId"], `agents[${i}].agentId`);
      return o;
    });
  }
  if (typeof data["defaultOutcome"] === "string") {
    if (isOutcome(data["defaultOutcome"])) store.defaultOutcome = data["defaultOutcome"];
    else r.problem("defaultOutcome", "expected COMPLETED, COMPLETED_WITH_ERRORS, FAILED, ERROR or NEVER");
  }
  if (data["crossAccountRole"] !== void 0) {
    const o = r.object(data["crossAccountRole"], "crossAccountRole");
    store.crossAccountRole = {
      roleArn: r.string(o["roleArn"], "crossAccountRole.roleArn"),
      registeredAt: r.time(o["registeredAt"], "crossAccountRole.registeredAt"),
      valid: o["valid"] !== false
    };
  }
  r.list(data["resourceGroups"], "resourceGroups").forEach((g, i) => {
    const o = r.object(g, `resourceGroups[${i}]`);
    const arn = r.string(o["arn"], `resourceGroups[${i}].arn`);
    store.reserveIdsOf(arn);
    store.resourceGroups.set(arn, {
      arn,
      createdAt: r.time(o["createdAt"], `resourceGroups[${i}].createdAt`),
      tags: r.attributes(o["tags"], `resourceGroups[${i}].tags`)
    });
  });
  r.list(data["assessmentTargets"], "assessmentTargets").forEach((t, i) => {
    const p = `assessmentTargets[${i}]`;
    const o = r.object(t, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const group = r.optString(o["resourceGroupArn"], `${p}.resourceGroupArn`);
    if (group !== void 0 && !store.resourceGroups.has(group)) {
      r.problem(`${p}.resourceGroupArn`, `no resource group ${group} in resourceGroups`);
    }
    store.reserveIdsOf(arn);
    const createdAt = r.time(o["createdAt"], `${p}.createdAt`);
    store.targets.set(arn, {
      arn,
      name: r.string(o["name"], `${p}.name`),
      ...group !== void 0 ? { resourceGroupArn: group } : {},
      createdAt,
      updatedAt: o["updatedAt"] === void 0 ? createdAt : r.time(o["updatedAt"], `${p}.updatedAt`)
    });
  });
  r.list(data["assessmentTemplates"], "assessmentTemplates").forEach((t, i) => {
    const p = `assessmentTemplates[${i}]`;
    const o = r.object(t, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const target = r.string(o["assessmentTargetArn"], `${p}.assessmentTargetArn`);
    if (!store.targets.has(target))
      r.problem(`${p}.assessmentTargetArn`, `no assessment target ${target} in assessmentTargets`);
    store.reserveIdsOf(arn);
    store.templates.set(arn, {
      arn,
      name: r.string(o["name"], `${p}.name`),
      targetArn: target,
      durationInSeconds: r.number(o["durationInSeconds"], `${p}.durationInSeconds`),
      rulesPackageArns: r.list(o["rulesPackageArns"], `${p}.rulesPackageArns`).map((x, k) => r.string(x, `${p}.rulesPackageArns[${k}]`)),
      userAttributesForFindings: r.attributes(
        o["userAttributesForFindings"],
        `${p}.userAttributesForFindings`
      ),
      createdAt: r.time(o["createdAt"], `${p}.createdAt`),
      tags: r.attributes(o["tags"], `${p}.tags`)
    });
  });
  r.list(data["eventSubscriptions"], "eventSubscriptions").forEach((s, i) => {
    const p = `eventSubscriptions[${i}]`;
    const o = r.object(s, p);
    store.subscriptions.push({
      resourceArn: r.string(o["resourceArn"], `${p}.resourceArn`),
      topicArn: r.string(o["topicArn"], `${p}.topicArn`),
      events: r.list(o["eventSubscriptions"], `${p}.eventSubscriptions`).map((e, k) => {
        const eo = r.object(e, `${p}.eventSubscriptions[${k}]`);
        return {
          event: r.string(eo["event"], `${p}.eventSubscriptions[${k}].event`),
          subscribedAt: r.time(eo["subscribedAt"], `${p}.eventSubscriptions[${k}].subscribedAt`)
        };
      })
    });
  });
  const kinds = new Map(store.rulesPackages.map((p) => [p.arn, p.kind]));
  r.list(data["assessmentRuns"], "assessmentRuns").forEach((x, i) => {
    const p = `assessmentRuns[${i}]`;
    const o = r.object(x, p);
    const arn = r.string(o["arn"], `${p}.arn`);
    const templateArn = r.string(o["assessmentTemplateArn"], `${p}.assessmentTemplateArn`);
    if (!store.templates.has(templateArn)) {
      r.problem(`${p}.assessmentTemplateArn`, `no assessment template ${templateArn} in assessmentTemplates`);
    }
    store.reserveIdsOf(arn);
    const createdAt = r.time(o["createdAt"], `${p}.createdAt`);
    const emu = o["emulator"] === void 0 ? void 0 : r.object(o["emulator"], `${p}.emulator`);
    let changes = r.steps(o["stateChanges"], `${p}.stateChanges`);
    if (changes.length === 0) {
      const state = r.state(o["state"] ?? "COMPLETED", `${p}.state`);
      const at = o["stateChangedAt"] === void 0 ? createdAt : r.time(o["stateChangedAt"], `${p}.stateChangedAt`);
      changes = state === "CREATED" ? [{ state, at: createdAt }] : [
        { state: "CREATED", at: createdAt },
        { state, at }
      ];
    }
    let findings;
    const rawFindings = o["findings"];
    if (Array.isArray(rawFindings) || rawFindings === void 0) {
      const list = r.list(rawFindings, `${p}.findings`).map((f, k) => readFinding(r, f, `${p}.findings[${k}]`));
      for (const f of list) store.explicitFindings.set(f.arn, arn);
      findings = new ExplicitFindings(list);
    } else {
      const fo = r.object(rawFindings, `${p}.findings`);
      const g = r.object(fo["generated"], `${p}.findings.generated`);
      const agents = r.list(g["agentIds"], `${p}.findings.generated.agentIds`).flatMap((id, k) => {
        const agent = store.agents.find((a) => a.agentId === id);
        if (agent === void 0)
          r.problem(`${p}.findings.generated.agentIds[${k}]`, `no agent ${String(id)} in agents`);
        return agent ? [agent] : [];
      });
      const packages = r.list(g["rulesPackageArns"], `${p}.findings.generated.rulesPackageArns`).flatMap((a, k) => {
        const kind = kinds.get(a);
        if (kind === void 0)
          r.problem(`${p}.findings.generated.rulesPackageArns[${k}]`, "not a rules package of this region");
        return kind ? [{ arn: a, kind }] : [];
      });
      const generated = new GeneratedFindings({
        catalogSeed: store.seed,
        key: r.number(g["key"], `${p}.findings.generated.key`) >>> 0,
        count: r.number(g["count"], `${p}.findings.generated.count`),
        agents,
        packages
      });
      r.list(fo["overrides"], `${p}.findings.overrides`).forEach((ov, k) => {
        const q = `${p}.findings.overrides[${k}]`;
        const oo = r.object(ov, q);
        const index = generated.indexOf(r.string(oo["arn"], `${q}.arn`), arn);
        if (index < 0) {
          r.problem(`${q}.arn`, "not a finding of this run");
          return;
        }
        generated.userOverrides.set(index, r.attributes(oo["userAttributes"], `${q}.userAttributes`));
        if (oo["updatedAt"] !== void 0)
          generated.updatedAt.set(index, r.time(oo["updatedAt"], `${q}.updatedAt`));
      });
      findings = generated;
    }
    const outcome = emu?.["outcome"];
    const stopAction = emu?.["stopAction"];
    const run = new Run(
      {
        arn,
        name: r.string(o["name"], `${p}.name`),
        templateArn,
        durationInSeconds: r.number(o["durationInSeconds"] ?? 3600, `${p}.durationInSeconds`),
        rulesPackageArns: r.list(o["rulesPackageArns"], `${p}.rulesPackageArns`),
        userAttributesForFindings: r.attributes(
          o["userAttributesForFindings"],
          `${p}.userAttributesForFindings`
        ),
        createdAt,
        timeScale: emu ? r.number(emu["timeScale"] ?? 1, `${p}.emulator.timeScale`) : 1,
        outcome: typeof outcome === "string" && isOutcome(outcome) ? outcome : "COMPLETED",
        agentIds: emu ? r.list(emu["agentIds"], `${p}.emulator.agentIds`) : [...new Set(findings.assets.map((a) => a.agentId))],
        findings
      },
      { changes, plan: emu ? r.steps(emu["plan"], `${p}.emulator.plan`) : [] }
    );
    if (emu && typeof emu["collectedFraction"] === "number") run.collectedFraction = emu["collectedFraction"];
    if (stopAction === "START_EVALUATION" || stopAction === "SKIP_EVALUATION") run.stopAction = stopAction;
    store.runs.set(arn, run);
  });
  if (r.problems.length > 0) {
    throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, r.problems);
  }
}

// src/emulator/index.ts
var DEFAULTS = { host: "127.0.0.1", seed: "inspector-gate", findings: 120, agents: 5, region: "us-west-2" };
function optionError(name, value, expected) {
  return new ConfigError(
    "EMULATOR_OPTION_INVALID",
    `Invalid emulator option ${name} '${String(value)}': expected ${expected}.`
  );
}
function checkInteger(name, value, min, max) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw optionError(name, value, `an integer from ${min} to ${max}`);
  }
  return value;
}
function toSdkFinding(wire) {
  return {
    ...wire,
    createdAt: new Date(wire["createdAt"] * 1e3),
    updatedAt: new Date(wire["updatedAt"] * 1e3)
  };
}
async function startEmulator(options = {}) {
  const host = options.host ?? DEFAULTS.host;
  const port = checkInteger("port", options.port, 0, 65535) ?? 0;
  const findings = checkInteger("findings", options.findings, 0, 5e6) ?? DEFAULTS.findings;
  const agents = checkInteger("agents", options.agents, 0, 1e4) ?? DEFAULTS.agents;
  const unhealthy = checkInteger("unhealthyAgents", options.unhealthyAgents, 0, agents) ?? 0;
  const timeScale = options.timeScale ?? 1;
  if (typeof timeScale !== "number" || !Number.isFinite(timeScale) || timeScale <= 0) {
    throw optionError("timeScale", timeScale, "a number greater than 0, such as 1, 60 or 1000");
  }
  const region = options.region ?? DEFAULTS.region;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw optionError("region", region, "an AWS region such as us-west-2");
  if (options.outcome !== void 0 && !isOutcome(options.outcome)) {
    throw optionError("outcome", options.outcome, OUTCOMES.join(", "));
  }
  let faults = NO_FAULTS;
  try {
    faults = { ...NO_FAULTS, ...parseFaults(options.faults ?? {}) };
  } catch (error) {
    throw new ConfigError("EMULATOR_OPTION_INVALID", `Invalid emulator faults: ${error.message}.`);
  }
  const clock = options.clock ?? systemClock;
  const data = options.statePath ? await readStateFile(options.statePath) : void 0;
  const basics = data ? stateBasics(data) : {};
  const store = new Store({
    seed: basics.seed ?? String(options.seed ?? DEFAULTS.seed),
    region: basics.region ?? region,
    findingsPerRun: findings,
    timeScale,
    agents,
    unhealthyAgents: unhealthy,
    clock
  });
  let seededArns;
  if (data) {
    restore(store, data, options.statePath);
    const saved = data["seeded"] ?? {};
    const first = (m) => m.keys().next().value ?? "";
    seededArns = {
      resourceGroupArn: typeof saved["resourceGroupArn"] === "string" ? saved["resourceGroupArn"] : first(store.resourceGroups),
      targetArn: typeof saved["targetArn"] === "string" ? saved["targetArn"] : first(store.targets),
      templateArn: typeof saved["templateArn"] === "string" ? saved["templateArn"] : first(store.templates)
    };
  } else {
    seededArns = store.seedAccount();
  }
  if (options.outcome !== void 0 && isOutcome(options.outcome)) store.defaultOutcome = options.outcome;
  const seeded = { ...seededArns, rulesPackageArns: store.rulesPackages.map((p) => p.arn) };
  let endpoint = "";
  const em = {
    store,
    tokens: new PageTokens(),
    faults: () => state.faults,
    failedOnce: /* @__PURE__ */ new Set(),
    reports: /* @__PURE__ */ new Map(),
    endpoint: () => endpoint,
    filterCache: /* @__PURE__ */ new Map()
  };
  const setOutcome = (run, outcome) => {
    if (!isOutcome(outcome)) throw optionError("outcome", outcome, OUTCOMES.join(", "));
    if (run === "*") {
      store.defaultOutcome = outcome;
      return true;
    }
    const found = store.runs.get(run);
    if (found === void 0) return false;
    found.setOutcome(outcome, clock.now());
    return true;
  };
  const state = { em, clock, stats: /* @__PURE__ */ new Map(), faults, seeded, setOutcome };
  const handler = new RequestHandler(state, hash(store.seed, "faults"));
  const server = createServer({ keepAliveTimeout: 1e4 }, handler.handle);
  server.listen(port, host);
  try {
    await Promise.race([
      once(server, "listening"),
      once(server, "error").then(([error]) => {
        throw error;
      })
    ]);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_LISTEN_FAILED",
      `The emulator cannot listen on ${host}:${port}: ${error.message}.`,
      [],
      { cause: error }
    );
  }
  const address = server.address();
  endpoint = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  let stopping;
  return {
    endpoint,
    seeded,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise((resolve2) => server.close(() => resolve2()));
        server.closeAllConnections();
        await closed;
        if (options.statePath) {
          const snapshotSeeded = { ...seededArns };
          await saveState(store, options.statePath, clock.now(), snapshotSeeded);
        }
      })();
      return stopping;
    },
    stats: () => Object.fromEntries(state.stats),
    resetStats: () => state.stats.clear(),
    faults(update) {
      try {
        state.faults = { ...state.faults, ...parseFaults(update) };
      } catch (error) {
        throw new ConfigError(
          "EMULATOR_OPTION_INVALID",
          `Invalid emulator faults: ${error.message}.`
        );
      }
    },
    findingsOf(runArn) {
      const run = store.runs.get(runArn);
      if (run === void 0) throw new Error(`no assessment run ${runArn} in the emulator`);
      run.advance(clock.now());
      const ctx = run.findingContext();
      return Array.from(
        { length: run.visibleFindings() },
        (_, i) => toSdkFinding(run.findings.describe(i, ctx))
      );
    },
    setOutcome(runArnOrStar, outcome) {
      if (!setOutcome(runArnOrStar, outcome))
        throw new Error(`no assessment run ${runArnOrStar} in the emulator`);
    }
  };
}

// src/policy/glob.ts
var always = () => true;
function tokenizeGlob(glob) {
  const tokens = [];
  let text = "";
  const flush = () => {
    if (text !== "") tokens.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\" && i + 1 < glob.length) {
      text += glob[++i];
    } else if (c === "*") {
      flush();
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") {
      flush();
      tokens.push({ kind: "one" });
    } else {
      text += c;
    }
  }
  flush();
  return tokens;
}
function globLiteral(glob) {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return "";
  const only = tokens[0];
  return tokens.length === 1 && only.kind === "text" ? only.text : void 0;
}
function globPrefix(glob) {
  const first = tokenizeGlob(glob)[0];
  return first?.kind === "text" ? first.text : "";
}
function starGlob(segments) {
  const first = segments[0];
  const last = segments.at(-1);
  const middle = segments.slice(1, -1).filter((s) => s !== "");
  const minLength = segments.reduce((n, s) => n + s.length, 0);
  if (middle.length === 0) {
    if (first === "" && last === "") return always;
    if (last === "") return (v) => v.startsWith(first);
    if (first === "") return (v) => v.endsWith(last);
    return (v) => v.length >= minLength && v.startsWith(first) && v.endsWith(last);
  }
  if (first === "" && last === "" && middle.length === 1) {
    const needle = middle[0];
    return (v) => v.includes(needle);
  }
  return (v) => {
    if (v.length < minLength || !v.startsWith(first) || !v.endsWith(last)) return false;
    let at = first.length;
    const end = v.length - last.length;
    for (const segment of middle) {
      const found = v.indexOf(segment, at);
      if (found < 0 || found + segment.length > end) return false;
      at = found + segment.length;
    }
    return true;
  };
}
function wildGlob(tokens) {
  const segments = [[]];
  for (const t of tokens) {
    if (t.kind === "star") segments.push([]);
    else if (t.kind === "one") segments.at(-1).push(-1);
    else for (let i = 0; i < t.text.length; i++) segments.at(-1).push(t.text.charCodeAt(i));
  }
  const at = (v, pos, seg) => {
    for (let k = 0; k < seg.length; k++) {
      const c = seg[k];
      if (c !== -1 && v.charCodeAt(pos + k) !== c) return false;
    }
    return true;
  };
  const first = segments[0];
  if (segments.length === 1) return (v) => v.length === first.length && at(v, 0, first);
  const last = segments.at(-1);
  const middle = segments.slice(1, -1).filter((seg) => seg.length > 0);
  const minLength = segments.reduce((n, seg) => n + seg.length, 0);
  return (v) => {
    if (v.length < minLength || !at(v, 0, first)) return false;
    const end = v.length - last.length;
    if (!at(v, end, last)) return false;
    let pos = first.length;
    for (const seg of middle) {
      let found = -1;
      for (let p = pos; p + seg.length <= end; p++) {
        if (at(v, p, seg)) {
          found = p;
          break;
        }
      }
      if (found < 0) return false;
      pos = found + seg.length;
    }
    return true;
  };
}
function compileGlob(glob) {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return (v) => v === "";
  if (tokens.some((t) => t.kind === "one")) return wildGlob(tokens);
  const only = tokens[0];
  if (tokens.length === 1 && only.kind === "text") {
    const literal = only.text;
    return (v) => v === literal;
  }
  const segments = [""];
  for (const t of tokens) {
    if (t.kind === "star") segments.push("");
    else if (t.kind === "text") segments[segments.length - 1] += t.text;
  }
  return starGlob(segments);
}

// src/policy/regex.ts
import { RE2JS, RE2JSSyntaxException } from "re2js";
var MAX_REGEX_LENGTH = 512;
var MAX_REGEX_PROGRAM = 1e3;
function refusal(error) {
  const at = error.getPattern() ?? "";
  const linear = "a linear-time engine cannot match";
  if (/^\\([1-9]|k)/.test(at)) {
    return `back-reference '${at.slice(0, 2)}' is not supported: ${linear} back-references; write out the text you expect instead`;
  }
  const around = /^\(\?(=|!|<=|<!)/.exec(at)?.[0];
  if (around !== void 0) {
    const kind = around.startsWith("(?<") ? "lookbehind" : "lookahead";
    return `${kind} '${around}' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`;
  }
  const hint = at.startsWith("\\u") ? " (write a code point as \\x{00e9})" : "";
  return `invalid regular expression (RE2 syntax): ${error.getDescription()}${at === "" ? "" : `: '${at}'`}${hint}`;
}
function checkRegex(source2) {
  if (source2.length > MAX_REGEX_LENGTH) {
    return `regular expression too long (${source2.length} characters; at most ${MAX_REGEX_LENGTH})`;
  }
  let compiled2;
  try {
    compiled2 = RE2JS.compile(source2);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return refusal(error);
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  const size = compiled2.programSize();
  if (size > MAX_REGEX_PROGRAM) {
    return `regular expression too large once compiled (${size} instructions; at most ${MAX_REGEX_PROGRAM}): matching time grows with that size, so use smaller repetition counts or fewer alternatives`;
  }
  return void 0;
}
function regexPrefix(source2) {
  const prefix2 = RE2JS.compile(source2).re2().prefix;
  return typeof prefix2 === "string" ? prefix2 : "";
}
function compileRegex(source2) {
  const re = RE2JS.compile(source2);
  if (!source2.startsWith(".*")) return (v) => re.testExact(v);
  const search = RE2JS.compile(`^(?:${source2})$`);
  return (v) => search.test(v);
}

// src/policy/patterns.ts
function toList(patterns) {
  return Array.isArray(patterns) ? patterns : [patterns];
}
function literalOf(pattern) {
  return typeof pattern === "string" ? globLiteral(pattern) : void 0;
}
function literalsOf(patterns) {
  const out = [];
  for (const p of toList(patterns)) {
    const literal = literalOf(p);
    if (literal === void 0) return void 0;
    out.push(literal);
  }
  return out;
}
function prefixesOf(patterns) {
  const out = [];
  for (const p of toList(patterns)) {
    const prefix2 = typeof p === "string" ? globPrefix(p) : regexPrefix(p.regex);
    if (prefix2 === "") return void 0;
    out.push(prefix2);
  }
  return out;
}
function compilePattern(pattern) {
  return typeof pattern === "string" ? compileGlob(pattern) : compileRegex(pattern.regex);
}
function compilePatterns(patterns) {
  const exact = /* @__PURE__ */ new Set();
  const others = [];
  for (const p of toList(patterns)) {
    const literal = literalOf(p);
    if (literal !== void 0) exact.add(literal);
    else others.push(compilePattern(p));
  }
  if (others.includes(always)) return always;
  if (others.length === 0) {
    if (exact.size === 1) {
      const only = exact.values().next().value;
      return (v) => v === only;
    }
    return (v) => exact.has(v);
  }
  if (exact.size === 0 && others.length === 1) return others[0];
  return (v) => {
    if (exact.has(v)) return true;
    for (const t of others) if (t(v)) return true;
    return false;
  };
}

// src/policy/compile.ts
var ALL_SEVERITIES = 2 ** SEVERITIES.length - 1;
var NO_ATTRIBUTES = [];
var RANKS = new Map(Object.entries(SEVERITY_RANK));
function rankOf(severity) {
  return RANKS.get(severity) ?? 0;
}
function severityMaskOf(match) {
  let mask = ALL_SEVERITIES;
  if (match.severity !== void 0) {
    mask = 0;
    for (const s of match.severity) mask |= 1 << SEVERITY_RANK[s];
  }
  if (match.minSeverity !== void 0) {
    const floor = SEVERITY_RANK[match.minSeverity];
    mask &= ALL_SEVERITIES & ~((1 << floor) - 1);
  }
  return mask;
}
var FIELDS = {
  id: (f) => f.id,
  title: (f) => f.title,
  agentId: (f) => f.asset?.agentId,
  hostname: (f) => f.asset?.hostname,
  autoScalingGroup: (f) => f.asset?.autoScalingGroup,
  amiId: (f) => f.asset?.amiId,
  rulesPackageName: (f) => f.rulesPackageName,
  rulesPackageArn: (f) => f.rulesPackageArn
};
function fieldConditions(match) {
  const out = [];
  const add = (name, patterns) => {
    if (patterns !== void 0) out.push([name, patterns]);
  };
  add("id", match.id);
  add("agentId", match.asset?.agentId);
  add("hostname", match.asset?.hostname);
  add("amiId", match.asset?.amiId);
  add("autoScalingGroup", match.asset?.autoScalingGroup);
  add("title", match.title);
  return out;
}
function fieldTest(name, patterns) {
  const read = FIELDS[name];
  const test = compilePatterns(patterns);
  return (f) => {
    const v = read(f);
    return typeof v === "string" && test(v);
  };
}
function rulesPackageTest(patterns) {
  const test = compilePatterns(patterns);
  return (f) => typeof f.rulesPackageName === "string" && test(f.rulesPackageName) || typeof f.rulesPackageArn === "string" && test(f.rulesPackageArn);
}
function attributeTest(user, key, patterns) {
  const test = compilePatterns(patterns);
  return (f) => {
    const list = (user ? f.userAttributes : f.attributes) ?? NO_ATTRIBUTES;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (a.key === key && test(a.value ?? "")) return true;
    }
    return false;
  };
}
function rangeTest(read, range) {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  const max = range.max ?? Number.POSITIVE_INFINITY;
  return (f) => {
    const v = read(f);
    return typeof v === "number" && v >= min && v <= max;
  };
}
function compileMatch(match) {
  const severityMask = severityMaskOf(match);
  const checks = [];
  if (match.indicatorOfCompromise !== void 0) {
    const want = match.indicatorOfCompromise;
    checks.push((f) => (f.indicatorOfCompromise ?? false) === want);
  }
  if (match.numericSeverity !== void 0) {
    checks.push(rangeTest((f) => f.numericSeverity, match.numericSeverity));
  }
  if (match.confidence !== void 0) checks.push(rangeTest((f) => f.confidence, match.confidence));
  const fields = fieldConditions(match);
  for (const [name, patterns] of fields) if (name !== "title") checks.push(fieldTest(name, patterns));
  if (match.rulesPackage !== void 0) checks.push(rulesPackageTest(match.rulesPackage));
  for (const [user, map] of [
    [false, match.attributes],
    [true, match.userAttributes]
  ]) {
    if (map === void 0) continue;
    for (const key of Object.keys(map)) checks.push(attributeTest(user, key, map[key]));
  }
  if (match.title !== void 0) checks.push(fieldTest("title", match.title));
  return { severityMask, test: allOf(severityMask, checks) };
}
function allOf(severityMask, checks) {
  const [a, b, c] = checks;
  switch (checks.length) {
    case 0:
      return (_f, rank) => (severityMask >> rank & 1) === 1;
    case 1:
      return (f, rank) => (severityMask >> rank & 1) === 1 && a(f);
    case 2:
      return (f, rank) => (severityMask >> rank & 1) === 1 && a(f) && b(f);
    case 3:
      return (f, rank) => (severityMask >> rank & 1) === 1 && a(f) && b(f) && c(f);
    default:
      return (f, rank) => {
        if ((severityMask >> rank & 1) === 0) return false;
        for (let i = 0; i < checks.length; i++) if (!checks[i](f)) return false;
        return true;
      };
  }
}
function handleOf(match) {
  const places = [];
  for (const where3 of ["attributes", "userAttributes"]) {
    const map = match[where3];
    if (map !== void 0) for (const key of Object.keys(map)) places.push([where3, [key], map[key]]);
  }
  for (const [name, patterns] of fieldConditions(match)) places.push(["fields", [name], patterns]);
  if (match.rulesPackage !== void 0) {
    places.push(["fields", ["rulesPackageName", "rulesPackageArn"], match.rulesPackage]);
  }
  for (const [kind, valuesOf] of [
    ["exact", literalsOf],
    ["prefix", prefixesOf]
  ]) {
    for (const [where3, names, patterns] of places) {
      const values = valuesOf(patterns);
      if (values !== void 0) return { where: where3, names, kind, values };
    }
  }
  return void 0;
}
function put(map, value, item) {
  const list = map.get(value);
  if (list === void 0) map.set(value, [item]);
  else if (!list.includes(item)) list.push(item);
}
function fileUnder(table, handle, item) {
  for (const value of handle.values) {
    if (handle.kind === "exact") put(table.exact, value, item);
    else {
      let i = table.prefixLengths.indexOf(value.length);
      if (i < 0) i = table.prefixLengths.push(value.length) - 1;
      table.byPrefix[i] ??= /* @__PURE__ */ new Map();
      put(table.byPrefix[i], value, item);
    }
  }
}
function buildIndex(items, matches) {
  const tables = {
    attributes: /* @__PURE__ */ new Map(),
    userAttributes: /* @__PURE__ */ new Map(),
    fields: /* @__PURE__ */ new Map()
  };
  const open = [];
  items.forEach((item, i) => {
    const handle = handleOf(matches[i]);
    if (handle === void 0) {
      open.push(item);
      return;
    }
    for (const name of handle.names) {
      let table = tables[handle.where].get(name);
      if (table === void 0) {
        table = { exact: /* @__PURE__ */ new Map(), prefixLengths: [], byPrefix: [] };
        tables[handle.where].set(name, table);
      }
      fileUnder(table, handle, item);
    }
  });
  return {
    attributes: tables.attributes,
    userAttributes: tables.userAttributes,
    fields: [...tables.fields].map(([name, table]) => ({ read: FIELDS[name], table })),
    open: SEVERITIES.map((_, rank) => open.filter((item) => (item.match.severityMask >> rank & 1) === 1)),
    empty: items.length === open.length
  };
}
function take(list, out, n, seen, stamp) {
  if (list === void 0) return n;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (seen[item.slot] !== stamp) {
      seen[item.slot] = stamp;
      out[n++] = item;
    }
  }
  return n;
}
function lookUp(table, value, out, n, seen, stamp) {
  if (table.exact.size > 0) n = take(table.exact.get(value), out, n, seen, stamp);
  const lengths = table.prefixLengths;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i];
    if (value.length >= length) n = take(table.byPrefix[i].get(value.slice(0, length)), out, n, seen, stamp);
  }
  return n;
}
function lookUpAttributes(byKey, list, out, n, seen, stamp) {
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const table = byKey.get(a.key);
    if (table !== void 0) n = lookUp(table, a.value ?? "", out, n, seen, stamp);
  }
  return n;
}
function collect(index, finding, out, seen, stamp) {
  let n = 0;
  if (index.attributes.size > 0) {
    n = lookUpAttributes(index.attributes, finding.attributes ?? NO_ATTRIBUTES, out, n, seen, stamp);
  }
  if (index.userAttributes.size > 0) {
    n = lookUpAttributes(index.userAttributes, finding.userAttributes ?? NO_ATTRIBUTES, out, n, seen, stamp);
  }
  for (let i = 0; i < index.fields.length; i++) {
    const field = index.fields[i];
    const value = field.read(finding);
    if (typeof value === "string") n = lookUp(field.table, value, out, n, seen, stamp);
  }
  return n;
}
var compiled = /* @__PURE__ */ new WeakMap();
function compilePolicy(policy) {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const rules = policy.rules.map(
    (rule, index2) => ({
      kind: "rule",
      slot: index2,
      index: index2,
      id: rule.id,
      match: compileMatch(rule.match)
    })
  );
  const ruleIds = new Map(policy.rules.map((r, i) => [r.id, i]));
  const exceptions = policy.exceptions.map((exception, index2) => {
    const applies2 = exception.appliesTo;
    return {
      kind: "exception",
      slot: rules.length + index2,
      index: index2,
      id: exception.id,
      match: compileMatch(exception.match),
      severity: applies2 === void 0 || applies2.includes("severity"),
      rules: applies2 === void 0 ? "all" : new Set(applies2.flatMap((id) => ruleIds.has(id) ? [ruleIds.get(id)] : []))
    };
  });
  const index = buildIndex(
    [...rules, ...exceptions],
    [...policy.rules.map((r) => r.match), ...policy.exceptions.map((e) => e.match)]
  );
  const result = {
    rules,
    exceptions,
    index,
    openRules: index.open.map((items) => items.filter((i) => i.kind === "rule")),
    openExceptions: index.open.map(
      (items) => items.filter((i) => i.kind === "exception")
    ),
    limitByRank: SEVERITIES.map((s) => policy.severityLimits.findIndex((l) => l.severity === s))
  };
  compiled.set(policy, result);
  return result;
}

// src/policy/evaluate.ts
var DEFAULT_SAMPLE_LIMIT = 100;
var DEFAULT_EXPIRING_WITHIN_DAYS = 14;
var DAY_MS = 864e5;
function daysLeft(expires, now) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (!m) return Number.NEGATIVE_INFINITY;
  const expiresDay = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  const today = Math.floor(now.getTime() / DAY_MS);
  return expiresDay - today;
}
function exceptionStatus(exception, now) {
  return {
    id: exception.id,
    reason: exception.reason,
    expires: exception.expires,
    ...exception.owner !== void 0 ? { owner: exception.owner } : {},
    ...exception.ticket !== void 0 ? { ticket: exception.ticket } : {},
    source: exception.source,
    daysLeft: daysLeft(exception.expires, now)
  };
}
function numericOf(finding) {
  const n = finding.numericSeverity;
  return typeof n === "number" && !Number.isNaN(n) ? n : -1;
}
function arnBefore(x, y) {
  if (x.length !== y.length) return x.length < y.length;
  for (let i = x.length - 1; i >= 0; i--) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a !== b) return a < b;
  }
  return false;
}
function arnKey(arn) {
  const n = arn.length;
  return n * 4294967296 + (n > 0 ? arn.charCodeAt(n - 1) * 65536 : 0) + (n > 1 ? arn.charCodeAt(n - 2) : 0);
}
function worse(a, b) {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.numeric !== b.numeric) return a.numeric > b.numeric;
  if (a.key !== b.key) return a.key < b.key;
  const x = a.finding.arn;
  const y = b.finding.arn;
  if (x !== y) return arnBefore(x, y);
  return a.seq < b.seq;
}
var Sample = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  heap = [];
  /** Considers a finding; allocates only when it is kept. */
  offer(finding, rank, seq) {
    const h = this.heap;
    if (h.length < this.limit) {
      this.push({ finding, rank, numeric: numericOf(finding), key: arnKey(finding.arn), seq });
      return;
    }
    if (h.length === 0) return;
    const root = h[0];
    if (rank < root.rank) return;
    const numeric = numericOf(finding);
    if (rank === root.rank && numeric < root.numeric) return;
    const key = arnKey(finding.arn);
    if (rank === root.rank && numeric === root.numeric && key > root.key) return;
    const entry = { finding, rank, numeric, key, seq };
    if (worse(entry, root)) this.replaceRoot(entry);
  }
  push(e) {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!worse(h[parent], h[i])) break;
      const swap = h[parent];
      h[parent] = h[i];
      h[i] = swap;
      i = parent;
    }
  }
  replaceRoot(e) {
    const h = this.heap;
    h[0] = e;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && worse(h[least], h[l])) least = l;
      if (r < h.length && worse(h[least], h[r])) least = r;
      if (least === i) break;
      const swap = h[least];
      h[least] = h[i];
      h[i] = swap;
      i = least;
    }
  }
  get size() {
    return this.heap.length;
  }
  sorted() {
    return [...this.heap].sort((a, b) => worse(a, b) ? -1 : worse(b, a) ? 1 : 0);
  }
};
var HIGHEST_FIRST = [...SEVERITIES].reverse();
function countsOf(byRank) {
  const counts2 = {};
  for (const s of HIGHEST_FIRST) counts2[s] = byRank[SEVERITY_RANK[s]];
  return counts2;
}
function zeroes() {
  return SEVERITIES.map(() => 0);
}
function checkOptions(options) {
  const now = options.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError("evaluate: options.now must be a valid Date");
  }
  const sampleLimit = Math.max(0, Math.floor(options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT));
  const within = options.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
  return { now, sampleLimit, within };
}
function createEvaluator(policy, options) {
  return new StreamingEvaluator(policy, options);
}
var StreamingEvaluator = class {
  constructor(policy, options) {
    this.policy = policy;
    const { now, sampleLimit, within } = checkOptions(options);
    this.within = within;
    this.compiled = compilePolicy(policy);
    this.statuses = policy.exceptions.map((e) => exceptionStatus(e, now));
    this.activeFlags = Uint8Array.from(this.statuses, (status) => status.daysLeft >= 0 ? 1 : 0);
    this.hasActive = this.activeFlags.includes(1);
    this.seen = new Int32Array(policy.rules.length + policy.exceptions.length).fill(-1);
    this.limitCounts = policy.severityLimits.map(() => 0);
    this.limitSamples = policy.severityLimits.map(() => new Sample(sampleLimit));
    this.ruleMatched = policy.rules.map(() => 0);
    this.ruleWaived = policy.rules.map(() => 0);
    this.ruleSamples = policy.rules.map(() => new Sample(sampleLimit));
    this.exceptionCounts = policy.exceptions.map(() => 0);
    this.exceptionSamples = policy.exceptions.map(() => new Sample(sampleLimit));
    this.creditedAt = policy.exceptions.map(() => -1);
  }
  policy;
  within;
  compiled;
  statuses;
  raw = zeroes();
  after = zeroes();
  limitCounts;
  limitSamples;
  ruleMatched;
  ruleWaived;
  ruleSamples;
  exceptionCounts;
  exceptionSamples;
  creditedAt;
  activeFlags;
  hasActive;
  /** seen[slot] === seq: the item is already among this finding's candidates. */
  seen;
  matchedNow = [];
  /** Scratch space for the candidates an index lookup returns. */
  candidates = [];
  /** Per rules package counts: a run has a handful of packages, found faster by comparison than by hashing. */
  packageNames = [];
  packageRows = [];
  packageIndex = /* @__PURE__ */ new Map();
  extraNames = [];
  seq = 0;
  countPackage(name, rank) {
    const names = this.packageNames;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === name) {
        this.packageRows[i][rank]++;
        return;
      }
    }
    if (names.length >= 16) {
      let index = this.packageIndex.get(name);
      if (index === void 0) {
        index = this.packageRows.length;
        this.packageIndex.set(name, index);
        this.packageRows.push(zeroes());
        this.extraNames.push(name);
      }
      this.packageRows[index][rank]++;
      return;
    }
    const row = zeroes();
    row[rank]++;
    names.push(name);
    this.packageRows.push(row);
  }
  credit(e, finding, rank, seq) {
    if (this.creditedAt[e.index] === seq) return;
    this.creditedAt[e.index] = seq;
    this.exceptionCounts[e.index]++;
    this.exceptionSamples[e.index].offer(finding, rank, seq);
  }
  /** Counts a rule the finding matches (the caller has tested it). */
  rule(rule, finding, rank, seq, matched) {
    let waived = false;
    for (let k = 0; k < matched; k++) {
      const e = this.matchedNow[k];
      if (e.rules === "all" || e.rules.has(rule.index)) {
        waived = true;
        this.credit(e, finding, rank, seq);
      }
    }
    if (waived) this.ruleWaived[rule.index]++;
    else {
      this.ruleMatched[rule.index]++;
      this.ruleSamples[rule.index].offer(finding, rank, seq);
    }
  }
  add(finding) {
    const seq = this.seq++;
    const rank = rankOf(finding.severity);
    this.raw[rank]++;
    this.countPackage(finding.rulesPackageName ?? finding.rulesPackageArn ?? "unknown", rank);
    const { index, openRules, openExceptions, limitByRank } = this.compiled;
    const candidates = this.candidates;
    const n = index.empty ? 0 : collect(index, finding, candidates, this.seen, seq);
    const matchedNow = this.matchedNow;
    let matched = 0;
    if (this.hasActive) {
      const open2 = openExceptions[rank];
      for (let i = 0; i < open2.length; i++) {
        const e = open2[i];
        if (this.activeFlags[e.index] === 1 && e.match.test(finding, rank)) matchedNow[matched++] = e;
      }
      for (let i = 0; i < n; i++) {
        const e = candidates[i];
        if (e.kind === "exception" && this.activeFlags[e.index] === 1 && e.match.test(finding, rank)) {
          matchedNow[matched++] = e;
        }
      }
    }
    const limit = limitByRank[rank];
    let severityWaived = false;
    for (let k = 0; k < matched; k++) {
      const e = matchedNow[k];
      if (e.severity) {
        severityWaived = true;
        if (limit >= 0) this.credit(e, finding, rank, seq);
      }
    }
    if (!severityWaived) {
      this.after[rank]++;
      if (limit >= 0) {
        this.limitCounts[limit]++;
        this.limitSamples[limit].offer(finding, rank, seq);
      }
    }
    const open = openRules[rank];
    for (let i = 0; i < open.length; i++) {
      const rule = open[i];
      if (rule.match.test(finding, rank)) this.rule(rule, finding, rank, seq, matched);
    }
    for (let i = 0; i < n; i++) {
      const item = candidates[i];
      if (item.kind === "rule" && item.match.test(finding, rank))
        this.rule(item, finding, rank, seq, matched);
    }
  }
  finish() {
    const { policy, statuses, within } = this;
    let failed = false;
    let truncated = false;
    const picked = [];
    const severity = policy.severityLimits.map((l, i) => {
      const count2 = this.limitCounts[i];
      const violated = count2 > l.max;
      if (violated) {
        failed = true;
        const sample = this.limitSamples[i];
        if (count2 > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: i, ruleId: `severity:${l.severity}`, level: "error" });
        }
      }
      return { severity: l.severity, count: count2, max: l.max, violated, source: l.source };
    });
    const rules = policy.rules.map((r, i) => {
      const matched = this.ruleMatched[i];
      const violated = matched > r.max;
      if (violated) {
        if (r.level === "error") failed = true;
        const sample = this.ruleSamples[i];
        if (matched > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: policy.severityLimits.length + i, ruleId: r.id, level: r.level });
        }
      }
      return {
        id: r.id,
        ...r.description !== void 0 ? { description: r.description } : {},
        level: r.level,
        matched,
        waived: this.ruleWaived[i],
        max: r.max,
        violated,
        source: r.source
      };
    });
    picked.sort((a, b) => worse(a.entry, b.entry) ? -1 : worse(b.entry, a.entry) ? 1 : a.order - b.order);
    const violations = picked.map((p) => ({
      ruleId: p.ruleId,
      level: p.level,
      finding: p.entry.finding
    }));
    const applied = [];
    const expired = [];
    const unused = [];
    const expiring = [];
    statuses.forEach((status, i) => {
      if (status.daysLeft < 0) {
        expired.push(status);
        return;
      }
      if (status.daysLeft <= within) expiring.push(status);
      const count2 = this.exceptionCounts[i];
      if (count2 === 0) unused.push(status);
      else
        applied.push({
          ...status,
          count: count2,
          findings: this.exceptionSamples[i].sorted().map((e) => e.finding)
        });
    });
    const byRulesPackage = /* @__PURE__ */ Object.create(null);
    const order = [...this.packageNames, ...this.extraNames].map((name, i) => [name, i]).sort((a, b) => a[0] < b[0] ? -1 : 1);
    for (const [name, i] of order) byRulesPackage[name] = countsOf(this.packageRows[i]);
    return {
      verdict: failed ? "fail" : "pass",
      findings: { evaluated: this.seq },
      counts: { raw: countsOf(this.raw), afterExceptions: countsOf(this.after), byRulesPackage },
      severity,
      rules,
      violations,
      violationsTruncated: truncated,
      exceptions: { applied, expired, unused, expiring }
    };
  }
};
function evaluate(policy, findings, options) {
  const evaluator = createEvaluator(policy, options);
  for (const finding of findings) evaluator.add(finding);
  return evaluator.finish();
}
function evaluateCounts(policy, counts2, options) {
  if (policy.rules.length > 0 || policy.exceptions.length > 0) {
    throw new TypeError("evaluateCounts: the policy has rules or exceptions; evaluate its findings instead");
  }
  checkOptions(options);
  const raw = countsOf(SEVERITIES.map((s) => counts2[s] ?? 0));
  const severity = policy.severityLimits.map((l) => {
    const count2 = raw[l.severity];
    return { severity: l.severity, count: count2, max: l.max, violated: count2 > l.max, source: l.source };
  });
  const failed = severity.some((s) => s.violated);
  return {
    verdict: failed ? "fail" : "pass",
    findings: { evaluated: SEVERITIES.reduce((n, s) => n + raw[s], 0) },
    counts: { raw, afterExceptions: { ...raw } },
    severity,
    rules: [],
    violations: [],
    violationsTruncated: failed,
    exceptions: { applied: [], expired: [], unused: [], expiring: [] }
  };
}

// src/findings/evaluate.ts
function evaluateFindings(policy, findings, options = {}) {
  const started = performance.now();
  const now = options.now ?? /* @__PURE__ */ new Date();
  const evaluation = evaluate(policy, findings, { now });
  const evaluateMs = Math.round(performance.now() - started);
  const warnOnly = options.warnOnly === true;
  const failed = evaluation.verdict === "fail";
  const result = {
    verdict: evaluation.verdict,
    exitCode: failed && !warnOnly ? ExitCode.Fail : ExitCode.Pass,
    policyFiles: policy.files,
    run: null,
    findings: { total: findings.length, evaluated: evaluation.findings.evaluated },
    counts: evaluation.counts.raw,
    evaluation,
    apiCalls: {},
    timings: { startedAt: now.toISOString(), totalMs: evaluateMs, evaluateMs },
    warnings: []
  };
  if (policy.name !== void 0) result.policyName = policy.name;
  if (failed && warnOnly) result.warnOnly = true;
  return result;
}

// src/findings/load.ts
import { readFile as readFile2 } from "node:fs/promises";
var MAX_PROBLEMS = 20;
async function loadFindingsFile(path) {
  let text;
  try {
    text = (await readFile2(path)).toString("utf8");
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : errorMessage(error);
    throw new ConfigError("FINDINGS_UNREADABLE", `Cannot read findings file '${path}': ${why}.`, [], {
      cause: error
    });
  }
  return parseFindings(text, path);
}
function parseFindings(text, file) {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    throw new ConfigError(
      "FINDINGS_INVALID",
      `Findings file '${file}' is empty: expected the JSON of 'aws inspector describe-findings', a JSON array of findings, or JSON Lines.`
    );
  }
  let whole;
  let syntaxError;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    syntaxError = error;
  }
  if (syntaxError === void 0) return fromDocument(whole, file);
  if (looksLikeJsonLines(body)) return fromJsonLines(body, file);
  const at = jsonErrorPosition(syntaxError, body);
  throw new ConfigError(
    "FINDINGS_INVALID",
    `Invalid JSON in findings file '${file}' at line ${at.line}, column ${at.column}: ${cleanJsonMessage(syntaxError)}.`
  );
}
function looksLikeJsonLines(body) {
  const first = body.split("\n").find((line) => line.trim() !== "");
  if (first === void 0 || body.trim().split("\n").length < 2) return false;
  try {
    const value = JSON.parse(first);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
var Problems = class {
  list = [];
  count = 0;
  add(problem) {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
  throwIfAny(file) {
    if (this.count === 0) return;
    const problems = [...this.list];
    if (this.count > this.list.length) problems.push(`… and ${this.count - this.list.length} more`);
    const message = this.count === 1 ? `Invalid findings file '${file}': ${this.list[0]}` : `Invalid findings file '${file}': ${this.count} problems`;
    throw new ConfigError("FINDINGS_INVALID", message, this.count === 1 ? [] : problems);
  }
};
function fromDocument(doc, file) {
  const problems = new Problems();
  let list;
  let where3;
  if (Array.isArray(doc)) {
    list = doc;
    where3 = (i) => `${file}: [${i}]`;
  } else if (isObject(doc) && Array.isArray(doc.findings)) {
    list = doc.findings;
    where3 = (i) => `${file}: findings[${i}]`;
    const failed = isObject(doc.failedItems) ? Object.keys(doc.failedItems) : [];
    if (failed.length > 0) {
      throw new InspectorError(
        "FINDINGS_INCOMPLETE",
        `Findings file '${file}' lists ${failed.length} failed item${failed.length === 1 ? "" : "s"} (e.g. ${failed[0]}): the export is incomplete; refusing to decide on incomplete data.`
      );
    }
  } else if (isObject(doc) && "arn" in doc) {
    list = [doc];
    where3 = () => `${file}:1`;
  } else {
    throw new ConfigError(
      "FINDINGS_INVALID",
      `Findings file '${file}' is not in a known form: expected the JSON of 'aws inspector describe-findings' ({"findings": [...]}), a JSON array of findings, or JSON Lines.`
    );
  }
  const findings = convertAll(list, where3, problems);
  problems.throwIfAny(file);
  return findings;
}
function fromJsonLines(body, file) {
  const problems = new Problems();
  const values = [];
  const lines = [];
  const rows = body.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? "").trim();
    if (row === "") continue;
    try {
      values.push(JSON.parse(row));
      lines.push(i + 1);
    } catch (error) {
      const column = jsonErrorPosition(error, row).column;
      problems.add(`${file}:${i + 1}:${column}: invalid JSON: ${cleanJsonMessage(error)}`);
    }
  }
  const findings = convertAll(values, (k) => `${file}:${lines[k]}`, problems);
  problems.throwIfAny(file);
  return findings;
}
function convertAll(list, where3, problems) {
  const findings = [];
  const seen = /* @__PURE__ */ new Map();
  const reader = new FindingReader(where3, problems);
  for (let i = 0; i < list.length; i++) {
    const finding = reader.convert(list[i], i);
    list[i] = void 0;
    if (finding === void 0) continue;
    const first = seen.get(finding.arn);
    if (first !== void 0) {
      problems.add(`${where3(i)}: finding ${finding.arn} appears twice (first at ${where3(first)})`);
      continue;
    }
    seen.set(finding.arn, i);
    findings.push(finding);
  }
  return findings;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === "object") return "an object";
  return String(value);
}
var FindingReader = class {
  constructor(where3, problems) {
    this.where = where3;
    this.problems = problems;
  }
  where;
  problems;
  index = 0;
  ok = true;
  badFn = (message) => this.bad(message);
  bad(message) {
    this.ok = false;
    this.problems.add(`${this.where(this.index)}: ${message}`);
  }
  str(key, v) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "string") return v;
    this.bad(`${key} must be a string, got ${describe(v)}`);
    return void 0;
  }
  num(key, v) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.bad(`${key} must be a number, got ${describe(v)}`);
    return void 0;
  }
  /** The finding at `index`, or undefined (its problems reported) when it is not valid. */
  convert(value, index) {
    this.index = index;
    this.ok = true;
    if (!isObject(value)) {
      this.bad(`expected a finding object, got ${describe(value)}`);
      return void 0;
    }
    const bad = this.badFn;
    const arn = value.arn;
    if (typeof arn !== "string" || arn === "") {
      this.bad(`arn must be a non-empty string, got ${describe(arn)}`);
    }
    let severity = "Undefined";
    if (value.severity !== void 0 && value.severity !== null) {
      if (isSeverity(value.severity)) severity = value.severity;
      else
        this.bad(
          `severity ${describe(value.severity)} is not one of ${[...SEVERITIES].reverse().join(", ")}`
        );
    }
    const attributes = attributeList("attributes", value.attributes, bad);
    const userAttributes = attributeList("userAttributes", value.userAttributes, bad);
    const assetSource = isObject(value.asset) ? value.asset : isObject(value.assetAttributes) ? value.assetAttributes : {};
    const asset = {};
    const agentId = this.str("assetAttributes.agentId", assetSource.agentId);
    if (agentId !== void 0) asset.agentId = agentId;
    const hostname = this.str("assetAttributes.hostname", assetSource.hostname);
    if (hostname !== void 0) asset.hostname = hostname;
    const group = this.str("assetAttributes.autoScalingGroup", assetSource.autoScalingGroup);
    if (group !== void 0) asset.autoScalingGroup = group;
    const amiId = this.str("assetAttributes.amiId", assetSource.amiId);
    if (amiId !== void 0) asset.amiId = amiId;
    const ipv4 = assetSource.ipv4Addresses;
    if (ipv4 !== void 0) {
      if (Array.isArray(ipv4) && allStrings(ipv4)) {
        if (ipv4.length > 0) asset.ipv4Addresses = ipv4;
      } else this.bad("assetAttributes.ipv4Addresses must be a list of strings");
    }
    const out = {
      arn: typeof arn === "string" ? arn : "",
      severity,
      attributes,
      userAttributes,
      asset
    };
    const id = this.str("id", value.id);
    if (id !== void 0) out.id = id;
    const title = this.str("title", value.title);
    if (title !== void 0) out.title = title;
    const numericSeverity = this.num("numericSeverity", value.numericSeverity);
    if (numericSeverity !== void 0) out.numericSeverity = numericSeverity;
    const confidence = this.num("confidence", value.confidence);
    if (confidence !== void 0) out.confidence = confidence;
    if (value.indicatorOfCompromise !== void 0 && value.indicatorOfCompromise !== null) {
      if (typeof value.indicatorOfCompromise === "boolean")
        out.indicatorOfCompromise = value.indicatorOfCompromise;
      else
        this.bad(`indicatorOfCompromise must be true or false, got ${describe(value.indicatorOfCompromise)}`);
    }
    const service = isObject(value.serviceAttributes) ? value.serviceAttributes : {};
    const packageArn = this.str("rulesPackageArn", value.rulesPackageArn ?? service.rulesPackageArn);
    if (packageArn !== void 0) out.rulesPackageArn = packageArn;
    const packageName = this.str("rulesPackageName", value.rulesPackageName);
    if (packageName !== void 0) out.rulesPackageName = packageName;
    if (value.createdAt !== void 0 && value.createdAt !== null) {
      const createdAt = timestamp(value.createdAt);
      if (createdAt === void 0) {
        this.bad(
          `createdAt ${describe(value.createdAt)} is not a timestamp: expected epoch seconds or an ISO-8601 string`
        );
      } else out.createdAt = createdAt;
    }
    return this.ok ? out : void 0;
  }
};
function allStrings(list) {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
  return true;
}
function attributeList(key, value, bad) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    bad(`${key} must be a list of {key, value} objects, got ${describe(value)}`);
    return [];
  }
  const out = [];
  for (let i = 0; i < value.length; i++) {
    const a = value[i];
    if (!isObject(a) || typeof a.key !== "string" || a.value !== void 0 && a.value !== null && typeof a.value !== "string") {
      bad(`${key}[${i}] must be an object with a string key and an optional string value`);
      continue;
    }
    out.push(typeof a.value === "string" ? { key: a.key, value: a.value } : { key: a.key });
  }
  return out;
}
function timestamp(value) {
  let ms;
  if (typeof value === "number" && Number.isFinite(value)) {
    ms = Math.abs(value) >= 1e11 ? value : value * 1e3;
  } else if (typeof value === "string" && value.trim() !== "") {
    const iso2 = canonicalUtc(value);
    if (iso2 !== void 0) return iso2;
    const trimmed = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(trimmed)) return timestamp(Number(trimmed));
    ms = Date.parse(trimmed.replace(/(\.\d{3})\d+/, "$1"));
  } else return void 0;
  if (!Number.isFinite(ms)) return void 0;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? void 0 : date.toISOString();
}
var DIGIT_0 = 48;
function digits(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function canonicalUtc(text) {
  const n = text.length;
  if (n < 20) return void 0;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return void 0;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return void 0;
  let end = 19;
  let fraction = "000";
  if (text.charCodeAt(19) === 46) {
    end = 20;
    while (end < n && text.charCodeAt(end) >= DIGIT_0 && text.charCodeAt(end) <= DIGIT_0 + 9) end++;
    if (end === 20) return void 0;
    fraction = end - 20 >= 3 ? text.slice(20, 23) : text.slice(20, end).padEnd(3, "0");
  }
  const zone = text.slice(end);
  if (zone !== "Z" && zone !== "+00:00" && zone !== "-00:00") return void 0;
  return `${text.slice(0, 19)}.${fraction}Z`;
}
function jsonErrorPosition(error, text) {
  const lc = /line (\d+) column (\d+)/.exec(error.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(error.message);
  const offset = pos ? Number(pos[1]) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function cleanJsonMessage(error) {
  return error.message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*$/, "").replace(/^(Unexpected token .*?), ".*" is not valid JSON$/, "$1");
}

// src/inspector/api.ts
var ApiCallCounter = class {
  counts = /* @__PURE__ */ new Map();
  record(operation) {
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
  }
  get(operation) {
    return this.counts.get(operation) ?? 0;
  }
  snapshot() {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  /**
   * Counts every attempt `client` sends (retries included) until the returned function is called. The
   * middleware sits in the deserialize step, which runs once per attempt inside the SDK's retry loop.
   */
  attach(client) {
    const name = `inspectorGateCallCounter${++counterSerial}`;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = String(context.commandName ?? "Unknown");
        this.record(command.endsWith("Command") ? command.slice(0, -"Command".length) : command);
        return next(args);
      },
      { step: "deserialize", name, priority: "high" }
    );
    return () => {
      client.middlewareStack.remove(name);
    };
  }
};
var counterSerial = 0;
var InspectorApi = class {
  constructor(client, signal) {
    this.client = client;
    this.signal = signal;
  }
  client;
  signal;
  /** Runs one SDK call with a signal of its own; converts SDK and network failures. */
  async call(operation, send2) {
    const link = linkedAbort(this.signal);
    try {
      return await untilAborted(send2({ abortSignal: link.signal }), link.signal);
    } catch (error) {
      throw this.convert(error, operation);
    } finally {
      link.dispose();
    }
  }
  /** Iterates an SDK paginator, converting its failures like `call`. */
  async *pages(operation, paginate2) {
    const link = linkedAbort(this.signal);
    try {
      const iterator = paginate2({ abortSignal: link.signal })[Symbol.asyncIterator]();
      while (true) {
        let step;
        try {
          step = await untilAborted(iterator.next(), link.signal);
        } catch (error) {
          throw this.convert(error, operation);
        }
        if (step.done) return;
        yield step.value;
      }
    } finally {
      link.dispose();
    }
  }
  convert(error, operation) {
    if (this.signal.aborted) return new GateAborted(this.signal.reason);
    return toInspectorError(error, operation) ?? error;
  }
};
var GateAborted = class extends Error {
  constructor(reason) {
    super(`aborted: ${errorMessage(reason)}`);
    this.reason = reason;
    this.name = "GateAborted";
  }
  reason;
};
function untilAborted(promise, signal) {
  if (signal.aborted) {
    promise.catch(() => {
    });
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve2, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve2(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
function linkedAbort(parent) {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, dispose() {
    } };
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => parent.removeEventListener("abort", onAbort)
  };
}
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_SOCKET_CONNECTION_TIMEOUT"
]);
function toInspectorError(error, operation) {
  if (error instanceof InspectorError) return error;
  if (!(error instanceof Error)) return void 0;
  const e = error;
  const attempts = e.$metadata?.attempts;
  const after = attempts !== void 0 && attempts > 1 ? ` (after ${attempts} attempts)` : "";
  const detail = e.message && e.message !== e.name ? `${e.name}: ${e.message}` : e.name;
  if (e.$fault !== void 0 || e.$metadata !== void 0) {
    const code = SERVICE_CODES[e.name] ?? (e.$fault === "server" ? "INSPECTOR_UNAVAILABLE" : "INSPECTOR_API");
    return new InspectorError(code, `Inspector ${operation} failed: ${detail}${after}`, { cause: error });
  }
  if (e.name === "CredentialsProviderError" || /could not load credentials/i.test(e.message)) {
    return new InspectorError(
      "AWS_CREDENTIALS",
      `Inspector ${operation} failed: no usable AWS credentials (${e.message})`,
      { cause: error }
    );
  }
  if (/region is missing/i.test(e.message)) {
    return new InspectorError(
      "AWS_REGION",
      `Inspector ${operation} failed: no AWS region (pass --region or set AWS_REGION)`,
      { cause: error }
    );
  }
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code) || e.name === "TimeoutError") {
    return new InspectorError("INSPECTOR_UNREACHABLE", `Inspector ${operation} failed: ${detail}${after}`, {
      cause: error
    });
  }
  return void 0;
}
var SERVICE_CODES = {
  AccessDeniedException: "ACCESS_DENIED",
  NoSuchEntityException: "NOT_FOUND",
  InvalidInputException: "INVALID_INPUT",
  ThrottlingException: "THROTTLED",
  InternalException: "INSPECTOR_UNAVAILABLE",
  ServiceTemporarilyUnavailableException: "INSPECTOR_UNAVAILABLE",
  LimitExceededException: "LIMIT_EXCEEDED",
  InvalidCrossAccountRoleException: "ACCESS_DENIED",
  UnrecognizedClientException: "AWS_CREDENTIALS",
  InvalidSignatureException: "AWS_CREDENTIALS",
  ExpiredTokenException: "AWS_CREDENTIALS"
};

// src/inspector/client.ts
import { InspectorClient } from "@aws-sdk/client-inspector";

// src/version.ts
var VERSION = "0.1.0";

// src/inspector/client.ts
var DEFAULT_MAX_ATTEMPTS = 6;
function createInspectorClient(connection = {}) {
  const config = {
    retryMode: "adaptive",
    maxAttempts: connection.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: `inspector-gate/${VERSION}`,
    requestHandler: {
      connectionTimeout: 5e3,
      requestTimeout: connection.requestTimeoutMs ?? 3e4
    }
  };
  if (connection.region !== void 0) config.region = connection.region;
  if (connection.endpoint !== void 0) config.endpoint = connection.endpoint;
  if (connection.credentials !== void 0) config.credentials = connection.credentials;
  if (connection.profile !== void 0) config.profile = connection.profile;
  return new InspectorClient(config);
}

// src/inspector/coverage.ts
import { GetTelemetryMetadataCommand, paginateListAssessmentRunAgents } from "@aws-sdk/client-inspector";
var UNHEALTHY_AGENTS_SHOWN = 20;
async function readCoverage(api, runArn, settings) {
  let agents = 0;
  let healthy = 0;
  let reporting = 0;
  const unhealthyAgents = [];
  for await (const page of api.pages(
    "ListAssessmentRunAgents",
    (o) => paginateListAssessmentRunAgents({ client: api.client, pageSize: 500 }, { assessmentRunArn: runArn }, o)
  )) {
    for (const agent of page.assessmentRunAgents ?? []) {
      agents++;
      if (agent.agentHealth === "HEALTHY") {
        healthy++;
        const messages = (agent.telemetryMetadata ?? []).reduce((sum, t) => sum + (t.count ?? 0), 0);
        if (messages > 0) reporting++;
      } else if (unhealthyAgents.length < UNHEALTHY_AGENTS_SHOWN) {
        const entry = { agentId: agent.agentId ?? "unknown" };
        if (agent.agentHealthCode !== void 0) entry.healthCode = agent.agentHealthCode;
        unhealthyAgents.push(entry);
      }
    }
  }
  const telemetry = await api.call(
    "GetTelemetryMetadata",
    (o) => api.client.send(new GetTelemetryMetadataCommand({ assessmentRunArn: runArn }), o)
  );
  const telemetryMessages = {};
  for (const t of telemetry.telemetryMetadata ?? []) {
    const type = t.messageType ?? "unknown";
    telemetryMessages[type] = (telemetryMessages[type] ?? 0) + (t.count ?? 0);
  }
  return {
    agents,
    healthy,
    unhealthy: agents - healthy,
    reporting,
    telemetryMessages,
    unhealthyAgents,
    minAgents: settings.minAgents,
    unhealthyPolicy: settings.unhealthyAgents
  };
}
function coverageMatters(settings) {
  return settings.minAgents > 0 || settings.unhealthyAgents !== "ignore";
}
function judgeCoverage(info) {
  const warnings = [];
  const unhealthyList = info.unhealthyAgents.map((a) => a.healthCode ? `${a.agentId} (${a.healthCode})` : a.agentId).join(", ");
  const more = info.unhealthy > info.unhealthyAgents.length ? ` and ${info.unhealthy - info.unhealthyAgents.length} more` : "";
  if (info.reporting < info.minAgents) {
    const unhealthyNote = info.unhealthy > 0 ? `; unhealthy: ${unhealthyList}${more}` : "";
    return {
      error: new InspectorError(
        "COVERAGE_INSUFFICIENT",
        `only ${info.reporting} of ${info.agents} agent${info.agents === 1 ? "" : "s"} were healthy and reported telemetry; the policy requires at least ${info.minAgents} (coverage.min-agents)${unhealthyNote}. Too little was assessed for the findings to be evidence.`
      ),
      warnings
    };
  }
  if (info.unhealthy > 0) {
    const message = `${info.unhealthy} of ${info.agents} agent${info.agents === 1 ? "" : "s"} ${info.unhealthy === 1 ? "was" : "were"} unhealthy during the run: ${unhealthyList}${more}`;
    if (info.unhealthyPolicy === "fail") {
      return {
        error: new InspectorError(
          "COVERAGE_UNHEALTHY_AGENTS",
          `${message} (coverage.unhealthy-agents: fail)`
        ),
        warnings
      };
    }
    if (info.unhealthyPolicy === "warn") warnings.push(message);
  }
  return { warnings };
}

// src/inspector/deadline.ts
var DeadlineExceeded = class extends Error {
  constructor(phase) {
    super(`deadline passed while ${phase}`);
    this.phase = phase;
    this.name = "DeadlineExceeded";
  }
  phase;
};
var DEADLINE_TICK_MS = 1e3;
function armDeadline(clock, deadline, expire, tickMs = DEADLINE_TICK_MS) {
  let timer;
  let state = "armed";
  const look = () => {
    timer = void 0;
    if (state !== "armed") return;
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      state = "fired";
      expire();
      return;
    }
    timer = setTimeout(look, Math.min(remaining, tickMs));
  };
  timer = setTimeout(look, Math.max(0, Math.min(deadline - clock.now(), tickMs)));
  return {
    disarm() {
      if (state === "armed") state = "disarmed";
      if (timer !== void 0) clearTimeout(timer);
      timer = void 0;
    },
    get fired() {
      return state === "fired";
    }
  };
}

// src/inspector/filter.ts
var MAX = {
  agentIds: 99,
  autoScalingGroups: 20,
  attributes: 50,
  rulesPackageArns: 50,
  severities: 50
};
function toFindingFilter(filter, rulesPackageNames2) {
  if (filter === void 0) return void 0;
  const out = {};
  const anyOf = (list, max) => list !== void 0 && list.length > 0 && list.length <= max ? [...new Set(list)] : void 0;
  const severities = anyOf(filter.severities, MAX.severities);
  if (severities) out.severities = severities;
  if (filter.rulesPackages !== void 0 && filter.rulesPackages.length > 0) {
    const arns = /* @__PURE__ */ new Set();
    for (const entry of filter.rulesPackages) {
      if (entry.startsWith("arn:")) {
        arns.add(entry);
        continue;
      }
      for (const [arn, name] of rulesPackageNames2) if (name === entry) arns.add(arn);
    }
    const list = anyOf([...arns], MAX.rulesPackageArns);
    if (list) out.rulesPackageArns = list;
  }
  const agentIds = anyOf(filter.agentIds, MAX.agentIds);
  if (agentIds) out.agentIds = agentIds;
  const groups = anyOf(filter.autoScalingGroups, MAX.autoScalingGroups);
  if (groups) out.autoScalingGroups = groups;
  const attributes = (filter.attributes ?? []).slice(0, MAX.attributes);
  if (attributes.length > 0) out.attributes = attributes.map((a) => ({ key: a.key, value: a.value }));
  const userAttributes = (filter.userAttributes ?? []).slice(0, MAX.attributes);
  if (userAttributes.length > 0)
    out.userAttributes = userAttributes.map((a) => ({ key: a.key, value: a.value }));
  return Object.keys(out).length > 0 ? out : void 0;
}
function isSeverityOnlyFilter(filter) {
  return filter !== void 0 && Object.keys(filter).length === 1 && Array.isArray(filter.severities);
}

// src/inspector/findings.ts
import {
  DescribeFindingsCommand,
  paginateListFindings
} from "@aws-sdk/client-inspector";

// src/inspector/runs.ts
import {
  DescribeAssessmentRunsCommand,
  DescribeAssessmentTemplatesCommand,
  paginateListAssessmentRuns,
  StartAssessmentRunCommand,
  StopAssessmentRunCommand
} from "@aws-sdk/client-inspector";

// src/inspector/wait.ts
var MAX_POLL_DELAY_MS = 6e4;
var GROWTH = 1.5;
var BRISK_WINDOW_MS = 10 * 6e4;
var BRISK_CAP_MS = 15e3;
var JITTER = 0.2;
function backoffDelay(n, minDelayMs, maxDelayMs, random) {
  if (n <= 0) return Math.min(minDelayMs, maxDelayMs);
  const base = minDelayMs * GROWTH ** n;
  const jittered = base * (1 - JITTER / 2 + JITTER * random());
  return Math.round(Math.min(maxDelayMs, Math.max(minDelayMs, jittered)));
}
async function createWaiter(config, check) {
  const { clock, minDelayMs, deadline, abortSignal } = config;
  const maxDelayMs = config.maxDelayMs ?? MAX_POLL_DELAY_MS;
  const random = config.random ?? Math.random;
  let checks = 0;
  let reason;
  let n = 0;
  let wakePassed = false;
  while (true) {
    if (abortSignal?.aborted) return { state: "ABORTED", reason, checks };
    const result = await check();
    checks++;
    reason = result.reason;
    if (result.state !== "RETRY") return { state: result.state, reason, checks };
    const now = clock.now();
    const remaining = deadline - now;
    if (remaining <= 0) return { state: "TIMEOUT", reason, checks };
    let delay = backoffDelay(n, minDelayMs, maxDelayMs, random);
    n++;
    const wake = config.wakeBy?.(result.reason);
    if (wake !== void 0) {
      if (wake > now) delay = Math.min(delay, Math.max(1, wake - now));
      else if (!wakePassed) {
        wakePassed = true;
        n = 1;
        delay = minDelayMs;
      } else if (now - wake < BRISK_WINDOW_MS) {
        delay = Math.min(delay, Math.max(minDelayMs, BRISK_CAP_MS));
      }
    }
    delay = Math.min(delay, remaining);
    try {
      await clock.sleep(delay, abortSignal);
    } catch (error) {
      if (abortSignal?.aborted) return { state: "ABORTED", reason, checks };
      throw error;
    }
  }
}
var SUCCESS_STATES = /* @__PURE__ */ new Set(["COMPLETED"]);
var PARTIAL_STATES = /* @__PURE__ */ new Set(["COMPLETED_WITH_ERRORS"]);
var FAILURE_STATES = /* @__PURE__ */ new Set(["FAILED", "ERROR", "CANCELED"]);
function isTerminalState(state) {
  return state !== void 0 && (SUCCESS_STATES.has(state) || PARTIAL_STATES.has(state) || FAILURE_STATES.has(state));
}
function checkRunState(run, allowPartial) {
  const state = run.state ?? "";
  if (SUCCESS_STATES.has(state)) return { state: "SUCCESS", reason: run };
  if (PARTIAL_STATES.has(state)) return { state: allowPartial ? "SUCCESS" : "FAILURE", reason: run };
  if (FAILURE_STATES.has(state)) return { state: "FAILURE", reason: run };
  return { state: "RETRY", reason: run };
}
function expectedEnd(run, slackMs) {
  if (run.startedAt === void 0 || run.durationInSeconds === void 0) return void 0;
  return run.startedAt.getTime() + run.durationInSeconds * 1e3 + slackMs;
}
function waitUntilRunFinished(api, runArn, options) {
  let previous;
  let initial = options.initial;
  const slack = Math.min(options.pollIntervalMs, 2e3);
  return createWaiter(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      ...options.abortSignal ? { abortSignal: options.abortSignal } : {},
      ...options.random ? { random: options.random } : {},
      wakeBy: (run) => expectedEnd(run, slack)
    },
    async () => {
      let run;
      if (initial !== void 0) {
        run = initial;
        initial = void 0;
      } else {
        run = await describeRun(api, runArn);
      }
      if (run.state !== previous) {
        options.onState?.(run, previous);
        previous = run.state;
      }
      return checkRunState(run, options.allowPartial);
    }
  );
}

// src/inspector/runs.ts
var DESCRIBE_BATCH = 10;
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
async function describeRuns(api, arns) {
  const runs = [];
  for (const batch of chunks(arns, DESCRIBE_BATCH)) {
    const out = await api.call(
      "DescribeAssessmentRuns",
      (o) => api.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: batch }), o)
    );
    runs.push(...out.assessmentRuns ?? []);
  }
  return runs;
}
async function describeRun(api, arn) {
  const out = await api.call(
    "DescribeAssessmentRuns",
    (o) => api.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [arn] }), o)
  );
  const run = out.assessmentRuns?.find((r) => r.arn === arn);
  if (run === void 0) {
    const failure = out.failedItems?.[arn]?.failureCode;
    throw new InspectorError(
      "RUN_NOT_FOUND",
      `assessment run ${arn} was not found${failure ? ` (${failure})` : ""}`
    );
  }
  return run;
}
async function describeTemplate(api, arn) {
  const out = await api.call(
    "DescribeAssessmentTemplates",
    (o) => api.client.send(new DescribeAssessmentTemplatesCommand({ assessmentTemplateArns: [arn] }), o)
  );
  const template = out.assessmentTemplates?.find((t) => t.arn === arn);
  if (template === void 0) {
    const failure = out.failedItems?.[arn]?.failureCode;
    throw new InspectorError(
      "TEMPLATE_NOT_FOUND",
      `assessment template ${arn} was not found${failure ? ` (${failure})` : ""}`
    );
  }
  return template;
}
async function listRunArns(api, input) {
  const arns = [];
  for await (const page of api.pages(
    "ListAssessmentRuns",
    (o) => paginateListAssessmentRuns({ client: api.client, pageSize: 500 }, { ...input }, o)
  )) {
    arns.push(...page.assessmentRunArns ?? []);
  }
  return arns;
}
function newest(runs, at) {
  let best;
  for (const run of runs) {
    const t = at(run)?.getTime() ?? 0;
    if (best === void 0 || t > (at(best)?.getTime() ?? 0)) best = run;
  }
  return best;
}
async function findRunByName(api, templateArn, name) {
  const arns = await listRunArns(api, {
    assessmentTemplateArns: [templateArn],
    filter: { namePattern: name }
  });
  if (arns.length === 0) return void 0;
  const runs = (await describeRuns(api, arns)).filter((r) => r.name === name);
  return newest(runs, (r) => r.createdAt);
}
async function findLatestCompletedRun(api, templateArn, options) {
  const base = {
    assessmentTemplateArns: [templateArn],
    filter: { states: ["COMPLETED"] }
  };
  const latestOf = async (input) => newest(await describeRuns(api, await listRunArns(api, input)), (r) => r.completedAt);
  if (options.maxAgeMs === void 0) {
    const run = await latestOf(base);
    if (run === void 0) throw noCompletedRun(templateArn);
    return run;
  }
  const since = new Date(options.now - options.maxAgeMs);
  const recent = await latestOf({
    ...base,
    filter: { ...base.filter, completionTimeRange: { beginDate: since } }
  });
  if (recent?.completedAt !== void 0 && recent.completedAt.getTime() >= since.getTime()) return recent;
  const older = await latestOf(base);
  if (older === void 0) throw noCompletedRun(templateArn);
  const completed = older.completedAt?.toISOString() ?? "an unknown time";
  throw new InspectorError(
    "RUN_TOO_OLD",
    `the latest COMPLETED run of template ${templateArn} is '${older.name}' (${older.arn}), completed ${completed}, older than the maximum age of ${formatDuration(options.maxAgeMs)}`
  );
}
function noCompletedRun(templateArn) {
  return new InspectorError(
    "NO_COMPLETED_RUN",
    `assessment template ${templateArn} has no COMPLETED run to evaluate`
  );
}
async function startOrReuseRun(api, templateArn, name, options) {
  const existing = await findRunByName(api, templateArn, name);
  if (existing?.arn !== void 0) return { arn: existing.arn, started: false, run: existing };
  let attempt = 0;
  while (true) {
    const outcome = await api.call("StartAssessmentRun", async (o) => {
      try {
        const out = await api.client.send(
          new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn, assessmentRunName: name }),
          o
        );
        return { kind: "started", arn: out.assessmentRunArn };
      } catch (error) {
        if (error instanceof Error && error.name === "AgentsAlreadyRunningAssessmentException") {
          return { kind: "busy", error };
        }
        if (error instanceof Error && error.name === "InvalidInputException") {
          return { kind: "invalid", error };
        }
        throw error;
      }
    });
    if (outcome.kind === "started") {
      if (outcome.arn === void 0) {
        throw new InspectorError("INSPECTOR_API", "Inspector StartAssessmentRun returned no run ARN");
      }
      return { arn: outcome.arn, started: true };
    }
    if (outcome.kind === "invalid") {
      const raced = await findRunByName(api, templateArn, name);
      if (raced?.arn !== void 0) return { arn: raced.arn, started: false, run: raced };
      throw new InspectorError(
        "INVALID_INPUT",
        `Inspector StartAssessmentRun refused run '${name}' of template ${templateArn}: ${outcome.error.message}`,
        { cause: outcome.error }
      );
    }
    const agents = outcome.error.agents ?? [];
    const heldBy = [...new Set(agents.map((a) => a.assessmentRunArn).filter((a) => a !== void 0))];
    const agentIds = agents.map((a) => a.agentId).filter((a) => a !== void 0);
    const remaining = options.deadline - options.clock.now();
    const holders = heldBy.length > 0 ? heldBy.join(", ") : "another run";
    if (remaining <= 0) {
      throw new InspectorError(
        "AGENTS_BUSY",
        `the agents of template ${templateArn} are still busy in ${holders} (${describeAgents(agentIds, outcome.error.agentsTruncated === true)}); gave up at the deadline`
      );
    }
    const delay = Math.min(
      remaining,
      backoffDelay(attempt++, options.pollIntervalMs, 6e4, options.random ?? Math.random)
    );
    options.onBusy?.({
      heldBy,
      agents: agentIds,
      agentsTruncated: outcome.error.agentsTruncated === true,
      retryInMs: delay
    });
    try {
      await options.clock.sleep(delay, options.abortSignal);
    } catch (error) {
      if (options.abortSignal.aborted) throw new GateAborted(options.abortSignal.reason);
      throw error;
    }
  }
}
function describeAgents(ids, truncated) {
  if (ids.length === 0) return "agents not named";
  const shown = ids.slice(0, 5).join(", ");
  const more = ids.length > 5 || truncated ? ", …" : "";
  return `agent${ids.length === 1 ? "" : "s"} ${shown}${more}`;
}
async function stopRun(api, arn) {
  await api.call(
    "StopAssessmentRun",
    (o) => api.client.send(
      new StopAssessmentRunCommand({ assessmentRunArn: arn, stopAction: "SKIP_EVALUATION" }),
      o
    )
  );
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  let s = Math.round(ms / 1e3);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts = [];
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (s || parts.length === 0) parts.push(`${s}s`);
  return parts.join(" ");
}

// src/inspector/findings.ts
var LIST_PAGE_SIZE = 500;
var DEFAULT_CONCURRENCY = 8;
var DEFAULT_ITEM_RETRIES = 4;
var ArnQueue = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  head = 0;
  closed = false;
  failed = false;
  wakeups = [];
  get size() {
    return this.items.length - this.head;
  }
  wake() {
    const waiting = this.wakeups;
    this.wakeups = [];
    for (const w of waiting) w();
  }
  changed() {
    return new Promise((resolve2) => this.wakeups.push(resolve2));
  }
  async push(arns) {
    while (this.size >= this.capacity && !this.failed) await this.changed();
    if (this.failed) return;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    for (const arn of arns) this.items.push(arn);
    this.wake();
  }
  /** Up to `n` ARNs: a full batch unless the queue is closed; undefined once closed and drained. */
  async take(n) {
    while (this.size < n && !this.closed && !this.failed) await this.changed();
    if (this.failed || this.size === 0) return void 0;
    const batch = this.items.slice(this.head, this.head + n);
    this.head += batch.length;
    this.wake();
    return batch;
  }
  close() {
    this.closed = true;
    this.wake();
  }
  fail() {
    this.failed = true;
    this.wake();
  }
};
async function fetchFindings(api, options) {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const itemRetries = options.itemRetries ?? DEFAULT_ITEM_RETRIES;
  const random = options.random ?? Math.random;
  const { clock, deadline } = options;
  const stop = new AbortController();
  const onParentAbort = () => stop.abort(api.signal.reason);
  if (api.signal.aborted) stop.abort(api.signal.reason);
  else api.signal.addEventListener("abort", onParentAbort, { once: true });
  const inner = new InspectorApi(api.client, stop.signal);
  const queue = new ArnQueue(Math.max(2 * LIST_PAGE_SIZE, 4 * concurrency * DESCRIBE_BATCH));
  let listed = 0;
  let described = 0;
  let pages = 0;
  let retriedItems = 0;
  let listingDone = false;
  let firstError;
  const progress = () => options.onProgress?.({ listed, described, listingDone });
  const checkDeadline = (phase) => {
    if (clock.now() >= deadline) throw new DeadlineExceeded(phase);
  };
  const lister = async () => {
    const input = {
      assessmentRunArns: [options.runArn],
      maxResults: LIST_PAGE_SIZE,
      ...options.filter ? { filter: options.filter } : {}
    };
    checkDeadline("listing findings");
    for await (const page of inner.pages(
      "ListFindings",
      (o) => paginateListFindings({ client: inner.client, pageSize: LIST_PAGE_SIZE }, { ...input }, o)
    )) {
      pages++;
      const arns = page.findingArns ?? [];
      listed += arns.length;
      progress();
      await queue.push(arns);
      checkDeadline("listing findings");
    }
    listingDone = true;
    queue.close();
    progress();
  };
  const describe2 = async (batch) => {
    let pending = batch;
    for (let attempt = 0; ; attempt++) {
      checkDeadline("describing findings");
      const asked = pending;
      const out = await inner.call(
        "DescribeFindings",
        (o) => inner.client.send(new DescribeFindingsCommand({ findingArns: asked }), o)
      );
      const open = new Set(asked);
      for (const finding of out.findings ?? []) {
        if (finding.arn === void 0 || !open.delete(finding.arn)) {
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `DescribeFindings returned finding ${finding.arn ?? "(no ARN)"}, which was not asked for or came twice`
          );
        }
        options.onFinding(finding);
        described++;
      }
      const retry = [];
      const codes = /* @__PURE__ */ new Set();
      for (const [arn, item] of Object.entries(out.failedItems ?? {})) {
        if (!open.delete(arn)) continue;
        if (item.retryable === true) {
          retry.push(arn);
          codes.add(item.failureCode ?? "UNKNOWN");
        } else {
          throw new InspectorError(
            "FINDINGS_INCOMPLETE",
            `DescribeFindings could not describe finding ${arn}: ${item.failureCode ?? "UNKNOWN"} (not retryable); refusing to decide on incomplete data`
          );
        }
      }
      if (open.size > 0) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `DescribeFindings returned neither a finding nor a failed item for ${open.size} of the ${asked.length} findings asked for (e.g. ${[...open][0]}); refusing to decide on incomplete data`
        );
      }
      progress();
      if (retry.length === 0) return;
      if (attempt >= itemRetries) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `DescribeFindings still could not describe ${retry.length} finding${retry.length === 1 ? "" : "s"} (${[...codes].join(", ")}) after ${attempt + 1} attempts; refusing to decide on incomplete data`
        );
      }
      retriedItems += retry.length;
      const delay = Math.min(2e3, 100 * 2 ** attempt * (0.5 + random()));
      try {
        await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())), stop.signal);
      } catch (error) {
        if (stop.signal.aborted) throw new GateAborted(stop.signal.reason);
        throw error;
      }
      pending = retry;
    }
  };
  const worker = async () => {
    while (true) {
      const batch = await queue.take(DESCRIBE_BATCH);
      if (batch === void 0) return;
      await describe2(batch);
    }
  };
  const guard = (task) => task().catch((error) => {
    if (firstError === void 0) firstError = error;
    queue.fail();
    if (!stop.signal.aborted) stop.abort(new Error("fetching findings failed"));
  });
  try {
    await Promise.all([guard(lister), ...Array.from({ length: concurrency }, () => guard(worker))]);
  } finally {
    api.signal.removeEventListener("abort", onParentAbort);
  }
  if (api.signal.aborted) throw new GateAborted(api.signal.reason);
  if (firstError !== void 0) throw firstError;
  return { listed, described, pages, retriedItems };
}
async function listFindingsUpTo(api, runArn, filter, limit) {
  const pageSize = Math.min(LIST_PAGE_SIZE, Math.max(0, Math.floor(limit)) + 1);
  let listed = 0;
  let pages = 0;
  for await (const page of api.pages(
    "ListFindings",
    (o) => paginateListFindings(
      { client: api.client, pageSize },
      { assessmentRunArns: [runArn], filter, maxResults: pageSize },
      o
    )
  )) {
    pages++;
    listed += page.findingArns?.length ?? 0;
    if (listed > limit) return { listed, complete: false, pages };
  }
  return { listed, complete: true, pages };
}

// src/inspector/normalize.ts
function normalizeAttributes(list) {
  if (list === void 0) return [];
  const out = [];
  for (const a of list) {
    if (typeof a.key !== "string") continue;
    out.push(typeof a.value === "string" ? { key: a.key, value: a.value } : { key: a.key });
  }
  return out;
}
function normalizeFinding(finding, rulesPackageNames2) {
  const asset = {};
  const a = finding.assetAttributes;
  if (a?.agentId !== void 0) asset.agentId = a.agentId;
  if (a?.hostname !== void 0) asset.hostname = a.hostname;
  if (a?.autoScalingGroup !== void 0) asset.autoScalingGroup = a.autoScalingGroup;
  if (a?.amiId !== void 0) asset.amiId = a.amiId;
  if (a?.ipv4Addresses !== void 0 && a.ipv4Addresses.length > 0) asset.ipv4Addresses = a.ipv4Addresses;
  const out = {
    arn: finding.arn ?? "",
    severity: isSeverity(finding.severity) ? finding.severity : "Undefined",
    attributes: normalizeAttributes(finding.attributes),
    userAttributes: normalizeAttributes(finding.userAttributes),
    asset
  };
  if (finding.id !== void 0) out.id = finding.id;
  if (finding.title !== void 0) out.title = finding.title;
  if (typeof finding.numericSeverity === "number") out.numericSeverity = finding.numericSeverity;
  if (typeof finding.confidence === "number") out.confidence = finding.confidence;
  if (typeof finding.indicatorOfCompromise === "boolean")
    out.indicatorOfCompromise = finding.indicatorOfCompromise;
  const packageArn = finding.serviceAttributes?.rulesPackageArn;
  if (packageArn !== void 0) {
    out.rulesPackageArn = packageArn;
    const name = rulesPackageNames2?.get(packageArn);
    if (name !== void 0) out.rulesPackageName = name;
  }
  if (finding.createdAt instanceof Date && !Number.isNaN(finding.createdAt.getTime())) {
    out.createdAt = finding.createdAt.toISOString();
  }
  return out;
}

// src/inspector/packages.ts
import { DescribeRulesPackagesCommand } from "@aws-sdk/client-inspector";
async function rulesPackageNames(api, arns) {
  const names = /* @__PURE__ */ new Map();
  for (const batch of chunks([...new Set(arns)], DESCRIBE_BATCH)) {
    const out = await api.call(
      "DescribeRulesPackages",
      (o) => api.client.send(new DescribeRulesPackagesCommand({ rulesPackageArns: batch }), o)
    );
    for (const p of out.rulesPackages ?? []) {
      if (p.arn !== void 0 && p.name !== void 0) names.set(p.arn, p.name);
    }
  }
  return names;
}

// src/policy/plan.ts
var NO_ATTRIBUTES2 = [];
var FILTER_LIMITS = {
  severities: 50,
  rulesPackages: 50,
  attributes: 50,
  agentIds: 500,
  autoScalingGroups: 20
};
function exactPairs(map) {
  if (map === void 0) return [];
  const pairs = [];
  for (const key of Object.keys(map)) {
    const list = toList(map[key]);
    const literals = literalsOf(list);
    if (literals !== void 0 && literals.length === 1 && literals[0] !== "") {
      pairs.push({ key, value: literals[0] });
    }
  }
  return pairs;
}
function exactValues(patterns) {
  if (patterns === void 0) return void 0;
  const literals = literalsOf(patterns);
  return literals?.every((l) => l !== "") ? literals : void 0;
}
function requirementOf(match) {
  const mask = severityMaskOf(match);
  const req = {
    severities: new Set(SEVERITIES.filter((_, r) => (mask >> r & 1) === 1)),
    attributes: exactPairs(match.attributes),
    userAttributes: exactPairs(match.userAttributes)
  };
  const packages = exactValues(match.rulesPackage);
  if (packages) req.rulesPackages = packages;
  const agents = exactValues(match.asset?.agentId);
  if (agents) req.agentIds = agents;
  const groups = exactValues(match.asset?.autoScalingGroup);
  if (groups) req.autoScalingGroups = groups;
  return req;
}
function unionOf(reqs, get, limit) {
  const out = /* @__PURE__ */ new Set();
  for (const r of reqs) {
    const values = get(r);
    if (values === void 0) return void 0;
    for (const v of values) out.add(v);
  }
  return out.size > 0 && out.size <= limit ? [...out].sort() : void 0;
}
function commonPairs(reqs, get) {
  const [first, ...rest] = reqs;
  if (first === void 0) return void 0;
  const common = get(first).filter(
    (pair) => rest.every((r) => get(r).some((other) => other.key === pair.key && other.value === pair.value))
  );
  const unique = common.filter(
    (pair, i) => common.findIndex((p) => p.key === pair.key && p.value === pair.value) === i
  );
  return unique.length > 0 ? unique.slice(0, FILTER_LIMITS.attributes) : void 0;
}
function planFetch(policy) {
  const severityOnly = policy.rules.length === 0 && policy.exceptions.length === 0;
  if (severityOnly) return { severityOnly };
  const reqs = [
    ...policy.severityLimits.map(
      (limit) => ({ severities: /* @__PURE__ */ new Set([limit.severity]), attributes: [], userAttributes: [] })
    ),
    ...policy.rules.map((rule) => requirementOf(rule.match))
  ].filter((r) => r.severities.size > 0);
  if (reqs.length === 0) return { severityOnly };
  const filter = {};
  const severities = /* @__PURE__ */ new Set();
  for (const r of reqs) for (const s of r.severities) severities.add(s);
  if (severities.size < SEVERITIES.length) {
    filter.severities = SEVERITIES.filter((s) => severities.has(s)).reverse();
  }
  const rulesPackages2 = unionOf(reqs, (r) => r.rulesPackages, FILTER_LIMITS.rulesPackages);
  if (rulesPackages2) filter.rulesPackages = rulesPackages2;
  const agentIds = unionOf(reqs, (r) => r.agentIds, FILTER_LIMITS.agentIds);
  if (agentIds) filter.agentIds = agentIds;
  const groups = unionOf(reqs, (r) => r.autoScalingGroups, FILTER_LIMITS.autoScalingGroups);
  if (groups) filter.autoScalingGroups = groups;
  const attributes = commonPairs(reqs, (r) => r.attributes);
  if (attributes) filter.attributes = attributes;
  const userAttributes = commonPairs(reqs, (r) => r.userAttributes);
  if (userAttributes) filter.userAttributes = userAttributes;
  return Object.keys(filter).length > 0 ? { severityOnly, filter } : { severityOnly };
}
function hasPair(list, pair) {
  for (const a of list ?? NO_ATTRIBUTES2) if (a.key === pair.key && a.value === pair.value) return true;
  return false;
}
function matchesServerFilter(finding, filter) {
  if (filter.severities?.length && !filter.severities.includes(finding.severity)) return false;
  if (filter.rulesPackages?.length) {
    const name = finding.rulesPackageName;
    const arn = finding.rulesPackageArn;
    if (!filter.rulesPackages.some((p) => p === name || p === arn)) return false;
  }
  if (filter.agentIds?.length) {
    const agent = finding.asset?.agentId;
    if (agent === void 0 || !filter.agentIds.includes(agent)) return false;
  }
  if (filter.autoScalingGroups?.length) {
    const group = finding.asset?.autoScalingGroup;
    if (group === void 0 || !filter.autoScalingGroups.includes(group)) return false;
  }
  if (filter.attributes?.length && !filter.attributes.every((p) => hasPair(finding.attributes, p)))
    return false;
  if (filter.userAttributes?.length && !filter.userAttributes.every((p) => hasPair(finding.userAttributes, p))) {
    return false;
  }
  return true;
}

// src/gate.ts
var DEFAULT_TIMEOUT_MS = 2 * 60 * 60 * 1e3;
var DEFAULT_POLL_INTERVAL_MS = 1e4;
var STOP_BUDGET_MS = 8e3;
async function runGate(options, deps = {}) {
  checkOptions2(options);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const ownClient = deps.client === void 0;
  const client = deps.client ?? createInspectorClient(connectionOf(options));
  const counter = new ApiCallCounter();
  const detach = counter.attach(client);
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  const gate = new Gate(options, { ...deps, clock, logger }, client, counter, controller.signal);
  const deadline = armDeadline(
    clock,
    gate.deadline,
    () => controller.abort(new DeadlineExceeded(gate.currentPhase))
  );
  try {
    return await gate.run();
  } finally {
    deadline.disarm();
    options.signal?.removeEventListener("abort", onAbort);
    detach();
    if (ownClient) client.destroy();
  }
}
function regionOfArn(arn) {
  const region = arn.split(":")[3];
  return region !== void 0 && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : void 0;
}
function connectionOf(options) {
  const i = options.inspector ?? {};
  const source2 = options.source;
  const region = i.region ?? regionOfArn(source2.kind === "run" ? source2.runArn : source2.templateArn);
  return {
    ...region !== void 0 ? { region } : {},
    ...i.endpoint !== void 0 ? { endpoint: i.endpoint } : {},
    ...i.profile !== void 0 ? { profile: i.profile } : {},
    ...i.maxAttempts !== void 0 ? { maxAttempts: i.maxAttempts } : {}
  };
}
function checkOptions2(options) {
  const positive = (name, value, integer = false) => {
    if (value === void 0) return;
    if (!Number.isFinite(value) || value <= 0 || integer && !Number.isInteger(value)) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid ${name} '${value}': expected a positive ${integer ? "integer" : "number"}.`
      );
    }
  };
  positive("timeout", options.timeoutMs);
  positive("poll interval", options.pollIntervalMs);
  positive("concurrency", options.concurrency, true);
  positive("max attempts", options.inspector?.maxAttempts, true);
  const s = options.source;
  const arn = (name, value) => {
    if (typeof value !== "string" || !value.startsWith("arn:")) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid ${name} '${value}': expected an ARN (arn:aws:inspector:…).`
      );
    }
  };
  if (s.kind === "run") arn("run ARN", s.runArn);
  else {
    arn("template ARN", s.templateArn);
    if (s.kind === "template" && (s.runName.length < 1 || s.runName.length > 140)) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid run name '${s.runName}': expected 1 to 140 characters.`
      );
    }
    if (s.kind === "latest") positive("max age", s.maxAgeMs);
  }
}
function sumCounts(counts2) {
  return SEVERITIES.reduce((sum, s) => sum + counts2[s], 0);
}
function countsOf2(run) {
  if (run.findingCounts === void 0) return void 0;
  const counts2 = emptySeverityCounts();
  for (const s of SEVERITIES) counts2[s] = run.findingCounts[s] ?? 0;
  return counts2;
}
function iso(date) {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : void 0;
}
function runInfo(run, startedByGate) {
  const info = {
    arn: run.arn ?? "",
    name: run.name ?? "",
    templateArn: run.assessmentTemplateArn ?? "",
    state: run.state ?? "UNKNOWN",
    stateChanges: (run.stateChanges ?? []).map((c) => ({ state: c.state ?? "UNKNOWN", at: iso(c.stateChangedAt) ?? "" })).sort((a, b) => a.at.localeCompare(b.at)),
    startedByGate
  };
  const createdAt = iso(run.createdAt);
  if (createdAt) info.createdAt = createdAt;
  const startedAt = iso(run.startedAt);
  if (startedAt) info.startedAt = startedAt;
  const completedAt = iso(run.completedAt);
  if (completedAt) info.completedAt = completedAt;
  if (run.durationInSeconds !== void 0) info.durationInSeconds = run.durationInSeconds;
  const counts2 = countsOf2(run);
  if (counts2) info.findingCounts = counts2;
  if (run.rulesPackageArns) info.rulesPackageArns = run.rulesPackageArns;
  return info;
}
function runLabel(run) {
  return `'${run.name ?? "?"}' (${run.arn ?? "?"})`;
}
function runFailure(run, allowPartialHint) {
  const state = run.state ?? "UNKNOWN";
  const notes = (run.notifications ?? []).filter((n) => n.error === true).slice(-3).map((n) => `${iso(n.date) ?? "?"} ${n.event ?? "?"}: ${n.message ?? "(no message)"}`);
  const changes = [...run.stateChanges ?? []].sort((a, b) => (a.stateChangedAt?.getTime() ?? 0) - (b.stateChangedAt?.getTime() ?? 0)).slice(-4).map((c) => `${c.state ?? "?"} at ${iso(c.stateChangedAt) ?? "?"}`);
  const parts = [`assessment run ${runLabel(run)} ended ${state}`];
  if (PARTIAL_STATES.has(state) && allowPartialHint) {
    parts[0] += ": some of it failed, so its findings may be incomplete (allow-partial evaluates them anyway)";
  }
  parts.push(notes.length > 0 ? `error notifications: ${notes.join("; ")}` : "no error notifications");
  if (changes.length > 0) parts.push(`last state changes: ${changes.join(", ")}`);
  const code = PARTIAL_STATES.has(state) ? "RUN_COMPLETED_WITH_ERRORS" : `RUN_${state}`;
  return new InspectorError(code, parts.join(". "));
}
var Gate = class {
  constructor(options, ctx, client, counter, signal) {
    this.options = options;
    this.ctx = ctx;
    this.counter = counter;
    this.signal = signal;
    this.startMs = ctx.clock.now();
    this.startedAt = new Date(this.startMs).toISOString();
    this.deadline = this.startMs + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.api = new InspectorApi(client, signal);
  }
  options;
  ctx;
  counter;
  signal;
  startMs;
  startedAt;
  /** Clock time after which the gate gives up (TIMEOUT). */
  deadline;
  api;
  current;
  startedByGate = false;
  coverage;
  evaluation;
  counts = emptySeverityCounts();
  total = 0;
  evaluated = 0;
  warnings = [];
  waitMs;
  fetchMs;
  evaluateMs;
  phase = "resolving the assessment run";
  fetched = { listed: 0, described: 0 };
  /** What the gate is doing now, for messages. */
  get currentPhase() {
    return this.phase;
  }
  elapsed() {
    return Math.max(0, this.ctx.clock.now() - this.startMs);
  }
  emit(event) {
    if (!this.ctx.progress) return;
    try {
      this.ctx.progress({ ...event, elapsedMs: this.elapsed() });
    } catch (error) {
      this.ctx.logger.debug(`progress listener failed: ${errorMessage(error)}`);
    }
  }
  warn(message) {
    this.warnings.push(message);
    this.ctx.logger.warn(message);
  }
  async run() {
    try {
      await this.resolveAndWait();
      await this.checkCoverage();
      const evaluation = await this.decide();
      return this.result(evaluation.verdict);
    } catch (error) {
      return this.failed(error);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Run resolution and waiting
  async resolveAndWait() {
    const { source: source2 } = this.options;
    const clock = this.ctx.clock;
    let initial;
    let runArn;
    if (source2.kind === "run") {
      initial = await describeRun(this.api, source2.runArn);
      runArn = source2.runArn;
      this.current = initial;
      this.emit({
        type: "run",
        action: "given",
        runArn,
        runName: initial.name ?? "",
        message: `evaluating assessment run ${runLabel(initial)}`
      });
    } else if (source2.kind === "latest") {
      const run = await findLatestCompletedRun(this.api, source2.templateArn, {
        ...source2.maxAgeMs !== void 0 ? { maxAgeMs: source2.maxAgeMs } : {},
        now: clock.now()
      });
      initial = run;
      runArn = run.arn ?? "";
      this.current = run;
      this.emit({
        type: "run",
        action: "latest",
        runArn,
        runName: run.name ?? "",
        message: `using the latest COMPLETED run ${runLabel(run)}, completed ${iso(run.completedAt) ?? "?"}`
      });
    } else {
      await describeTemplate(this.api, source2.templateArn);
      const started = await startOrReuseRun(this.api, source2.templateArn, source2.runName, {
        clock,
        deadline: this.deadline,
        pollIntervalMs: this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
        abortSignal: this.signal,
        ...this.ctx.random ? { random: this.ctx.random } : {},
        onBusy: (busy) => {
          const holders = busy.heldBy.length > 0 ? busy.heldBy.join(", ") : "another run";
          this.emit({
            type: "agents-busy",
            heldBy: busy.heldBy,
            agents: busy.agents,
            retryInMs: busy.retryInMs,
            message: `the template's agents are busy in ${holders}${busy.agents.length > 0 ? ` (${busy.agents.slice(0, 5).join(", ")}${busy.agents.length > 5 || busy.agentsTruncated ? ", …" : ""})` : ""}; trying again in ${formatDuration(busy.retryInMs)}`
          });
        }
      });
      runArn = started.arn;
      this.startedByGate = started.started;
      initial = started.run;
      this.current = started.run ?? {
        arn: runArn,
        name: source2.runName,
        assessmentTemplateArn: source2.templateArn,
        state: "CREATED"
      };
      this.emit({
        type: "run",
        action: started.started ? "started" : "reused",
        runArn,
        runName: source2.runName,
        message: started.started ? `started assessment run '${source2.runName}' (${runArn})` : `reusing assessment run '${source2.runName}' (${runArn}), started earlier with the same name`
      });
    }
    this.phase = "waiting for the assessment run";
    const waitStart = clock.now();
    const outcome = await waitUntilRunFinished(this.api, runArn, {
      clock,
      pollIntervalMs: this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      deadline: this.deadline,
      allowPartial: this.options.allowPartial === true,
      abortSignal: this.signal,
      ...this.ctx.random ? { random: this.ctx.random } : {},
      ...initial ? { initial } : {},
      onState: (run, previous) => {
        this.current = run;
        this.emit({
          type: "state",
          runArn,
          runName: run.name ?? "",
          state: run.state ?? "UNKNOWN",
          ...previous !== void 0 ? { previous } : {},
          message: `run '${run.name ?? "?"}': ${run.state ?? "UNKNOWN"} (${formatDuration(this.elapsed())})`
        });
      }
    });
    this.waitMs = clock.now() - waitStart;
    if (outcome.reason) this.current = outcome.reason;
    switch (outcome.state) {
      case "SUCCESS": {
        const run = outcome.reason;
        if (PARTIAL_STATES.has(run.state ?? "")) {
          this.warn(
            `assessment run ${runLabel(run)} ended COMPLETED_WITH_ERRORS; evaluating its findings anyway (allow-partial): they may be incomplete`
          );
        }
        return;
      }
      case "FAILURE":
        throw runFailure(outcome.reason, this.options.allowPartial !== true);
      case "TIMEOUT":
        throw new DeadlineExceeded(this.phase);
      case "ABORTED":
        throw new GateAborted(this.signal.reason);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Coverage
  async checkCoverage() {
    const run = this.current;
    const settings = this.options.policy.coverage;
    if (!coverageMatters(settings)) return;
    this.phase = "reading the run's agents and telemetry";
    const coverage = await readCoverage(this.api, run.arn ?? "", settings);
    this.coverage = coverage;
    const telemetry = coverage.telemetryMessages.Total ?? Object.values(coverage.telemetryMessages).reduce((a, b) => a + b, 0);
    this.emit({
      type: "coverage",
      coverage,
      message: `coverage: ${coverage.agents} agent${coverage.agents === 1 ? "" : "s"}, ${coverage.healthy} healthy, ${coverage.reporting} reporting, ${telemetry} telemetry message${telemetry === 1 ? "" : "s"}`
    });
    const judged = judgeCoverage(coverage);
    for (const w of judged.warnings) this.warn(w);
    if (judged.error) throw judged.error;
  }
  // ---------------------------------------------------------------------------------------------
  // Fetching and evaluating
  evaluationInstant() {
    return this.ctx.now?.() ?? new Date(this.ctx.clock.now());
  }
  async decide() {
    const clock = this.ctx.clock;
    let run = this.current;
    const policy = this.options.policy;
    let runCounts = countsOf2(run);
    if (runCounts === void 0) {
      throw new InspectorError(
        "FINDING_COUNTS_MISSING",
        `assessment run ${runLabel(run)} reports no findingCounts, so the completeness of its findings cannot be checked`
      );
    }
    this.total = sumCounts(runCounts);
    this.counts = runCounts;
    const plan = planFetch(policy);
    const now = this.evaluationInstant();
    if (plan.severityOnly) {
      const t02 = performance.now();
      const evaluation2 = evaluateCounts(policy, runCounts, { now });
      this.evaluateMs = Math.round(performance.now() - t02);
      if (evaluation2.verdict === "pass") await this.verifyPassingCounts(run, runCounts);
      this.evaluation = evaluation2;
      this.evaluated = evaluation2.findings.evaluated;
      return evaluation2;
    }
    this.phase = "fetching findings";
    const fetchStart = clock.now();
    const names = await rulesPackageNames(this.api, run.rulesPackageArns ?? []);
    const filter = toFindingFilter(plan.filter, names);
    const evaluator = createEvaluator(policy, { now });
    let addMs = 0;
    const stats = await fetchFindings(this.api, {
      runArn: run.arn ?? "",
      ...filter ? { filter } : {},
      concurrency: this.options.concurrency ?? DEFAULT_CONCURRENCY,
      clock,
      deadline: this.deadline,
      ...this.ctx.random ? { random: this.ctx.random } : {},
      onFinding: (finding) => {
        const t = performance.now();
        evaluator.add(normalizeFinding(finding, names));
        addMs += performance.now() - t;
      },
      onProgress: (p) => {
        this.fetched = { listed: p.listed, described: p.described };
        const total = this.total;
        this.emit({
          type: "fetch",
          listed: p.listed,
          described: p.described,
          total,
          listingDone: p.listingDone,
          message: `findings: ${p.described} described, ${p.listed} listed${filter ? "" : ` of ${total}`}`
        });
      }
    });
    this.fetchMs = clock.now() - fetchStart;
    this.evaluated = stats.described;
    const expectedOf = (counts2) => {
      if (filter === void 0) return sumCounts(counts2);
      if (isSeverityOnlyFilter(filter)) return filter.severities.reduce((sum, s) => sum + counts2[s], 0);
      return void 0;
    };
    const expected = expectedOf(runCounts);
    if (expected !== void 0 && stats.listed !== expected) {
      this.ctx.logger.debug(`listed ${stats.listed} findings, findingCounts say ${expected}: re-checking`);
      run = await describeRun(this.api, run.arn ?? "");
      this.current = run;
      runCounts = countsOf2(run) ?? runCounts;
      const again = expectedOf(runCounts);
      if (again !== stats.listed) {
        throw new InspectorError(
          "FINDINGS_COUNT_MISMATCH",
          `ListFindings returned ${stats.listed} finding${stats.listed === 1 ? "" : "s"}${filter ? " (filtered)" : ""} but the run's findingCounts add up to ${again} (${SEVERITIES.slice().reverse().map((s) => `${s} ${runCounts?.[s] ?? 0}`).join(", ")}), also after a re-check; refusing to decide on incomplete data`
        );
      }
      this.total = sumCounts(runCounts);
    }
    const t0 = performance.now();
    const evaluation = evaluator.finish();
    this.evaluateMs = Math.round(addMs + (performance.now() - t0));
    this.evaluation = evaluation;
    this.counts = filter === void 0 ? evaluation.counts.raw : runCounts;
    return evaluation;
  }
  /**
   * Before a severity-only policy passes on findingCounts: for each limited severity S (max m), lists the
   * run's findings of severity S only until more than m have been seen (pages of min(500, m + 1); for
   * `fail-on: High` one call with maxResults 1). More than m listed means the counts under-report; a full
   * listing that differs from the count in any way means they cannot be trusted either. Both are an error,
   * never a pass. Nothing is described.
   */
  async verifyPassingCounts(run, counts2) {
    this.phase = "checking findingCounts against ListFindings";
    const limits = /* @__PURE__ */ new Map();
    for (const limit of this.options.policy.severityLimits) {
      limits.set(limit.severity, Math.min(limit.max, limits.get(limit.severity) ?? Number.POSITIVE_INFINITY));
    }
    for (const severity of SEVERITIES.slice().reverse()) {
      const max = limits.get(severity);
      if (max === void 0) continue;
      const reported = counts2[severity];
      const seen = await listFindingsUpTo(this.api, run.arn ?? "", { severities: [severity] }, max);
      if (seen.complete && seen.listed === reported) continue;
      const listed = seen.complete ? `${seen.listed}` : `at least ${seen.listed}`;
      const why = seen.complete ? "refusing to decide on counts that disagree with the findings" : `more than the limit of ${max}: the counts under-report, and the run must not pass on them`;
      throw new InspectorError(
        "FINDINGS_COUNT_MISMATCH",
        `the run's findingCounts report ${reported} ${severity} finding${reported === 1 ? "" : "s"} but ListFindings lists ${listed} ${severity} finding${seen.listed === 1 ? "" : "s"}; ${why}`
      );
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Results
  async failed(error) {
    let failure;
    if (error instanceof DeadlineExceeded || error instanceof GateAborted) {
      const interrupted = error instanceof GateAborted && !(error.reason instanceof DeadlineExceeded);
      const what = interrupted ? `interrupted (${errorMessage(error.reason)})` : `timed out after ${formatDuration(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS)}`;
      const during = this.fetchProgressNote();
      const stopNote = await this.stopIfOurs(interrupted ? "interrupted" : "timeout");
      failure = {
        code: interrupted ? "INTERRUPTED" : "TIMEOUT",
        message: `${what} while ${this.phase}${during}${stopNote}`
      };
    } else if (error instanceof InspectorError) {
      const stopNote = this.phase === "waiting for the assessment run" ? await this.stopIfOurs("error") : "";
      failure = { code: error.code, message: `${error.message}${stopNote}` };
    } else {
      const converted = toInspectorError(error, "call");
      if (converted === void 0) throw error;
      failure = { code: converted.code, message: converted.message };
    }
    this.ctx.logger.error(failure.message);
    return this.result("error", failure);
  }
  fetchProgressNote() {
    if (this.phase !== "fetching findings") return "";
    return ` (${this.fetched.described} of ${this.total} findings described)`;
  }
  /** When the gate gives up: stop the run if the gate started it and it is still going (unless "leave"). */
  async stopIfOurs(reason) {
    const run = this.current;
    if (run?.arn === void 0 || isTerminalState(run.state)) return "";
    const label = runLabel(run);
    if (!this.startedByGate) return `; run ${label} was not started by the gate and is left as it is`;
    if (this.options.onTimeout === "leave") return `; run ${label} is left running (on-timeout: leave)`;
    this.emit({ type: "stop", runArn: run.arn, reason, message: `stopping assessment run ${label}` });
    const api = new InspectorApi(this.api.client, AbortSignal.timeout(STOP_BUDGET_MS));
    try {
      await stopRun(api, run.arn);
      return `; stopped run ${label} (StopAssessmentRun, SKIP_EVALUATION)`;
    } catch (error) {
      const converted = error instanceof InspectorError ? error : toInspectorError(error, "StopAssessmentRun");
      if (converted === void 0 && !(error instanceof GateAborted)) throw error;
      const message = `could not stop run ${label}: ${errorMessage(converted ?? error)}`;
      this.warn(message);
      return `; ${message}`;
    }
  }
  result(verdict, error) {
    const warnOnly = this.options.warnOnly === true;
    const exitCode = verdict === "pass" ? ExitCode.Pass : verdict === "fail" ? warnOnly ? ExitCode.Pass : ExitCode.Fail : ExitCode.Error;
    const policy = this.options.policy;
    const result = {
      verdict,
      exitCode,
      policyFiles: policy.files,
      run: this.current?.arn !== void 0 ? runInfo(this.current, this.startedByGate) : null,
      findings: { total: this.total, evaluated: this.evaluated },
      counts: this.counts,
      apiCalls: this.counter.snapshot(),
      timings: {
        startedAt: this.startedAt,
        totalMs: this.elapsed(),
        ...this.waitMs !== void 0 ? { waitMs: this.waitMs } : {},
        ...this.fetchMs !== void 0 ? { fetchMs: this.fetchMs } : {},
        ...this.evaluateMs !== void 0 ? { evaluateMs: this.evaluateMs } : {}
      },
      warnings: [...this.warnings]
    };
    if (policy.name !== void 0) result.policyName = policy.name;
    if (verdict !== "error" && this.evaluation) result.evaluation = this.evaluation;
    if (this.coverage) result.coverage = this.coverage;
    if (error) result.error = error;
    if (warnOnly && verdict === "fail") result.warnOnly = true;
    this.emit({
      type: "verdict",
      verdict,
      exitCode,
      message: error ? `error: ${error.message}` : `verdict: ${verdict} (exit ${exitCode})`
    });
    return result;
  }
};

// src/inspector/run-name.ts
function clean(part) {
  return part.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
}
function named(...parts) {
  return ["inspector-gate", ...parts.filter((p) => p !== void 0 && p !== "").map(clean)].join("-").slice(0, 140);
}
function defaultRunName(env, now) {
  const v = (name) => {
    const value = env[name]?.trim();
    return value ? value : void 0;
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
    now.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "")
  );
}

// src/policy/load.ts
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { readFile as readFile3, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

// src/policy/messages.ts
var MAX_PROBLEMS2 = 50;
var MAX_LISTED = 8;
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function didYouMean(input, candidates) {
  const folded = input.toLowerCase().replace(/[_\s]/g, "-");
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase().replace(/[_\s]/g, "-");
    const distance = c === folded ? 0 : editDistance(folded, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === void 0 || best === input) return void 0;
  const allowed = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= allowed ? best : void 0;
}
function listOf(items, max = MAX_LISTED) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function displayPath(pointer) {
  if (pointer === "") return "";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing (an empty value)";
  if (typeof value === "string") {
    if (value === "") return "an empty string";
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${shown}'`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  return Object.keys(value).length === 0 ? "an empty map" : "a map";
}
function printable(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function formatProblem(p) {
  const line = p.position ? `${p.file}:${p.position.line}:${p.position.column}: ${p.message}` : `${p.file}: ${p.message}`;
  return printable(line);
}
function formatProblems(problems, fileOrder = []) {
  const rank = (file) => {
    const i = fileOrder.indexOf(file);
    return i < 0 ? fileOrder.length : i;
  };
  const sorted = [...problems].sort(
    (a, b) => rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0)
  );
  const lines = [...new Set(sorted.map(formatProblem))];
  if (lines.length <= MAX_PROBLEMS2) return lines;
  const first = sorted[0].file;
  return [...lines.slice(0, MAX_PROBLEMS2), `${first}: and ${lines.length - MAX_PROBLEMS2} more problems`];
}
var SEVERITY_NAMES = SEVERITIES;
function where(pointer) {
  const path = displayPath(pointer);
  return path === "" ? "the top level" : path;
}
function prefix(pointer) {
  const path = displayPath(pointer);
  return path === "" ? "" : `${path}: `;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function titleOf(error, root) {
  const parent = error.parentSchema;
  if (parent?.title) return parent.title;
  if (parent?.$ref) return resolveRef(root, parent.$ref)?.title;
  return void 0;
}
function resolveRef(root, ref) {
  if (!ref.startsWith("#/")) return void 0;
  let node = root;
  for (const part of ref.slice(2).split("/")) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[part];
  }
  return node;
}
function typeWord(type) {
  switch (type) {
    case "string":
      return "a string";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a map";
    default:
      return type;
  }
}
function messageFor(error, root) {
  const p = error.instancePath;
  const params = error.params;
  const title = titleOf(error, root);
  const value = error.data;
  switch (error.keyword) {
    case "if":
    case "allOf":
      return void 0;
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const parent = error.parentSchema;
      const allowed = Object.keys(parent.properties ?? {});
      const isSeverityMap = allowed.length > 0 && allowed.every((k) => SEVERITY_NAMES.includes(k));
      const what = isSeverityMap ? "severity" : "key";
      const suggestion = didYouMean(key, allowed);
      const hint = suggestion ? `; did you mean '${suggestion}'?` : allowed.length > 0 ? `; expected one of: ${listOf(allowed)}` : "";
      const place = p === "" ? "at the top level" : `in ${where(p)}`;
      return { message: `unknown ${what} '${key}' ${place}${hint}`, atKey: key };
    }
    case "required": {
      const missing = String(params.missingProperty);
      const parent = error.parentSchema;
      const property = parent.properties?.[missing];
      const expected = property?.title ?? (property?.$ref ? resolveRef(root, property.$ref)?.title : void 0);
      const what = p === "" ? "the policy" : where(p);
      return {
        message: `${what} is missing the required key '${missing}'${expected ? ` (${expected})` : ""}`
      };
    }
    case "type": {
      if (p === "") {
        return {
          message: `expected the policy to be a map starting with 'version: 1', got ${describeValue(value)}`
        };
      }
      const expected = title ?? typeWord(String(params.type));
      let hint = "";
      if (String(params.type) === "string" && (typeof value === "number" || typeof value === "boolean")) {
        hint = `; quote it ('${String(value)}') if you meant text`;
      }
      if (String(params.type) === "integer" && typeof value === "number") {
        return { message: `${prefix(p)}expected ${expected}, got ${value} (not a whole number)` };
      }
      return { message: `${prefix(p)}expected ${expected}, got ${describeValue(value)}${hint}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const isSeverity2 = allowed.length === SEVERITY_NAMES.length && allowed.every((a) => SEVERITY_NAMES.includes(a));
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      const hint = suggestion ? `; did you mean '${suggestion}'?` : "";
      const noun = isSeverity2 ? "severity" : "value";
      if (typeof value !== "string") {
        return {
          message: `${prefix(p)}expected ${title ?? `one of ${listOf(allowed)}`}, got ${describeValue(value)}`
        };
      }
      return {
        message: `${prefix(p)}unknown ${noun} ${describeValue(value)}${hint} (expected one of: ${listOf(allowed)})`
      };
    }
    case "const": {
      if (p === "/version") {
        return {
          message: `version: unsupported version ${describeValue(value)}; expected 1 (the only version)`
        };
      }
      return {
        message: `${prefix(p)}expected ${JSON.stringify(params.allowedValue)}, got ${describeValue(value)}`
      };
    }
    case "pattern": {
      if (error.schemaPath.endsWith("/reason/pattern")) return { message: `${prefix(p)}must not be blank` };
      return {
        message: `${prefix(p)}expected ${title ?? `text matching ${String(params.pattern)}`}, got ${describeValue(value)}`
      };
    }
    case "format":
      return {
        message: `${prefix(p)}${describeValue(value)} is not a real calendar date (expected YYYY-MM-DD)`
      };
    case "minLength":
      if (Number(params.limit) <= 1) {
        return { message: `${prefix(p)}expected ${title ?? "a non-empty string"}, got an empty string` };
      }
      return { message: `${prefix(p)}too short: at least ${plural(Number(params.limit), "character")}` };
    case "maxLength":
      return {
        message: `${prefix(p)}too long: ${typeof value === "string" ? value.length : "?"} characters (at most ${Number(params.limit)})`
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        message: `${prefix(p)}expected ${title ?? `a number ${String(params.comparison)} ${String(params.limit)}`}, got ${describeValue(value)}`
      };
    case "minItems":
      return {
        message: `${prefix(p)}expected ${title ?? "a list"} with at least ${plural(Number(params.limit), "item")}, got ${describeValue(value)}`
      };
    case "maxItems":
      return {
        message: `${prefix(p)}too many items: ${Array.isArray(value) ? value.length : "?"} (at most ${Number(params.limit)})`
      };
    case "uniqueItems": {
      const i = Number(params.i);
      const j = Number(params.j);
      const item = Array.isArray(value) ? value[i] : void 0;
      return {
        message: `${prefix(p)}duplicate item ${describeValue(item)} (items ${j + 1} and ${i + 1} are the same)`
      };
    }
    case "minProperties": {
      if (/^\/exceptions\/\d+\/match$/.test(p)) {
        return {
          message: `${prefix(p)}an exception needs at least one match condition (an empty match would waive every finding)`
        };
      }
      return {
        message: `${prefix(p)}expected ${title ?? "a map"} with at least ${plural(Number(params.limit), "key")}, got ${describeValue(value)}`
      };
    }
    case "maxProperties":
      return { message: `${prefix(p)}too many keys (at most ${Number(params.limit)})` };
    case "propertyNames":
      return {
        message: `${prefix(p)}invalid key ${describeValue(params.propertyName)}: keys must be 1 to 128 characters`,
        atKey: String(params.propertyName)
      };
    default:
      return { message: `${prefix(p)}${error.message ?? "is invalid"}` };
  }
}
function convertAjvErrors(errors, file, positions, root) {
  const problems = [];
  const seenPath = /* @__PURE__ */ new Set();
  const locate = (pointer, key) => {
    if (key !== void 0) {
      const child = positions.get(`${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      if (child?.key) return child.key;
    }
    return positions.get(pointer)?.value ?? { line: 1, column: 1 };
  };
  const suggested = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const parent = error.parentSchema;
    const hint = didYouMean(
      String(error.params.additionalProperty),
      Object.keys(parent.properties ?? {})
    );
    if (hint) suggested.add(`${error.instancePath}\0${hint}`);
  }
  for (const error of errors) {
    if (error.keyword === "required" && suggested.has(
      `${error.instancePath}\0${String(error.params.missingProperty)}`
    )) {
      continue;
    }
    if (error.schemaPath.includes("/propertyNames/") && error.keyword !== "propertyNames") continue;
    const converted = messageFor(error, root);
    if (!converted) continue;
    const perKey = error.keyword === "additionalProperties" || error.keyword === "required" || error.keyword === "propertyNames";
    if (!perKey) {
      if (seenPath.has(error.instancePath)) continue;
      seenPath.add(error.instancePath);
    }
    problems.push({
      file,
      position: locate(error.instancePath, converted.atKey),
      message: converted.message
    });
  }
  return problems;
}

// src/policy/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://inspector-gate.dev/schemas/policy-v1.json",
  title: "inspector-gate policy",
  description: "A policy for inspector-gate, the policy-as-code gate for Amazon Inspector findings. Version 1.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: {
      title: "the format version 1",
      description: "The policy format version. Only 1 exists.",
      const: 1
    },
    name: {
      title: "a name",
      description: "A name shown in reports.",
      type: "string",
      minLength: 1,
      maxLength: 200
    },
    extends: {
      title: "a preset (inspector-gate:<name>) or a relative path, or a list of them",
      description: "Policies this one builds on: shipped presets such as inspector-gate:default, or paths relative to this file. Their rules, limits and exceptions merge with this file's; the strictest severity setting wins.",
      if: { type: "array" },
      then: {
        type: "array",
        minItems: 1,
        maxItems: 32,
        items: { $ref: "#/definitions/extendsEntry" }
      },
      else: { $ref: "#/definitions/extendsEntry" }
    },
    severity: {
      title: "a severity policy",
      description: "The severity policy: fail-on and per-severity allowances (counted after exceptions).",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        "fail-on": {
          description: "Any finding of this severity or above fails the gate (after exceptions). Order: Undefined < Informational < Low < Medium < High.",
          $ref: "#/definitions/severityName"
        },
        max: {
          title: "allowances per severity",
          description: "Findings allowed per severity (after exceptions); a listed severity uses its allowance instead of fail-on.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            High: { $ref: "#/definitions/count" },
            Medium: { $ref: "#/definitions/count" },
            Low: { $ref: "#/definitions/count" },
            Informational: { $ref: "#/definitions/count" },
            Undefined: { $ref: "#/definitions/count" }
          }
        }
      }
    },
    rules: {
      title: "a list of rules",
      description: "Attribute policies: each rule counts the findings it matches and is violated when more than max match.",
      type: "array",
      maxItems: 1e4,
      items: { $ref: "#/definitions/rule" }
    },
    exceptions: {
      title: "a list of exceptions",
      description: "Waivers: explicit, justified and always temporary.",
      type: "array",
      maxItems: 1e4,
      items: { $ref: "#/definitions/exception" }
    },
    coverage: {
      title: "coverage settings",
      description: "Whether the assessment run is evidence at all: how many healthy agents must have reported, and what unhealthy agents mean.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        "min-agents": {
          title: "a whole number of at least 1",
          description: "Fewer healthy agents that reported telemetry than this is an error (never a pass). Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          default: 1
        },
        "unhealthy-agents": {
          title: "one of fail, warn, ignore",
          description: "What an unhealthy agent means: fail the gate (error), warn, or ignore. Default warn.",
          type: "string",
          enum: ["fail", "warn", "ignore"],
          default: "warn"
        }
      }
    }
  },
  definitions: {
    severityName: {
      title: "a severity (High, Medium, Low, Informational or Undefined)",
      type: "string",
      enum: ["High", "Medium", "Low", "Informational", "Undefined"]
    },
    count: {
      title: "a whole number of at least 0",
      type: "integer",
      minimum: 0,
      maximum: 1e9
    },
    id: {
      title: "an id of letters, digits, '.', '_' or '-'",
      type: "string",
      minLength: 1,
      maxLength: 128,
      pattern: "^[A-Za-z0-9._-]+$"
    },
    extendsEntry: {
      title: "a preset (inspector-gate:<name>) or a relative path",
      type: "string",
      minLength: 1,
      maxLength: 1024,
      examples: ["inspector-gate:default", "inspector-gate:strict", "./base.yml"]
    },
    pattern: {
      title: "a pattern (a glob string, or { regex: ... })",
      description: 'A glob (* any characters, ? one character, \\ escapes; exact when neither appears) matched against the whole value, or { regex: "..." }, a regular expression that must match the whole value.',
      if: { type: "object" },
      then: {
        title: "a regular expression { regex: ... }",
        type: "object",
        additionalProperties: false,
        required: ["regex"],
        properties: {
          regex: {
            title: "a regular expression",
            description: "A JavaScript regular expression matched against the whole value (at most 512 characters, no nested quantifiers).",
            type: "string",
            minLength: 1,
            maxLength: 512
          }
        }
      },
      else: {
        title: "a pattern (a glob string, or { regex: ... })",
        type: "string",
        minLength: 1,
        maxLength: 1024
      }
    },
    patterns: {
      title: "a pattern or a list of patterns",
      description: "A pattern, or a list of patterns of which any may match.",
      if: { type: "array" },
      then: {
        title: "a list of patterns",
        type: "array",
        minItems: 1,
        maxItems: 1e3,
        items: { $ref: "#/definitions/pattern" }
      },
      else: { $ref: "#/definitions/pattern" }
    },
    patternMap: {
      title: "a map of key to pattern(s)",
      description: "Attribute key (exact) to the pattern (or list of patterns) its value must match. Every key given must be matched.",
      type: "object",
      minProperties: 1,
      maxProperties: 50,
      propertyNames: { minLength: 1, maxLength: 128 },
      additionalProperties: { $ref: "#/definitions/patterns" }
    },
    range: {
      title: "a range { min, max } of numbers from 0 to 10",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        min: { title: "a number from 0 to 10", type: "number", minimum: 0, maximum: 10 },
        max: { title: "a number from 0 to 10", type: "number", minimum: 0, maximum: 10 }
      }
    },
    match: {
      title: "a map of conditions",
      description: "Conditions a finding must meet: every condition given must hold (AND); a list means any of (OR).",
      type: "object",
      additionalProperties: false,
      properties: {
        severity: {
          title: "a severity or a list of severities",
          description: "The finding's severity is one of these.",
          if: { type: "array" },
          then: {
            title: "a list of severities",
            type: "array",
            minItems: 1,
            maxItems: 5,
            uniqueItems: true,
            items: { $ref: "#/definitions/severityName" }
          },
          else: { $ref: "#/definitions/severityName" }
        },
        "min-severity": {
          description: "The finding's severity is this or above. Order: Undefined < Informational < Low < Medium < High.",
          $ref: "#/definitions/severityName"
        },
        "rules-package": {
          description: 'The rules package that produced the finding, by name (e.g. "Common Vulnerabilities and Exposures") or ARN.',
          $ref: "#/definitions/patterns"
        },
        id: {
          description: "The finding's scanner-side id (e.g. CVE-2021-44228 or a CIS rule id).",
          $ref: "#/definitions/patterns"
        },
        title: {
          description: "The finding's title.",
          $ref: "#/definitions/patterns"
        },
        attributes: {
          description: "The finding's attributes (e.g. CVE_ID, INSTANCE_ID): key -> pattern(s).",
          $ref: "#/definitions/patternMap"
        },
        "user-attributes": {
          description: "The finding's user attributes: key -> pattern(s).",
          $ref: "#/definitions/patternMap"
        },
        asset: {
          title: "a map of asset conditions",
          description: "The finding's asset attributes.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            "agent-id": { description: "The agent (EC2 instance) id.", $ref: "#/definitions/patterns" },
            hostname: { description: "The host name.", $ref: "#/definitions/patterns" },
            "auto-scaling-group": { description: "The Auto Scaling group.", $ref: "#/definitions/patterns" },
            "ami-id": { description: "The AMI id.", $ref: "#/definitions/patterns" }
          }
        },
        "numeric-severity": {
          description: "The finding's numeric severity (0 to 10), inclusive bounds.",
          $ref: "#/definitions/range"
        },
        confidence: {
          description: "The finding's confidence (0 to 10), inclusive bounds.",
          $ref: "#/definitions/range"
        },
        "indicator-of-compromise": {
          title: "true or false",
          description: "Whether the finding is an indicator of compromise.",
          type: "boolean"
        }
      }
    },
    rule: {
      title: "a rule",
      type: "object",
      additionalProperties: false,
      required: ["id", "match"],
      properties: {
        id: { description: "Unique across all loaded policy files.", $ref: "#/definitions/id" },
        description: { title: "a description", type: "string", minLength: 1, maxLength: 2e3 },
        level: {
          title: "error or warning",
          description: "error (default) fails the gate when the rule is violated; warning only reports it.",
          type: "string",
          enum: ["error", "warning"],
          default: "error"
        },
        max: {
          description: "Findings allowed to match (after exceptions); more than max violates the rule. Default 0.",
          $ref: "#/definitions/count"
        },
        match: {
          description: "The findings this rule counts. An empty map matches every finding.",
          $ref: "#/definitions/match"
        }
      }
    },
    exception: {
      title: "an exception",
      type: "object",
      additionalProperties: false,
      required: ["id", "reason", "expires", "match"],
      properties: {
        id: { description: "Unique across all loaded policy files.", $ref: "#/definitions/id" },
        reason: {
          title: "a non-empty reason",
          description: "Why the waiver is acceptable.",
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          pattern: "\\S"
        },
        expires: {
          title: "a date YYYY-MM-DD",
          description: "The last day (UTC) the exception applies.",
          type: "string",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          format: "date"
        },
        owner: { title: "an owner", type: "string", minLength: 1, maxLength: 200 },
        ticket: { title: "a ticket reference", type: "string", minLength: 1, maxLength: 200 },
        "applies-to": {
          title: 'a list of rule ids and/or "severity"',
          description: 'What the exception waives findings from: rule ids and/or "severity" (the severity limits). Default: everything.',
          type: "array",
          minItems: 1,
          maxItems: 1e3,
          uniqueItems: true,
          items: { $ref: "#/definitions/id" }
        },
        match: {
          title: "a map of conditions (at least one)",
          description: "The findings this exception waives: the same conditions as a rule; at least one is required.",
          allOf: [{ $ref: "#/definitions/match" }, { type: "object", minProperties: 1 }]
        }
      }
    }
  }
};

// src/policy/schema-validator.generated.ts
import * as equalModule from "ajv/dist/runtime/equal.js";
import * as ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";

// src/policy/dates.ts
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const days2 = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days2;
}

// src/policy/schema-validator.generated.ts
var commonJs = (m) => typeof m.default === "function" ? m : m.default;
var runtime_equal = commonJs(equalModule);
var runtime_ucs2length = commonJs(ucs2lengthModule);
var formats = { date: { type: "string", validate: isCalendarDate } };
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://inspector-gate.dev/schemas/policy-v1.json", "title": "inspector-gate policy", "description": "A policy for inspector-gate, the policy-as-code gate for Amazon Inspector findings. Version 1.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "title": "the format version 1", "description": "The policy format version. Only 1 exists.", "const": 1 }, "name": { "title": "a name", "description": "A name shown in reports.", "type": "string", "minLength": 1, "maxLength": 200 }, "extends": { "title": "a preset (inspector-gate:<name>) or a relative path, or a list of them", "description": "Policies this one builds on: shipped presets such as inspector-gate:default, or paths relative to this file. Their rules, limits and exceptions merge with this file's; the strictest severity setting wins.", "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "maxItems": 32, "items": { "$ref": "#/definitions/extendsEntry" } }, "else": { "$ref": "#/definitions/extendsEntry" } }, "severity": { "title": "a severity policy", "description": "The severity policy: fail-on and per-severity allowances (counted after exceptions).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "fail-on": { "description": "Any finding of this severity or above fails the gate (after exceptions). Order: Undefined < Informational < Low < Medium < High.", "$ref": "#/definitions/severityName" }, "max": { "title": "allowances per severity", "description": "Findings allowed per severity (after exceptions); a listed severity uses its allowance instead of fail-on.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "High": { "$ref": "#/definitions/count" }, "Medium": { "$ref": "#/definitions/count" }, "Low": { "$ref": "#/definitions/count" }, "Informational": { "$ref": "#/definitions/count" }, "Undefined": { "$ref": "#/definitions/count" } } } } }, "rules": { "title": "a list of rules", "description": "Attribute policies: each rule counts the findings it matches and is violated when more than max match.", "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/rule" } }, "exceptions": { "title": "a list of exceptions", "description": "Waivers: explicit, justified and always temporary.", "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/exception" } }, "coverage": { "title": "coverage settings", "description": "Whether the assessment run is evidence at all: how many healthy agents must have reported, and what unhealthy agents mean.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min-agents": { "title": "a whole number of at least 1", "description": "Fewer healthy agents that reported telemetry than this is an error (never a pass). Default 1.", "type": "integer", "minimum": 1, "maximum": 1e6, "default": 1 }, "unhealthy-agents": { "title": "one of fail, warn, ignore", "description": "What an unhealthy agent means: fail the gate (error), warn, or ignore. Default warn.", "type": "string", "enum": ["fail", "warn", "ignore"], "default": "warn" } } } }, "definitions": { "severityName": { "title": "a severity (High, Medium, Low, Informational or Undefined)", "type": "string", "enum": ["High", "Medium", "Low", "Informational", "Undefined"] }, "count": { "title": "a whole number of at least 0", "type": "integer", "minimum": 0, "maximum": 1e9 }, "id": { "title": "an id of letters, digits, '.', '_' or '-'", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9._-]+$" }, "extendsEntry": { "title": "a preset (inspector-gate:<name>) or a relative path", "type": "string", "minLength": 1, "maxLength": 1024, "examples": ["inspector-gate:default", "inspector-gate:strict", "./base.yml"] }, "pattern": { "title": "a pattern (a glob string, or { regex: ... })", "description": 'A glob (* any characters, ? one character, \\ escapes; exact when neither appears) matched against the whole value, or { regex: "..." }, a regular expression that must match the whole value.', "if": { "type": "object" }, "then": { "title": "a regular expression { regex: ... }", "type": "object", "additionalProperties": false, "required": ["regex"], "properties": { "regex": { "title": "a regular expression", "description": "A JavaScript regular expression matched against the whole value (at most 512 characters, no nested quantifiers).", "type": "string", "minLength": 1, "maxLength": 512 } } }, "else": { "title": "a pattern (a glob string, or { regex: ... })", "type": "string", "minLength": 1, "maxLength": 1024 } }, "patterns": { "title": "a pattern or a list of patterns", "description": "A pattern, or a list of patterns of which any may match.", "if": { "type": "array" }, "then": { "title": "a list of patterns", "type": "array", "minItems": 1, "maxItems": 1e3, "items": { "$ref": "#/definitions/pattern" } }, "else": { "$ref": "#/definitions/pattern" } }, "patternMap": { "title": "a map of key to pattern(s)", "description": "Attribute key (exact) to the pattern (or list of patterns) its value must match. Every key given must be matched.", "type": "object", "minProperties": 1, "maxProperties": 50, "propertyNames": { "minLength": 1, "maxLength": 128 }, "additionalProperties": { "$ref": "#/definitions/patterns" } }, "range": { "title": "a range { min, max } of numbers from 0 to 10", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 }, "max": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 } } }, "match": { "title": "a map of conditions", "description": "Conditions a finding must meet: every condition given must hold (AND); a list means any of (OR).", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "a severity or a list of severities", "description": "The finding's severity is one of these.", "if": { "type": "array" }, "then": { "title": "a list of severities", "type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": true, "items": { "$ref": "#/definitions/severityName" } }, "else": { "$ref": "#/definitions/severityName" } }, "min-severity": { "description": "The finding's severity is this or above. Order: Undefined < Informational < Low < Medium < High.", "$ref": "#/definitions/severityName" }, "rules-package": { "description": 'The rules package that produced the finding, by name (e.g. "Common Vulnerabilities and Exposures") or ARN.', "$ref": "#/definitions/patterns" }, "id": { "description": "The finding's scanner-side id (e.g. CVE-2021-44228 or a CIS rule id).", "$ref": "#/definitions/patterns" }, "title": { "description": "The finding's title.", "$ref": "#/definitions/patterns" }, "attributes": { "description": "The finding's attributes (e.g. CVE_ID, INSTANCE_ID): key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "user-attributes": { "description": "The finding's user attributes: key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "asset": { "title": "a map of asset conditions", "description": "The finding's asset attributes.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "agent-id": { "description": "The agent (EC2 instance) id.", "$ref": "#/definitions/patterns" }, "hostname": { "description": "The host name.", "$ref": "#/definitions/patterns" }, "auto-scaling-group": { "description": "The Auto Scaling group.", "$ref": "#/definitions/patterns" }, "ami-id": { "description": "The AMI id.", "$ref": "#/definitions/patterns" } } }, "numeric-severity": { "description": "The finding's numeric severity (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "confidence": { "description": "The finding's confidence (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "indicator-of-compromise": { "title": "true or false", "description": "Whether the finding is an indicator of compromise.", "type": "boolean" } } }, "rule": { "title": "a rule", "type": "object", "additionalProperties": false, "required": ["id", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "description": { "title": "a description", "type": "string", "minLength": 1, "maxLength": 2e3 }, "level": { "title": "error or warning", "description": "error (default) fails the gate when the rule is violated; warning only reports it.", "type": "string", "enum": ["error", "warning"], "default": "error" }, "max": { "description": "Findings allowed to match (after exceptions); more than max violates the rule. Default 0.", "$ref": "#/definitions/count" }, "match": { "description": "The findings this rule counts. An empty map matches every finding.", "$ref": "#/definitions/match" } } }, "exception": { "title": "an exception", "type": "object", "additionalProperties": false, "required": ["id", "reason", "expires", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "reason": { "title": "a non-empty reason", "description": "Why the waiver is acceptable.", "type": "string", "minLength": 1, "maxLength": 2e3, "pattern": "\\S" }, "expires": { "title": "a date YYYY-MM-DD", "description": "The last day (UTC) the exception applies.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date" }, "owner": { "title": "an owner", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "title": "a ticket reference", "type": "string", "minLength": 1, "maxLength": 200 }, "applies-to": { "title": 'a list of rule ids and/or "severity"', "description": 'What the exception waives findings from: rule ids and/or "severity" (the severity limits). Default: everything.', "type": "array", "minItems": 1, "maxItems": 1e3, "uniqueItems": true, "items": { "$ref": "#/definitions/id" } }, "match": { "title": "a map of conditions (at least one)", "description": "The findings this exception waives: the same conditions as a rule; at least one is required.", "allOf": [{ "$ref": "#/definitions/match" }, { "type": "object", "minProperties": 1 }] } } } } };
var schema12 = { "title": "a preset (inspector-gate:<name>) or a relative path", "type": "string", "minLength": 1, "maxLength": 1024, "examples": ["inspector-gate:default", "inspector-gate:strict", "./base.yml"] };
var schema14 = { "title": "a severity (High, Medium, Low, Informational or Undefined)", "type": "string", "enum": ["High", "Medium", "Low", "Informational", "Undefined"] };
var schema15 = { "title": "a whole number of at least 0", "type": "integer", "minimum": 0, "maximum": 1e9 };
var func2 = runtime_ucs2length.default;
var schema20 = { "title": "a rule", "type": "object", "additionalProperties": false, "required": ["id", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "description": { "title": "a description", "type": "string", "minLength": 1, "maxLength": 2e3 }, "level": { "title": "error or warning", "description": "error (default) fails the gate when the rule is violated; warning only reports it.", "type": "string", "enum": ["error", "warning"], "default": "error" }, "max": { "description": "Findings allowed to match (after exceptions); more than max violates the rule. Default 0.", "$ref": "#/definitions/count" }, "match": { "description": "The findings this rule counts. An empty map matches every finding.", "$ref": "#/definitions/match" } } };
var schema21 = { "title": "an id of letters, digits, '.', '_' or '-'", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9._-]+$" };
var pattern0 = new RegExp("^[A-Za-z0-9._-]+$", "u");
var schema23 = { "title": "a map of conditions", "description": "Conditions a finding must meet: every condition given must hold (AND); a list means any of (OR).", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "a severity or a list of severities", "description": "The finding's severity is one of these.", "if": { "type": "array" }, "then": { "title": "a list of severities", "type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": true, "items": { "$ref": "#/definitions/severityName" } }, "else": { "$ref": "#/definitions/severityName" } }, "min-severity": { "description": "The finding's severity is this or above. Order: Undefined < Informational < Low < Medium < High.", "$ref": "#/definitions/severityName" }, "rules-package": { "description": 'The rules package that produced the finding, by name (e.g. "Common Vulnerabilities and Exposures") or ARN.', "$ref": "#/definitions/patterns" }, "id": { "description": "The finding's scanner-side id (e.g. CVE-2021-44228 or a CIS rule id).", "$ref": "#/definitions/patterns" }, "title": { "description": "The finding's title.", "$ref": "#/definitions/patterns" }, "attributes": { "description": "The finding's attributes (e.g. CVE_ID, INSTANCE_ID): key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "user-attributes": { "description": "The finding's user attributes: key -> pattern(s).", "$ref": "#/definitions/patternMap" }, "asset": { "title": "a map of asset conditions", "description": "The finding's asset attributes.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "agent-id": { "description": "The agent (EC2 instance) id.", "$ref": "#/definitions/patterns" }, "hostname": { "description": "The host name.", "$ref": "#/definitions/patterns" }, "auto-scaling-group": { "description": "The Auto Scaling group.", "$ref": "#/definitions/patterns" }, "ami-id": { "description": "The AMI id.", "$ref": "#/definitions/patterns" } } }, "numeric-severity": { "description": "The finding's numeric severity (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "confidence": { "description": "The finding's confidence (0 to 10), inclusive bounds.", "$ref": "#/definitions/range" }, "indicator-of-compromise": { "title": "true or false", "description": "Whether the finding is an indicator of compromise.", "type": "boolean" } } };
var schema31 = { "title": "a range { min, max } of numbers from 0 to 10", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 }, "max": { "title": "a number from 0 to 10", "type": "number", "minimum": 0, "maximum": 10 } } };
var func12 = Object.prototype.hasOwnProperty;
var func0 = runtime_equal.default;
var schema27 = { "title": "a pattern or a list of patterns", "description": "A pattern, or a list of patterns of which any may match.", "if": { "type": "array" }, "then": { "title": "a list of patterns", "type": "array", "minItems": 1, "maxItems": 1e3, "items": { "$ref": "#/definitions/pattern" } }, "else": { "$ref": "#/definitions/pattern" } };
var schema28 = { "title": "a pattern (a glob string, or { regex: ... })", "description": 'A glob (* any characters, ? one character, \\ escapes; exact when neither appears) matched against the whole value, or { regex: "..." }, a regular expression that must match the whole value.', "if": { "type": "object" }, "then": { "title": "a regular expression { regex: ... }", "type": "object", "additionalProperties": false, "required": ["regex"], "properties": { "regex": { "title": "a regular expression", "description": "A JavaScript regular expression matched against the whole value (at most 512 characters, no nested quantifiers).", "type": "string", "minLength": 1, "maxLength": 512 } } }, "else": { "title": "a pattern (a glob string, or { regex: ... })", "type": "string", "minLength": 1, "maxLength": 1024 } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length > 1e3) {
        const err1 = { instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema27.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.length < 1) {
        const err2 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs7 = errors;
        let valid4 = true;
        const _errs8 = errors;
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid1 = _errs8 === errors;
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
        let ifClause1;
        if (_valid1) {
          const _errs10 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.regex === void 0) {
              const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/then/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'", schema: schema28.then.required, parentSchema: schema28.then, data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key0 in data0) {
              if (!(key0 === "regex")) {
                const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28.then, data: data0 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data0.regex !== void 0) {
              let data1 = data0.regex;
              if (typeof data1 === "string") {
                if (func2(data1) > 512) {
                  const err6 = { instancePath: instancePath + "/" + i0 + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema28.then.properties.regex, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (func2(data1) < 1) {
                  const err7 = { instancePath: instancePath + "/" + i0 + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.then.properties.regex, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/" + i0 + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.then.properties.regex.type, parentSchema: schema28.then.properties.regex, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.then.type, parentSchema: schema28.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid1 = _errs10 === errors;
          valid4 = _valid1;
          ifClause1 = "then";
        } else {
          const _errs15 = errors;
          if (typeof data0 === "string") {
            if (func2(data0) > 1024) {
              const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/else/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema28.else, data: data0 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (func2(data0) < 1) {
              const err11 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.else, data: data0 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.else.type, parentSchema: schema28.else, data: data0 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs15 === errors;
          valid4 = _valid1;
          ifClause1 = "else";
        }
        if (!valid4) {
          const err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/pattern/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema28.if, parentSchema: schema28, data: data0 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    } else {
      const err14 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.then.type, parentSchema: schema27.then, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs17 = errors;
    const _errs19 = errors;
    let valid7 = true;
    const _errs20 = errors;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    var _valid2 = _errs20 === errors;
    errors = _errs19;
    if (vErrors !== null) {
      if (_errs19) {
        vErrors.length = _errs19;
      } else {
        vErrors = null;
      }
    }
    let ifClause2;
    if (_valid2) {
      const _errs22 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.regex === void 0) {
          const err16 = { instancePath, schemaPath: "#/definitions/pattern/then/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'", schema: schema28.then.required, parentSchema: schema28.then, data };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data) {
          if (!(key1 === "regex")) {
            const err17 = { instancePath, schemaPath: "#/definitions/pattern/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28.then, data };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.regex !== void 0) {
          let data2 = data.regex;
          if (typeof data2 === "string") {
            if (func2(data2) > 512) {
              const err18 = { instancePath: instancePath + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema28.then.properties.regex, data: data2 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err19 = { instancePath: instancePath + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.then.properties.regex, data: data2 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/regex", schemaPath: "#/definitions/pattern/then/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.then.properties.regex.type, parentSchema: schema28.then.properties.regex, data: data2 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath, schemaPath: "#/definitions/pattern/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.then.type, parentSchema: schema28.then, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid2 = _errs22 === errors;
      valid7 = _valid2;
      ifClause2 = "then";
    } else {
      const _errs27 = errors;
      if (typeof data === "string") {
        if (func2(data) > 1024) {
          const err22 = { instancePath, schemaPath: "#/definitions/pattern/else/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema28.else, data };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data) < 1) {
          const err23 = { instancePath, schemaPath: "#/definitions/pattern/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.else, data };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath, schemaPath: "#/definitions/pattern/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.else.type, parentSchema: schema28.else, data };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid2 = _errs27 === errors;
      valid7 = _valid2;
      ifClause2 = "else";
    }
    if (!valid7) {
      const err25 = { instancePath, schemaPath: "#/definitions/pattern/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema28.if, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    var _valid0 = _errs17 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err26 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema27.if, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema30 = { "title": "a map of key to pattern(s)", "description": "Attribute key (exact) to the pattern (or list of patterns) its value must match. Every key given must be matched.", "type": "object", "minProperties": 1, "maxProperties": 50, "propertyNames": { "minLength": 1, "maxLength": 128 }, "additionalProperties": { "$ref": "#/definitions/patterns" } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 50) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) > 128) {
          const err2 = { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema30.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(key0) < 1) {
          const err3 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema30.propertyNames, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate13(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func12.call(schema23.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data0 = data.severity;
      const _errs3 = errors;
      let valid1 = true;
      const _errs4 = errors;
      if (!Array.isArray(data0)) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs6 = errors;
        if (Array.isArray(data0)) {
          if (data0.length > 5) {
            const err2 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema23.properties.severity.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data0.length < 1) {
            const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema23.properties.severity.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 !== "string") {
              const err4 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!(data1 === "High" || data1 === "Medium" || data1 === "Low" || data1 === "Informational" || data1 === "Undefined")) {
              const err5 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          let i1 = data0.length;
          let j0;
          if (i1 > 1) {
            outer0:
              for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data0[i1], data0[j0])) {
                    const err6 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema23.properties.severity.then, data: data0 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
          }
        } else {
          const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.severity.then.type, parentSchema: schema23.properties.severity.then, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs11 = errors;
        if (typeof data0 !== "string") {
          const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!(data0 === "High" || data0 === "Medium" || data0 === "Low" || data0 === "Informational" || data0 === "Undefined")) {
          const err9 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs11 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema23.properties.severity.if, parentSchema: schema23.properties.severity, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["min-severity"] !== void 0) {
      let data2 = data["min-severity"];
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/min-severity", schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data2 === "High" || data2 === "Medium" || data2 === "Low" || data2 === "Informational" || data2 === "Undefined")) {
        const err12 = { instancePath: instancePath + "/min-severity", schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["rules-package"] !== void 0) {
      if (!validate13(data["rules-package"], { instancePath: instancePath + "/rules-package", parentData: data, parentDataProperty: "rules-package", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== void 0) {
      if (!validate13(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== void 0) {
      if (!validate13(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.attributes !== void 0) {
      if (!validate17(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data["user-attributes"] !== void 0) {
      if (!validate17(data["user-attributes"], { instancePath: instancePath + "/user-attributes", parentData: data, parentDataProperty: "user-attributes", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.asset !== void 0) {
      let data8 = data.asset;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err13 = { instancePath: instancePath + "/asset", schemaPath: "#/properties/asset/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema23.properties.asset, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "agent-id" || key1 === "hostname" || key1 === "auto-scaling-group" || key1 === "ami-id")) {
            const err14 = { instancePath: instancePath + "/asset", schemaPath: "#/properties/asset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23.properties.asset, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data8["agent-id"] !== void 0) {
          if (!validate13(data8["agent-id"], { instancePath: instancePath + "/asset/agent-id", parentData: data8, parentDataProperty: "agent-id", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data8.hostname !== void 0) {
          if (!validate13(data8.hostname, { instancePath: instancePath + "/asset/hostname", parentData: data8, parentDataProperty: "hostname", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data8["auto-scaling-group"] !== void 0) {
          if (!validate13(data8["auto-scaling-group"], { instancePath: instancePath + "/asset/auto-scaling-group", parentData: data8, parentDataProperty: "auto-scaling-group", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data8["ami-id"] !== void 0) {
          if (!validate13(data8["ami-id"], { instancePath: instancePath + "/asset/ami-id", parentData: data8, parentDataProperty: "ami-id", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/asset", schemaPath: "#/properties/asset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.asset.type, parentSchema: schema23.properties.asset, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["numeric-severity"] !== void 0) {
      let data13 = data["numeric-severity"];
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (Object.keys(data13).length < 1) {
          const err16 = { instancePath: instancePath + "/numeric-severity", schemaPath: "#/definitions/range/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31, data: data13 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key2 in data13) {
          if (!(key2 === "min" || key2 === "max")) {
            const err17 = { instancePath: instancePath + "/numeric-severity", schemaPath: "#/definitions/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data: data13 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data13.min !== void 0) {
          let data14 = data13.min;
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 10 || isNaN(data14)) {
              const err18 = { instancePath: instancePath + "/numeric-severity/min", schemaPath: "#/definitions/range/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.min, data: data14 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err19 = { instancePath: instancePath + "/numeric-severity/min", schemaPath: "#/definitions/range/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.min, data: data14 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/numeric-severity/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.min.type, parentSchema: schema31.properties.min, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.max !== void 0) {
          let data15 = data13.max;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 10 || isNaN(data15)) {
              const err21 = { instancePath: instancePath + "/numeric-severity/max", schemaPath: "#/definitions/range/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.max, data: data15 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err22 = { instancePath: instancePath + "/numeric-severity/max", schemaPath: "#/definitions/range/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.max, data: data15 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/numeric-severity/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.max.type, parentSchema: schema31.properties.max, data: data15 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/numeric-severity", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data: data13 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data16 = data.confidence;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (Object.keys(data16).length < 1) {
          const err25 = { instancePath: instancePath + "/confidence", schemaPath: "#/definitions/range/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31, data: data16 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "min" || key3 === "max")) {
            const err26 = { instancePath: instancePath + "/confidence", schemaPath: "#/definitions/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data16.min !== void 0) {
          let data17 = data16.min;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 10 || isNaN(data17)) {
              const err27 = { instancePath: instancePath + "/confidence/min", schemaPath: "#/definitions/range/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.min, data: data17 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data17 < 0 || isNaN(data17)) {
              const err28 = { instancePath: instancePath + "/confidence/min", schemaPath: "#/definitions/range/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.min, data: data17 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/confidence/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.min.type, parentSchema: schema31.properties.min, data: data17 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data16.max !== void 0) {
          let data18 = data16.max;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 10 || isNaN(data18)) {
              const err30 = { instancePath: instancePath + "/confidence/max", schemaPath: "#/definitions/range/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.max, data: data18 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err31 = { instancePath: instancePath + "/confidence/max", schemaPath: "#/definitions/range/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.max, data: data18 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/confidence/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.max.type, parentSchema: schema31.properties.max, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/confidence", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["indicator-of-compromise"] !== void 0) {
      let data19 = data["indicator-of-compromise"];
      if (typeof data19 !== "boolean") {
        const err34 = { instancePath: instancePath + "/indicator-of-compromise", schemaPath: "#/properties/indicator-of-compromise/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties["indicator-of-compromise"].type, parentSchema: schema23.properties["indicator-of-compromise"], data: data19 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "description" || key0 === "level" || key0 === "max" || key0 === "match")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema21, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema21, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e3) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema20.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.description.type, parentSchema: schema20.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data2 = data.level;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.level.type, parentSchema: schema20.properties.level, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "error" || data2 === "warning")) {
        const err11 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema20.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.level.enum, parentSchema: schema20.properties.level, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data3 = data.max;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e9 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.match !== void 0) {
      if (!validate12(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema33 = { "title": "an exception", "type": "object", "additionalProperties": false, "required": ["id", "reason", "expires", "match"], "properties": { "id": { "description": "Unique across all loaded policy files.", "$ref": "#/definitions/id" }, "reason": { "title": "a non-empty reason", "description": "Why the waiver is acceptable.", "type": "string", "minLength": 1, "maxLength": 2e3, "pattern": "\\S" }, "expires": { "title": "a date YYYY-MM-DD", "description": "The last day (UTC) the exception applies.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date" }, "owner": { "title": "an owner", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "title": "a ticket reference", "type": "string", "minLength": 1, "maxLength": 200 }, "applies-to": { "title": 'a list of rule ids and/or "severity"', "description": 'What the exception waives findings from: rule ids and/or "severity" (the severity limits). Default: everything.', "type": "array", "minItems": 1, "maxItems": 1e3, "uniqueItems": true, "items": { "$ref": "#/definitions/id" } }, "match": { "title": "a map of conditions (at least one)", "description": "The findings this exception waives: the same conditions as a rule; at least one is required.", "allOf": [{ "$ref": "#/definitions/match" }, { "type": "object", "minProperties": 1 }] } } };
var pattern2 = new RegExp("\\S", "u");
var pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var formats0 = formats.date;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "reason" || key0 === "expires" || key0 === "owner" || key0 === "ticket" || key0 === "applies-to" || key0 === "match")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema21, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema21, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e3) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema33.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern2.test(data1)) {
          const err11 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.reason.type, parentSchema: schema33.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!pattern3.test(data2)) {
          const err13 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema33.properties.expires, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err14 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33.properties.expires, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.expires.type, parentSchema: schema33.properties.expires, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (func2(data3) > 200) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33.properties.owner, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err17 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.owner, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.owner.type, parentSchema: schema33.properties.owner, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data4 = data.ticket;
      if (typeof data4 === "string") {
        if (func2(data4) > 200) {
          const err19 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33.properties.ticket, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err20 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.ticket, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.ticket.type, parentSchema: schema33.properties.ticket, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["applies-to"] !== void 0) {
      let data5 = data["applies-to"];
      if (Array.isArray(data5)) {
        if (data5.length > 1e3) {
          const err22 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema33.properties["applies-to"], data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data5.length < 1) {
          const err23 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties["applies-to"], data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) > 128) {
              const err24 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema21, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err25 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data6 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern0.test(data6)) {
              const err26 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema21, data: data6 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/applies-to/" + i0, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data6 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data5[i1], data5[j0])) {
                  const err28 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties["applies-to"], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err29 = { instancePath: instancePath + "/applies-to", schemaPath: "#/properties/applies-to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties["applies-to"].type, parentSchema: schema33.properties["applies-to"], data: data5 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data7 = data.match;
      if (!validate12(data7, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length < 1) {
          const err30 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/allOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema33.properties.match.allOf[1], data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.match.allOf[1].type, parentSchema: schema33.properties.match.allOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "name" || key0 === "extends" || key0 === "severity" || key0 === "rules" || key0 === "exceptions" || key0 === "coverage")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data2 = data.extends;
      const _errs6 = errors;
      let valid1 = true;
      const _errs7 = errors;
      if (!Array.isArray(data2)) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      errors = _errs6;
      if (vErrors !== null) {
        if (_errs6) {
          vErrors.length = _errs6;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs9 = errors;
        if (Array.isArray(data2)) {
          if (data2.length > 32) {
            const err7 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/then/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema11.properties.extends.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data2.length < 1) {
            const err8 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.extends.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (typeof data3 === "string") {
              if (func2(data3) > 1024) {
                const err9 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (func2(data3) < 1) {
                const err10 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.then.type, parentSchema: schema11.properties.extends.then, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs14 = errors;
        if (typeof data2 === "string") {
          if (func2(data2) > 1024) {
            const err13 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/extendsEntry/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (func2(data2) < 1) {
            const err14 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/extendsEntry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/extendsEntry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid0 = _errs14 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err16 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.extends.if, parentSchema: schema11.properties.extends, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (Object.keys(data4).length < 1) {
          const err17 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.severity, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "fail-on" || key1 === "max")) {
            const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.severity, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4["fail-on"] !== void 0) {
          let data5 = data4["fail-on"];
          if (typeof data5 !== "string") {
            const err19 = { instancePath: instancePath + "/severity/fail-on", schemaPath: "#/definitions/severityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data5 === "High" || data5 === "Medium" || data5 === "Low" || data5 === "Informational" || data5 === "Undefined")) {
            const err20 = { instancePath: instancePath + "/severity/fail-on", schemaPath: "#/definitions/severityName/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.max !== void 0) {
          let data6 = data4.max;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (Object.keys(data6).length < 1) {
              const err21 = { instancePath: instancePath + "/severity/max", schemaPath: "#/properties/severity/properties/max/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.severity.properties.max, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "High" || key2 === "Medium" || key2 === "Low" || key2 === "Informational" || key2 === "Undefined")) {
                const err22 = { instancePath: instancePath + "/severity/max", schemaPath: "#/properties/severity/properties/max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.severity.properties.max, data: data6 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.High !== void 0) {
              let data7 = data6.High;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err23 = { instancePath: instancePath + "/severity/max/High", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 1e9 || isNaN(data7)) {
                  const err24 = { instancePath: instancePath + "/severity/max/High", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err25 = { instancePath: instancePath + "/severity/max/High", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data6.Medium !== void 0) {
              let data8 = data6.Medium;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err26 = { instancePath: instancePath + "/severity/max/Medium", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 1e9 || isNaN(data8)) {
                  const err27 = { instancePath: instancePath + "/severity/max/Medium", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data8 < 0 || isNaN(data8)) {
                  const err28 = { instancePath: instancePath + "/severity/max/Medium", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data6.Low !== void 0) {
              let data9 = data6.Low;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err29 = { instancePath: instancePath + "/severity/max/Low", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 1e9 || isNaN(data9)) {
                  const err30 = { instancePath: instancePath + "/severity/max/Low", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data9 < 0 || isNaN(data9)) {
                  const err31 = { instancePath: instancePath + "/severity/max/Low", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            }
            if (data6.Informational !== void 0) {
              let data10 = data6.Informational;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err32 = { instancePath: instancePath + "/severity/max/Informational", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data10 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 1e9 || isNaN(data10)) {
                  const err33 = { instancePath: instancePath + "/severity/max/Informational", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data10 < 0 || isNaN(data10)) {
                  const err34 = { instancePath: instancePath + "/severity/max/Informational", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data6.Undefined !== void 0) {
              let data11 = data6.Undefined;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err35 = { instancePath: instancePath + "/severity/max/Undefined", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data11 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 > 1e9 || isNaN(data11)) {
                  const err36 = { instancePath: instancePath + "/severity/max/Undefined", schemaPath: "#/definitions/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema15, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                  const err37 = { instancePath: instancePath + "/severity/max/Undefined", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/severity/max", schemaPath: "#/properties/severity/properties/max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.severity.properties.max.type, parentSchema: schema11.properties.severity.properties.max, data: data6 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.severity.type, parentSchema: schema11.properties.severity, data: data4 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data12 = data.rules;
      if (Array.isArray(data12)) {
        if (data12.length > 1e4) {
          const err40 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema11.properties.rules, data: data12 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate11(data12[i1], { instancePath: instancePath + "/rules/" + i1, parentData: data12, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data12 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data14 = data.exceptions;
      if (Array.isArray(data14)) {
        if (data14.length > 1e4) {
          const err42 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema11.properties.exceptions, data: data14 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate27(data14[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data14, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data14 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.coverage !== void 0) {
      let data16 = data.coverage;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (Object.keys(data16).length < 1) {
          const err44 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.coverage, data: data16 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "min-agents" || key3 === "unhealthy-agents")) {
            const err45 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.coverage, data: data16 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data16["min-agents"] !== void 0) {
          let data17 = data16["min-agents"];
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err46 = { instancePath: instancePath + "/coverage/min-agents", schemaPath: "#/properties/coverage/properties/min-agents/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.coverage.properties["min-agents"].type, parentSchema: schema11.properties.coverage.properties["min-agents"], data: data17 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 1e6 || isNaN(data17)) {
              const err47 = { instancePath: instancePath + "/coverage/min-agents", schemaPath: "#/properties/coverage/properties/min-agents/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema11.properties.coverage.properties["min-agents"], data: data17 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err48 = { instancePath: instancePath + "/coverage/min-agents", schemaPath: "#/properties/coverage/properties/min-agents/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.coverage.properties["min-agents"], data: data17 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        }
        if (data16["unhealthy-agents"] !== void 0) {
          let data18 = data16["unhealthy-agents"];
          if (typeof data18 !== "string") {
            const err49 = { instancePath: instancePath + "/coverage/unhealthy-agents", schemaPath: "#/properties/coverage/properties/unhealthy-agents/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.coverage.properties["unhealthy-agents"].type, parentSchema: schema11.properties.coverage.properties["unhealthy-agents"], data: data18 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (!(data18 === "fail" || data18 === "warn" || data18 === "ignore")) {
            const err50 = { instancePath: instancePath + "/coverage/unhealthy-agents", schemaPath: "#/properties/coverage/properties/unhealthy-agents/enum", keyword: "enum", params: { allowedValues: schema11.properties.coverage.properties["unhealthy-agents"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.coverage.properties["unhealthy-agents"].enum, parentSchema: schema11.properties.coverage.properties["unhealthy-agents"], data: data18 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.coverage.type, parentSchema: schema11.properties.coverage, data: data16 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/schema.ts
var policySchema = schema_default;
function policyValidator() {
  return validate;
}

// src/policy/yaml.ts
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
var MAX_POLICY_BYTES = 1024 * 1024;
var MAX_DEPTH = 32;
var MAX_ALIASES = 100;
var MAX_NODES = 1e5;
var STANDARD_TAGS = /* @__PURE__ */ new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq"
]);
function showTag(tag) {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
}
function pointerChild(pointer, key) {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function parseYaml(text, file) {
  const problems = [];
  const at = (position, message) => problems.push(position ? { file, position, message } : { file, message });
  const size = Buffer.byteLength(text, "utf8");
  if (size > MAX_POLICY_BYTES) {
    at(
      { line: 1, column: 1 },
      `policy file too large (${size} bytes; at most ${MAX_POLICY_BYTES}): a policy is a short, reviewed document`
    );
    return { problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    merge: false,
    resolveKnownTags: false,
    schema: "core",
    strict: true,
    version: "1.2",
    keepSourceTokens: false
  });
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    const message = e.code === "MULTIPLE_DOCS" ? "a policy file holds one YAML document; found more than one ('---')" : `YAML syntax error: ${e.message.split("\n")[0]}`;
    at(pos(e.pos[0]), message);
  }
  if (problems.length > 0) return { problems };
  for (const w of doc.warnings) {
    if (w.code !== "TAG_RESOLVE_FAILED") at(pos(w.pos[0]), `YAML: ${w.message.split("\n")[0]}`);
  }
  if (doc.contents === null || isScalar(doc.contents) && doc.contents.value === null) {
    at({ line: 1, column: 1 }, "the policy file is empty: expected a map starting with 'version: 1'");
    return { problems };
  }
  const positions = /* @__PURE__ */ new Map();
  let aliases = 0;
  let nodes = 0;
  let aborted = false;
  const expanding = /* @__PURE__ */ new Set();
  const walk = (node, pointer, depth, key) => {
    if (aborted) return null;
    if (++nodes > MAX_NODES) {
      aborted = true;
      at(key, `policy too large: more than ${MAX_NODES} values (aliases included)`);
      return null;
    }
    if (depth > MAX_DEPTH) {
      aborted = true;
      const range = node?.range;
      at(range ? pos(range[0]) : key, `nested too deeply (more than ${MAX_DEPTH} levels)`);
      return null;
    }
    if (isAlias(node)) {
      const here2 = node.range ? pos(node.range[0]) : key;
      if (++aliases > MAX_ALIASES) {
        aborted = true;
        at(here2, `too many aliases (more than ${MAX_ALIASES}): refusing a possible alias bomb`);
        return null;
      }
      const target = node.resolve(doc);
      if (target === void 0) {
        at(here2, `unknown alias *${node.source}: no anchor &${node.source} precedes it`);
        return null;
      }
      if (expanding.has(target)) {
        at(here2, `alias *${node.source} refers to a value that contains it`);
        return null;
      }
      expanding.add(target);
      const value = walk(target, pointer, depth, key ?? here2);
      expanding.delete(target);
      if (here2) positions.set(pointer, key ? { value: here2, key } : { value: here2 });
      return value;
    }
    const n = node;
    const here = n?.range ? pos(n.range[0]) : key ?? { line: 1, column: 1 };
    positions.set(pointer, key ? { value: here, key } : { value: here });
    if (n === null || n === void 0) return null;
    if (n.tag !== void 0 && !STANDARD_TAGS.has(n.tag)) {
      at(here, `unknown tag ${showTag(n.tag)} (tags are not allowed in policy files)`);
      return null;
    }
    if (isScalar(n)) {
      const v = n.value;
      if (typeof v === "bigint") return Number(v);
      return v;
    }
    if (isMap(n)) {
      const out = /* @__PURE__ */ Object.create(null);
      const seen = /* @__PURE__ */ new Map();
      for (const pair of n.items) {
        const keyNode = pair.key;
        const keyPos = isScalar(keyNode) && keyNode.range ? pos(keyNode.range[0]) : here;
        if (!isScalar(keyNode)) {
          at(keyPos, "map keys must be plain strings (found a list, map or alias as a key)");
          continue;
        }
        if (keyNode.tag !== void 0 && !STANDARD_TAGS.has(keyNode.tag)) {
          at(keyPos, `unknown tag ${showTag(keyNode.tag)} (tags are not allowed in policy files)`);
          continue;
        }
        const name = keyNode.value === null ? keyNode.source ?? "" : String(keyNode.value);
        if (name === "<<") {
          at(keyPos, "YAML merge keys ('<<') are not supported in policy files; write the keys out");
          continue;
        }
        const first = seen.get(name);
        if (first) {
          at(keyPos, `duplicate key '${name}' (first defined at line ${first.line}, column ${first.column})`);
          continue;
        }
        seen.set(name, keyPos);
        const childPointer = pointerChild(pointer, name);
        out[name] = walk(pair.value, childPointer, depth + 1, keyPos);
      }
      return out;
    }
    if (isSeq(n)) {
      return n.items.map((item, index) => walk(item, pointerChild(pointer, index), depth + 1));
    }
    at(here, "unsupported YAML value");
    return null;
  };
  const data = walk(doc.contents, "", 0);
  if (problems.length > 0) return { problems };
  return { tree: { data, positions }, problems };
}

// src/policy/load.ts
var PRESET_PREFIX = "inspector-gate:";
var presetsDirCache;
function presetsDir() {
  if (presetsDirCache !== void 0) return presetsDirCache ?? void 0;
  presetsDirCache = null;
  for (const candidate of ["../policies/", "../../policies/"]) {
    try {
      const dir = fileURLToPath(new URL(candidate, import.meta.url));
      if (existsSync(join(dir, "default.yml"))) {
        presetsDirCache = dir;
        break;
      }
    } catch {
    }
  }
  return presetsDirCache ?? void 0;
}
function presetNames() {
  const dir = presetsDir();
  if (dir === void 0) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".yml")).map((f) => f.slice(0, -4)).sort();
}
function location(file, pointer, key = false) {
  const located = file.positions.get(pointer);
  const at = (key ? located?.key : void 0) ?? located?.value ?? { line: 1, column: 1 };
  return { file: file.label, line: at.line, column: at.column, path: displayPath(pointer) };
}
function sourceOf(place) {
  return { file: place.file, line: place.line, column: place.column };
}
function toPosition(loc) {
  return { line: loc.line, column: loc.column };
}
function nodeError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}
var Loader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  problems = [];
  order = [];
  state = /* @__PURE__ */ new Map();
  problem(file, position, message) {
    this.problems.push(position ? { file, position, message } : { file, message });
  }
  /** A problem at a place, its message prefixed with the key path ("rules[0].id: ..."). */
  report(at, message) {
    this.problem(at.file, toPosition(at), at.path === "" ? message : `${at.path}: ${message}`);
  }
  async load(source2, stack, via) {
    const key = source2.path ?? `inline:${source2.label}`;
    if (this.state.get(key) === "loading") {
      const cycle = [...stack.slice(stack.indexOf(key)), key].map((k) => this.labelOfKey(k)).join(" -> ");
      if (via) this.report(via, `creates a cycle: ${cycle}`);
      return;
    }
    if (this.state.has(key)) return;
    this.state.set(key, "loading");
    this.labels.set(key, source2.label);
    try {
      const text = source2.text ?? await this.read(source2, via);
      if (text === void 0) return;
      const parsed = parseYaml(text, source2.label);
      if (!parsed.tree) {
        this.problems.push(...parsed.problems);
        return;
      }
      const validate2 = policyValidator();
      if (!validate2(parsed.tree.data)) {
        this.problems.push(
          ...convertAjvErrors(validate2.errors ?? [], source2.label, parsed.tree.positions, policySchema)
        );
        return;
      }
      const file = {
        label: source2.label,
        data: parsed.tree.data,
        positions: parsed.tree.positions,
        root: source2.root
      };
      this.checkFile(file);
      const entries = file.data.extends === void 0 ? [] : [file.data.extends].flat();
      const isList = Array.isArray(file.data.extends);
      for (const [index, entry] of entries.entries()) {
        const pointer = isList ? pointerChild("/extends", index) : "/extends";
        const at = location(file, pointer);
        const child = this.resolveExtends(entry, source2, at);
        if (child) await this.load(child, [...stack, key], at);
      }
      this.order.push(file);
    } finally {
      this.state.set(key, "done");
    }
  }
  labels = /* @__PURE__ */ new Map();
  labelOfKey(key) {
    return this.labels.get(key) ?? key;
  }
  async read(source2, via) {
    const path = source2.path;
    const report = (message) => {
      if (via) this.report(via, `cannot read '${source2.label}': ${message}`);
      else this.problem(source2.label, void 0, `cannot read the policy file: ${message}`);
    };
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        report("is a directory, not a file");
        return void 0;
      }
      if (info.size > MAX_POLICY_BYTES) {
        this.problem(
          source2.label,
          { line: 1, column: 1 },
          `policy file too large (${info.size} bytes; at most ${MAX_POLICY_BYTES}): a policy is a short, reviewed document`
        );
        return void 0;
      }
      return await readFile3(path, "utf8");
    } catch (error) {
      report(nodeError(error));
      return void 0;
    }
  }
  resolveExtends(entry, from, at) {
    if (entry.startsWith(PRESET_PREFIX)) {
      const name = entry.slice(PRESET_PREFIX.length);
      const dir = presetsDir();
      const names = presetNames();
      if (dir === void 0) {
        this.report(at, `cannot find the shipped presets (policies/) to resolve '${entry}'`);
        return void 0;
      }
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !names.includes(name)) {
        const suggestion = didYouMean(name, names);
        this.report(
          at,
          `unknown preset '${entry}'${suggestion ? `; did you mean '${PRESET_PREFIX}${suggestion}'?` : ""} (shipped presets: ${listOf(names.map((n) => PRESET_PREFIX + n))})`
        );
        return void 0;
      }
      const path2 = join(dir, `${name}.yml`);
      return { label: entry, path: path2, dir, root: false };
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(entry)) {
      this.report(
        at,
        `URLs are not supported ('${entry}'); expected a preset (${PRESET_PREFIX}<name>) or a path relative to this file`
      );
      return void 0;
    }
    const path = resolve(from.dir, entry);
    if (!this.confined(path)) {
      this.report(
        at,
        `'${entry}' is outside the working directory: a policy may extend shipped presets (${PRESET_PREFIX}<name>) and files within the working directory or beside the policy given, nothing else`
      );
      return void 0;
    }
    return { label: this.labelFor(path), path, dir: dirname(path), root: false };
  }
  /**
   * Policies arrive in pull requests: `extends` must not reach files outside the repository (secrets,
   * /proc/self/environ) and quote them into a log. A path (after following symbolic links) must lie
   * within the working directory or within the directory of a policy file the user named.
   */
  confined(path) {
    let real;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    return this.allowedDirs.some(
      (dir) => real === dir || real.startsWith(dir.endsWith(sep) ? dir : dir + sep)
    );
  }
  allowedDirs = [];
  /** Lets `extends` reach files within `dir` (the working directory, and the directory of each named policy). */
  allow(dir) {
    for (const d of [dir, realOrSelf(dir)]) if (!this.allowedDirs.includes(d)) this.allowedDirs.push(d);
  }
  /** Presets by their preset name; other files relative to the working directory. */
  labelFor(path) {
    const dir = presetsDir();
    if (dir !== void 0 && dirname(path) + sep === (dir.endsWith(sep) ? dir : dir + sep) && path.endsWith(".yml")) {
      return PRESET_PREFIX + path.slice(dirname(path).length + 1, -4);
    }
    const rel = relative(this.cwd, path);
    return rel === "" || isAbsolute(rel) ? path : rel;
  }
  // -------------------------------------------------------------------------------------------------
  // Checks within one file
  checkFile(file) {
    const { data } = file;
    for (const [i, rule] of (data.rules ?? []).entries()) {
      const base = pointerChild("/rules", i);
      if (rule.id === "severity") {
        this.report(
          location(file, pointerChild(base, "id")),
          "rule id 'severity' is reserved (applies-to uses it to mean the severity limits); choose another id"
        );
      }
      this.checkMatch(file, rule.match, pointerChild(base, "match"));
    }
    for (const [i, exception] of (data.exceptions ?? []).entries()) {
      this.checkMatch(file, exception.match, pointerChild(pointerChild("/exceptions", i), "match"));
    }
  }
  checkMatch(file, match, pointer) {
    const patterns = (value, at) => {
      if (value === void 0) return;
      const list = Array.isArray(value) ? value : [value];
      list.forEach((p, index) => {
        if (typeof p === "string") return;
        const itemPointer = Array.isArray(value) ? pointerChild(at, index) : at;
        const problem = checkRegex(p.regex);
        if (problem) {
          this.report(location(file, pointerChild(itemPointer, "regex")), problem);
        }
      });
    };
    patterns(match["rules-package"], pointerChild(pointer, "rules-package"));
    patterns(match.id, pointerChild(pointer, "id"));
    patterns(match.title, pointerChild(pointer, "title"));
    for (const mapKey of ["attributes", "user-attributes"]) {
      const map = match[mapKey];
      if (map === void 0) continue;
      for (const key of Object.keys(map)) {
        patterns(map[key], pointerChild(pointerChild(pointer, mapKey), key));
      }
    }
    if (match.asset !== void 0) {
      for (const key of ["agent-id", "hostname", "auto-scaling-group", "ami-id"]) {
        patterns(match.asset[key], pointerChild(pointerChild(pointer, "asset"), key));
      }
    }
    for (const rangeKey of ["numeric-severity", "confidence"]) {
      const range = match[rangeKey];
      if (range?.min !== void 0 && range.max !== void 0 && range.min > range.max) {
        this.report(
          location(file, pointerChild(pointer, rangeKey)),
          `min ${range.min} is greater than max ${range.max}, so nothing can match (expected min <= max)`
        );
      }
    }
    if (match.severity !== void 0 && match["min-severity"] !== void 0) {
      const floor = SEVERITY_RANK[match["min-severity"]];
      const listed = [match.severity].flat();
      if (!listed.some((s) => SEVERITY_RANK[s] >= floor)) {
        this.report(
          location(file, pointerChild(pointer, "min-severity")),
          `${match["min-severity"]} excludes every severity listed in severity (${listed.join(", ")}), so nothing can match`
        );
      }
    }
  }
  // -------------------------------------------------------------------------------------------------
  // Checks across every loaded file
  checkAll() {
    const ruleIds = /* @__PURE__ */ new Map();
    const exceptionIds = /* @__PURE__ */ new Map();
    for (const file of this.order) {
      for (const [i, rule] of (file.data.rules ?? []).entries()) {
        const at = location(file, pointerChild(pointerChild("/rules", i), "id"));
        const first = ruleIds.get(rule.id);
        if (first) {
          this.report(
            at,
            `duplicate rule id '${rule.id}': already defined at ${first.file}:${first.line}:${first.column}`
          );
        } else ruleIds.set(rule.id, at);
      }
      for (const [i, exception] of (file.data.exceptions ?? []).entries()) {
        const at = location(file, pointerChild(pointerChild("/exceptions", i), "id"));
        const first = exceptionIds.get(exception.id);
        if (first) {
          this.report(
            at,
            `duplicate exception id '${exception.id}': already defined at ${first.file}:${first.line}:${first.column}`
          );
        } else exceptionIds.set(exception.id, at);
      }
    }
    const known = [...ruleIds.keys()];
    for (const file of this.order) {
      for (const [i, exception] of (file.data.exceptions ?? []).entries()) {
        const base = pointerChild(pointerChild("/exceptions", i), "applies-to");
        for (const [j, id] of (exception["applies-to"] ?? []).entries()) {
          if (id === "severity" || ruleIds.has(id)) continue;
          const at = location(file, pointerChild(base, j));
          const suggestion = didYouMean(id, [...known, "severity"]);
          this.report(
            at,
            `unknown rule id '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (expected a rule id defined in the loaded policies${known.length > 0 ? `: ${listOf(known)}` : ""}, or "severity")`
          );
        }
      }
    }
  }
};
function patternsOf(raw) {
  return Array.isArray(raw) ? raw.map((p) => typeof p === "string" ? p : { regex: p.regex }) : typeof raw === "string" ? raw : { regex: raw.regex };
}
function patternMapOf(raw) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(raw)) out[key] = patternsOf(raw[key]);
  return out;
}
function rangeOf(raw) {
  return {
    ...raw.min !== void 0 ? { min: raw.min } : {},
    ...raw.max !== void 0 ? { max: raw.max } : {}
  };
}
function matchOf(raw) {
  const match = {};
  if (raw.severity !== void 0) match.severity = [raw.severity].flat();
  if (raw["min-severity"] !== void 0) match.minSeverity = raw["min-severity"];
  if (raw["rules-package"] !== void 0) match.rulesPackage = patternsOf(raw["rules-package"]);
  if (raw.id !== void 0) match.id = patternsOf(raw.id);
  if (raw.title !== void 0) match.title = patternsOf(raw.title);
  if (raw.attributes !== void 0) match.attributes = patternMapOf(raw.attributes);
  if (raw["user-attributes"] !== void 0) match.userAttributes = patternMapOf(raw["user-attributes"]);
  if (raw.asset !== void 0) {
    const a = raw.asset;
    match.asset = {
      ...a["agent-id"] !== void 0 ? { agentId: patternsOf(a["agent-id"]) } : {},
      ...a.hostname !== void 0 ? { hostname: patternsOf(a.hostname) } : {},
      ...a["auto-scaling-group"] !== void 0 ? { autoScalingGroup: patternsOf(a["auto-scaling-group"]) } : {},
      ...a["ami-id"] !== void 0 ? { amiId: patternsOf(a["ami-id"]) } : {}
    };
  }
  if (raw["numeric-severity"] !== void 0) match.numericSeverity = rangeOf(raw["numeric-severity"]);
  if (raw.confidence !== void 0) match.confidence = rangeOf(raw.confidence);
  if (raw["indicator-of-compromise"] !== void 0)
    match.indicatorOfCompromise = raw["indicator-of-compromise"];
  return match;
}
var UNHEALTHY_STRICTNESS = { ignore: 0, warn: 1, fail: 2 };
function limitsOf(file) {
  const severity = file.data.severity;
  if (severity === void 0) return [];
  const out = /* @__PURE__ */ new Map();
  const failOn = severity["fail-on"];
  if (failOn !== void 0) {
    const source2 = sourceOf(location(file, "/severity/fail-on"));
    for (const s of SEVERITIES) {
      if (SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]) out.set(s, { severity: s, max: 0, source: source2 });
    }
  }
  for (const s of SEVERITIES) {
    const max = severity.max?.[s];
    if (max !== void 0)
      out.set(s, { severity: s, max, source: sourceOf(location(file, `/severity/max/${s}`)) });
  }
  return [...out.values()];
}
function merge(files) {
  const limits = /* @__PURE__ */ new Map();
  const rules = [];
  const exceptions = [];
  let coverage = { minAgents: 1, unhealthyAgents: "warn" };
  let coverageSet = false;
  for (const file of files) {
    for (const limit of limitsOf(file)) {
      const current = limits.get(limit.severity);
      if (current === void 0 || limit.max <= current.max) limits.set(limit.severity, limit);
    }
    for (const [i, raw] of (file.data.rules ?? []).entries()) {
      const base = pointerChild("/rules", i);
      rules.push({
        id: raw.id,
        ...raw.description !== void 0 ? { description: raw.description } : {},
        level: raw.level ?? "error",
        max: raw.max ?? 0,
        match: matchOf(raw.match),
        source: sourceOf(location(file, pointerChild(base, "id")))
      });
    }
    for (const [i, raw] of (file.data.exceptions ?? []).entries()) {
      const base = pointerChild("/exceptions", i);
      exceptions.push({
        id: raw.id,
        reason: raw.reason,
        expires: raw.expires,
        ...raw.owner !== void 0 ? { owner: raw.owner } : {},
        ...raw.ticket !== void 0 ? { ticket: raw.ticket } : {},
        ...raw["applies-to"] !== void 0 ? { appliesTo: [...raw["applies-to"]] } : {},
        match: matchOf(raw.match),
        source: sourceOf(location(file, pointerChild(base, "id")))
      });
    }
    const c = file.data.coverage;
    if (c !== void 0) {
      const source2 = sourceOf(location(file, "/coverage", true));
      const minAgents = Math.max(coverage.minAgents, c["min-agents"] ?? 1);
      const unhealthy = c["unhealthy-agents"] ?? "warn";
      const stricter = UNHEALTHY_STRICTNESS[unhealthy] > UNHEALTHY_STRICTNESS[coverage.unhealthyAgents] ? unhealthy : coverage.unhealthyAgents;
      const changed = !coverageSet || minAgents !== coverage.minAgents || stricter !== coverage.unhealthyAgents;
      coverage = {
        minAgents,
        unhealthyAgents: stricter,
        ...changed ? { source: source2 } : coverage.source ? { source: coverage.source } : {}
      };
      coverageSet = true;
    }
  }
  const roots = files.filter((f) => f.root);
  const name = roots.find((f) => f.data.name !== void 0)?.data.name;
  return {
    version: 1,
    ...name !== void 0 ? { name } : {},
    files: files.map((f) => f.label),
    severityLimits: SEVERITIES.slice().reverse().flatMap((s) => {
      const limit = limits.get(s);
      return limit ? [limit] : [];
    }),
    rules,
    exceptions,
    coverage
  };
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
async function loadPolicy(input, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const sources = [];
  if (typeof input === "string") {
    sources.push({ label: input, path: resolve(cwd, input), dir: dirname(resolve(cwd, input)), root: true });
  } else if (Array.isArray(input)) {
    for (const path of input) {
      sources.push({ label: path, path: resolve(cwd, path), dir: dirname(resolve(cwd, path)), root: true });
    }
  } else {
    const inline = input;
    const label = inline.file ?? "<inline>";
    const dir = inline.file !== void 0 ? dirname(resolve(cwd, inline.file)) : cwd;
    sources.push({ label, text: inline.text, dir, root: true });
  }
  if (sources.length === 0) {
    throw new ConfigError("POLICY_INVALID", "no policy given: expected at least one policy file");
  }
  const loader = new Loader(cwd);
  loader.allow(resolve(cwd));
  for (const source2 of sources) if (source2.path !== void 0) loader.allow(source2.dir);
  for (const source2 of sources) await loader.load(source2, []);
  if (loader.problems.length === 0) loader.checkAll();
  let policy;
  if (loader.problems.length === 0) {
    policy = merge(loader.order);
    if (policy.severityLimits.length === 0 && policy.rules.length === 0) {
      const first = loader.order.find((f) => f.root) ?? loader.order[0];
      const at = location(first, "/version", true);
      loader.problems.push({
        file: at.file,
        position: toPosition(at),
        message: "this policy can never fail: it sets no severity limit (severity.fail-on or severity.max) and no rule; add one, or extend inspector-gate:default"
      });
    }
  }
  if (loader.problems.length > 0 || policy === void 0) {
    const files = sources.map((s) => s.label);
    const lines = formatProblems(loader.problems, files);
    const count2 = loader.problems.length;
    throw new ConfigError(
      "POLICY_INVALID",
      `invalid policy (${files.join(", ")}): ${count2} problem${count2 === 1 ? "" : "s"}`,
      lines
    );
  }
  return policy;
}

// src/report/escape.ts
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[ -/]*[0-~]/g;
var LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function stripAnsi(text) {
  return text.replace(ANSI_SEQUENCE, "");
}
function plainText(text, maxLength) {
  const clean2 = stripAnsi(String(text)).replace(LINE_BREAKS, " ").replace(CONTROLS, "").replace(BIDI, "").replace(LONE_SURROGATE, "�").replace(/ {2,}/g, " ").trim().replace(/##\[/g, "##​[").replace(/^::/, "​::");
  return maxLength === void 0 ? clean2 : truncate(clean2, maxLength);
}
function truncate(text, maxLength) {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  if (maxLength <= 1) return "…".slice(0, Math.max(0, maxLength));
  return `${chars.slice(0, maxLength - 1).join("").trimEnd()}…`;
}
var ZWSP = "&#8203;";
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()#!|~$&<>"']|@(?=[\p{L}\p{N}_-])|[Gg][Hh](?=-\d)/gu;
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeMarkdown(text, maxLength) {
  const clean2 = plainText(text, maxLength);
  const out = clean2.replace(MARKDOWN_SPECIAL, (match, offset) => {
    if (match === "@") return `@${ZWSP}`;
    if (match.length === 2) return `${match}${ZWSP}`;
    const entity = HTML_ENTITIES[match];
    if (entity !== void 0) return entity;
    if (match === "#" && /\d/.test(clean2[offset + 1] ?? "")) return `\\#${ZWSP}`;
    return `\\${match}`;
  });
  if (/^[-+=]/.test(out)) return `\\${out}`;
  const ordered = /^(\d{1,9})([.)])/.exec(out);
  if (ordered) return `${ordered[1]}\\${out.slice(ordered[1].length)}`;
  return out;
}
var XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function escapeXml(text) {
  return stripAnsi(String(text)).replace(XML_ILLEGAL, "").replace(LONE_SURROGATE, "�").replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "	":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}

// src/report/common.ts
var TOOL_NAME = "inspector-gate";
var NOT_FETCHED = "Findings not fetched: a severity-only policy is decided from the run's finding counts. List them with `aws inspector list-findings` filtered on the run and severity.";
var SEVERITIES_DESC = [...SEVERITIES].reverse();
function severityCheckId(severity) {
  return `severity:${severity}`;
}
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (b.numericSeverity ?? -1) - (a.numericSeverity ?? -1) || compareText(a.id ?? "", b.id ?? "") || compareText(a.title ?? "", b.title ?? "") || compareText(a.arn, b.arn);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function checksOf(evaluation) {
  if (!evaluation) return [];
  const byCheck = /* @__PURE__ */ new Map();
  for (const violation of evaluation.violations) {
    const list = byCheck.get(violation.ruleId);
    if (list) list.push(violation);
    else byCheck.set(violation.ruleId, [violation]);
  }
  for (const list of byCheck.values()) list.sort((a, b) => compareFindings(a.finding, b.finding));
  const limits = [...evaluation.severity].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
  const checks = limits.map((limit) => {
    const id = severityCheckId(limit.severity);
    return {
      id,
      kind: "severity",
      severity: limit.severity,
      description: `At most ${limit.max} ${limit.severity} finding${limit.max === 1 ? "" : "s"}`,
      level: "error",
      matched: limit.count,
      max: limit.max,
      violated: limit.violated,
      source: limit.source,
      violations: byCheck.get(id) ?? []
    };
  });
  for (const rule of evaluation.rules) {
    checks.push({
      id: rule.id,
      kind: "rule",
      ...rule.description !== void 0 ? { description: rule.description } : {},
      level: rule.level,
      matched: rule.matched,
      waived: rule.waived,
      max: rule.max,
      violated: rule.violated,
      source: rule.source,
      violations: byCheck.get(rule.id) ?? []
    });
  }
  return checks;
}
function worstRank(check) {
  if (check.severity !== void 0) return SEVERITY_RANK[check.severity];
  const first = check.violations[0];
  return first ? SEVERITY_RANK[first.finding.severity] : -1;
}
function rankChecks(checks) {
  return checks.map((check, index) => ({ check, index })).sort(
    (a, b) => worstRank(b.check) - worstRank(a.check) || b.check.matched - b.check.max - (a.check.matched - a.check.max) || a.index - b.index
  ).map(({ check }) => check);
}
function displayFile(ctx, file) {
  return ctx.displayPath ? ctx.displayPath(file) : file;
}
function where2(ctx, source2) {
  return `${displayFile(ctx, source2.file)}:${source2.line}`;
}
function formatDuration2(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "unknown";
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) {
    const s2 = Math.round(ms / 100) / 10;
    return `${s2}s`;
  }
  const totalSeconds = Math.round(ms / 1e3);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor(totalSeconds % 3600 / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  return `${m}m ${String(s).padStart(2, "0")}s`;
}
function spanMs(from, to) {
  if (from === void 0 || to === void 0) return void 0;
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isFinite(a) && Number.isFinite(b) && b >= a ? b - a : void 0;
}
function runDurationMs(run) {
  return spanMs(run.startedAt, run.completedAt);
}
function totalApiCalls(result) {
  return Object.values(result.apiCalls).reduce((sum, n) => sum + n, 0);
}
function apiCallsList(result) {
  return Object.entries(result.apiCalls).filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || compareText(a, b)).map(([op, n]) => `${op} ${n}`).join(", ");
}
function findingLine(finding, maxTitle = 120) {
  const id = finding.id ? `${plainText(finding.id, 60)} ` : "";
  const title = finding.title ? plainText(finding.title, maxTitle) : "(no title)";
  return `${finding.severity} ${id}${title} on ${plainText(assetLabel(finding.asset), 80)}`;
}
function violatedCounts(checks) {
  let errors = 0;
  let warnings = 0;
  for (const check of checks) {
    if (!check.violated) continue;
    if (check.level === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function verdictSummary(result, checks) {
  const { errors, warnings } = violatedCounts(checks);
  const findings = result.evaluation?.findings.evaluated ?? result.findings.evaluated;
  const total = checks.length;
  switch (result.verdict) {
    case "pass": {
      const warn = warnings > 0 ? `; ${plural2(warnings, "warning-level rule")} violated` : "";
      return `${plural2(total, "check")} held over ${plural2(findings, "finding")}${warn}.`;
    }
    case "fail": {
      if (errors === 0) {
        const why = result.warnings[0] !== void 0 ? `: ${plainText(result.warnings[0], 300)}` : "";
        return `The policy failed${why}.`;
      }
      const warn = warnings > 0 ? `; ${plural2(warnings, "warning-level rule")} violated` : "";
      return `${errors} of ${plural2(total, "check")} failed${warn}.`;
    }
    default:
      return "The gate could not reach a trustworthy verdict.";
  }
}
function sumCounts2(counts2) {
  return SEVERITIES.reduce((sum, s) => sum + (counts2[s] ?? 0), 0);
}

// src/report/json.ts
var REPORT_SCHEMA_VERSION = 1;
function source(ctx, location2) {
  return { file: displayFile(ctx, location2.file), line: location2.line, column: location2.column };
}
function counts(value) {
  const out = emptySeverityCounts();
  for (const s of SEVERITIES) out[s] = value[s] ?? 0;
  return out;
}
function buildJsonReport(result, ctx) {
  const evaluation = result.evaluation;
  const run = result.run;
  const statuses = /* @__PURE__ */ new Map();
  const note = (status, flag, waived = 0) => {
    const entry = statuses.get(status.id) ?? { status, waived: 0, flags: /* @__PURE__ */ new Set() };
    entry.flags.add(flag);
    entry.waived += waived;
    statuses.set(status.id, entry);
  };
  for (const e of evaluation?.exceptions.applied ?? []) note(e, "applied", e.count);
  for (const e of evaluation?.exceptions.expired ?? []) note(e, "expired");
  for (const e of evaluation?.exceptions.expiring ?? []) note(e, "expiring");
  for (const e of evaluation?.exceptions.unused ?? []) note(e, "unused");
  const byPackage = evaluation?.counts.byRulesPackage;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    verdict: result.verdict,
    exitCode: result.exitCode,
    warnOnly: result.warnOnly === true,
    policy: { name: result.policyName ?? null, files: result.policyFiles.map((f) => displayFile(ctx, f)) },
    run: run ? {
      arn: run.arn,
      name: run.name,
      templateArn: run.templateArn,
      state: run.state,
      createdAt: run.createdAt ?? null,
      startedAt: run.startedAt ?? null,
      completedAt: run.completedAt ?? null,
      durationInSeconds: run.durationInSeconds ?? null,
      startedByGate: run.startedByGate,
      stateChanges: run.stateChanges.map((c) => ({ state: c.state, at: c.at })),
      findingCounts: run.findingCounts ? counts(run.findingCounts) : null,
      rulesPackageArns: [...run.rulesPackageArns ?? []]
    } : null,
    findings: { total: result.findings.total, evaluated: result.findings.evaluated },
    counts: counts(result.counts),
    countsAfterExceptions: evaluation ? counts(evaluation.counts.afterExceptions) : null,
    countsByRulesPackage: byPackage ? Object.fromEntries(
      Object.keys(byPackage).sort(compareText).map((name) => [name, counts(byPackage[name])])
    ) : null,
    severity: (evaluation?.severity ?? []).map((limit) => ({
      severity: limit.severity,
      count: limit.count,
      max: limit.max,
      violated: limit.violated,
      source: source(ctx, limit.source)
    })),
    rules: (evaluation?.rules ?? []).map((rule) => ({
      id: rule.id,
      description: rule.description ?? null,
      level: rule.level,
      matched: rule.matched,
      waived: rule.waived,
      max: rule.max,
      violated: rule.violated,
      source: source(ctx, rule.source)
    })),
    violations: (evaluation?.violations ?? []).map(({ ruleId, level, finding }) => ({
      ruleId,
      level,
      findingArn: finding.arn,
      severity: finding.severity,
      title: finding.title ?? null,
      findingId: finding.id ?? null,
      numericSeverity: finding.numericSeverity ?? null,
      rulesPackage: finding.rulesPackageName ?? finding.rulesPackageArn ?? null,
      asset: {
        label: assetLabel(finding.asset),
        agentId: finding.asset.agentId ?? null,
        hostname: finding.asset.hostname ?? null,
        autoScalingGroup: finding.asset.autoScalingGroup ?? null,
        amiId: finding.asset.amiId ?? null
      }
    })),
    violationsTruncated: evaluation?.violationsTruncated ?? false,
    exceptions: {
      applied: (evaluation?.exceptions.applied ?? []).flatMap(
        (e) => [...e.findings].sort(compareFindings).map((f) => ({ id: e.id, findingArn: f.arn }))
      ),
      expired: (evaluation?.exceptions.expired ?? []).map((e) => e.id),
      unused: (evaluation?.exceptions.unused ?? []).map((e) => e.id),
      expiring: (evaluation?.exceptions.expiring ?? []).map((e) => e.id),
      details: [...statuses.values()].map(({ status, waived, flags }) => ({
        id: status.id,
        reason: status.reason,
        expires: status.expires,
        daysLeft: status.daysLeft,
        owner: status.owner ?? null,
        ticket: status.ticket ?? null,
        waived,
        expired: flags.has("expired"),
        expiring: flags.has("expiring"),
        unused: flags.has("unused"),
        source: source(ctx, status.source)
      }))
    },
    coverage: result.coverage ? {
      agents: result.coverage.agents,
      healthy: result.coverage.healthy,
      unhealthy: result.coverage.unhealthy,
      reporting: result.coverage.reporting,
      telemetryMessages: { ...result.coverage.telemetryMessages },
      minAgents: result.coverage.minAgents,
      unhealthyAgentsPolicy: result.coverage.unhealthyPolicy,
      unhealthyAgents: result.coverage.unhealthyAgents.map((a) => ({
        agentId: a.agentId,
        healthCode: a.healthCode ?? null
      }))
    } : null,
    apiCalls: { ...result.apiCalls },
    apiCallsTotal: totalApiCalls(result),
    timings: {
      startedAt: result.timings.startedAt,
      totalMs: result.timings.totalMs,
      waitMs: result.timings.waitMs ?? null,
      fetchMs: result.timings.fetchMs ?? null,
      evaluateMs: result.timings.evaluateMs ?? null
    },
    warnings: [...result.warnings],
    error: result.error ? { code: result.error.code, message: result.error.message } : null
  };
}
var formatJson = (result, ctx) => `${JSON.stringify(buildJsonReport(result, ctx), null, 2)}
`;

// src/report/junit.ts
function seconds(ms) {
  return ((ms ?? 0) / 1e3).toFixed(3);
}
function timestamp2(iso2) {
  const t = Date.parse(iso2);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 19) : void 0;
}
function findingsBody(check, indent) {
  const lines = check.violations.map(
    (v) => `${indent}${escapeXml(findingLine(v.finding, 200))} (${escapeXml(v.finding.arn)})`
  );
  const more = check.matched - check.violations.length;
  if (more > 0) lines.push(`${indent}… and ${more} more`);
  return lines;
}
function testCase(check, ctx) {
  const classname = check.kind === "severity" ? `${TOOL_NAME}.severity` : `${TOOL_NAME}.rules`;
  const source2 = where2(ctx, check.source);
  const file = displayFile(ctx, check.source.file);
  const line = check.source.line;
  const open = `    <testcase classname="${classname}" name="${escapeXml(check.id)}" file="${escapeXml(file)}" line="${line}" time="0">`;
  const summary = `${plural2(check.matched, "finding")} (max ${check.max})`;
  if (!check.violated) {
    return [
      `    <testcase classname="${classname}" name="${escapeXml(check.id)}" file="${escapeXml(file)}" line="${line}" time="0"/>`
    ];
  }
  if (check.level === "error") {
    return [
      open,
      `      <failure message="${escapeXml(`${plainText(check.id, 200)}: ${summary}`)}" type="${check.kind === "severity" ? "severity-limit" : "rule"}">`,
      `${escapeXml(`${plainText(check.id, 200)}: ${summary}, defined at ${plainText(source2, 300)}`)}`,
      ...findingsBody(check, ""),
      "      </failure>",
      "    </testcase>"
    ];
  }
  return [
    open,
    "      <system-out>",
    `${escapeXml(`warning: ${plainText(check.id, 200)}: ${summary}, defined at ${plainText(source2, 300)}`)}`,
    ...findingsBody(check, ""),
    "      </system-out>",
    "    </testcase>"
  ];
}
var formatJunit = (result, ctx) => {
  const checks = checksOf(result.evaluation);
  const cases = [];
  for (const check of checks) cases.push(...testCase(check, ctx));
  let errors = 0;
  if (result.verdict === "error") {
    errors = 1;
    const code = result.error?.code ?? "ERROR";
    const message = result.error?.message ?? "the gate stopped without a verdict";
    cases.push(
      `    <testcase classname="${TOOL_NAME}" name="verdict" time="${seconds(result.timings.totalMs)}">`,
      `      <error message="${escapeXml(plainText(message, 1e3))}" type="${escapeXml(plainText(code, 100))}">${escapeXml(`${plainText(code, 100)}: ${plainText(message, 4e3)}`)}</error>`,
      "    </testcase>"
    );
  }
  const failures = checks.filter((c) => c.violated && c.level === "error").length;
  const tests = checks.length + errors;
  const suiteName = result.policyName ? `${TOOL_NAME}: ${plainText(result.policyName, 200)}` : TOOL_NAME;
  const stamp = timestamp2(result.timings.startedAt);
  const properties = [
    ["verdict", result.verdict],
    ["exitCode", String(result.exitCode)],
    ["findings.total", String(result.findings.total)],
    ["findings.evaluated", String(result.findings.evaluated)],
    ...result.run ? [
      ["run.arn", result.run.arn],
      ["run.name", result.run.name],
      ["run.state", result.run.state],
      ["template.arn", result.run.templateArn]
    ] : [],
    ...result.policyFiles.map((f, i) => [`policy.file.${i + 1}`, displayFile(ctx, f)])
  ];
  const time = seconds(result.timings.totalMs);
  const counts2 = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${time}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${TOOL_NAME}" ${counts2}>`,
    `  <testsuite name="${escapeXml(suiteName)}" ${counts2}${stamp ? ` timestamp="${stamp}"` : ""}>`,
    "    <properties>",
    ...properties.map(
      ([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(plainText(value, 1e3))}"/>`
    ),
    "    </properties>",
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
};

// src/report/markdown.ts
var DEFAULT_MARKDOWN_MAX_BYTES = 1024 * 1024;
var DEFAULT_FINDINGS_PER_CHECK = 10;
var bytes = (text) => Buffer.byteLength(text, "utf8");
var linesBytes = (lines) => lines.reduce((sum, l) => sum + bytes(l) + 1, 0);
function verdictIcon(result) {
  if (result.verdict === "pass") return "✅";
  if (result.verdict === "error") return "🛑";
  return result.warnOnly ? "⚠️" : "❌";
}
function checkIcon(check) {
  if (!check.violated) return "✅";
  return check.level === "error" ? "❌" : "⚠️";
}
function daysText(status) {
  const d = status.daysLeft;
  if (d < 0) return `${status.expires} (expired ${plural2(-d, "day")} ago)`;
  if (d === 0) return `${status.expires} (today)`;
  return `${status.expires} (in ${plural2(d, "day")})`;
}
function headerSection(result, checks) {
  const lines = [];
  const icon = verdictIcon(result);
  if (result.verdict === "pass") lines.push(`## ${icon} Inspector gate passed`);
  else if (result.verdict === "fail")
    lines.push(`## ${icon} Inspector gate failed: policy violated${result.warnOnly ? " (warn-only)" : ""}`);
  else lines.push(`## ${icon} Inspector gate error${result.error ? `: ${escapeMarkdown(result.error.code, 80)}` : ""}`);
  lines.push("");
  if (result.verdict === "error") {
    lines.push(
      "> [!CAUTION]",
      `> ${result.error ? escapeMarkdown(result.error.message, 4e3) : "The gate stopped without a verdict."}`,
      ">",
      "> No trustworthy verdict: this is never a pass."
    );
  } else {
    lines.push(`**${escapeMarkdown(verdictSummary(result, checks))}**`);
    if (result.verdict === "fail" && result.warnOnly) {
      lines.push(
        "",
        "> [!WARNING]",
        "> warn-only is set: the violations are reported and the step does not fail."
      );
    }
  }
  lines.push("", `Exit code ${result.exitCode}.`);
  return { priority: 0, required: true, head: lines, rows: [] };
}
function runSection(result, ctx) {
  const rows = [];
  const run = result.run;
  if (run) {
    const duration = runDurationMs(run);
    const took = duration !== void 0 ? ` in ${formatDuration2(duration)}` : "";
    rows.push(
      `- **Run:** ${escapeMarkdown(run.name, 200)} · ${escapeMarkdown(run.state, 60)}${took}${run.startedByGate ? " · started by the gate" : ""}`
    );
    rows.push(`- **Run ARN:** ${escapeMarkdown(run.arn, 400)}`);
    rows.push(`- **Template:** ${escapeMarkdown(run.templateArn, 400)}`);
    if (run.stateChanges.length > 0) {
      const first = run.stateChanges[0].at;
      const shown = run.stateChanges.slice(0, 20);
      const steps = shown.map((change, i) => {
        const offset = spanMs(first, change.at);
        const at = i === 0 ? escapeMarkdown(change.at, 40) : offset !== void 0 ? `+${formatDuration2(offset)}` : escapeMarkdown(change.at, 40);
        return `${escapeMarkdown(change.state, 60)} (${at})`;
      });
      const more = run.stateChanges.length > shown.length ? ` → … ${run.stateChanges.length - shown.length} more` : "";
      rows.push(`- **Timeline:** ${steps.join(" → ")}${more}`);
    }
  } else {
    rows.push("- **Run:** none, findings evaluated offline");
  }
  if (result.policyFiles.length > 0 || result.policyName) {
    const name = result.policyName ? escapeMarkdown(result.policyName, 100) : "";
    const files = result.policyFiles.map((f) => escapeMarkdown(displayFile(ctx, f), 300)).join(", ");
    rows.push(`- **Policy:** ${name && files ? `${name} (${files})` : name || files}`);
  }
  rows.push(
    `- **Findings:** ${result.findings.total} in ${run ? "the run" : "the input"}, ${result.findings.evaluated} evaluated`
  );
  const cov = result.coverage;
  if (cov) {
    const telemetry = Object.entries(cov.telemetryMessages).sort(([a], [b]) => compareText(a, b)).map(([type, n]) => `${escapeMarkdown(type, 60)} ${n}`).join(", ");
    rows.push(
      `- **Coverage:** ${plural2(cov.agents, "agent")}, ${cov.healthy} healthy, ${cov.unhealthy} unhealthy, ${cov.reporting} reporting telemetry (minimum ${cov.minAgents}; unhealthy agents: ${cov.unhealthyPolicy})${telemetry ? `; telemetry messages: ${telemetry}` : ""}`
    );
    if (cov.unhealthyAgents.length > 0) {
      const shown = cov.unhealthyAgents.slice(0, 10).map((a) => `${escapeMarkdown(a.agentId, 100)}${a.healthCode ? ` (${escapeMarkdown(a.healthCode, 60)})` : ""}`);
      const more = cov.unhealthyAgents.length > 10 ? `, … ${cov.unhealthyAgents.length - 10} more` : "";
      rows.push(`- **Unhealthy agents:** ${shown.join(", ")}${more}`);
    }
  }
  return { priority: 2, head: ["### Run"], rows, more: (n) => `- … ${plural2(n, "line")} left out` };
}
function countsSection(result) {
  const evaluation = result.evaluation;
  const limits = /* @__PURE__ */ new Map();
  for (const l of evaluation?.severity ?? []) limits.set(l.severity, { max: l.max, violated: l.violated });
  const after = evaluation?.counts.afterExceptions;
  const header = after ? ["| Severity | Findings | After exceptions | Limit |", "|---|--:|--:|---|"] : ["| Severity | Findings | Limit |", "|---|--:|---|"];
  const rows = SEVERITIES_DESC.map((s) => {
    const limit = limits.get(s);
    const limitText = limit ? `${limit.violated ? "❌" : "✅"} max ${limit.max}` : "–";
    return after ? `| ${s} | ${result.counts[s] ?? 0} | ${after[s] ?? 0} | ${limitText} |` : `| ${s} | ${result.counts[s] ?? 0} | ${limitText} |`;
  });
  if (!evaluation && sumCounts2(result.counts) === 0) return [];
  const sections = [{ priority: 4, head: ["### Findings by severity", "", ...header], rows }];
  const byPackage = evaluation?.counts.byRulesPackage;
  if (byPackage && Object.keys(byPackage).length > 0) {
    const names = Object.keys(byPackage).sort(compareText);
    sections.push({
      priority: 6,
      head: [
        "### Findings by rules package and severity",
        "",
        `| Rules package | ${SEVERITIES_DESC.join(" | ")} | Total |`,
        `|---|${SEVERITIES_DESC.map(() => "--:").join("|")}|--:|`
      ],
      rows: names.map((name) => {
        const c = byPackage[name];
        return `| ${escapeMarkdown(name, 200)} | ${SEVERITIES_DESC.map((s) => c[s] ?? 0).join(" | ")} | ${sumCounts2(c)} |`;
      }),
      more: (n) => `
_… ${plural2(n, "more rules package")} left out._`
    });
  }
  return sections;
}
function checksSection(checks, ctx) {
  if (checks.length === 0) return void 0;
  return {
    priority: 1,
    head: [
      "### Checks",
      "",
      "| | Check | Level | Matched | Max | Waived | Defined at |",
      "|:-:|---|---|--:|--:|--:|---|"
    ],
    rows: checks.map((c) => {
      const description = c.description ? ` ${escapeMarkdown(c.description, 200)}` : "";
      const waived = c.waived !== void 0 ? String(c.waived) : "–";
      return `| ${checkIcon(c)} | **${escapeMarkdown(c.id, 100)}**${description} | ${c.level} | ${c.matched} | ${c.max} | ${waived} | ${escapeMarkdown(where2(ctx, c.source), 300)} |`;
    }),
    more: (n) => `
_… ${plural2(n, "more check")} left out._`
  };
}
function violationSections(checks, perCheck) {
  const violated = rankChecks(checks.filter((c) => c.violated));
  return violated.map((check, index) => {
    const shown = check.violations.slice(0, perCheck);
    const title = `#### ${checkIcon(check)} ${escapeMarkdown(check.id, 100)}: ${plural2(check.matched, "finding")} (max ${check.max})`;
    if (shown.length === 0) {
      return {
        priority: 10 + index,
        group: { key: "violations", head: ["### Violating findings (worst first)"] },
        head: [title, "", `_${NOT_FETCHED}_`],
        rows: []
      };
    }
    return {
      priority: 10 + index,
      group: { key: "violations", head: ["### Violating findings (worst first)"] },
      head: [title, "", "| Severity | Finding | Asset | Rules package |", "|---|---|---|---|"],
      rows: shown.map((v) => {
        const f = v.finding;
        const id = f.id ? `**${escapeMarkdown(f.id, 80)}** ` : "";
        const title2 = f.title ? escapeMarkdown(f.title, 200) : "_(no title)_";
        const asset = [f.asset.hostname, f.asset.agentId].filter((x) => x !== void 0);
        const assetText = asset.length > 0 ? asset.map((a) => escapeMarkdown(a, 100)).join(" · ") : escapeMarkdown(f.asset.amiId ?? f.asset.autoScalingGroup ?? "unknown asset", 100);
        const pkg = f.rulesPackageName ?? f.rulesPackageArn;
        return `| ${f.severity} | ${id}${title2} | ${assetText} | ${pkg ? escapeMarkdown(pkg, 120) : "–"} |`;
      }),
      hidden: Math.max(0, check.matched - shown.length),
      more: (n) => `
_… and ${n} more (see the JSON report)._`
    };
  });
}
function exceptionsSection(result, ctx) {
  const ex = result.evaluation?.exceptions;
  if (!ex) return void 0;
  const entries = /* @__PURE__ */ new Map();
  const add = (status, label, waived) => {
    const entry = entries.get(status.id) ?? { status, labels: [] };
    entry.labels.push(label);
    if (waived !== void 0) entry.waived = (entry.waived ?? 0) + waived;
    entries.set(status.id, entry);
  };
  for (const e of ex.expired) add(e, "❌ expired");
  for (const e of ex.expiring) add(e, "⚠️ expiring");
  for (const e of ex.applied) add(e, "✅ applied", e.count);
  for (const e of ex.unused) add(e, "➖ unused");
  if (entries.size === 0) return void 0;
  return {
    priority: 3,
    head: [
      "### Exceptions",
      "",
      "| Status | Exception | Waived | Expires | Owner | Reason | Defined at |",
      "|---|---|--:|---|---|---|---|"
    ],
    rows: [...entries.values()].map(({ status, labels, waived }) => {
      const owner = [status.owner, status.ticket].filter((x) => x !== void 0).map((x) => escapeMarkdown(x, 100)).join(" · ");
      return `| ${labels.join(", ")} | **${escapeMarkdown(status.id, 100)}** | ${waived ?? "–"} | ${escapeMarkdown(daysText(status), 60)} | ${owner || "–"} | ${escapeMarkdown(status.reason, 300)} | ${escapeMarkdown(where2(ctx, status.source), 300)} |`;
    }),
    more: (n) => `
_… ${plural2(n, "more exception")} left out._`
  };
}
function warningsSection(result) {
  if (result.warnings.length === 0) return void 0;
  return {
    priority: 5,
    head: ["### Warnings"],
    rows: result.warnings.map((w) => `- ${escapeMarkdown(w, 1e3)}`),
    more: (n) => `- … ${plural2(n, "more warning")}`
  };
}
function footerSection(result, ctx) {
  const calls = totalApiCalls(result);
  const detail = calls > 0 ? ` (${escapeMarkdown(apiCallsList(result), 500)})` : "";
  const t = result.timings;
  const phases = [
    t.waitMs !== void 0 ? `wait ${formatDuration2(t.waitMs)}` : void 0,
    t.fetchMs !== void 0 ? `fetch ${formatDuration2(t.fetchMs)}` : void 0,
    t.evaluateMs !== void 0 ? `evaluate ${formatDuration2(t.evaluateMs)}` : void 0
  ].filter((p) => p !== void 0);
  return {
    priority: 1,
    required: true,
    head: [
      "---",
      `<sub>${TOOL_NAME} ${escapeMarkdown(ctx.toolVersion, 40)} · ${plural2(calls, "Inspector API call")}${detail} · took ${formatDuration2(t.totalMs)}${phases.length > 0 ? ` (${phases.join(", ")})` : ""}</sub>`
    ],
    rows: []
  };
}
function truncationNote(maxBytes, sections, rows, ctx) {
  const hint = ctx.fullReportHint ? escapeMarkdown(ctx.fullReportHint, 300) : "the JSON report (`--format json`, or the Action's `report-file`)";
  const what = [sections > 0 ? plural2(sections, "section") : "", rows > 0 ? plural2(rows, "row") : ""].filter((x) => x).join(" and ");
  return [
    "> [!NOTE]",
    `> This report was shortened to fit ${maxBytes.toLocaleString("en-US")} bytes${what ? `: ${what} left out` : ""}. The complete result is in ${hint}.`
  ];
}
function render(sections, allocation, note) {
  const blocks = [];
  const groupsOpened = /* @__PURE__ */ new Set();
  for (const section of sections) {
    const alloc = allocation.get(section);
    if (!alloc) continue;
    const lines = [];
    if (section.group && !groupsOpened.has(section.group.key)) {
      groupsOpened.add(section.group.key);
      lines.push(...section.group.head, "");
    }
    lines.push(...section.head);
    if (section.rows.length > 0 && section.head.length > 0 && !section.head.at(-1).startsWith("|"))
      lines.push("");
    lines.push(...section.rows.slice(0, alloc.shown));
    const omitted = section.rows.length - alloc.shown + (section.hidden ?? 0);
    if (omitted > 0 && section.more) lines.push(section.more(omitted));
    if (section.tail) lines.push(...section.tail);
    blocks.push(lines.join("\n"));
    if (note && section.priority === 0) blocks.push(note.join("\n"));
  }
  return `${blocks.join("\n\n")}
`;
}
function cutToBytes(text, maxBytes) {
  if (bytes(text) <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const b = bytes(ch);
    if (used + b + 4 > maxBytes) break;
    out += ch;
    used += b;
  }
  return `${out}…
`;
}
var formatMarkdown = (result, ctx) => {
  const maxBytes = Math.max(0, Math.floor(ctx.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES));
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK);
  const checks = checksOf(result.evaluation);
  const sections = [
    headerSection(result, checks),
    checksSection(checks, ctx),
    runSection(result, ctx),
    ...countsSection(result),
    exceptionsSection(result, ctx),
    warningsSection(result),
    ...violationSections(checks, perCheck),
    footerSection(result, ctx)
  ].filter((s) => s !== void 0);
  const full = new Map(sections.map((s) => [s, { shown: s.rows.length }]));
  const whole = render(sections, full, void 0);
  if (bytes(whole) <= maxBytes) return whole;
  const allRows = sections.reduce((n, s) => n + s.rows.length, 0);
  const noteBytes = linesBytes(truncationNote(maxBytes, sections.length, allRows, ctx)) + 2;
  let budget = maxBytes - noteBytes - 1;
  const allocation = /* @__PURE__ */ new Map();
  const groupsCharged = /* @__PURE__ */ new Set();
  const byPriority = [...sections].sort(
    (a, b) => a.required === b.required ? a.priority - b.priority : a.required ? -1 : 1
  );
  for (const section of byPriority) {
    const groupCost = section.group && !groupsCharged.has(section.group.key) ? linesBytes(section.group.head) + 1 : 0;
    const moreCost = section.more ? bytes(section.more(Math.max(1, section.rows.length + (section.hidden ?? 0)))) + 1 : 0;
    const base = groupCost + linesBytes(section.head) + 3 + (section.tail ? linesBytes(section.tail) : 0);
    if (section.required) {
      budget -= base + section.rows.reduce((n, r) => n + bytes(r) + 1, 0);
      allocation.set(section, { shown: section.rows.length });
      continue;
    }
    if (base + moreCost > budget) continue;
    let shown = 0;
    let cost = base;
    for (const row of section.rows) {
      const rowCost = bytes(row) + 1;
      const remaining = section.rows.length - shown - 1 + (section.hidden ?? 0);
      if (cost + rowCost + (remaining > 0 ? moreCost : 0) > budget) break;
      cost += rowCost;
      shown++;
    }
    if (shown === 0 && section.rows.length > 0) continue;
    if (shown < section.rows.length || (section.hidden ?? 0) > 0) cost += moreCost;
    budget -= cost;
    allocation.set(section, { shown });
    if (section.group) groupsCharged.add(section.group.key);
  }
  const leftOutSections = sections.filter((s) => !allocation.has(s)).length;
  const leftOutRows = sections.reduce((n, s) => {
    const a = allocation.get(s);
    return a ? n + s.rows.length - a.shown : n;
  }, 0);
  const out = render(sections, allocation, truncationNote(maxBytes, leftOutSections, leftOutRows, ctx));
  return cutToBytes(out, maxBytes);
};

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SECURITY_SEVERITY = { High: "8.0", Medium: "5.5", Low: "3.0" };
function pathToUri(path) {
  const forward = path.replace(/\\/g, "/");
  return forward.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function physical(ctx, source2) {
  return {
    artifactLocation: { uri: pathToUri(displayFile(ctx, source2.file)) },
    region: { startLine: Math.max(1, source2.line), startColumn: Math.max(1, source2.column) }
  };
}
function assetLocation(finding) {
  const label = plainText(assetLabel(finding.asset), 200);
  const qualified = [finding.asset.autoScalingGroup, finding.asset.agentId ?? finding.asset.hostname].filter((x) => x !== void 0).map((x) => plainText(x, 200)).join("/");
  return { name: label, fullyQualifiedName: qualified || label, kind: "resource" };
}
function findingProperties(finding) {
  return {
    findingArn: finding.arn,
    severity: finding.severity,
    ...finding.id !== void 0 ? { findingId: finding.id } : {},
    ...finding.title !== void 0 ? { title: finding.title } : {},
    ...finding.numericSeverity !== void 0 ? { numericSeverity: finding.numericSeverity } : {},
    ...finding.rulesPackageName !== void 0 || finding.rulesPackageArn !== void 0 ? { rulesPackage: finding.rulesPackageName ?? finding.rulesPackageArn } : {},
    asset: {
      ...finding.asset.agentId !== void 0 ? { agentId: finding.asset.agentId } : {},
      ...finding.asset.hostname !== void 0 ? { hostname: finding.asset.hostname } : {},
      ...finding.asset.autoScalingGroup !== void 0 ? { autoScalingGroup: finding.asset.autoScalingGroup } : {},
      ...finding.asset.amiId !== void 0 ? { amiId: finding.asset.amiId } : {}
    }
  };
}
function fingerprint(ruleId, finding) {
  const what = finding.id ?? finding.title ?? finding.arn;
  const where3 = finding.asset.agentId ?? finding.asset.hostname ?? finding.asset.amiId ?? "";
  return [ruleId, what, where3].map((x) => plainText(x, 200)).join("|");
}
function descriptor(check, ctx) {
  const short = check.kind === "severity" ? `At most ${plural2(check.max, `${check.severity} finding`)}` : check.description ? plainText(check.description, 1e3) : `Policy rule ${plainText(check.id, 200)}`;
  const allows = check.kind === "severity" ? `The policy allows at most ${plural2(check.max, `${check.severity} finding`)} after exceptions.` : `${short.replace(/[.\s]+$/, "")}. The policy allows at most ${plural2(check.max, "matching finding")} after exceptions.`;
  const tags = ["security", "inspector", check.kind === "severity" ? "severity-limit" : "policy-rule"];
  const securitySeverity = check.severity !== void 0 ? SECURITY_SEVERITY[check.severity] : void 0;
  return {
    id: check.id,
    name: check.kind === "severity" ? `${check.severity}SeverityLimit` : plainText(check.id, 200),
    shortDescription: { text: short },
    fullDescription: { text: allows },
    defaultConfiguration: { level: check.level },
    help: {
      text: `${allows} Defined at ${plainText(where2(ctx, check.source), 300)}. Fix the findings, or add an exception with a reason and an expiry date.`
    },
    properties: {
      tags,
      max: check.max,
      ...securitySeverity !== void 0 ? { "security-severity": securitySeverity } : {}
    }
  };
}
function bareSeverityDescriptor(severity) {
  return {
    id: severityCheckId(severity),
    name: `${severity}Severity`,
    shortDescription: { text: `${severity} findings` },
    defaultConfiguration: { level: "note" },
    properties: { tags: ["security", "inspector", "severity"] }
  };
}
function suppression(exception, ctx) {
  return {
    kind: "external",
    status: "accepted",
    justification: plainText(exception.reason, 1e3),
    location: { physicalLocation: physical(ctx, exception.source) },
    properties: {
      exceptionId: exception.id,
      expires: exception.expires,
      ...exception.owner !== void 0 ? { owner: exception.owner } : {},
      ...exception.ticket !== void 0 ? { ticket: exception.ticket } : {}
    }
  };
}
function buildSarif(result, ctx) {
  const checks = checksOf(result.evaluation);
  const rules = checks.map((check) => descriptor(check, ctx));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const levelOf = new Map(checks.map((c) => [c.id, c.level]));
  const ensureRule = (id, severity) => {
    const known = ruleIndex.get(id);
    if (known !== void 0) return known;
    rules.push(bareSeverityDescriptor(severity));
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };
  const results = [];
  for (const check of checks) {
    for (const violation of check.violations) {
      const f = violation.finding;
      results.push({
        ruleId: check.id,
        ruleIndex: ruleIndex.get(check.id),
        kind: "fail",
        level: violation.level,
        message: {
          text: `${findingLine(f, 200)} violates ${plainText(check.id, 200)}: ${plural2(check.matched, "finding")} (max ${check.max}).`
        },
        locations: [{ physicalLocation: physical(ctx, check.source), logicalLocations: [assetLocation(f)] }],
        partialFingerprints: { "inspectorGateFinding/v1": fingerprint(check.id, f) },
        properties: findingProperties(f)
      });
    }
  }
  for (const exception of result.evaluation?.exceptions.applied ?? []) {
    for (const f of [...exception.findings].sort(compareFindings)) {
      const ruleId = severityCheckId(f.severity);
      const index = ensureRule(ruleId, f.severity);
      results.push({
        ruleId,
        ruleIndex: index,
        kind: "fail",
        level: levelOf.get(ruleId) ?? "note",
        message: {
          text: `${findingLine(f, 200)} is waived by exception ${plainText(exception.id, 200)} until ${exception.expires}.`
        },
        locations: [
          { physicalLocation: physical(ctx, exception.source), logicalLocations: [assetLocation(f)] }
        ],
        partialFingerprints: { "inspectorGateFinding/v1": fingerprint(ruleId, f) },
        suppressions: [suppression(exception, ctx)],
        properties: findingProperties(f)
      });
    }
  }
  const notifications = [];
  if (result.verdict === "error" && result.error) {
    notifications.push({
      level: "error",
      message: { text: `${plainText(result.error.code, 100)}: ${plainText(result.error.message, 4e3)}` },
      descriptor: { id: plainText(result.error.code, 100) }
    });
  }
  for (const warning of result.warnings) {
    notifications.push({ level: "warning", message: { text: plainText(warning, 2e3) } });
  }
  const invocation = {
    executionSuccessful: result.verdict !== "error",
    exitCode: result.exitCode,
    startTimeUtc: result.timings.startedAt,
    ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
  };
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        rules
      }
    },
    invocations: [invocation],
    results,
    columnKind: "utf16CodeUnits",
    properties: {
      verdict: result.verdict,
      exitCode: result.exitCode,
      warnOnly: result.warnOnly === true,
      policyFiles: result.policyFiles.map((f) => displayFile(ctx, f)),
      ...result.policyName !== void 0 ? { policyName: result.policyName } : {},
      assessmentRun: result.run ? {
        arn: result.run.arn,
        name: result.run.name,
        templateArn: result.run.templateArn,
        state: result.run.state
      } : null,
      findings: { total: result.findings.total, evaluated: result.findings.evaluated },
      counts: { ...result.counts },
      violationsTruncated: result.evaluation?.violationsTruncated ?? false
    }
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
var formatSarif = (result, ctx) => `${JSON.stringify(buildSarif(result, ctx), null, 2)}
`;

// src/report/text.ts
var DEFAULT_FINDINGS_PER_CHECK2 = 5;
var SGR = { red: "31", green: "32", yellow: "33", bold: "1", dim: "2" };
function painter(enabled) {
  return enabled ? (style, text) => `\x1B[${SGR[style]}m${text}\x1B[0m` : (_style, text) => text;
}
function pad(text, width) {
  const length = Array.from(text).length;
  return length >= width ? text : text + " ".repeat(width - length);
}
function days(status) {
  const d = status.daysLeft;
  if (d < 0) return `expired ${status.expires} (${plural2(-d, "day")} ago)`;
  if (d === 0) return `expires ${status.expires} (today)`;
  return `expires ${status.expires} (in ${plural2(d, "day")})`;
}
var formatText = (result, ctx) => {
  const paint = painter(ctx.color === true);
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK2);
  const checks = checksOf(result.evaluation);
  const lines = [];
  if (result.verdict === "pass") {
    lines.push(`${paint("green", paint("bold", "✓ PASS"))}  ${verdictSummary(result, checks)}`);
  } else if (result.verdict === "fail") {
    const badge = result.warnOnly ? paint("yellow", paint("bold", "! FAIL (warn-only, not failing)")) : paint("red", paint("bold", "✗ FAIL"));
    lines.push(`${badge}  ${verdictSummary(result, checks)}`);
  } else {
    const error = result.error ? `${plainText(result.error.code, 60)}: ${plainText(result.error.message, 2e3)}` : "the gate stopped without a verdict";
    lines.push(`${paint("red", paint("bold", "✗ ERROR"))}  ${error}`);
  }
  lines.push(`  exit code ${result.exitCode}`);
  const run = result.run;
  if (run) {
    const duration = runDurationMs(run);
    const took = duration !== void 0 ? ` in ${formatDuration2(duration)}` : "";
    const started = run.startedByGate ? ", started by the gate" : "";
    lines.push(`  run       ${plainText(run.name, 200)}  ${plainText(run.state, 60)}${took}${started}`);
    lines.push(`            ${plainText(run.arn, 300)}`);
    lines.push(`  template  ${plainText(run.templateArn, 300)}`);
  } else {
    lines.push("  run       none (findings evaluated offline)");
  }
  if (result.policyFiles.length > 0 || result.policyName) {
    const name = result.policyName ? `${plainText(result.policyName, 100)}  ` : "";
    const files = result.policyFiles.map((f) => plainText(displayFile(ctx, f), 300)).join(", ");
    lines.push(`  policy    ${name}${files}`);
  }
  const bySeverity = SEVERITIES_DESC.map((s) => `${s} ${result.counts[s] ?? 0}`).join(" · ");
  lines.push(`  findings  ${result.findings.total} (${result.findings.evaluated} evaluated)  ${bySeverity}`);
  if (checks.length > 0) {
    lines.push("", paint("bold", "Checks"));
    const label = (c) => c.level === "warning" ? `${c.id} (warning)` : c.id;
    const width = Math.min(40, Math.max(...checks.map((c) => Array.from(plainText(label(c))).length)));
    const numbers = (c) => `${c.matched} / max ${c.max}`;
    const numWidth = Math.max(...checks.map((c) => numbers(c).length));
    for (const check of checks) {
      const mark = !check.violated ? paint("green", "✓") : check.level === "error" ? paint("red", "✗") : paint("yellow", "!");
      const waived = check.waived ? `, ${check.waived} waived` : "";
      lines.push(
        `  ${mark} ${pad(plainText(label(check), 80), width)}  ${pad(numbers(check), numWidth)}  ${paint("dim", plainText(where2(ctx, check.source), 300) + waived)}`
      );
    }
  }
  const violated = checks.filter((c) => c.violated);
  if (violated.length > 0 && perCheck > 0) {
    lines.push("", paint("bold", "Violations (worst first)"));
    for (const check of violated) {
      const mark = check.level === "error" ? paint("red", "✗") : paint("yellow", "!");
      lines.push(
        `  ${mark} ${plainText(check.id, 80)}: ${plural2(check.matched, "finding")} (max ${check.max})`
      );
      const shown = check.violations.slice(0, perCheck);
      for (const v of shown) lines.push(`      ${findingLine(v.finding, 100)}`);
      const more = check.matched - shown.length;
      if (shown.length === 0 && more > 0) lines.push(paint("dim", `      ${NOT_FETCHED}`));
      else if (more > 0) lines.push(paint("dim", `      … and ${more} more`));
    }
  }
  const ex = result.evaluation?.exceptions;
  if (ex && ex.applied.length + ex.expired.length + ex.expiring.length + ex.unused.length > 0) {
    lines.push("", paint("bold", "Exceptions"));
    for (const e of ex.applied) {
      lines.push(`  applied   ${plainText(e.id, 80)}: waived ${plural2(e.count, "finding")}, ${days(e)}`);
    }
    for (const e of ex.expiring) {
      lines.push(
        `  ${paint("yellow", "expiring")}  ${plainText(e.id, 80)}: ${days(e)}  ${paint("dim", where2(ctx, e.source))}`
      );
    }
    for (const e of ex.expired) {
      lines.push(
        `  ${paint("yellow", "expired")}   ${plainText(e.id, 80)}: ${days(e)}, waives nothing  ${paint("dim", where2(ctx, e.source))}`
      );
    }
    for (const e of ex.unused) {
      lines.push(
        `  unused    ${plainText(e.id, 80)}: matched no finding  ${paint("dim", where2(ctx, e.source))}`
      );
    }
  }
  const cov = result.coverage;
  if (cov) {
    const telemetry = Object.entries(cov.telemetryMessages).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([type, n]) => `${plainText(type, 60)} ${n}`).join(", ");
    lines.push(
      "",
      `${paint("bold", "Coverage")}  ${plural2(cov.agents, "agent")}: ${cov.healthy} healthy, ${cov.unhealthy} unhealthy, ${cov.reporting} reporting (min ${cov.minAgents}); unhealthy agents: ${cov.unhealthyPolicy}`
    );
    if (telemetry) lines.push(`  telemetry ${telemetry}`);
    for (const agent of cov.unhealthyAgents.slice(0, 10)) {
      const code = agent.healthCode ? ` (${plainText(agent.healthCode, 60)})` : "";
      lines.push(`  ${paint("yellow", "unhealthy")} ${plainText(agent.agentId, 100)}${code}`);
    }
    if (cov.unhealthyAgents.length > 10)
      lines.push(`  … and ${cov.unhealthyAgents.length - 10} more unhealthy`);
  }
  if (result.warnings.length > 0) {
    lines.push("", paint("bold", "Warnings"));
    for (const w of result.warnings.slice(0, 20))
      lines.push(`  ${paint("yellow", "!")} ${plainText(w, 500)}`);
    if (result.warnings.length > 20) lines.push(`  … and ${result.warnings.length - 20} more`);
  }
  if (result.verdict === "error" && result.error) {
    lines.push(
      "",
      `${paint("red", "Error")} ${plainText(result.error.code, 60)}: ${plainText(result.error.message, 2e3)}`
    );
  }
  const calls = totalApiCalls(result);
  const detail = calls > 0 ? ` (${apiCallsList(result)})` : "";
  const phases = [
    result.timings.waitMs !== void 0 ? `wait ${formatDuration2(result.timings.waitMs)}` : void 0,
    result.timings.fetchMs !== void 0 ? `fetch ${formatDuration2(result.timings.fetchMs)}` : void 0,
    result.timings.evaluateMs !== void 0 ? `evaluate ${formatDuration2(result.timings.evaluateMs)}` : void 0
  ].filter((p) => p !== void 0);
  lines.push(
    "",
    paint(
      "dim",
      `${plural2(calls, "API call")}${detail} · took ${formatDuration2(result.timings.totalMs)}${phases.length > 0 ? ` (${phases.join(", ")})` : ""}`
    )
  );
  return `${lines.join("\n")}
`;
};

// src/report/annotations.ts
var MAX_ANNOTATIONS_PER_LEVEL = 10;
var DEFAULT_FINDINGS_PER_ANNOTATION = 3;
var TITLE_MAX = 200;
var MESSAGE_MAX = 1e3;
function checkAnnotation(check, level, ctx, perCheck) {
  const shown = check.violations.slice(0, perCheck);
  const more = check.matched - shown.length;
  const worst = shown.map((v) => findingLine(v.finding, 100));
  if (more > 0) worst.push(`and ${more} more`);
  const waived = check.waived ? `, ${check.waived} waived by exceptions` : "";
  const description = check.description ? `${plainText(check.description, 200)}. ` : "";
  const message = `${description}${plural2(check.matched, "finding")} after exceptions (max ${check.max})${waived}.${worst.length > 0 ? ` Worst: ${worst.join("; ")}.` : ""}`;
  return {
    level,
    file: displayFile(ctx, check.source.file),
    line: check.source.line,
    column: check.source.column,
    title: plainText(`${check.id}: ${plural2(check.matched, "finding")} (max ${check.max})`, TITLE_MAX),
    message: plainText(message, MESSAGE_MAX)
  };
}
function exceptionAnnotation(e, level, ctx) {
  const who = [e.owner ? `owner ${e.owner}` : "", e.ticket ? `ticket ${e.ticket}` : ""].filter((x) => x).join(", ");
  const reason = `Reason: ${e.reason}${who ? ` (${who})` : ""}.`;
  const title = level === "notice" ? `Exception ${e.id} expires on ${e.expires} (${e.daysLeft === 0 ? "today" : `in ${plural2(e.daysLeft, "day")}`})` : `Exception ${e.id} expired on ${e.expires}`;
  const message = level === "notice" ? `${reason} Renew it or fix the findings it waives before it expires.` : `It no longer waives any finding. ${reason} Renew it with a new expiry date, or remove it.`;
  return {
    level,
    file: displayFile(ctx, e.source.file),
    line: e.source.line,
    column: e.source.column,
    title: plainText(title, TITLE_MAX),
    message: plainText(message, MESSAGE_MAX)
  };
}
function capped(list, noun) {
  if (list.length <= MAX_ANNOTATIONS_PER_LEVEL) return list;
  const kept = list.slice(0, MAX_ANNOTATIONS_PER_LEVEL);
  const extra = list.length - MAX_ANNOTATIONS_PER_LEVEL;
  const last = kept[kept.length - 1];
  const suffix = ` (${plural2(extra, `more ${noun}`)} in the job summary.)`;
  kept[kept.length - 1] = {
    ...last,
    message: `${plainText(last.message, MESSAGE_MAX - suffix.length)}${suffix}`
  };
  return kept;
}
function planAnnotations(result, ctx) {
  if (result.verdict === "error") {
    const code = result.error?.code ?? "ERROR";
    return [
      {
        level: "error",
        file: "",
        line: 0,
        column: 0,
        title: plainText(`${TOOL_NAME}: ${code}`, TITLE_MAX),
        message: plainText(result.error?.message ?? "The gate stopped without a verdict.", MESSAGE_MAX)
      }
    ];
  }
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_ANNOTATION);
  const violated = rankChecks(checksOf(result.evaluation).filter((c) => c.violated));
  const errors = violated.filter((c) => c.level === "error").map((c) => checkAnnotation(c, "error", ctx, perCheck));
  const exceptions = result.evaluation?.exceptions;
  const warnings = [
    ...violated.filter((c) => c.level === "warning").map((c) => checkAnnotation(c, "warning", ctx, perCheck)),
    ...[...exceptions?.expired ?? []].sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1)).map((e) => exceptionAnnotation(e, "warning", ctx))
  ];
  const notices = [...exceptions?.expiring ?? []].sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1)).map((e) => exceptionAnnotation(e, "notice", ctx));
  return [...capped(errors, "error"), ...capped(warnings, "warning"), ...capped(notices, "notice")];
}

// src/report/index.ts
var formatters = Object.freeze({
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit
});
var FORMATS = Object.freeze([
  "text",
  "json",
  "markdown",
  "sarif",
  "junit"
]);
function isFormat(value) {
  return Object.hasOwn(formatters, value);
}
function formatReport(result, format, ctx) {
  const formatter = formatters[format];
  if (!formatter)
    throw new TypeError(`unknown report format '${String(format)}': expected one of ${FORMATS.join(", ")}`);
  return formatter(result, ctx);
}
export {
  ConfigError,
  DEFAULT_MARKDOWN_MAX_BYTES,
  ExitCode,
  FORMATS,
  GateError,
  InspectorError,
  MAX_ANNOTATIONS_PER_LEVEL,
  REPORT_SCHEMA_VERSION,
  SEVERITIES,
  VERSION,
  buildJsonReport,
  buildSarif,
  createEvaluator,
  createInspectorClient,
  defaultRunName,
  escapeMarkdown,
  escapeXml,
  evaluate,
  evaluateCounts,
  evaluateFindings,
  formatReport,
  formatters,
  isFormat,
  loadFindingsFile,
  loadPolicy,
  matchesServerFilter,
  plainText,
  planAnnotations,
  planFetch,
  policySchema,
  runGate,
  startEmulator
};
