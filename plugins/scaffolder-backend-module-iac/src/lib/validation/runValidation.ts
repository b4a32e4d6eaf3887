import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkers as allCheckers } from './checkers';
import { collectFiles } from './collectFiles';
import { parseHcl } from './hclParse';
import { runTool, which } from './tools';
import {
  CheckResult,
  Checker,
  CheckerContext,
  CheckerFinding,
  Finding,
  HclParseResult,
  ManifestEntry,
  PartlyChecked,
  Skipped,
} from './types';

export interface ValidationOptions {
  /** Absolute path of the folder to validate. */
  root: string;
  /** Ids of the checkers to run (default: all). */
  checkerIds?: string[];
  manifest?: ManifestEntry[];
  /** PATH-style list of folders where command-line checkers are looked up. */
  searchPath: string;
  /** Time limit of one command-line checker run. */
  timeoutMs: number;
}

export interface ValidationReport {
  passed: boolean;
  findings: Finding[];
  checks: CheckResult[];
  /** The checkers that ran, for titles in the summary. */
  checkers: Checker[];
}

function memo<T>(
  load: (key: string) => Promise<T>,
): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return key => {
    if (!cache.has(key)) cache.set(key, load(key));
    return cache.get(key)!;
  };
}

const isSkipped = (value: unknown): value is Skipped =>
  typeof value === 'object' && value !== null && 'skipped' in value;

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.checker.localeCompare(b.checker)
  );
}

async function runChecker(
  checker: Checker,
  ctx: CheckerContext,
): Promise<{ check: CheckResult; findings: Finding[] }> {
  const skip = (files: number, reason: string) => ({
    check: { checker: checker.id, status: 'skipped' as const, files, reason },
    findings: [],
  });
  const files = await checker.select(ctx);
  if (isSkipped(files)) return skip(0, files.skipped);
  if (!files.length) return skip(0, 'no files to check');
  let outcome: CheckerFinding[] | Skipped | PartlyChecked;
  try {
    outcome = await checker.check(files, ctx);
  } catch (error) {
    // A checker that breaks is reported as a failure rather than hiding the other checks.
    outcome = [
      {
        file: '.',
        message: `the ${checker.id} check could not run: ${
          (error as Error).message
        }`,
      },
    ];
  }
  if (isSkipped(outcome)) return skip(files.length, outcome.skipped);
  const note = Array.isArray(outcome) ? undefined : outcome.note;
  const findings = (Array.isArray(outcome) ? outcome : outcome.findings).map(
    (f): Finding => ({
      checker: checker.id,
      file: f.file,
      ...(f.line !== undefined && { line: f.line }),
      message: f.message,
      severity: f.severity ?? 'error',
    }),
  );
  return {
    check: {
      checker: checker.id,
      status: findings.length ? 'failed' : 'passed',
      files: files.length,
      ...(note && { reason: note }),
    },
    findings,
  };
}

/** Runs the checkers over a folder and collects their findings. */
export async function runValidation(
  options: ValidationOptions,
): Promise<ValidationReport> {
  const root = await fs.realpath(options.root);
  const tempDirs: string[] = [];
  const read = memo(file => fs.readFile(path.join(root, file), 'utf8'));
  const ctx: CheckerContext = {
    root,
    files: await collectFiles(root),
    manifest: options.manifest,
    read,
    parseHcl: memo<HclParseResult>(async file =>
      parseHcl(file, await read(file)),
    ),
    which: command => which(command, options.searchPath),
    async run(command, args, runOptions) {
      const executable = path.isAbsolute(command)
        ? command
        : which(command, options.searchPath);
      if (!executable) throw new Error(`${command} is not installed`);
      return runTool(executable, args, {
        cwd: path.resolve(root, runOptions?.cwd ?? '.'),
        searchPath: options.searchPath,
        timeoutMs: options.timeoutMs,
        input: runOptions?.input,
      });
    },
    async tempDir() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iac-validate-'));
      tempDirs.push(dir);
      return dir;
    },
  };

  const selected = options.checkerIds
    ? allCheckers.filter(c => options.checkerIds!.includes(c.id))
    : allCheckers;
  try {
    const results = await Promise.all(
      selected.map(checker => runChecker(checker, ctx)),
    );
    const findings = results.flatMap(r => r.findings).sort(compareFindings);
    return {
      passed: findings.length === 0,
      findings,
      checks: results.map(r => r.check),
      checkers: selected,
    };
  } finally {
    await Promise.all(
      tempDirs.map(dir => fs.rm(dir, { recursive: true, force: true })),
    );
  }
}
