export type Severity = 'error' | 'warning';

/** One problem a checker found. `file` is relative to the validated folder. */
export interface Finding {
  checker: string;
  file: string;
  line?: number;
  message: string;
  severity: Severity;
}

/** What a checker reports about a finding; the runner adds the checker's id. */
export type CheckerFinding = Omit<Finding, 'checker' | 'severity'> & {
  severity?: Severity;
};

export type CheckStatus = 'passed' | 'failed' | 'skipped';

/** The outcome of one checker: `files` is how many files it looked at. */
export interface CheckResult {
  checker: string;
  status: CheckStatus;
  files: number;
  reason?: string;
}

/** The part of a manifest entry (from `iac:render`) the validators read. */
export interface ManifestEntry {
  name: string;
  /** Absent, with `tfType`, for a resource OpenTofu does not create. */
  module?: string;
  tfType?: string;
}

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface HclParseResult {
  /** The parsed body in OpenTofu's JSON form, when the file parsed. */
  body?: Record<string, unknown>;
  /** Syntax errors, when it did not. */
  errors: CheckerFinding[];
}

/** What a checker gets to work with. Reads and parses are cached across checkers. */
export interface CheckerContext {
  /** Absolute path of the validated folder. */
  root: string;
  /** Every file of the validated folder, relative, sorted. */
  files: string[];
  manifest?: ManifestEntry[];
  read(file: string): Promise<string>;
  parseHcl(file: string): Promise<HclParseResult>;
  /** Absolute path of a command on the configured search path, if it is there. */
  which(command: string): string | undefined;
  /**
   * Runs a command (a name found by `which`, or an absolute path) without a shell and with a
   * clean environment, in `cwd` (absolute, or relative to the validated folder; default the
   * validated folder), with `input` as its standard input (default none).
   */
  run(
    command: string,
    args: string[],
    options?: { cwd?: string; input?: string },
  ): Promise<ToolResult>;
  /** A new empty folder, removed when the validation ends. */
  tempDir(): Promise<string>;
}

/** A skipped check and why (a tool that is not installed, an input that was not given). */
export interface Skipped {
  skipped: string;
}

/** Findings of a check that could only look at part of its files, and why. */
export interface PartlyChecked {
  findings: CheckerFinding[];
  note: string;
}

export interface Checker {
  id: string;
  /** Short name for the summary table. */
  title: string;
  /** The files the checker looks at; it is skipped when there are none (or when it says so). */
  select(ctx: CheckerContext): string[] | Skipped | Promise<string[] | Skipped>;
  check(
    files: string[],
    ctx: CheckerContext,
  ): Promise<CheckerFinding[] | Skipped | PartlyChecked>;
}
