/**
 * Trigger ids (Mattermost's GenerateTriggerId / DecodeAndVerifyTriggerId): handed to a slash
 * command or an interactive action so that the integration may open a dialog for that user
 * shortly afterwards. A trigger id is base64("client id:user id:millis:" + base64(signature)),
 * signed with the server's ECDSA P-256 key (kept in the systems table so every node agrees).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { ensureSystemValue } from '../../db/queries/system';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { newId } from '../../server/ids';

const KEY_NAME = 'AsymmetricSigningKey';
const keys = new WeakMap<ServerContext, Promise<{ privateKey: KeyObject; publicKey: KeyObject }>>();

function signingKeys(server: ServerContext) {
  let found = keys.get(server);
  if (!found) {
    found = (async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const pem = await ensureSystemValue(server.db, KEY_NAME, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string);
      const stored = createPrivateKey(pem);
      return { privateKey: stored, publicKey: createPublicKey(stored) };
    })();
    keys.set(server, found);
  }
  return found;
}

export async function generateTriggerId(server: ServerContext, userId: string): Promise<{ clientTriggerId: string; triggerId: string }> {
  const clientTriggerId = newId();
  const data = `${clientTriggerId}:${userId}:${Date.now()}:`;
  const { privateKey } = await signingKeys(server);
  const signature = sign('sha256', Buffer.from(data), privateKey).toString('base64');
  return { clientTriggerId, triggerId: Buffer.from(data + signature).toString('base64') };
}

function triggerError(id: string, message: string, params?: Record<string, unknown>): AppError {
  return new AppError(`interactive_message.decode_trigger_id.${id}`, message, 400, '', params);
}

/** The client trigger id and user id of a valid, unexpired trigger id. */
export async function verifyTriggerId(server: ServerContext, triggerId: string): Promise<{ clientTriggerId: string; userId: string }> {
  const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(triggerId) ? Buffer.from(triggerId, 'base64').toString('utf8') : '';
  if (!decoded) throw triggerError('base64_decode_failed', 'Failed to decode base64 for trigger ID for interactive dialog.');
  const parts = decoded.split(':');
  if (parts.length !== 4) throw triggerError('missing_data', 'Trigger ID missing required data for interactive dialog.');
  const [clientTriggerId, userId, millis, signature] = parts;
  const timeout = server.config.get().ServiceSettings.OutgoingIntegrationRequestsTimeout || 30;
  const at = Number(millis);
  if (!Number.isFinite(at) || Date.now() - at > timeout * 1000) {
    throw triggerError('expired', `Trigger ID for interactive dialog is expired. Trigger IDs live for a maximum of ${timeout}s.`, { Seconds: timeout });
  }
  const sig = Buffer.from(signature, 'base64');
  if (sig.length === 0) throw triggerError('signature_decode_failed', 'Failed to decode base64 signature of trigger ID for interactive dialog.');
  const { publicKey } = await signingKeys(server);
  let ok = false;
  try {
    ok = verify('sha256', Buffer.from(`${clientTriggerId}:${userId}:${millis}:`), publicKey, sig);
  } catch {
    ok = false;
  }
  if (!ok) throw triggerError('verify_signature_failed', 'Signature verification failed of trigger ID for interactive dialog.');
  return { clientTriggerId, userId };
}
