import {
  EnvironmentInternals,
  TemplateNode,
  nunjucksInternals,
  nunjucksTransformer,
} from './nunjucksInternals';

const { Compiler } = nunjucksInternals.compiler;

// Compiled Nunjucks code records the current line only before function calls, so an error in a
// variable, member or filter lookup would be blamed on the line of the last call. This compiler
// also records the position before each of those, so every error names its own line.
class LineTrackingCompiler extends Compiler {
  private track(node: TemplateNode, emit: () => void) {
    this._emit(`(lineno = ${node.lineno}, colno = ${node.colno}, `);
    emit();
    this._emit(')');
  }

  compileSymbol(node: TemplateNode, frame: unknown) {
    this.track(node, () => super.compileSymbol(node, frame));
  }

  compileLookupVal(node: TemplateNode, frame: unknown) {
    this.track(node, () => super.compileLookupVal(node, frame));
  }

  compileFilter(node: TemplateNode, frame: unknown) {
    this.track(node, () => super.compileFilter(node, frame));
  }
}

/**
 * Compiles a parsed template the way `nunjucks.Template` does (transform, compile, evaluate the
 * generated code), with line tracking on every lookup. Returns the template properties that
 * `new nunjucks.Template({ type: 'code', obj })` takes.
 */
export function compileTemplateAst(
  ast: TemplateNode,
  path: string,
  env: EnvironmentInternals,
): Record<string, unknown> {
  const compiler = new LineTrackingCompiler(
    path,
    Boolean(env.opts.throwOnUndefined),
  );
  compiler.compile(nunjucksTransformer.transform(ast, []));
  // The same evaluation Nunjucks applies to the code it generates from template text.
  // eslint-disable-next-line no-new-func
  return new Function(compiler.getCode())() as Record<string, unknown>;
}
