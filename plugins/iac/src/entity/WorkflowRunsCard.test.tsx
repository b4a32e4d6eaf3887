import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { iacApiRef, WorkflowRun } from '../api';
import { WorkflowRunsCard } from './WorkflowRunsCard';

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'core',
    namespace: 'default',
    annotations: { 'iac-portal.io/stack': 'core' },
  },
  spec: { owner: 'group:default/platform-team' },
};

const run = (id: number, fields: Partial<WorkflowRun>): WorkflowRun => ({
  id,
  workflow: 'IaC apply',
  title: `plan dev [${id}]`,
  status: 'completed',
  conclusion: 'success',
  event: 'workflow_dispatch',
  branch: 'iac/core',
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-01T10:05:00Z',
  url: `https://github.com/acme/core/actions/runs/${id}`,
  ...fields,
});

function renderCard(listWorkflowRuns: jest.Mock) {
  return renderInTestApp(
    <EntityProvider entity={system}>
      <WorkflowRunsCard />
    </EntityProvider>,
    { apis: [[iacApiRef, { listWorkflowRuns }]] },
  );
}

describe('WorkflowRunsCard', () => {
  it('lists the runs with their result and a link to each log', async () => {
    const listWorkflowRuns = jest.fn().mockResolvedValue({
      repository: 'acme/core',
      runs: [
        run(2, { conclusion: 'failure' }),
        run(1, {}),
        run(3, { status: 'in_progress', conclusion: null }),
      ],
    });
    await renderCard(listWorkflowRuns);
    expect(await screen.findByText('plan dev [2]')).toBeInTheDocument();
    expect(listWorkflowRuns).toHaveBeenCalledWith('system:default/core');
    expect(screen.getByText('acme/core')).toBeInTheDocument();
    expect(screen.getByText('failure')).toBeInTheDocument();
    expect(screen.getByText('success')).toBeInTheDocument();
    expect(screen.getByText('in progress')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /^Log of run 2: plan dev \[2\]/ }),
    ).toHaveAttribute('href', 'https://github.com/acme/core/actions/runs/2');
  });

  it('says why the runs cannot be shown', async () => {
    await renderCard(
      jest
        .fn()
        .mockRejectedValue(
          new Error(
            "GitHub has no repository acme/core, or the portal's GitHub credentials cannot see it",
          ),
        ),
    );
    expect(
      await screen.findByText('Warning: The workflow runs cannot be shown'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/GitHub has no repository acme\/core/),
    ).toBeInTheDocument();
  });
});
