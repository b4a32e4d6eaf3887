// The few calls of the portal's HTTP API the benchmarks make: sign in as guest, start a
// scaffolder task, follow it (or all tasks at once), count catalog entities.
import { setTimeout as sleep } from 'node:timers/promises';

/** Signs in as guest the way the frontend does and answers the Backstage token. */
export async function guestToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!response.ok) {
    throw new Error(
      `Guest sign-in failed: ${response.status} ${await response.text()}`,
    );
  }
  return (await response.json()).backstageIdentity.token;
}

async function call(url: string, token: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
  });
  if (!response.ok) {
    throw new Error(
      `${init.method ?? 'GET'} ${url}: ${
        response.status
      } ${await response.text()}`,
    );
  }
  return response.json();
}

/** Starts a task from a template and answers its id. */
export async function startTask(
  baseUrl: string,
  token: string,
  templateRef: string,
  values: Record<string, unknown>,
): Promise<string> {
  const { id } = await call(`${baseUrl}/api/scaffolder/v2/tasks`, token, {
    method: 'POST',
    body: JSON.stringify({ templateRef, values }),
  });
  return id;
}

/**
 * Polls the task every `pollMs` until it is no longer open or processing and answers its
 * status: the completion is seen at most one poll late.
 */
export async function awaitTask(
  baseUrl: string,
  token: string,
  id: string,
  pollMs: number,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { status } = await call(
      `${baseUrl}/api/scaffolder/v2/tasks/${id}`,
      token,
    );
    if (status !== 'open' && status !== 'processing') return status;
    await sleep(pollMs);
  }
  throw new Error(`Task ${id} did not finish within ${timeoutMs} ms`);
}

export interface TaskSummary {
  id: string;
  status: string;
  /** ISO time the backend stored the task. */
  createdAt: string;
}

/** Every task the backend holds, in one request: cheaper than following each task alone. */
export async function listTasks(
  baseUrl: string,
  token: string,
): Promise<TaskSummary[]> {
  const { tasks } = await call(
    `${baseUrl}/api/scaffolder/v2/tasks?limit=1000`,
    token,
  );
  return tasks.map((t: TaskSummary) => ({
    id: t.id,
    status: t.status,
    createdAt: t.createdAt,
  }));
}

export interface TaskEvent {
  type: string;
  /** ISO time the backend stored the event. */
  createdAt: string;
  body: {
    message?: string;
    stepId?: string;
    error?: { message?: string };
  };
}

export async function taskEvents(
  baseUrl: string,
  token: string,
  id: string,
): Promise<TaskEvent[]> {
  return call(`${baseUrl}/api/scaffolder/v2/tasks/${id}/events`, token);
}

/** The task's log messages, for a failure report. */
export async function taskLog(
  baseUrl: string,
  token: string,
  id: string,
): Promise<string[]> {
  const events = await taskEvents(baseUrl, token, id);
  return events.filter(e => e.type === 'log').map(e => e.body.message ?? '');
}

/** How many entities the catalog holds. */
export async function entityCount(
  baseUrl: string,
  token: string,
): Promise<number> {
  const { totalItems } = await call(
    `${baseUrl}/api/catalog/entities/by-query?limit=1`,
    token,
  );
  return totalItems;
}

/** Waits until the catalog serves the entity (it ingests asynchronously). */
export async function waitForEntity(
  baseUrl: string,
  token: string,
  ref: string,
): Promise<void> {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  const url = `${baseUrl}/api/catalog/entities/by-name/${kind}/${namespace}/${name}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok) return;
    await sleep(500);
  }
  throw new Error(`${ref} never reached the catalog`);
}
