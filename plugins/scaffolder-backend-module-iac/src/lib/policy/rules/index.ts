import type { PolicyRule } from '../types';
import { encryptionAtRestRule } from './encryptionAtRest';
import { instanceTypesRule } from './instanceTypes';
import { prodResilienceRule } from './prodResilience';
import { publicBucketsRule } from './publicBuckets';
import { requiredTagsRule } from './requiredTags';

/** Every policy rule, in the order the summary lists them. */
export const RULES: PolicyRule[] = [
  publicBucketsRule,
  encryptionAtRestRule,
  requiredTagsRule,
  prodResilienceRule,
  instanceTypesRule,
];

export const RULE_IDS = RULES.map(r => r.id);
