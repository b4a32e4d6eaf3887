import type { renderRun } from './render/actions';
import type { renderPullSummary } from './render/pulls';
import type { renderRepository } from './render/repos';

/** Public types of the stand-in. */

/** JSON shapes as the API returns them. */
export type RepositoryJson = ReturnType<typeof renderRepository>;
export type PullRequestJson = ReturnType<typeof renderPullSummary>;
export type WorkflowRunJson = ReturnType<typeof renderRun>;

export interface WorkflowTiming {
  /** How long a dispatched run stays `queued`. */
  queuedMs: number;
  /** How long it then stays `in_progress` before `completed`. */
  inProgressMs: number;
}

export interface StandInOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A fixed delay added to every API request, for benchmarks. */
  latencyMs?: number;
  workflowTiming?: Partial<WorkflowTiming>;
  /** Where violations are reported as they happen; defaults to `console.warn`. */
  log?: (message: string) => void;
}

/** A request or response that GitHub's OpenAPI description does not allow. */
export interface Violation {
  kind:
    | 'request' // the caller sent something GitHub would reject
    | 'unknown-route' // no documented operation has this method and path
    | 'not-implemented' // documented, but the stand-in does not serve it
    | 'response' // the stand-in answered outside the description
    | 'internal'; // the stand-in failed
  method: string;
  path: string;
  operationId?: string;
  status?: number;
  messages: string[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId?: string;
  /** 0 when a `timeout` fault held the request open. */
  status: number;
}

export type FaultKind =
  | 'secondary-rate-limit'
  | 'reference-exists'
  | 'slow'
  | 'timeout';

export interface Fault {
  /** HTTP method to match; any when omitted. */
  method?: string;
  /** A path template such as `/repos/{owner}/{repo}/git/trees`, or an operation id; any when omitted. */
  route?: string;
  /** The status to answer with; required unless `kind` implies it. */
  status?: 500 | 502 | 403 | 422;
  kind?: FaultKind;
  /** For `slow`: how long to wait before answering normally. */
  delayMs?: number;
  /** How many matching requests the fault applies to (default 1). */
  times?: number;
  /** Replaces the default error message. */
  message?: string;
}

export interface WorkflowOutcomeInput {
  owner: string;
  repo: string;
  /** The workflow file name (`iac-apply.yml`) or its numeric id. */
  workflowId: string | number;
  conclusion: 'success' | 'failure';
  /** Written to `outputs.json` in the `iac-outputs` artifact (default `{}`). */
  outputs?: unknown;
  /** Written to `plan-summary.md` in the artifact. */
  planSummary?: string;
}

export interface StandInSnapshot {
  repos: {
    full_name: string;
    default_branch: string;
    branches: { name: string; sha: string }[];
    pulls: {
      number: number;
      title: string;
      state: 'open' | 'closed';
      head: string;
      base: string;
      labels: string[];
      comments: string[];
    }[];
    runs: {
      id: number;
      workflow: string;
      display_title: string;
      head_branch: string;
      inputs: Record<string, string>;
      status: 'queued' | 'in_progress' | 'completed';
      conclusion: 'success' | 'failure' | null;
    }[];
  }[];
  faults: Fault[];
  violations: Violation[];
  requestLog: RequestLogEntry[];
}

export interface GitHubStandIn {
  /** `http://127.0.0.1:<port>`: web pages and control routes. */
  url: string;
  /** `${url}/api/v3`, the GitHub Enterprise style base URL for Octokit (the root serves the API too). */
  apiBaseUrl: string;
  /** Requests and responses that GitHub's OpenAPI description does not allow. */
  violations: Violation[];
  requestLog: RequestLogEntry[];
  /** Stops the server, dropping held requests and pending delays. */
  close(): Promise<void>;

  /** Queues a fault; faults are played in the order they were added. */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  pendingFaults(): Fault[];
  /** Decides how the next runs of a workflow end; may be set before the repository exists. */
  setWorkflowOutcome(input: WorkflowOutcomeInput): void;

  getRepo(owner: string, repo: string): RepositoryJson | undefined;
  listBranches(owner: string, repo: string): { name: string; sha: string }[];
  /** Files of a branch, path to UTF-8 content; undefined when there is no such branch. */
  getBranchTree(
    owner: string,
    repo: string,
    branch: string,
  ): Record<string, string> | undefined;
  /** Every pull request, open or closed, oldest first. */
  listPulls(owner: string, repo: string): PullRequestJson[];
  /** Every workflow run, newest first. */
  listRuns(owner: string, repo: string): WorkflowRunJson[];
  /** Creates the repository when needed and commits files to a branch; returns the commit sha. */
  commitFiles(
    owner: string,
    repo: string,
    input: {
      branch?: string;
      files: Record<string, string | null>;
      message?: string;
    },
  ): string;
  /** A summary of all state, also served at `GET /_stand-in/state`. */
  snapshot(): StandInSnapshot;
}
