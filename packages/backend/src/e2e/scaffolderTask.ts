// Runs a template through the real scaffolder API the way the portal's Create page does: POST a
// task, then follow its event stream until it completes or fails.
export interface TaskResult {
  id: string;
  /** Every event of the task as the API served it (for scans). */
  rawEvents: unknown[];
  status: string;
  output: Record<string, any>;
  /** Every log message of every step, in order. */
  log: string[];
  /** Step id -> final status. */
  steps: Record<string, string>;
}

export async function runTask(
  baseUrl: string,
  token: string,
  templateRef: string,
  values: Record<string, unknown>,
  options: { secrets?: Record<string, string>; timeoutMs?: number } = {},
): Promise<TaskResult> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${baseUrl}/api/scaffolder/v2/tasks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ templateRef, values, secrets: options.secrets }),
  });
  if (created.status !== 201) {
    throw new Error(`Task was refused: ${created.status} ${await created.text()}`);
  }
  const { id } = await created.json();

  const log: string[] = [];
  const rawEvents: unknown[] = [];
  const steps: Record<string, string> = {};
  let after: number | undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const query = after === undefined ? '' : `?after=${after}`;
    const response = await fetch(`${baseUrl}/api/scaffolder/v2/tasks/${id}/events${query}`, {
      headers,
    });
    const events: any[] = await response.json();
    for (const event of events) {
      after = event.id;
      rawEvents.push(event);
      if (event.type === 'log') {
        if (event.body.message) log.push(event.body.message);
        if (event.body.stepId && event.body.status) steps[event.body.stepId] = event.body.status;
      }
      if (event.type === 'completion') {
        const task = await (await fetch(`${baseUrl}/api/scaffolder/v2/tasks/${id}`, { headers })).json();
        return {
          id,
          rawEvents,
          status: task.status,
          output: event.body.output ?? task.output ?? {},
          log,
          steps,
        };
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`Task ${id} did not finish in time:\n${log.join('\n')}`);
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

export async function getEntity(baseUrl: string, token: string, ref: string) {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  const response = await fetch(
    `${baseUrl}/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  return response.ok ? response.json() : undefined;
}
