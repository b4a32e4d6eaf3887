import { createHash } from 'node:crypto';

/** Git object ids are computed exactly as git does, so they look and behave real. */

export type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000';

export interface TreeEntry {
  name: string;
  mode: TreeMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

export interface Commit {
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; commit: Commit };

/** A change applied on top of a base tree; `sha: null` deletes the path. */
export interface TreeChange {
  path: string;
  mode: TreeMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string | null;
}

export interface FlatEntry extends TreeEntry {
  path: string;
  size?: number;
}

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(`${type} ${body.length}\0`)
    .update(body)
    .digest('hex');
}

/** git sorts tree entries by name, comparing a subtree as if it ended in `/`. */
function sortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

function gitOrder(entries: TreeEntry[]): TreeEntry[] {
  return [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))),
  );
}

function serializeTree(sorted: TreeEntry[]): Buffer {
  return Buffer.concat(
    sorted.flatMap(entry => [
      // Inside the object a tree's mode has no leading zero.
      Buffer.from(`${entry.mode.replace(/^0/, '')} ${entry.name}\0`),
      Buffer.from(entry.sha, 'hex'),
    ]),
  );
}

function formatSignature(signature: Signature): string {
  const seconds = Math.floor(Date.parse(signature.date) / 1000);
  return `${signature.name} <${signature.email}> ${seconds} +0000`;
}

function serializeCommit(commit: Commit): Buffer {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map(parent => `parent ${parent}`),
    `author ${formatSignature(commit.author)}`,
    `committer ${formatSignature(commit.committer)}`,
    '',
    commit.message,
  ];
  return Buffer.from(lines.join('\n'));
}

/** The object database of one repository. */
export class GitObjects {
  private readonly objects = new Map<string, GitObject>();

  writeBlob(content: Buffer): string {
    const sha = hashObject('blob', content);
    this.objects.set(sha, { type: 'blob', content });
    return sha;
  }

  writeTree(entries: TreeEntry[]): string {
    const sorted = gitOrder(entries);
    const sha = hashObject('tree', serializeTree(sorted));
    this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  writeCommit(commit: Commit): string {
    const sha = hashObject('commit', serializeCommit(commit));
    this.objects.set(sha, { type: 'commit', commit });
    return sha;
  }

  typeOf(sha: string): GitObject['type'] | undefined {
    return this.objects.get(sha)?.type;
  }

  blob(sha: string): Buffer | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'blob' ? object.content : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'tree' ? object.entries : undefined;
  }

  commit(sha: string): Commit | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'commit' ? object.commit : undefined;
  }

  /**
   * Builds a new tree from an optional base and a list of changes whose
   * paths may be nested (`a/b/c.txt`); intermediate trees are created or
   * rewritten, and trees left empty by deletions disappear, as in git.
   */
  applyChanges(baseTree: string | undefined, changes: TreeChange[]): string {
    const entries = new Map<string, TreeEntry>(
      (baseTree ? this.tree(baseTree) ?? [] : []).map(e => [e.name, e]),
    );
    const nested = new Map<string, TreeChange[]>();
    for (const change of changes) {
      const [head, ...rest] = change.path.split('/');
      if (rest.length > 0) {
        const list = nested.get(head) ?? [];
        list.push({ ...change, path: rest.join('/') });
        nested.set(head, list);
      } else if (change.sha === null) {
        entries.delete(head);
      } else {
        entries.set(head, {
          name: head,
          mode: change.mode,
          type: change.type,
          sha: change.sha,
        });
      }
    }
    for (const [name, subChanges] of nested) {
      const existing = entries.get(name);
      const base = existing?.type === 'tree' ? existing.sha : undefined;
      const sha = this.applyChanges(base, subChanges);
      if (this.tree(sha)!.length === 0) {
        entries.delete(name);
      } else {
        entries.set(name, { name, mode: '040000', type: 'tree', sha });
      }
    }
    return this.writeTree([...entries.values()]);
  }

  /** Every entry below a tree, depth first, with full paths. */
  flatten(treeSha: string, recursive = true, prefix = ''): FlatEntry[] {
    const result: FlatEntry[] = [];
    for (const entry of this.tree(treeSha) ?? []) {
      const path = `${prefix}${entry.name}`;
      result.push({ ...entry, path, size: this.blob(entry.sha)?.length });
      if (recursive && entry.type === 'tree') {
        result.push(...this.flatten(entry.sha, true, `${path}/`));
      }
    }
    return result;
  }

  /** The entry at a path inside a tree; the empty path is the tree itself. */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter(Boolean);
    let current: TreeEntry = {
      name: '',
      mode: '040000',
      type: 'tree',
      sha: treeSha,
    };
    for (const part of parts) {
      const next = this.tree(current.sha)?.find(e => e.name === part);
      if (!next) {
        return undefined;
      }
      current = next;
    }
    return current;
  }

  /** True when `ancestor` is reachable from `descendant` through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const pending = [descendant];
    while (pending.length > 0) {
      const sha = pending.pop()!;
      if (sha === ancestor) {
        return true;
      }
      if (!seen.has(sha)) {
        seen.add(sha);
        pending.push(...(this.commit(sha)?.parents ?? []));
      }
    }
    return false;
  }
}
