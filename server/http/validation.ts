/**
 * Request validation from the spec, by openapi-backend's Ajv validators. The definition is
 * loaded in quick mode (validators compile lazily, on an operation's first request) so the
 * server starts in about a second; the definition itself is checked in strict mode by
 * `npm run check:spec` in CI.
 */
import OpenAPIBackend from 'openapi-backend';
import type { ErrorObject } from 'ajv';
import type { OperationId } from '../../generated/operations';
import { AppError, Errors } from './appError';

export interface ValidatedInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

export interface RawInput {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

export class RequestValidator {
  private readonly operationsById = new Map<string, any>();

  private constructor(private readonly api: OpenAPIBackend) {
    for (const op of api.getOperations()) this.operationsById.set(op.operationId!, op);
  }

  static async create(spec: object, opts: { eager?: boolean } = {}): Promise<RequestValidator> {
    const api = new OpenAPIBackend({
      definition: spec as any,
      strict: true,
      quick: !opts.eager,
      validate: true,
      coerceTypes: true,
      ajvOpts: { strict: false, allErrors: false },
    });
    await api.init();
    return new RequestValidator(api);
  }

  /** Validates and coerces; throws a 400 AppError naming the first offending parameter. */
  validate(operationId: OperationId, input: RawInput): ValidatedInput {
    const operation = this.operationsById.get(operationId);
    const result = this.api.validator.validateRequest(input as any, operation);
    if (result.errors?.length) throw toAppError(result.errors as ErrorObject[]);
    return { params: (result.coerced.params ?? {}) as Record<string, unknown>, query: (result.coerced.query ?? {}) as Record<string, unknown> };
  }
}

/** Turns the first Ajv error into Mattermost's invalid-parameter AppError. */
function toAppError(errors: ErrorObject[]): AppError {
  const first = errors[0];
  const segments = first.instancePath.split('/').filter(Boolean);
  const location = segments[0] ?? '';
  const missing = (first.params as { missingProperty?: string })?.missingProperty;
  const name = missing ?? segments.slice(1).join('.') ?? '';
  const detail = `${first.instancePath || '/'} ${first.message ?? first.keyword}`;
  if (location === 'requestBody' || (first.keyword === 'parse' && location === '')) {
    const err = Errors.invalidBodyParam(name || 'body');
    return new AppError(err.id, err.message, 400, detail, err.params);
  }
  const err = Errors.invalidUrlParam(name || location);
  return new AppError(err.id, err.message, 400, detail, err.params);
}
