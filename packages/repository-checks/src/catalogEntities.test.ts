// Every entity file the portal loads is a valid catalog entity, with the same policies and kind
// validators the catalog applies, so a broken file fails here instead of silently in the catalog.
import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  apiEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import path from 'node:path';
import { REPO_ROOT, entityFiles, readDocuments } from './entityFiles';

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const kindValidators = [
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  apiEntityV1alpha1Validator,
  templateEntityV1beta3Validator,
];

async function validate(entity: Entity) {
  await policy.enforce(entity);
  const results = await Promise.all(kindValidators.map(v => v.check(entity)));
  if (!results.some(Boolean)) throw new Error(`no validator accepts kind ${entity.kind}`);
}

const files = entityFiles();

describe('catalog and template entity files', () => {
  it('finds the catalog and the templates', () => {
    expect(files.some(f => f.includes(`${path.sep}catalog${path.sep}`))).toBe(true);
    expect(files.some(f => f.endsWith('template.yaml'))).toBe(true);
  });

  it.each(files.map(f => [path.relative(REPO_ROOT, f), f]))('%s holds valid entities', async (_name, file) => {
    const documents = readDocuments(file);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      await validate(document as Entity);
    }
  });

  it('templates are owned by the platform team', () => {
    for (const file of files.filter(f => f.endsWith('template.yaml'))) {
      const [template] = readDocuments(file) as Entity[];
      expect([file, template.spec?.owner]).toEqual([file, 'group:default/platform-team']);
    }
  });

  it('refuses an entity a catalog would refuse', async () => {
    await expect(
      validate({ apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'Bad Name!' }, spec: { owner: 'x' } }),
    ).rejects.toThrow();
  });
});
