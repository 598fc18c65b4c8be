import type { CompetencyGroup, CompetencyModelDraft, ScaleAnchor } from './contract';

/*
 * The demo office's two competency models, in Kvalita's own wording (not taken from any published
 * model). Offices write their own in the tab or import them from .xlsx; these show the shape.
 */

export const DEMO_SCALE: readonly ScaleAnchor[] = [
  {
    point: 1,
    label: 'Téměř nikdy',
    description: 'Chování se objevuje výjimečně, i když by situace vyžadovala.',
  },
  { point: 2, label: 'Občas', description: 'Chování se objevuje, ale nespolehlivě nebo jen s připomenutím.' },
  { point: 3, label: 'Často', description: 'Chování je obvyklé, v náročnějších situacích někdy chybí.' },
  { point: 4, label: 'Většinou', description: 'Chování je spolehlivé i pod tlakem, s drobnými výjimkami.' },
  { point: 5, label: 'Téměř vždy', description: 'Chování je samozřejmé a ostatní se jím inspirují.' },
];

type Spec = readonly [key: string, name: string, definition: string, behaviours: readonly string[]];

const group = (key: string, name: string, specs: readonly Spec[]): CompetencyGroup => ({
  key,
  name,
  competencies: specs.map(([competencyKey, competencyName, definition, behaviours]) => ({
    key: competencyKey,
    name: competencyName,
    definition,
    behaviours: behaviours.map((text, index) => ({ key: `${competencyKey}-${index + 1}`, text })),
  })),
});

export const MANAGERS_MODEL: CompetencyModelDraft = {
  name: 'Vedoucí zaměstnanci',
  description:
    'Kompetence vedoucích odborů a oddělení úřadu. Slouží k rozvoji: výsledky nejsou podkladem pro osobní příplatek ani odměny.',
  scale: DEMO_SCALE,
  groups: [
    group('vedeni-lidi', 'Vedení lidí', [
      [
        'smer',
        'Udávání směru',
        'Převádí cíle úřadu do srozumitelných úkolů útvaru a vysvětluje, proč na nich záleží.',
        [
          'Vysvětlí, jak práce útvaru přispívá k cílům úřadu.',
          'Stanoví úkoly s jasným výsledkem a termínem.',
          'Průběžně sleduje plnění a včas upraví priority.',
          'Sdílí se svým týmem rozhodnutí vedení úřadu a jejich důvody.',
        ],
      ],
      [
        'rozvoj-lidi',
        'Rozvoj spolupracovníků',
        'Pomáhá lidem růst: dává zpětnou vazbu, svěřuje odpovědnost a plánuje vzdělávání.',
        [
          'Dává konkrétní zpětnou vazbu brzy po události.',
          'Domlouvá s každým individuální plán vzdělávání a vrací se k němu.',
          'Svěřuje úkoly, na kterých se lidé mohou naučit něco nového.',
          'Oceňuje dobrou práci před týmem.',
        ],
      ],
      [
        'delegovani',
        'Delegování a důvěra',
        'Předává úkoly i pravomoci tak, aby lidé mohli jednat samostatně.',
        [
          'Předá úkol včetně pravomoci rozhodnout.',
          'Nechává lidem prostor zvolit si postup.',
          'Je k dispozici, když tým potřebuje pomoc, ale nepřebírá práci za něj.',
        ],
      ],
    ]),
    group('odpovednost', 'Rozhodování a odpovědnost', [
      [
        'rozhodovani',
        'Rozhodování',
        'Rozhoduje včas, na základě faktů a předpisů, a za rozhodnutí stojí.',
        [
          'Než rozhodne, zjistí si potřebná fakta a názory dotčených.',
          'Rozhodne včas, i když nejsou známé všechny okolnosti.',
          'Vysvětlí, podle čeho se rozhodl/a.',
          'Přizná chybné rozhodnutí a napraví ho.',
        ],
      ],
      [
        'zmena',
        'Zlepšování a změna',
        'Hledá lepší způsoby práce a provází tým změnou.',
        [
          'Podporuje nápady na zlepšení, i když pocházejí od jiných.',
          'Převádí zjištění z hodnocení CAF a stížností do opatření.',
          'Připraví tým na změnu a vysvětlí, co ho čeká.',
          'Vyhodnotí, zda zavedená změna přinesla očekávaný výsledek.',
        ],
      ],
    ]),
    group('spoluprace', 'Spolupráce a klient', [
      [
        'komunikace',
        'Komunikace',
        'Sdílí informace otevřeně, včas a srozumitelně, naslouchá.',
        [
          'Informuje tým o změnách dřív, než se o nich dozví jinak.',
          'Nechá druhé domluvit a ověří si, že jim porozuměl/a.',
          'Píše a mluví srozumitelně, bez zbytečného úředního jazyka.',
        ],
      ],
      [
        'klient',
        'Orientace na klienta',
        'Vede útvar k tomu, aby občan dostal správnou odpověď rychle a s respektem.',
        [
          'Sleduje zpětnou vazbu klientů a jedná podle ní.',
          'Odstraňuje zbytečné kroky a doklady, které úřad po klientech chce.',
          'Jde příkladem v jednání s klienty i v náročných situacích.',
          'Spolupracuje s jinými odbory, aby klient nemusel chodit od okénka k okénku.',
        ],
      ],
    ]),
  ],
};

