import { AppError } from '../../server/http/appError';

const IDENTIFIER = /^[a-z0-9]+([a-z\-\_0-9]+|(__)?)[a-z0-9]*$/;

export interface ChannelFields {
  name: string;
  display_name: string;
  type: string;
  header: string;
  purpose: string;
}

const invalid = (field: string, detail: string) =>
  new AppError(`model.channel.is_valid.${field}.app_error`, `Invalid channel: ${detail}.`, 400);

const runes = (s: string) => [...s].length;

/** Mattermost's Channel.IsValid rules for team channels (O/P), with its error ids. */
export function validateChannel(channel: ChannelFields): AppError | null {
  if (runes(channel.display_name) === 0 || runes(channel.display_name) > 64) return invalid('display_name', 'display name must be 1 to 64 characters');
  if (channel.name.length > 64) return invalid('name', 'name must be at most 64 characters');
  if (!channel.name || !IDENTIFIER.test(channel.name)) return invalid('1_or_more', 'name must be lowercase letters, digits, dashes and underscores');
  if (channel.type !== 'O' && channel.type !== 'P') return invalid('type', 'type must be O or P');
  if (runes(channel.header) > 1024) return invalid('header', 'header must be at most 1024 characters');
  if (runes(channel.purpose) > 250) return invalid('purpose', 'purpose must be at most 250 characters');
  return null;
}
