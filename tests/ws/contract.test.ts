import { describe, expect, it } from 'vitest';
import { checkFrame, contractViolations, CONTRACT_EVENTS } from '../helpers/eventContract';

describe('the WebSocket event contract (api/v4/websocket.yaml)', () => {
  const broadcast = { omit_users: null, user_id: '', channel_id: '', team_id: '', connection_id: '', omit_connection_id: '' };

  it('documents the events the client relies on', () => {
    for (const name of ['hello', 'posted', 'post_edited', 'post_deleted', 'typing', 'status_change', 'channel_viewed', 'user_added']) {
      expect(CONTRACT_EVENTS).toContain(name);
    }
  });

  it('accepts a conforming frame and reports a wrong one', () => {
    const before = contractViolations().length;
    checkFrame({ event: 'typing', data: { parent_id: '', user_id: 'abcdefghijklmnopqrstuvwxyz' }, broadcast, seq: 3 });
    expect(contractViolations()).toHaveLength(before);
    checkFrame({ event: 'posted', data: { post: { id: 'not a string' } }, broadcast, seq: 4 });
    checkFrame({ event: 'made_up', data: {}, broadcast, seq: 5 });
    checkFrame({ seq_reply: 2, status: 'MAYBE' });
    const found = contractViolations().slice(before);
    expect(found).toHaveLength(3);
    expect(found[1]).toContain('made_up');
  });
});
