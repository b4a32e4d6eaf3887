import { InputError } from '@backstage/errors';
import type {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { IacTemplateAction } from './types';
import { createGithubClient } from '../lib/github/client';
import { parseGithubRepoUrl } from '../lib/github/repoUrl';
import { runWorkflow } from '../lib/github/workflowRun';
import { describeGithubFailure } from './githubPullRequest';
import { examples } from './githubWorkflowRun.examples';

const WORKFLOW_ID = /^(\d+|[A-Za-z0-9._-]+\.ya?ml)$/;
const INPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;

export interface GithubWorkflowRunActionOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider?: GithubCredentialsProvider;
  /** First wait between two looks at the run; grows by half each time up to the maximum. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  /** See GithubClientOptions: tests shrink the waits between retries and writes. */
  retryBaseMs?: number;
  writePacingMs?: number;
  requestTimeoutMs?: number;
}

/** `iac:github:workflowRun`: dispatch the stack's workflow and follow the run to its end. */
export function createIacGithubWorkflowRunAction(
  options: GithubWorkflowRunActionOptions,
): IacTemplateAction {
  return createTemplateAction({
    id: 'iac:github:workflowRun',
    description:
      'Dispatches a GitHub Actions workflow (plan or apply), follows the run it started to its conclusion and reads its outputs artifact',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoUrl: z =>
          z.string({ description: 'Repository of the workflow: github.com?owner=acme&repo=infra' }),
        workflowId: z =>
          z.string({ description: 'Workflow file name (iac-apply.yml) or numeric id' }),
        ref: z => z.string({ description: 'Branch or tag the run uses' }),
        environment: z =>
          z.string({ description: 'Value of the workflow input `environment`' }),
        command: z =>
          z
            .enum(['plan', 'apply'], { description: 'Value of the workflow input `command` (default plan)' })
            .optional(),
        inputs: z =>
          z
            .record(z.string(), { description: 'Further workflow inputs' })
            .optional(),
        timeoutMinutes: z =>
          z
            .number({ description: 'How long to follow the run before failing the step (default 60)' })
            .min(1)
            .max(360)
            .optional(),
        failOnConclusion: z =>
          z
            .boolean({ description: 'Fail the step when the run does not conclude with success (default true)' })
            .optional(),
        token: z =>
          z.string({ description: 'GitHub token to act with instead of the integration credentials' }).optional(),
      },
      output: {
        runId: z => z.number({ description: 'Id of the workflow run' }),
        runUrl: z => z.string({ description: 'Web URL of the workflow run' }),
        conclusion: z =>
          z.string({ description: 'Conclusion of the run: success, failure, cancelled ...' }),
        outputs: z =>
          z
            .record(z.unknown(), { description: 'outputs.json of the iac-outputs artifact, when uploaded' })
            .optional(),
        planSummary: z =>
          z.string({ description: 'plan-summary.md of the iac-outputs artifact, when uploaded' }).optional(),
      },
    },
    async handler(ctx) {
      // The scaffolder checks inputs against the schema but does not fill in defaults.
      const input = {
        ...ctx.input,
        command: ctx.input.command ?? 'plan',
        inputs: ctx.input.inputs ?? {},
        timeoutMinutes: ctx.input.timeoutMinutes ?? 60,
        failOnConclusion: ctx.input.failOnConclusion ?? true,
      };
      const repo = parseGithubRepoUrl(input.repoUrl, options.integrations);
      if (!WORKFLOW_ID.test(input.workflowId)) {
        throw new InputError(`workflowId: '${input.workflowId}' is not a workflow file name or id`);
      }
      for (const name of Object.keys(input.inputs)) {
        if (!INPUT_NAME.test(name)) {
          throw new InputError(`inputs: '${name}' is not a valid workflow input name`);
        }
      }
      const correlationId = `${ctx.task.id}-${ctx.step?.id ?? 'workflow'}`;

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would dispatch ${input.workflowId} (${input.command} ${input.environment}) on ${repo.owner}/${repo.repo}@${input.ref}`,
        );
        ctx.output('runId', 0);
        ctx.output('runUrl', `https://${repo.host}/${repo.owner}/${repo.repo}/actions`);
        ctx.output('conclusion', 'skipped');
        return;
      }

      const { octokit } = await createGithubClient(repo, {
        integrations: options.integrations,
        credentialsProvider: options.credentialsProvider,
        logger: ctx.logger,
        token: input.token,
        retryBaseMs: options.retryBaseMs,
        writePacingMs: options.writePacingMs,
        requestTimeoutMs: options.requestTimeoutMs,
      });
      let result;
      try {
        result = await runWorkflow(octokit, {
          repo,
          workflowId: input.workflowId,
          ref: input.ref,
          inputs: {
            ...input.inputs,
            environment: input.environment,
            command: input.command,
          },
          correlationId,
          timeoutMs: input.timeoutMinutes * 60_000,
          pollIntervalMs: options.pollIntervalMs ?? 3000,
          maxPollIntervalMs: options.maxPollIntervalMs ?? 30_000,
          logger: ctx.logger,
          checkpoint: (key, fn) => ctx.checkpoint({ key, fn: fn as any }) as any,
          signal: ctx.signal,
        });
      } catch (error) {
        throw describeGithubFailure(error, ctx.logger, `${repo.owner}/${repo.repo}`);
      }

      ctx.output('runId', result.runId);
      ctx.output('runUrl', result.runUrl);
      ctx.output('conclusion', result.conclusion ?? 'unknown');
      if (result.outputs) ctx.output('outputs', result.outputs);
      if (result.planSummary) ctx.output('planSummary', result.planSummary);

      if (result.conclusion !== 'success') {
        const jobs = result.failedJobs.map(job => `${job.name} (${job.url})`).join(', ');
        const message = `Workflow run ${result.runUrl} concluded with '${result.conclusion}'${jobs ? `; failed jobs: ${jobs}` : ''}`;
        if (input.failOnConclusion) throw new Error(message);
        ctx.logger.warn(message);
      }
    },
  });
}
