// Rendering stack files safely. Two layers keep template code from running on the backend:
// 1. Template text comes only from the portal's stacks folder, which is part of this repository
//    and reviewed like the rest of its code: `iac:render` takes a stack name, never template text
//    or a URL, and form values enter only as data in the render context. Nothing a user types is
//    ever compiled, so users cannot write template code at all.
// 2. In depth, against a mistake in a reviewed stack: compiled templates get a hardened runtime
//    (hardenedRuntime.ts) instead of the shared one, see only frozen plain data and the registered
//    filters, and cannot include other files.
import { InputError } from '@backstage/errors';
import nunjucks from 'nunjucks';
import { createStackEnvironment } from './environment';
import { protectGithubExpressions } from './githubExpressions';
import { hardenedRuntime } from './hardenedRuntime';
import { compileTemplateAst } from './lineTrackingCompiler';
import {
  EnvironmentInternals,
  TemplateInternals,
  TemplateNode,
  nunjucksInternals,
} from './nunjucksInternals';
import { toTemplateData } from './templateData';

/** A stack file to render; `path` is relative to the stack folder and names it in errors. */
export interface TemplateFile {
  path: string;
  text: string;
  /** Set for per-environment files; named in errors. */
  environment?: string;
}

let sharedEnvironment: nunjucks.Environment | undefined;

function stackEnvironment(): nunjucks.Environment {
  sharedEnvironment ??= createStackEnvironment();
  return sharedEnvironment;
}

/** A problem found in a template, with its line (counted from 1) when known. */
class TemplateProblem extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

// Unknown filters and tests are otherwise only found when (and if) their line runs; checking the
// whole tree makes a typo in a branch that is not taken an error too.
function checkNames(root: TemplateNode, env: EnvironmentInternals): void {
  const { nodes } = nunjucksInternals;
  for (const node of root.findAll(nodes.Filter)) {
    const name = String(node.name?.value);
    if (!Object.hasOwn(env.filters, name)) {
      throw new TemplateProblem(`unknown filter "${name}"`, node.lineno + 1);
    }
  }
  for (const node of root.findAll(nodes.Is)) {
    const name = String(node.right?.name?.value ?? node.right?.value);
    if (!Object.hasOwn(env.tests, name)) {
      throw new TemplateProblem(`unknown test "${name}"`, node.lineno + 1);
    }
  }
  for (const type of ['Include', 'Import', 'FromImport', 'Extends'] as const) {
    const [node] = root.findAll(nodes[type]);
    if (node) {
      throw new TemplateProblem(
        'include, import and extends are not supported: each stack file is rendered on its own',
        node.lineno + 1,
      );
    }
  }
}

// Parser and compiler errors carry a line counted from 1.
function compile(text: string, path: string): nunjucks.Template {
  const env = stackEnvironment();
  const internals = env as unknown as EnvironmentInternals;
  let code: Record<string, unknown>;
  try {
    const ast = nunjucksInternals.parser.parse(
      text,
      internals.extensionsList,
      internals.opts,
    );
    checkNames(ast, internals);
    code = compileTemplateAst(ast, path, internals);
  } catch (error) {
    if (error instanceof TemplateProblem) {
      throw error;
    }
    const { message, lineno } = error as Error & { lineno?: number };
    throw new TemplateProblem(message, lineno);
  }
  const template = new nunjucks.Template(
    { type: 'code', obj: code } as unknown as string,
    env,
    path,
    true,
  );
  // The compiled root function receives the runtime as an argument; hand it the hardened one.
  // (The template is compiled eagerly above, so `render` will not reset this.)
  const compiled = template as unknown as TemplateInternals;
  compiled.rootRenderFunc = (e, context, frame, _runtime, cb) =>
    (code.root as TemplateInternals['rootRenderFunc'])(
      e,
      context,
      frame,
      hardenedRuntime,
      cb,
    );
  return template;
}

// Render errors carry the tracked line counted from 0, and the original error as `cause`.
function renderProblem(error: unknown): TemplateProblem {
  const { lineno, cause, message } = error as Error & {
    lineno?: number;
    cause?: unknown;
  };
  const reason =
    cause instanceof Error ? cause.message : message.split('\n').pop()!.trim();
  return new TemplateProblem(
    reason,
    typeof lineno === 'number' ? lineno + 1 : undefined,
  );
}

/**
 * Renders one stack file with the hardened environment. `${{ ... }}` expressions pass through
 * untouched. Any problem becomes an `InputError` naming the file, the line and the environment.
 */
export function renderTemplate(
  file: TemplateFile,
  context: Record<string, unknown>,
): string {
  const source = protectGithubExpressions(file.text);
  let problem: TemplateProblem;
  try {
    const template = compile(source.text, file.path);
    try {
      return source.restore(template.render(toTemplateData(context) as object));
    } catch (error) {
      problem = renderProblem(error);
    }
  } catch (error) {
    problem = error instanceof TemplateProblem ? error : renderProblem(error);
  }
  const where = problem.line ? `${file.path}:${problem.line}` : file.path;
  const environment = file.environment
    ? ` (environment ${file.environment})`
    : '';
  throw new InputError(`${where}${environment}: ${problem.message}`);
}
