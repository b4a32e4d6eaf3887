import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('ansible-lint checker', () => {
  jest.setTimeout(60_000);
  const { validate } = validationFixture();

  it('reports ansible-lint rules broken by a playbook, with file and line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'ansible/playbooks/site.yml':
          '---\n- name: Configure the web servers\n  hosts: web\n  tasks:\n    - shell: echo hello\n',
      },
      ['ansible-lint'],
    );
    expectToolOutcome(report, 'ansible-lint', [
      {
        file: 'ansible/playbooks/site.yml',
        line: 5,
        message: expect.stringContaining('command-instead-of-shell'),
      },
      {
        file: 'ansible/playbooks/site.yml',
        line: 5,
        message: expect.stringContaining('fqcn[action-core]'),
      },
      {
        file: 'ansible/playbooks/site.yml',
        line: 5,
        message: expect.stringContaining('name[missing]'),
      },
      {
        file: 'ansible/playbooks/site.yml',
        line: 5,
        message: expect.stringContaining('no-changed-when'),
      },
    ]);
  });

  it('is skipped when ansible-lint is not on the search path', async () => {
    const report = await validate(goodRepository(), ['ansible-lint'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'ansible-lint',
        status: 'skipped',
        files: 1,
        reason: 'ansible-lint is not installed',
      },
    ]);
  });
});
