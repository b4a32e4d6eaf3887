import { GitObjects } from './git';

/** The records the stand-in keeps in memory, one shape per GitHub concept. */

export interface Account {
  login: string;
  id: number;
  nodeId: string;
  type: 'User' | 'Organization';
  createdAt: string;
}

export interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: Account;
  createdAt: string;
  updatedAt: string;
}

export interface PullRequest {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  head: { owner: Account; ref: string; sha: string };
  base: { ref: string; sha: string };
  user: Account;
  labels: Label[];
  maintainerCanModify: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface Workflow {
  id: number;
  nodeId: string;
  path: string;
  name: string;
  createdAt: string;
}

export type Conclusion = 'success' | 'failure';

/** What a workflow's next runs end with, as set by `setWorkflowOutcome`. */
export interface WorkflowOutcome {
  conclusion: Conclusion;
  outputs: unknown;
  planSummary?: string;
}

export interface JobPlan {
  id: number;
  nodeId: string;
  name: string;
  labels: string[];
  steps: string[];
}

export interface WorkflowRun {
  id: number;
  nodeId: string;
  runNumber: number;
  workflow: Workflow;
  displayTitle: string;
  event: 'workflow_dispatch';
  headBranch: string;
  headSha: string;
  actor: Account;
  inputs: Record<string, string>;
  /** Milestones in epoch ms; the status is read off the clock, no timers. */
  createdMs: number;
  startedMs: number;
  completedMs: number;
  outcome: WorkflowOutcome;
  jobs: JobPlan[];
  artifact?: { id: number; nodeId: string; name: string };
}

export interface Repository {
  id: number;
  nodeId: string;
  owner: Account;
  name: string;
  description: string | null;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
  git: GitObjects;
  /** Full ref name (`refs/heads/main`) to commit sha. */
  refs: Map<string, string>;
  pulls: PullRequest[];
  comments: IssueComment[];
  /** Keyed by lower-case name: GitHub label names are case-insensitive. */
  labels: Map<string, Label>;
  workflows: Map<string, Workflow>;
  runs: WorkflowRun[];
  /** Issues and pull requests share one number sequence. */
  nextIssueNumber: number;
}
