import type { ChecklistDraft, ChecklistItem, MysteryChannel } from './contract';

/*
 * The demo office's checklists, one per channel, in our own wording: observable statements a
 * citizen can judge without knowing anyone's name ("the clerk introduced themselves by role", never
 * "was the clerk friendly"). Critical items are the ones a failed contact cannot make up for: a
 * wrong answer, personal data given away, the legal deadline missed.
 */

type Item = Omit<ChecklistItem, 'hint'> & { readonly hint?: string };
const items = (list: readonly Item[]): ChecklistItem[] => list.map((item) => ({ hint: '', ...item }));

const VISIT = items([
  {
    key: 'fc-orientation',
    section: 'firstContact',
    text: 'U vchodu je vidět, kam jít s danou životní situací (orientační systém, informace).',
    weight: 2,
    critical: false,
    hint: 'Ano: do dvou minut jsem věděl, kam jít, bez ptaní. Částečně: musel jsem se zeptat.',
  },
  {
    key: 'fc-greeting',
    section: 'firstContact',
    text: 'Pracovník klienta pozdravil a dal najevo, že se mu věnuje, do 30 sekund od příchodu k přepážce.',
    weight: 2,
    critical: false,
  },
  {
    key: 'fc-wait',
    section: 'firstContact',
    text: 'Čekání na obsloužení nepřesáhlo 15 minut nebo bylo zřetelně vysvětleno.',
    weight: 2,
    critical: false,
    hint: 'Částečně: delší čekání, ale s informací o důvodu nebo pořadí.',
  },
  {
    key: 'en-signage',
    section: 'environment',
    text: 'Přepážky a kanceláře jsou označené číslem, agendou a úředními hodinami.',
    weight: 1,
    critical: false,
  },
  {
    key: 'en-access',
    section: 'environment',
    text: 'Pracoviště je přístupné bez bariér (vstup, výtah nebo snížená přepážka).',
    weight: 2,
    critical: false,
  },
  {
    key: 'en-privacy',
    section: 'environment',
    text: 'Rozhovor u přepážky nemohli ostatní klienti běžně slyšet.',
    weight: 2,
    critical: false,
    hint: 'Částečně: diskrétní zóna je, ale nebyla nabídnuta.',
  },
  {
    key: 'cp-correct',
    section: 'competence',
    text: 'Informace odpovídala očekávané správné odpovědi scénáře.',
    weight: 3,
    critical: true,
  },
  {
    key: 'cp-complete',
    section: 'competence',
    text: 'Pracovník sám doplnil, co klient bude potřebovat dál (doklady, poplatek, lhůta).',
    weight: 2,
    critical: false,
  },
  {
    key: 'co-intro',
    section: 'communication',
    text: 'Pracovník se představil funkcí nebo měl viditelnou jmenovku s funkcí.',
    weight: 1,
    critical: false,
  },
  {
    key: 'co-plain',
    section: 'communication',
    text: 'Pracovník mluvil srozumitelně, bez úředního žargonu, a ověřil, že klient rozumí.',
    weight: 2,
    critical: false,
  },
  {
    key: 'co-data',
    section: 'communication',
    text: 'Pracovník nesdělil údaje o jiné osobě ani je nenechal volně ležet.',
    weight: 3,
    critical: true,
  },
  {
    key: 'ou-next',
    section: 'outcome',
    text: 'Klient odcházel s jasným dalším krokem (co, kde, do kdy).',
    weight: 2,
    critical: false,
  },
  {
    key: 'ou-written',
    section: 'outcome',
    text: 'Pracovník nabídl písemný podklad nebo odkaz na formulář.',
    weight: 1,
    critical: false,
  },
]);

const PHONE = items([
  {
    key: 'fc-rings',
    section: 'firstContact',
    text: 'Hovor byl přijat nejpozději po pěti zazvoněních.',
    weight: 2,
    critical: false,
    hint: 'Částečně: přijat po přepojení nebo po opakovaném volání téhož dne.',
  },
  {
    key: 'fc-intro',
    section: 'firstContact',
    text: 'Pracovník se ohlásil názvem úřadu a útvaru.',
    weight: 2,
    critical: false,
  },
  {
    key: 'en-hold',
    section: 'environment',
    text: 'Při přepojení nebo čekání byl volající informován, co se děje.',
    weight: 1,
    critical: false,
  },
  {
    key: 'cp-correct',
    section: 'competence',
    text: 'Informace odpovídala očekávané správné odpovědi scénáře.',
    weight: 3,
    critical: true,
  },
  {
    key: 'cp-referral',
    section: 'competence',
    text: 'Když pracovník nevěděl, předal hovor správnému útvaru nebo nabídl zpětné zavolání.',
    weight: 2,
    critical: false,
  },
  {
    key: 'co-tone',
    section: 'communication',
    text: 'Pracovník mluvil klidně a srozumitelně a nechal volajícího domluvit.',
    weight: 2,
    critical: false,
  },
  {
    key: 'co-data',
    section: 'communication',
    text: 'Pracovník po telefonu nesdělil osobní údaje bez ověření totožnosti.',
    weight: 3,
    critical: true,
  },
  {
    key: 'ou-summary',
    section: 'outcome',
    text: 'Na konci hovoru pracovník shrnul, co má volající udělat.',
    weight: 2,
    critical: false,
  },
]);

const WRITTEN = (channel: 'email' | 'dataBox' | 'web'): ChecklistItem[] =>
  items([
    {
      key: 'fc-receipt',
      section: 'firstContact',
      text: 'Úřad potvrdil přijetí podání nebo odpověděl do jednoho pracovního dne.',
      weight: 1,
      critical: false,
    },
    {
      key: 'fc-deadline',
      section: 'firstContact',
      text: 'Odpověď přišla do lhůty scénáře (u žádosti nejpozději do 30 dnů).',
      weight: 3,
      critical: channel === 'dataBox',
      hint: 'Lhůtu počítá Kvalita z časů odeslání a odpovědi; zde potvrďte, že odpověď věcně odpovídá dotazu.',
    },
    {
      key: 'en-signature',
      section: 'environment',
      text: 'Odpověď je podepsána funkcí a útvarem a uvádí kontakt pro doplnění.',
      weight: 1,
      critical: false,
    },
    {
      key: 'cp-correct',
      section: 'competence',
      text: 'Odpověď odpovídala očekávané správné odpovědi scénáře.',
      weight: 3,
      critical: true,
    },
    {
      key: 'cp-legal',
      section: 'competence',
      text: 'Odpověď odkazuje na správný předpis nebo postup, pokud ho věc vyžaduje.',
      weight: 2,
      critical: false,
    },
    {
      key: 'co-plain',
      section: 'communication',
      text: 'Text je srozumitelný bez právnického žargonu a má oslovení i závěr.',
      weight: 2,
      critical: false,
    },
    {
      key: 'co-data',
      section: 'communication',
      text: 'Odpověď neobsahuje osobní údaje jiných osob.',
      weight: 3,
      critical: true,
    },
    {
      key: 'ou-next',
      section: 'outcome',
      text: 'Z odpovědi je jasné, co má klient udělat dál a do kdy.',
      weight: 2,
      critical: false,
    },
  ]);

export const DEMO_CHECKLISTS: Readonly<Record<Exclude<MysteryChannel, 'web'>, ChecklistDraft>> = {
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
    items: WRITTEN('email'),
  },
  dataBox: {
    name: 'Datová schránka',
    channel: 'dataBox',
    description: 'Podání datovou schránkou: zákonná lhůta, správnost a srozumitelnost odpovědi.',
    items: WRITTEN('dataBox'),
  },
};
