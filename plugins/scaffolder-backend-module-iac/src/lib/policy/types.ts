import type { Environment } from '../stack';
import type { ResourceView } from './model/resourceView';
import type { StackModel } from './model/stackModel';

/** A breach of a policy rule, with where it was written. */
export interface Violation {
  rule: string;
  /** The manifest name of the resource, or its OpenTofu address. */
  resource?: string;
  file?: string;
  line?: number;
  message: string;
}

export type RuleStatus = 'passed' | 'failed' | 'not-applicable';

/** What one rule found: how many resources it looked at, and what breaks it. */
export interface RuleResult {
  rule: string;
  title: string;
  status: RuleStatus;
  checked: number;
  violations: Violation[];
}

/** The configuration kept in the policies folder (policies/*.yaml). */
export interface PolicyConfig {
  requiredTags: {
    /** Tag keys every taggable resource carries. */
    keys: string[];
    /** Resource types that must carry them even when their code sets no tags. */
    resourceTypes: string[];
  };
  /** Allowed instance types (glob patterns) per cloud and environment. */
  instanceTypes: Record<string, Partial<Record<Environment, string[]>>>;
  prodResilience: {
    /** The environments held to the production rules. */
    environments: Environment[];
  };
}

/** What a rule sees: every resource the workspace creates, and the policy configuration. */
export interface RuleContext {
  model: StackModel;
  resources: ResourceView[];
  config: PolicyConfig;
  /** A violation about a resource, located at one of its attributes (or the resource). */
  violation(
    resource: ResourceView,
    attribute: string | undefined,
    message: string,
  ): Omit<Violation, 'rule'>;
}

/** A policy rule: evaluated on the workspace's code, it counts what it checked. */
export interface PolicyRule {
  id: string;
  title: string;
  evaluate(ctx: RuleContext): {
    checked: number;
    violations: Array<Omit<Violation, 'rule'>>;
  };
}
