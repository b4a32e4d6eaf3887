// Browser tests: Debian's Chromium driven by Playwright against the built app served by a real
// backend (SQLite, guest sign-in) and the local GitHub sandbox, each started here on its own port.
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const backendPort = 7117;
const sandboxPort = 7217;
const transform = '--require @backstage/cli/config/nodeTransform.cjs';
// Where the backend publishes TechDocs sites (app-config.e2e.yaml). Workers evaluate this file
// too, so it is never emptied, only created anew.
const techdocsDir = mkdtempSync(join(tmpdir(), 'e2e-techdocs-'));

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://localhost:${backendPort}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // Runs stay queued and in progress for a few seconds, so the task page shows each status.
      command: `node ${transform} packages/github-stand-in/src/cli.ts --port ${sandboxPort} --queued-ms 2000 --in-progress-ms 3000`,
      url: `http://127.0.0.1:${sandboxPort}/_stand-in/state`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node ${transform} src/index.ts --config ../../app-config.yaml --config ../../app-config.sandbox.yaml --config ../../packages/app/e2e-tests/app-config.e2e.yaml`,
      cwd: 'packages/backend',
      // The same mode `yarn start` runs the backend in: guest sign-in is allowed.
      env: { NODE_ENV: 'development', E2E_TECHDOCS_DIR: techdocsDir },
      url: `http://localhost:${backendPort}/.backstage/health/v1/readiness`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
