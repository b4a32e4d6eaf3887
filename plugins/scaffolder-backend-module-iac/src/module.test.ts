import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderTemplatingExtensionPoint } from '@backstage/plugin-scaffolder-node/alpha';
import { scaffolderModuleIac } from './module';

function startWith(data: object, addActions: (...added: any[]) => void = () => {}) {
  return startTestBackend({
    extensionPoints: [
      [scaffolderActionsExtensionPoint, { addActions }],
      [scaffolderTemplatingExtensionPoint, { addTemplateFilters: () => {}, addTemplateGlobals: () => {} }],
    ],
    features: [
      scaffolderModuleIac,
      catalogServiceMock.factory(),
      mockServices.events.factory(),
      mockServices.rootConfig.factory({ data }),
    ],
  });
}

describe('scaffolderModuleIac', () => {
  it('refuses a negative GitHub write pacing, naming the setting', async () => {
    await expect(
      startWith({ iac: { stacksDir: '../../templates', github: { writePacingMs: -1 } } }),
    ).rejects.toThrow('iac.github.writePacingMs: must be a number of milliseconds, 0 or more; got -1');
  });

  it('starts with the GitHub write pacing turned off', async () => {
    const actions: string[] = [];
    await startWith(
      { iac: { stacksDir: '../../templates', github: { writePacingMs: 0 } } },
      (...added: any[]) => actions.push(...added.map(a => a.id)),
    );
    expect(actions).toContain('iac:github:pullRequest');
  });

  it('registers the six actions and the escaping filters', async () => {
    const actions: string[] = [];
    const filters: string[] = [];
    await startTestBackend({
      extensionPoints: [
        [scaffolderActionsExtensionPoint, { addActions: (...added: any[]) => actions.push(...added.map(a => a.id)) }],
        [
          scaffolderTemplatingExtensionPoint,
          {
            addTemplateFilters: (added: any) =>
              filters.push(...(Array.isArray(added) ? added.map((f: any) => f.id) : Object.keys(added))),
            addTemplateGlobals: () => {},
          },
        ],
      ],
      features: [
        scaffolderModuleIac,
        catalogServiceMock.factory(),
        mockServices.events.factory(),
        mockServices.rootConfig.factory({ data: { iac: { stacksDir: '../../templates' } } }),
      ],
    });
    expect(actions.sort()).toEqual([
      'iac:catalog:track',
      'iac:github:pullRequest',
      'iac:github:workflowRun',
      'iac:policy:check',
      'iac:render',
      'iac:validate',
    ]);
    expect(filters.sort()).toEqual(expect.arrayContaining(['hcl', 'json', 'markdown', 'shell', 'yaml']));
  });
});
