import { useShadowRootElements } from '@backstage/plugin-techdocs-react';
import { useTheme } from '@material-ui/core/styles';
import { useEffect } from 'react';
import { MERMAID_CODE_SELECTOR, MermaidRenderer, renderDiagrams } from './renderDiagrams';

// mermaid is large: it is fetched only by pages that hold a diagram.
const loadMermaid = async (): Promise<MermaidRenderer> => (await import('mermaid')).default;

/** TechDocs addon that draws the ```mermaid blocks of a page (architecture and event flows). */
export const MermaidDiagrams = () => {
  const blocks = useShadowRootElements<HTMLElement>([MERMAID_CODE_SELECTOR]);
  const theme = useTheme().palette.type === 'dark' ? 'dark' : 'default';
  useEffect(() => {
    renderDiagrams(blocks, loadMermaid, theme);
  }, [blocks, theme]);
  return null;
};
