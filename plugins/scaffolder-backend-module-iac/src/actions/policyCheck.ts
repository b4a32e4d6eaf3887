import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  AppliedOverride,
  RULE_IDS,
  loadPolicyConfig,
  policySummary,
  runPolicies,
  violationsText,
} from '../lib/policy';
import { isInside, relativePath, resolveInside } from '../lib/stack';
import type { IacTemplateAction } from './types';
import { examples } from './policyCheck.examples';

export interface IacPolicyCheckActionOptions {
  /**
   * The folder holding the rules' configuration (required-tags.yaml, instance-types.yaml,
   * prod-resilience.yaml): the platform team's reviewed policy code, never a template's.
   */
  policiesDir: string;
}

const MIN_REASON_LENGTH = 20;

function checkOverride(
  override: { reason?: unknown; rules?: unknown } | null | undefined,
): { reason: string; rules?: string[] } | undefined {
  if (override === undefined || override === null) return undefined;
  const reason =
    typeof override.reason === 'string' ? override.reason.trim() : '';
  if (reason.length < MIN_REASON_LENGTH) {
    throw new InputError(
      `override.reason must explain the override in at least ${MIN_REASON_LENGTH} characters`,
    );
  }
  const rules = override.rules as string[] | undefined;
  const unknown = (rules ?? []).filter(r => !RULE_IDS.includes(r));
  if (unknown.length) {
    throw new InputError(
      `override.rules: unknown rule ${unknown.join(
        ', ',
      )} (rules: ${RULE_IDS.join(', ')})`,
    );
  }
  return { reason, rules };
}

/**
 * Creates the `iac:policy:check` action: the governance gate between validation and the pull
 * request. It evaluates the policy rules (no public buckets, encryption at rest, required tags,
 * production resilience, instance types) on the rendered OpenTofu and Terragrunt code and fails
 * on a violation, unless an override with a reason lets it through on the record.
 *
 * @public
 */
export function createIacPolicyCheckAction(
  options: IacPolicyCheckActionOptions,
): IacTemplateAction {
  const policiesDir = path.resolve(options.policiesDir);

  return createTemplateAction({
    id: 'iac:policy:check',
    description:
      'Checks the generated infrastructure code against the governance policies and fails on a violation unless it is overridden with a reason',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        manifest: z =>
          z
            .array(
              z
                .object({
                  name: z.string(),
                  environment: z.string().optional(),
                  module: z.string().optional(),
                  tfType: z.string().optional(),
                })
                .passthrough(),
              {
                description:
                  'The manifest output of iac:render: violations name its resources',
              },
            )
            .optional(),
        path: z =>
          z
            .string({
              description:
                'Folder of the workspace to check, relative to the workspace (default: the workspace itself)',
            })
            .optional(),
        override: z =>
          z
            .object(
              {
                reason: z
                  .string({ description: 'Why the violations are accepted' })
                  .min(MIN_REASON_LENGTH),
                rules: z
                  .array(z.string(), {
                    description: `The rules overridden (default: all): ${RULE_IDS.join(
                      ', ',
                    )}`,
                  })
                  .optional(),
              },
              {
                description:
                  'Let violations through on the record: the reason and who asked go into the summary',
              },
            )
            .nullable()
            .optional(),
      },
      output: {
        passed: z =>
          z.boolean({ description: 'True when no rule found a violation' }),
        violations: z =>
          z.array(
            z.object({
              rule: z.string(),
              resource: z.string().optional(),
              file: z.string().optional(),
              line: z.number().optional(),
              message: z.string(),
            }),
            {
              description:
                'Every violation, with the file (relative to path) and line',
            },
          ),
        overridden: z =>
          z.boolean({
            description:
              'True when violations were let through by the override',
          }),
        summary: z =>
          z.string({
            description:
              "A Markdown report of every rule's result, the violations and the override, for a pull request body",
          }),
      },
    },
    async handler(ctx) {
      const target = relativePath(ctx.input.path ?? '.', 'path');
      const override = checkOverride(ctx.input.override);
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

      const config = await loadPolicyConfig(policiesDir);
      const report = await runPolicies({
        root,
        config,
        manifest: ctx.input.manifest,
      });
      const { violations } = report;
      const overriddenRules = override ? override.rules ?? RULE_IDS : [];
      const uncovered = violations.filter(
        v => !overriddenRules.includes(v.rule),
      );
      const overridden = violations.length > 0 && !uncovered.length;
      const applied: AppliedOverride | undefined = overridden
        ? {
            by: ctx.user?.ref,
            reason: override!.reason,
            rules: [...new Set(violations.map(v => v.rule))],
          }
        : undefined;

      const failedRules = report.results.filter(
        r => r.status === 'failed',
      ).length;
      ctx.logger.info(
        `Checked ${target} against ${report.results.length} policy rules: ` +
          `${failedRules} failed, ${violations.length} violations`,
      );
      if (applied) {
        ctx.logger.warn(
          `Policy gate overridden by ${
            applied.by ?? 'an unknown user'
          } for ${applied.rules.join(', ')}: ${applied.reason}`,
        );
      }
      ctx.output('passed', violations.length === 0);
      ctx.output('violations', violations);
      ctx.output('overridden', overridden);
      ctx.output('summary', policySummary(report.results, applied));
      if (violations.length && !overridden) {
        const note = override
          ? `\nThe override covers ${overriddenRules.join(', ')} only.`
          : '';
        throw new InputError(`${violationsText(uncovered)}${note}`);
      }
    },
  });
}
