import type { ApiClient } from '../platform/api/api.types';

export interface DownloadButtonProps {
  readonly api: ApiClient;
  /** The API's address of the file (a version's contentUrl). */
  readonly contentUrl: string;
  /** The name the file is saved under. */
  readonly fileName: string;
  /** The button's text (its accessible name). */
  readonly label: string;
}
