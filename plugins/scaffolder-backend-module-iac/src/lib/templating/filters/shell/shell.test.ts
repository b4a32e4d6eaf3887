import { createMockDirectory } from '@backstage/backend-test-utils';
import execa from 'execa';
import fs from 'node:fs';
import { hostileStrings } from '../__testUtils__/hostileStrings';
import { toShell } from './shell';
import { shellCases } from './shell.examples';

// Runs the words through a real POSIX shell (`sh -c`), which prints each argument followed by a
// NUL byte, so the test sees exactly the arguments the shell built.
async function shellArguments(words: string): Promise<string[]> {
  const { stdout } = await execa('sh', ['-c', `printf '%s\\0' ${words}`], {
    stripFinalNewline: false,
  });
  return stdout.split('\u0000').slice(0, -1);
}

describe('shell filter', () => {
  const mockDir = createMockDirectory();

  it.each(shellCases)('$description', ({ input, output }) => {
    expect(toShell(input)).toBe(output);
  });

  it('gives back every hostile string as one argument, with nothing executed', async () => {
    const canary = mockDir.resolve('ran');
    const strings = [
      // No shell argument can hold a NUL; the filter refuses it (tested below).
      ...hostileStrings().map(s => s.split('\u0000').join('')),
      `$(touch ${canary})`,
      `\`touch ${canary}\``,
      `'; touch ${canary}; '`,
      `"; touch ${canary}; "`,
    ];
    expect(await shellArguments(strings.map(toShell).join(' '))).toEqual(
      strings,
    );
    expect(fs.existsSync(canary)).toBe(false);
  });

  it('writes a list as one argument per item, and numbers and booleans as text', async () => {
    expect(await shellArguments(toShell(['a b', "c'd", 3, true]))).toEqual([
      'a b',
      "c'd",
      '3',
      'true',
    ]);
  });

  it.each([
    ['undefined', undefined, /undefined value/],
    ['null', null, /cannot write null/],
    ['an object', { a: 1 }, /cannot write an object/],
    ['a NUL character', 'a\u0000b', /NUL character/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => toShell(value)).toThrow(message);
  });
});
