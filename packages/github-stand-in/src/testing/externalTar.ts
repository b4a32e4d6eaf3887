import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExternalTarMember {
  name: string;
  /** tar's type flag: `0` file, `5` directory, `2` symlink. */
  type: string;
  mode: number;
  mtime: number;
  linkname: string;
  /** UTF-8 content of a file, null for other members. */
  data: string | null;
}

/**
 * Reads a (gzipped) tar archive with Python's tarfile, an independent
 * implementation, so tests prove the archives are valid and not merely
 * self-consistent. `comment` is the pax global header's, where git archive
 * writes the commit id.
 */
const READER = `
import json, sys, tarfile
with tarfile.open(sys.argv[1], "r:*") as t:
    members = [{
        "name": m.name,
        "type": m.type.decode(),
        "mode": m.mode,
        "mtime": m.mtime,
        "linkname": m.linkname,
        "data": t.extractfile(m).read().decode("utf-8") if m.isfile() else None,
    } for m in t.getmembers()]
    print(json.dumps({"comment": t.pax_headers.get("comment"), "members": members}))
`;

function withArchive<T>(
  data: Buffer | ArrayBuffer,
  use: (file: string) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), 'stand-in-tar-'));
  try {
    const file = join(dir, 'archive.tar.gz');
    writeFileSync(file, Buffer.from(data as ArrayBuffer));
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readTarExternally(data: Buffer | ArrayBuffer): {
  comment: string | null;
  members: ExternalTarMember[];
} {
  return withArchive(data, file =>
    JSON.parse(
      execFileSync('python3', ['-c', READER, file], { encoding: 'utf8' }),
    ),
  );
}

/** `tar -tv`: the listing as GNU tar prints it (it detects the compression itself). */
export function listWithTar(data: Buffer | ArrayBuffer): string {
  return withArchive(data, file =>
    execFileSync('tar', ['-tvf', file], { encoding: 'utf8' }),
  );
}
