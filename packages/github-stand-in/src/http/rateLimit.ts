const LIMIT = 5000;
const WINDOW_MS = 60 * 60 * 1000;

export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  reset: number;
  used: number;
}

/**
 * The primary rate limit, counted like GitHub's core limit but never
 * enforced: it only feeds the `x-ratelimit-*` headers and `GET /rate_limit`.
 */
export class RateLimit {
  private windowStart = Date.now();
  private used = 0;

  count(): void {
    this.roll();
    this.used += 1;
  }

  snapshot(): RateLimitSnapshot {
    this.roll();
    return {
      limit: LIMIT,
      remaining: Math.max(LIMIT - this.used, 0),
      reset: Math.ceil((this.windowStart + WINDOW_MS) / 1000),
      used: this.used,
    };
  }

  headers(): Record<string, string> {
    const s = this.snapshot();
    return {
      'x-ratelimit-limit': String(s.limit),
      'x-ratelimit-remaining': String(s.remaining),
      'x-ratelimit-reset': String(s.reset),
      'x-ratelimit-used': String(s.used),
      'x-ratelimit-resource': 'core',
    };
  }

  private roll(): void {
    if (Date.now() - this.windowStart >= WINDOW_MS) {
      this.windowStart = Date.now();
      this.used = 0;
    }
  }
}
