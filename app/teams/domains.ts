/**
 * Email-domain rules of teams (Mattermost's app/teams utils): a team's allowed domains and the
 * server-wide TeamSettings.RestrictCreationToDomains (GuestAccountsSettings' for guests).
 */
import type { TeamRow, UserRow } from '../../db/schema';
import type { MattermostConfig } from '../../server/config';
import { AppError } from '../../server/http/appError';
import { isGuest } from '../channels/membership';

/** "@corp.example.com, example.com example.org" -> ['corp.example.com', 'example.com', 'example.org']. */
export function normalizeDomains(domains: string): string[] {
  return domains.replace(/@/g, ' ').replace(/,/g, ' ').toLowerCase().trim().split(/\s+/).filter(Boolean);
}

/** Every non-empty restriction must contain the address's domain. */
export function isEmailAddressAllowed(email: string, restrictions: string[]): boolean {
  for (const restriction of restrictions) {
    const domains = normalizeDomains(restriction);
    if (domains.length === 0) continue;
    if (!domains.some((d) => email.endsWith(`@${d}`))) return false;
  }
  return true;
}

export function allowedDomainsFor(user: Pick<UserRow, 'roles'>, team: Pick<TeamRow, 'allowedDomains'>, config: MattermostConfig): string[] {
  if (isGuest(user)) return [config.GuestAccountsSettings.RestrictCreationToDomains];
  return [team.allowedDomains, config.TeamSettings.RestrictCreationToDomains];
}

/** Mattermost's IsTeamEmailAllowed: bots always, others by their address. */
export function isTeamEmailAllowed(user: Pick<UserRow, 'roles' | 'email' | 'isBot'>, team: Pick<TeamRow, 'allowedDomains'>, config: MattermostConfig): boolean {
  if (user.isBot) return true;
  return isEmailAddressAllowed(user.email.toLowerCase(), allowedDomainsFor(user, team, config));
}

/** Mattermost's checkValidDomains: a team may only allow domains the server allows. */
export function checkAllowedDomainsAgainstServer(allowedDomains: string, config: MattermostConfig): AppError | null {
  const serverDomains = normalizeDomains(config.TeamSettings.RestrictCreationToDomains);
  if (serverDomains.length === 0) return null;
  for (const domain of normalizeDomains(allowedDomains)) {
    if (!serverDomains.includes(domain)) {
      return new AppError(
        'api.team.update_restricted_domains.mismatch.app_error',
        `Restricting team to ${domain} is not allowed by the system config. Please contact your system administrator.`,
        400,
        '',
        { Domain: domain },
      );
    }
  }
  return null;
}
