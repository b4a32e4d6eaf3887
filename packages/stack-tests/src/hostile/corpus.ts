// Hostile form values: what a person could type into any free-text field of a template, aimed
// at every language the portal writes (HCL, YAML, shell, JSON, Markdown), at file paths, and at
// the parsers' handling of size, control characters and Unicode.
import os from 'node:os';
import path from 'node:path';

export type HostileCategory =
  | 'hcl'
  | 'yaml'
  | 'shell'
  | 'json'
  | 'markdown'
  | 'path'
  | 'oversize'
  | 'control'
  | 'unicode';

export interface HostileCase {
  id: string;
  category: HostileCategory;
  value: string;
}

/** A file the shell payloads would create if anything ever ran them. */
export const PWNED_MARKER = path.join(os.tmpdir(), 'iac-portal-hostile-pwned');

const touch = `touch ${PWNED_MARKER}`;

const BY_CATEGORY: Record<HostileCategory, string[]> = {
  hcl: [
    '${var.secret}',
    '${file("/etc/passwd")}',
    '${jsonencode({ a = 1 })}',
    '%{ if true }yes%{ endif }',
    '%{ for x in ["a"] }${x}%{ endfor }',
    '$${already_escaped}',
    '%%{already_escaped}',
    '$$${triple}',
    '${',
    '%{',
    '}',
    'a${b}c',
    '\\${not_escaped}',
    '"',
    '\\"',
    '" }\nresource "null_resource" "pwn" {\n  x = "',
    '"\n  extra = "injected',
    '<<EOF\ninjected\nEOF',
    '<<-EOT\n  injected\n  EOT',
    'EOF',
    '# comment',
    '// comment',
    '/* comment */',
    '${~ trim ~}',
    '{ a = 1 }',
    'var.secret',
  ],
  yaml: [
    '&anchor value',
    '*alias',
    '<<: *alias',
    '!!python/object/apply:os.system ["id"]',
    '!Ref Secret',
    '!!binary aGk=',
    '---',
    '--- !!map',
    '...',
    'key: value',
    'a: b: c',
    '- item',
    '? complex key',
    '| literal',
    '> folded',
    '"double quoted"',
    "'single quoted'",
    '{a: 1, b: [2]}',
    '[1, 2]',
    '@reserved',
    '`reserved',
    '%YAML 1.2',
    '%TAG ! tag:evil.example,2024:',
    '#comment',
    'value # trailing comment',
    'yes',
    'off',
    'null',
    '~',
    '0o17',
    '1e3',
    '.inf',
    'first\nsecond: injected',
    'line\n---\ninjected: document',
    '  leading spaces',
    'trailing spaces  ',
  ],
  shell: [
    `$(${touch})`,
    `\`${touch}\``,
    `; ${touch}`,
    `&& ${touch}`,
    `|| ${touch}`,
    `| ${touch}`,
    `'; ${touch}; '`,
    `"; ${touch}; "`,
    `\n${touch}\n`,
    `$(${touch})$(${touch})`,
    `"$(${touch})"`,
    `'$(${touch})'`,
    '$((1 + 1))',
    '${IFS}',
    '$HOME',
    '${PATH:0:1}',
    "$'\\x41'",
    '~root',
    '*',
    '?',
    '[a-z]*',
    '> /tmp/iac-portal-hostile-redirect',
    '< /etc/passwd',
    '&',
    "'\\''",
    '\\',
    'a\\\nb',
    '!!',
    '$0',
    '<(id)',
    '>(id)',
    'a\tb',
  ],
  json: [
    '"',
    '\\',
    '\\"',
    '","admin":true,"x":"',
    '"}',
    '{"a": 1}',
    '[1, 2]',
    '\\u0000',
    '\\ud800',
    '\\/',
    '/* comment */',
    'NaN',
    '1e999',
    '{"__proto__": {"polluted": true}}',
    'constructor',
    '__proto__',
  ],
  markdown: [
    '[click me](https://evil.example)',
    '![image](https://evil.example/x.png)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '[x](javascript:alert(1))',
    '<https://evil.example>',
    'https://evil.example',
    'www.evil.example',
    '[ref]: https://evil.example',
    '[ref]',
    '# Heading',
    '## Heading',
    'Title\n=====',
    '---',
    '***',
    '> quote',
    '- list item',
    '1. list item',
    '`code`',
    '```\nfence\n```',
    '**bold**',
    '_emphasis_',
    '~~strike~~',
    '| a | b |',
    '\\*escaped\\*',
    '&amp;',
    '&#x3C;script&#x3E;',
    '<!-- comment -->',
    '<details open>',
  ],
  path: [
    '../../etc/passwd',
    '..',
    '../',
    'a/../../b',
    '/etc/passwd',
    '/',
    './hidden',
    'C:\\Windows\\System32',
    '..\\..\\win.ini',
    '\\\\server\\share',
    'x\u0000y',
    '\u0000',
    '%2e%2e%2fetc',
    '~/.ssh/id_rsa',
    'file:///etc/passwd',
    '__env__',
  ],
  oversize: [
    'a'.repeat(10 * 1024),
    'a'.repeat(64 * 1024),
    '${'.repeat(5 * 1024),
    '\n'.repeat(10 * 1024),
    'é'.repeat(6 * 1024),
    '😀'.repeat(3 * 1024),
    "'".repeat(10 * 1024),
    '"'.repeat(10 * 1024),
    '<'.repeat(10 * 1024),
  ],
  control: [
    ...Array.from(
      { length: 32 },
      (_, code) => `a${String.fromCharCode(code)}b`,
    ),
    'a\u007fb',
    '\r\n',
    'a\u0085b',
    'a\u2028b',
    'a\u2029b',
    '\u001b[31mred\u001b[0m',
  ],
  unicode: [
    'a\u202eb',
    'a\u202db',
    '\u2066isolate\u2069',
    '\u2067rtl\u2069',
    'a\u200bb',
    'a\u200cb',
    'a\u200db',
    '\ufeffbom',
    'a\u2060b',
    '😀',
    '👩‍👩‍👧',
    '🏳️‍🌈',
    '🇦🇷',
    'e\u0301',
    'Z̷̢̛͓a̴l̵g̸o̶',
    'a\ud800b',
    '\udfff',
    '\ud83d',
    '＄｛x｝',
    'аdmin',
    '\uffff',
    '\u{10ffff}',
    'İ',
    'ß',
    'ﬁ',
    '⁵',
    '中文字符',
    'العربية',
    '\u00a0',
    '\u3000',
  ],
};

/** Every hostile case, with an id naming its category and position. */
export const HOSTILE_CASES: HostileCase[] = Object.entries(BY_CATEGORY).flatMap(
  ([category, values]) =>
    values.map((value, i) => ({
      id: `${category}-${i + 1}`,
      category: category as HostileCategory,
      value,
    })),
);

export const CATEGORIES = Object.keys(BY_CATEGORY) as HostileCategory[];

/** True when a string is well-formed Unicode (no lone surrogate). */
export function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    value,
  );
}
