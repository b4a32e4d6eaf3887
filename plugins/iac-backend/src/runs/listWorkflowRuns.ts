import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { WorkflowRunList } from '@internal/plugin-iac-common';
import { createGithubClient } from '@internal/plugin-scaffolder-backend-module-iac';
import { GithubRepository } from './entityRepository';

export interface ListWorkflowRunsOptions {
  integrations: ScmIntegrationRegistry;
  logger: LoggerService;
  limit: number;
}

/** The latest workflow runs of a repository, newest first, read with the integration's credentials. */
export async function listWorkflowRuns(
  repository: GithubRepository,
  options: ListWorkflowRunsOptions,
): Promise<WorkflowRunList> {
  const slug = `${repository.owner}/${repository.repo}`;
  const { octokit } = await createGithubClient(repository, {
    integrations: options.integrations,
    logger: options.logger,
    retries: 1,
  });
  let runs;
  try {
    ({
      data: { workflow_runs: runs },
    } = await octokit.actions.listWorkflowRunsForRepo({
      owner: repository.owner,
      repo: repository.repo,
      per_page: options.limit,
    }));
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) {
      throw new NotFoundError(
        `GitHub has no repository ${slug}, or the portal's GitHub credentials cannot see it`,
      );
    }
    throw new ServiceUnavailableError(
      `GitHub did not list the workflow runs of ${slug}: ${
        (error as Error).message
      }`,
    );
  }
  return {
    repository: slug,
    runs: runs.map(run => ({
      id: run.id,
      workflow: run.name ?? '',
      title: run.display_title,
      status: run.status ?? 'unknown',
      conclusion: run.conclusion,
      event: run.event,
      branch: run.head_branch,
      createdAt: run.created_at,
      updatedAt: run.updated_at,
      url: run.html_url,
    })),
  };
}
