import type { Handler } from '../../server/http/handler';
import { supportedTimezones } from '../../app/system/timezones';

export const getSupportedTimezone: Handler<'GetSupportedTimezone'> = async (ctx) => ctx.json(200, supportedTimezones() as never);
