// Generated hostile strings for the filters' round-trip tests: fragments that mean something to
// HCL, YAML, JSON, POSIX shells, Markdown, Nunjucks or GitHub Actions, mixed with control
// characters and non-ASCII text. A fixed seed keeps failures reproducible.

const FRAGMENTS = [
  '"',
  "'",
  '\\',
  '\\\\',
  '\\n',
  '\\u0041',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\u0001',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  'é',
  '中文',
  '😀',
  '\u{1F680}x',
  '${',
  '$${',
  '$$$${',
  '%{',
  '%%{',
  '}',
  '${var.secret}',
  '%{ if true }',
  '${{ secrets.TOKEN }}',
  '{{',
  '}}',
  '{%',
  '%}',
  '{#',
  '#}',
  '&anchor',
  '*anchor',
  '---',
  '...',
  '#',
  ' # comment',
  ': ',
  '- ',
  '? ',
  '|',
  '>',
  '!',
  '!!python/object',
  '@',
  '`',
  '$(id)',
  '`id`',
  ';',
  '&&',
  '||',
  '<',
  '>',
  '<script>alert(1)</script>',
  '<!-- x -->',
  '[x](https://evil.example)',
  '![i](x.png)',
  'https://evil.example',
  'www.evil.example',
  'a@b.example',
  '*',
  '_',
  '~',
  '=',
  '+',
  '(',
  ')',
  '[',
  ']',
  'yes',
  'no',
  'null',
  'true',
  '0x1F',
  '1e3',
  '0o17',
  '.inf',
  'EOF',
  '<<EOF',
  ' ',
  '  ',
  'plain',
  '-',
  '1.',
  '    indented',
  'key=value',
  '$HOME',
  '${HOME}',
  "'\\''",
];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings of one to eight fragments each, plus the empty string and every fragment. */
export function hostileStrings(count = 300, seed = 7): string[] {
  const next = random(seed);
  const strings = ['', ...FRAGMENTS];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 8);
    let text = '';
    for (let j = 0; j < length; j++) {
      text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    }
    strings.push(text);
  }
  return strings;
}
