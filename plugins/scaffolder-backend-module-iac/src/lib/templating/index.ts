export { renderTemplate } from './renderTemplate';
export type { TemplateFile } from './renderTemplate';
export { scaffolderTemplateFilters } from './templateFilters';
export { toMarkdown } from './filters/markdown/markdown';
