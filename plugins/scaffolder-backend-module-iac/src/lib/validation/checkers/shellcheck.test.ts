import fs from 'node:fs';
import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('shellcheck checker', () => {
  const { validate } = validationFixture();

  it('checks *.sh files and files with a shell shebang, reporting warnings with file and line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        scripts: {
          'plan.sh':
            '#!/bin/sh\nset -eu\nfor f in $(ls); do\n  echo "$f"\ndone\n',
        },
        bin: {
          deploy: ctx =>
            fs.writeFileSync(ctx.path, '#!/usr/bin/env bash\nunused=1\n', {
              mode: 0o755,
            }),
          README: 'not a script\n',
        },
      },
      ['shellcheck'],
    );
    expect(report.checks[0].files).toBe(2);
    expectToolOutcome(report, 'shellcheck', [
      {
        file: 'bin/deploy',
        line: 2,
        severity: 'warning',
        message: expect.stringMatching(/unused appears unused.* \[SC2034\]$/),
      },
      {
        file: 'scripts/plan.sh',
        line: 3,
        severity: 'error',
        message: 'Iterating over ls output is fragile. Use globs. [SC2045]',
      },
    ]);
  });

  it('is skipped when shellcheck is not on the search path', async () => {
    const report = await validate(goodRepository(), ['shellcheck'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'shellcheck',
        status: 'skipped',
        files: 2,
        reason: 'shellcheck is not installed',
      },
    ]);
  });
});
