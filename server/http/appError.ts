/**
 * The one error type of the server. Rendered as Mattermost's AppError JSON:
 * {id, message, detailed_error, request_id, status_code}.
 */
export class AppError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly statusCode: number,
    readonly detailedError = '',
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export interface AppErrorBody {
  id: string;
  message: string;
  detailed_error: string;
  request_id: string;
  status_code: number;
  params?: Record<string, unknown>;
}

export function appErrorBody(err: AppError, requestId: string, developerMode: boolean): AppErrorBody {
  const body: AppErrorBody = {
    id: err.id,
    message: err.message,
    detailed_error: developerMode ? err.detailedError : '',
    request_id: requestId,
    status_code: err.statusCode,
  };
  if (err.params) body.params = err.params;
  return body;
}

/** Errors shared by many handlers, with Mattermost's ids and messages. */
export const Errors = {
  sessionExpired: (detail = '') =>
    new AppError('api.context.session_expired.app_error', 'Invalid or expired session, please login again.', 401, detail),
  permission: (permission?: string) =>
    new AppError(
      'api.context.permissions.app_error',
      'You do not have the appropriate permissions.',
      403,
      permission ? `missing permission: ${permission}` : '',
    ),
  invalidUrlParam: (name: string) =>
    new AppError('api.context.invalid_url_param.app_error', `Invalid or missing ${name} parameter in request URL.`, 400, '', { Name: name }),
  invalidBodyParam: (name: string) =>
    new AppError('api.context.invalid_body_param.app_error', `Invalid or missing ${name} in request body.`, 400, '', { Name: name }),
  malformedJson: (detail: string) =>
    new AppError('api.context.invalid_body_param.app_error', 'Invalid or missing body in request body.', 400, detail, { Name: 'body' }),
  notFound: () => new AppError('api.context.404.app_error', 'Sorry, we could not find the page.', 404),
  methodNotAllowed: (method: string) =>
    new AppError('api.context.method_not_allowed.app_error', `The method ${method} is not allowed on this resource.`, 405),
  bodyTooLarge: (limit: number) =>
    new AppError(
      'api.context.request_body_too_large.app_error',
      'The request body is too large.',
      413,
      `limit is ${limit} bytes (ServiceSettings.MaximumPayloadSizeBytes)`,
    ),
  notImplemented: (operationId: string) =>
    new AppError('api.context.not_implemented.app_error', `${operationId} is not implemented by this server yet.`, 501),
  internal: (detail: string) => new AppError('api.context.internal.app_error', 'An internal error occurred.', 500, detail),
} as const;
