import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('docker-compose checker', () => {
  const { validate } = validationFixture();
  const compose = (text: string) => ({
    ...goodRepository(),
    'docker-compose.yml': text,
  });

  it('passes the good repository', async () => {
    const report = await validate(goodRepository(), ['docker-compose']);
    expectToolOutcome(report, 'docker-compose', []);
  });

  it('reports invalid settings at the line of the setting', async () => {
    const report = await validate(
      compose(
        'services:\n  app:\n    image: x\n    ports: 8080\n    bogus: 1\n',
      ),
      ['docker-compose'],
    );
    expectToolOutcome(report, 'docker-compose', [
      {
        file: 'docker-compose.yml',
        line: 4,
        message:
          'services.app.ports contains an invalid type, it should be an array',
      },
      {
        file: 'docker-compose.yml',
        line: 5,
        message: "Unsupported config option for services.app: 'bogus'",
      },
    ]);
  });

  it('reports a YAML error at its line', async () => {
    const report = await validate(
      compose('services:\n  app:\n    image: x\n   ports: [\n'),
      ['docker-compose'],
    );
    expectToolOutcome(report, 'docker-compose', [
      {
        file: 'docker-compose.yml',
        line: 4,
        message: "expected <block end>, but found '<block mapping start>'",
      },
    ]);
  });

  it('is skipped when docker-compose is not on the search path', async () => {
    const report = await validate(goodRepository(), ['docker-compose'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'docker-compose',
        status: 'skipped',
        files: 1,
        reason: 'docker-compose is not installed',
      },
    ]);
  });
});
