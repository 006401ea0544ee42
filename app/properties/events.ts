/**
 * WebSocket events of the property API, published after the write commits. A field reaches
 * its scope (channel members, team members, everyone for system fields); values reach the
 * channel they belong to, everyone otherwise.
 */
import type { PropertyFieldRow, PropertyValueRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { Broadcast } from '../../server/events/types';
import { toApiField, toApiValue } from './model';

function fieldAudience(f: PropertyFieldRow): Broadcast {
  if (f.targetType === 'channel') return { channel_id: f.targetId };
  if (f.targetType === 'team') return { team_id: f.targetId };
  return {};
}

export function publishFieldEvent(server: ServerContext, kind: 'created' | 'updated', f: PropertyFieldRow): void {
  server.events.publish({
    event: `property_field_${kind}`,
    data: { property_field: JSON.stringify(toApiField(f)), object_type: f.objectType },
    broadcast: fieldAudience(f),
  });
}

export function publishFieldDeleted(server: ServerContext, f: PropertyFieldRow): void {
  server.events.publish({
    event: 'property_field_deleted',
    data: { field_id: f.id, object_type: f.objectType },
    broadcast: fieldAudience(f),
  });
}

export function publishValuesUpdated(
  server: ServerContext,
  objectType: string,
  targetId: string,
  values: PropertyValueRow[],
  channelId: string | undefined,
): void {
  const broadcast: Broadcast = channelId ? { channel_id: channelId } : {};
  server.events.publish({
    event: 'property_values_updated',
    data: { object_type: objectType, target_id: targetId, values: JSON.stringify(values.map(toApiValue)) },
    broadcast,
  });
}
