import {
  CreatedTemplateFilter,
  createTemplateFilter,
} from '@backstage/plugin-scaffolder-node/alpha';
import {
  assertFinite,
  assertWellFormed,
  describeType,
  filterInput,
} from '../filterInput';
import { shellExamples } from './shell.examples';

// Inside single quotes a POSIX shell gives no character a meaning, not even `\`; the only thing
// that cannot appear is the quote itself, written as: close quote, escaped quote, reopen quote.
function word(value: unknown): string {
  let text: string;
  if (typeof value === 'string' || value instanceof String) {
    text = value.toString();
  } else if (typeof value === 'number') {
    text = String(assertFinite('shell', value));
  } else if (typeof value === 'boolean') {
    text = String(value);
  } else {
    throw new Error(`the shell filter cannot write ${describeType(value)}`);
  }
  if (text.includes('\u0000')) {
    throw new Error(
      'the shell filter cannot write a NUL character (no shell argument can hold one)',
    );
  }
  return `'${assertWellFormed('shell', text).replace(/'/g, `'\\''`)}'`;
}

/**
 * Writes a value as one POSIX shell word in single quotes; a list becomes one word per item.
 * Objects and null are errors: they have no single obvious shell form.
 */
export function toShell(value: unknown): string {
  const input = filterInput('shell', value);
  return Array.isArray(input) ? input.map(word).join(' ') : word(input);
}

// Typed loosely as the extension point takes it; the schema documents the real signature.
export const shellFilter: CreatedTemplateFilter<any, any> =
  createTemplateFilter({
    id: 'shell',
    description:
      'Writes a value as a POSIX shell word in single quotes (a list becomes one word per item).',
    schema: z =>
      z
        .function()
        .args(z.any().describe('a string, number, boolean or list of them'))
        .returns(z.string().describe('the quoted shell word(s)')),
    examples: shellExamples,
    filter: toShell,
  });
