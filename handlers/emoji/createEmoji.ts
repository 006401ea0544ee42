import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { createEmoji as create, emojiDisabled, emojiTooLarge, MAX_EMOJI_FILE_SIZE, requireCreateEmoji, toApiEmoji } from '../../app/emoji/emoji';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../../app/files/multipart';
import { contentLength } from '../files/shared';

const parseError = (detail: string) => new AppError('api.emoji.create.parse.app_error', 'Unable to create emoji. Could not understand request.', 400, detail);

/** Mattermost answers 200 (not 201) with the new emoji. */
export const createEmoji: Handler<'CreateEmoji'> = async (ctx) => {
  const { server } = ctx;
  if (!server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(501);
  const length = contentLength(ctx.hono);
  if (length !== undefined && length > MAX_EMOJI_FILE_SIZE) throw emojiTooLarge();
  const contentType = ctx.hono.req.header('content-type') ?? '';
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw parseError('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(ctx.hono.req.raw.body, contentType, MAX_EMOJI_FILE_SIZE);
  } catch (err) {
    if (err instanceof FormTooLarge) throw emojiTooLarge();
    throw parseError(String((err as Error)?.message ?? err));
  }
  await requireCreateEmoji(server, ctx.session);
  const raw = form.fields.emoji?.[0];
  if (!raw) throw Errors.invalidBodyParam('emoji');
  let emoji: unknown;
  try {
    emoji = JSON.parse(raw);
  } catch {
    throw Errors.invalidBodyParam('emoji');
  }
  if (typeof emoji !== 'object' || emoji === null || Array.isArray(emoji)) throw Errors.invalidBodyParam('emoji');
  const row = await create(server, ctx.session, { emoji: emoji as Record<string, unknown>, image: form.files.image?.[0] });
  return ctx.json(200, toApiEmoji(row) as never);
};
