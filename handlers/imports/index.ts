import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deleteImport } from './deleteImport';
import { listImports } from './listImports';

export const importsHandlers: TagHandlers<'imports'> = {
  ListImports: listImports,
  DeleteImport: deleteImport,
};
