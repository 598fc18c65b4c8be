import { OPEN_MEASURE_STATUSES, type MeasureTiles } from '@kvalita/core';
import type { RegisterFilter } from './register-settings';

export const TILES = [
  'open',
  'overdue',
  'dueSoon',
  'awaitingCheck',
  'closedThisYear',
] as const satisfies readonly (keyof MeasureTiles)[];
export type Tile = (typeof TILES)[number];

/**
 * The filter a tile applies, kept with the person's sort and department. "Due soon" is the open
 * measures by nearest deadline (the contract has no date-range filter: the nearest come first).
 */
export function tileFilter(tile: Tile, current: RegisterFilter, year: number): RegisterFilter {
  const kept: RegisterFilter = {
    ...(current.departmentCode === undefined ? {} : { departmentCode: current.departmentCode }),
  };
  switch (tile) {
    case 'open':
      return { ...kept, status: OPEN_MEASURE_STATUSES, sort: 'deadline' };
    case 'overdue':
      return { ...kept, overdue: true, sort: 'deadline' };
    case 'dueSoon':
      return { ...kept, status: OPEN_MEASURE_STATUSES, overdue: false, sort: 'deadline' };
    case 'awaitingCheck':
      return { ...kept, status: ['effectivenessCheck'], sort: 'deadline' };
    case 'closedThisYear':
      return { ...kept, status: ['closed'], year, sort: 'modified', descending: true };
  }
}
