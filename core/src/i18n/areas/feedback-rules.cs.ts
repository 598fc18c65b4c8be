/** Czech texts of why 360° feedback's service refused a step. */
export const feedbackRulesCs = {
  'feedback.refused.notCoordinator':
    'Kompetenční modely a cykly zpětné vazby 360° spravuje manažer/ka kvality nebo personalista/ka.',
  'feedback.refused.notSubject': 'Hodnotitele navrhuje jen ten, kdo je v cyklu hodnocen.',
  'feedback.refused.notManager':
    'Návrh hodnotitelů schvaluje nebo mění vedoucí hodnoceného nebo koordinátor/ka cyklu.',
  'feedback.refused.notRater': 'O zpětnou vazbu k tomuto člověku vás v tomto cyklu nikdo nežádal.',
  'feedback.refused.notReportReader': 'Zprávu ze zpětné vazby 360° čte jen hodnocený a jeho vedoucí.',
  'feedback.refused.notReleased': 'Zprávy ze zpětné vazby 360° ještě nebyly zveřejněny.',
  'feedback.refused.organisationView':
    'Přehled za úřad vidí koordinátoři, ředitel/ka a vedoucí odborů za své odbory.',
  'feedback.rule.notInPhase': 'V této fázi cyklu tento krok není možný.',
  'feedback.rule.cycleClosed': 'Cyklus zpětné vazby je uzavřen, odpovědi už nepřijímáme. Děkujeme.',
  'feedback.rule.notNextPhase': 'Cyklus postupuje vždy jen o jednu fázi dál.',
  'feedback.rule.modelFrozen':
    'Tuto verzi modelu už cyklus používá, proto ji nelze měnit. Vytvořte novou verzi.',
  'feedback.rule.deadlineOrder': 'Termíny musí jít po sobě: nominace, potom schválení, potom odpovědi.',
  'feedback.rule.deadlinePast': 'Termín odpovědí nesmí být v minulosti.',
  'feedback.rule.noSubjects': 'Vyberte lidi nebo odbory, kterých se cyklus týká.',
  'feedback.rule.ruleOrder': 'Nejmenší počet hodnotitelů ve skupině nesmí být větší než největší.',
  'feedback.rule.tooManySubjects': 'Vybraní lidé a odbory dávají víc hodnocených, než jeden cyklus pojme.',
  'feedback.rule.onlyDeadlines': 'Po zahájení cyklu lze měnit už jen jeho termíny.',
  'feedback.rule.nominationState': 'Návrh hodnotitelů je mezitím v jiném stavu. Načtěte ho znovu.',
  'feedback.rule.alreadyAnswered': 'Na tento dotazník jste už odpověděl(a), odmítnout ho už nelze.',
  'feedback.rule.alreadyDeclined': 'Tuto žádost o zpětnou vazbu jste už odmítl(a).',
  'feedback.rule.selfDecline': 'Sebehodnocení odmítnout nelze.',
  'feedback.rule.notReleased': 'Zprávy z tohoto cyklu ještě nebyly zveřejněny.',
  'feedback.invalid.unknownPerson': 'Uvedený člověk není v adresáři úřadu.',
  'feedback.invalid.unknownDepartment': 'Uvedený odbor není v adresáři úřadu.',
  'feedback.invalid.unknownModel': 'Uvedený kompetenční model neexistuje.',
  'feedback.invalid.unknownCompetency': 'Uvedená kompetence v modelu cyklu není.',
  'feedback.invalid.unknownMeasure': 'Uvedené opatření v registru není.',
  'feedback.invalid.releaseUnconfirmed':
    'Před zveřejněním potvrďte, že výsledky slouží k rozvoji, ne k hodnocení pro odměňování.',
  'feedback.invalid.importFile':
    'Soubor nelze načíst: musí to být sešit .xlsx s listy Škála a Kompetence v podobě exportu modelu.',
  'feedback.invalid.importRows': 'Některé řádky sešitu nejsou v pořádku; nic nebylo uloženo.',
  'feedback.invalid.ratingShape':
    'Odpověď neodpovídá modelu cyklu: ohodnoťte každé chování (1–5 nebo „nedokážu posoudit“).',
  'feedback.nomination.selfOrManager':
    '{name} je v seznamu jako sebehodnocení nebo vedoucí, nemůže být i v jiné skupině.',
  'feedback.nomination.duplicate': '{name} je v seznamu dvakrát.',
  'feedback.nomination.declinedBefore': '{name} tuto žádost už odmítl(a), znovu ho/ji požádat nelze.',
  'feedback.nomination.overLoad': '{name} už má v tomto cyklu nejvyšší povolený počet dotazníků.',
  'feedback.nomination.unknownPerson': '{name} není v adresáři úřadu.',
  'feedback.nomination.belowMinimum.directReport': 'Podřízených musí být alespoň {min}.',
  'feedback.nomination.belowMinimum.peer': 'Kolegů musí být alespoň {min}.',
  'feedback.nomination.belowMinimum.other': 'Ostatních hodnotitelů musí být alespoň {min}.',
  'feedback.nomination.aboveMaximum.directReport': 'Podřízených může být nejvýš {max}.',
  'feedback.nomination.aboveMaximum.peer': 'Kolegů může být nejvýš {max}.',
  'feedback.nomination.aboveMaximum.other': 'Ostatních hodnotitelů může být nejvýš {max}.',
} as const;
