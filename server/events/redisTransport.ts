import type { ClusterTransport } from './bus';
import type { BusMessage } from './types';
import { newId } from '../ids';

const CHANNEL = 'mmts:bus';

/**
 * Redis pub/sub between server processes: each message carries the sender's node id so a
 * node ignores its own (it has already delivered them locally).
 */
export async function createRedisTransport(url: string): Promise<ClusterTransport> {
  const { Redis } = await import('ioredis');
  const nodeId = newId();
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(CHANNEL);
  const listeners: Array<(message: BusMessage) => void> = [];
  subscriber.on('message', (_channel: string, raw: string) => {
    const envelope = JSON.parse(raw) as { node: string; message: BusMessage };
    if (envelope.node === nodeId) return;
    for (const listener of listeners) listener(envelope.message);
  });
  return {
    async publish(message) {
      await publisher.publish(CHANNEL, JSON.stringify({ node: nodeId, message }));
    },
    onMessage(listener) {
      listeners.push(listener);
    },
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
