export { iacApiRef } from './IacApi';
export type { IacApi } from './IacApi';
export { IacClient } from './IacClient';
export type * from './types';
