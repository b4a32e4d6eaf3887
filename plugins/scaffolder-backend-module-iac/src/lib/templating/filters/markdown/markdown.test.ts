import MarkdownIt from 'markdown-it';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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

/**
 * Renders Markdown documents with Python-Markdown as MkDocs runs it for TechDocs: the Python of
 * the installed `mkdocs` command, with the extensions of the templates' mkdocs.yml.
 */
function renderLikeMkDocs(documents: string[]): string[] {
  const mkdocs = execFileSync('sh', ['-c', 'command -v mkdocs']).toString().trim();
  const python = /^#!\s*(\S+)/.exec(fs.readFileSync(mkdocs, 'utf8'))![1];
  const script = [
    'import json, sys, markdown',
    'docs = json.load(sys.stdin)',
    "print(json.dumps([markdown.markdown(d, extensions=['admonition', 'tables', 'toc']) for d in docs]))",
  ].join('\n');
  return JSON.parse(execFileSync(python, ['-c', script], { input: JSON.stringify(documents) }).toString());
}

/** The text of an HTML fragment that must hold no element: character references decoded. */
function htmlText(html: string): string {
  expect(html).not.toMatch(/</);
  return html.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot);/gi, (_m, name: string) => {
    if (name[0] !== '#') return { amp: '&', lt: '<', gt: '>', quot: '"' }[name.toLowerCase()]!;
    return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
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

  it('renders every hostile string as plain text equal to the value in MkDocs (Python-Markdown)', () => {
    const values = hostileStrings().filter(v => expectedText(v) !== '');
    const paragraphs = renderLikeMkDocs(values.map(toMarkdown));
    values.forEach((value, i) => {
      const inner = /^<p>([\s\S]*)<\/p>$/.exec(paragraphs[i]);
      expect([value, inner?.[1] !== undefined]).toEqual([value, true]);
      // A browser folds whitespace in a paragraph as well.
      expect(htmlText(inner![1]).replace(/\s+/g, ' ').trim()).toBe(expectedText(value));
    });
    const cells = renderLikeMkDocs(
      values.map(v => `| a | b |\n|---|---|\n| ${toMarkdown(v)} | x |\n`),
    );
    values.forEach((value, i) => {
      expect([value, cells[i].match(/<td>/g)?.length]).toEqual([value, 2]);
    });
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
