/**
 * Scaffolder actions of the IaC Portal: render a stack, validate it, open its pull request,
 * run its workflow and track it in the catalog.
 *
 * @packageDocumentation
 */
export { scaffolderModuleIac as default } from './module';
export * from './actions';

// What the portal's own backend plugin (@internal/plugin-iac-backend) reuses: the stack
// templating and price tables behind the live cost estimate, and the GitHub client.
export { renderTemplate } from './lib/templating';
export { ENVIRONMENTS, resolveInside } from './lib/stack';
export type { Environment } from './lib/stack';
export { parseStackDefinition } from './lib/stack/stackDefinition';
export { parseManifest } from './lib/stack/manifest';
export { readRegularFile } from './lib/stack/fileTree';
export { estimateCost, loadPriceTable } from './lib/cost';
export type { CostEstimate, PriceTable } from './lib/cost';
export { createGithubClient } from './lib/github/client';
