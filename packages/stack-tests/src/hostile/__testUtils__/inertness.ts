// Shows a hostile render inert by comparing it with a render of harmless markers (canaries) in the
// same fields: every file is parsed with its own parser, and the hostile parse must equal the
// canary parse with each canary replaced by its hostile value. A value that changed the
// structure (a new HCL block, a YAML alias, a shell command, a Markdown link) breaks the equality.
import { parse as parseHcl } from '@cdktf/hcl2json';
import MarkdownIt from 'markdown-it';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'yaml';

/**
 * A canary and the hostile value written where the canary was; `derived` is what the template
 * writes in some places instead of the value itself (the team name of an owner reference).
 */
export type Substitution = [canary: string, value: string, derived?: string];

// The readings of a canary text: with each value, or with the derived forms.
function expectedTexts(text: string, substitutions: Substitution[]): string[] {
  const withValues = substitute(text, substitutions);
  if (!substitutions.some(s => s[2] !== undefined)) return [withValues];
  return [
    withValues,
    substitute(
      text,
      substitutions.map(([c, v, d]) => [c, d ?? v] as Substitution),
    ),
  ];
}

const markdown = new MarkdownIt();

function substitute(
  text: string,
  substitutions: Substitution[],
  escape = (v: string) => v,
): string {
  return substitutions.reduce(
    (t, [canary, value]) => t.split(canary).join(escape(value)),
    text,
  );
}

function mapStrings(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map(v => mapStrings(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [map(k), mapStrings(v, map)]),
    );
  }
  return value;
}

// The parser's JSON keeps HCL's escapes of literal `${` and `%{`; the value is what they stand for.
const unescapeHcl = (s: string) =>
  s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

// A string holding a document of its own (the OpenAPI definition in catalog-info.yaml) is
// compared as that document, parsed.
function embeddedDocument(text: string): unknown {
  if (!text.includes('\n')) return undefined;
  try {
    const data = yamlData(text);
    return data.some(d => d && typeof d === 'object') ? data : undefined;
  } catch {
    return undefined;
  }
}

function sameData(
  file: string,
  canary: unknown,
  hostile: unknown,
  substitutions: Substitution[],
  normalise = (s: string) => s,
) {
  const compare = (before: unknown, after: unknown): boolean => {
    if (typeof before === 'string' && typeof after === 'string') {
      if (
        expectedTexts(before, substitutions).some(
          e => normalise(e) === normalise(after),
        )
      )
        return true;
      const [inner, changed] = [
        embeddedDocument(before),
        embeddedDocument(after),
      ];
      return (
        inner !== undefined && changed !== undefined && compare(inner, changed)
      );
    }
    if (Array.isArray(before) && Array.isArray(after)) {
      return (
        before.length === after.length &&
        before.every((b, i) => compare(b, after[i]))
      );
    }
    if (
      before &&
      after &&
      typeof before === 'object' &&
      typeof after === 'object'
    ) {
      const expected = Object.entries(before).map(
        ([k, v]) => [substitute(k, substitutions), v] as const,
      );
      const keys = Object.keys(after);
      return (
        expected.length === keys.length &&
        expected.every(
          ([k, v]) => Object.hasOwn(after, k) && compare(v, (after as any)[k]),
        )
      );
    }
    return isDeepStrictEqual(before, after);
  };
  return compare(canary, hostile)
    ? []
    : [`${file}: the value changed the parsed structure`];
}

async function hclData(file: string, text: string) {
  return mapStrings(await parseHcl(file, text), unescapeHcl);
}

// The canary render is the same for many hostile renders: its files are parsed once.
const parsedCanaries = new Map<string, Promise<unknown>>();
function canaryHclData(file: string, text: string) {
  if (!parsedCanaries.has(text)) parsedCanaries.set(text, hclData(file, text));
  return parsedCanaries.get(text)!;
}

function yamlData(text: string) {
  const documents = yaml.parseAllDocuments(text);
  for (const document of documents) {
    if (document.errors.length) throw new Error(document.errors[0].message);
  }
  // Aliases stay unresolved: an alias the value brought in would show.
  return documents.map(d => d.toJS({ maxAliasCount: -1 }));
}

