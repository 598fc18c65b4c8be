import type { MeasureTiles as Tiles } from '@kvalita/core';
import type { Tile } from '../tile-filters';

export interface MeasureTilesProps {
  readonly tiles: Tiles;
  readonly onSelect: (tile: Tile) => void;
}
