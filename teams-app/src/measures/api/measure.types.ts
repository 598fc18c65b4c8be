import type {
  CheckEffectivenessRequest,
  EditMeasureRequest,
  MeasureDetailReply,
  MeasureDraft,
  MeasureFilter,
  MeasureRegisterReply,
  ReportProgressRequest,
  TransitionMeasureRequest,
} from '@kvalita/core';

/** The /api/measures endpoints (core/src/measures/contract.ts), in the contract's shapes. */
export interface MeasureApi {
  listRegister(filter: MeasureFilter, signal?: AbortSignal): Promise<MeasureRegisterReply>;
  getMeasure(id: number, signal?: AbortSignal): Promise<MeasureDetailReply>;
  createRegisterMeasure(draft: MeasureDraft): Promise<MeasureDetailReply>;
  editMeasure(id: number, request: EditMeasureRequest): Promise<MeasureDetailReply>;
  reportMeasureProgress(id: number, request: ReportProgressRequest): Promise<MeasureDetailReply>;
  transitionMeasure(id: number, request: TransitionMeasureRequest): Promise<MeasureDetailReply>;
  checkMeasureEffectiveness(id: number, request: CheckEffectivenessRequest): Promise<MeasureDetailReply>;
  /** The register under the filter as an .xlsx file. */
  exportMeasures(filter: MeasureFilter): Promise<Blob>;
  /** The quarterly report of measures as a .docx file. */
  downloadMeasuresReport(year: number, quarter: number): Promise<Blob>;
}
