import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { deleteFilesForPost } from '../../../db/queries/files';
import { parseSearchTerms, toTsQuery } from '../../../app/files/search';
import { attach, send, uploadRaw } from './helpers';

describe('file search', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    const put = async (channelId: string, name: string, content: string, token = w.tokens.member!, userId = w.users.member.id) => {
      const id = (await uploadRaw(t, token, channelId, name, content)).body.file_infos[0].id;
      await attach(t, id, channelId, userId);
      return id;
    };
    await put(w.publicChannel.id, 'quarterly-report.pdf.txt', 'revenue grew in the third quarter');
    await put(w.publicChannel.id, 'budget.csv', 'item,amount\nlaptops,1200\n');
    await put(w.privateChannel.id, 'roadmap.md', 'secret launch plans for the pelican project');
    await put(w.publicChannel.id, 'team-photo.txt', 'from the teamadmin', w.tokens.teamAdmin!, w.users.teamAdmin.id);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const search = async (terms: string, opts: Record<string, unknown> = {}, token = w.tokens.member, teamId: string | null = w.team.id) => {
    const res = await send(t, 'POST', teamId ? `/api/v4/teams/${teamId}/files/search` : '/api/v4/files/search', {
      token,
      body: JSON.stringify({ terms, is_or_search: false, ...opts }),
      headers: { 'Content-Type': 'application/json' },
    });
    return res;
  };
  const names = async (terms: string, opts: Record<string, unknown> = {}, token = w.tokens.member, teamId: string | null = w.team.id) => {
    const res = await search(terms, opts, token, teamId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.order as string[]).map((id) => res.body.file_infos[id].name);
  };

  it('parses Mattermost search syntax', () => {
    const p = parseSearchTerms('budget "third quarter" rev* -secret ext:csv -ext:md from:@alice in:town-square after:2024-01-02');
    expect(p.words).toEqual([
      { text: 'budget', prefix: false },
      { text: 'rev', prefix: true },
    ]);
    expect(p.phrases).toEqual([['third', 'quarter']]);
    expect(p).toMatchObject({ excluded: ['secret'], ext: ['csv'], notExt: ['md'], from: ['alice'], in: ['town-square'], after: '2024-01-02' });
    expect(toTsQuery(p, false)).toBe('(budget & rev:* & (third <-> quarter)) & !(secret)');
    expect(toTsQuery(parseSearchTerms('a b'), true)).toBe('(a | b)');
  });

  it('finds files by name words, by extracted content, by extension, with prefixes and phrases', async () => {
    expect(await names('budget')).toEqual(['budget.csv']);
    expect(await names('quarterly')).toEqual(['quarterly-report.pdf.txt']);
    expect(await names('revenue')).toEqual(['quarterly-report.pdf.txt']);
    expect(await names('"third quarter"')).toEqual(['quarterly-report.pdf.txt']);
    expect(await names('laptop*')).toEqual(['budget.csv']);
    expect((await names('ext:csv')).sort()).toEqual(['budget.csv']);
    expect((await names('pelican')).sort()).toEqual(['roadmap.md']);
    expect(await names('budget revenue')).toEqual([]);
    expect((await names('budget revenue', { is_or_search: true })).sort()).toEqual(['budget.csv', 'quarterly-report.pdf.txt']);
    expect(await names('revenue -third')).toEqual([]);
  });

  it('filters by from:, in: and dates; newest first', async () => {
    expect(await names(`from:${w.users.teamAdmin.username} teamadmin`)).toEqual(['team-photo.txt']);
    expect(await names(`in:${w.privateChannel.name} plans`)).toEqual(['roadmap.md']);
    expect(await names(`in:${w.publicChannel.name} plans`)).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await names(`on:${today} ext:csv`)).length).toBe(1);
    expect(await names(`before:2000-01-01 ext:csv`)).toEqual([]);
    const all = await names('ext:txt ext:csv ext:md');
    expect(all[0]).toBe('team-photo.txt');
  });

  it('private channel files stay invisible to those outside it; other teams see nothing', async () => {
    expect(await names('pelican', {}, w.tokens.guest)).toEqual([]);
    expect(await names('pelican', {}, w.tokens.admin)).toEqual([]);
    expect(await names('pelican', {}, w.tokens.outsider, null)).toEqual([]);
    expect(await names('pelican', {}, w.tokens.member, null)).toEqual(['roadmap.md']);
    expect(await names('budget', {}, w.tokens.guest, null)).toEqual(['budget.csv']);
  });

  it('hides files of deleted posts; unattached files only for their uploader', async () => {
    const id = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'ephemeral-walrus.txt', 'walrus')).body.file_infos[0].id;
    expect(await names('walrus')).toEqual(['ephemeral-walrus.txt']);
    expect(await names('walrus', {}, w.tokens.guest)).toEqual([]);
    const postId = await attach(t, id, w.publicChannel.id, w.users.member.id);
    expect(await names('walrus', {}, w.tokens.guest)).toEqual(['ephemeral-walrus.txt']);
    await deleteFilesForPost(t.running.context.db, postId, Date.now());
    expect(await names('walrus')).toEqual([]);
  });

  it('terms are required; later pages are empty; search can be disabled', async () => {
    expectAppError(await search(''), 400, 'api.context.invalid_body_param.app_error');
    const missing = await send(t, 'POST', `/api/v4/teams/${w.team.id}/files/search`, { token: w.tokens.member, body: '{}', headers: { 'Content-Type': 'application/json' } });
    expectAppError(missing, 400, 'api.context.invalid_body_param.app_error');
    expect(await names('budget', { page: 1 })).toEqual([]);
    expect(await names('"unbalanced ( ) & | !')).toEqual([]);
    const config = t.running.context.config;
    const stored = config.storedConfig();
    await config.save({ ...stored, ServiceSettings: { ...stored.ServiceSettings, EnableFileSearch: false } });
    try {
      expectAppError(await search('budget'), 501, 'store.sql_file_info.search.disabled');
    } finally {
      await config.save(stored);
    }
  });
});
