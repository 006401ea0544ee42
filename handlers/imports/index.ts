import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const importsHandlers: TagHandlers<'imports'> = {
  ListImports: notImplemented,
  DeleteImport: notImplemented,
};
