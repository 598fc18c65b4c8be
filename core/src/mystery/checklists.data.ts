import type { ChecklistDraft, ChecklistItem, MysteryChannel } from './contract';

/*
 * The demo office's checklists, one per channel, in our own wording: observable statements a
 * citizen can judge without knowing anyone's name ("the clerk introduced themselves by role", never
 * "was the clerk friendly"), each with a hint saying what counts as yes and what as partly. Critical
 * items are the ones a failed contact cannot make up for — a wrong answer, personal data given
 * away, the legal deadline of a data-box submission missed — and take yes or no only, so their
 * hints say where "no" starts. Every checklist has items in all five sections.
 */

const VISIT: readonly ChecklistItem[] = [
  {
    key: 'fc-orientation',
    section: 'firstContact',
    text: 'U vchodu je vidět, kam jít s danou životní situací (orientační systém, informace).',
    weight: 2,
    critical: false,
    hint: 'Ano: do dvou minut jsem věděl, kam jít, bez ptaní. Částečně: musel jsem se zeptat, ale odpověď mě dovedla na správné místo.',
  },
  {
    key: 'fc-greeting',
    section: 'firstContact',
    text: 'Pracovník klienta pozdravil a dal najevo, že se mu věnuje, do 30 sekund od příchodu k přepážce.',
    weight: 2,
    critical: false,
    hint: 'Ano: pozdrav nebo oslovení do 30 sekund. Částečně: pozdrav přišel později nebo až na pozdrav klienta.',
  },
  {
    key: 'fc-wait',
    section: 'firstContact',
    text: 'Čekání na obsloužení nepřesáhlo 15 minut nebo bylo zřetelně vysvětleno.',
    weight: 2,
    critical: false,
    hint: 'Ano: obsloužen do 15 minut. Částečně: delší čekání, ale s informací o důvodu nebo pořadí. Minuty zapište do měření.',
  },
  {
    key: 'en-signage',
    section: 'environment',
    text: 'Přepážky a kanceláře jsou označené číslem, agendou a úředními hodinami.',
    weight: 1,
    critical: false,
    hint: 'Ano: u místa je číslo, agenda i úřední hodiny. Částečně: chybí jedno z toho.',
  },
  {
    key: 'en-access',
    section: 'environment',
    text: 'Pracoviště je přístupné bez bariér (vstup, výtah nebo snížená přepážka).',
    weight: 2,
    critical: false,
    hint: 'Ano: cesta od vchodu k přepážce jde bez schodů. Částečně: bezbariérová cesta existuje, ale není označená nebo vede jinudy (zvonek, zadní vchod).',
  },
  {
    key: 'en-privacy',
    section: 'environment',
    text: 'Rozhovor u přepážky nemohli ostatní klienti běžně slyšet.',
    weight: 2,
    critical: false,
    hint: 'Ano: odstup, přepážka nebo oddělená místnost. Částečně: diskrétní zóna je, ale nebyla nabídnuta.',
  },
  {
    key: 'cp-correct',
    section: 'competence',
    text: 'Informace odpovídala očekávané správné odpovědi scénáře.',
    weight: 3,
    critical: true,
    hint: 'Ano: všechny podstatné body očekávané odpovědi zazněly správně. Ne: chyběl podstatný bod nebo zazněla nesprávná informace.',
  },
  {
    key: 'cp-complete',
    section: 'competence',
    text: 'Pracovník sám doplnil, co klient bude potřebovat dál (doklady, poplatek, lhůta).',
    weight: 2,
    critical: false,
    hint: 'Ano: doklady, poplatek i lhůtu řekl bez ptaní. Částečně: řekl jen část nebo až na dotaz.',
  },
  {
    key: 'co-intro',
    section: 'communication',
    text: 'Pracovník se představil nebo měl viditelnou jmenovku s funkcí.',
    weight: 1,
    critical: false,
    hint: 'Ano: představil se funkcí nebo útvarem, nebo byla jmenovka s funkcí dobře vidět. Částečně: jmenovka byla, ale bez funkce. Jméno do záznamu nepište.',
  },
  {
    key: 'co-plain',
    section: 'communication',
    text: 'Pracovník mluvil srozumitelně, bez úředního žargonu, a ověřil, že klient rozumí.',
    weight: 2,
    critical: false,
    hint: 'Ano: srozumitelně a s ověřením („Je to jasné?“). Částečně: srozumitelně, ale bez ověření, nebo s odbornými výrazy, které vysvětlil až na dotaz.',
  },
  {
    key: 'co-data',
    section: 'communication',
    text: 'Pracovník nesdělil údaje o jiné osobě ani je nenechal volně ležet.',
    weight: 3,
    critical: true,
    hint: 'Ano: žádné cizí údaje nezazněly ani nebyly vidět. Ne: zazněly nebo byly vidět údaje jiného klienta (spis, obrazovka, hovor).',
  },
  {
    key: 'ou-next',
    section: 'outcome',
    text: 'Klient odcházel s jasným dalším krokem (co, kde, do kdy).',
    weight: 2,
    critical: false,
    hint: 'Ano: věděl jsem co, kde i do kdy. Částečně: jedno z toho zůstalo nejasné.',
  },
  {
    key: 'ou-written',
    section: 'outcome',
    text: 'Pracovník nabídl písemný podklad nebo odkaz na formulář.',
    weight: 1,
    critical: false,
    hint: 'Ano: leták, formulář nebo přesný odkaz na web úřadu. Částečně: jen obecná rada „najdete to na webu“.',
  },
];

