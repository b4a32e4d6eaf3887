import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import fs from 'node:fs';
import { writeFiles } from './writeFiles';

const file = (path: string, text = 'x', mode = 0o644) => ({
  path,
  content: Buffer.from(text),
  mode,
});

describe('writeFiles', () => {
  const mockDir = createMockDirectory();
  const workspace = mockDir.resolve('workspace');

  beforeEach(() => {
    mockDir.setContent({ workspace: {}, outside: {} });
  });

  it('writes the files under the target folder with their modes', async () => {
    await writeFiles(workspace, 'infra', [
      file('a/b.tf', 'b'),
      file('run.sh', '#!/bin/sh\n', 0o755),
    ]);
    expect(
      mockDir.content({ path: 'workspace', shouldReadAsText: true }),
    ).toEqual({
      infra: { a: { 'b.tf': 'b' }, 'run.sh': '#!/bin/sh\n' },
    });
    expect(
      fs.statSync(mockDir.resolve('workspace/infra/run.sh')).mode & 0o777,
    ).toBe(0o755);
  });

  it.each([
    ['a target path above the workspace', '..', [file('a')]],
    ['an absolute target path', '/tmp', [file('a')]],
    ['a file path going up', '.', [file('../escape')]],
    ['an absolute file path', '.', [file('/tmp/escape')]],
    ['a NUL in a file path', '.', [file('a\0b')]],
  ])('refuses %s', async (_name, targetPath, files) => {
    await expect(writeFiles(workspace, targetPath, files)).rejects.toThrow(
      InputError,
    );
    expect(mockDir.content({ path: 'outside' })).toEqual({});
  });

  it('does not follow a link left in the workspace', async () => {
    mockDir.addContent({
      'workspace/modules': ({ symlink }) => symlink(mockDir.resolve('outside')),
    });
    await expect(
      writeFiles(workspace, '.', [file('modules/x/main.tf')]),
    ).rejects.toThrow(
      'Cannot write into modules: it exists in the workspace and is not a folder',
    );
    await expect(
      writeFiles(workspace, 'modules', [file('main.tf')]),
    ).rejects.toThrow(InputError);
    expect(mockDir.content({ path: 'outside' })).toEqual({});
  });

  it('does not write through a link in place of a file', async () => {
    mockDir.addContent({
      'workspace/main.tf': ({ symlink }) =>
        symlink(mockDir.resolve('outside/target')),
    });
    await expect(writeFiles(workspace, '.', [file('main.tf')])).rejects.toThrow(
      'Cannot write main.tf: it exists in the workspace and is not a regular file',
    );
    expect(mockDir.content({ path: 'outside' })).toEqual({});
  });
});
