/**
 * Escapes text for a Markdown table cell or a one-line paragraph so a value cannot add markup:
 * no links, images, HTML, emphasis, code, headings, lists or table breaks.
 */
export function markdownText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|#!~&]/g, ch => `\\${ch}`)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3');
}
