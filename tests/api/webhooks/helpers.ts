import type { TestServer } from '../../helpers/testServer';

/** The channel's posts, newest first, as the API returns them. */
export async function channelPosts(t: TestServer, token: string, channelId: string): Promise<any[]> {
  const res = await t.request('GET', `/api/v4/channels/${channelId}/posts?per_page=200`, { token });
  if (res.status !== 200) throw new Error(`GET posts: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.order.map((id: string) => res.body.posts[id]);
}

/** Environment for integration tests: receivers on 127.0.0.1 are allowed, overrides on. */
export const INTEGRATION_ENV: Record<string, string> = {
  MM_SERVICESETTINGS_ALLOWEDUNTRUSTEDINTERNALCONNECTIONS: '127.0.0.1',
  MM_SERVICESETTINGS_SITEURL: 'http://localhost:8065',
};

export async function postAs(t: TestServer, token: string, channelId: string, message: string, extra: Record<string, unknown> = {}): Promise<any> {
  const res = await t.request('POST', '/api/v4/posts', { token, body: { channel_id: channelId, message, ...extra } });
  if (res.status !== 201) throw new Error(`POST /posts: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
