/**
 * Numeric ids per kind of record. Each kind starts in its own range, so a
 * caller that mixes up a run id with a job id or a run number gets a 404
 * instead of a lucky match.
 */
const FIRST_ID = {
  account: 1_001,
  repository: 500_001,
  pull: 2_000_001,
  label: 3_000_001,
  comment: 4_000_001,
  workflow: 5_000_001,
  run: 10_000_001,
  job: 20_000_001,
  artifact: 30_000_001,
} as const;

export type IdKind = keyof typeof FIRST_ID;

/** GraphQL-style global ids such as `R_kgDOAAB` (the prefix names the type). */
const NODE_PREFIX: Record<IdKind, string> = {
  account: 'U_kgDO',
  repository: 'R_kgDO',
  pull: 'PR_kwDO',
  label: 'LA_kwDO',
  comment: 'IC_kwDO',
  workflow: 'W_kwDO',
  run: 'WFR_kwLO',
  job: 'CR_kwDO',
  artifact: 'MDg6QXJ0aWZhY3Q',
};

export class IdSequence {
  private readonly next = new Map<IdKind, number>();

  take(kind: IdKind): { id: number; nodeId: string } {
    const id = this.next.get(kind) ?? FIRST_ID[kind];
    this.next.set(kind, id + 1);
    return { id, nodeId: nodeIdFor(kind, id) };
  }
}

export function nodeIdFor(kind: IdKind, id: number): string {
  return `${NODE_PREFIX[kind]}${Buffer.from(String(id)).toString('base64url')}`;
}
