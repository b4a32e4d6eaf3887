export { iacPolicyModule as default } from './module';
export { IacPortalPolicy } from './policy';
export type { IacPolicyRule } from './policy';
