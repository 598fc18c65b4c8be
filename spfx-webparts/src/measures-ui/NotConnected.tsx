import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';

import { classes } from './styles';
import type { MeasuresTexts } from './texts';

/** Shown until the page owner (or the tenant) names the service and its API. */
export function NotConnected(props: {
  readonly texts: Pick<MeasuresTexts, 'NotConfigured'>;
  readonly heading: string;
}): React.ReactElement {
  return (
    <section className={classes.root}>
      <h2 className={classes.heading}>{props.heading}</h2>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        {props.texts.NotConfigured}
      </MessageBar>
    </section>
  );
}
