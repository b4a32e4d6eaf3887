/**
 * Scaffolder actions of the IaC Portal: render a stack, validate it, open its pull request,
 * run its workflow and track it in the catalog.
 *
 * @packageDocumentation
 */
export { scaffolderModuleIac as default } from './module';
export * from './actions';
