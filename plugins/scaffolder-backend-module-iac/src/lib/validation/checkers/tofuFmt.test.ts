import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  installed,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('tofu-fmt checker', () => {
  const { validate } = validationFixture();
  const command = installed('tofu') ? 'tofu' : 'terraform';

  it('reports the first line that is not formatted, in files that parse', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'modules/networking/outputs.tf':
          'output "vpc_id" {\n  value = aws_vpc.this.id\n}\n\noutput "cidr" {\n  value = aws_vpc.this.cidr_block\n  description    = "CIDR"\n}\n',
        'modules/app/broken.tf': 'locals {\n  a = \n}\n',
      },
      ['tofu-fmt'],
    );
    expectToolOutcome(report, command, [
      {
        checker: 'tofu-fmt',
        file: 'modules/networking/outputs.tf',
        line: 6,
        message: expect.stringMatching(
          /^not formatted as `(tofu|terraform) fmt` writes it$/,
        ),
      },
    ]);
  });

  it('is skipped when neither tofu nor terraform is on the search path', async () => {
    const report = await validate(goodRepository(), ['tofu-fmt'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'tofu-fmt',
        status: 'skipped',
        files: 8,
        reason: 'neither tofu nor terraform is installed',
      },
    ]);
  });
});
