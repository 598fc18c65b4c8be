import type { DocumentDraft, DocumentFileType } from '@kvalita/core';
import { demoDocx, demoPdf, demoXlsx } from './document-files';

/*
 * The demo office's controlled documents (our own short texts): the quality-management
 * methodology in its third approved version, the customer-orientation standard, the code of ethics
 * the whole office must read and confirm (part of it has), the anti-corruption strategy the
 * council issued, process descriptions (one past its review date, one draft in review with a
 * reviewer's comment), two forms and directives.
 */

const email = (local: string) => `${local}@lipova.example`;

export interface DemoVersion {
  /** How many months before the seed's day the version took effect. */
  readonly monthsAgo: number;
  readonly reason: string;
  readonly approverComment: string;
  readonly file: () => Promise<Uint8Array>;
}

export interface DemoDocument {
  readonly type: DocumentFileType;
  readonly draft: DocumentDraft;
  /** Approved versions, oldest first (each uploaded, submitted and approved). */
  readonly approved: readonly DemoVersion[];
  /** A draft after the last approved version (or the first draft). */
  readonly revision?: {
    readonly reason: string;
    readonly file: () => Promise<Uint8Array>;
    readonly submitted: boolean;
    readonly comments?: readonly { readonly by: string; readonly text: string }[];
  };
  /** Who confirmed reading the effective version (local parts of the e-mails). */
  readonly acknowledgedBy?: readonly string[];
}

const base = (
  overrides: Partial<DocumentDraft> & Pick<DocumentDraft, 'code' | 'title' | 'kind'>,
): DocumentDraft => ({
  description: '',
  ownerEmail: email('jana.novakova'),
  approverEmail: email('petr.svoboda'),
  issuingBody: 'secretary',
  issuingResolution: null,
  reviewerEmails: [],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: false,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
  relatedSubcriteria: [],
  ...overrides,
});

const methodology = (edition: number, extra: readonly string[]) => () =>
  demoDocx(`Metodika řízení kvality (vydání ${edition})`, [
    {
      heading: 'Účel',
      paragraphs: [
        'Metodika popisuje, jak Městský úřad Lipová řídí kvalitu svých služeb podle modelu CAF 2020.',
        'Platí pro všechny odbory a oddělení úřadu.',
      ],
    },
    {
      heading: 'Cyklus zlepšování',
      paragraphs: [
        'Úřad jednou za dva roky provádí sebehodnocení podle CAF, z jeho výsledků sestaví plán zlepšování a opatření sleduje v cyklu PDCA.',
        ...extra,
      ],
    },
    {
      heading: 'Odpovědnosti',
      paragraphs: ['Za metodiku odpovídá manažerka kvality, schvaluje ji tajemník úřadu.'],
    },
  ]);