const PHONE: readonly ChecklistItem[] = [
  {
    key: 'fc-rings',
    section: 'firstContact',
    text: 'Hovor byl přijat nejpozději po pěti zazvoněních.',
    weight: 2,
    critical: false,
    hint: 'Ano: přijat do pěti zazvonění. Částečně: přijat po přepojení nebo po opakovaném volání téhož dne. Počet zazvonění zapište do měření.',
  },
  {
    key: 'fc-intro',
    section: 'firstContact',
    text: 'Pracovník se ohlásil názvem úřadu a útvaru.',
    weight: 2,
    critical: false,
    hint: 'Ano: zazněl úřad i útvar. Částečně: jen jedno z toho nebo jen „prosím“.',
  },
  {
    key: 'en-hold',
    section: 'environment',
    text: 'Při přepojení nebo čekání byl volající informován, co se děje.',
    weight: 1,
    critical: false,
    hint: 'Ano: pracovník řekl, kam a proč přepojuje nebo jak dlouho čekání potrvá. Částečně: přepojil bez vysvětlení, ale hovor nespadl. Bez přepojení a čekání: nelze posoudit.',
  },
  {
    key: 'cp-correct',
    section: 'competence',
    text: 'Informace odpovídala očekávané správné odpovědi scénáře.',
    weight: 3,
    critical: true,
    hint: 'Ano: všechny podstatné body očekávané odpovědi zazněly správně. Ne: chyběl podstatný bod nebo zazněla nesprávná informace.',
  },
  {
    key: 'cp-referral',
    section: 'competence',
    text: 'Když pracovník nevěděl, předal hovor správnému útvaru nebo nabídl zpětné zavolání.',
    weight: 2,
    critical: false,
    hint: 'Ano: správné předání nebo zpětné zavolání, které přišlo. Částečně: dal jen číslo jinam. Věděl-li odpověď sám: nelze posoudit.',
  },
  {
    key: 'co-tone',
    section: 'communication',
    text: 'Pracovník mluvil klidně a srozumitelně a nechal volajícího domluvit.',
    weight: 2,
    critical: false,
    hint: 'Ano: ani jednou volajícímu neskočil do řeči a mluvil srozumitelně. Částečně: jednou ho přerušil nebo spěchal.',
  },
  {
    key: 'co-data',
    section: 'communication',
    text: 'Pracovník po telefonu nesdělil osobní údaje bez ověření totožnosti.',
    weight: 3,
    critical: true,
    hint: 'Ano: údaje o řízení nebo osobě sdělil jen po ověření, nebo je odmítl sdělit. Ne: sdělil je bez ověření.',
  },
  {
    key: 'ou-summary',
    section: 'outcome',
    text: 'Na konci hovoru pracovník shrnul, co má volající udělat.',
    weight: 2,
    critical: false,
    hint: 'Ano: shrnutí dalšího kroku na konci hovoru. Částečně: další krok zazněl, ale jen během hovoru.',
  },
];

type Written = 'email' | 'dataBox' | 'web';

