/**
 * Matches a request to a spec operation. Built once from generated/operations.ts:
 * literal paths by exact lookup, templated ones by per-method regexes ordered so that a
 * literal segment beats a parameter at the first position where two templates differ
 * (`/users/autocomplete` wins over `/users/{user_id}`).
 */
import { operations, type OperationId } from '../../generated/operations';

export interface RouteMatch {
  operationId: OperationId;
  params: Record<string, string>;
}

interface TemplateRoute {
  operationId: OperationId;
  regex: RegExp;
  names: string[];
  rank: string;
}

const PARAM = /^\{([^}]+)\}$/;

function compileTemplate(path: string): { regex: RegExp; names: string[]; rank: string } {
  const names: string[] = [];
  let rank = '';
  const pattern = path
    .split('/')
    .map((segment) => {
      const param = PARAM.exec(segment);
      if (param) {
        names.push(param[1]);
        rank += '1';
        return '([^/]+)';
      }
      if (segment.includes('{')) {
        // a segment mixing literal text and a parameter, e.g. {filename}.png
        rank += '1';
        return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+?)';
        });
      }
      rank += '0';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`^${pattern}$`), names, rank };
}

export class OperationRouter {
  private readonly literal = new Map<string, Map<string, OperationId>>();
  private readonly templated = new Map<string, TemplateRoute[]>();

  constructor() {
    for (const [operationId, op] of Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][]) {
      const method = op.method.toUpperCase();
      if (!op.path.includes('{')) {
        if (!this.literal.has(op.path)) this.literal.set(op.path, new Map());
        this.literal.get(op.path)!.set(method, operationId);
        continue;
      }
      const list = this.templated.get(method) ?? [];
      list.push({ operationId, ...compileTemplate(op.path) });
      this.templated.set(method, list);
    }
    for (const list of this.templated.values()) list.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  }

  /** The operation for method + path, 'method' when only another method matches, or undefined. */
  match(method: string, rawPath: string): RouteMatch | 'method' | undefined {
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
    const upper = method.toUpperCase();
    const byMethod = this.literal.get(path);
    const exact = byMethod?.get(upper) ?? (upper === 'HEAD' ? byMethod?.get('GET') : undefined);
    if (exact) return { operationId: exact, params: {} };
    const found = this.matchTemplate(upper, path) ?? (upper === 'HEAD' ? this.matchTemplate('GET', path) : undefined);
    if (found) return found;
    if (byMethod) return 'method';
    for (const [other] of this.templated) {
      if (other !== upper && this.matchTemplate(other, path)) return 'method';
    }
    return undefined;
  }

  private matchTemplate(method: string, path: string): RouteMatch | undefined {
    const list = this.templated.get(method);
    if (!list) return undefined;
    for (const route of list) {
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]);
      });
      return { operationId: route.operationId, params };
    }
    return undefined;
  }
}

/** Path segments arrive raw from clients (`+1`, `a@b.com`); decode %-escapes only, never `+`. */
function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
