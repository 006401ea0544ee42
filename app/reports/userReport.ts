/**
 * Mattermost's user reporting (System Console > Users): query options read the way its
 * fillReportingBaseOptions / fillUserReportOptions read them, validated with its error ids,
 * and rows shaped as model.UserReport (the sanitised user plus its post statistics).
 */
import type { MattermostConfig } from '../../server/config';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import type { UserReportFilter, UserReportPage, UserReportRow, UserReportSortColumn } from '../../db/queries/reports';
import { toApiUser } from '../users/serialize';

export const REPORTING_MAX_PAGE_SIZE = 100;
const SORT_COLUMNS: readonly string[] = ['CreateAt', 'Username', 'FirstName', 'LastName', 'Nickname', 'Email', 'Roles'];

type Query = Record<string, unknown>;
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const isTrue = (v: unknown): boolean => str(v) === 'true';

/** Mattermost's GetReportDateRange: [start, end) in milliseconds, 0 meaning open. */
export function reportDateRange(dateRange: string, now = new Date()): { startAt: number; endAt: number } {
  if (dateRange === 'last_30_days') {
    const d = new Date(now);
    d.setDate(d.getDate() - 30);
    return { startAt: d.getTime(), endAt: 0 };
  }
  if (dateRange === 'previous_month') {
    const startOfMonth = new Date(now.getFullYear(), now.getMonth(), 1);
    const previous = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    return { startAt: previous.getTime(), endAt: startOfMonth.getTime() };
  }
  if (dateRange === 'last_6_months') {
    const d = new Date(now);
    d.setMonth(d.getMonth() - 6);
    return { startAt: d.getTime(), endAt: 0 };
  }
  return { startAt: 0, endAt: 0 };
}

/** The filters shared by the report, its count and the export. */
export function userReportFilter(q: Query): UserReportFilter {
  const team = str(q.team_filter);
  if (team !== '' && !isValidId(team)) {
    throw new AppError('api.getUsersForReporting.invalid_team_filter', 'Invalid team filter.', 400);
  }
  const hideActive = isTrue(q.hide_active);
  const hideInactive = isTrue(q.hide_inactive);
  if (hideActive && hideInactive) {
    throw new AppError('api.getUsersForReporting.invalid_active_filter', 'Cannot hide both active and inactive users.', 400);
  }
  return {
    team,
    role: str(q.role_filter),
    hasNoTeam: isTrue(q.has_no_team),
    hideActive,
    hideInactive,
    searchTerm: str(q.search_term),
  };
}

/** Paging, sort and date range of the report, checked in Mattermost's order. */
export function userReportPage(q: Query): UserReportPage {
  const parsedSize = Number.parseInt(str(q.page_size), 10);
  const pageSize = Number.isNaN(parsedSize) ? 50 : parsedSize;
  const sortColumn = str(q.sort_column) || 'Username';
  const { startAt, endAt } = reportDateRange(str(q.date_range));
  const filter = userReportFilter(q);
  if (pageSize <= 0 || pageSize > REPORTING_MAX_PAGE_SIZE) {
    throw new AppError('api.getUsersForReporting.invalid_page_size', 'Page size is invalid.', 400);
  }
  if (endAt > 0 && startAt > endAt) {
    throw new AppError('model.reporting_base_options.is_valid.bad_date_range', 'Date range is invalid.', 400);
  }
  if (!SORT_COLUMNS.includes(sortColumn)) {
    throw new AppError('model.user_report_options.is_valid.invalid_sort_column', 'Invalid sort column.', 400);
  }
  let fromColumnValue: string | number = str(q.from_column_value);
  if (sortColumn === 'CreateAt' && fromColumnValue !== '') {
    if (!/^-?\d{1,16}$/.test(fromColumnValue)) throw Errors.invalidUrlParam('from_column_value');
    fromColumnValue = Number(fromColumnValue);
  }
  return {
    ...filter,
    sortColumn: sortColumn as UserReportSortColumn,
    sortDesc: str(q.sort_direction) === 'desc',
    direction: str(q.direction) === 'prev' ? 'prev' : 'next',
    pageSize,
    fromColumnValue,
    fromId: str(q.from_id),
    startAt,
    endAt,
  };
}

/** model.UserReport: the user with its non-profile fields cleared, then its statistics. */
export function toUserReport(row: UserReportRow, config: MattermostConfig): Record<string, unknown> {
  const report: Record<string, unknown> = { ...toApiUser(row.user, 'admin', config) };
  if (row.user.lastLogin > 0) report.last_login = row.user.lastLogin;
  report.notify_props = {};
  report.last_password_update = 0;
  report.failed_attempts = 0;
  report.email_verified = false;
  report.auth_data = '';
  if (row.lastStatusAt !== null) report.last_status_at = row.lastStatusAt;
  if (row.lastPostDate !== null) report.last_post_date = row.lastPostDate;
  report.days_active = row.daysActive;
  if (row.totalPosts !== null) report.total_posts = row.totalPosts;
  return report;
}