// Inside single quotes the shell gives no character a meaning; `'` is written as '\''.
const singleQuoted = (value: string) => value.replace(/'/g, `'\\''`);

function checkShell(
  label: string,
  canary: string,
  hostile: string,
  substitutions: Substitution[],
) {
  const problems: string[] = [];
  if (substitute(canary, substitutions, singleQuoted) !== hostile) {
    problems.push(
      `${label}: the value is not written as a single-quoted shell word`,
    );
  }
  const syntax = spawnSync('bash', ['-n'], {
    input: hostile,
    encoding: 'utf8',
  });
  if (syntax.status !== 0)
    problems.push(`${label}: bash -n: ${syntax.stderr.trim()}`);
  return problems;
}

// The `run:` scripts of a workflow are shell too.
function workflowScripts(data: unknown, out: string[] = []): string[] {
  if (Array.isArray(data)) data.forEach(d => workflowScripts(d, out));
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'run' && typeof value === 'string') out.push(value);
      else workflowScripts(value, out);
    }
  }
  return out;
}

// Markdown: no element the canary render does not have (a value may empty a paragraph, never
// add HTML, a link, an image or a heading), and the same text with the value's in the canary's place.
function markdownTokens(text: string) {
  return markdown
    .parse(text, {})
    .flatMap(token => [token, ...(token.children ?? [])]);
}

function checkMarkdown(
  file: string,
  canary: string,
  hostile: string,
  substitutions: Substitution[],
) {
  const [before, after] = [markdownTokens(canary), markdownTokens(hostile)];
  const count = (tokens: typeof before, type: string) =>
    tokens.filter(t => t.type === type).length;
  const added = [...new Set(after.map(t => t.type))].filter(
    type => count(after, type) > count(before, type),
  );
  // The markdown filter writes invisible characters (C0, DEL, C1, line and paragraph separators,
  // BOM) and whitespace runs as one space, so the value stays on its line; every visible
  // character is kept.
  const invisible = (code: number) =>
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    [0x2028, 0x2029, 0xfeff].includes(code);
  const asText = (value: string) =>
    Array.from(value, ch => (invisible(ch.charCodeAt(0)) ? ' ' : ch)).join('');
  const text = (tokens: typeof before) =>
    tokens
      .filter(t => t.type === 'text' || t.type === 'code_inline')
      .map(t => t.content)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const expected = substitute(
    text(before),
    substitutions.map(([c, v]) => [c, asText(v)] as Substitution),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return [
    ...added.map(type => `${file}: the value added Markdown ${type}`),
    ...(expected === text(after)
      ? []
      : [`${file}: the value's text is not intact`]),
  ];
}

// TypeScript, nginx and SQL files get form values only as JSON string literals (the json filter):
// outside its literals the file must be unchanged, and each literal must read as the value.
const JSON_LITERAL_HOSTS = /\.(ts|conf|sql)$/;
const JSON_STRING = /"(?:[^"\\\n]|\\.)*"/g;

function checkJsonLiterals(
  file: string,
  canary: string,
  hostile: string,
  substitutions: Substitution[],
) {
  const split = (text: string) => ({
    code: text.split(JSON_STRING),
    literals: (text.match(JSON_STRING) ?? []).map(l => JSON.parse(l) as string),
  });
  const [before, after] = [split(canary), split(hostile)];
  const intact =
    isDeepStrictEqual(before.code, after.code) &&
    before.literals.length === after.literals.length &&
    before.literals.every((l, i) =>
      expectedTexts(l, substitutions).includes(after.literals[i]),
    );
  return intact ? [] : [`${file}: the value left its JSON string literal`];
}

const HCL_FILE = /\.(tf|hcl|tfvars)$/;
const YAML_FILE = /\.ya?ml$/;
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** Problems with one file of the hostile render, against the same file of the canary render. */
export async function checkFile(
  file: string,
  canary: string,
  hostile: string,
  substitutions: Substitution[],
): Promise<string[]> {
  if (!substitutions.some(([c]) => canary.includes(c))) {
    return canary === hostile
      ? []
      : [`${file}: changed although no value was written to it`];
  }
  try {
    if (HCL_FILE.test(file)) {
      // HCL reads string literals in Unicode normal form C.
      const [before, after] = [
        await canaryHclData(file, canary),
        await hclData(file, hostile),
      ];
      return sameData(file, before, after, substitutions, s =>
        s.normalize('NFC'),
      );
    }
    if (YAML_FILE.test(file)) {
      const [before, after] = [yamlData(canary), yamlData(hostile)];
      const problems = sameData(file, before, after, substitutions);
      if (WORKFLOW.test(file)) {
        const scripts = workflowScripts(before);
        workflowScripts(after).forEach((run, i) =>
          problems.push(
            ...checkShell(
              `${file} run script ${i + 1}`,
              scripts[i] ?? '',
              run,
              substitutions,
            ),
          ),
        );
      }
      return problems;
    }
    if (file.endsWith('.json')) {
      return sameData(
        file,
        JSON.parse(canary),
        JSON.parse(hostile),
        substitutions,
      );
    }
    if (file.endsWith('.sh'))
      return checkShell(file, canary, hostile, substitutions);
    if (JSON_LITERAL_HOSTS.test(file))
      return checkJsonLiterals(file, canary, hostile, substitutions);
    if (file.endsWith('.md'))
      return checkMarkdown(file, canary, hostile, substitutions);
  } catch (error) {
    return [
      `${file}: does not parse any more: ${
        (error as Error).message.split('\n')[0]
      }`,
    ];
  }
  return [`${file}: holds a form value but the test has no parser for it`];
}
