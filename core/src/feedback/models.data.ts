import type { Competency, CompetencyModelDraft, ScaleAnchor } from './contract';

/*
 * The two competency models an office starts from (and the demo seeds): one for heads, one for the
 * office's staff. Written in our own words for a Czech municipal office; not taken from any
 * published model. An office copies one and adapts it in the tab — these are a starting point.
 *
 * Keys are ASCII and stable: answers are stored under them, so a wording can change in the next
 * version of a model while results stay comparable across cycles.
 */

/** How often the rater has seen the behaviour; "cannot judge" sits beside these on the card. */
export const FREQUENCY_SCALE: readonly ScaleAnchor[] = [
  {
    point: 1,
    label: 'Téměř nikdy',
    description: 'Chování jsem u hodnoceného neviděl(a), nebo jen výjimečně; spíše převažuje opak.',
  },
  {
    point: 2,
    label: 'Občas',
    description: 'Chování se objevuje jen v některých situacích, nelze se na ně spolehnout.',
  },
  {
    point: 3,
    label: 'Často',
    description: 'Chování se objevuje zhruba v polovině situací, kdy by bylo na místě.',
  },
  {
    point: 4,
    label: 'Většinou',
    description: 'Chování je pro hodnoceného typické; výjimky jsou spíše ojedinělé.',
  },
  {
    point: 5,
    label: 'Téměř vždy',
    description: 'Chování se objevuje pravidelně i v náročných situacích; je příkladem pro ostatní.',
  },
];

/** Behaviour keys are the competency's key with a running number: "rozhodovani-2". */
const competency = (
  key: string,
  name: string,
  definition: string,
  behaviours: readonly string[],
): Competency => ({
  key,
  name,
  definition,
  behaviours: behaviours.map((text, index) => ({ key: `${key}-${index + 1}`, text })),
});

export const HEADS_MODEL: CompetencyModelDraft = {
  name: 'Vedoucí zaměstnanci',
  description:
    'Kompetence vedoucích odborů a oddělení: jak vedou lidi, rozhodují, komunikují a posouvají ' +
    'úřad dál. Slouží ke zpětné vazbě pro rozvoj, ne k hodnocení pro účely odměňování.',
  scale: FREQUENCY_SCALE,
  groups: [
    {
      key: 'vedeni',
      name: 'Vedení lidí',
      competencies: [
        competency(
          'vedeni-lidi',
          'Vedení týmu',
          'Dává týmu jasný směr, rozděluje práci podle schopností lidí a vytváří prostředí, ve kterém ' +
            'lidé chtějí odvádět dobrou práci.',
          [
            'Vysvětlí týmu, čeho chceme dosáhnout a proč je to důležité.',
            'Rozděluje úkoly srozumitelně, s termínem a s ohledem na vytížení lidí.',
            'Ocení dobrou práci konkrétně a včas.',
            'Řeší konflikty v týmu otevřeně a nenechává je narůstat.',
            'Jde příkladem v dodržování pravidel, která po druhých vyžaduje.',
          ],
        ),
        competency(
          'rozvoj-lidi',
          'Rozvoj podřízených',
          'Zná silné stránky a rezervy svých lidí, dává jim průběžnou zpětnou vazbu a podporuje jejich ' +
            'vzdělávání a růst.',
          [
            'Dává podřízeným průběžnou a konkrétní zpětnou vazbu, nejen při ročním hodnocení.',
            'Domlouvá s lidmi jejich vzdělávání podle potřeb práce i jejich zájmu.',
            'Svěřuje lidem úkoly, na kterých se mohou naučit něco nového.',
            'Podporuje předávání znalostí v týmu, aby práce nestála na jednom člověku.',
          ],
        ),
      ],
    },
    {
      key: 'rizeni',
      name: 'Řízení a výsledky',
      competencies: [
        competency(
          'rozhodovani',
          'Rozhodování a odpovědnost',
          'Rozhoduje včas a na základě podkladů, za svá rozhodnutí i za výsledky útvaru přijímá ' +
            'odpovědnost.',
          [
            'Rozhoduje včas, i když nemá všechny informace, a nenechává věci ležet.',
            'Před důležitým rozhodnutím si vyžádá podklady a názor dotčených lidí.',
            'Vysvětlí, proč rozhodl(a) právě takto.',
            'Přizná chybu a hledá nápravu místo viníka.',
            'Drží se dohodnutých priorit a termínů útvaru.',
          ],
        ),
        competency(
          'zmeny',
          'Změny a zlepšování',
          'Hledá lepší způsoby práce, změny připravuje s lidmi a dotahuje je do konce.',
          [
            'Sám(a) přichází s návrhy, jak práci útvaru zjednodušit nebo zlepšit.',
            'Vítá nápady podřízených a dává jim prostor je vyzkoušet.',
            'Připravuje změny včas a vysvětlí lidem, co pro ně znamenají.',
            'Sleduje, zda zavedená změna přinesla, co měla, a podle toho ji upraví.',
          ],
        ),
        competency(
          'klient',
          'Orientace na klienta',
          'Řídí útvar tak, aby služby úřadu byly pro občany a další klienty srozumitelné, dostupné ' +
            'a spolehlivé.',
          [
            'Zajímá se o zpětnou vazbu klientů a pracuje s ní.',
            'Nastavuje postupy útvaru tak, aby klient nemusel chodit zbytečně vícekrát.',
            'Řeší stížnosti věcně a včas a vyvozuje z nich poučení.',
          ],
        ),
      ],
    },
    {
      key: 'spoluprace',
      name: 'Komunikace a spolupráce',
      competencies: [
        competency(
          'komunikace',
          'Komunikace',
          'Předává informace včas a srozumitelně, naslouchá a mluví s lidmi otevřeně a s respektem.',
          [
            'Informuje tým včas o tom, co se v úřadu děje a co se týká jejich práce.',
            'Naslouchá a nechá druhé domluvit, i když má jiný názor.',
            'Vyjadřuje se stručně a srozumitelně, ústně i písemně.',
            'Sděluje i nepříjemné zprávy přímo a s respektem.',
          ],
        ),
        competency(
          'mezi-utvary',
          'Spolupráce napříč úřadem',
          'Spolupracuje s ostatními útvary a vedením, sdílí informace a hledá řešení, která prospívají ' +
            'úřadu jako celku.',
          [
            'Sdílí s ostatními útvary informace, které potřebují pro svou práci.',
            'Při sporu mezi útvary hledá řešení, ne vítěze.',
            'Plní, co slíbil(a) kolegům z jiných útvarů.',
          ],
        ),
      ],
    },
  ],
};

