import type { DemoPerson } from '@kvalita/core';

export interface SignInAsProps {
  readonly people: readonly DemoPerson[];
  /** The person signed in now, or null before anyone is picked. */
  readonly person: DemoPerson | null;
  readonly onChoose: (email: string) => void;
}
