import { AppError } from '../../server/http/appError';

const RESERVED_TEAM_NAMES = new Set([
  'admin', 'api', 'channel', 'claim', 'error', 'files', 'help', 'landing', 'login', 'mfa', 'oauth', 'plug', 'plugins', 'post', 'signup', 'boards', 'playbooks',
]);
const TEAM_NAME = /^[a-z0-9]+([a-z\-0-9]+|(__)?)[a-z0-9]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export interface TeamFields {
  name: string;
  display_name: string;
  type: string;
  email: string;
  description: string;
  company_name: string;
  allowed_domains: string;
}

const invalid = (field: string, detail: string) =>
  new AppError(`model.team.is_valid.${field}.app_error`, `Invalid team: ${detail}.`, 400);

const runes = (s: string) => [...s].length;

/** Mattermost's Team.IsValid rules, with its error ids. */
export function validateTeam(team: TeamFields): AppError | null {
  if (team.email.length > 128 || (team.email && !EMAIL.test(team.email))) return invalid('email', 'email is not valid');
  if (runes(team.display_name) === 0 || runes(team.display_name) > 64) return invalid('name', 'display name must be 1 to 64 characters');
  if (team.name.length > 64) return invalid('url', 'name must be at most 64 characters');
  if (team.description.length > 255) return invalid('description', 'description must be at most 255 characters');
  if ([...RESERVED_TEAM_NAMES].some((r) => team.name.startsWith(r)) || team.name.startsWith('__')) return invalid('reserved', 'that name is reserved');
  if (team.name.length < 2 || !TEAM_NAME.test(team.name)) return invalid('characters', 'name must be 2 or more lowercase letters, digits and dashes');
  if (team.type !== 'O' && team.type !== 'I') return invalid('type', 'type must be O or I');
  if (runes(team.company_name) > 64) return invalid('company', 'company name must be at most 64 characters');
  if (team.allowed_domains.length > 500) return invalid('domains', 'allowed domains must be at most 500 characters');
  return null;
}
