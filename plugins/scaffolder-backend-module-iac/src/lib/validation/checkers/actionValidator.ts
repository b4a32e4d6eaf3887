import { ValidationError, validateWorkflow } from '@action-validator/core';
import { parseYamlWithLines } from '../yamlLocation';
import { Checker, CheckerFinding } from '../types';
import { workflowFiles } from './workflowFiles';

type SchemaError = ValidationError & {
  path?: string;
  states?: Array<{ errors: ValidationError[] }>;
};

const depth = (error: SchemaError) => (error.path ?? '').split('/').length;

// A "one of" error lists why each alternative failed. The alternative whose errors reach
// deepest into the document is the one the author meant; its errors are the useful ones.
function flatten(errors: SchemaError[]): SchemaError[] {
  return errors.flatMap(error => {
    const states = (error.states ?? []).filter(s => s.errors.length);
    if (!states.length) return [error];
    const best = states
      .map(s => flatten(s.errors as SchemaError[]))
      .sort((a, b) => Math.max(...b.map(depth)) - Math.max(...a.map(depth)))[0];
    return best;
  });
}

// The validator prints notes (such as "Glob validation is not yet supported") with
// console.warn; they are not findings, so they are kept out of the backend's log.
function validateQuietly(text: string) {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return validateWorkflow(text);
  } finally {
    console.warn = warn;
  }
}

function describe(error: SchemaError): string {
  const where = (error.path ?? '')
    .split('/')
    .filter(Boolean)
    .map(part => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  const what = error.detail ?? error.title;
  return where ? `${where}: ${what}` : what;
}

/** Every workflow file is valid against the GitHub Actions workflow schema. */
export const actionValidatorChecker: Checker = {
  id: 'github-workflows',
  title: 'GitHub workflows',
  select: workflowFiles,
  async check(files, ctx) {
    const findings: CheckerFinding[] = [];
    for (const file of files) {
      const text = await ctx.read(file);
      const state = validateQuietly(text);
      const [located] = parseYamlWithLines(text).documents;
      for (const error of flatten(state.errors as SchemaError[])) {
        const pointer = (error.path ?? '').split('/').filter(Boolean);
        const line =
          'location' in error && error.location
            ? error.location.line
            : located?.lineOf(pointer);
        findings.push({ file, line, message: describe(error) });
      }
    }
    return findings;
  },
};
