import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads a ZIP archive with Python's zipfile, an independent implementation,
 * so tests prove the archives are valid and not merely self-consistent.
 * `testzip()` checks every entry's CRC-32.
 */
const READER = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        raise SystemExit("bad CRC in " + bad)
    print(json.dumps({i.filename: z.read(i.filename).decode("utf-8") for i in z.infolist()}))
`;

export function readZipExternally(
  data: Buffer | ArrayBuffer,
): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'stand-in-zip-'));
  try {
    const file = join(dir, 'archive.zip');
    writeFileSync(file, Buffer.from(data as ArrayBuffer));
    return JSON.parse(
      execFileSync('python3', ['-c', READER, file], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `unzip -l`: the listing as the Info-ZIP tool prints it. */
export function listWithUnzip(data: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'stand-in-zip-'));
  try {
    const file = join(dir, 'archive.zip');
    writeFileSync(file, data);
    return execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
