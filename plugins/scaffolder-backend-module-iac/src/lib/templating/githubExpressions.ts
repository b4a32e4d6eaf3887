import { randomBytes } from 'node:crypto';

// GitHub Actions expressions use `${{ ... }}`, which Nunjucks would read as `$` followed by a
// Nunjucks expression. Before compiling, each one is swapped for a placeholder made of letters
// and digits (with the same line breaks, so error line numbers stay right); after rendering, the
// placeholders are swapped back. The placeholder carries a random nonce per render, so neither
// template text nor a rendered value can forge one.
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;

export interface ProtectedSource {
  text: string;
  restore(rendered: string): string;
}

export function protectGithubExpressions(source: string): ProtectedSource {
  const nonce = randomBytes(8).toString('hex');
  const expressions: string[] = [];
  const text = source.replace(EXPRESSION, expression => {
    const lineBreaks = expression.match(/\n/g)?.join('') ?? '';
    expressions.push(expression);
    return `GHAEXPR${nonce}N${expressions.length - 1}${lineBreaks}E`;
  });
  const placeholder = new RegExp(`GHAEXPR${nonce}N(\\d+)\\n*E`, 'g');
  return {
    text,
    restore(rendered) {
      const restored = rendered.replace(
        placeholder,
        (_match, index: string) => expressions[Number(index)],
      );
      if (new RegExp(nonce, 'i').test(restored)) {
        throw new Error(
          'a GitHub Actions expression `${{ ... }}` was changed by a filter or a Nunjucks expression; write it as plain template text',
        );
      }
      return restored;
    },
  };
}
