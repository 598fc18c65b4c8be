/** Czech sentences of the measures' role matrix and lifecycle: why the service refused a step. */
export const measuresRulesCs = {
  'measures.refused.hidden': 'Opatření jiných odborů se v tomto úřadu nezobrazují.',
  'measures.refused.createRole': 'Opatření zakládá manažer/ka kvality nebo vedoucí odboru.',
  'measures.refused.createDepartment': 'Vedoucí odboru zakládá opatření jen pro svůj odbor a jeho oddělení.',
  'measures.refused.ownerByQualityManager':
    'Odpovědnou osobu jinou než sebe může určit jen manažer/ka kvality.',
  'measures.refused.approveRole': 'Opatření schvaluje manažer/ka kvality nebo ředitel/ka.',
  'measures.refused.runRole':
    'Toto opatření řídí vedoucí jeho odboru, jeho odpovědná osoba nebo manažer/ka kvality.',
  'measures.refused.progressRole':
    'Postup opatření hlásí jeho odpovědná osoba, spoluřešitelé, vedoucí odboru nebo manažer/ka kvality.',
  'measures.refused.checkRole': 'Účinnost opatření ověřuje manažer/ka kvality.',
  'measures.refused.cancelRole':
    'Opatření ruší manažer/ka kvality nebo ředitel/ka; vedoucí odboru může stáhnout jen svůj návrh.',
  'measures.rule.notInStatus.edit': 'Uzavřené nebo zrušené opatření už nelze upravovat.',
  'measures.rule.notInStatus.approve': 'Schválit lze jen navržené opatření.',
  'measures.rule.notInStatus.start': 'Zahájit lze jen schválené opatření.',
  'measures.rule.notInStatus.reportProgress':
    'Postup lze hlásit jen u schváleného nebo probíhajícího opatření.',
  'measures.rule.notInStatus.requestCheck': 'Ověření účinnosti lze požádat jen u probíhajícího opatření.',
  'measures.rule.notInStatus.checkEffectiveness':
    'Účinnost lze ověřit jen u opatření, které na ověření čeká.',
  'measures.rule.notInStatus.cancel': 'Uzavřené nebo zrušené opatření už nelze zrušit.',
  'measures.rule.reasonRequired': 'Uveďte důvod zrušení opatření.',
  'measures.rule.noCriterion': 'Před ověřením účinnosti doplňte kritérium účinnosti.',
  'measures.rule.noCheckDate': 'Před ověřením účinnosti doplňte datum ověření.',
  'measures.rule.stepsOpen':
    'Některé kroky nejsou hotové. Dokončete je, nebo uveďte, proč je opatření k ověření i bez nich.',
  'measures.rule.newDeadlineRequired': 'Neúčinné opatření pokračuje: zadejte nový termín.',
  'measures.rule.newDeadlinePast': 'Nový termín nesmí být v minulosti.',
  'measures.rule.unknownStep': 'Hlášení se týká kroku, který opatření nemá. Načtěte opatření znovu.',
  'measures.invalid.unknownPerson': 'Zadaná osoba není v adresáři úřadu.',
  'measures.invalid.unknownDepartment': 'Zadaný odbor není v adresáři úřadu.',
} as const;
