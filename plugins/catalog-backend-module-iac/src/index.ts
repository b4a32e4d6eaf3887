export { catalogModuleIacStacks as default } from './module';
export { IacStackEntityProvider } from './IacStackEntityProvider';
export { IAC_STACK_TOPIC } from './topic';
export type { TrackedStackEvent } from './topic';
