import { ephemeral, type BuiltinCommand } from '../types';
import { postAsCaller } from './util';

const MAX_DELAY_SECONDS = 10000;

/** /echo "message" [delay]: posts the message as the caller, after the delay in seconds. */
export const echoCommand: BuiltinCommand = {
  trigger: 'echo',
  displayName: 'echo',
  description: 'Echo back text from your account',
  hint: '"message" [delay in seconds]',
  run: async (ctx) => {
    let text = ctx.message;
    let delay = 0;
    const quoted = /^"(.*)"\s*(\d+)?\s*$/s.exec(text);
    if (quoted) {
      text = quoted[1];
      delay = Number(quoted[2] ?? 0);
    } else {
      const m = /^(.*?)\s+(\d+)$/s.exec(text);
      if (m) [text, delay] = [m[1], Number(m[2])];
    }
    if (text === '') return ephemeral('A message must be provided with the /echo command.');
    if (delay > MAX_DELAY_SECONDS) return ephemeral(`Delays must be under ${MAX_DELAY_SECONDS} seconds.`);
    if (delay === 0) {
      await postAsCaller(ctx, ctx.args.channelId, text, ctx.args.rootId);
    } else {
      setTimeout(() => void postAsCaller(ctx, ctx.args.channelId, text, ctx.args.rootId).catch(() => {}), delay * 1000).unref();
    }
    return {};
  },
};
