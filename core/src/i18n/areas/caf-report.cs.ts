/**
 * Czech texts of the CAF self-assessment report (.docx), in the order of its chapters: title page,
 * contents, summary, the organisation and the process, subcriteria, comparison with the previous
 * cycle, improvement plan and the annex of evidence (EIPA's recommended structure of the report).
 */
export const cafReportCs = {
  'report.title': 'Zpráva o sebehodnocení podle modelu CAF 2020',
  'report.office': 'Organizace',
  'report.cycle': 'Cyklus sebehodnocení',
  'report.period': 'Období',
  'report.generated': 'Vytvořeno',
  'report.status': 'Stav zprávy',
  'report.status.draft': 'Návrh – čeká na schválení',
  'report.status.approved': 'Schváleno: {name}, {date}',
  'report.footer.page': 'Strana {page} z {pages}',
  'report.toc.heading': 'Obsah',

  'report.summary.heading': 'Shrnutí',
  'report.summary.overall':
    'Celkové skóre je {overall} ze 100: kritéria předpokladů {enablers}, výsledková kritéria {results}.',
  'report.summary.noScores':
    'Tým zatím nedosáhl konsenzu u žádného subkritéria, proto skóre zatím není k dispozici.',
  'report.summary.change': 'Oproti cyklu {name} ({period}) se celkové skóre změnilo o {delta}.',
  'report.summary.noChange':
    'Oproti cyklu {name} ({period}) nelze celkové skóre srovnat: v jednom z cyklů chybí.',
  'report.summary.highest': 'Nejvýše hodnocená subkritéria: {list}.',
  'report.summary.lowest': 'Nejníže hodnocená subkritéria, kde je nejvíce prostoru pro zlepšení: {list}.',
  'report.summary.measures': 'Počet opatření v plánu zlepšování: {count}.',
  'report.summary.byCriterion': 'Skóre podle kritérií',

  'report.process.heading': 'Organizace a průběh sebehodnocení',
  'report.process.organisation': 'Hodnocená organizace: {office}.',
  'report.process.dates': 'Sebehodnocení probíhalo od {start} do {end}.',
  'report.team.heading': 'Hodnoticí tým',
  'report.team.size': 'Počet členů týmu: {count}.',
  'report.team.name': 'Jméno',
  'report.team.role': 'Role v týmu',
  'report.team.department': 'Útvar',
  'report.team.leader': 'Vedoucí týmu',
  'report.team.member': 'Člen/ka týmu',
  'report.steps.heading': 'Postup podle kroků CAF',
  'report.steps.intro':
    'Sebehodnocení postupovalo podle 10 kroků CAF; školení týmu je krok 4. Tabulka ukazuje, kde cyklus stál při vytvoření zprávy.',
  'report.steps.step': 'Krok',
  'report.steps.state': 'Stav',
  'report.steps.done': 'Hotovo',
  'report.steps.current': 'Probíhá',
  'report.steps.planned': 'Čeká',
  'report.method.heading': 'Metoda',
  'report.method.classical':
    'Klasické hodnocení: každé subkritérium získalo jedno skóre 0–100 podle panelu PDCA (kritéria předpokladů) nebo panelu trendů a cílů (výsledková kritéria).',
  'report.method.fineTuned':
    'Jemné hodnocení: u kritérií předpokladů se hodnotily fáze PLAN, DO, CHECK a ACT, u výsledkových kritérií trendy a cíle, vždy 0–100; skóre subkritéria je jejich průměr.',
  'report.method.process':
    'Členové týmu nejprve hodnotili každý sám, poté tým dosáhl konsenzu. Skóre kritéria je průměrem jeho subkritérií, celkové skóre průměrem kritérií.',
  'report.scope.office': 'Rozsah: celý úřad.',
  'report.scope.departments': 'Rozsah: {departments}.',

  'report.results.heading': 'Výsledky',
  'report.results.overall': 'Celkové skóre',
  'report.results.enablers': 'Kritéria předpokladů',
  'report.results.results': 'Výsledková kritéria',
  'report.results.criterion': 'Kritérium',
  'report.results.score': 'Skóre',
  'report.results.change': 'Změna od minulého cyklu',
  'report.results.chart': 'Skóre kritérií (0–100)',
  'report.results.chartThisCycle': 'Tento cyklus',
  'report.results.notScored': 'neohodnoceno',
  'report.results.incomplete': 'Pozor: ohodnocena jsou jen některá subkritéria ({scored} z {total}).',

  'report.detail.heading': 'Hodnocení subkritérií',
  'report.detail.score': 'Skóre: {score} – {band}',
  'report.detail.change': 'Oproti cyklu {name}: {delta} (tehdy {previous}).',
  'report.detail.strengths': 'Silné stránky',
  'report.detail.areas': 'Oblasti pro zlepšení',
  'report.detail.ideas': 'Náměty na zlepšení',
  'report.detail.none': 'Neuvedeno.',
  'report.detail.evidence': 'Doklady připojené týmem',
  'report.detail.surveys': 'Doklady z průzkumů Kvality',
  'report.detail.mystery': 'Doklady z mystery shoppingu',
  'report.detail.mysteryCampaign':
    '{name} (do {end}) – zveřejněných hodnocení: {evaluations}, průměrné skóre {score} %',
  'report.detail.survey': '{title} – počet vln za posledních 12 měsíců: {waves}, poslední {last}',
  'report.detail.measures': 'Opatření plánu zlepšování',
  'report.detail.sinceMeasures': 'Opatření od cyklu {name}',
  'report.measure.effective': 'účinné',
  'report.measure.notEffective': 'neúčinné (znovu otevřeno)',

  'report.comparison.heading': 'Srovnání s předchozím cyklem',
  'report.comparison.with':
    'Srovnává se s cyklem {name} ({period}); jeho zprávu schválil(a) {approvedBy} dne {approvedAt}.',
  'report.comparison.rule':
    'Předchozím cyklem je poslední uzavřený cyklus se schválenou zprávou, se stejným rozsahem a stejnou metodou hodnocení, který skončil před tímto cyklem.',
  'report.comparison.chosen':
    'Cyklus pro srovnání zvolil(a) manažer/ka kvality; výchozím by byl poslední uzavřený cyklus se schválenou zprávou, se stejným rozsahem a stejnou metodou hodnocení.',
  'report.comparison.none':
    'Předchozí srovnatelný cyklus není (uzavřený, se schválenou zprávou, se stejným rozsahem a metodou), změna od minulého cyklu se proto neuvádí.',
  'report.comparison.subcriterion': 'Subkritérium',
  'report.comparison.previous': 'Předchozí cyklus',
  'report.comparison.current': 'Tento cyklus',

  'report.plan.heading': 'Plán zlepšování',
  'report.plan.intro':
    'Opatření vycházejí z oblastí pro zlepšení v této zprávě; jejich plnění se sleduje v seznamu Opatření.',
  'report.plan.measure': 'Opatření',
  'report.plan.owner': 'Odpovídá',
  'report.plan.deadline': 'Termín',
  'report.plan.status': 'Stav',
  'report.next.noMeasures': 'Plán zlepšování zatím neobsahuje žádná opatření.',

  'report.annex.heading': 'Příloha: průzkumy a opatření použité jako doklady',
  'report.annex.surveys': 'Průzkumy Kvality',
  'report.annex.survey': 'Průzkum',
  'report.annex.subcriteria': 'Subkritéria',
  'report.annex.waves': 'Vlny za 12 měsíců',
  'report.annex.lastWave': 'Poslední vlna',
  'report.annex.noSurveys': 'Žádný průzkum Kvality není označen jako doklad pro toto sebehodnocení.',
  'report.annex.measures': 'Opatření z plánu zlepšování cyklu {name}',
  'report.annex.noMeasures':
    'Předchozí cyklus žádná opatření nemá, nebo žádný srovnatelný předchozí cyklus není.',
  'report.annex.documents': 'Dokumenty připojené týmem',
  'report.annex.document': 'Dokument',
  'report.annex.address': 'Adresa',
  'report.annex.noDocuments': 'Tým k hodnocení nepřipojil žádné dokumenty.',
} as const;
