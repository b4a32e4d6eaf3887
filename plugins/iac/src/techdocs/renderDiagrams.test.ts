import { MERMAID_CODE_SELECTOR, MermaidRenderer, renderDiagrams } from './renderDiagrams';

function page(html: string): HTMLElement[] {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll<HTMLElement>(MERMAID_CODE_SELECTOR));
}

function renderer(): MermaidRenderer & { rendered: string[] } {
  const rendered: string[] = [];
  return {
    rendered,
    initialize: jest.fn(),
    render: async (_id, text) => {
      if (text.startsWith('broken')) throw new Error('Parse error on line 1');
      rendered.push(text);
      return { svg: `<svg data-source="${text.length}"></svg>` };
    },
  };
}

describe('renderDiagrams', () => {
  it('replaces each mermaid block with its diagram and leaves other code alone', async () => {
    const blocks = page(
      '<pre><code class="language-mermaid">graph TD; a--&gt;b</code></pre><pre><code class="language-sh">ls</code></pre>',
    );
    const mermaid = renderer();
    await renderDiagrams(blocks, async () => mermaid, 'default');

    expect(mermaid.rendered).toEqual(['graph TD; a-->b']);
    expect(mermaid.initialize).toHaveBeenCalledWith({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    expect(document.querySelector('.iac-mermaid-diagram svg')).not.toBeNull();
    expect(document.querySelector('code.language-mermaid')).toBeNull();
    expect(document.querySelector('code.language-sh')?.textContent).toBe('ls');
  });

  it('draws a block once when the page renders again meanwhile', async () => {
    const blocks = page('<pre><code class="language-mermaid">graph LR; x--&gt;y</code></pre>');
    const mermaid = renderer();
    await Promise.all([
      renderDiagrams(blocks, async () => mermaid, 'dark'),
      renderDiagrams(blocks, async () => mermaid, 'dark'),
    ]);
    expect(mermaid.rendered).toHaveLength(1);
  });

  it('keeps a block mermaid cannot parse as code, saying why', async () => {
    const blocks = page('<pre><code class="language-mermaid">broken diagram</code></pre>');
    await renderDiagrams(blocks, async () => renderer(), 'default');
    const pre = document.querySelector('pre')!;
    expect(pre.textContent).toBe('broken diagram');
    expect(pre.title).toBe('The diagram could not be drawn: Parse error on line 1');
  });

  it('loads mermaid only for a page that has a diagram', async () => {
    const load = jest.fn(async () => renderer());
    await renderDiagrams(page('<pre><code>plain</code></pre>'), load, 'default');
    expect(load).not.toHaveBeenCalled();
  });
});
