/**
 * Request validation from the spec, by openapi-backend's Ajv validators. The definition is
 * loaded in quick mode (validators compile lazily, on an operation's first request) so the
 * server starts in about a second; the definition itself is checked in strict mode by
 * `npm run check:spec` in CI.
 */
import type { OpenAPIBackend } from 'openapi-backend';
import { createSpecBackend } from './specBackend';
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
  private readonly queryNamesById = new Map<string, ReadonlySet<string>>();

  private constructor(private readonly api: OpenAPIBackend) {
    for (const op of api.getOperations()) {
      this.operationsById.set(op.operationId!, op);
      const names = (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name as string);
      this.queryNamesById.set(op.operationId!, new Set(names));
    }
  }

  /** Mattermost ignores query parameters an operation does not declare (access_token, cache busters). */
  private declaredQuery(operationId: string, query: RawInput['query']): RawInput['query'] {
    const names = this.queryNamesById.get(operationId);
    const kept: RawInput['query'] = {};
    for (const [key, value] of Object.entries(query)) if (names?.has(key)) kept[key] = value;
    return kept;
  }

  static async create(spec: object, opts: { eager?: boolean } = {}): Promise<RequestValidator> {
    const api = await createSpecBackend(spec, { quick: !opts.eager, coerceTypes: true });
    return new RequestValidator(api);
  }

  /** Validates and coerces; throws a 400 AppError naming the first offending parameter. */
  validate(operationId: OperationId, input: RawInput): ValidatedInput {
    const operation = this.operationsById.get(operationId);
    const result = this.api.validator.validateRequest({ ...input, query: this.declaredQuery(operationId, input.query) } as any, operation);
    if (result.errors?.length) throw toAppError(result.errors as ErrorObject[]);
    const coerced: { params?: unknown; query?: unknown } = result.coerced ?? {};
    return { params: (coerced.params ?? {}) as Record<string, unknown>, query: (coerced.query ?? {}) as Record<string, unknown> };
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
  const bodyMissing = location === '' && missing === 'requestBody';
  if (location === 'requestBody' || bodyMissing || (first.keyword === 'parse' && location === '')) {
    const err = Errors.invalidBodyParam(bodyMissing ? 'body' : name || 'body');
    return new AppError(err.id, err.message, 400, detail, err.params);
  }
  const err = Errors.invalidUrlParam(name || location);
  return new AppError(err.id, err.message, 400, detail, err.params);
}
