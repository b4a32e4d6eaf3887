// The features packages/backend/src/index.ts adds, split into stock Backstage and this project's
// own, for the backend without them and for measuring what loading them costs.

/** Stock Backstage plugins and modules of the portal's backend, on SQLite (the PostgreSQL search module is added only on PostgreSQL). */
export const STOCK_FEATURES = [
  '@backstage/plugin-app-backend',
  '@backstage/plugin-auth-backend',
  '@backstage/plugin-auth-backend-module-guest-provider',
  '@backstage/plugin-auth-backend-module-github-provider',
  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-catalog-backend-module-scaffolder-entity-model',
  '@backstage/plugin-catalog-backend-module-logs',
  '@backstage/plugin-scaffolder-backend',
  '@backstage/plugin-scaffolder-backend-module-github',
  '@backstage/plugin-scaffolder-backend-module-notifications',
  '@backstage/plugin-techdocs-backend',
  '@backstage/plugin-permission-backend',
  '@backstage/plugin-search-backend',
  '@backstage/plugin-search-backend-module-catalog',
  '@backstage/plugin-search-backend-module-techdocs',
  '@backstage/plugin-user-settings-backend',
  '@backstage/plugin-notifications-backend',
  '@backstage/plugin-signals-backend',
];

/** This project's modules, which the portal's backend adds to the stock features. */
export const PORTAL_MODULES = [
  '@internal/plugin-catalog-backend-module-iac',
  '@internal/plugin-scaffolder-backend-module-iac',
  '@internal/plugin-permission-backend-module-iac-policy',
];
