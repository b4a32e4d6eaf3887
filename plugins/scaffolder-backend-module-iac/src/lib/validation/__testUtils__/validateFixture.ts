import {
  createMockDirectory,
  MockDirectoryContent,
} from '@backstage/backend-test-utils';
import { runValidation, ValidationReport } from '../runValidation';
import { which } from '../tools';
import { Finding, ManifestEntry } from '../types';

/** True when a command-line checker's command is installed on this machine. */
export function installed(command: string): boolean {
  return which(command, process.env.PATH ?? '') !== undefined;
}

/**
 * A mock folder for checker tests: `validate(content, checkers)` writes the content and runs the
 * named checkers on it with the machine's PATH (or the given search path).
 */
export function validationFixture() {
  const mockDir = createMockDirectory();
  return {
    mockDir,
    async validate(
      content: MockDirectoryContent,
      checkerIds?: string[],
      options: { searchPath?: string; manifest?: ManifestEntry[] } = {},
    ): Promise<ValidationReport> {
      mockDir.setContent(content);
      return runValidation({
        root: mockDir.path,
        checkerIds,
        manifest: options.manifest,
        searchPath: options.searchPath ?? process.env.PATH ?? '',
        timeoutMs: 120_000,
      });
    },
  };
}

/**
 * For a command-line checker: when its command is installed, the check ran and reported
 * exactly `expected`; when it is not, the check was skipped.
 */
export function expectToolOutcome(
  report: ValidationReport,
  command: string,
  expected: Array<Partial<Finding>>,
): void {
  if (installed(command)) {
    expect(report.checks.map(c => c.status)).toEqual([
      expected.length ? 'failed' : 'passed',
    ]);
    expect(report.findings).toEqual(
      expected.map(f => expect.objectContaining(f)),
    );
  } else {
    expect(report.checks.map(c => c.status)).toEqual(['skipped']);
    expect(report.checks[0].reason).toMatch(/is not installed/);
  }
}
