/** Czech strings of who forms a CAF cycle and its team (errors that say why a change is refused, the forms' hints). */
export const cafTeamCs = {
  'error.caf.cycleNameTaken':
    'Cyklus s názvem „{existing}“ už v úřadu je. Názvy cyklů se porovnávají bez ohledu na velikost písmen, diakritiku a mezery; zvolte jiný název.',
  'error.caf.teamHasLeader':
    'Hodnoticí tým už má vedoucího ({name}) a může mít jen jednoho. Přidejte tuto osobu jako člena týmu.',
  'error.caf.leaderByQualityManager': 'Vedoucího hodnoticího týmu určuje a mění jen manažer/ka kvality.',
  'error.caf.noDepartment':
    'V adresáři úřadu u vás není uveden žádný útvar, a tak nemůžete měnit složení týmu. Požádejte o doplnění útvaru.',
  'error.caf.otherDepartment':
    'Osoba {name} nepatří do útvaru, který vedete. Vedoucí útvaru přidává a odebírá jen lidi ze svého útvaru a jeho oddělení; ostatní změny týmu dělá manažer/ka kvality.',
  'tab.caf.team.ownDepartmentsHint':
    'Jako vedoucí útvaru můžete do týmu nominovat lidi ze svého útvaru a jeho oddělení. Vedoucího týmu určuje manažer/ka kvality.',
  'error.caf.scoresSubmitted': 'Své hodnocení jste už odeslal(a), proto ho nelze měnit.',
  'error.caf.memberSubmitted':
    'Tato osoba už své hodnocení odeslala a počítá se do výsledků sebehodnocení, proto ji nelze z hodnoticího týmu odebrat.',
  'error.caf.scoreSavedElsewhere':
    'Subkritérium {code} už má uložené hodnocení, možná z jiného zařízení, proto se nic nepřepsalo. Načtěte stránku znovu a upravte ho tam.',
  'error.caf.submitBusy': 'Hodnocení se právě ukládá. Odešlete ho prosím za chvíli znovu.',
  'tab.caf.team.person': 'Osoba',
  'tab.caf.team.error.person': 'Vyberte osobu ze seznamu nalezených.',
  'tab.caf.team.removeTitle': 'Odebrat {name} z hodnoticího týmu?',
  'tab.caf.team.removeEffect':
    '{name} přestane být členem hodnoticího týmu tohoto cyklu a nebude moci dál hodnotit.',
  'tab.caf.team.removeDrafts':
    'Rozpracovaná hodnocení, která nebyla odeslána, se do výsledků nezapočítávají.',
  'tab.caf.team.removeClose': 'Zavřít',
  'tab.caf.team.removeConfirm': 'Ano, odebrat',
} as const;
