import { searchPostsForUser } from '../../search/search';
import { ephemeral, type BuiltinCommand } from '../types';
import { errorText } from './util';

const SHOWN = 10;

/** /search terms: the caller's search in this team, the first results as a private answer with links. */
export const searchCommand: BuiltinCommand = {
  trigger: 'search',
  displayName: 'search',
  description: 'Search text in messages',
  hint: '[text]',
  run: async (ctx) => {
    if (ctx.message.trim() === '') return ephemeral('You must provide text to search: /search text.');
    if (!ctx.args.teamId) return ephemeral('Search needs a team.');
    try {
      const results = await searchPostsForUser(ctx.server, ctx.args.session, ctx.args.teamId, { terms: ctx.message, page: 0, per_page: SHOWN });
      if (results.order.length === 0) return ephemeral(`No results for "${ctx.message}".`);
      const lines = results.order.slice(0, SHOWN).map((id) => {
        const post = results.posts[id];
        const excerpt = post.message.length > 80 ? `${post.message.slice(0, 80)}…` : post.message;
        return `- [${excerpt.replace(/\n/g, ' ')}](${ctx.args.siteUrl}/${ctx.team?.name ?? ''}/pl/${id})`;
      });
      return ephemeral(`Results for "${ctx.message}":\n${lines.join('\n')}`);
    } catch (err) {
      return ephemeral(errorText(err, 'The search failed.'));
    }
  },
};
