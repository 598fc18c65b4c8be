/** Czech texts of mystery shopping's rules and service refusals. */
export const mysteryRulesCs = {
  'mystery.refused.notQualityManager':
    'Kampaně mystery shoppingu připravuje a kontroluje jen manažer/ka kvality.',
  'mystery.refused.notEvaluator': 'Tento záznam patří jinému hodnotiteli.',
  'mystery.refused.notResultsReader':
    'Výsledky mystery shoppingu vidí manažer/ka kvality, ředitel/ka a vedoucí za svůj odbor.',
  'mystery.rule.notInPreparation': 'Kampaň už běží; její nastavení se nemění.',
  'mystery.rule.notRunning': 'Kampaň neběží; záznamy se zapisují jen v běžící kampani.',
  'mystery.rule.closed': 'Kampaň je uzavřená; její výsledky jsou konečné.',
  'mystery.rule.notNow': 'Tento krok teď u záznamu nejde udělat.',
  'mystery.rule.checklistFrozen': 'Kontrolní seznam už používá běžící kampaň; upravte jeho novou verzi.',
  'mystery.rule.checklistSuperseded': 'Kontrolní seznam má novější verzi; kampaň použije tu.',
  'mystery.rule.unanswered':
    'Odpovězte na všechny položky (chybí {count}); co se nehodí, označte „nelze posoudit“.',
  'mystery.rule.personalNames':
    'Poznámky obsahují něco, co vypadá jako jméno ({names}). Zaměstnance popište funkcí nebo místem, ne jménem.',
  'mystery.rule.notCounted': 'Zjištění se opírá jen o zveřejněná hodnocení.',
  'mystery.rule.findingScope': 'Zjištění se opírá jen o hodnocení téhož odboru a této kampaně.',
  'mystery.rule.recorded': 'Záznam už hodnotitel vyplnil; zrušit jde jen naplánované hodnocení.',
  'mystery.campaign.period': 'Konec kampaně je před jejím začátkem.',
  'mystery.campaign.duplicateKey': 'Dvě kontaktní místa nebo dva scénáře mají stejný klíč.',
  'mystery.campaign.servicePointDepartment': 'Kontaktní místo patří odboru, který v kampani není.',
  'mystery.campaign.quotaDepartment': 'Kvóta patří odboru, který v kampani není.',
  'mystery.campaign.quotaWithoutServicePoint': 'Kvóta má kanál, pro který odbor nemá kontaktní místo.',
  'mystery.campaign.checklistMissing': 'Pro každý kanál kampaně vyberte kontrolní seznam.',
  'mystery.campaign.checklistChannel': 'Vybraný kontrolní seznam je pro jiný kanál.',
  'mystery.campaign.scenarioWithoutServicePoint':
    'Scénář má jen kanály, pro které kampaň nemá kontaktní místo.',
  'mystery.campaign.staffNotInformed':
    'Zaměstnanci musí být o mystery shoppingu předem informováni: vyplňte datum oznámení (nejpozději v den začátku kampaně).',
  'mystery.campaign.noEvaluators': 'Kampaň nemá žádného hodnotitele.',
  'mystery.campaign.noQuota': 'Kampaň nemá žádnou kvótu hodnocení.',
  'mystery.campaign.nothingToVisit': 'Kampaň potřebuje aspoň jedno kontaktní místo a jeden scénář.',
  'mystery.plan.lockout':
    'Řádek {row}: tento hodnotitel by na stejné místo přišel příliš brzy po minulém kontaktu.',
  'mystery.plan.ownDepartment': 'Řádek {row}: hodnotitel nesmí hodnotit vlastní odbor.',
  'mystery.plan.notEvaluator': 'Řádek {row}: tento člověk není hodnotitelem kampaně.',
  'mystery.plan.outsidePeriod': 'Řádek {row}: týden je mimo období kampaně.',
  'mystery.plan.unknownServicePoint': 'Řádek {row}: kampaň takové kontaktní místo nemá.',
  'mystery.plan.scenarioChannel': 'Řádek {row}: scénář se pro kanál tohoto místa nehodí.',
  'mystery.plan.departmentMismatch': 'Řádek {row}: kontaktní místo patří jinému odboru.',
  'mystery.invalid.unknownChecklist': 'Takový kontrolní seznam neexistuje.',
  'mystery.invalid.unknownDepartment': 'Takový odbor v adresáři úřadu není.',
  'mystery.invalid.unknownPerson': 'Takový člověk v adresáři úřadu není.',
  'mystery.invalid.unknownDocument': 'Takový řízený dokument neexistuje.',
  'mystery.invalid.unknownEvaluation': 'Takové hodnocení v kampani není.',
  'mystery.invalid.fileType': 'K záznamu patří jen fotografie (JPEG, PNG, WebP) a PDF.',
  'mystery.invalid.fileTooLarge': 'Soubor je větší než 10 MB.',
  'mystery.invalid.tooManyFiles': 'K záznamu lze přiložit nejvýš 10 souborů.',
} as const;
