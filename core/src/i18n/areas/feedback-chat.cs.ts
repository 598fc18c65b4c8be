/** Czech texts of 360° feedback (chat). */
export const feedbackChatCs = {
  'bot.feedback.group.self': 'sebehodnocení',
  'bot.feedback.group.manager': 'nadřízený/á',
  'bot.feedback.group.directReport': 'podřízení',
  'bot.feedback.group.peer': 'kolegové',
  'bot.feedback.group.other': 'ostatní',
  'bot.feedback.charter':
    'Zpětná vazba 360° slouží k rozvoji, není hodnocením pro odměňování: výsledky nejsou podkladem pro osobní příplatek ani odměny.',
  'bot.feedback.cycle': 'Cyklus',
  'bot.feedback.deadline': 'Termín',
  'bot.feedback.openTab': 'Otevřít v Kvalitě',
  'bot.feedback.invalid':
    'Této akci karty Kvalita nerozumí, nic se neuložilo. Zpětnou vazbu 360° najdete v Kvalitě.',
  'bot.feedback.unknownPerson':
    'Vaše jméno Kvalita nenašla v adresáři úřadu, proto nic neuložila. Obraťte se prosím na koordinátora/ku zpětné vazby.',
  'bot.feedback.notFound':
    'Tento formulář v Kvalitě není, nebo se vás netýká. Své úkoly ve zpětné vazbě 360° najdete v Kvalitě.',
  'bot.feedback.stale':
    'Mezitím se seznam změnil (na jiném zařízení nebo v Kvalitě), proto se nic neuložilo. Níže je aktuální stav.',

  'bot.feedback.rate.title': 'Zpětná vazba 360°',
  'bot.feedback.rate.subject': 'Hodnotíte',
  'bot.feedback.rate.yourGroup': 'Vaše skupina',
  'bot.feedback.rate.self':
    'Hodnotíte sami sebe. Ve zprávě je vaše hodnocení uvedené jako sebehodnocení vedle hodnocení ostatních.',
  'bot.feedback.rate.manager':
    'Hodnotíte jako nadřízený/á. Ve zprávě je vaše hodnocení uvedené jako hodnocení nadřízeného: {subject} ví, že je od vás.',
  'bot.feedback.rate.anonymous':
    'Jednotlivé odpovědi ani jména se nikde neukazují: {subject} uvidí hodnocení vaší skupiny ({group}) jen dohromady a jen tehdy, když jich odpoví aspoň {threshold}; menší skupina se sloučí s ostatními, nebo se vynechá.',
  'bot.feedback.rate.scale': 'Škála',
  'bot.feedback.rate.anchor': '{point} = {label}',
  'bot.feedback.rate.cannotJudge': 'Nemohu posoudit',
  'bot.feedback.rate.choose': 'Vyberte',
  'bot.feedback.rate.comment': 'Komentář ke skupině {group} (nepovinný)',
  'bot.feedback.rate.commentPlaceholder':
    'Nejvýše {max} znaků. Komentáře se ukazují bez jména, v náhodném pořadí.',
  'bot.feedback.rate.shortened':
    'Karta by byla pro Teams příliš dlouhá, proto jsou definice kompetencí zkrácené. Celé znění modelu najdete v Kvalitě.',
  'bot.feedback.rate.submit': 'Odeslat hodnocení',
  'bot.feedback.rate.declineReason': 'Pokud hodnotit nemůžete, napište proč (nejvýše {max} znaků)',
  'bot.feedback.rate.decline': 'Odmítnout hodnocení',
  'bot.feedback.rate.missing':
    'Hodnocení zatím není uložené: u každého chování vyberte bod škály, nebo „Nemohu posoudit“ (chybí {count}).',
  'bot.feedback.rate.bad':
    'Hodnocení zatím není uložené: některá odpověď neodpovídá formuláři (komentář smí mít nejvýše {max} znaků). Zkontrolujte prosím odpovědi.',
  'bot.feedback.rate.reasonMissing':
    'Odmítnutí zatím není uložené: napište prosím důvod (nejvýše {max} znaků).',
  'bot.feedback.rate.done': 'Hotovo, děkujeme. Hodnocení pro {subject} je uložené.',
  'bot.feedback.rate.already': 'Hodnocení pro {subject} už máte odeslané; znovu se nic neukládá.',
  'bot.feedback.rate.progress': 'Hotovo {done} z {total} formulářů.',
  'bot.feedback.rate.allDone': 'Vyplnil/a jste všechny své formuláře. Děkujeme.',
  'bot.feedback.rate.declined':
    'Hodnocení pro {subject} jste odmítl/a. Důvod vidí nadřízený/á hodnoceného a koordinátor/ka.',
  'bot.feedback.rate.closed': 'Tento cyklus je uzavřený, hodnocení už nelze odeslat ani změnit.',
  'bot.feedback.rate.notYet': 'Hodnocení v tomto cyklu ještě nezačalo. Kartu dostanete, až začne.',

  'bot.feedback.nominate.title': 'Navrhněte, kdo vám dá zpětnou vazbu',
  'bot.feedback.nominate.intro':
    'V cyklu {cycle} dostanete zpětnou vazbu 360°. Vyberte kolegy a další lidi, kteří vaši práci znají. Seznam pak schválí {manager}.',
  'bot.feedback.nominate.noManager':
    'V cyklu {cycle} dostanete zpětnou vazbu 360°. Vyberte kolegy a další lidi, kteří vaši práci znají. Seznam pak schválí koordinátor/ka.',
  'bot.feedback.nominate.automatic': 'Automaticky: vy sami, váš nadřízený/á a vaši podřízení ({count}).',
  'bot.feedback.nominate.group': '{group}: vyberte {min}–{max}',
  'bot.feedback.nominate.load': '{name} (počet formulářů: {forms})',
  'bot.feedback.nominate.full': '{name} (už má plno)',
  'bot.feedback.nominate.count': '{group}: vybráno {count}, potřeba {min}–{max}',
  'bot.feedback.nominate.elsewhere': 'Někoho jiného přidáte v Kvalitě.',
  'bot.feedback.nominate.submit': 'Odeslat ke schválení',
  'bot.feedback.nominate.twice': 'Nic se neuložilo: {name} je vybraný/á ve dvou skupinách najednou.',
  'bot.feedback.nominate.problem': 'Seznam je uložený, ale ke schválení ještě neodešel: {reason}',
  'bot.feedback.nominate.refused': 'Nic se neuložilo: {reason}',
  'bot.feedback.nominate.invalid':
    'Nic se neuložilo: výběr neodpovídá této kartě. Seznam upravte prosím v Kvalitě.',
  'bot.feedback.nominate.submitted': 'Odesláno ke schválení. Děkujeme. Navrhli jste:',
  'bot.feedback.nominate.approved': 'Seznam hodnotitelů je schválený:',
  'bot.feedback.nominate.closed': 'Nominace v tomto cyklu skončily, seznam už zde změnit nelze.',
  'bot.feedback.nominate.none': 'nikoho',
  'bot.feedback.nominate.line': '{group}: {names}',

  'bot.feedback.approve.title': 'Schvalte hodnotitele',
  'bot.feedback.approve.intro':
    '{subject} navrhl/a tyto hodnotitele pro cyklus {cycle}. Odškrtněte, koho nechcete, a schvalte. Přidat někoho můžete v Kvalitě.',
  'bot.feedback.approve.submit': 'Schválit',
  'bot.feedback.approve.done': 'Schváleno. Děkujeme. Hodnotit budou:',
  'bot.feedback.approve.notYet':
    '{subject} zatím seznam neodeslal/a. Až ho odešle, pošlu vám ho ke schválení.',
  'bot.feedback.approve.closed': 'Schvalování v tomto cyklu skončilo, seznam už zde změnit nelze.',

  'bot.feedback.remind.nominate': 'Připomínka: do {date} prosím navrhněte své hodnotitele.',
  'bot.feedback.remind.approve': 'Připomínka: do {date} prosím schvalte hodnotitele pro {subject}.',
  'bot.feedback.remind.rate.title': 'Připomínka: zpětná vazba 360°',
  'bot.feedback.remind.rate':
    'V cyklu {cycle} máte hotovo {done} z {total} formulářů. Zbývající prosím vyplňte do {date}; karty najdete výše v tomto chatu.',
  'bot.feedback.remind.open': 'Zbývá: {names}',

  'bot.feedback.released.title': 'Zprávy ze zpětné vazby 360° jsou zveřejněné',
  'bot.feedback.released.subject': 'Vaše zpráva z cyklu {cycle} je připravená. Najdete ji v Kvalitě.',
  'bot.feedback.released.manager':
    'Zprávy vašich podřízených z cyklu {cycle} jsou připravené ({count}). Najdete je v Kvalitě.',
  'bot.feedback.released.open': 'Otevřít zprávu',
} as const;
