import { createdFilter } from './createdFilter';
import {
  parseWorkflow,
  resolveInputs,
  substituteExpressions,
} from './workflowFile';

describe('workflow files', () => {
  it('reads run-name, dispatch inputs and jobs', () => {
    const definition = parseWorkflow(`
name: Deploy
run-name: deploy \${{ github.event.inputs.env }} by \${{ github.actor }}
on: [push, workflow_dispatch]
jobs:
  one:
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo hi
`);
    expect(definition).toEqual({
      name: 'Deploy',
      runName: 'deploy ${{ github.event.inputs.env }} by ${{ github.actor }}',
      dispatchInputs: {},
      jobs: [
        { name: 'one', labels: ['ubuntu-latest'], steps: ['Run echo hi'] },
      ],
    });
    expect(
      parseWorkflow('on: push\njobs: {}\n').dispatchInputs,
    ).toBeUndefined();
    expect(() => parseWorkflow('on: [push\n')).toThrow(/Invalid workflow file/);
  });

  it('substitutes the expressions known at dispatch time', () => {
    const context = {
      inputs: { env: 'dev' },
      refName: 'main',
      actor: 'portal-bot',
    };
    expect(
      substituteExpressions(
        '${{ inputs.env }}/${{ github.event.inputs.env }}@${{ github.ref_name }} ${{ github.actor }}${{ secrets.X }}',
        context,
      ),
    ).toBe('dev/dev@main portal-bot');
  });

  it('applies defaults and checks choices', () => {
    const declared = {
      env: { required: true, options: ['dev', 'prod'] },
      dry: { required: false, default: 'true' },
    };
    expect(resolveInputs(declared, { env: 'dev' })).toEqual({
      env: 'dev',
      dry: 'true',
    });
    expect(() => resolveInputs(declared, { env: 'qa' })).toThrow(
      /not in the list/,
    );
  });
});

describe('createdFilter', () => {
  const at = (iso: string) => Date.parse(iso);

  it('understands comparisons, ranges and whole days', () => {
    expect(
      createdFilter('>=2024-05-01T10:00:00Z')(at('2024-05-01T10:00:00Z')),
    ).toBe(true);
    expect(createdFilter('>2024-05-01')(at('2024-05-01T23:00:00Z'))).toBe(
      false,
    );
    expect(createdFilter('<2024-05-01')(at('2024-04-30T23:59:59Z'))).toBe(true);
    expect(
      createdFilter('2024-05-01..2024-05-02')(at('2024-05-02T12:00:00Z')),
    ).toBe(true);
    expect(createdFilter('2024-05-01..*')(at('2030-01-01T00:00:00Z'))).toBe(
      true,
    );
    expect(createdFilter('2024-05-01')(at('2024-05-02T00:00:00Z'))).toBe(false);
    expect(() => createdFilter('>=yesterday')).toThrow(
      /Invalid created filter/,
    );
  });
});
