import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const emojiHandlers: TagHandlers<'emoji'> = {
  GetEmojiList: notImplemented,
  CreateEmoji: notImplemented,
  AutocompleteEmoji: notImplemented,
  GetEmojiByName: notImplemented,
  GetEmojisByNames: notImplemented,
  SearchEmoji: notImplemented,
  GetEmoji: notImplemented,
  DeleteEmoji: notImplemented,
  GetEmojiImage: notImplemented,
};
