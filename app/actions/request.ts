/** The HTTP request to an integration behind an action or dialog (Mattermost's DoActionRequest). */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { outboundRequest } from '../integrations/outbound';

export function actionIntegrationError(detail = ''): AppError {
  return new AppError('api.post.do_action.action_integration.app_error', 'Action integration error.', 400, detail);
}

/** POSTs JSON to the integration; answers its body (parsed, or undefined when empty). Non-200 and failures are 400s. */
export async function doActionRequest(server: ServerContext, url: string, body: unknown): Promise<unknown> {
  let res;
  try {
    res = await outboundRequest(server, url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  } catch (err) {
    throw actionIntegrationError(`err=${(err as Error).message}`);
  }
  if (res.status !== 200) throw actionIntegrationError(`status=${res.status}`);
  if (res.text.trim() === '') return undefined;
  try {
    return JSON.parse(res.text);
  } catch (err) {
    throw actionIntegrationError((err as Error).message);
  }
}
