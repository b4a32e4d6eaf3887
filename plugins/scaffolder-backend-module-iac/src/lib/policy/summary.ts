import { markdownText } from '../markdown/escape';
import type { RuleResult, Violation } from './types';

/** An accepted override of the gate: who asked, why, and which rules it covers. */
export interface AppliedOverride {
  by?: string;
  reason: string;
  rules: string[];
}

const STATUS = {
  passed: '✅ passed',
  failed: '❌ failed',
  'not-applicable': '➖ not applicable',
};

function location(violation: Violation): string {
  if (!violation.file) return '';
  return violation.line
    ? `${violation.file}:${violation.line}`
    : violation.file;
}

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** A Markdown report of every rule's result, the violations and any override, for a pull request body. */
export function policySummary(
  results: RuleResult[],
  override?: AppliedOverride,
): string {
  const violations = results.flatMap(r => r.violations);
  const heading = violations.length
    ? `### Policy: ${plural(violations.length, 'violation')}${
        override ? ', overridden' : ''
      }`
    : '### Policy: all rules passed';
  const lines = [
    heading,
    '',
    '| Rule | Result | Resources checked | Violations |',
    '|---|---|---|---|',
    ...results.map(r => {
      const overridden =
        r.status === 'failed' && override?.rules.includes(r.rule);
      return `| ${markdownText(r.title)} (${markdownText(r.rule)}) | ${
        STATUS[r.status]
      }${overridden ? ' (overridden)' : ''} | ${r.checked} | ${
        r.violations.length
      } |`;
    }),
  ];
  if (violations.length) {
    lines.push(
      '',
      '#### Violations',
      '',
      ...violations.map(v => {
        const where = location(v);
        const resource = v.resource ? `, ${markdownText(v.resource)}` : '';
        return `- ${where ? `**${markdownText(where)}** ` : ''}(${markdownText(
          v.rule,
        )}${resource}): ${markdownText(v.message)}`;
      }),
    );
  }
  if (override) {
    lines.push(
      '',
      '#### Override',
      '',
      `⚠️ The policy gate was overridden by ${markdownText(
        override.by ?? 'an unknown user',
      )} for ${markdownText(override.rules.join(', '))}.`,
      '',
      `Reason: ${markdownText(override.reason)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One line per violation, for the error that fails the step. */
export function violationsText(violations: Violation[]): string {
  return [
    `The policy check found ${plural(violations.length, 'violation')}:`,
    ...violations.map(v => {
      const where = location(v);
      return `  ${where ? `${where}: ` : ''}${v.message} (${v.rule})`;
    }),
  ].join('\n');
}
