/**
 * Czech strings of the previous cycle a cycle is compared with: the refused choices (API) and what
 * the results page says about the comparison, with the quality manager's chooser.
 */
export const cafBaselineCs = {
  'caf.baseline.refused.sameCycle': 'Cyklus nelze porovnávat sám se sebou. Vyberte dřívější cyklus.',
  'caf.baseline.refused.notEarlier': 'Porovnávat lze jen s cyklem, který začal dříve než tento cyklus.',
  'caf.baseline.refused.notClosed':
    'Porovnávat lze jen s uzavřeným cyklem: výsledky cyklu, který ještě běží, se mohou změnit.',
  'caf.baseline.refused.notApproved':
    'Porovnávat lze jen s cyklem, jehož zprávu o sebehodnocení schválil ředitel úřadu.',

  'tab.caf.baseline.comparedDefault':
    'Změna se měří oproti cyklu {name} ({period}): je to poslední uzavřený a schválený cyklus se stejným rozsahem a metodou (výchozí volba).',
  'tab.caf.baseline.comparedChosen':
    'Změna se měří oproti cyklu {name} ({period}), který pro srovnání zvolil(a) manažer/ka kvality.',
  'tab.caf.baseline.none.noEarlierApproved':
    'Není s čím porovnávat: žádný dřívější cyklus není uzavřený se schválenou zprávou.',
  'tab.caf.baseline.none.noSameScopeAndMethod':
    'Není s čím porovnávat: žádný dřívější uzavřený a schválený cyklus nemá stejný rozsah a metodu. Manažer/ka kvality může srovnání s některým z nich zvolit.',
  'tab.caf.baseline.label': 'Porovnat s',
  'tab.caf.baseline.default': 'výchozí (poslední uzavřený a schválený cyklus se stejným rozsahem a metodou)',
  'tab.caf.baseline.option': '{name} ({period})',
  'tab.caf.baseline.optionNotes': '{option} – {notes}',
  'tab.caf.baseline.note.default': 'výchozí volba',
  'tab.caf.baseline.note.otherScope': 'jiný rozsah',
  'tab.caf.baseline.note.otherMethod': 'jiná metoda',
  'tab.caf.baseline.save': 'Uložit srovnání',
  'tab.caf.baseline.confirmTitle': 'Změnit cyklus, se kterým se porovnává?',
  'tab.caf.baseline.confirmChosen':
    'Změna skóre na této stránce i ve zprávě o sebehodnocení se bude měřit oproti cyklu {name}.',
  'tab.caf.baseline.confirmDefault':
    'Změna skóre na této stránce i ve zprávě o sebehodnocení se bude měřit podle výchozího pravidla: oproti poslednímu uzavřenému a schválenému cyklu se stejným rozsahem a metodou.',
  'tab.caf.baseline.confirmDiffers':
    'Zvolený cyklus má jiný rozsah nebo metodu, změny skóre proto nemusí být přímo srovnatelné.',
  'tab.caf.baseline.confirm': 'Změnit srovnání',
  'tab.caf.baseline.saved': 'Srovnání je uloženo.',
} as const;
