/**
 * Checks every response the tests receive against the spec: the status must be declared
 * for the operation (or be an error answered with an AppError), a JSON body must match its
 * schema, and JSON responses must carry `Content-Type: application/json` exactly.
 */
import type { OpenAPIBackend } from 'openapi-backend';
import { createSpecBackend } from '../../server/http/specBackend';
import { OperationRouter } from '../../server/http/router';

export interface Violation {
  request: string;
  status: number;
  problem: string;
}

export class ResponseChecker {
  readonly violations: Violation[] = [];
  private readonly router = new OperationRouter();

  private constructor(private readonly api: OpenAPIBackend) {}

  static async create(spec: object): Promise<ResponseChecker> {
    const api = await createSpecBackend(spec, { quick: true });
    return new ResponseChecker(api);
  }

  /** Wraps a fetch function so that each response is checked as it passes. */
  wrap(fetch: (req: Request) => Response | Promise<Response>) {
    return async (req: Request): Promise<Response> => {
      const res = await fetch(req);
      await this.check(req.method, new URL(req.url).pathname, res.clone());
      return res;
    };
  }

  async check(method: string, path: string, res: Response): Promise<void> {
    const label = `${method} ${path}`;
    const match = this.router.match(method, path);
    const contentType = res.headers.get('content-type') ?? '';
    const isJson = contentType.startsWith('application/json');
    if (isJson && contentType !== 'application/json') this.add(label, res.status, `Content-Type is "${contentType}", not exactly application/json`);
    if (typeof match !== 'object') {
      if (res.status !== 404 && res.status !== 405) this.add(label, res.status, 'unrouted request answered with other than 404/405');
      if (isJson) await this.checkAppError(label, res);
      return;
    }
    if (res.status >= 400) {
      await this.checkAppError(label, res);
      return;
    }
    const operation = this.api.getOperation(match.operationId) as { responses?: Record<string, unknown> } | undefined;
    const declared = operation?.responses ?? {};
    if (!(String(res.status) in declared) && !('default' in declared)) {
      this.add(label, res.status, `status ${res.status} not declared for ${match.operationId}`);
      return;
    }
    if (!isJson) return;
    const body = await res.json();
    const result = this.api.validateResponse(body, match.operationId, res.status);
    if (result.errors?.length) {
      const first = result.errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
      this.add(label, res.status, `${match.operationId} response does not match the spec: ${first.join('; ')}`);
    }
  }

  private async checkAppError(label: string, res: Response): Promise<void> {
    const text = await res.text();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text);
    } catch {
      this.add(label, res.status, `error body is not JSON: ${text.slice(0, 80)}`);
      return;
    }
    for (const key of ['id', 'message', 'detailed_error', 'request_id']) {
      if (typeof body[key] !== 'string') this.add(label, res.status, `AppError without string ${key}`);
    }
    if (body.status_code !== res.status) this.add(label, res.status, `AppError status_code ${String(body.status_code)} differs from HTTP status`);
  }

  private add(request: string, status: number, problem: string): void {
    this.violations.push({ request, status, problem });
  }
}
