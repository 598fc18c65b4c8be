import type { CyclePhase } from '@kvalita/core';

export interface PhaseStepperProps {
  readonly phase: CyclePhase;
}
