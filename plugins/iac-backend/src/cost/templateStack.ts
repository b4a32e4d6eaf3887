import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

interface TemplateStep {
  action?: unknown;
  input?: { stack?: unknown };
}

/** The stack a template renders: the literal `stack` input of its `iac:render` step. */
export function templateStack(template: Entity): string {
  const ref = stringifyEntityRef(template);
  if (template.kind !== 'Template') {
    throw new InputError(`${ref} is not a template`);
  }
  const steps = template.spec?.steps;
  const render = Array.isArray(steps)
    ? (steps as TemplateStep[]).find(step => step?.action === 'iac:render')
    : undefined;
  const stack = render?.input?.stack;
  if (typeof stack !== 'string' || stack.includes('${{')) {
    throw new InputError(
      `${ref} has no iac:render step naming its stack, so it has no cost estimate`,
    );
  }
  return stack;
}
