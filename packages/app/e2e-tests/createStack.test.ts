// A person creates a BillPay infrastructure stack from the form and follows it to the catalog:
// the fields check and price what is typed, the task page shows the pull request and the
// workflow as they happen, and the new System shows its resources, runs, relations and TechDocs.
// GitHub is the local sandbox the backend is configured with (playwright.config.ts).
import { expect, Page, test } from '@playwright/test';
import { expectDocsShown } from './techdocs';

const SANDBOX = 'http://127.0.0.1:7217';
const OWNER = 'acme';

test.describe.configure({ mode: 'serial' });

async function signInAt(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Enter' }).click();
}

async function shot(page: Page, name: string) {
  await page.screenshot({
    path: `test-results/screenshots/create-stack-${name}.png`,
    fullPage: true,
  });
}

/** How the sandbox's next runs of the stack's workflow end. */
async function setWorkflowOutcome(repo: string, conclusion: string) {
  const response = await fetch(`${SANDBOX}/_stand-in/workflow-outcomes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      owner: OWNER,
      repo,
      workflowId: 'iac-apply.yml',
      conclusion,
    }),
  });
  expect(response.status).toBe(204);
}

/** Fills the form of the BillPay infrastructure template with its defaults and submits it. */
async function createStack(page: Page, name: string, repo: string) {
  await page.getByLabel('Stack name').fill(name);
  await page.getByLabel('Owner').click();
  await page
    .getByRole('option', { name: /Platform Team/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByRole('textbox', { name: 'VPC address range' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('cost-total')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await fillRepository(page, repo);
}

async function fillRepository(page: Page, repo: string) {
  await page.getByRole('textbox', { name: 'Owner' }).fill(OWNER);
  await page.getByRole('textbox', { name: 'Repository' }).fill(repo);
  await page.getByRole('checkbox', { name: 'Create the repository' }).check();
  // The remaining steps keep their defaults, up to the review.
  const create = page.getByRole('button', { name: 'Create', exact: true });
  await expect(async () => {
    if (!(await create.isVisible())) {
      await page.getByRole('button', { name: /^(Next|Review)$/ }).click();
      await expect(create).toBeVisible({ timeout: 1000 });
    }
  }).toPass();
  await create.click();
  await expect(page).toHaveURL(/\/create\/tasks\//);
  await page.getByRole('button', { name: 'Show Logs' }).click();
}

test('a person creates a stack and finds it in the catalog', async ({
  page,
}) => {
  await setWorkflowOutcome('ledger-infra', 'success');

  await test.step('picks the BillPay infrastructure template', async () => {
    await signInAt(page, '/');
    await page.getByRole('link', { name: 'Create' }).first().click();
    // The innermost element holding both the template's title and its button is its card.
    const card = page
      .locator('div')
      .filter({
        has: page.getByRole('heading', {
          name: 'BillPay infrastructure',
          exact: true,
        }),
      })
      .filter({ has: page.getByRole('button', { name: 'Choose' }) })
      .last();
    await card.getByRole('button', { name: 'Choose' }).click();
    await page.getByLabel('Stack name').fill('ledger');
    await page.getByLabel('Owner').click();
    await page
      .getByRole('option', { name: /Platform Team/ })
      .first()
      .click();
    await shot(page, '1-stack');
    await page.getByRole('button', { name: 'Next' }).click();
  });

  await test.step('sees prices in the pickers, and a bad CIDR is refused with its reason', async () => {
    await expect(
      page.getByText('0.0416 USD an hour, about 30.37 USD a month').first(),
    ).toBeVisible();
    await page.getByRole('button', { name: /AWS region/ }).click();
    await expect(
      page.getByRole('option', { name: 'sa-east-1 prices +55%' }),
    ).toBeVisible();
    await page.getByRole('option', { name: /us-east-1/ }).click();

    const cidr = page.getByRole('textbox', { name: 'VPC address range' });
    await cidr.fill('10.0.0.0/24');
    const reason =
      '"10.0.0.0/24" is too small: use a /16 or larger range (a prefix length of at most 16)';
    await expect(page.getByText(reason)).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    // The step is refused: the error list names the field and says why.
    await expect(page.getByText(`'Network Cidr' ${reason}`)).toBeVisible();
    await shot(page, '2-bad-cidr');
    await cidr.fill('10.20.0.0/16');
    await page.getByRole('button', { name: 'Next' }).click();
  });

  await test.step('watches the cost estimate grow with the cluster', async () => {
    const total = page.getByTestId('cost-total');
    await expect(total).toHaveText(/USD$/);
    const before = await total.innerText();
    const dev = page
      .getByRole('spinbutton', { name: 'Nodes at start' })
      .first();
    await dev.fill('3');
    await expect(total).not.toHaveText(before);
    const amount = (text: string) => Number(text.replace(/[^0-9.]/g, ''));
    expect(amount(await total.innerText())).toBeGreaterThan(amount(before));
    await shot(page, '3-cost');
    await page.getByRole('button', { name: 'Next' }).click();
  });

  await test.step('submits and watches the task: pull request, then the workflow concluding', async () => {
    await fillRepository(page, 'ledger-infra');
    await expect(
      page.getByText(
        /Rendered stack billpay-infrastructure for dev: \d+ files/,
      ),
    ).toBeVisible();
    await expect(page.getByText(/Pull request #1 opened: http/)).toBeVisible();
    await expect(
      page.getByText(/Workflow run \d+ is queued: http/),
    ).toBeVisible();
    await expect(
      page.getByText(/Workflow run \d+ is in_progress: http/),
    ).toBeVisible();
    await expect(
      page.getByText(/Workflow run \d+ concluded: success/),
    ).toBeVisible({ timeout: 90_000 });

    await expect(page.getByText('Rendered files:')).toBeVisible({
      timeout: 90_000,
    });
    await expect(page.getByRole('link', { name: '#1' })).toHaveAttribute(
      'href',
      /ledger-infra\/pull\/1$/,
    );
    await expect(page.getByRole('link', { name: 'success' })).toHaveAttribute(
      'href',
      /ledger-infra\/actions\/runs\/\d+$/,
    );
    await expect(page.getByRole('button', { name: 'TechDocs' })).toBeVisible();
    await shot(page, '4-task');
  });

  await test.step('finds the System and its Resources in the catalog, with their relations', async () => {
    await page.getByRole('button', { name: 'System in the catalog' }).click();
    await expect(
      page.getByRole('heading', { name: 'BillPay ledger' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'VPC 10.20.0.0/16 (dev)' }).first(),
    ).toBeVisible();
    await expect(page.getByText('Relations')).toBeVisible();
    await shot(page, '5-system');
  });

  await test.step('reads the Infrastructure tab: resources per environment, runs and graph', async () => {
    await page.getByRole('link', { name: 'Infrastructure' }).click();
    const dev = page.getByRole('region', { name: 'Environment dev' });
    await expect(
      dev.getByRole('link', { name: 'VPC 10.20.0.0/16 (dev)' }),
    ).toBeVisible();
    await expect(dev.getByText('planned').first()).toBeVisible();
    await expect(
      dev.getByText(/^\d+ resources, [\d.]+ a month$/),
    ).toBeVisible();
    const runs = page.getByRole('table', { name: 'Workflow runs' });
    await expect(runs.getByText('success')).toBeVisible();
    await expect(
      runs.getByRole('link', { name: /^Log of run/ }),
    ).toHaveAttribute('href', /ledger-infra\/actions\/runs\/\d+$/);
    await expect(page.getByText('Relations')).toBeVisible();
    await shot(page, '6-infrastructure-tab');
  });

  await test.step('reads the TechDocs of the System, built from its pull request branch', async () => {
    await page.getByRole('link', { name: 'TechDocs', exact: true }).click();
    // The first visit builds the site: the branch is read from the sandbox and mkdocs runs.
    await expect(
      page.getByRole('heading', { name: 'How the repository is laid out' }),
    ).toBeVisible({ timeout: 120_000 });
    await expect(
      page.getByText(/generated by the developer portal's\s+BillPay/),
    ).toBeVisible();
    await expectDocsShown(page);
    await shot(page, '7-techdocs');
    await page
      .getByRole('navigation', { name: 'Navigation', exact: true })
      .getByRole('link', { name: 'Runbook' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'First-time setup' }),
    ).toBeVisible();
    await expectDocsShown(page);
    await shot(page, '7-techdocs-runbook');
    await page
      .getByRole('navigation', { name: 'Navigation', exact: true })
      .getByRole('link', { name: 'Architecture' })
      .click();
    // The mermaid block of the architecture page is drawn as a diagram with the stack's parts.
    const diagram = page.locator('.iac-mermaid-diagram svg');
    await expect(diagram).toBeVisible({ timeout: 30_000 });
    await expect(diagram.getByText('Application Load Balancer')).toBeVisible();
    await shot(page, '7-techdocs-architecture');
  });
});

test('a failed workflow shows its conclusion and a link to its log', async ({
  page,
}) => {
  await setWorkflowOutcome('ledger-broken-infra', 'failure');
  await signInAt(page, '/create/templates/default/billpay-infrastructure');
  await createStack(page, 'ledger-broken', 'ledger-broken-infra');

  // The task stops at the workflow step; its error names the conclusion and links the run and
  // the failed job's log.
  const error = page.getByRole('alert').filter({ hasText: 'concluded with' });
  await expect(error).toContainText(
    "concluded with 'failure'; failed jobs: plan dev",
    {
      timeout: 90_000,
    },
  );
  const links = error.getByRole('link');
  await expect(links.first()).toHaveAttribute(
    'href',
    /ledger-broken-infra\/actions\/runs\/\d+$/,
  );
  await expect(links.nth(1)).toHaveAttribute(
    'href',
    /ledger-broken-infra\/actions\/runs\/\d+\/job\/\d+$/,
  );
  await shot(page, '8-failed-workflow');
});

test('search finds templates, catalog entities and TechDocs pages', async ({
  page,
}) => {
  await signInAt(page, '/search?query=BillPay%20infrastructure');
  await expect(
    page.getByRole('link', { name: 'BillPay infrastructure' }).first(),
  ).toBeVisible();
  await page.goto('/search?query=Servistech');
  await expect(
    page.getByRole('link', { name: 'Servistech ERP' }).first(),
  ).toBeVisible();
  // TechDocs pages are indexed once built; the backend builds them shortly after it starts.
  await expect(async () => {
    await page.goto('/search?query=overview');
    await expect(
      page.getByRole('link', { name: 'BillPay overview' }).first(),
    ).toBeVisible({
      timeout: 5000,
    });
  }).toPass({ timeout: 120_000 });
  await shot(page, '9-search');
});
