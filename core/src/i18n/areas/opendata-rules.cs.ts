/** Open data's refusals and errors (the service's; the tab shows them as they come). */
export const openDataRulesCs = {
  'opendata.refused': 'Otevřená data zveřejňuje manažer/ka kvality.',
  'opendata.nothingChosen': 'Není vybrána žádná datová sada ke zveřejnění. Zaškrtněte alespoň jednu.',
  'opendata.invalid':
    'Soubory neprošly kontrolou (schéma CSVW, norma DCAT-AP-CZ nebo ochrana malých skupin), a proto se nic nezveřejnilo. Podrobnosti ukáže náhled datové sady.',
  'opendata.notPublished': 'Tento soubor není zveřejněn.',
} as const;
