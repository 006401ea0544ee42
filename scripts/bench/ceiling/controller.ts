/**
 * The feedback loop of a ceiling run, after Mattermost's load-test-ng: every window the
 * thresholds are checked over the requests made since the last change of the user count (so a
 * window never mixes two loads); users are added while they hold and removed when one breaks.
 * Each change of direction halves the step, down to `minStep`; the run has converged once it
 * has turned `turnsToConverge` times at the smallest step. The result is the largest user count
 * that held over a whole window.
 */
export interface Thresholds {
  meanMs: number;
  p99Ms: number;
  errorRate: number;
}

/** Mattermost's defaults for a ceiling run. */
export const MATTERMOST_THRESHOLDS: Thresholds = { meanMs: 100, p99Ms: 2000, errorRate: 0.00025 };

export interface WindowStats {
  requests: number;
  mean: number;
  p99: number;
  errorRate: number;
}

export interface Held {
  users: number;
  actionsPerSecond: number;
  requestsPerSecond: number;
  mean: number;
  p99: number;
}

export function holds(s: WindowStats, t: Thresholds): boolean {
  return s.requests > 0 && s.mean < t.meanMs && s.p99 < t.p99Ms && s.errorRate < t.errorRate;
}

export class Controller {
  private step: number;
  private direction: 1 | -1 = 1;
  private turnsAtMinStep = 0;
  best: Held | null = null;

  constructor(
    initialStep: number,
    private readonly minStep: number,
    private readonly turnsToConverge: number,
  ) {
    this.step = initialStep;
  }

  get converged(): boolean {
    return this.turnsAtMinStep >= this.turnsToConverge;
  }

  /** The change of user count (positive: add) after a window at `users` users. */
  next(users: number, healthy: boolean, held: Held): number {
    if (healthy && (!this.best || users > this.best.users)) this.best = held;
    const direction = healthy ? 1 : -1;
    if (direction !== this.direction) {
      this.direction = direction;
      if (this.step === this.minStep) this.turnsAtMinStep += 1;
      this.step = Math.max(this.minStep, Math.floor(this.step / 2));
    }
    return direction * Math.min(this.step, direction < 0 ? users : Number.MAX_SAFE_INTEGER);
  }
}
