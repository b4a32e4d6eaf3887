import { checkers } from './checkers';
import { findingsText, validationSummary } from './summary';
import { CheckResult, Finding } from './types';

const checks: CheckResult[] = [
  { checker: 'hcl', status: 'failed', files: 3 },
  {
    checker: 'shellcheck',
    status: 'skipped',
    files: 1,
    reason: 'shellcheck is not installed',
  },
  { checker: 'catalog-info', status: 'passed', files: 1 },
];

const findings: Finding[] = [
  {
    checker: 'hcl',
    file: 'environments/dev/main.tf',
    line: 3,
    message: 'Invalid expression; Expected the start of an expression',
    severity: 'error',
  },
  {
    checker: 'hcl',
    file: 'modules/app/[x].tf',
    message: 'a <b>|pipe</b>',
    severity: 'warning',
  },
];

describe('validation summary', () => {
  it('reads as a Markdown report for a pull request', () => {
    expect(validationSummary(checks, findings, checkers)).toBe(
      [
        '### Validation: 2 problems found',
        '',
        '| Check | Result | Files | Problems |',
        '|---|---|---|---|',
        '| HCL syntax | ❌ failed | 3 | 2 |',
        '| Shell scripts \\(shellcheck\\) | ⏭️ skipped (shellcheck is not installed) | 1 | 0 |',
        '| Catalog entities | ✅ passed | 1 | 0 |',
        '',
        '#### Problems',
        '',
        '- **environments&#47;dev&#47;main\\.tf&#58;3** (hcl): Invalid expression&#59; Expected the start of an expression',
        '- **modules&#47;app&#47;\\[x\\]\\.tf** (hcl, warning): a &#60;b\\>&#124;pipe&#60;&#47;b\\>',
        '',
      ].join('\n'),
    );
  });

  it('says so when everything passed', () => {
    expect(validationSummary(checks.slice(2), [], checkers)).toMatch(
      /^### Validation: all checks passed\n/,
    );
  });

  it('lists every finding as file:line: message for the step error', () => {
    expect(findingsText(findings)).toBe(
      [
        'Validation found 2 problems:',
        '  environments/dev/main.tf:3: Invalid expression; Expected the start of an expression (hcl)',
        '  modules/app/[x].tf: a <b>|pipe</b> (hcl)',
      ].join('\n'),
    );
  });
});
