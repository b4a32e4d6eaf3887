import { parse } from 'yaml';
import { unprocessable } from '../http/errors';

export interface DispatchInput {
  required: boolean;
  default?: string;
  options?: string[];
}

export interface JobDefinition {
  name: string;
  labels: string[];
  steps: string[];
}

/** The parts of a workflow file that shape a dispatched run. */
export interface WorkflowDefinition {
  name?: string;
  runName?: string;
  /** Undefined when the file has no `workflow_dispatch` trigger. */
  dispatchInputs?: Record<string, DispatchInput>;
  jobs: JobDefinition[];
}

export interface ExpressionContext {
  inputs: Record<string, string>;
  refName: string;
  actor: string;
}

type Yaml = Record<string, any> | null | undefined;

function dispatchInputs(
  on: unknown,
): Record<string, DispatchInput> | undefined {
  // `on:` is a single event, a list of events, or a map of event to settings.
  let triggers = on as Yaml;
  if (typeof on === 'string') {
    triggers = { [on]: null };
  } else if (Array.isArray(on)) {
    triggers = Object.fromEntries(on.map(t => [t, null]));
  }
  if (!triggers || !('workflow_dispatch' in triggers)) {
    return undefined;
  }
  const inputs: Yaml = triggers.workflow_dispatch?.inputs;
  return Object.fromEntries(
    Object.entries(inputs ?? {}).map(([name, spec]: [string, Yaml]) => [
      name,
      {
        required: Boolean(spec?.required),
        default: spec?.default === undefined ? undefined : String(spec.default),
        options:
          spec?.type === 'choice'
            ? (spec.options ?? []).map(String)
            : undefined,
      },
    ]),
  );
}

function stepName(step: Yaml): string {
  if (step?.name) {
    return String(step.name);
  }
  if (step?.uses) {
    return `Run ${step.uses}`;
  }
  return `Run ${String(step?.run ?? '').split('\n')[0]}`.trim();
}

function jobLabels(runsOn: unknown): string[] {
  const labels = Array.isArray(runsOn) ? runsOn : [runsOn ?? 'ubuntu-latest'];
  // Expressions cannot be resolved here; a real runner label stands in.
  return labels.map(l =>
    String(l).includes('${{') ? 'ubuntu-latest' : String(l),
  );
}

/** Reads a workflow file; a file that is not valid YAML is rejected as GitHub rejects it. */
export function parseWorkflow(text: string): WorkflowDefinition {
  let doc: Yaml;
  try {
    doc = parse(text);
  } catch (error) {
    throw unprocessable(
      `Invalid workflow file: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const jobs = Object.entries((doc?.jobs ?? {}) as Record<string, Yaml>).map(
    ([key, job]) => ({
      name: job?.name ? String(job.name) : key,
      labels: jobLabels(job?.['runs-on']),
      steps: Array.isArray(job?.steps) ? job.steps.map(stepName) : [],
    }),
  );
  return {
    name: doc?.name ? String(doc.name) : undefined,
    runName: doc?.['run-name'] ? String(doc['run-name']) : undefined,
    dispatchInputs: dispatchInputs(doc?.on),
    jobs,
  };
}

/**
 * Evaluates the `${{ }}` expressions a run name or job name can use at
 * dispatch time; anything else evaluates to an empty string, as GitHub
 * does for unknown context values.
 */
export function substituteExpressions(
  template: string,
  context: ExpressionContext,
): string {
  return template.replace(
    /\$\{\{\s*([^}]*?)\s*\}\}/g,
    (_match, expression: string) => {
      const input = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(expression);
      if (input) {
        return context.inputs[input[1]] ?? '';
      }
      if (expression === 'github.ref_name') {
        return context.refName;
      }
      if (expression === 'github.actor') {
        return context.actor;
      }
      return '';
    },
  );
}

/** Applies defaults and rejects inputs the workflow would reject. */
export function resolveInputs(
  declared: Record<string, DispatchInput>,
  given: Record<string, unknown>,
): Record<string, string> {
  const unexpected = Object.keys(given).filter(name => !(name in declared));
  if (unexpected.length > 0) {
    throw unprocessable(
      `Unexpected inputs provided: ${JSON.stringify(unexpected)}`,
    );
  }
  const resolved: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    const value =
      given[name] === undefined ? input.default : String(given[name]);
    if (value === undefined) {
      if (input.required) {
        throw unprocessable(`Required input '${name}' not provided`);
      }
      continue;
    }
    if (input.options && !input.options.includes(value)) {
      throw unprocessable(
        `Provided value '${value}' for input '${name}' not in the list of allowed values`,
      );
    }
    resolved[name] = value;
  }
  return resolved;
}
