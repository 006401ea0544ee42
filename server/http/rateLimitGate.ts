import type { Context } from 'hono';
import type { ServerContext } from '../context';
import type { Session } from '../../app/sessions/types';
import { AppError } from './appError';
import { RateLimiter } from './rateLimit';

/** Applies RateLimitSettings to each request; rebuilt whenever the configuration changes. */
export class RateLimitGate {
  private limiter: RateLimiter | null = null;

  constructor(private readonly server: ServerContext) {
    this.rebuild();
    server.config.onChange(() => this.rebuild());
  }

  private rebuild(): void {
    const s = this.server.config.get().RateLimitSettings;
    this.limiter = s.Enable ? new RateLimiter(s.PerSec, s.MaxBurst, s.MemoryStoreSize) : null;
  }

  check(c: Context, session: Session | null): void {
    if (!this.limiter) return;
    const decision = this.limiter.take(this.keyFor(c, session));
    c.header('X-Ratelimit-Limit', String(decision.limit));
    c.header('X-Ratelimit-Remaining', String(decision.remaining));
    c.header('X-Ratelimit-Reset', String(decision.resetSeconds));
    if (decision.allowed) return;
    c.header('Retry-After', String(decision.retryAfterSeconds));
    throw new AppError('api.context.rate_limit_exceeded.app_error', 'Too many requests. Please try again later.', 429, '', {
      RetryAfter: decision.retryAfterSeconds,
    });
  }

  private keyFor(c: Context, session: Session | null): string {
    const s = this.server.config.get().RateLimitSettings;
    if (s.VaryByUser && session) return `user:${session.user_id}`;
    if (s.VaryByHeader) return `header:${c.req.header(s.VaryByHeader) ?? ''}`;
    if (s.VaryByRemoteAddr) return `addr:${remoteAddress(c)}`;
    return 'all';
  }
}

export function remoteAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
