// The portal's backend: Backstage core plugins plus this product's IaC scaffolder actions and
// permission policy. Configuration problems stop it with one readable message (see startup.ts).
import { createBackend } from '@backstage/backend-defaults';
import { checkStartupConfig } from './startup';

checkStartupConfig()
  .then(({ databaseClient }) => {
    const backend = createBackend();

    backend.add(import('@backstage/plugin-app-backend'));

    backend.add(import('@backstage/plugin-auth-backend'));
    backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
    backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));

    backend.add(import('@backstage/plugin-catalog-backend'));
    backend.add(
      import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
    );
    backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
    backend.add(import('@internal/plugin-catalog-backend-module-iac'));

    backend.add(import('@backstage/plugin-scaffolder-backend'));
    backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
    backend.add(
      import('@backstage/plugin-scaffolder-backend-module-notifications'),
    );
    backend.add(import('@internal/plugin-scaffolder-backend-module-iac'));
    backend.add(import('@internal/plugin-iac-backend'));

    backend.add(import('@backstage/plugin-techdocs-backend'));

    backend.add(import('@backstage/plugin-permission-backend'));
    backend.add(import('@internal/plugin-permission-backend-module-iac-policy'));

    backend.add(import('@backstage/plugin-search-backend'));
    // On PostgreSQL search uses the database; on SQLite it keeps the in-memory Lunr engine.
    if (databaseClient === 'pg') {
      backend.add(import('@backstage/plugin-search-backend-module-pg'));
    }
    backend.add(import('@backstage/plugin-search-backend-module-catalog'));
    backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

    backend.add(import('@backstage/plugin-user-settings-backend'));
    backend.add(import('@backstage/plugin-notifications-backend'));
    backend.add(import('@backstage/plugin-signals-backend'));

    return backend.start();
  })
  .catch(error => {
    // One line a person can act on instead of a stack trace.
    process.stderr.write(`\nThe portal backend cannot start: ${error.message}\n\n`);
    process.exit(1);
  });
