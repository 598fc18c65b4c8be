import { CYCLE_STATUSES, type CycleStatus } from './contract';

/** Which status may follow which: forward one step at a time; only closing is final. */
export function canMoveTo(from: CycleStatus, to: CycleStatus): boolean {
  return CYCLE_STATUSES.indexOf(to) === CYCLE_STATUSES.indexOf(from) + 1;
}
