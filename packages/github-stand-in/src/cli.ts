/**
 * Runs the GitHub stand-in as a sandbox server for the portal:
 *
 *   yarn workspace @internal/github-stand-in serve [--port 7017] [--host 127.0.0.1]
 *     [--latency-ms 0] [--queued-ms 200] [--in-progress-ms 400]
 */
import { parseArgs } from 'node:util';
import { startGitHubStandIn } from './server';

function numberOption(
  value: string | undefined,
  name: string,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new Error(`--${name} must be a non-negative number, got "${value}"`);
  }
  return parsed;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7017' },
      host: { type: 'string', default: '127.0.0.1' },
      'latency-ms': { type: 'string' },
      'queued-ms': { type: 'string' },
      'in-progress-ms': { type: 'string' },
    },
  });
  const standIn = await startGitHubStandIn({
    port: numberOption(values.port, 'port'),
    host: values.host,
    latencyMs: numberOption(values['latency-ms'], 'latency-ms'),
    workflowTiming: {
      queuedMs: numberOption(values['queued-ms'], 'queued-ms'),
      inProgressMs: numberOption(values['in-progress-ms'], 'in-progress-ms'),
    },
    log: message => console.warn(message),
  });

  console.log(
    [
      '',
      '  *** LOCAL SANDBOX: this is NOT GitHub ***',
      '  A stand-in for the GitHub REST API, state kept in memory only.',
      '',
      `  API base URL (use as the GitHub API URL): ${standIn.apiBaseUrl}`,
      `  Web pages and downloads:                  ${standIn.url}`,
      `  Control routes:                           ${standIn.url}/_stand-in/`,
      '  Any token is accepted; requests are checked against GitHub’s OpenAPI description.',
      '',
    ].join('\n'),
  );

  const stop = async () => {
    console.log('GitHub stand-in (local sandbox) stopping');
    await standIn.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch(error => {
  console.error(`GitHub stand-in failed to start: ${error.message}`);
  process.exit(1);
});
