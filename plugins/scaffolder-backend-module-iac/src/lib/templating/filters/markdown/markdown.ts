import {
  CreatedTemplateFilter,
  createTemplateFilter,
} from '@backstage/plugin-scaffolder-node/alpha';
import {
  assertFinite,
  describeType,
  filterInput,
  isInvisible,
} from '../filterInput';
import { markdownExamples } from './markdown.examples';

// A backslash makes any ASCII punctuation character literal in CommonMark, but Python-Markdown
// (what MkDocs renders TechDocs with) honours it only before the characters below and shows it
// elsewhere. Those are backslash-escaped; every other ASCII punctuation character becomes a
// numeric character reference, literal text in both. Escaping all of them, rather than the ones
// known to be special today, rules out emphasis, code, links, images, autolinks, HTML, entities,
// headings, lists, block quotes and table cells in one rule.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const BACKSLASH_ESCAPABLE = new Set('\\`*_{}[]()>#+-.!');

function escapePunctuation(ch: string): string {
  return BACKSLASH_ESCAPABLE.has(ch) ? `\\${ch}` : `&#${ch.charCodeAt(0)};`;
}

function text(value: unknown): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'string' || value instanceof String) {
    // Line breaks, runs of spaces and invisible characters become one space, so the value stays
    // inside the line it is written on and can never start an indented code block.
    return Array.from(value.toString(), ch => (isInvisible(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .replace(ASCII_PUNCTUATION, escapePunctuation);
  }
  if (typeof value === 'number') {
    return text(String(assertFinite('markdown', value)));
  }
  if (typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.map(text).join(', ');
  }
  throw new Error(`the markdown filter cannot write ${describeType(value)}`);
}

/**
 * Writes a value as Markdown text that renders exactly as the value, in CommonMark and in
 * Python-Markdown: every ASCII punctuation character is escaped and whitespace is folded to
 * single spaces. A list becomes its
 * items separated by commas; null becomes the empty string.
 */
export function toMarkdown(value: unknown): string {
  return text(filterInput('markdown', value));
}

// Typed loosely as the extension point takes it; the schema documents the real signature.
export const markdownFilter: CreatedTemplateFilter<any, any> =
  createTemplateFilter({
    id: 'markdown',
    description:
      'Writes a value as Markdown text with its special characters escaped (no links, HTML, emphasis or headings can result).',
    schema: z =>
      z
        .function()
        .args(z.any().describe('a string, number, boolean or list of them'))
        .returns(z.string().describe('the escaped Markdown text')),
    examples: markdownExamples,
    filter: toMarkdown,
  });
