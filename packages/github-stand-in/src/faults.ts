import { ApiRoute } from './openapi/router';
import { Fault, FaultKind } from './types';

const STATUSES = [500, 502, 403, 422];
const KINDS: FaultKind[] = [
  'secondary-rate-limit',
  'reference-exists',
  'slow',
  'timeout',
];

const DEFAULT_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Bad Gateway',
  403: 'Resource not accessible by integration',
  422: 'Validation Failed',
};

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.';

/** The answer a fault produces instead of the normal one. */
export type FaultEffect =
  | {
      type: 'respond';
      status: number;
      message: string;
      headers: Record<string, string>;
    }
  | { type: 'delay'; ms: number }
  | { type: 'hang' };

/** Throws when a fault (possibly sent over HTTP) is not one the stand-in can play. */
function checkFault(fault: Fault): void {
  if (fault.kind !== undefined && !KINDS.includes(fault.kind)) {
    throw new Error(
      `unknown fault kind "${fault.kind}"; expected one of ${KINDS.join(', ')}`,
    );
  }
  if (fault.kind === undefined && !STATUSES.includes(fault.status as number)) {
    throw new Error(
      `a fault needs a kind or a status among ${STATUSES.join(', ')}`,
    );
  }
  if (
    fault.times !== undefined &&
    !(Number.isInteger(fault.times) && fault.times > 0)
  ) {
    throw new Error('times must be a positive integer');
  }
  if (fault.delayMs !== undefined && !(fault.delayMs >= 0)) {
    throw new Error('delayMs must be a non-negative number');
  }
}

export function effectOf(fault: Fault): FaultEffect {
  switch (fault.kind) {
    case 'slow':
      return { type: 'delay', ms: fault.delayMs ?? 1000 };
    case 'timeout':
      return { type: 'hang' };
    case 'secondary-rate-limit':
      return {
        type: 'respond',
        status: fault.status ?? 403,
        message: fault.message ?? SECONDARY_RATE_LIMIT_MESSAGE,
        headers: { 'retry-after': '1' },
      };
    case 'reference-exists':
      return {
        type: 'respond',
        status: fault.status ?? 422,
        message: fault.message ?? 'Reference already exists',
        headers: {},
      };
    default:
      return {
        type: 'respond',
        status: fault.status!,
        message: fault.message ?? DEFAULT_MESSAGES[fault.status!],
        headers: {},
      };
  }
}

/** Faults waiting to be played, first added first used. */
export class FaultQueue {
  private queue: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    checkFault(fault);
    this.queue.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.queue = [];
  }

  pending(): Fault[] {
    return this.queue.map(({ fault, left }) => ({ ...fault, times: left }));
  }

  /** The first fault matching a request, used up by one. */
  take(method: string, route: ApiRoute): Fault | undefined {
    const index = this.queue.findIndex(
      ({ fault }) =>
        (!fault.method ||
          fault.method.toLowerCase() === method.toLowerCase()) &&
        (!fault.route ||
          fault.route === route.template ||
          fault.route === route.operation.operationId),
    );
    if (index < 0) {
      return undefined;
    }
    const entry = this.queue[index];
    entry.left -= 1;
    if (entry.left === 0) {
      this.queue.splice(index, 1);
    }
    return entry.fault;
  }
}
