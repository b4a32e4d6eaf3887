import MarkdownIt from 'markdown-it';
import { isInvisible } from '../filterInput';
import { hostileStrings } from '../__testUtils__/hostileStrings';
import { toMarkdown } from './markdown';
import { markdownCases } from './markdown.examples';

// HTML and bare-URL links switched on: the escaping must hold against the most permissive setup.
const md = new MarkdownIt({ html: true, linkify: true });

// What the reader should see: the value with whitespace folded, as Markdown folds it anyway.
function expectedText(value: string): string {
  return Array.from(value, ch => (isInvisible(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

// The inline tokens of a one-paragraph document, failing on anything but plain text.
function plainText(markdown: string): string {
  const tokens = md.parse(markdown, {});
  if (tokens.length === 0) {
    return '';
  }
  expect(tokens.map(t => t.type)).toEqual([
    'paragraph_open',
    'inline',
    'paragraph_close',
  ]);
  const children = tokens[1].children ?? [];
  for (const child of children) {
    expect(['text', 'text_special']).toContain(child.type);
  }
  return children.map(c => c.content).join('');
}

describe('markdown filter', () => {
  it.each(markdownCases)('$description', ({ input, output }) => {
    expect(toMarkdown(input)).toBe(output);
  });

  it('renders every hostile string as plain text equal to the value', () => {
    for (const value of hostileStrings()) {
      const markdown = toMarkdown(value);
      expect(plainText(markdown)).toBe(expectedText(value));
      expect(md.render(markdown)).not.toMatch(/<(?!\/?p>)/);
    }
  });

  it('stays text at the start of a line, after a heading marker and inside a table cell', () => {
    for (const value of hostileStrings(100, 19)) {
      const escaped = toMarkdown(value);
      const heading = md.parse(`# Title ${escaped}`, {});
      expect(heading.map(t => t.type)).toEqual([
        'heading_open',
        'inline',
        'heading_close',
      ]);
      expect(heading[1].children?.every(c => c.type.startsWith('text'))).toBe(
        true,
      );

      const table = md.parse(`| a | b |\n|---|---|\n| ${escaped} | x |\n`, {});
      expect(table.filter(t => t.type === 'td_open')).toHaveLength(2);
      expect(
        table.some(t => t.type === 'html_inline' || t.type === 'link_open'),
      ).toBe(false);
    }
  });

  it('writes lists, numbers, booleans and null', () => {
    expect(toMarkdown(['a*', 'b'])).toBe('a\\*, b');
    expect(toMarkdown(1.5)).toBe('1\\.5');
    expect(toMarkdown(true)).toBe('true');
    expect(toMarkdown(null)).toBe('');
  });

  it.each([
    ['undefined', undefined, /undefined value/],
    ['an object', { a: 1 }, /cannot write an object/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => toMarkdown(value)).toThrow(message);
  });
});
