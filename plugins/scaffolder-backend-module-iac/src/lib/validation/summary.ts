import { toMarkdown } from '../templating';
import { CheckResult, Checker, Finding } from './types';

function location(finding: Finding): string {
  return finding.line ? `${finding.file}:${finding.line}` : finding.file;
}

const STATUS = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

/** A Markdown report of the validation, suitable for a pull request body. */
export function validationSummary(
  checks: CheckResult[],
  findings: Finding[],
  checkers: Checker[],
): string {
  const title = (id: string) => checkers.find(c => c.id === id)?.title ?? id;
  const count = (id: string) => findings.filter(f => f.checker === id).length;
  const lines = [
    findings.length
      ? `### Validation: ${findings.length} problem${
          findings.length === 1 ? '' : 's'
        } found`
      : '### Validation: all checks passed',
    '',
    '| Check | Result | Files | Problems |',
    '|---|---|---|---|',
    ...checks.map(c => {
      const result = c.reason
        ? `${STATUS[c.status]} (${toMarkdown(c.reason)})`
        : STATUS[c.status];
      return `| ${toMarkdown(title(c.checker))} | ${result} | ${
        c.files
      } | ${count(c.checker)} |`;
    }),
  ];
  if (findings.length) {
    lines.push(
      '',
      '#### Problems',
      '',
      ...findings.map(
        f =>
          `- **${toMarkdown(location(f))}** (${toMarkdown(f.checker)}${
            f.severity === 'warning' ? ', warning' : ''
          }): ${toMarkdown(f.message)}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One line per finding, for the error that fails the step. */
export function findingsText(findings: Finding[]): string {
  return [
    `Validation found ${findings.length} problem${
      findings.length === 1 ? '' : 's'
    }:`,
    ...findings.map(f => `  ${location(f)}: ${f.message} (${f.checker})`),
  ].join('\n');
}