export const STAFF_MODEL: CompetencyModelDraft = {
  name: 'Zaměstnanci úřadu',
  description:
    'Kompetence úředníků a dalších zaměstnanců úřadu: práce s klienty, odbornost, spolupráce a ' +
    'vlastní rozvoj. Slouží ke zpětné vazbě pro rozvoj, ne k hodnocení pro účely odměňování.',
  scale: FREQUENCY_SCALE,
  groups: [
    {
      key: 'prace',
      name: 'Výkon práce',
      competencies: [
        competency(
          'klient',
          'Orientace na klienta',
          'Jedná s občany a dalšími klienty vstřícně a s respektem, pomůže jim zorientovat se a vyřídí ' +
            'jejich věc bez zbytečných průtahů.',
          [
            'Jedná s klienty zdvořile a trpělivě, i když jsou nepříjemní.',
            'Vysvětlí klientovi postup a jeho možnosti srozumitelně, bez úředního žargonu.',
            'Vyřizuje věci klientů v termínu, nebo je včas informuje o zdržení.',
            'Když věc nepatří jemu (jí), pošle klienta na správné místo.',
          ],
        ),
        competency(
          'odbornost',
          'Odbornost a znalost předpisů',
          'Zná předpisy a postupy své agendy, používá je správně a sleduje jejich změny.',
          [
            'Postupuje v souladu s předpisy a vnitřními pravidly úřadu.',
            'Sleduje změny právních předpisů ve své agendě a zapracuje je do práce.',
            'Umí najít odpověď v předpisech nebo ví, koho se zeptat.',
            'Jeho (její) písemnosti jsou věcně správné a obstojí při kontrole.',
          ],
        ),
        competency(
          'spolehlivost',
          'Spolehlivost a samostatnost',
          'Dotahuje úkoly do konce v dohodnuté kvalitě a termínu a umí si práci zorganizovat sám (sama).',
          [
            'Dodržuje dohodnuté termíny, nebo včas řekne, že je nestihne.',
            'Dotáhne úkol do konce bez nutnosti opakovaného připomínání.',
            'Umí si práci rozvrhnout podle priorit.',
            'Pracuje pečlivě, kontroluje si vlastní výstupy.',
          ],
        ),
      ],
    },
    {
      key: 'vztahy',
      name: 'Spolupráce a rozvoj',
      competencies: [
        competency(
          'spoluprace',
          'Spolupráce v týmu',
          'Pomáhá kolegům, sdílí informace a znalosti a přispívá k dobré atmosféře v týmu.',
          [
            'Ochotně pomůže kolegovi, když to práce vyžaduje.',
            'Sdílí informace a postupy, aby práce nestála na jednom člověku.',
            'Zastoupí kolegu v jeho nepřítomnosti tak, aby klienti nepoznali rozdíl.',
          ],
        ),
        competency(
          'komunikace',
          'Komunikace',
          'Vyjadřuje se jasně a věcně, naslouchá a informuje včas ty, koho se věc týká.',
          [
            'Vyjadřuje se stručně a srozumitelně, ústně i písemně.',
            'Naslouchá druhým a ptá se, když něčemu nerozumí.',
            'Informuje vedoucího a kolegy včas o problémech ve své práci.',
            'Přijímá kritiku věcně a reaguje na ni.',
          ],
        ),
        competency(
          'rozvoj',
          'Sebe-rozvoj',
          'Učí se novým věcem, hledá, jak svou práci dělat lépe, a je otevřený (otevřená) změnám.',
          [
            'Sám (sama) si vyhledává vzdělávání, které potřebuje pro svou práci.',
            'Přichází s návrhy, jak postupy zjednodušit nebo zlepšit.',
            'Přijme nový postup nebo nástroj a naučí se s ním pracovat.',
          ],
        ),
      ],
    },
  ],
};

/** The models a new office (and the demo) starts with, heads first. */
export const STARTER_COMPETENCY_MODELS: readonly CompetencyModelDraft[] = [HEADS_MODEL, STAFF_MODEL];