const simpleDocx = (title: string, heading: string, paragraphs: readonly string[]) => () =>
  demoDocx(title, [{ heading, paragraphs }]);

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  {
    type: 'docx',
    draft: base({
      code: 'SM-01',
      title: 'Metodika řízení kvality',
      kind: 'methodology',
      description: 'Jak úřad řídí kvalitu podle modelu CAF 2020: sebehodnocení, plán zlepšování, opatření.',
      reviewerEmails: [email('lucie.dvorakova'), email('tomas.cerny')],
      relatedSubcriteria: ['1.1', '1.3', '2.1'],
    }),
    approved: [
      {
        monthsAgo: 34,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: methodology(1, []),
      },
      {
        monthsAgo: 22,
        reason: 'Doplněno sledování opatření v cyklu PDCA a role CAF týmu.',
        approverComment: 'Schvaluji se změnami projednanými na poradě vedení.',
        file: methodology(2, ['CAF tým tvoří zástupci všech odborů; jeho členy jmenuje tajemník.']),
      },
      {
        monthsAgo: 10,
        reason: 'Doplněno řízení dokumentace a zpětná vazba 360°.',
        approverComment: 'Schvaluji.',
        file: methodology(3, [
          'CAF tým tvoří zástupci všech odborů; jeho členy jmenuje tajemník.',
          'Řízené dokumenty úřadu se schvalují a revidují v knihovně Dokumenty kvality.',
        ]),
      },
    ],
  },
  {
    type: 'docx',
    draft: base({
      code: 'ST-01',
      title: 'Standard orientace na zákazníka',
      kind: 'standard',
      description: 'Jak jednáme s občany na přepážce, po telefonu a e-mailem.',
      relatedSubcriteria: ['5.2', '6.1'],
    }),
    approved: [
      {
        monthsAgo: 8,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: simpleDocx('Standard orientace na zákazníka', 'Zásady', [
          'Na e-mail odpovídáme do tří pracovních dnů, na telefon se hlásíme názvem odboru a svým jménem.',
          'Občan na přepážce nečeká déle než 15 minut; když ano, nabídneme mu objednání na pevný čas.',
        ]),
      },
    ],
  },
  {
    type: 'docx',
    draft: base({
      code: 'EK-01',
      title: 'Etický kodex zaměstnanců',
      kind: 'codeOfEthics',
      description: 'Pravidla jednání zaměstnanců úřadu; každý zaměstnanec potvrzuje, že se s ním seznámil.',
      requiresAcknowledgement: true,
      relatedSubcriteria: ['1.1', '3.1'],
    }),
    approved: [
      {
        monthsAgo: 3,
        reason: 'Nové znění kodexu.',
        approverComment: 'Schvaluji, seznámit všechny zaměstnance.',
        file: simpleDocx('Etický kodex zaměstnanců', 'Zásady jednání', [
          'Zaměstnanec jedná nestranně, zdvořile a bez zbytečných průtahů.',
          'Zaměstnanec nepřijímá dary ani jiné výhody v souvislosti se svou prací.',
          'Střet zájmů zaměstnanec bez odkladu oznámí svému vedoucímu.',
        ]),
      },
    ],
    acknowledgedBy: ['jana.novakova', 'petr.svoboda', 'lucie.dvorakova', 'marie.prochazkova'],
  },
  {
    type: 'pdf',
    draft: base({
      code: 'PK-01',
      title: 'Protikorupční strategie',
      kind: 'strategy',
      description: 'Strategie boje proti korupci, schválená radou města.',
      issuingBody: 'council',
      issuingResolution: 'usnesení RM č. 45/2026',
      reviewIntervalMonths: 24,
      relatedSubcriteria: ['1.1', '2.2'],
    }),
    approved: [
      {
        monthsAgo: 6,
        reason: 'První vydání.',
        approverComment: 'Vydáno usnesením rady č. 45/2026.',
        file: async () =>
          demoPdf([
            'Mestsky urad Lipova',
            'Protikorupcni strategie',
            '',
            '1. Urad zverejnuje vsechny smlouvy nad 50 000 Kc.',
            '2. Zakazky maleho rozsahu se zadavaji podle smernice s nejmene tremi nabidkami.',
            '3. Podezreni na korupci lze oznamit poverene osobe pro prijem oznameni.',
          ]),
      },
    ],
  },
  {
    type: 'docx',
    draft: base({
      code: 'PP-01',
      title: 'Popis procesu: vyřizování stížností',
      kind: 'processDescription',
      description: 'Od přijetí stížnosti po odpověď stěžovateli a opatření.',
      ownerEmail: email('jana.novakova'),
      relatedSubcriteria: ['5.2', '6.2'],
    }),
    approved: [
      {
        monthsAgo: 5,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: simpleDocx('Popis procesu: vyřizování stížností', 'Kroky procesu', [
          'Stížnost se zaeviduje do dvou pracovních dnů a předá věcně příslušnému odboru.',
          'Odbor odpoví stěžovateli do 30 dnů; opakované stížnosti posoudí manažerka kvality.',
        ]),
      },
    ],
  },
  {
    type: 'docx',
    draft: base({
      code: 'PP-02',
      title: 'Popis procesu: vydávání řidičských průkazů',
      kind: 'processDescription',
      description: 'Přijetí žádosti, ověření, výroba a předání průkazu.',
      ownerEmail: email('tomas.cerny'),
      departmentCodes: ['OD'],
      relatedSubcriteria: ['5.2'],
    }),
    // Effective for 14 months with a 12-month review interval: the review is overdue.
    approved: [
      {
        monthsAgo: 14,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: simpleDocx('Popis procesu: vydávání řidičských průkazů', 'Kroky procesu', [
          'Žadatel podá žádost na přepážce registru řidičů; referent ověří totožnost a zdravotní způsobilost.',
          'Průkaz je vyroben do 20 dnů, žadatel si jej vyzvedne osobně.',
        ]),
      },
    ],
  },
  {
    type: 'docx',
    draft: base({
      code: 'PP-03',
      title: 'Popis procesu: sociální šetření v domácnosti',
      kind: 'processDescription',
      description: 'Příprava, provedení a záznam sociálního šetření.',
      ownerEmail: email('lucie.dvorakova'),
      reviewerEmails: [email('marie.prochazkova'), email('jana.novakova')],
      departmentCodes: ['OSV'],
      relatedSubcriteria: ['5.1'],
    }),
    approved: [],
    revision: {
      reason: 'První vydání.',
      submitted: true,
      file: simpleDocx('Popis procesu: sociální šetření v domácnosti', 'Kroky procesu', [
        'Sociální pracovník ohlásí šetření předem, pokud tím neohrozí jeho účel.',
        'Záznam ze šetření se založí do spisu do pěti pracovních dnů.',
      ]),
      comments: [
        {
          by: 'marie.prochazkova',
          text: 'Doplnit, jak postupovat, když klient šetření odmítne, a kdo rozhoduje o opakovaném šetření.',
        },
      ],
    },
  },
  {
    type: 'xlsx',
    draft: base({
      code: 'FO-01',
      title: 'Formulář: žádost o poskytnutí informace',
      kind: 'form',
      description: 'Žádost podle zákona č. 106/1999 Sb.',
      relatedSubcriteria: ['5.2'],
    }),
    approved: [
      {
        monthsAgo: 7,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: () =>
          demoXlsx(
            'Žádost',
            ['Položka', 'Vyplní žadatel'],
            [
              ['Jméno a příjmení', ''],
              ['Adresa pro doručení', ''],
              ['Požadovaná informace', ''],
              ['Způsob poskytnutí (e-mail, pošta, osobně)', ''],
            ],
          ),
      },
    ],
  },
  {
    type: 'xlsx',
    draft: base({
      code: 'FO-02',
      title: 'Formulář: evidence stížností',
      kind: 'form',
      description: 'Evidence přijatých stížností a jejich vyřízení.',
      relatedSubcriteria: ['5.2', '9.1'],
    }),
    approved: [
      {
        monthsAgo: 5,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: () =>
          demoXlsx(
            'Stížnosti',
            ['Číslo', 'Přijato', 'Odbor', 'Předmět', 'Vyřízeno', 'Oprávněná'],
            [
              ['ST-2026/1', '2026-01-12', 'OD', 'Čekání na přepážce', '2026-01-30', 'ano'],
              ['ST-2026/2', '2026-02-03', 'OV', 'Nevyřízený e-mail', '2026-02-20', 'ne'],
            ],
          ),
      },
    ],
  },
  {
    type: 'pdf',
    draft: base({
      code: 'SM-02',
      title: 'Směrnice o oběhu účetních dokladů',
      kind: 'directive',
      description: 'Kdo doklady vystavuje, kontroluje a schvaluje.',
      ownerEmail: email('petr.svoboda'),
      departmentCodes: ['OE'],
      relatedSubcriteria: ['4.5'],
    }),
    approved: [
      {
        monthsAgo: 9,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: async () =>
          demoPdf([
            'Mestsky urad Lipova',
            'Smernice o obehu ucetnich dokladu',
            '',
            'Prikazce operace schvaluje vydaj pred jeho uskutecnenim.',
            'Spravce rozpoctu overi, ze na vydaj jsou v rozpoctu prostredky.',
          ]),
      },
    ],
  },
  {
    type: 'docx',
    draft: base({
      code: 'SM-03',
      title: 'Směrnice o vzdělávání zaměstnanců',
      kind: 'directive',
      description: 'Plán vzdělávání, povinná školení a jejich evidence.',
      reviewerEmails: [email('lucie.dvorakova')],
      relatedSubcriteria: ['3.2'],
    }),
    approved: [
      {
        monthsAgo: 11,
        reason: 'První vydání.',
        approverComment: 'Schvaluji.',
        file: simpleDocx('Směrnice o vzdělávání zaměstnanců', 'Plán vzdělávání', [
          'Vedoucí odboru sestaví se zaměstnancem roční plán vzdělávání.',
          'Povinná školení eviduje personalistka.',
        ]),
      },
    ],
    revision: {
      reason: 'Doplnit vzdělávání v oblasti kybernetické bezpečnosti.',
      submitted: false,
      file: simpleDocx('Směrnice o vzdělávání zaměstnanců (koncept)', 'Plán vzdělávání', [
        'Vedoucí odboru sestaví se zaměstnancem roční plán vzdělávání.',
        'Povinná školení eviduje personalistka.',
        'Každý zaměstnanec absolvuje jednou ročně školení kybernetické bezpečnosti.',
      ]),
    },
  },
  {
    type: 'docx',
    draft: base({
      code: 'SM-04',
      title: 'Směrnice o řízení dokumentace',
      kind: 'directive',
      description: 'Jak se řízené dokumenty vytvářejí, připomínkují, schvalují a revidují.',
      reviewerEmails: [email('tomas.cerny')],
      relatedSubcriteria: ['4.6'],
    }),
    approved: [],
    revision: {
      reason: 'První vydání.',
      submitted: false,
      file: simpleDocx('Směrnice o řízení dokumentace (koncept)', 'Životní cyklus dokumentu', [
        'Garant připraví koncept, připomínkující se k němu vyjádří, schvalovatel jej schválí nebo vrátí.',
        'Schválené verze se uchovávají jako záznamy a nemažou se.',
      ]),
    },
  },
];
