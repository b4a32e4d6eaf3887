import { InputError } from '@backstage/errors';
import type { Environment } from '../stack';
import { ResourceView } from './model/resourceView';
import { buildStackModel } from './model/stackModel';
import { RULES } from './rules';
import type { PolicyConfig, RuleContext, RuleResult, Violation } from './types';

/** The part of a manifest entry (from iac:render) that names a resource in a violation. */
export interface PolicyManifestEntry {
  name: string;
  environment?: Environment | string;
  module?: string;
  tfType?: string;
}

export interface PolicyReport {
  results: RuleResult[];
  violations: Violation[];
}

// The manifest name of a resource when exactly one entry of its environment, module and type
// matches; the OpenTofu address otherwise.
function resourceName(
  resource: ResourceView,
  manifest: PolicyManifestEntry[],
): string {
  const dir = resource.deployment.code.dir;
  const module = dir.startsWith('modules/')
    ? dir.slice('modules/'.length)
    : undefined;
  const matches = manifest.filter(
    e =>
      e.environment === resource.deployment.environment &&
      e.tfType === resource.type &&
      e.module === module,
  );
  return matches.length === 1 ? matches[0].name : resource.address;
}

function compareViolations(a: Violation, b: Violation): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * Evaluates every policy rule on the OpenTofu and Terragrunt code under `root`. Code that does
 * not parse stops the check: what cannot be read cannot be shown compliant.
 */
export async function runPolicies(options: {
  root: string;
  config: PolicyConfig;
  manifest?: PolicyManifestEntry[];
}): Promise<PolicyReport> {
  const { model, errors } = await buildStackModel(options.root);
  if (!model) {
    const where = (e: (typeof errors)[number]) =>
      e.line ? `${e.file}:${e.line}` : e.file;
    throw new InputError(
      `The policies cannot be evaluated: ${errors
        .map(e => `${where(e)}: ${e.message}`)
        .join('; ')}`,
    );
  }
  const resources = model.deployments.flatMap(d =>
    d.resources().map(r => new ResourceView(d, r, model.text(r.file) ?? '')),
  );
  const ctx: RuleContext = {
    model,
    resources,
    config: options.config,
    violation: (resource, attribute, message) => ({
      resource: resourceName(resource, options.manifest ?? []),
      ...resource.location(attribute),
      message: `${resource.address} in ${resource.deployment.label}: ${message}`,
    }),
  };

  const results = RULES.map(rule => {
    const { checked, violations } = rule.evaluate(ctx);
    const found = violations
      .map(v => ({ rule: rule.id, ...v }))
      .sort(compareViolations);
    let status: RuleResult['status'] = checked ? 'passed' : 'not-applicable';
    if (found.length) status = 'failed';
    return {
      rule: rule.id,
      title: rule.title,
      status,
      checked,
      violations: found,
    };
  });
  return { results, violations: results.flatMap(r => r.violations) };
}
