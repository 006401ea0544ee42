import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { assignFlaggedPostReviewer } from './assignFlaggedPostReviewer';
import { flagPost } from './flagPost';
import { generateFlaggedPostReport } from './generateFlaggedPostReport';
import { getContentFlaggingConfig } from './getContentFlaggingConfig';
import { getContentFlaggingFields } from './getContentFlaggingFields';
import { getContentFlaggingFlagConfig } from './getContentFlaggingFlagConfig';
import { getContentFlaggingTeamStatus } from './getContentFlaggingTeamStatus';
import { getFlaggedPost } from './getFlaggedPost';
import { getFlaggedPostFieldValues } from './getFlaggedPostFieldValues';
import { getFlaggedPostReport } from './getFlaggedPostReport';
import { keepFlaggedPost } from './keepFlaggedPost';
import { removeFlaggedPost } from './removeFlaggedPost';
import { searchContentReviewers } from './searchContentReviewers';
import { updateContentFlaggingConfig } from './updateContentFlaggingConfig';

export const contentFlaggingHandlers: TagHandlers<'content_flagging'> = {
  GetContentFlaggingConfig: getContentFlaggingConfig,
  UpdateContentFlaggingConfig: updateContentFlaggingConfig,
  GetContentFlaggingFields: getContentFlaggingFields,
  GetContentFlaggingFlagConfig: getContentFlaggingFlagConfig,
  GetFlaggedPost: getFlaggedPost,
  AssignFlaggedPostReviewer: assignFlaggedPostReviewer,
  GetFlaggedPostFieldValues: getFlaggedPostFieldValues,
  FlagPost: flagPost,
  KeepFlaggedPost: keepFlaggedPost,
  RemoveFlaggedPost: removeFlaggedPost,
  GetFlaggedPostReport: getFlaggedPostReport,
  GenerateFlaggedPostReport: generateFlaggedPostReport,
  SearchContentReviewers: searchContentReviewers,
  GetContentFlaggingTeamStatus: getContentFlaggingTeamStatus,
};
