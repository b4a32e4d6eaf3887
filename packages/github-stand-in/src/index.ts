/**
 * A local stand-in for the GitHub REST API, checked against GitHub's
 * official OpenAPI description, for tests and the portal's sandbox mode.
 *
 * @packageDocumentation
 */

export { startGitHubStandIn } from './server';
export type {
  Fault,
  FaultKind,
  GitHubStandIn,
  PullRequestJson,
  RepositoryJson,
  RequestLogEntry,
  StandInOptions,
  StandInSnapshot,
  Violation,
  WorkflowOutcomeInput,
  WorkflowRunJson,
  WorkflowTiming,
} from './types';
