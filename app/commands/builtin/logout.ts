import type { BuiltinCommand } from '../types';

/** /logout: ends the caller's session; the client follows goto_location to the login page. */
export const logoutCommand: BuiltinCommand = {
  trigger: 'logout',
  displayName: 'logout',
  description: 'Logout of Mattermost',
  hint: '',
  run: async ({ server, args }) => {
    if (args.session.id) await server.sessions.revoke(args.session);
    return { goto_location: '/login' };
  },
};
