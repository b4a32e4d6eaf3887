/**
 * A minimal tar writer (POSIX ustar with pax headers), enough for the
 * repository archives GitHub hands out: it writes what `git archive` writes,
 * including the global header carrying the commit id. Readers such as GNU tar,
 * Python's tarfile and node-tar accept it.
 */

export interface TarEntry {
  /** Directories end in `/`. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  data?: Buffer;
  /** The target of a symlink. */
  linkTarget?: string;
}

export interface TarOptions {
  /** Every entry's modification time, as git archive uses the commit's. */
  mtime: Date;
  /** Written in a pax global header, as git archive writes the commit id there. */
  comment?: string;
}

const BLOCK = 512;
/** tar's default blocking factor: archives are padded to 20 blocks. */
const RECORD = 20 * BLOCK;

const TYPE_FLAGS: Record<TarEntry['type'], string> = {
  file: '0',
  directory: '5',
  symlink: '2',
};

function writeText(
  header: Buffer,
  offset: number,
  length: number,
  value: string,
) {
  Buffer.from(value, 'utf8').copy(header, offset, 0, length);
}

function writeOctal(
  header: Buffer,
  offset: number,
  length: number,
  value: number,
) {
  writeText(
    header,
    offset,
    length,
    `${value.toString(8).padStart(length - 1, '0')}\0`,
  );
}

function headerBlock(fields: {
  name: string;
  prefix?: string;
  mode: number;
  size: number;
  mtime: number;
  typeFlag: string;
  linkName?: string;
}): Buffer {
  const block = Buffer.alloc(BLOCK);
  writeText(block, 0, 100, fields.name);
  writeOctal(block, 100, 8, fields.mode);
  writeOctal(block, 108, 8, 0); // uid
  writeOctal(block, 116, 8, 0); // gid
  writeOctal(block, 124, 12, fields.size);
  writeOctal(block, 136, 12, fields.mtime);
  block.fill(' ', 148, 156); // the checksum counts as spaces while summing
  writeText(block, 156, 1, fields.typeFlag);
  writeText(block, 157, 100, fields.linkName ?? '');
  writeText(block, 257, 6, 'ustar\0');
  writeText(block, 263, 2, '00');
  writeText(block, 265, 32, 'root');
  writeText(block, 297, 32, 'root');
  writeOctal(block, 329, 8, 0); // device major
  writeOctal(block, 337, 8, 0); // device minor
  writeText(block, 345, 155, fields.prefix ?? '');
  let sum = 0;
  for (const byte of block) {
    sum += byte;
  }
  writeText(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % BLOCK;
  return rest === 0 ? [data] : [data, Buffer.alloc(BLOCK - rest)];
}

/** One pax record, `<length> <key>=<value>\n`, where the length counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  length += String(length).length;
  if (String(length).length + Buffer.byteLength(body) !== length) {
    length += 1;
  }
  return `${length}${body}`;
}

function paxEntry(
  name: string,
  typeFlag: 'g' | 'x',
  records: Record<string, string>,
  mtime: number,
): Buffer[] {
  const data = Buffer.from(
    Object.entries(records)
      .map(([key, value]) => paxRecord(key, value))
      .join(''),
    'utf8',
  );
  return [
    headerBlock({ name, mode: 0o666, size: data.length, mtime, typeFlag }),
    ...padded(data),
  ];
}

/** ustar keeps a path in `name` (100 bytes), or split at a `/` into `prefix` (155) and `name`. */
function splitPath(
  path: string,
): { name: string; prefix?: string } | undefined {
  if (Buffer.byteLength(path) <= 100) {
    return { name: path };
  }
  // A directory's trailing slash stays with its name.
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (
      name !== '' &&
      name !== '/' &&
      Buffer.byteLength(prefix) <= 155 &&
      Buffer.byteLength(name) <= 100
    ) {
      return { name, prefix };
    }
  }
  return undefined;
}

export function createTar(entries: TarEntry[], options: TarOptions): Buffer {
  const mtime = Math.floor(options.mtime.getTime() / 1000);
  const parts: Buffer[] = [];
  if (options.comment !== undefined) {
    parts.push(
      ...paxEntry(
        'pax_global_header',
        'g',
        { comment: options.comment },
        mtime,
      ),
    );
  }
  for (const entry of entries) {
    const data =
      entry.type === 'file' ? entry.data ?? Buffer.alloc(0) : undefined;
    const linkName = entry.linkTarget ?? '';
    const split = splitPath(entry.path);
    const pax: Record<string, string> = {};
    if (!split) {
      pax.path = entry.path;
    }
    if (Buffer.byteLength(linkName) > 100) {
      pax.linkpath = linkName;
    }
    if (Object.keys(pax).length > 0) {
      const base = entry.path.replace(/\/$/, '').split('/').pop()!;
      parts.push(
        ...paxEntry(`PaxHeaders/${base}`.slice(0, 100), 'x', pax, mtime),
      );
    }
    parts.push(
      headerBlock({
        ...(split ?? { name: entry.path }),
        mode: entry.mode,
        size: data?.length ?? 0,
        mtime,
        typeFlag: TYPE_FLAGS[entry.type],
        linkName,
      }),
    );
    if (data) {
      parts.push(...padded(data));
    }
  }
  // Two empty blocks end the archive; the whole is padded to full records.
  const body = Buffer.concat([...parts, Buffer.alloc(2 * BLOCK)]);
  const rest = body.length % RECORD;
  return rest === 0 ? body : Buffer.concat([body, Buffer.alloc(RECORD - rest)]);
}
