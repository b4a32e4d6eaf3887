import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { IacTemplateAction } from './types';
import { createGithubClient } from '../lib/github/client';
import { pullRequestBody } from '../lib/github/pullRequestBody';
import { publishPullRequest } from '../lib/github/publishPullRequest';
import { parseGithubRepoUrl } from '../lib/github/repoUrl';
import { readWorkspaceFiles } from '../lib/workspaceFiles';
import { examples } from './githubPullRequest.examples';

// Git's own ref-name rules, kept a little stricter than git: a form value never reaches git raw.
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\/$|.*\.lock$|.*\.$)[A-Za-z0-9._\/-]{1,200}$/;
// GitHub labels: 1-50 characters, none of them control characters.
const LABEL = /^[^\p{Cc}]{1,50}$/u;

export interface GithubPullRequestActionOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider?: GithubCredentialsProvider;
  /** See GithubClientOptions: tests shrink the waits between retries and writes. */
  retryBaseMs?: number;
  writePacingMs?: number;
  requestTimeoutMs?: number;
}

/** `iac:github:pullRequest`: every rendered file in one commit, on one branch, in one PR. */
export function createIacGithubPullRequestAction(
  options: GithubPullRequestActionOptions,
): IacTemplateAction {
  return createTemplateAction({
    id: 'iac:github:pullRequest',
    description:
      'Commits the rendered files to a branch in a single commit (constant number of GitHub API calls) and opens or updates its pull request',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoUrl: z =>
          z.string({
            description:
              'Target repository, as the RepoUrlPicker gives it: github.com?owner=acme&repo=billpay-infra',
          }),
        createRepository: z =>
          z
            .boolean({
              description:
                'Create the repository (with an initial commit) when it does not exist (default false)',
            })
            .optional(),
        repoVisibility: z =>
          z
            .enum(['private', 'internal', 'public'], {
              description: 'Visibility of a repository this action creates (default private)',
            })
            .optional(),
        branchName: z =>
          z.string({ description: 'Branch that receives the commit' }),
        baseBranch: z =>
          z
            .string({
              description:
                "Branch the pull request targets; the repository's default branch when empty",
            })
            .optional(),
        title: z =>
          z.string({ description: 'Title of the pull request' }).max(256),
        description: z =>
          z
            .string({ description: 'Opening paragraph of the pull request body' })
            .optional(),
        commitMessage: z =>
          z.string({ description: 'Message of the commit' }).optional(),
        sourcePath: z =>
          z
            .string({
              description: 'Workspace folder whose files are published (default the workspace root)',
            })
            .optional(),
        labels: z =>
          z
            .array(z.string(), { description: 'Labels put on the pull request' })
            .optional(),
        draft: z =>
          z.boolean({ description: 'Open the pull request as a draft (default false)' }).optional(),
        manifest: z =>
          z
            .array(
              z
                .object({
                  name: z.string(),
                  type: z.string(),
                  environment: z.string(),
                  module: z.string().optional(),
                  title: z.string().optional(),
                })
                .passthrough(),
              { description: 'Resource manifest from iac:render, summarised per environment in the body' },
            )
            .optional(),
        cost: z =>
          z
            .object(
              {
                currency: z.string().optional(),
                total: z.number().optional(),
                environments: z
                  .array(z.object({ name: z.string(), total: z.number() }).passthrough())
                  .optional(),
              },
              { description: 'Cost estimate from iac:render, shown in the body' },
            )
            .passthrough()
            .optional(),
        validationSummary: z =>
          z
            .string({ description: 'Markdown summary from iac:validate, shown in the body' })
            .optional(),
        policySummary: z =>
          z
            .string({ description: 'Markdown summary from iac:policy:check, shown in the body' })
            .optional(),
        token: z =>
          z
            .string({
              description:
                'GitHub token to act with instead of the integration credentials (pass it from secrets)',
            })
            .optional(),
      },
      output: {
        pullRequestUrl: z => z.string({ description: 'Web URL of the pull request' }),
        pullRequestNumber: z => z.number({ description: 'Number of the pull request' }),
        branchName: z => z.string({ description: 'Branch holding the commit' }),
        commitSha: z => z.string({ description: 'Commit the branch points at' }),
        changedFiles: z => z.number({ description: 'Files added or changed by the commit' }),
        deletedFiles: z => z.number({ description: 'Generated files the commit removed' }),
        apiCalls: z => z.number({ description: 'GitHub API requests made' }),
        createdPullRequest: z =>
          z.boolean({ description: 'False when an open pull request was updated instead' }),
      },
    },
    async handler(ctx) {
      // The scaffolder checks inputs against the schema but does not fill in defaults.
      const input = {
        ...ctx.input,
        createRepository: ctx.input.createRepository ?? false,
        repoVisibility: ctx.input.repoVisibility ?? 'private',
        sourcePath: ctx.input.sourcePath ?? '.',
        labels: ctx.input.labels ?? [],
        draft: ctx.input.draft ?? false,
        manifest: ctx.input.manifest ?? [],
      };
      const repo = parseGithubRepoUrl(input.repoUrl, options.integrations);
      checkRefName('branchName', input.branchName);
      if (input.baseBranch) checkRefName('baseBranch', input.baseBranch);
      for (const label of input.labels) {
        if (!LABEL.test(label)) {
          throw new InputError(`labels: '${label}' is not a valid label (1-50 printable characters)`);
        }
      }

      const files = await readWorkspaceFiles(ctx.workspacePath, input.sourcePath);
      const body = pullRequestBody({
        description: input.description,
        manifest: input.manifest,
        cost: input.cost,
        validationSummary: input.validationSummary,
        policySummary: input.policySummary,
        taskId: ctx.task.id,
      });

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would commit ${files.size} files to ${repo.owner}/${repo.repo}@${input.branchName} and open a pull request`,
        );
        outputDryRun(ctx, repo, input.branchName);
        return;
      }

      const { octokit, requests } = await createGithubClient(repo, {
        integrations: options.integrations,
        credentialsProvider: options.credentialsProvider,
        logger: ctx.logger,
        token: input.token,
        retryBaseMs: options.retryBaseMs,
        writePacingMs: options.writePacingMs,
        requestTimeoutMs: options.requestTimeoutMs,
      });
      try {
        const result = await publishPullRequest(octokit, {
          repo,
          files,
          branchName: input.branchName,
          baseBranch: input.baseBranch,
          commitMessage: input.commitMessage ?? input.title,
          title: input.title,
          body,
          labels: input.labels,
          draft: input.draft,
          createRepository: input.createRepository,
          repoVisibility: input.repoVisibility,
          logger: ctx.logger,
          checkpoint: (key, fn) => ctx.checkpoint({ key, fn: fn as any }) as any,
        });
        ctx.logger.info(
          `Pull request #${result.pullRequestNumber} ${result.createdPullRequest ? 'opened' : 'updated'}: ${result.pullRequestUrl} (${requests.count} API calls)`,
        );
        ctx.output('pullRequestUrl', result.pullRequestUrl);
        ctx.output('pullRequestNumber', result.pullRequestNumber);
        ctx.output('branchName', result.branchName);
        ctx.output('commitSha', result.commitSha);
        ctx.output('changedFiles', result.changedFiles);
        ctx.output('deletedFiles', result.deletedFiles);
        ctx.output('apiCalls', requests.count);
        ctx.output('createdPullRequest', result.createdPullRequest);
      } catch (error) {
        throw describeGithubFailure(error, ctx.logger, `${repo.owner}/${repo.repo}`);
      }
    },
  });
}

function checkRefName(field: string, value: string) {
  if (!BRANCH.test(value)) {
    throw new InputError(`${field}: '${value}' is not a valid git branch name`);
  }
}

function outputDryRun(ctx: any, repo: { host: string; owner: string; repo: string }, branch: string) {
  ctx.output('pullRequestUrl', `https://${repo.host}/${repo.owner}/${repo.repo}/pulls`);
  ctx.output('pullRequestNumber', 0);
  ctx.output('branchName', branch);
  ctx.output('commitSha', '0'.repeat(40));
  ctx.output('changedFiles', 0);
  ctx.output('deletedFiles', 0);
  ctx.output('apiCalls', 0);
  ctx.output('createdPullRequest', false);
}

/** Keeps errors from @backstage/errors as they are; gives GitHub failures a readable message. */
export function describeGithubFailure(
  error: unknown,
  logger: LoggerService,
  target: string,
): Error {
  const status = (error as { status?: number }).status;
  if (typeof status !== 'number') return error as Error;
  const message = (error as Error).message.split('\n')[0];
  logger.warn(`GitHub answered ${status} for ${target}: ${message}`);
  return new Error(`GitHub request for ${target} failed with status ${status}: ${message}`);
}
