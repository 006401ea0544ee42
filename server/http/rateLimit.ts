/**
 * A token bucket per key, as Mattermost's RateLimitSettings describe it: PerSec tokens a
 * second, MaxBurst extra, at most MemoryStoreSize keys remembered (oldest forgotten first).
 */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perSec: number,
    private readonly maxBurst: number,
    private readonly storeSize: number,
  ) {}

  take(key: string, now = Date.now()): RateLimitDecision {
    const capacity = this.perSec + this.maxBurst;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedAt: now };
      if (this.buckets.size >= this.storeSize) this.buckets.delete(this.buckets.keys().next().value!);
    } else {
      this.buckets.delete(key);
      bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.perSec);
      bucket.updatedAt = now;
    }
    this.buckets.set(key, bucket);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const missing = capacity - bucket.tokens;
    return {
      allowed,
      limit: this.perSec,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil(missing / this.perSec),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSec)),
    };
  }
}
