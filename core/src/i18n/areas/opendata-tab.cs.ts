/** Czech texts of open data's tab pages (the quality manager's). */
export const openDataTabCs = {
  'tab.opendata.onlyQualityManager': 'Otevřená data zveřejňuje manažer kvality; tato stránka je jen pro něj.',

  'tab.opendata.overview.heading': 'Otevřená data',
  'tab.opendata.overview.intro':
    'Úřad zveřejňuje vybrané výsledky řízení kvality jako otevřená data: každou datovou sadu jako soubor CSV s metadaty CSVW, popsanou v místním katalogu podle normy DCAT-AP-CZ, který sklízí Národní katalog otevřených dat (NKOD). Zveřejňují se jen souhrny; útvar s méně lidmi, než je prahová hodnota skupiny, se nikdy nejmenuje.',

  'tab.opendata.publisher.heading': 'Kdo data zveřejňuje',
  'tab.opendata.publisher.office': 'Poskytovatel',
  'tab.opendata.publisher.ico': 'IČO',
  'tab.opendata.publisher.contact': 'Kontakt pro dotazy k datům',
  'tab.opendata.publisher.catalogue': 'Katalog (veřejná adresa)',

  'tab.opendata.datasets.heading': 'Datové sady',
  'tab.opendata.datasets.caption': 'Datové sady, které Kvalita umí zveřejnit ({count})',
  'tab.opendata.datasets.title': 'Datová sada',
  'tab.opendata.datasets.chosen': 'Zveřejňovat',
  'tab.opendata.datasets.chosenLabel': 'Zveřejňovat: {title}',
  'tab.opendata.datasets.frequency': 'Četnost aktualizace',
  'tab.opendata.datasets.frequencyLabel': 'Četnost aktualizace: {title}',
  'tab.opendata.datasets.lastPublished': 'Naposledy zveřejněno',
  'tab.opendata.datasets.lastPublishedValue': '{date}, řádků: {rows}',
  'tab.opendata.datasets.never': 'Dosud nezveřejněno',
  'tab.opendata.datasets.nextDue': 'Příští zveřejnění podle plánu',
  'tab.opendata.datasets.inCatalogue': 'V katalogu',
  'tab.opendata.datasets.yes': 'ano',
  'tab.opendata.datasets.no': 'ne',
  'tab.opendata.datasets.files': 'Veřejné soubory',
  'tab.opendata.datasets.csv': 'CSV',
  'tab.opendata.datasets.record': 'Záznam',
  'tab.opendata.datasets.ofDataset': ' – {title}',
  'tab.opendata.datasets.preview': 'Náhled',
  'tab.opendata.datasets.saving': 'Ukládám nastavení sady {title}…',
  'tab.opendata.datasets.saved': 'Nastavení sady {title} je uloženo.',
  'tab.opendata.datasets.stale':
    'Nastavení sady {title} mezitím změnil někdo jiný. Tabulka ukazuje jeho současný stav; změnu proveďte znovu.',
  'tab.opendata.datasets.saveFailed': 'Nastavení sady {title} se nepodařilo uložit: {reason}',

  'tab.opendata.frequency.weekly': 'týdně',
  'tab.opendata.frequency.monthly': 'měsíčně',
  'tab.opendata.frequency.quarterly': 'čtvrtletně',
  'tab.opendata.frequency.annual': 'ročně',
  'tab.opendata.frequency.irregular': 'nepravidelně',

  'tab.opendata.publish.heading': 'Zveřejnění',
  'tab.opendata.publish.button': 'Zveřejnit vybrané',
  'tab.opendata.publish.busy': 'Zveřejňuji…',
  'tab.opendata.publish.explain':
    'Zveřejní se vybrané datové sady ({count}) a katalog: soubory CSV a jejich metadata se přepíšou současnými údaji, sady, které vybrané nejsou, se z katalogu vyřadí. Zveřejnění se zapíše do záznamu níže.',
  'tab.opendata.publish.nothing':
    'Není vybraná žádná datová sada. Zaškrtněte v tabulce „Zveřejňovat“ u sad, které chcete zveřejnit.',
  'tab.opendata.publish.done':
    'Zveřejněno: datové sady ({count}) a katalog. Zveřejnění je v záznamu zveřejnění.',
  'tab.opendata.publish.replayed':
    'Toto zveřejnění už proběhlo (tlačítko bylo stisknuto dvakrát nebo se požadavek opakoval): nic se nezveřejnilo znovu.',
  'tab.opendata.publish.conflictHint': 'Náhled každé vybrané sady ukáže, co v ní kontrola našla.',

  'tab.opendata.registration.heading': 'Registrace katalogu v NKOD',
  'tab.opendata.registration.intro':
    'Národní katalog otevřených dat sklízí katalog úřadu sám, jakmile ho úřad jednou zaregistruje:',
  'tab.opendata.registration.step1': 'Stáhněte registrační soubor.',
  'tab.opendata.registration.step2':
    'Soubor obsahuje údaje formuláře {form} na portálu data.gov.cz: typ API „DCAT-AP Dokumenty“ a adresu katalogu {url}. Registrujete-li katalog formulářem, zadejte do něj tytéž údaje.',
  'tab.opendata.registration.form': 'Registrace lokálního katalogu',
  'tab.opendata.registration.step3':
    'Pošlete soubor jako jedinou přílohu zprávy do datové schránky m3hp53v s předmětem „NKOD“.',
  'tab.opendata.registration.step4':
    'Po zpracování registrace NKOD katalog pravidelně sklízí; další zveřejnění se v něm objeví bez nové registrace.',
  'tab.opendata.registration.download': 'Stáhnout registrační soubor',
  'tab.opendata.registration.failed': 'Registrační soubor se nepodařilo stáhnout: {reason}',

  'tab.opendata.log.heading': 'Záznam zveřejnění',
  'tab.opendata.log.caption': 'Poslední zveřejnění, nejnovější první ({count})',
  'tab.opendata.log.empty': 'Zatím nebylo nic zveřejněno.',
  'tab.opendata.log.at': 'Kdy',
  'tab.opendata.log.by': 'Kdo',
  'tab.opendata.log.trigger': 'Jak',
  'tab.opendata.log.datasets': 'Datové sady (řádků)',
  'tab.opendata.log.sha': 'SHA-256 katalogu',
  'tab.opendata.log.shaFull': 'Celý otisk SHA-256: {sha}',
  'tab.opendata.log.versions': 'Verze souborů',
  'tab.opendata.log.datasetRows': '{title}: {rows}',
  'tab.opendata.log.catalogueVersion': 'katalog {version}',
  'tab.opendata.log.fileVersion': '{name} {version}',
  'tab.opendata.trigger.manual': 'ručně',
  'tab.opendata.trigger.scheduled': 'podle plánu',

  'tab.opendata.preview.heading': 'Náhled: {title}',
  'tab.opendata.preview.back': 'Zpět na přehled otevřených dat',
  'tab.opendata.preview.intro':
    'Soubory tak, jak je zapíše příští zveřejnění. Nic se tu nemění ani nezveřejňuje.',
  'tab.opendata.preview.totalRows': 'Řádků celkem',
  'tab.opendata.preview.withheld': 'Vynechané útvary',
  'tab.opendata.preview.withheldHint':
    'Útvary s méně lidmi, než je prahová hodnota skupiny: do souboru se nedostanou a neuvádí se ani jejich názvy.',
  'tab.opendata.preview.rows': 'Řádky souboru',
  'tab.opendata.preview.files': 'Soubory tak, jak se zveřejní',
  'tab.opendata.preview.publicLinks': 'Veřejné adresy datové sady',
  'tab.opendata.preview.publicHint':
    'Zde budou soubory k dispozici bez přihlášení; po vyřazení z katalogu přestanou být dostupné.',
  'tab.opendata.preview.rowsCaption': 'První řádky souboru ({shown} z {total})',
  'tab.opendata.preview.noRows': 'Datová sada zatím nemá žádné řádky.',
  'tab.opendata.preview.validation': 'Kontrola souborů',
  'tab.opendata.preview.valid': 'Soubory odpovídají schématu CSVW i normě DCAT-AP-CZ.',
  'tab.opendata.preview.invalid':
    'Kontrola našla problémy ({count}). Dokud je má některá vybraná sada, zveřejnění se odmítne.',
  'tab.opendata.preview.where': '{file}',
  'tab.opendata.preview.whereRow': '{file}, řádek {row}',
  'tab.opendata.preview.whereColumn': '{file}, sloupec {column}',
  'tab.opendata.preview.whereRowColumn': '{file}, řádek {row}, sloupec {column}',
  'tab.opendata.preview.csv': 'Soubor CSV',
  'tab.opendata.preview.metadata': 'Metadata CSVW (JSON)',
  'tab.opendata.preview.record': 'Záznam v katalogu (DCAT-AP-CZ, JSON-LD)',

  'tab.opendata.problem.header': 'Záhlaví souboru neodpovídá sloupcům popsaným v metadatech.',
  'tab.opendata.problem.columnCount': 'Řádek má jiný počet buněk než záhlaví.',
  'tab.opendata.problem.required': 'Povinná buňka je prázdná.',
  'tab.opendata.problem.datatype': 'Hodnota neodpovídá datovému typu sloupce.',
  'tab.opendata.problem.missingProperty': 'Záznamu chybí vlastnost, kterou norma vyžaduje.',
  'tab.opendata.problem.belowThreshold':
    'Řádek vychází z menší skupiny lidí, než je prahová hodnota skupiny.',
  'tab.opendata.problem.unnamedDepartment':
    'Řádek jmenuje útvar, který otevřená data jmenovat nesmějí (je menší než prahová hodnota).',
} as const;
