/**
 * The account's settings and the service's catalogue: the rules packages (listed and described) and
 * the cross-account role Inspector assumes.
 */
import { describeBatch, type Handler, paginate, sec } from "../context.js";
import { invalidInput } from "../errors.js";

const IAM_ROLE = /^arn:aws:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/;

export const ADMIN_OPERATIONS: Readonly<Record<string, Handler>> = {
  ListRulesPackages(input, em) {
    const arns = em.store.rulesPackages.map((p) => p.arn);
    const { page, nextToken } = paginate(em, "ListRulesPackages", "rulesPackageArns", input, null, arns);
    return { rulesPackageArns: page, ...(nextToken ? { nextToken } : {}) };
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
        description: p.description,
      })),
      failedItems,
    };
  },

  DescribeCrossAccountAccessRole(_input, em) {
    const role = em.store.crossAccountRole;
    return { roleArn: role.roleArn, valid: role.valid, registeredAt: sec(role.registeredAt) };
  },

  RegisterCrossAccountAccessRole(input, em, now) {
    const roleArn: string = input["roleArn"];
    if (!IAM_ROLE.test(roleArn))
      throw invalidInput("INVALID_IAM_ROLE_ARN", `'${roleArn}' is not an IAM role ARN.`);
    em.store.crossAccountRole = { roleArn, registeredAt: now, valid: true };
    return undefined;
  },
};
