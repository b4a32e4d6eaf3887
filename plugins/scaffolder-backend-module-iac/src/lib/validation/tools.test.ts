import { createMockDirectory } from '@backstage/backend-test-utils';
import { runTool, which } from './tools';

describe('command-line tools', () => {
  const mockDir = createMockDirectory();
  const searchPath = process.env.PATH ?? '';

  it('finds commands on the search path only', () => {
    expect(which('sh', searchPath)).toMatch(/\/sh$/);
    expect(which('sh', '')).toBeUndefined();
    expect(which('no-such-command-here', searchPath)).toBeUndefined();
  });

  it('runs without a shell and with an environment holding only the search path', async () => {
    process.env.IAC_VALIDATE_TEST_SECRET = 'do-not-pass';
    try {
      const env = await runTool(which('env', searchPath)!, [], {
        cwd: mockDir.path,
        searchPath,
        timeoutMs: 10_000,
      });
      expect(env.stdout.split('\n')).toEqual([`PATH=${searchPath}`]);

      const printf = await runTool(
        which('printf', searchPath)!,
        ['%s|', '$(id)', '; echo no'],
        {
          cwd: mockDir.path,
          searchPath,
          timeoutMs: 10_000,
        },
      );
      expect(printf.stdout).toBe('$(id)|; echo no|');
    } finally {
      delete process.env.IAC_VALIDATE_TEST_SECRET;
    }
  });

  it('stops a command at the time limit', async () => {
    const result = await runTool(which('sleep', searchPath)!, ['5'], {
      cwd: mockDir.path,
      searchPath,
      timeoutMs: 100,
    });
    expect(result.timedOut).toBe(true);
  });
});
