/**
 * Assessment templates and what hangs on them: creation with unique names and known rules packages,
 * deletion refused while a run is in progress, listings by target and filter, tags, and SNS event
 * subscriptions.
 */
import { parseArn } from "../arn.js";
import {
  checkDurationRange,
  describeBatch,
  find,
  type Handler,
  inDuration,
  namePattern,
  paginate,
  runsInProgress,
  sec,
} from "../context.js";
import { invalidInput, limitExceeded, noSuchEntity, runInProgress } from "../errors.js";
import { LIMITS, type Store, type TemplateRec } from "../store.js";

/** A template in the wire shape, with its run count and last run. */
function templateWire(store: Store, t: TemplateRec) {
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
    ...(last ? { lastAssessmentRunArn: last.arn } : {}),
    createdAt: sec(t.createdAt),
  };
}

/** Refuses a rules package ARN that is malformed or unknown. */
function checkRulesPackages(store: Store, arns: readonly string[]) {
  const known = new Map(store.rulesPackages.map((p) => [p.arn, p]));
  for (const arn of arns) find(store, "rulespackage", arn, known);
}

/** The template a tag or subscription call names (the only resource that has them). */
function templateForResource(store: Store, arn: string): TemplateRec {
  const parsed = parseArn(arn);
  if (parsed === undefined || parsed.kind !== "template") {
    throw invalidInput("INVALID_RESOURCE_ARN", `'${arn}' is not an assessment template ARN.`);
  }
  return find(store, "template", arn, store.templates);
}

const SNS_TOPIC = /^arn:aws:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$/;

export const TEMPLATE_OPERATIONS: Readonly<Record<string, Handler>> = {
  CreateAssessmentTemplate(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const name: string = input["assessmentTemplateName"];
    if (store.templatesOfTarget(target.arn).some((t) => t.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment target already has an assessment template named '${name}'.`,
      );
    }
    const packages: string[] = input["rulesPackageArns"];
    checkRulesPackages(store, packages);
    if (store.templates.size >= LIMITS.templates) {
      throw limitExceeded(
        "ASSESSMENT_TEMPLATE_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.templates} assessment templates.`,
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
      tags: [],
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
    return undefined;
  },

  DescribeAssessmentTemplates(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "template",
      input["assessmentTemplateArns"],
      em.store.templates,
    );
    return { assessmentTemplates: found.map((t) => templateWire(em.store, t)), failedItems };
  },

  ListAssessmentTemplates(input, em) {
    const store = em.store;
    const targets: string[] | undefined = input["assessmentTargetArns"];
    const wanted = targets?.length
      ? new Set(targets.map((arn) => find(store, "target", arn, store.targets).arn))
      : undefined;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== undefined ? namePattern(filter.namePattern) : undefined;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE");
    const packages: string[] = filter.rulesPackageArns ?? [];
    const arns = [...store.templates.values()]
      .filter(
        (t) =>
          (wanted === undefined || wanted.has(t.targetArn)) &&
          (re === undefined || re.test(t.name)) &&
          inDuration(t.durationInSeconds, duration) &&
          packages.every((p) => t.rulesPackageArns.includes(p)),
      )
      .map((t) => t.arn);
    const scope = { targets: targets ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTemplates",
      "assessmentTemplateArns",
      input,
      scope,
      arns,
    );
    return { assessmentTemplateArns: page, ...(nextToken ? { nextToken } : {}) };
  },

  ListTagsForResource(input, em) {
    return { tags: templateForResource(em.store, input["resourceArn"]).tags };
  },

  SetTagsForResource(input, em) {
    templateForResource(em.store, input["resourceArn"]).tags = input["tags"] ?? [];
    return undefined;
  },

  SubscribeToEvent(input, em, now) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const topicArn: string = input["topicArn"];
    if (!SNS_TOPIC.test(topicArn))
      throw invalidInput("INVALID_SNS_TOPIC_ARN", `'${topicArn}' is not an SNS topic ARN.`);
    let sub = store.subscriptions.find((s) => s.resourceArn === template.arn && s.topicArn === topicArn);
    const total = store.subscriptions
      .filter((s) => s.resourceArn === template.arn)
      .reduce((n, s) => n + s.events.length, 0);
    if (sub?.events.some((e) => e.event === input["event"])) return undefined;
    if (total >= LIMITS.subscriptionsPerTemplate) {
      throw limitExceeded(
        "EVENT_SUBSCRIPTION_LIMIT_EXCEEDED",
        "Too many event subscriptions for this template.",
      );
    }
    if (sub === undefined) {
      sub = { resourceArn: template.arn, topicArn, events: [] };
      store.subscriptions.push(sub);
    }
    sub.events.push({ event: input["event"], subscribedAt: now });
    return undefined;
  },

  UnsubscribeFromEvent(input, em) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const sub = store.subscriptions.find(
      (s) => s.resourceArn === template.arn && s.topicArn === input["topicArn"],
    );
    const at = sub?.events.findIndex((e) => e.event === input["event"]) ?? -1;
    if (sub === undefined || at < 0) {
      throw noSuchEntity(
        "SNS_TOPIC_DOES_NOT_EXIST",
        "No such event subscription for this template and topic.",
      );
    }
    sub.events.splice(at, 1);
    if (sub.events.length === 0) store.subscriptions.splice(store.subscriptions.indexOf(sub), 1);
    return undefined;
  },

  ListEventSubscriptions(input, em) {
    const store = em.store;
    const resourceArn: string | undefined = input["resourceArn"];
    if (resourceArn !== undefined) templateForResource(store, resourceArn);
    const subs = store.subscriptions
      .filter((s) => resourceArn === undefined || s.resourceArn === resourceArn)
      .map((s) => ({
        resourceArn: s.resourceArn,
        topicArn: s.topicArn,
        eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec(e.subscribedAt) })),
      }));
    const { page, nextToken } = paginate(
      em,
      "ListEventSubscriptions",
      "subscriptions",
      input,
      resourceArn ?? null,
      subs,
    );
    return { subscriptions: page, ...(nextToken ? { nextToken } : {}) };
  },
};
