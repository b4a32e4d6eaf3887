import { HclValue, describeValue, isUnknown, sameValue } from '../hcl/values';
import type { ResourceView } from '../model/resourceView';
import type { RuleContext, Violation } from '../types';

/** Why a resource breaks a rule, at which attribute; undefined when it does not. */
export type Problem = { attribute?: string; message: string } | undefined;

/**
 * Checks that an attribute equals `expected`. `absent` says what an unset attribute means: the
 * provider's default when it is acceptable (`'ok'`), else why it is a problem.
 */
export function expectValue(
  resource: ResourceView,
  attribute: string,
  expected: HclValue,
  absent: 'ok' | string,
): Problem {
  const value = resource.value(attribute);
  const problem = (message: string) => ({
    attribute,
    message: `${attribute} ${message}`,
  });
  if (value === undefined)
    return absent === 'ok' ? undefined : problem(`is not set (${absent})`);
  if (isUnknown(value)) return problem('cannot be determined from the code');
  if (!sameValue(value, expected)) {
    return problem(
      `is ${describeValue(value)}, must be ${describeValue(expected)}`,
    );
  }
  return undefined;
}

/** Checks that a list attribute holds at least `minimum` entries. */
export function expectAtLeast(
  resource: ResourceView,
  attribute: string,
  minimum: number,
  what: string,
): Problem {
  const value = resource.value(attribute);
  const problem = (message: string) => ({
    attribute,
    message: `${attribute} ${message}`,
  });
  if (value === undefined)
    return problem(`is not set (needs ${minimum} ${what})`);
  if (!Array.isArray(value))
    return problem('cannot be determined from the code');
  return value.length >= minimum
    ? undefined
    : problem(`holds ${value.length} ${what}, needs at least ${minimum}`);
}

/** A check of one resource type: the problems it finds in one resource. */
export type Check = (resource: ResourceView, ctx: RuleContext) => Problem[];

/** Runs the checks of a table on every resource of their types. */
export function runChecks(
  ctx: RuleContext,
  checks: Record<string, Check>,
  resources: ResourceView[] = ctx.resources,
): { checked: number; violations: Array<Omit<Violation, 'rule'>> } {
  const checked = resources.filter(r => r.type in checks);
  return {
    checked: checked.length,
    violations: checked.flatMap(r =>
      checks[r.type](r, ctx)
        .filter(p => p !== undefined)
        .map(p => ctx.violation(r, p!.attribute, p!.message)),
    ),
  };
}
