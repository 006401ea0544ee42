import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const commandsHandlers: TagHandlers<'commands'> = {
  ListCommands: notImplemented,
  CreateCommand: notImplemented,
  ExecuteCommand: notImplemented,
  GetCommandById: notImplemented,
  UpdateCommand: notImplemented,
  DeleteCommand: notImplemented,
  MoveCommand: notImplemented,
  RegenCommandToken: notImplemented,
  ListAutocompleteCommands: notImplemented,
  ListCommandAutocompleteSuggestions: notImplemented,
  ExecuteCommandResponseHook: notImplemented,
};
