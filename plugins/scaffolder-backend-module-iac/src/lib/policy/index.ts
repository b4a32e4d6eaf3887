export { loadPolicyConfig } from './policyConfig';
export { RULE_IDS } from './rules';
export { runPolicies } from './runPolicies';
export type { PolicyManifestEntry, PolicyReport } from './runPolicies';
export { policySummary, violationsText } from './summary';
export type { AppliedOverride } from './summary';
export type { PolicyConfig, RuleResult, Violation } from './types';