/** The items every written channel shares; a data-box submission has a legal deadline, so there it is critical. */
const written = (channel: Written): ChecklistItem[] => [
  {
    key: 'fc-receipt',
    section: 'firstContact',
    text:
      channel === 'web'
        ? 'Po odeslání formuláře přišlo potvrzení s číslem nebo kopií podání.'
        : 'Úřad potvrdil přijetí podání nebo odpověděl do jednoho pracovního dne.',
    weight: 1,
    critical: false,
    hint:
      channel === 'web'
        ? 'Ano: potvrzení e-mailem nebo na obrazovce s číslem podání nebo jeho kopií. Částečně: jen „Děkujeme“ bez čísla a kopie.'
        : 'Ano: potvrzení nebo odpověď do jednoho pracovního dne. Částečně: potvrzení přišlo později, ale před odpovědí.',
  },
  {
    key: 'fc-deadline',
    section: 'firstContact',
    text: 'Odpověď přišla do lhůty scénáře (u žádosti nejpozději do 30 dnů).',
    weight: 3,
    critical: channel === 'dataBox',
    hint:
      channel === 'dataBox'
        ? 'Ano: odpověď přišla do lhůty scénáře. Ne: přišla po ní nebo nepřišla. Lhůtu ověří Kvalita z časů odeslání a odpovědi.'
        : 'Ano: odpověď přišla do lhůty scénáře. Částečně: po lhůtě, ale s omluvou nebo s průběžnou informací. Lhůtu ověří Kvalita z časů odeslání a odpovědi.',
  },
  {
    key: 'en-signature',
    section: 'environment',
    text: 'Odpověď je podepsána funkcí a útvarem a uvádí kontakt pro doplnění.',
    weight: 1,
    critical: false,
    hint: 'Ano: funkce, útvar i telefon nebo e-mail. Částečně: chybí kontakt nebo funkce. Jméno ani podpis do záznamu nepište.',
  },
  {
    key: 'cp-correct',
    section: 'competence',
    text: 'Odpověď odpovídala očekávané správné odpovědi scénáře.',
    weight: 3,
    critical: true,
    hint: 'Ano: všechny podstatné body očekávané odpovědi jsou v odpovědi správně. Ne: chybí podstatný bod nebo je uvedeno něco nesprávně.',
  },
  {
    key: 'cp-legal',
    section: 'competence',
    text: 'Odpověď odkazuje na správný předpis nebo postup, pokud ho věc vyžaduje.',
    weight: 2,
    critical: false,
    hint: 'Ano: správný předpis nebo odkaz na popis postupu. Částečně: odkaz je obecný („podle zákona“). Nevyžaduje-li to věc: nelze posoudit.',
  },
  {
    key: 'co-plain',
    section: 'communication',
    text: 'Text je srozumitelný bez právnického žargonu a má oslovení i závěr.',
    weight: 2,
    critical: false,
    hint: 'Ano: rozumím napoprvé a text má oslovení i závěr. Částečně: srozumitelný, ale s nevysvětlenými zkratkami či paragrafy, nebo bez oslovení.',
  },
  {
    key: 'co-data',
    section: 'communication',
    text: 'Odpověď neobsahuje osobní údaje jiných osob.',
    weight: 3,
    critical: true,
    hint: 'Ano: žádné údaje jiných osob v textu, příloze ani v kopii adresátů. Ne: jsou tam (jméno a adresa jiného klienta, cizí spis, otevřená kopie e-mailu).',
  },
  {
    key: 'ou-next',
    section: 'outcome',
    text: 'Z odpovědi je jasné, co má klient udělat dál a do kdy.',
    weight: 2,
    critical: false,
    hint: 'Ano: další krok i termín. Částečně: další krok bez termínu nebo naopak.',
  },
];

/** A web form adds what the form itself shows before anything is sent. */
const WEB: readonly ChecklistItem[] = [
  {
    key: 'fc-findable',
    section: 'firstContact',
    text: 'Formulář k dané životní situaci lze z titulní stránky webu najít nejvýš na tři kliknutí.',
    weight: 2,
    critical: false,
    hint: 'Ano: nejvýš tři kliknutí nebo první výsledek hledání na webu úřadu. Částečně: našel jsem ho, ale až po delším hledání.',
  },
  ...written('web').slice(0, 2),
  {
    key: 'en-form',
    section: 'environment',
    text: 'Formulář jde vyplnit a odeslat na mobilním telefonu a každé pole má popisek.',
    weight: 2,
    critical: false,
    hint: 'Ano: na telefonu bez potíží, pole jsou popsaná a povinná označená. Částečně: jde to, ale s potížemi (posouvání do stran, nejasné pole).',
  },
  {
    key: 'en-notice',
    section: 'environment',
    text: 'U formuláře je uvedeno, k čemu úřad osobní údaje použije a kdy se klient dočká odpovědi.',
    weight: 1,
    critical: false,
    hint: 'Ano: informace o zpracování údajů i o lhůtě odpovědi. Částečně: jen jedno z toho.',
  },
  ...written('web').slice(2),
];

export const DEMO_CHECKLISTS: Readonly<Record<MysteryChannel, ChecklistDraft>> = {
  visit: {
    name: 'Osobní návštěva',
    channel: 'visit',
    description: 'Kontakt u přepážky nebo v kanceláři: orientace, prostředí, správnost a srozumitelnost.',
    items: VISIT,
  },
  phone: {
    name: 'Telefonát',
    channel: 'phone',
    description: 'Telefonický dotaz: dostupnost linky, ohlášení, správnost informace a ochrana údajů.',
    items: PHONE,
  },
  email: {
    name: 'E-mail',
    channel: 'email',
    description: 'Dotaz e-mailem: rychlost, správnost a srozumitelnost písemné odpovědi.',
    items: written('email'),
  },
  dataBox: {
    name: 'Datová schránka',
    channel: 'dataBox',
    description: 'Podání datovou schránkou: zákonná lhůta, správnost a srozumitelnost odpovědi.',
    items: written('dataBox'),
  },
  web: {
    name: 'Webový formulář',
    channel: 'web',
    description:
      'Podání formulářem na webu úřadu: dohledatelnost a použitelnost formuláře, potvrzení, lhůta a správnost odpovědi.',
    items: WEB,
  },
};
