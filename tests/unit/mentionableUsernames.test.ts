import { describe, expect, it } from 'vitest';
import { explicitMentions, mentionableUsernames, type MentionKeywords } from '../../app/posts/mentions';

describe('mentionableUsernames (the members a root post is checked against)', () => {
  it('names every username a mention could be parsed as, lower case, with trailing punctuation cut', () => {
    const names = mentionableUsernames('Hi @Alice.Smith, ask @bob- and @carol_. (@dave) mail@erin.example');
    for (const n of ['alice.smith', 'alice', 'bob', 'carol', 'dave', 'erin', 'erin.example']) expect(names).toContain(n);
    expect(names).not.toContain('@alice');
  });

  it('covers every user explicitMentions finds for @username keywords', () => {
    const users = ['alice.smith', 'bob', 'carol_', 'dave-x', 'e.f.g'];
    const keywords: MentionKeywords = new Map(users.map((u) => [`@${u}`, [u]]));
    const text = 'thanks @Alice.Smith! and @bob. @carol_: see @dave-x, @e.f.g.';
    const found = [...explicitMentions(text, {}, keywords).mentions.keys()];
    expect(found.sort()).toEqual([...users].sort());
    const names = mentionableUsernames(text);
    for (const u of found) expect(names).toContain(u);
  });
});
