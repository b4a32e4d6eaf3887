// A person signs in as guest and finds the portal's pages with their real content.
import { expect, Page, test } from '@playwright/test';
import { expectDocsShown } from './techdocs';

async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // Signed in once the sign-in page is gone; a page loaded before that would ask again.
  await expect(enter).toBeHidden();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('home leads to templates, catalog, docs, search and the graph', async ({ page }) => {
  await signInAsGuest(page);
  await expect(page.getByText('Infrastructure from a form')).toBeVisible();
  for (const link of ['Create', 'Catalog', 'Docs', 'Search']) {
    await expect(page.getByRole('link', { name: link }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Catalog graph' }).first()).toBeVisible();
  await shot(page, 'home');
});

test('catalog lists the systems of the organisation', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto('/catalog?filters[kind]=system&filters[user]=all');
  for (const system of ['BillPay', 'Inventory and Sales', 'Servistech ERP', 'Order Processing']) {
    await expect(page.getByRole('link', { name: system, exact: true })).toBeVisible();
  }
  await shot(page, 'catalog');
});

test('create shows the templates', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto('/create');
  await expect(page.getByText(/BillPay infrastructure/i).first()).toBeVisible();
  await shot(page, 'create');
});

test('search finds a system by its description', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto('/search?query=ERP');
  await expect(page.getByText('Servistech ERP').first()).toBeVisible({ timeout: 90_000 });
  await shot(page, 'search');
});

test('a system’s TechDocs page renders', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto('/docs/default/system/billpay');
  await expect(
    page.getByRole('heading', { name: 'BillPay overview' }),
  ).toBeVisible({ timeout: 120_000 });
  await expectDocsShown(page);
  await shot(page, 'techdocs');
});

test('the local GitHub sandbox is labelled on the page', async ({ page }) => {
  await signInAsGuest(page);
  await expect(page.getByRole('status').filter({ hasText: 'Local sandbox' })).toBeVisible();
});
