export { ENVIRONMENTS } from './environments';
export type { Environment } from './environments';
export { renderStack } from './renderStack';
export type { RenderStackOptions, RenderedStack } from './renderStack';
export type { ManifestResource } from './manifest';
export type { OutputFile } from './outputFile';
export { relativePath, resolveInside, isInside } from './paths';
export { writeFiles } from './writeFiles';
