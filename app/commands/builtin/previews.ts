import { save } from '../../preferences/preferences';
import { ephemeral, type BuiltinCommand, type BuiltinContext } from '../types';

async function setCollapse(ctx: BuiltinContext, collapse: boolean) {
  await save(ctx.server, ctx.user.id, [{ user_id: ctx.user.id, category: 'display_settings', name: 'collapse_previews', value: String(collapse) }]);
  return ephemeral(collapse ? 'Image links now collapse by default' : 'Image links now expand by default');
}

export const collapseCommand: BuiltinCommand = { trigger: 'collapse', displayName: 'collapse', description: 'Turn on auto-collapsing of image previews', hint: '', run: (ctx) => setCollapse(ctx, true) };
export const expandCommand: BuiltinCommand = { trigger: 'expand', displayName: 'expand', description: 'Turn off auto-collapsing of image previews', hint: '', run: (ctx) => setCollapse(ctx, false) };
