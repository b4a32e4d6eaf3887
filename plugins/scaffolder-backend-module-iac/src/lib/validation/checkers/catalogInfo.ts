import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KindValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import path from 'node:path';
import { Checker, CheckerFinding } from '../types';
import { parseYamlWithLines } from '../yamlLocation';

// The checks the catalog applies when it reads an entity: envelope and field formats, then the
// schema of its kind.
const entityPolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const kindValidators: KindValidator[] = [
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
];

async function problemOf(entity: Entity): Promise<string | undefined> {
  try {
    const checked = (await entityPolicy.enforce(entity)) ?? entity;
    for (const validator of kindValidators) {
      if (await validator.check(checked)) return undefined;
    }
    return `kind "${entity.kind}" with apiVersion "${entity.apiVersion}" is not a known catalog kind`;
  } catch (error) {
    // The catalog's messages end with a pointer to its documentation; the problem is enough here.
    return String((error as Error).message).replace(
      /\s*To learn more about catalog file format.*$/s,
      '',
    );
  }
}

// A field named in a catalog message, such as "metadata.name" or /spec/owner.
function fieldPath(message: string): string[] {
  const match =
    /"((?:metadata|spec|relations|status)(?:\.[\w-]+)*)"|\/((?:metadata|spec)(?:\/[\w-]+)*)/.exec(
      message,
    );
  return (match?.[1] ?? match?.[2]?.replace(/\//g, '.') ?? '')
    .split('.')
    .filter(Boolean);
}

/** Every document of each catalog-info.yaml is an entity the catalog accepts. */
export const catalogInfoChecker: Checker = {
  id: 'catalog-info',
  title: 'Catalog entities',
  select: ctx =>
    ctx.files.filter(f => /^catalog-info\.ya?ml$/.test(path.posix.basename(f))),
  async check(files, ctx) {
    const findings: CheckerFinding[] = [];
    for (const file of files) {
      const { documents, errors } = parseYamlWithLines(await ctx.read(file));
      if (errors.length) {
        findings.push(
          ...errors.map(e => ({ file, line: e.line, message: e.message })),
        );
        continue;
      }
      for (const located of documents) {
        const entity = located.document.toJS();
        if (entity === null || entity === undefined) continue;
        const problem = await problemOf(entity);
        if (problem) {
          const field = fieldPath(problem);
          findings.push({
            file,
            line: field.length ? located.lineOf(field) : located.line,
            message: problem,
          });
        }
      }
    }
    return findings;
  },
};
