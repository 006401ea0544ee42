/** The built-in slash commands, by trigger (custom commands may not reuse these triggers). */
import type { ServerContext } from '../../../server/context';
import type { BuiltinCommand } from '../types';
import { headerCommand, purposeCommand, renameCommand } from './channelProperties';
import { codeCommand } from './code';
import { customStatusCommand } from './customStatus';
import { echoCommand } from './echo';
import { groupmsgCommand } from './groupmsg';
import { helpCommand } from './help';
import { inviteCommand } from './invite';
import { joinCommand } from './join';
import { kickCommand, removeCommand } from './kick';
import { leaveCommand } from './leave';
import { logoutCommand } from './logout';
import { meCommand } from './me';
import { msgCommand } from './msg';
import { muteCommand } from './mute';
import { collapseCommand, expandCommand } from './previews';
import { searchCommand } from './search';
import { shrugCommand } from './shrug';
import { awayCommand, dndCommand, offlineCommand, onlineCommand } from './status';

const ALL: BuiltinCommand[] = [
  awayCommand, codeCommand, collapseCommand, dndCommand, echoCommand, expandCommand, groupmsgCommand, headerCommand,
  helpCommand, inviteCommand, joinCommand, kickCommand, leaveCommand, logoutCommand, meCommand, msgCommand, muteCommand,
  offlineCommand, onlineCommand, purposeCommand, removeCommand, renameCommand, searchCommand, shrugCommand, customStatusCommand,
];

const BY_TRIGGER = new Map(ALL.map((c) => [c.trigger, c]));

export function builtinTriggers(): string[] {
  return [...BY_TRIGGER.keys()];
}

/** The built-in command for a trigger, when it exists and is on. */
export function builtinCommand(server: ServerContext, trigger: string): BuiltinCommand | undefined {
  const cmd = BY_TRIGGER.get(trigger);
  return cmd && (!cmd.enabled || cmd.enabled(server)) ? cmd : undefined;
}

export function enabledBuiltins(server: ServerContext): BuiltinCommand[] {
  return ALL.filter((c) => !c.enabled || c.enabled(server));
}
