import { expect, Page } from '@playwright/test';

/**
 * TechDocs keeps a page transparent until its stylesheets have loaded (a page waiting for an
 * unreachable font stays so): a page counts as read only once it is shown.
 */
export async function expectDocsShown(page: Page) {
  await expect(
    page.getByTestId('techdocs-native-shadowroot').locator('html'),
  ).toHaveCSS('opacity', '1');
}
