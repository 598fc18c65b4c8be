/** Czech texts of why the service refused a step on a controlled document. */
export const documentsRulesCs = {
  'documents.refused.hidden':
    'Koncept dokumentu vidí jen jeho garant, schvalovatel, připomínkující a manažer/ka kvality.',
  'documents.refused.createRole':
    'Řízené dokumenty zakládá manažer/ka kvality, ředitel/ka nebo vedoucí odboru.',
  'documents.refused.ownerRole':
    'Koncept dokumentu upravuje a předkládá jeho garant nebo manažer/ka kvality.',
  'documents.refused.approverRole': 'Dokument schvaluje nebo vrací jen jeho určený schvalovatel.',
  'documents.refused.commentRole':
    'Koncept připomínkují určení připomínkující, schvalovatel, garant a manažer/ka kvality.',
  'documents.refused.withdrawRole': 'Platný dokument ruší jeho schvalovatel nebo ředitel/ka.',
  'documents.refused.notInAudience': 'Seznámení s tímto dokumentem se od vás nevyžaduje.',
  'documents.refused.overviewRole': 'Přehled řízených dokumentů je pro manažera/ku kvality a ředitele/ku.',
  'documents.refused.ratesRole': 'Stav seznámení vidí garant, schvalovatel, manažer/ka kvality a ředitel/ka.',
  'documents.refused.ownerByQualityManager':
    'Garanta dokumentu jiného než sebe může určit jen manažer/ka kvality.',
  'documents.refused.selfApproval': 'Garant nemůže schválit vlastní dokument; schvaluje jiná osoba.',
  'documents.rule.notInState.edit': 'Upravit lze jen koncept, který ještě není předložen ke schválení.',
  'documents.rule.notInState.upload':
    'Nový soubor lze nahrát jen do konceptu, který ještě není předložen ke schválení.',
  'documents.rule.notInState.submit': 'Ke schválení lze předložit jen rozpracovaný koncept.',
  'documents.rule.notInState.comment': 'Připomínky lze psát jen ke konceptu předloženému ke schválení.',
  'documents.rule.notInState.approve': 'Schválit lze jen koncept předložený ke schválení.',
  'documents.rule.notInState.return': 'Vrátit lze jen koncept předložený ke schválení.',
  'documents.rule.notInState.confirmReview':
    'Revizi lze potvrdit jen u platného dokumentu, u kterého neprobíhá nová verze.',
  'documents.rule.notInState.revise':
    'Novou verzi lze začít jen u platného dokumentu, u kterého už jiná nová verze neprobíhá.',
  'documents.rule.notInState.withdraw': 'Zrušit lze jen schválený nebo platný dokument.',
  'documents.rule.notInState.acknowledge': 'Seznámit se lze jen s platným dokumentem.',
  'documents.rule.noFile': 'Před předložením ke schválení nahrajte soubor dokumentu.',
  'documents.rule.reasonRequired': 'Uveďte, co se v nové verzi mění a proč.',
  'documents.rule.staleVersion':
    'Koncept se mezitím změnil (byl nahrán nový soubor). Načtěte dokument znovu a přečtěte si aktuální verzi.',
  'documents.rule.effectivePast': 'Datum účinnosti nesmí být v minulosti.',
  'documents.rule.resolutionRequired':
    'Dokument vydává rada, zastupitelstvo nebo starosta: uveďte číslo usnesení.',
  'documents.rule.supersededVersion':
    'Tato verze už neplatí (nebo ještě neplatí). Načtěte dokument znovu a seznamte se s platnou verzí.',
  'documents.rule.noAcknowledgement': 'U tohoto dokumentu se seznámení nepotvrzuje.',
  'documents.rule.codeFixed': 'Vydaný dokument si ponechává své označení; označení nelze změnit.',
  'documents.rule.fileTypeMismatch': 'Soubor musí být stejného typu, jaký byl zvolen při založení dokumentu.',
  'documents.invalid.unknownPerson': 'Zadaná osoba není v adresáři úřadu.',
  'documents.invalid.unknownDepartment': 'Zadaný útvar není v adresáři úřadu.',
  'documents.invalid.codeTaken': 'Dokument s tímto označením už existuje.',
  'documents.file.lengthRequired': 'Nahrávání neuvedlo velikost souboru. Zkuste soubor nahrát znovu.',
  'documents.file.tooLarge': 'Soubor je větší, než SharePoint dovoluje (250 GB).',
  'documents.file.wrongType': 'Řízený dokument může být jen soubor .docx, .pdf nebo .xlsx zvoleného typu.',
  'documents.file.incomplete':
    'Nahrávání se přerušilo. Nic se neuložilo a předchozí verze zůstala beze změny; zkuste to znovu.',
  'documents.file.empty': 'Soubor je prázdný.',
} as const;
