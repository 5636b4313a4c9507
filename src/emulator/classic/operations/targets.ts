/**
 * Resource groups and assessment targets: creation with Inspector's limits and unique names,
 * describes with failedItems, listings by name pattern, deletion refused while a run is in progress.
 */
import { describeBatch, find, type Handler, namePattern, paginate, runsInProgress, sec } from "../context.js";
import { invalidInput, limitExceeded, runInProgress } from "../errors.js";
import { LIMITS, type Store, type TargetRec } from "../store.js";

/** A target in the wire shape. */
function targetWire(t: TargetRec) {
  return {
    arn: t.arn,
    name: t.name,
    ...(t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {}),
    createdAt: sec(t.createdAt),
    updatedAt: sec(t.updatedAt),
  };
}

/** Refuses a target name another target already has. */
function uniqueTargetName(store: Store, name: string, except?: string) {
  for (const t of store.targets.values()) {
    if (t.name === name && t.arn !== except) {
      throw invalidInput(
        "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
        `An assessment target named '${name}' already exists.`,
      );
    }
  }
}

export const TARGET_OPERATIONS: Readonly<Record<string, Handler>> = {
  CreateResourceGroup(input, em, now) {
    const store = em.store;
    if (store.resourceGroups.size >= LIMITS.resourceGroups) {
      throw limitExceeded(
        "RESOURCE_GROUP_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.resourceGroups} resource groups.`,
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
      em.store.resourceGroups,
    );
    return {
      resourceGroups: found.map((g) => ({ arn: g.arn, tags: g.tags, createdAt: sec(g.createdAt) })),
      failedItems,
    };
  },

  CreateAssessmentTarget(input, em, now) {
    const store = em.store;
    const name: string = input["assessmentTargetName"];
    const groupArn: string | undefined = input["resourceGroupArn"];
    if (groupArn !== undefined) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, name);
    if (store.targets.size >= LIMITS.targets) {
      throw limitExceeded(
        "ASSESSMENT_TARGET_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.targets} assessment targets.`,
      );
    }
    const arn = `${store.prefix}target/${store.newId()}`;
    store.targets.set(arn, {
      arn,
      name,
      ...(groupArn !== undefined ? { resourceGroupArn: groupArn } : {}),
      createdAt: now,
      updatedAt: now,
    });
    return { assessmentTargetArn: arn };
  },

  UpdateAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const groupArn: string | undefined = input["resourceGroupArn"];
    if (groupArn !== undefined) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, input["assessmentTargetName"], target.arn);
    target.name = input["assessmentTargetName"];
    if (groupArn !== undefined) target.resourceGroupArn = groupArn;
    target.updatedAt = now;
    return undefined;
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
    return undefined;
  },

  DescribeAssessmentTargets(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "target",
      input["assessmentTargetArns"],
      em.store.targets,
    );
    return { assessmentTargets: found.map(targetWire), failedItems };
  },

  ListAssessmentTargets(input, em) {
    const pattern: string | undefined = input["filter"]?.["assessmentTargetNamePattern"];
    const re = pattern !== undefined ? namePattern(pattern) : undefined;
    const arns = [...em.store.targets.values()]
      .filter((t) => re === undefined || re.test(t.name))
      .map((t) => t.arn);
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTargets",
      "assessmentTargetArns",
      input,
      input["filter"],
      arns,
    );
    return { assessmentTargetArns: page, ...(nextToken ? { nextToken } : {}) };
  },
};
