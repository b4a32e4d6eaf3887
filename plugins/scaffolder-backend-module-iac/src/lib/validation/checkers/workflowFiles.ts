import { CheckerContext } from '../types';

/** The GitHub Actions workflow files of a repository. */
export function workflowFiles(ctx: CheckerContext): string[] {
  return ctx.files.filter(f => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f));
}
