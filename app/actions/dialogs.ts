/**
 * Interactive dialogs (Mattermost's OpenInteractiveDialog / SubmitInteractiveDialog /
 * LookupInteractiveDialog): an integration holding a fresh trigger id (from a slash command or an
 * action, valid for OutgoingIntegrationRequestsTimeout seconds) opens a dialog for that user
 * (`open_dialog` over the WebSocket); the user's submission, or a lookup for a dynamic select,
 * is POSTed to the dialog's URL and the integration's answer returned.
 */
import type { ServerContext } from '../../server/context';
import { isValidHttpUrl } from '../integrations/common';
import { verifyTriggerId } from '../integrations/triggerId';
import { doActionRequest } from './request';

export interface OpenDialogRequest {
  trigger_id?: string;
  url?: string;
  dialog?: Record<string, unknown>;
}

export async function openDialog(server: ServerContext, req: OpenDialogRequest): Promise<void> {
  const { clientTriggerId, userId } = await verifyTriggerId(server, req.trigger_id ?? '');
  const payload = { ...req, trigger_id: clientTriggerId };
  server.events.publish({ event: 'open_dialog', data: { dialog: JSON.stringify(payload) }, broadcast: { user_id: userId } });
}

export interface SubmitDialogRequest {
  type?: string;
  url?: string;
  callback_id?: string;
  state?: string;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  submission?: Record<string, unknown>;
  cancelled?: boolean;
}

/** The submission goes to the dialog's URL as type dialog_submission (without the URL); an empty answer is fine. */
export async function submitDialog(server: ServerContext, req: SubmitDialogRequest): Promise<Record<string, unknown>> {
  const { url, ...rest } = req;
  const answer = await doActionRequest(server, url ?? '', { ...rest, type: 'dialog_submission' });
  return answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Record<string, unknown>) : {};
}

/** Mattermost's IsValidLookupURL: an http(s) URL, or a path into a plugin. */
export function isValidLookupUrl(url: string): boolean {
  return isValidHttpUrl(url) || url.startsWith('/plugins/');
}

export async function lookupDialog(server: ServerContext, req: SubmitDialogRequest): Promise<{ items: Array<{ text: string; value: string }> }> {
  const { url, ...rest } = req;
  const answer = (await doActionRequest(server, url ?? '', { ...rest, type: 'dialog_lookup' })) as { items?: unknown } | undefined;
  const items = Array.isArray(answer?.items) ? answer.items : [];
  return {
    items: items
      .filter((i) => i && typeof i === 'object')
      .map((i: any) => ({ text: typeof i.text === 'string' ? i.text : String(i.text ?? ''), value: typeof i.value === 'string' ? i.value : String(i.value ?? '') })),
  };
}
