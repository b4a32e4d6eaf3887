import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import { isInside, relativePath, resolveInside } from '../lib/stack';
import {
  CHECKER_IDS,
  findingsText,
  runValidation,
  validationSummary,
} from '../lib/validation';
import type { IacTemplateAction } from './types';
import { examples } from './validate.examples';

export interface IacValidateActionOptions {
  /**
   * Where command-line checkers (shellcheck, yamllint, nginx, ...) are looked up, PATH-style.
   * Default: the backend's PATH. A checker whose command is not found is reported as skipped.
   */
  searchPath?: string;
  /** Time limit of one command-line checker run, in milliseconds (default 120 000). */
  toolTimeoutMs?: number;
}

const DEFAULT_TOOL_TIMEOUT_MS = 120_000;

/**
 * Creates the `iac:validate` action: checks the generated files of the workspace (HCL, OpenTofu
 * and Terragrunt cross-references, workflows, catalog entities, TechDocs, shell, YAML, Ansible,
 * nginx, Compose, Prometheus, formatting) and reports every problem with its file and line.
 *
 * @public
 */
export function createIacValidateAction(
  options: IacValidateActionOptions = {},
): IacTemplateAction {
  const searchPath = options.searchPath ?? process.env.PATH ?? '';
  const timeoutMs = options.toolTimeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;

  return createTemplateAction({
    id: 'iac:validate',
    description:
      'Validates the generated infrastructure code in the workspace and reports every problem with its file and line',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string({
              description:
                'Folder of the workspace to validate, relative to the workspace (default: the workspace itself)',
            })
            .optional(),
        checkers: z =>
          z
            .array(z.string(), {
              description: `Run only these checks (default: all): ${CHECKER_IDS.join(
                ', ',
              )}`,
            })
            .optional(),
        failOnFindings: z =>
          z
            .boolean({
              description:
                'Fail the step when a problem is found (default true); when false, only report',
            })
            .optional(),
        manifest: z =>
          z
            .array(
              z
                .object({
                  name: z.string(),
                  module: z.string().optional(),
                  tfType: z.string().optional(),
                })
                .passthrough(),
              {
                description:
                  "The manifest output of iac:render: each entry's tfType is checked against its module",
              },
            )
            .optional(),
      },
      output: {
        passed: z =>
          z.boolean({ description: 'True when no check found a problem' }),
        findingCount: z =>
          z.number({ description: 'How many problems were found' }),
        findings: z =>
          z.array(
            z.object({
              checker: z.string(),
              file: z.string(),
              line: z.number().optional(),
              message: z.string(),
              severity: z.enum(['error', 'warning']),
            }),
            {
              description:
                'Every problem, with the file (relative to path) and line',
            },
          ),
        checks: z =>
          z.array(
            z.object({
              checker: z.string(),
              status: z.enum(['passed', 'failed', 'skipped']),
              files: z.number(),
              reason: z.string().optional(),
            }),
            {
              description:
                'What each check did: status, number of files, why it was skipped',
            },
          ),
        summary: z =>
          z.string({
            description:
              'A Markdown report of the checks and problems, for a pull request body',
          }),
      },
    },
    async handler(ctx) {
      const { checkers, manifest, failOnFindings = true } = ctx.input;
      const target = relativePath(ctx.input.path ?? '.', 'path');
      const unknown = (checkers ?? []).filter(id => !CHECKER_IDS.includes(id));
      if (unknown.length) {
        const known = CHECKER_IDS.join(', ');
        throw new InputError(
          `checkers: unknown check ${unknown.join(', ')} (known: ${known})`,
        );
      }

      const workspace = await fs.realpath(ctx.workspacePath);
      const root = resolveInside(workspace, target, 'path');
      const stat = await fs.stat(root).catch(() => undefined);
      if (
        !stat?.isDirectory() ||
        !isInside(workspace, await fs.realpath(root))
      ) {
        throw new InputError(
          `path: '${target}' is not a folder of the workspace`,
        );
      }

      const report = await runValidation({
        root,
        checkerIds: checkers,
        manifest,
        searchPath,
        timeoutMs,
      });
      const summary = validationSummary(
        report.checks,
        report.findings,
        report.checkers,
      );
      const [passed, failed, skipped] = ['passed', 'failed', 'skipped'].map(
        status => report.checks.filter(c => c.status === status).length,
      );
      ctx.logger.info(
        `Validated ${target}: ${passed} checks passed, ${failed} failed, ` +
          `${skipped} skipped; ${report.findings.length} problems`,
      );

      ctx.output('passed', report.passed);
      ctx.output('findingCount', report.findings.length);
      ctx.output('findings', report.findings);
      ctx.output('checks', report.checks);
      ctx.output('summary', summary);
      if (!report.passed && failOnFindings) {
        throw new InputError(findingsText(report.findings));
      }
    },
  });
}
