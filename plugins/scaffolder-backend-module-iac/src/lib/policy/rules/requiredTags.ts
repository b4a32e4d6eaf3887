import { HclValue, UNKNOWN, isObject, isUnknown } from '../hcl/values';
import { ResourceView, cloudOf, providerValue } from '../model/resourceView';
import type { PolicyRule, RuleContext } from '../types';
import { Problem, runChecks } from './expectations';

// The attribute each cloud keeps its tags in (Google calls them labels, OCI free-form tags).
const TAG_ATTRIBUTES: Record<string, string[]> = {
  aws: ['tags'],
  gcp: ['labels', 'resource_labels'],
  azure: ['tags'],
  oci: ['freeform_tags'],
};

// Tags the provider adds to every resource it creates: AWS default_tags, Google default_labels.
function providerTags(resource: ResourceView): HclValue | undefined {
  const provider = resource.provider();
  if (!provider) return undefined;
  return providerValue(provider, body =>
    provider.name === 'aws'
      ? body.default_tags?.[0]?.tags
      : body.default_labels,
  );
}

function effectiveTags(
  resource: ResourceView,
  attribute: string | undefined,
): HclValue {
  const parts = [
    providerTags(resource),
    attribute ? resource.value(attribute) : undefined,
  ];
  const tags: Record<string, HclValue> = {};
  for (const part of parts) {
    if (part === undefined || part === null) continue;
    if (!isObject(part)) return UNKNOWN;
    Object.assign(tags, part);
  }
  return tags;
}

function tagProblems(resource: ResourceView, ctx: RuleContext): Problem[] {
  const cloud = cloudOf(resource.type)!;
  const attribute = TAG_ATTRIBUTES[cloud].find(a => resource.has(a));
  const where = attribute ?? TAG_ATTRIBUTES[cloud][0];
  const tags = effectiveTags(resource, attribute);
  if (isUnknown(tags) || !isObject(tags)) {
    return [
      { attribute, message: `${where} cannot be determined from the code` },
    ];
  }
  const { keys } = ctx.config.requiredTags;
  const missing = keys.filter(
    k => !(k in tags) || tags[k] === '' || tags[k] === null,
  );
  const environment = resource.deployment.environment;
  const wrongEnvironment =
    environment &&
    typeof tags.environment === 'string' &&
    tags.environment !== environment;
  return [
    missing.length
      ? { attribute, message: `${where} lack ${missing.join(', ')}` }
      : undefined,
    wrongEnvironment
      ? {
          attribute,
          message: `${where} say environment ${JSON.stringify(
            tags.environment,
          )}, not ${environment}`,
        }
      : undefined,
  ];
}

/**
 * Required tags (owner, environment, cost-center by default) on every resource that takes
 * tags: the tags, labels or free-form tags it sets, plus what its provider adds to everything
 * (AWS default_tags, Google default_labels). Resources that set none are checked when their
 * type is listed in policies/required-tags.yaml.
 */
export const requiredTagsRule: PolicyRule = {
  id: 'required-tags',
  title: 'Required tags',
  evaluate(ctx) {
    const taggable = ctx.resources.filter(r => {
      const cloud = cloudOf(r.type);
      return (
        cloud !== undefined &&
        (TAG_ATTRIBUTES[cloud].some(a => r.has(a)) ||
          ctx.config.requiredTags.resourceTypes.includes(r.type))
      );
    });
    const checks = Object.fromEntries(taggable.map(r => [r.type, tagProblems]));
    return runChecks(ctx, checks, taggable);
  },
};
