import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';

export const REPO_ROOT = path.resolve(resolvePackagePath('@internal/repository-checks'), '../..');

/** Catalog entity files the portal loads: everything in catalog/ and each template.yaml. */
export function entityFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name) && entry.name !== 'mkdocs.yml') files.push(full);
    }
  };
  walk(path.join(REPO_ROOT, 'catalog'));
  for (const name of fs.readdirSync(path.join(REPO_ROOT, 'templates'))) {
    const template = path.join(REPO_ROOT, 'templates', name, 'template.yaml');
    if (fs.existsSync(template)) files.push(template);
  }
  return files.sort();
}

export function readDocuments(file: string): unknown[] {
  return yaml
    .parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => {
      if (doc.errors.length > 0) {
        throw new Error(`${file}: ${doc.errors.map(e => e.message).join('; ')}`);
      }
      return doc.toJS();
    });
}
