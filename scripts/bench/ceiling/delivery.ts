import type { SimUser } from './simUser';

/**
 * Every post the simulated users create, to check afterwards that each connected member of its
 * channel received its `posted` event: a user is owed the posts created in its channels from a
 * second after its socket opened (its `countFrom`) until the end of the run.
 */
export class DeliveryLedger {
  private readonly created: Array<{ channelId: string; createAt: number }> = [];

  record(channelId: string, createAt: number): void {
    this.created.push({ channelId, createAt });
  }

  get posts(): number {
    return this.created.length;
  }

  /** Events owed and events missing over the users still connected. */
  verify(users: SimUser[]): { owed: number; missing: number } {
    let owed = 0;
    let missing = 0;
    for (const u of users) {
      const channels = new Set(u.channels);
      const due = new Map<string, number>();
      for (const p of this.created) {
        if (p.createAt >= u.countFrom && channels.has(p.channelId)) due.set(p.channelId, (due.get(p.channelId) ?? 0) + 1);
      }
      for (const [channelId, n] of due) {
        owed += n;
        missing += Math.max(0, n - (u.postedByChannel.get(channelId) ?? 0));
      }
    }
    return { owed, missing };
  }
}
