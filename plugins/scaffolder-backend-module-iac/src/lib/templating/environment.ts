import nunjucks from 'nunjucks';
import { EnvironmentInternals } from './nunjucksInternals';
import { scaffolderTemplateFilters } from './templateFilters';

function ownPropertiesOnly<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null), record);
}

/**
 * The Nunjucks environment of stack templates. It has no loader (a stack file cannot include,
 * import or extend another file), does no HTML escaping (the output is code, and every value goes
 * through one of the literal filters instead), and fails on output of an undefined value.
 * Filters, tests and globals are kept in objects without a prototype, so a name such as
 * `constructor` is unknown rather than inherited; the only global left is `range`.
 */
export function createStackEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment([], {
    autoescape: false,
    throwOnUndefined: true,
    // Keeps the line of a render error on the error object instead of only in its message.
    dev: true,
  });
  for (const filter of scaffolderTemplateFilters) {
    env.addFilter(filter.id, filter.filter);
  }
  const internals = env as unknown as EnvironmentInternals;
  internals.filters = ownPropertiesOnly(internals.filters);
  internals.tests = ownPropertiesOnly(internals.tests);
  internals.globals = ownPropertiesOnly({ range: internals.globals.range });
  return env;
}
