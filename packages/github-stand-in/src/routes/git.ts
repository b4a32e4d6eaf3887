import {
  ApiRequest,
  HandlerContext,
  HandlerTable,
  json,
  noContent,
} from '../http/api';
import { notFound, unprocessable } from '../http/errors';
import { renderBlob, renderCommit, renderRef, renderTree } from '../render/git';
import { resolveCommitish, setRef, signatureOf } from '../state/branches';
import { isoSeconds } from '../state/clock';
import { Signature, TreeChange } from '../state/git';
import { Repository } from '../state/records';

function repoOf(request: ApiRequest, context: HandlerContext): Repository {
  return context.store.requireRepo(request.params.owner, request.params.repo);
}

/** `{ref}` in the git ref routes omits the leading `refs/`. */
function fullRef(ref: string): string {
  return `refs/${ref.replace(/^refs\//, '')}`;
}

interface TreeInput {
  path: string;
  mode: TreeChange['mode'];
  type: TreeChange['type'];
  sha?: string | null;
  content?: string;
}

function toChange(repo: Repository, entry: TreeInput): TreeChange {
  const { path, mode, type } = entry;
  if (!path || path.startsWith('/') || path.endsWith('/')) {
    throw unprocessable(`tree.path "${path}" is not a valid path`);
  }
  if (entry.content !== undefined && entry.sha !== undefined) {
    throw unprocessable(
      'Must supply either tree.sha or tree.content, not both',
    );
  }
  if (entry.content !== undefined) {
    if (type !== 'blob') {
      throw unprocessable('tree.content can only be given for blobs');
    }
    return {
      path,
      mode,
      type,
      sha: repo.git.writeBlob(Buffer.from(entry.content, 'utf8')),
    };
  }
  if (entry.sha === undefined) {
    throw unprocessable('Must supply either tree.sha or tree.content');
  }
  if (
    entry.sha !== null &&
    type !== 'commit' &&
    repo.git.typeOf(entry.sha) !== type
  ) {
    throw unprocessable(`tree.sha ${entry.sha} is not a valid ${type}`);
  }
  return { path, mode, type, sha: entry.sha };
}

function signature(
  input: Partial<Signature> | undefined,
  fallback: Signature,
): Signature {
  return input?.name && input.email
    ? {
        name: input.name,
        email: input.email,
        date: input.date ?? fallback.date,
      }
    : fallback;
}

