import { notFound } from '../http/errors';
import { resolveCommitish } from '../state/branches';
import { isoSeconds } from '../state/clock';
import { IdSequence } from '../state/ids';
import { Repository, Workflow } from '../state/records';
import { parseWorkflow, WorkflowDefinition } from './workflowFile';

export const WORKFLOWS_DIR = '.github/workflows';

/** The text of a file at a commit, if it exists. */
export function fileAt(
  repo: Repository,
  commitSha: string,
  path: string,
): string | undefined {
  const commit = repo.git.commit(commitSha);
  const entry = commit && repo.git.lookup(commit.tree, path);
  return entry?.type === 'blob'
    ? repo.git.blob(entry.sha)!.toString('utf8')
    : undefined;
}

/** The workflow definition at a commit, when the file exists there. */
export function definitionAt(
  repo: Repository,
  commitSha: string,
  workflow: Workflow,
): WorkflowDefinition | undefined {
  const text = fileAt(repo, commitSha, workflow.path);
  return text === undefined ? undefined : parseWorkflow(text);
}

/**
 * The workflow record for a file, created on first sight so its id stays
 * stable. Its name comes from the file on the default branch, as on GitHub.
 */
export function registerWorkflow(
  repo: Repository,
  ids: IdSequence,
  path: string,
): Workflow {
  const workflow = repo.workflows.get(path) ?? {
    ...ids.take('workflow'),
    path,
    name: path,
    createdAt: isoSeconds(),
  };
  repo.workflows.set(path, workflow);
  const head = resolveCommitish(repo, repo.defaultBranch);
  const text = head ? fileAt(repo, head, path) : undefined;
  if (text !== undefined) {
    try {
      workflow.name = parseWorkflow(text).name ?? path;
    } catch {
      // An unparsable file keeps its path as name, as GitHub shows it.
      workflow.name = path;
    }
  }
  return workflow;
}

/**
 * A workflow named by numeric id or by file name (`iac-apply.yml`). A file
 * name never seen and absent from the default branch is a 404 unless
 * `acceptMissingFile`: dispatch accepts it, so a run can be simulated for a
 * repository that has no workflow file.
 */
export function findWorkflow(
  repo: Repository,
  ids: IdSequence,
  workflowId: string,
  acceptMissingFile = false,
): Workflow {
  if (/^\d+$/.test(workflowId)) {
    const byId = [...repo.workflows.values()].find(
      w => w.id === Number(workflowId),
    );
    if (!byId) {
      throw notFound();
    }
    return registerWorkflow(repo, ids, byId.path);
  }
  const path = `${WORKFLOWS_DIR}/${workflowId}`;
  const head = resolveCommitish(repo, repo.defaultBranch);
  const known =
    repo.workflows.has(path) ||
    (head && fileAt(repo, head, path) !== undefined);
  if (!known && !acceptMissingFile) {
    throw notFound();
  }
  return registerWorkflow(repo, ids, path);
}

/** Every workflow file on the default branch, plus any already dispatched. */
export function listWorkflows(repo: Repository, ids: IdSequence): Workflow[] {
  const head = resolveCommitish(repo, repo.defaultBranch);
  const commit = head ? repo.git.commit(head) : undefined;
  const dir = commit && repo.git.lookup(commit.tree, WORKFLOWS_DIR);
  for (const entry of dir?.type === 'tree' ? repo.git.tree(dir.sha)! : []) {
    if (entry.type === 'blob' && /\.ya?ml$/.test(entry.name)) {
      registerWorkflow(repo, ids, `${WORKFLOWS_DIR}/${entry.name}`);
    }
  }
  return [...repo.workflows.values()].sort((a, b) => a.id - b.id);
}
