import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('ansible-syntax checker', () => {
  const { validate } = validationFixture();

  it('reports a playbook that does not pass the syntax check, at its line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'ansible/playbooks/broken.yml':
          '---\n- name: Broken\n  hosts: web\n  tasks:\n    - name: Use a module that does not exist\n      ansible.builtin.no_such_module:\n        x: 1\n',
      },
      ['ansible-syntax'],
    );
    expectToolOutcome(report, 'ansible-playbook', [
      {
        file: 'ansible/playbooks/broken.yml',
        line: 5,
        message: expect.stringContaining(
          "couldn't resolve module/action 'ansible.builtin.no_such_module'",
        ),
      },
    ]);
  });

  it('is skipped when ansible-playbook is not on the search path', async () => {
    const report = await validate(goodRepository(), ['ansible-syntax'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'ansible-syntax',
        status: 'skipped',
        files: 1,
        reason: 'ansible-playbook is not installed',
      },
    ]);
  });
});
