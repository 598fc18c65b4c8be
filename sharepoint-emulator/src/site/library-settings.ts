import type { ListRecord } from '../model/types';
import type { VersionLimits } from '../model/version-limits';
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

/**
 * The version limits a library was given. A limit never set trims nothing (SharePoint Online
 * reports 500 for a new library and trims there; the emulator keeps every version until a limit
 * is set explicitly).
 */
export function versionLimits(list: ListRecord): VersionLimits {
  const majors = list.props['MajorVersionLimit'];
  const draftsOf = list.props['MajorWithMinorVersionsLimit'];
  return {
    majors: typeof majors === 'number' ? majors : undefined,
    draftsOf: typeof draftsOf === 'number' ? draftsOf : undefined,
  };
}
