import type { MeasureKind, MeasureOrigin, MeasurePriority, MeasureUpdateKind, PdcaPhase, RootCauseCategory } from '@kvalita/core';
type Local = 'petr.svoboda' | 'jana.novakova' | 'lucie.dvorakova' | 'marie.prochazkova' | 'tomas.cerny' | 'jiri.kucera' | 'martin.horak' | 'eva.vesela' | 'pavel.marek' | 'alena.nemcova';
/** One entry of the history: what, how many days ago, who, the note; progress and phase where it has them. */
export type DemoHistoryEntry = readonly [
    kind: MeasureUpdateKind,
    daysAgo: number,
    by: Local,
    note: string,
    progress?: number,
    phase?: PdcaPhase
];
/** A step: title, owner, due in days from the seeding day, done. */
export type DemoStep = readonly [title: string, owner: Local | null, dueInDays: number | null, done: boolean];
export interface DemoMeasure {
    readonly title: string;
    readonly kind: MeasureKind;
    readonly origin: MeasureOrigin;
    /** The measure belongs to the improvement plan of the closed 2024 self-assessment. */
    readonly planOf2024?: boolean;
    readonly subcriterionCode: string | null;
    readonly sourceKey: string | null;
    readonly departmentCode: string;
    readonly owner: Local;
    readonly coOwners?: readonly Local[];
    readonly priority: MeasurePriority;
    readonly deadlineInDays: number;
    readonly checkInDays: number | null;
    readonly problem: string;
    readonly whys: readonly string[];
    readonly categories: readonly RootCauseCategory[];
    readonly steps: readonly DemoStep[];
    readonly expectedResult: string;
    readonly effectivenessCriterion: string;
    readonly budgetCzk?: number;
    readonly councilResolution?: string;
    readonly history: readonly DemoHistoryEntry[];
}
/** The previous plan's measures (the 2024 self-assessment's areas for improvement). */
export declare const DEMO_MEASURES: readonly DemoMeasure[];
/** The rest of the register: surveys, complaints, audits, mystery shopping, 360° feedback, other. */
export declare const DEMO_REGISTER_MEASURES: readonly DemoMeasure[];
export {};
