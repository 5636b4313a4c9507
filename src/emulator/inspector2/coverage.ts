/**
 * Coverage records (ListCoverage's CoveredResource) as the AWS CLI's examples show them: one per
 * resource and scan type (an EC2 instance has PACKAGE and NETWORK, a Lambda function PACKAGE and
 * CODE), with the resource's metadata and, once a scan has looked at its software, lastScannedAt.
 * ListCoverage has no field for an image's digest or push time other than the resourceId: what it
 * cannot filter, a client matches on its side.
 */
import type { CoverageEntry } from "./fields.js";
import { sec } from "./render.js";

type Json = Record<string, unknown>;

function metadataOf(e: CoverageEntry): Json | undefined {
  const { resource } = e;
  if (resource.image) {
    const image = resource.image;
    return {
      ecrImage: {
        ...(image.pulledAt !== undefined ? { imagePulledAt: sec(image.pulledAt) } : {}),
        ...(image.inUseCount !== undefined ? { inUseCount: image.inUseCount } : {}),
        ...(image.lastInUseAt !== undefined ? { lastInUseAt: sec(image.lastInUseAt) } : {}),
        tags: [...image.tags],
      },
    };
  }
  if (resource.repository) {
    return {
      ecrRepository: { name: resource.repository.name, scanFrequency: resource.repository.scanFrequency },
    };
  }
  if (resource.ec2) {
    const windows = resource.ec2.platform.startsWith("WINDOWS");
    return {
      ec2: { amiId: resource.ec2.amiId, platform: windows ? "WINDOWS" : "LINUX", tags: { ...resource.tags } },
    };
  }
  if (resource.lambda) {
    return {
      lambdaFunction: {
        functionName: resource.lambda.functionName,
        functionTags: { ...resource.tags },
        layers: [...resource.lambda.layers],
        runtime: resource.lambda.runtime,
      },
    };
  }
  return undefined;
}

export function coverageJson(e: CoverageEntry, account: string): Json {
  const metadata = metadataOf(e);
  const scanMode = e.resource.scans[e.scanType]?.scanMode;
  return {
    accountId: account,
    ...(e.state.lastScannedAt !== undefined ? { lastScannedAt: sec(e.state.lastScannedAt) } : {}),
    resourceId: e.resource.id,
    ...(metadata ? { resourceMetadata: metadata } : {}),
    resourceType: e.resource.type,
    ...(scanMode !== undefined ? { scanMode } : {}),
    scanStatus: { reason: e.state.reason, statusCode: e.state.statusCode },
    scanType: e.scanType,
  };
}
