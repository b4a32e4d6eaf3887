import { resolvePackagePath } from '@backstage/backend-plugin-api';
import path from 'node:path';

export const PACKAGE_DIR = resolvePackagePath('@internal/benchmarks');
export const REPO_ROOT = path.resolve(PACKAGE_DIR, '../..');
/** The portal's backend package; relative paths in app-config.yaml are written for it. */
export const BACKEND_DIR = path.join(REPO_ROOT, 'packages/backend');
export const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const RESULTS_FILE = path.join(
  REPO_ROOT,
  'test-results/benchmarks.json',
);
