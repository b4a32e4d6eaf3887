/** A ```mermaid block as Python-Markdown's fenced_code writes it in a TechDocs page. */
export const MERMAID_CODE_SELECTOR = 'pre > code.language-mermaid';

/** The part of mermaid's API the diagrams use. */
export interface MermaidRenderer {
  initialize(config: {
    startOnLoad: boolean;
    securityLevel: 'strict';
    theme: 'dark' | 'default';
  }): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

// Blocks already drawn (or being drawn): the page re-renders while diagrams are drawn.
const claimed = new WeakSet<Element>();
let sequence = 0;

/**
 * Replaces each mermaid code block with its diagram. Labels are sanitised by mermaid's strict
 * security level; a block mermaid cannot parse stays as code, with the reason in its title.
 */
export async function renderDiagrams(
  blocks: HTMLElement[],
  loadMermaid: () => Promise<MermaidRenderer>,
  theme: 'dark' | 'default',
): Promise<void> {
  const pending = blocks.filter(block => !claimed.has(block));
  if (!pending.length) return;
  pending.forEach(block => claimed.add(block));
  const mermaid = await loadMermaid();
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme });
  for (const code of pending) {
    const pre = code.parentElement;
    if (!pre) continue;
    try {
      const { svg } = await mermaid.render(`iac-diagram-${++sequence}`, code.textContent ?? '');
      const figure = pre.ownerDocument.createElement('div');
      figure.className = 'iac-mermaid-diagram';
      figure.setAttribute('role', 'img');
      figure.innerHTML = svg;
      pre.replaceWith(figure);
    } catch (error) {
      pre.title = `The diagram could not be drawn: ${(error as Error).message}`;
    }
  }
}
