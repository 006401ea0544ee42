export interface SampleOptions {
  seed: number;
  users: number;
  teams: number;
  channelsPerTeam: number;
  posts: number;
  dms: number;
  gms: number;
  days: number;
  replyRatio: number;
  reactionRatio: number;
  mentionRatio: number;
  /** Share of channels a user joins beyond town-square and off-topic. */
  channelJoinRatio: number;
}

export const DEFAULTS: SampleOptions = {
  seed: 1,
  users: 100,
  teams: 2,
  channelsPerTeam: 10,
  posts: 10_000,
  dms: 50,
  gms: 10,
  days: 90,
  replyRatio: 0.25,
  reactionRatio: 0.15,
  mentionRatio: 0.1,
  channelJoinRatio: 0.4,
};

/** `--users 1000 --posts 1000000 ...`; unknown flags are an error. */
export function parseArgs(argv: string[]): SampleOptions {
  const opts: SampleOptions = { ...DEFAULTS };
  const names = new Map(Object.keys(DEFAULTS).map((k) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), k as keyof SampleOptions]));
  for (let i = 0; i < argv.length; i += 2) {
    const key = names.get(argv[i].replace(/^--/, ''));
    const value = Number(argv[i + 1]);
    if (!key || !Number.isFinite(value)) throw new Error(`unknown or invalid option ${argv[i]} ${argv[i + 1] ?? ''}`);
    opts[key] = value;
  }
  return opts;
}