export const STAFF_MODEL: CompetencyModelDraft = {
  name: 'Zaměstnanci úřadu',
  description:
    'Kompetence úředníků a dalších zaměstnanců úřadu. Slouží k rozvoji a k individuálnímu plánu vzdělávání; nejsou podkladem pro odměňování.',
  scale: DEMO_SCALE,
  groups: [
    group('vykon', 'Odborný výkon', [
      [
        'odbornost',
        'Odbornost a znalost předpisů',
        'Zná předpisy své agendy a uplatňuje je správně a srozumitelně.',
        [
          'Rozhoduje v souladu s platnými předpisy a postupy úřadu.',
          'Sleduje změny právních předpisů své agendy.',
          'Dokáže předpis vysvětlit klientovi běžnými slovy.',
        ],
      ],
      [
        'spolehlivost',
        'Spolehlivost',
        'Dodržuje termíny a dohody, jeho/její práce je úplná a přesná.',
        [
          'Dodrží slíbený termín, nebo včas upozorní, že nestihne.',
          'Odevzdává práci bez chyb, které by musel opravovat někdo jiný.',
          'Vede spisy a evidenci tak, aby se v nich vyznal i zástup.',
        ],
      ],
      [
        'rozvoj',
        'Učení a sebe-rozvoj',
        'Rozšiřuje své znalosti a učí se z chyb i ze zpětné vazby.',
        [
          'Sám/sama si říká o zpětnou vazbu.',
          'Využívá vzdělávání podle svého individuálního plánu.',
          'Předává nové znalosti kolegům.',
        ],
      ],
    ]),
    group('lide', 'Lidé a klienti', [
      [
        'klient',
        'Orientace na klienta',
        'Jedná s klienty vstřícně, s respektem a s cílem vyřešit jejich věc.',
        [
          'Klienta vyslechne a ověří si, co potřebuje.',
          'Vysvětlí další postup a termíny, aniž by se klient musel ptát.',
          'Zůstane klidný/á a věcný/á i při nepříjemném jednání.',
          'Když věc nepatří jemu/jí, předá klienta správnému kolegovi.',
        ],
      ],
      [
        'spoluprace',
        'Spolupráce',
        'Pomáhá kolegům a spolupracuje napříč útvary.',
        [
          'Pomůže kolegovi, když je potřeba, i mimo svou agendu.',
          'Sdílí informace, které ostatní pro svou práci potřebují.',
          'Řeší neshody přímo a věcně s tím, koho se týkají.',
        ],
      ],
      [
        'komunikace',
        'Komunikace',
        'Mluví a píše srozumitelně a naslouchá druhým.',
        [
          'Píše dopisy a e-maily, kterým klient porozumí napoprvé.',
          'Odpovídá na dotazy ve lhůtě, kterou úřad slibuje.',
          'Nechá druhé domluvit a ptá se, když něčemu nerozumí.',
        ],
      ],
    ]),
  ],
};
