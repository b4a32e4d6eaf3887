import type { TemplateAction } from '@backstage/plugin-scaffolder-node';

/**
 * What the action factories return. Inputs and outputs are typed inside each action by its zod
 * schema; the exported signature stays unparameterised so declaration files do not depend on
 * which copy of zod the scaffolder resolved.
 */
export type IacTemplateAction = TemplateAction<any, any, 'v2'>;
