/**
 * What integrations do after a post is created: outgoing webhooks fire on it. Posts are seen
 * through the `posted` events this process publishes (createPost publishes them after commit).
 * Posts made by webhooks themselves are remembered here and never trigger webhooks, as in
 * Mattermost (CreateWebhookPost passes TriggerWebhooks=false), which also prevents loops.
 *
 * installIntegrations must run once per server: the integration handlers call it, and the
 * server's start-up should too (see the report: server/createServer.ts is not ours to edit).
 */
import type { ServerContext } from '../../server/context';
import type { WsEvent } from '../../server/events/types';
import type { ApiPost } from '../posts/serialize';
import { handleWebhookEvents } from '../webhooks/trigger';

const installed = new WeakSet<ServerContext>();
const quiet = new WeakMap<ServerContext, Set<string>>();

/** Marks a post as made by a webhook: it will not trigger outgoing webhooks. */
export function markWebhookPost(server: ServerContext, postId: string): void {
  let set = quiet.get(server);
  if (!set) quiet.set(server, (set = new Set()));
  set.add(postId);
  // A marked post's event is handled right after its commit; forget it after a while regardless.
  setTimeout(() => set!.delete(postId), 60_000).unref();
}

function log(msg: string, err?: unknown): void {
  if (process.env.VITEST) return;
  console.error(msg, err instanceof Error ? err.message : (err ?? ''));
}

export function installIntegrations(server: ServerContext): void {
  if (installed.has(server)) return;
  installed.add(server);
  server.events.onLocalEvent((event: WsEvent) => {
    if (event.event !== 'posted' || 'mentions' in event.data || typeof event.data.post !== 'string') return;
    let post: ApiPost;
    try {
      post = JSON.parse(event.data.post) as ApiPost;
    } catch {
      return;
    }
    if (quiet.get(server)?.delete(post.id)) return;
    if (post.type.startsWith('system_')) return;
    void handleWebhookEvents(server, post, log).catch((err) => log('outgoing webhooks failed', err));
  });
}
