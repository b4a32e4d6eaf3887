import { Checker, CheckerFinding, ManifestEntry } from '../types';
import { readModuleFolder } from './opentofuModules';

type TypedEntry = Required<ManifestEntry>;

const typed = (entries: ManifestEntry[] = []) =>
  entries.filter((e): e is TypedEntry => Boolean(e.module && e.tfType));

/**
 * Each manifest entry's `tfType` is a resource type its module declares, so the catalog and the
 * cost estimate describe what the code really creates. Entries without a `tfType` (resources
 * OpenTofu does not create) are not checked. Skipped when no manifest is given.
 */
export const manifestTypesChecker: Checker = {
  id: 'manifest',
  title: 'Manifest resource types',
  select: ctx => {
    if (!ctx.manifest) return { skipped: 'no manifest was given' };
    if (!typed(ctx.manifest).length) {
      return { skipped: 'no manifest entry has a tfType' };
    }
    const folders = [
      ...new Set(typed(ctx.manifest).map(e => `modules/${e.module}`)),
    ];
    const files = ctx.files.filter(
      f => folders.some(d => f.startsWith(`${d}/`)) && f.endsWith('.tf'),
    );
    // Without any module file the check still runs, to report the missing folders.
    return files.length ? files : folders;
  },
  async check(_files, ctx) {
    const findings: CheckerFinding[] = [];
    const reported = new Set<string>();
    for (const entry of typed(ctx.manifest)) {
      const folder = `modules/${entry.module}`;
      const key = `${folder}:${entry.tfType}`;
      if (reported.has(key)) continue;
      const module = await readModuleFolder(folder, ctx);
      if (!module) {
        if (
          !ctx.files.some(f => f.startsWith(`${folder}/`) && f.endsWith('.tf'))
        ) {
          reported.add(key);
          findings.push({
            file: folder,
            message: `manifest entry "${entry.name}": module folder ${folder} has no .tf files`,
          });
        }
      } else if (!module.resourceTypes.has(entry.tfType)) {
        reported.add(key);
        findings.push({
          file: folder,
          message: `manifest entry "${entry.name}": ${folder} declares no resource of type ${entry.tfType}`,
        });
      }
    }
    return findings;
  },
};
