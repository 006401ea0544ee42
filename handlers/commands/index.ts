import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createCommand } from './createCommand';
import { deleteCommand } from './deleteCommand';
import { executeCommand } from './executeCommand';
import { executeCommandResponseHook } from './executeCommandResponseHook';
import { getCommandById } from './getCommandById';
import { listAutocompleteCommands } from './listAutocompleteCommands';
import { listCommandAutocompleteSuggestions } from './listCommandAutocompleteSuggestions';
import { listCommands } from './listCommands';
import { moveCommand } from './moveCommand';
import { regenCommandToken } from './regenCommandToken';
import { updateCommand } from './updateCommand';

export const commandsHandlers: TagHandlers<'commands'> = {
  ListCommands: listCommands,
  CreateCommand: createCommand,
  ExecuteCommand: executeCommand,
  GetCommandById: getCommandById,
  UpdateCommand: updateCommand,
  DeleteCommand: deleteCommand,
  MoveCommand: moveCommand,
  RegenCommandToken: regenCommandToken,
  ListAutocompleteCommands: listAutocompleteCommands,
  ListCommandAutocompleteSuggestions: listCommandAutocompleteSuggestions,
  ExecuteCommandResponseHook: executeCommandResponseHook,
};
