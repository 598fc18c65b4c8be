import type { measuresCs } from './measures.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const measuresEn = {
  'measures.title': 'Measures',
  'measures.empty': 'No measures recorded yet.',
  'measures.error':
    'Could not load the measures. Try reloading the page; if the problem persists, contact the site owner.',
  'measures.loading': 'Loading measures…',
  'measures.column.title': 'Title',
  'measures.column.kind': 'Kind',
  'measures.column.status': 'Status',
  'measures.column.owner': 'Owner',
  'measures.column.deadline': 'Deadline',
  'measures.column.subcriterion': 'CAF subcriterion',
  'measures.kind.corrective': 'Corrective',
  'measures.kind.preventive': 'Preventive',
  'measures.kind.improvement': 'Improvement',
  'measures.status.proposed': 'Proposed',
  'measures.status.approved': 'Approved',
  'measures.status.inProgress': 'In progress',
  'measures.status.effectivenessCheck': 'Effectiveness check',
  'measures.status.closed': 'Closed',
  'measures.status.cancelled': 'Cancelled',
} as const satisfies Record<keyof typeof measuresCs, string>;
