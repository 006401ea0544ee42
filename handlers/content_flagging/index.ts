import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const contentFlaggingHandlers: TagHandlers<'content_flagging'> = {
  GetContentFlaggingConfig: notImplemented,
  UpdateContentFlaggingConfig: notImplemented,
  GetContentFlaggingFields: notImplemented,
  GetContentFlaggingFlagConfig: notImplemented,
  GetFlaggedPost: notImplemented,
  AssignFlaggedPostReviewer: notImplemented,
  GetFlaggedPostFieldValues: notImplemented,
  FlagPost: notImplemented,
  KeepFlaggedPost: notImplemented,
  RemoveFlaggedPost: notImplemented,
  GetFlaggedPostReport: notImplemented,
  GenerateFlaggedPostReport: notImplemented,
  SearchContentReviewers: notImplemented,
  GetContentFlaggingTeamStatus: notImplemented,
};
