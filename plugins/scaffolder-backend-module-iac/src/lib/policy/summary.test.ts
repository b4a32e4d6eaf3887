import { policySummary, violationsText } from './summary';
import type { RuleResult } from './types';

const results: RuleResult[] = [
  {
    rule: 'no-public-buckets',
    title: 'No public buckets',
    status: 'passed',
    checked: 2,
    violations: [],
  },
  {
    rule: 'required-tags',
    title: 'Required tags',
    status: 'failed',
    checked: 3,
    violations: [
      {
        rule: 'required-tags',
        resource: 'shop-prod-db',
        file: 'modules/db/main.tf',
        line: 7,
        message: 'aws_db_instance.this in live/prod/db: tags lack cost-center',
      },
    ],
  },
  {
    rule: 'instance-types',
    title: 'Instance types',
    status: 'not-applicable',
    checked: 0,
    violations: [],
  },
];

describe('policySummary', () => {
  it("lists every rule's result and each violation", () => {
    expect(policySummary(results)).toBe(
      [
        '### Policy: 1 violation',
        '',
        '| Rule | Result | Resources checked | Violations |',
        '|---|---|---|---|',
        '| No public buckets (no-public-buckets) | ✅ passed | 2 | 0 |',
        '| Required tags (required-tags) | ❌ failed | 3 | 1 |',
        '| Instance types (instance-types) | ➖ not applicable | 0 | 0 |',
        '',
        '#### Violations',
        '',
        '- **modules/db/main.tf:7** (required-tags, shop-prod-db): aws\\_db\\_instance.this in live/prod/db: tags lack cost-center',
        '',
      ].join('\n'),
    );
  });

  it('records an override with who asked and why, without letting the reason add markup', () => {
    const summary = policySummary(results, {
      by: 'user:default/jane',
      reason: 'Tags come from <b>the</b> [billing](http://x) team\n# next week',
      rules: ['required-tags'],
    });
    expect(summary).toContain('### Policy: 1 violation, overridden');
    expect(summary).toContain('| ❌ failed (overridden) | 3 | 1 |');
    expect(summary).toContain(
      '⚠️ The policy gate was overridden by user:default/jane for required-tags.',
    );
    expect(summary).toContain(
      'Reason: Tags come from \\<b\\>the\\</b\\> \\[billing\\](http://x) team \\# next week',
    );
  });

  it('says so when every rule passed', () => {
    expect(policySummary([results[0]])).toMatch(
      /^### Policy: all rules passed\n/,
    );
  });
});

describe('violationsText', () => {
  it('gives one line per violation with its place and rule', () => {
    expect(violationsText(results[1].violations)).toBe(
      [
        'The policy check found 1 violation:',
        '  modules/db/main.tf:7: aws_db_instance.this in live/prod/db: tags lack cost-center (required-tags)',
      ].join('\n'),
    );
  });
});
