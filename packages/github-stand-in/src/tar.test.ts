import { gzipSync } from 'node:zlib';
import { createTar } from './tar';
import { listWithTar, readTarExternally } from './testing/externalTar';

describe('createTar', () => {
  const mtime = new Date('2026-05-04T10:20:30Z');
  const deepDir = `top/${'nested-directory/'.repeat(7)}`;
  const longName = `top/${'x'.repeat(120)}.md`;
  const archive = createTar(
    [
      { path: 'top/', type: 'directory', mode: 0o775 },
      {
        path: 'top/README.md',
        type: 'file',
        mode: 0o664,
        data: Buffer.from('# Hello\n'),
      },
      {
        path: 'top/run.sh',
        type: 'file',
        mode: 0o775,
        data: Buffer.from('#!/bin/sh\n'),
      },
      {
        path: 'top/latest',
        type: 'symlink',
        mode: 0o777,
        linkTarget: 'README.md',
      },
      { path: 'top/émoji-✓.txt', type: 'file', mode: 0o664 },
      { path: deepDir, type: 'directory', mode: 0o775 },
      {
        path: `${deepDir}main.tf`,
        type: 'file',
        mode: 0o664,
        data: Buffer.from('module "net" {}\n'),
      },
      {
        path: longName,
        type: 'file',
        mode: 0o664,
        data: Buffer.alloc(1000, 'a'),
      },
    ],
    { mtime, comment: 'a'.repeat(40) },
  );

  it('is padded to whole 10 KiB records, as tar and git archive write', () => {
    expect(archive.length % 10240).toBe(0);
  });

  it('is read back by Python’s tarfile: names, types, modes, times, contents', () => {
    const { comment, members } = readTarExternally(gzipSync(archive));
    expect(comment).toBe('a'.repeat(40));
    const seconds = mtime.getTime() / 1000;
    expect(members.every(m => m.mtime === seconds)).toBe(true);
    expect(
      members.map(({ name, type, mode, linkname, data }) => ({
        name,
        type,
        mode: mode.toString(8),
        linkname,
        data,
      })),
    ).toEqual([
      { name: 'top', type: '5', mode: '775', linkname: '', data: null },
      {
        name: 'top/README.md',
        type: '0',
        mode: '664',
        linkname: '',
        data: '# Hello\n',
      },
      {
        name: 'top/run.sh',
        type: '0',
        mode: '775',
        linkname: '',
        data: '#!/bin/sh\n',
      },
      {
        name: 'top/latest',
        type: '2',
        mode: '777',
        linkname: 'README.md',
        data: null,
      },
      {
        name: 'top/émoji-✓.txt',
        type: '0',
        mode: '664',
        linkname: '',
        data: '',
      },
      {
        name: deepDir.replace(/\/$/, ''),
        type: '5',
        mode: '775',
        linkname: '',
        data: null,
      },
      {
        name: `${deepDir}main.tf`,
        type: '0',
        mode: '664',
        linkname: '',
        data: 'module "net" {}\n',
      },
      {
        name: longName,
        type: '0',
        mode: '664',
        linkname: '',
        data: 'a'.repeat(1000),
      },
    ]);
  });

  it('is listed by GNU tar, long paths included', () => {
    const listing = listWithTar(archive);
    expect(listing).toContain('top/README.md');
    expect(listing).toContain('top/latest -> README.md');
    expect(listing).toContain(`${deepDir}main.tf`);
    expect(listing).toContain(longName);
    expect(listing).toMatch(
      /^-rwxrwxr-x root\/root +10 2026-05-04 \S+ top\/run\.sh$/m,
    );
  });
});
