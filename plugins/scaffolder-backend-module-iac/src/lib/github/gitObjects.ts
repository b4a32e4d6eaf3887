import { createHash } from 'node:crypto';

/** The id git gives a file's content, so unchanged files can be skipped without a request. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1')
    .update(`blob ${content.length}\0`)
    .update(content)
    .digest('hex');
}

/** Heuristic git itself uses: a NUL byte in the first 8000 bytes means binary. */
export function isBinary(content: Buffer): boolean {
  const head = content.subarray(0, 8000);
  if (head.includes(0)) return true;
  // Text sent inline in a tree must be valid UTF-8 or it would be altered in transit.
  return !Buffer.from(content.toString('utf8'), 'utf8').equals(content);
}
