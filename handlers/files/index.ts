import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const filesHandlers: TagHandlers<'files'> = {
  UploadFile: notImplemented,
  SearchFilesAllTeams: notImplemented,
  GetFile: notImplemented,
  GetFileInfo: notImplemented,
  GetFileLink: notImplemented,
  GetFilePreview: notImplemented,
  GetFileThumbnail: notImplemented,
  GetFilePublic: notImplemented,
};
