/** Mattermost's search syntax, parsed without a server (app/search/parse.ts, app/search/search.ts). */
import { describe, expect, it } from 'vitest';
import { afterDateMillis, beforeDateMillis, onDateMillis, parseSearchParams, splitWords } from '../../../app/search/parse';
import { buildTsQuery } from '../../../app/search/search';

describe('search syntax', () => {
  it('splits words, keeping quoted phrases (and a leading minus) whole', () => {
    expect(splitWords('one "two three" -"four five" six')).toEqual(['one', '"two three"', '-"four five"', 'six']);
  });

  it('separates plain words, hashtags, exclusions and flags', () => {
    const list = parseSearchParams('Hello, -world #tag -#old from:alice -from: bob in:~town-square channel:dev on:2024-1-5 after:2024-01-01 before:2024-02-01 ext:pdf', 3600);
    expect(list).toHaveLength(2);
    const [plain, tags] = list;
    expect(plain).toMatchObject({
      terms: 'Hello',
      excludedTerms: 'world',
      isHashtag: false,
      fromUsers: ['alice'],
      excludedUsers: ['bob'],
      inChannels: ['~town-square', 'dev'],
      onDate: '2024-1-5',
      afterDate: '2024-01-01',
      beforeDate: '2024-02-01',
      extensions: ['pdf'],
      timeZoneOffset: 3600,
    });
    expect(tags).toMatchObject({ terms: '#tag', excludedTerms: '#old', isHashtag: true, fromUsers: ['alice'] });
  });

  it('keeps a search of filters alone, and nothing for an empty one', () => {
    expect(parseSearchParams('from:alice', 0)).toMatchObject([{ terms: '', fromUsers: ['alice'] }]);
    expect(parseSearchParams('   ', 0)).toEqual([]);
    expect(parseSearchParams('FROM:alice', 0)[0].fromUsers).toEqual(['alice']);
    expect(parseSearchParams('unknown:flag', 0)[0].terms).toBe('unknown:flag');
  });

  it('builds the PostgreSQL tsquery Mattermost builds', () => {
    expect(buildTsQuery('alpha beta', '', false)).toBe('(alpha & beta)');
    expect(buildTsQuery('alpha beta', '', true)).toBe('(alpha | beta)');
    expect(buildTsQuery('"alpha beta"', '', false)).toBe('("alpha <-> beta")');
    expect(buildTsQuery('alp* beta', 'gamma delta', false)).toBe('(alp:* & beta) & !(gamma | delta)');
    expect(buildTsQuery('hello-world @you', '', false)).toBe('(hello & world & you)');
    expect(buildTsQuery('', '', false)).toBe('');
  });

  it("computes day bounds in the searcher's time zone", () => {
    const day = Date.UTC(2024, 0, 5);
    expect(onDateMillis('2024-01-05', 0)).toEqual([day, day + 86_400_000 - 1]);
    expect(onDateMillis('2024-1-5', 3600)).toEqual([day - 3_600_000, day + 86_400_000 - 1 - 3_600_000]);
    expect(afterDateMillis('2024-01-05', 0)).toBe(day + 86_400_000);
    expect(beforeDateMillis('2024-01-05', 0)).toBe(day - 1);
    expect(beforeDateMillis('not-a-date', 0)).toBe(0);
    expect(onDateMillis('2024-02-30', 0)).toEqual([0, 0]);
  });
});
