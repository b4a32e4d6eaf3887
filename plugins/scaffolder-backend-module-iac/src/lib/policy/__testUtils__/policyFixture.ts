import {
  MockDirectoryContent,
  createMockDirectory,
} from '@backstage/backend-test-utils';
import { runPolicies } from '../runPolicies';
import type { PolicyConfig, RuleResult } from '../types';

/** A small policy configuration for the rules' tests. */
export const testPolicyConfig: PolicyConfig = {
  requiredTags: {
    keys: ['owner', 'environment', 'cost-center'],
    resourceTypes: ['aws_s3_bucket', 'aws_db_instance'],
  },
  instanceTypes: {
    aws: {
      dev: ['t3.*', 'db.t4g.*'],
      prod: ['m6i.large', 'db.m6g.*'],
    },
    gcp: { prod: ['n2-standard-4'] },
  },
  prodResilience: { environments: ['prod'] },
};

/** The policies folder of the tests: the same configuration as YAML files. */
export const policiesFolder: MockDirectoryContent = {
  'required-tags.yaml': JSON.stringify(testPolicyConfig.requiredTags),
  'instance-types.yaml': JSON.stringify(testPolicyConfig.instanceTypes),
  'prod-resilience.yaml': JSON.stringify(testPolicyConfig.prodResilience),
};

/** An AWS provider block with default tags for a root composition of `environment`. */
export function awsProvider(
  environment: string,
  tags: Record<string, string> = {
    owner: 'team-payments',
    'cost-center': 'payments',
  },
): string {
  const entries = Object.entries({ ...tags, environment })
    .map(([k, v]) => `      "${k}" = "${v}"`)
    .join('\n');
  return `provider "aws" {\n  default_tags {\n    tags = {\n${entries}\n    }\n  }\n}\n`;
}

/**
 * Evaluates every rule on a workspace made of `files` and returns one rule's result. Call at the
 * top of a describe block: it owns a mock directory.
 */
export function ruleChecker(
  rule: string,
  config: PolicyConfig = testPolicyConfig,
) {
  const mockDir = createMockDirectory();
  return async (files: MockDirectoryContent): Promise<RuleResult> => {
    mockDir.setContent(files);
    const report = await runPolicies({ root: mockDir.path, config });
    return report.results.find(r => r.rule === rule)!;
  };
}
