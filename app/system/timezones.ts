/** The IANA zone names a user may pick (GET /system/timezones), from the runtime's tz database. */
let cached: string[] | undefined;

export function supportedTimezones(): string[] {
  cached ??= [...Intl.supportedValuesOf('timeZone')];
  return cached;
}
