import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { autocompleteEmoji } from './autocompleteEmoji';
import { createEmoji } from './createEmoji';
import { deleteEmoji } from './deleteEmoji';
import { getEmoji } from './getEmoji';
import { getEmojiByName } from './getEmojiByName';
import { getEmojiImage } from './getEmojiImage';
import { getEmojiList } from './getEmojiList';
import { getEmojisByNames } from './getEmojisByNames';
import { searchEmoji } from './searchEmoji';

export const emojiHandlers: TagHandlers<'emoji'> = {
  GetEmojiList: getEmojiList,
  CreateEmoji: createEmoji,
  AutocompleteEmoji: autocompleteEmoji,
  GetEmojiByName: getEmojiByName,
  GetEmojisByNames: getEmojisByNames,
  SearchEmoji: searchEmoji,
  GetEmoji: getEmoji,
  DeleteEmoji: deleteEmoji,
  GetEmojiImage: getEmojiImage,
};
