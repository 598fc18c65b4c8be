import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';

import type { DocumentSummary } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { errorText } from '../measures-ui/errors';
import { classes } from '../measures-ui/styles';
import { openVersionFile } from './open-file';
import { fill, type DocumentsTexts } from './texts';

export interface FileLinkProps {
  readonly api: DocumentsApi;
  readonly texts: DocumentsTexts;
  /** SharePoint's address of the file: opens it in the browser or Office with the reader's own SharePoint rights. */
  readonly webUrl: DocumentSummary['webUrl'];
  /** The service's address of the version's file, used when SharePoint's is not known (or for an older version). */
  readonly contentUrl: string;
  readonly fileName: string;
  /** The accessible name: which document and version it opens. */
  readonly label: string;
  readonly onError: (message: string) => void;
}

/** Opens a version's file: SharePoint's own link when there is one, else the file through the service. */
export function FileLink(props: FileLinkProps): React.ReactElement {
  const { texts } = props;
  if (props.webUrl) {
    return (
      <a className={classes.linkButton} href={props.webUrl} target="_blank" rel="noopener noreferrer" aria-label={props.label}>
        {texts.OpenFile}
      </a>
    );
  }
  return (
    <DefaultButton
      text={texts.OpenFile}
      ariaLabel={props.label}
      onClick={() =>
        openVersionFile(props.api, props.contentUrl, props.fileName).catch((error: unknown) =>
          props.onError(fill(texts.OpenFailed, errorText(error))),
        )
      }
    />
  );
}
