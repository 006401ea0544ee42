/**
 * The typed contract between the HTTP layer and handlers: one handler per operationId,
 * its path/query/body typed from the spec, its session non-null when the spec requires one.
 */
import type { Context } from 'hono';
import type { operations as SpecOperations } from '../../generated/schema';
import type { OperationId, Operations, OperationsOfTag, Tag } from '../../generated/operations';
import type { ServerContext } from '../context';
import type { Session } from '../../app/sessions/types';

type Spec<K extends OperationId> = K extends keyof SpecOperations ? SpecOperations[K] : never;
type Params<K extends OperationId> = Spec<K> extends { parameters: infer P } ? P : {};
type Defined<T> = [T] extends [undefined] ? {} : [T] extends [never] ? {} : NonNullable<T>;

export type PathParams<K extends OperationId> = Params<K> extends { path?: infer X } ? Defined<X> : {};
export type QueryParams<K extends OperationId> = Params<K> extends { query?: infer X } ? Partial<Defined<X>> : {};
export type JsonBody<K extends OperationId> = Spec<K> extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : Spec<K> extends { requestBody: { content: { 'application/json': infer B } } }
    ? B
    : undefined;
type Responses<K extends OperationId> = Spec<K> extends { responses: infer R } ? R : never;
export type SuccessStatus<K extends OperationId> = Extract<keyof Responses<K>, 200 | 201 | 202 | 204>;
export type JsonResponse<K extends OperationId, S> = S extends keyof Responses<K>
  ? Responses<K>[S] extends { content: { 'application/json': infer R } }
    ? R
    : unknown
  : never;

type SessionFor<K extends OperationId> = Operations[K]['auth'] extends true ? Session : Session | null;

export interface RequestContext<K extends OperationId> {
  readonly operationId: K;
  readonly server: ServerContext;
  readonly hono: Context;
  readonly requestId: string;
  readonly params: PathParams<K>;
  readonly query: QueryParams<K>;
  readonly body: JsonBody<K>;
  readonly session: SessionFor<K>;
  /** A JSON response whose body is typed by the spec for that status. */
  json<S extends SuccessStatus<K>>(status: S, body: JsonResponse<K, S>): Response;
}

export type Handler<K extends OperationId> = (ctx: RequestContext<K>) => Promise<Response> | Response;

/** Every operation of a tag must be bound: a missing one is a compile error. */
export type TagHandlers<T extends Tag> = { [K in OperationsOfTag<T>]: Handler<K> };
export type AllHandlers = { [K in OperationId]: Handler<K> };
