import type { ListRecord } from '../model/types';
import type { LibrarySettings } from '../model/versioning';
import { listProperty } from './list-properties';

/** A list's version settings as its properties say (minor versions only count with versioning on). */
export function librarySettings(list: ListRecord): LibrarySettings {
  const versioning = listProperty(list, 'EnableVersioning') === true;
  return {
    versioning,
    minorVersions: versioning && listProperty(list, 'EnableMinorVersions') === true,
    moderation: listProperty(list, 'EnableModeration') === true,
  };
}
