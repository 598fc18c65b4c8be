/** How a rater knows the person receiving 360° feedback; results are grouped by it. */
export const RELATIONSHIP_CHOICES = [
  { code: 'self', label: 'Sebehodnocení' },
  { code: 'manager', label: 'Nadřízený/á' },
  { code: 'peer', label: 'Kolega/kolegyně' },
  { code: 'directReport', label: 'Podřízený/á' },
  { code: 'external', label: 'Externí spolupracovník/ce' },
] as const;
