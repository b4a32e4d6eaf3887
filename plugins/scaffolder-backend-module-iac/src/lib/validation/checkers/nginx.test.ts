import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('nginx checker', () => {
  const { validate, mockDir } = validationFixture();

  it('tests a copy, with a throwaway certificate, temporary logs and local upstreams', async () => {
    const report = await validate(goodRepository(), ['nginx']);
    expectToolOutcome(report, 'nginx', []);
    // The user's file is left exactly as it was.
    expect(mockDir.content({ path: 'nginx', shouldReadAsText: true })).toEqual(
      goodRepository().nginx as Record<string, string>,
    );
  });

  it('reports an error with the file and line of the original configuration', async () => {
    const repository = goodRepository();
    const nginx = repository.nginx as Record<string, string>;
    const report = await validate(
      {
        ...repository,
        nginx: {
          ...nginx,
          'nginx.conf': nginx['nginx.conf'].replace(
            '    location / {',
            '    locatoin / {',
          ),
        },
      },
      ['nginx'],
    );
    expectToolOutcome(report, 'nginx', [
      {
        file: 'nginx/nginx.conf',
        line: 24,
        message: 'unknown directive "locatoin"',
      },
    ]);
  });

  it('is skipped when nginx is not on the search path', async () => {
    const report = await validate(goodRepository(), ['nginx'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'nginx',
        status: 'skipped',
        files: 1,
        reason: 'nginx is not installed',
      },
    ]);
  });
});
