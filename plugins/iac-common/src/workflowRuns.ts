/** One workflow run of a stack's repository, as the Infrastructure tab shows it. */
export interface WorkflowRunSummary {
  id: number;
  workflow: string;
  title: string;
  status: string;
  /** success, failure, cancelled...; null while the run is not completed. */
  conclusion: string | null;
  event: string;
  branch: string | null;
  createdAt: string;
  updatedAt: string;
  /** The run's page on GitHub, with its jobs and their logs. */
  url: string;
}

/** The answer of `GET /api/iac/runs`. */
export interface WorkflowRunList {
  /** owner/repository */
  repository: string;
  runs: WorkflowRunSummary[];
}
