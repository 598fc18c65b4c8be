import { useState } from 'react';
import { saveFile } from './save-file';

/**
 * A download button's state: fetches the file (with the sign-in header, through the API client)
 * and saves it under its name; busy while it comes, the failure when it does not.
 */
export function useFileDownload(fetchFile: () => Promise<Blob>, fileName: string) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      saveFile(await fetchFile(), fileName);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, download };
}
