/**
 * Czech start texts — the default language of Kvalita: the app's frame, the CAF model page, the
 * error messages, measures' code lists, what every host needs first. Each feature area's texts are
 * in areas/; catalogues.ts puts them all together. Placeholders are written {name}.
 */
export const csStart = {
  'app.name': 'Kvalita',
  'app.tagline': 'Řízení kvality úřadu podle modelu CAF 2020',

  'locale.cs': 'Čeština',
  'locale.en': 'English',
  'locale.switch': 'Jazyk',

  'tab.loading': 'Načítám…',
  'tab.error.title': 'Něco se nepovedlo',
  'tab.error.retry': 'Zkusit znovu',
  'tab.error.network': 'Služba Kvalita neodpovídá. Zkontrolujte připojení a zkuste to znovu.',
  'tab.error.unauthorized': 'Nejste přihlášeni nebo vaše přihlášení vypršelo.',
  'tab.signInAs.label': 'Přihlásit se jako',
  'tab.signInAs.hint': 'Místní režim: vyberte ukázkovou osobu z úřadu.',
  'tab.signInAs.signedIn': 'Přihlášen(a): {name}',
  'tab.signInAs.choose': 'Vyberte osobu',
  'tab.model.heading': 'Model CAF 2020',
  'tab.model.summary': '{criteria} kritérií, {subcriteria} subkritérií',
  'tab.model.enablers': 'Kritéria předpokladů',
  'tab.model.results': 'Výsledková kritéria',
  'tab.model.criterion': 'Kritérium {number}: {title}',
  'tab.model.workingTranslation': 'pracovní překlad',
  'tab.model.workingTranslation.hint':
    'Pracovní překlad, který ještě nebyl ověřen podle českého vydání MV ČR.',
  'tab.model.empty': 'Model CAF zatím neobsahuje žádná kritéria.',
  'tab.error.invalidResponse': 'Služba Kvalita odpověděla nečekaným způsobem. Zkuste to prosím znovu.',
  'tab.error.forbidden': 'K tomuto obsahu nemáte oprávnění.',
  'tab.signInAs.empty': 'V adresáři úřadu nejsou žádné ukázkové osoby.',
  'tab.signInAs.prompt': 'Pro zobrazení obsahu se přihlaste jako některá z ukázkových osob.',
  'tab.skipToContent': 'Přeskočit na obsah',
  'tab.people.hint': 'Hledá podle začátku jména, příjmení nebo e-mailu.',
  'tab.people.tooShort': 'Napište alespoň {min} znaky jména, příjmení nebo e-mailu.',
  'tab.people.invalid': 'Hledat lze jen písmena, číslice, mezery a znaky . - _ @ +.',
  'tab.people.searching': 'Hledám v adresáři…',
  'tab.people.found': 'Nalezeno: {count}. Vyberte šipkami a klávesou Enter.',
  'tab.people.none': 'V adresáři úřadu nikdo takový není.',
  'tab.standalone.openInTeams':
    'Kvalitu otevřete v Microsoft Teams. Mimo Teams je dostupná jen v místním režimu.',

  'tab.caf.nav.label': 'Oblasti aplikace',
  'tab.caf.nav.model': 'Model CAF',
  'tab.caf.nav.selfAssessment': 'Sebehodnocení',
  'tab.surveys.nav': 'Průzkumy',
  'tab.measures.nav': 'Opatření',
  'tab.documents.nav': 'Dokumenty',
  'tab.feedback.nav': '360° zpětná vazba',
  'tab.mystery.nav': 'Mystery shopping',
  'tab.opendata.nav': 'Otevřená data',

  'error.badRequest': 'Požadavek není platný. Zkontrolujte zadané údaje a zkuste to znovu.',
  'error.payloadTooLarge': 'Požadavek je příliš velký. Zkraťte prosím zadané texty.',
  'error.unsupportedMediaType': 'Soubor tohoto typu zde nelze použít.',
  'error.unauthorized': 'Chybí platné přihlášení.',
  'error.forbidden': 'K této akci nemáte oprávnění.',
  'error.noRole':
    'Váš účet nemá v aplikaci Kvalita přidělenou žádnou roli. Požádejte správce Microsoft 365 vašeho úřadu, aby vám ji přidělil.',
  'error.conflict':
    'Tento krok teď nelze provést, protože to stav položky nedovoluje. Načtěte stránku znovu a podívejte se na její aktuální stav.',
  'error.stale': 'Položku mezitím změnil někdo jiný. Načtěte ji znovu a zkuste to ještě jednou.',
  'error.duplicate': 'Taková položka už existuje.',
  'error.notFound': 'Požadovaná položka neexistuje.',
  'error.sealedAnswer':
    'Uložené odpovědi nelze přečíst klíčem služby: změnil se její tajný klíč respondentů, nebo někdo odpovědi v SharePointu pozměnil. Nic nebylo zobrazeno; obnovte tajný klíč, kterým byly odpovědi zapečetěny.',
  'error.internal': 'Na straně služby nastala chyba.',
  'error.unavailable':
    'SharePoint je právě přetížený, nic se neuložilo ani nezměnilo. Zkuste to prosím znovu za minutu.',
} as const;
