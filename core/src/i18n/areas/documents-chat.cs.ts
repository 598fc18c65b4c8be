/** Czech texts of the chat cards about documents. */
export const documentsChatCs = {
  'bot.document.code': 'Kód',
  'bot.document.version': 'Verze',
  'bot.document.effectiveFrom': 'Platí od',
  'bot.document.reviewDate': 'Termín revize',
  'bot.document.owner': 'Garant',
  'bot.document.reason': 'Důvod změny',
  'bot.document.openFile': 'Otevřít soubor',
  'bot.document.openTab': 'Otevřít v Kvalitě',
  'bot.document.notFound':
    'Tento dokument v Kvalitě není, nebo k němu nemáte přístup. Dokumenty najdete v Kvalitě.',
  'bot.document.invalid':
    'Této akci karty Kvalita nerozumí, nic se neuložilo. Otevřete prosím dokument v Kvalitě.',
  'bot.document.unknownPerson':
    'Vaše jméno Kvalita nenašla v adresáři úřadu, proto nic neuložila. Obraťte se prosím na manažera/ku kvality.',
  'bot.document.ack.title': 'Seznamte se prosím s dokumentem',
  'bot.document.ack.intro':
    'Tato verze platí od {date}. Přečtěte si ji a potvrďte tlačítkem, že jste se s ní seznámil/a.',
  'bot.document.ack.reminder': 'Připomínka: seznámení s tímto dokumentem zatím nemáte potvrzené.',
  'bot.document.ack.confirm': 'Potvrzuji, že jsem se seznámil/a',
  'bot.document.ack.confirmed': 'Seznámení s verzí {version} máte potvrzené {date}. Děkujeme.',
  'bot.document.ack.already': 'Seznámení s verzí {version} jste už potvrdil/a {date}; znovu se nic neukládá.',
  'bot.document.ack.superseded':
    'Verze {version} už neplatí, nahradila ji verze {current} platná od {date}. Potvrzuje se jen platná verze.',
  'bot.document.ack.withdrawn': 'Dokument byl zrušen, seznámení s ním už potvrzovat nemusíte.',
  'bot.document.ack.notRequired': 'Seznámení s tímto dokumentem od vás Kvalita nežádá.',
  'bot.document.escalation.title': 'Nepotvrzená seznámení ve vašem útvaru',
  'bot.document.escalation.intro':
    'Ani po {days} dnech nepotvrdili seznámení s platnými dokumenty tito lidé z vašeho útvaru:',
  'bot.document.escalation.line': '{code} {title} (verze {version}): potvrdilo {acknowledged} z {audience}',
  'bot.document.escalation.waiting': 'Nepotvrdili: {names}',
  'bot.document.escalation.more': 'a dalších {count}',
  'bot.document.escalation.none': 'Ve vašem útvaru už seznámení potvrdili všichni. Děkujeme.',
  'bot.document.escalation.open': 'Zobrazit dokumenty v Kvalitě',
  'bot.document.review.title': 'Pravidelná revize dokumentu',
  'bot.document.review.soon':
    'Za {days} dní, {date}, je termín pravidelné revize. Potvrďte dokument beze změny, nebo začněte novou verzi.',
  'bot.document.review.overdue':
    'Pravidelná revize je po termínu, termín byl {date}. Potvrďte prosím dokument beze změny, nebo začněte novou verzi.',
  'bot.document.review.done': 'Revize je hotová, příští termín je {date}.',
  'bot.document.review.open': 'Otevřít revizi v Kvalitě',
  'bot.document.reviewRequest.title': 'Prosba o připomínky ke konceptu',
  'bot.document.reviewRequest.intro':
    '{owner} předložil/a ke schválení koncept {version}. Připomínky napište sem, nebo do Kvality.',
  'bot.document.comment.label': 'Vaše připomínka',
  'bot.document.comment.placeholder': 'Nejvýše {max} znaků.',
  'bot.document.comment.send': 'Odeslat připomínku',
  'bot.document.comment.saved': 'Děkujeme, připomínka je uložená:',
  'bot.document.comment.empty': 'Připomínka zatím není uložená: napište ji prosím (nejvýše {max} znaků).',
  'bot.document.comment.closed':
    'Koncept {version} už není v připomínkovém řízení, připomínka proto uložená není. Stav dokumentu najdete v Kvalitě.',
  'bot.document.comment.notAllowed':
    'Připomínky ke konceptu mohou psát jen jeho připomínkující, schvalovatel/ka a garant. Nic se neuložilo.',
  'bot.document.approvalRequest.title': 'Koncept čeká na vaše schválení',
  'bot.document.approvalRequest.intro':
    '{owner} předložil/a ke schválení koncept {version}. Přečtěte si ho a v Kvalitě ho schvalte, nebo vraťte s připomínkou.',
  'bot.document.approvalRequest.open': 'Otevřít ke schválení',
  'bot.document.approvalRequest.decided': 'O konceptu {version} už je rozhodnuto.',
  'bot.document.returned.title': 'Koncept se vrací k úpravě',
  'bot.document.returned.intro': 'Schvalovatel/ka vrátil/a koncept {version} s tímto komentářem:',
  'bot.document.approved.title': 'Dokument je schválený',
  'bot.document.approved.intro': 'Verze {version} je schválená a platí od {date}.',
  'bot.document.someone': 'Garant dokumentu',
} as const;