export const gitRoutes: HandlerTable = {
  'git/create-blob': (request, context) => {
    const repo = repoOf(request, context);
    const { content, encoding = 'utf-8' } = request.body;
    if (encoding !== 'utf-8' && encoding !== 'base64') {
      throw unprocessable(
        `encoding must be "utf-8" or "base64", not "${encoding}"`,
      );
    }
    const sha = repo.git.writeBlob(
      Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'),
    );
    return json(201, {
      sha,
      url: `${context.links.repoApi(repo)}/git/blobs/${sha}`,
    });
  },

  'git/get-blob': (request, context) => {
    const repo = repoOf(request, context);
    const data = repo.git.blob(request.params.file_sha);
    if (!data) {
      throw notFound();
    }
    return json(
      200,
      renderBlob(repo, request.params.file_sha, data, context.links),
    );
  },

  'git/create-tree': (request, context) => {
    const repo = repoOf(request, context);
    const { base_tree: baseTree, tree } = request.body as {
      base_tree?: string;
      tree: TreeInput[];
    };
    if (baseTree && !repo.git.tree(baseTree)) {
      throw unprocessable(`base_tree ${baseTree} is not a valid tree`);
    }
    const sha = repo.git.applyChanges(
      baseTree,
      tree.map(entry => toChange(repo, entry)),
    );
    return json(
      201,
      renderTree(repo, sha, repo.git.flatten(sha, false), context.links),
    );
  },

  'git/get-tree': (request, context) => {
    const repo = repoOf(request, context);
    const wanted = request.params.tree_sha;
    // Like GitHub, accept a tree sha, a commit sha, or a branch or tag name.
    const commitSha = repo.git.tree(wanted)
      ? undefined
      : resolveCommitish(repo, wanted);
    const sha = commitSha ? repo.git.commit(commitSha)!.tree : wanted;
    if (!repo.git.tree(sha)) {
      throw notFound();
    }
    // Any value of `recursive` asks for the whole tree.
    const recursive = request.query.has('recursive');
    return json(
      200,
      renderTree(repo, sha, repo.git.flatten(sha, recursive), context.links),
    );
  },

  'git/create-commit': (request, context) => {
    const repo = repoOf(request, context);
    const {
      message,
      tree,
      parents = [],
      author,
      committer,
    } = request.body as {
      message: string;
      tree: string;
      parents?: string[];
      author?: Partial<Signature>;
      committer?: Partial<Signature>;
    };
    if (!repo.git.tree(tree)) {
      throw unprocessable('Tree SHA does not exist');
    }
    if (parents.some(parent => !repo.git.commit(parent))) {
      throw unprocessable(
        'Parent SHA does not exist or is not a commit object',
      );
    }
    const authorSignature = signature(
      author,
      signatureOf(context.store.viewer, isoSeconds()),
    );
    const commit = {
      tree,
      parents,
      author: authorSignature,
      committer: signature(committer, authorSignature),
      message,
    };
    const sha = repo.git.writeCommit(commit);
    return json(201, renderCommit(repo, sha, commit, context.links));
  },

  'git/get-commit': (request, context) => {
    const repo = repoOf(request, context);
    const commit = repo.git.commit(request.params.commit_sha);
    if (!commit) {
      throw notFound();
    }
    return json(
      200,
      renderCommit(repo, request.params.commit_sha, commit, context.links),
    );
  },

  'git/get-ref': (request, context) => {
    const repo = repoOf(request, context);
    const ref = fullRef(request.params.ref);
    const sha = repo.refs.get(ref);
    if (!sha) {
      throw notFound();
    }
    return json(200, renderRef(repo, ref, sha, context.links));
  },

  'git/list-matching-refs': (request, context) => {
    const repo = repoOf(request, context);
    const prefix = fullRef(request.params.ref);
    const refs = [...repo.refs.entries()]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b));
    return json(
      200,
      refs.map(([name, sha]) => renderRef(repo, name, sha, context.links)),
    );
  },

  'git/create-ref': (request, context) => {
    const repo = repoOf(request, context);
    const { ref, sha } = request.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) {
      throw unprocessable(
        `Reference name "${ref}" must start with "refs/" and have at least two slashes`,
      );
    }
    if (!repo.git.typeOf(sha)) {
      throw unprocessable('Object does not exist');
    }
    if (repo.refs.has(ref)) {
      throw unprocessable('Reference already exists');
    }
    setRef(repo, ref, sha);
    return json(201, renderRef(repo, ref, sha, context.links));
  },

  'git/update-ref': (request, context) => {
    const repo = repoOf(request, context);
    const ref = fullRef(request.params.ref);
    const { sha, force = false } = request.body as {
      sha: string;
      force?: boolean;
    };
    const current = repo.refs.get(ref);
    if (!current) {
      throw unprocessable('Reference does not exist');
    }
    if (!repo.git.commit(sha)) {
      throw unprocessable('Object does not exist');
    }
    if (!force && !repo.git.isAncestor(current, sha)) {
      throw unprocessable('Update is not a fast forward');
    }
    setRef(repo, ref, sha);
    return json(200, renderRef(repo, ref, sha, context.links));
  },

  'git/delete-ref': (request, context) => {
    const repo = repoOf(request, context);
    const ref = fullRef(request.params.ref);
    if (!repo.refs.has(ref)) {
      throw unprocessable('Reference does not exist');
    }
    setRef(repo, ref, undefined);
    return noContent();
  },
};
