/**
 * Who may do what with files, persona by persona (tests/helpers/world.ts), and what each can
 * find: a private channel's files never show up for those outside it, in any search.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { attach, image, send, uploadRaw } from './helpers';

type Matrix = Record<Persona, number>;

describe('files authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let privateFile: string;
  let publicFile: string;
  let unattachedFile: string;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    const stored = t.running.context.config.storedConfig();
    await t.running.context.config.save({ ...stored, FileSettings: { ...stored.FileSettings, EnablePublicLink: true } });
    const png = await image(50, 40);
    privateFile = (await uploadRaw(t, w.tokens.member, w.privateChannel.id, 'zebraprivate.png', png)).body.file_infos[0].id;
    publicFile = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'zebrapublic.png', png)).body.file_infos[0].id;
    unattachedFile = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'zebraloose.png', png)).body.file_infos[0].id;
    await attach(t, privateFile, w.privateChannel.id, w.users.member.id);
    await attach(t, publicFile, w.publicChannel.id, w.users.member.id);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function check(label: string, expected: Matrix, call: (token: string | undefined) => Promise<{ status: number }>) {
    const actual = {} as Matrix;
    for (const persona of PERSONAS) actual[persona] = (await call(w.tokens[persona])).status;
    expect(actual, label).toEqual(expected);
  }

  const readers = {
    private: { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 },
    public: { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 },
    unattached: { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 403 },
  };

  it('UploadFile: upload_file in the channel', async () => {
    await check('public channel', { anonymous: 401, outsider: 403, guest: 201, member: 201, teamAdmin: 201, admin: 201 }, (token) =>
      uploadRaw(t, token, w.publicChannel.id, 'up.txt', 'x'),
    );
    await check('private channel', { anonymous: 401, outsider: 403, guest: 403, member: 201, teamAdmin: 201, admin: 201 }, (token) =>
      uploadRaw(t, token, w.privateChannel.id, 'up.txt', 'x'),
    );
    await check('unknown channel', { anonymous: 401, outsider: 403, guest: 403, member: 403, teamAdmin: 403, admin: 403 }, (token) =>
      uploadRaw(t, token, 'a'.repeat(26), 'up.txt', 'x'),
    );
  });

  for (const [op, suffix] of [
    ['GetFile', ''],
    ['GetFileInfo', '/info'],
    ['GetFileThumbnail', '/thumbnail'],
    ['GetFilePreview', '/preview'],
    ['GetFileLink', '/link'],
  ] as const) {
    it(`${op}: read_channel on the post's channel, the uploader for unattached files`, async () => {
      await check(`${op} private`, readers.private, (token) => send(t, 'GET', `/api/v4/files/${privateFile}${suffix}`, { token }));
      await check(`${op} public`, readers.public, (token) => send(t, 'GET', `/api/v4/files/${publicFile}${suffix}`, { token }));
      const unattached = op === 'GetFileLink' ? { ...readers.unattached, member: 400 } : readers.unattached;
      await check(`${op} unattached`, unattached, (token) => send(t, 'GET', `/api/v4/files/${unattachedFile}${suffix}`, { token }));
    });
  }

  it('GetFilePublic: no session needed, the hash is the credential', async () => {
    const link = (await send(t, 'GET', `/api/v4/files/${privateFile}/link`, { token: w.tokens.member })).body.link as string;
    const { pathname, search } = new URL(link);
    await check('with the hash', { anonymous: 200, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      send(t, 'GET', `${pathname}${search}`, { token }),
    );
    await check('without it', { anonymous: 400, outsider: 400, guest: 400, member: 400, teamAdmin: 400, admin: 400 }, (token) =>
      send(t, 'GET', pathname, { token }),
    );
  });

  const search = (token: string | undefined, teamId?: string) =>
    send(t, 'POST', teamId ? `/api/v4/teams/${teamId}/files/search` : '/api/v4/files/search', {
      token,
      body: JSON.stringify({ terms: 'zebraprivate zebrapublic zebraloose', is_or_search: true }),
      headers: { 'Content-Type': 'application/json' },
    });

  it('SearchFiles: view_team; results only from channels the searcher belongs to', async () => {
    await check('team search', { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) => search(token, w.team.id));
    const found = async (persona: Persona) => {
      const res = await search(w.tokens[persona], w.team.id);
      return (res.body.order as string[]).map((id) => res.body.file_infos[id].name).sort();
    };
    expect(await found('member')).toEqual(['zebraloose.png', 'zebraprivate.png', 'zebrapublic.png']);
    expect(await found('teamAdmin')).toEqual(['zebraprivate.png', 'zebrapublic.png']);
    expect(await found('guest')).toEqual(['zebrapublic.png']);
    expect(await found('admin')).toEqual([]); // not a member of either channel
  });

  it('SearchFilesAllTeams: any session; never another team’s or a private channel’s files', async () => {
    await check('all teams', { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) => search(token));
    const outsider = await search(w.tokens.outsider);
    expect(outsider.body.order).toEqual([]);
    const guest = await search(w.tokens.guest);
    expect(Object.values(guest.body.file_infos).map((f: any) => f.name)).toEqual(['zebrapublic.png']);
  });
});
