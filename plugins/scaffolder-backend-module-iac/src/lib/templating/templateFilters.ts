import { CreatedTemplateFilter } from '@backstage/plugin-scaffolder-node/alpha';
import { hclFilter } from './filters/hcl/hcl';
import { jsonFilter } from './filters/json/json';
import { markdownFilter } from './filters/markdown/markdown';
import { shellFilter } from './filters/shell/shell';
import { yamlFilter } from './filters/yaml/yaml';

/**
 * The literal filters of the stack format, in the form the scaffolder's templating extension
 * point takes (`addTemplateFilters`), so `fetch:template` can use them too. `iac:render` registers
 * the same functions in its own Nunjucks environment.
 */
export const scaffolderTemplateFilters: CreatedTemplateFilter<any, any>[] = [
  hclFilter,
  yamlFilter,
  jsonFilter,
  shellFilter,
  markdownFilter,
];
