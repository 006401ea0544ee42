import type { BusMessage, Invalidation, WsEvent } from './types';

/** Carries bus messages to the other server processes (Redis pub/sub), if there are any. */
export interface ClusterTransport {
  publish(message: BusMessage): Promise<void>;
  onMessage(listener: (message: BusMessage) => void): void;
  close(): Promise<void>;
}

/**
 * The one way anything publishes WebSocket events and cache invalidations. Delivery to this
 * process is synchronous; other processes receive the same message through the transport.
 * Callers publish after their transaction has committed, never inside it.
 */
export class EventBus {
  private readonly eventListeners: Array<(event: WsEvent) => void> = [];
  private readonly localEventListeners: Array<(event: WsEvent) => void> = [];
  private readonly invalidationListeners: Array<(invalidation: Invalidation) => void> = [];

  constructor(private readonly transport?: ClusterTransport) {
    transport?.onMessage((message) => this.deliverLocally(message));
  }

  publish(event: WsEvent): void {
    this.send({ type: 'event', event });
  }

  invalidate(invalidation: Invalidation): void {
    this.send({ type: 'invalidate', invalidation });
  }

  onEvent(listener: (event: WsEvent) => void): void {
    this.eventListeners.push(listener);
  }

  /** Events published by this process only (work that must happen once per cluster, e.g. outgoing webhooks). */
  onLocalEvent(listener: (event: WsEvent) => void): void {
    this.localEventListeners.push(listener);
  }

  onInvalidation(listener: (invalidation: Invalidation) => void): void {
    this.invalidationListeners.push(listener);
  }

  async close(): Promise<void> {
    await this.transport?.close();
  }

  private send(message: BusMessage): void {
    if (message.type === 'event') for (const listener of this.localEventListeners) listener(message.event);
    this.deliverLocally(message);
    void this.transport?.publish(message).catch((err: unknown) => console.error('cluster publish failed', err));
  }

  private deliverLocally(message: BusMessage): void {
    if (message.type === 'event') for (const listener of this.eventListeners) listener(message.event);
    else for (const listener of this.invalidationListeners) listener(message.invalidation);
  }
}

/** Builds an event; `broadcast` fields default to "everyone". */
export function wsEvent(event: string, data: Record<string, unknown>, broadcast: WsEvent['broadcast']): WsEvent {
  return { event, data, broadcast };
}
