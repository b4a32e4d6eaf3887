import execa from 'execa';
import fs from 'node:fs';
import path from 'node:path';
import { ToolResult } from './types';

/** Finds an executable on a search path (a PATH-style list of folders). */
export function which(command: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) {
        return candidate;
      }
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * Runs a command-line checker: no shell (arguments are passed as they are), a clean environment
 * holding only the search path (no backend secrets reach the tool), the given input or none, and
 * a time limit.
 */
export async function runTool(
  executable: string,
  args: string[],
  options: {
    cwd: string;
    searchPath: string;
    timeoutMs: number;
    input?: string;
  },
): Promise<ToolResult> {
  const result = await execa(executable, args, {
    cwd: options.cwd,
    env: { PATH: options.searchPath },
    extendEnv: false,
    shell: false,
    reject: false,
    timeout: options.timeoutMs,
    ...(options.input === undefined
      ? { stdin: 'ignore' }
      : { input: options.input }),
  });
  return {
    exitCode: result.exitCode ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.timedOut,
  };
}
