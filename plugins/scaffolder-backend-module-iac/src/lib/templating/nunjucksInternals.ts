// Typings for the parts of Nunjucks 3.2 that its published types leave out: the runtime object the
// compiled templates call, the template's compiled root function, the parser, transformer and
// compiler, and the node tree. Kept in one file so a Nunjucks upgrade has a single place to check.
import nunjucks from 'nunjucks';

/** A scope of template variables (`{% set %}`, loop and macro variables). */
export interface Frame {
  variables: Record<string, unknown>;
  parent?: Frame;
}

/** The render context: the data given to `render` plus the environment. */
export interface Context {
  ctx: Record<string, unknown>;
  env: EnvironmentInternals;
}

/** The helpers compiled template code calls through its `runtime` argument. */
export interface Runtime {
  memberLookup(obj: unknown, key: unknown): unknown;
  contextOrFrameLookup(context: Context, frame: Frame, name: string): unknown;
  [helper: string]: unknown;
}

export interface EnvironmentInternals {
  filters: Record<string, unknown>;
  tests: Record<string, unknown>;
  globals: Record<string, unknown>;
  extensionsList: unknown[];
  opts: Record<string, unknown>;
}

type RootRenderFunc = (
  env: unknown,
  context: unknown,
  frame: unknown,
  runtime: Runtime,
  cb: (err: unknown, out: string) => void,
) => void;

export interface TemplateInternals {
  rootRenderFunc: RootRenderFunc;
}

/** A parsed template node; `lineno` and `colno` count from 0. */
export interface TemplateNode {
  lineno: number;
  colno: number;
  value?: unknown;
  name?: TemplateNode;
  right?: TemplateNode;
  template?: TemplateNode;
  findAll(type: unknown): TemplateNode[];
}

export interface CompilerInstance {
  compile(node: TemplateNode, frame?: unknown): void;
  getCode(): string;
  _emit(code: string): void;
  compileSymbol(node: TemplateNode, frame: unknown): void;
  compileLookupVal(node: TemplateNode, frame: unknown): void;
  compileFilter(node: TemplateNode, frame: unknown): void;
}

export interface CompilerClass {
  new (name: string, throwOnUndefined: boolean): CompilerInstance;
}

interface NunjucksModuleInternals {
  runtime: Runtime;
  parser: {
    parse(src: string, extensions: unknown[], opts: unknown): TemplateNode;
  };
  compiler: { Compiler: CompilerClass };
  nodes: Record<
    'Filter' | 'Is' | 'Include' | 'Import' | 'FromImport' | 'Extends',
    unknown
  >;
  lib: {
    TemplateError: new (
      message: string,
      lineno?: number,
      colno?: number,
    ) => Error;
  };
}

export const nunjucksInternals = nunjucks as unknown as NunjucksModuleInternals;

/** The pass Nunjucks runs between parsing and compiling (not exported by the package root). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const nunjucksTransformer = require('nunjucks/src/transformer') as {
  transform(ast: TemplateNode, asyncFilters: string[]): TemplateNode;
};
