import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getFile } from './getFile';
import { getFileInfo } from './getFileInfo';
import { getFileLink } from './getFileLink';
import { getFilePreview } from './getFilePreview';
import { getFilePublic } from './getFilePublic';
import { getFileThumbnail } from './getFileThumbnail';
import { searchFilesAllTeams } from './searchFilesAllTeams';
import { uploadFile } from './uploadFile';

export const filesHandlers: TagHandlers<'files'> = {
  UploadFile: uploadFile,
  SearchFilesAllTeams: searchFilesAllTeams,
  GetFile: getFile,
  GetFileInfo: getFileInfo,
  GetFileLink: getFileLink,
  GetFilePreview: getFilePreview,
  GetFileThumbnail: getFileThumbnail,
  GetFilePublic: getFilePublic,
};
