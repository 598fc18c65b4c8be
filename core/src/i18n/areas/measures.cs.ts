/** Czech strings of measures as the plan, the SPFx web part and the report list them. */
export const measuresCs = {
  'measures.title': 'Opatření',
  'measures.empty': 'Zatím nejsou evidována žádná opatření.',
  'measures.error':
    'Opatření se nepodařilo načíst. Zkuste stránku načíst znovu; pokud potíž trvá, obraťte se na správce webu.',
  'measures.loading': 'Načítám opatření…',
  'measures.column.title': 'Název',
  'measures.column.kind': 'Druh',
  'measures.column.status': 'Stav',
  'measures.column.owner': 'Odpovědná osoba',
  'measures.column.deadline': 'Termín',
  'measures.column.subcriterion': 'Subkritérium CAF',
  'measures.kind.corrective': 'Nápravné',
  'measures.kind.preventive': 'Preventivní',
  'measures.kind.improvement': 'Zlepšení',
  'measures.status.proposed': 'Navrženo',
  'measures.status.approved': 'Schváleno',
  'measures.status.inProgress': 'Probíhá',
  'measures.status.effectivenessCheck': 'Ověřování účinnosti',
  'measures.status.closed': 'Uzavřeno',
  'measures.status.cancelled': 'Zrušeno',
} as const;
