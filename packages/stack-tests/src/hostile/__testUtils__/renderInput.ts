// The input the template's render step gives iac:render for some form values: its
// `${{ parameters.x }}` expressions (with `or` defaults and the parseRepoUrl filter) resolved the
// way the scaffolder resolves them.
import type { Example } from '../../renderExample';

const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
const PARAMETER = /^parameters\.([\w.]+)(?:\s+or\s+(''|\[\]))?$/;
const REPO_PART = /^\(parameters\.(\w+)\s*\|\s*parseRepoUrl\)\.(owner|repo)$/;

function get(values: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<any>((v, key) => v?.[key], values);
}

// Like the scaffolder's parseRepoUrl filter: `host?owner=..&repo=..`, both required.
function repoPart(repoUrl: unknown, part: string): string {
  const url = new URL(`https://${String(repoUrl)}`);
  const value = url.searchParams.get(part);
  if (!value) throw new Error(`repoUrl has no ${part}`);
  return value;
}

function evaluate(
  expression: string,
  values: Record<string, unknown>,
): unknown {
  const parameter = PARAMETER.exec(expression);
  if (parameter) {
    const value = get(values, parameter[1]);
    if (parameter[2] === undefined) return value;
    return value || (parameter[2] === '[]' ? [] : '');
  }
  const repo = REPO_PART.exec(expression);
  if (repo) return repoPart(get(values, repo[1]), repo[2]);
  throw new Error(
    `The render step uses an expression this test does not know: ${expression}`,
  );
}

function resolve(input: unknown, values: Record<string, unknown>): unknown {
  if (typeof input === 'string') {
    const whole = /^\$\{\{\s*((?:(?!\}\}).)*?)\s*\}\}$/.exec(input);
    if (whole) return evaluate(whole[1], values);
    return input.replace(EXPRESSION, (_m, expression) =>
      String(evaluate(expression, values)),
    );
  }
  if (Array.isArray(input)) return input.map(i => resolve(i, values));
  if (input && typeof input === 'object') {
    // A key whose expression gives undefined is left out, as the scaffolder leaves it out.
    return Object.fromEntries(
      Object.entries(input)
        .map(([k, v]) => [k, resolve(v, values)])
        .filter(([, v]) => v !== undefined),
    );
  }
  return input;
}

/** The iac:render input of the template's first step for these form values. */
export function renderInput(
  template: any,
  values: Record<string, unknown>,
): Example['input'] {
  const [step] = template.spec.steps;
  if (step.action !== 'iac:render')
    throw new Error('The first step of the template is not iac:render');
  return resolve(step.input, values) as Example['input'];
}
