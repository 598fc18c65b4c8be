import * as React from 'react';
import type { Locale, MeasureListing } from '@kvalita/core';

import { failureMessage, type MeasuresLoadState } from '../model/load-state';
import { MeasuresTable } from './MeasuresTable';

export interface MeasuresViewProps {
  readonly locale: Locale;
  /** Reads the measures (the web part passes MeasuresRepository.list); a new function loads again. */
  readonly loadMeasures: () => Promise<readonly MeasureListing[]>;
}

/** Loads the measures once per `loadMeasures` and shows how far it got. */
export function MeasuresView(props: MeasuresViewProps): React.ReactElement {
  const { locale, loadMeasures } = props;
  const [state, setState] = React.useState<MeasuresLoadState>({ kind: 'loading' });

  React.useEffect(() => {
    // An answer that arrives after the web part was removed or asked again must not overwrite the view.
    let current = true;
    setState({ kind: 'loading' });
    loadMeasures().then(
      (measures) => {
        if (current) setState({ kind: 'loaded', measures });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', message: failureMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [loadMeasures]);

  return <MeasuresTable locale={locale} state={state} />;
}
