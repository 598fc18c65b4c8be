/** A measure's draft as the create form sends it (departments and people of the demo office). */
export function measureDraft(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Objednávkový systém na přepážkách',
    kind: 'corrective',
    source: {
      origin: 'complaint',
      cycleId: null,
      subcriterionCode: '3.3',
      sourceKey: 'ST-12/2026',
      sourceUrl: null,
    },
    departmentCode: 'OSV-SP',
    ownerEmail: null,
    coOwnerEmails: [],
    priority: 'medium',
    deadline: '2027-03-31',
    problem: 'Klienti čekají na přepážce déle než 40 minut.',
    rootCause: { whys: ['Není objednávání', 'Nikdo ho nezavedl'], categories: ['procedures'] },
    steps: [],
    expectedResult: 'Čekání pod 15 minut',
    effectivenessCriterion: 'Méně než 2 stížnosti na čekání měsíčně',
    checkDate: '2027-06-30',
    budgetCzk: null,
    councilResolution: null,
    evidenceLinks: [],
    ...changes,
  };
}
