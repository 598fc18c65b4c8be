/*
 * The measures feature's storage port. Its shapes live in core (core/src/measures/store.types.ts),
 * where sharepoint/'s MeasuresRegisterRepository implements the same interface.
 */
export type {
  MeasureStateChange,
  MeasuresStore,
  NewMeasureUpdate,
  StoredMeasure,
  StoredMeasureQuery,
  StoredMeasureSummary,
} from '@kvalita/core';
