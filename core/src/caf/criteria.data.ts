import type { Criterion, LocalizedText, Subcriterion, TextStatus } from './model.types';

/*
 * CAF 2020 criteria and subcriteria.
 * English titles: EIPA, "CAF 2020 — The European model for improving public organisations through
 * self-assessment" (confirmed wording).
 * Czech titles: criteria as in the Czech edition by the Ministry of the Interior of the Czech Republic
 * (MV ČR, "CAF 2020", 2020) — confirmed; subcriteria are our working translation until checked against
 * that edition ('working'). Offices can override any title (see TitleOverrides) without a code change.
 */
function title(en: string, cs: string, csStatus: TextStatus): LocalizedText {
  return { en: { text: en, status: 'confirmed' }, cs: { text: cs, status: csStatus } };
}

function sub(code: string, en: string, cs: string): Subcriterion {
  return { code, criterion: Number(code.split('.')[0]), title: title(en, cs, 'working') };
}

export const CAF_2020_CRITERIA: readonly Criterion[] = [
  {
    number: 1,
    kind: 'enabler',
    title: title('Leadership', 'Vedení', 'confirmed'),
    subcriteria: [
      sub(
        '1.1',
        'Provide direction for the organisation by developing its mission, vision and values',
        'Udávat směr organizaci rozvíjením jejího poslání, vize a hodnot',
      ),
      sub(
        '1.2',
        'Manage the organisation, its performance and its continuous improvement',
        'Řídit organizaci, její výkonnost a neustálé zlepšování',
      ),
      sub(
        '1.3',
        'Inspire, motivate and support people in the organisation and act as a role model',
        'Inspirovat, motivovat a podporovat zaměstnance organizace a jít příkladem',
      ),
      sub(
        '1.4',
        'Manage effective relations with political authorities and other stakeholders',
        'Řídit efektivní vztahy s politickými orgány a dalšími zainteresovanými stranami',
      ),
    ],
  },
  {
    number: 2,
    kind: 'enabler',
    title: title('Strategy and Planning', 'Strategie a plánování', 'confirmed'),
    subcriteria: [
      sub(
        '2.1',
        'Identify the needs and expectations of the stakeholders, the external environment and the relevant management information',
        'Zjišťovat potřeby a očekávání zainteresovaných stran, vnější prostředí a relevantní manažerské informace',
      ),
      sub(
        '2.2',
        'Develop strategies and plans based on gathered information',
        'Vytvářet strategie a plány na základě shromážděných informací',
      ),
      sub(
        '2.3',
        'Communicate, implement and review strategies and plans',
        'Komunikovat, realizovat a přezkoumávat strategie a plány',
      ),
      sub(
        '2.4',
        'Manage change and innovation to ensure the agility and resilience of the organisation',
        'Řídit změny a inovace pro zajištění pružnosti a odolnosti organizace',
      ),
    ],
  },
  {
    number: 3,
    kind: 'enabler',
    title: title('People', 'Zaměstnanci', 'confirmed'),
    subcriteria: [
      sub(
        '3.1',
        'Manage and improve human resources to support the strategy of the organisation',
        'Řídit a zlepšovat lidské zdroje na podporu strategie organizace',
      ),
      sub('3.2', 'Develop and manage competencies of people', 'Rozvíjet a řídit kompetence zaměstnanců'),
      sub(
        '3.3',
        'Involve and empower the people and support their well-being',
        'Zapojovat zaměstnance, posilovat jejich pravomoci a podporovat jejich pohodu',
      ),
    ],
  },
  {
    number: 4,
    kind: 'enabler',
    title: title('Partnerships and Resources', 'Partnerství a zdroje', 'confirmed'),
    subcriteria: [
      sub(
        '4.1',
        'Develop and manage partnerships with relevant organisations',
        'Rozvíjet a řídit partnerství s relevantními organizacemi',
      ),
      sub(
        '4.2',
        'Collaborate with citizens and civil society organisations',
        'Spolupracovat s občany a organizacemi občanské společnosti',
      ),
      sub('4.3', 'Manage finances', 'Řídit finance'),
      sub('4.4', 'Manage information and knowledge', 'Řídit informace a znalosti'),
      sub('4.5', 'Manage technology', 'Řídit technologie'),
      sub('4.6', 'Manage facilities', 'Řídit zařízení a budovy'),
    ],
  },
  {
    number: 5,
    kind: 'enabler',
    title: title('Processes', 'Procesy', 'confirmed'),
    subcriteria: [
      sub(
        '5.1',
        'Design and manage processes to increase value for citizens and customers',
        'Navrhovat a řídit procesy tak, aby zvyšovaly hodnotu pro občany a zákazníky',
      ),
      sub(
        '5.2',
        'Deliver products and services for customers, citizens, stakeholders and society',
        'Poskytovat produkty a služby zákazníkům, občanům, zainteresovaným stranám a společnosti',
      ),
      sub(
        '5.3',
        'Coordinate processes across the organisation and with other relevant organisations',
        'Koordinovat procesy napříč organizací a s dalšími relevantními organizacemi',
      ),
    ],
  },
  {
    number: 6,
    kind: 'result',
    title: title('Citizen/Customer-oriented Results', 'Občané/zákazníci – výsledky', 'confirmed'),
    subcriteria: [
      sub('6.1', 'Perception measurements', 'Měření vnímání'),
      sub('6.2', 'Performance measurements', 'Měření výkonnosti'),
    ],
  },
  {
    number: 7,
    kind: 'result',
    title: title('People Results', 'Zaměstnanci – výsledky', 'confirmed'),
    subcriteria: [
      sub('7.1', 'Perception measurements', 'Měření vnímání'),
      sub('7.2', 'Performance measurements', 'Měření výkonnosti'),
    ],
  },
  {
    number: 8,
    kind: 'result',
    title: title('Social Responsibility Results', 'Společenská odpovědnost – výsledky', 'confirmed'),
    subcriteria: [
      sub('8.1', 'Perception measurements', 'Měření vnímání'),
      sub('8.2', 'Performance measurements', 'Měření výkonnosti'),
    ],
  },
  {
    number: 9,
    kind: 'result',
    title: title('Key Performance Results', 'Klíčové výsledky výkonnosti', 'confirmed'),
    subcriteria: [
      sub('9.1', 'External results: output and public value', 'Vnější výsledky: výstupy a veřejná hodnota'),
      sub('9.2', 'Internal results: level of efficiency', 'Vnitřní výsledky: úroveň efektivnosti'),
    ],
  },
];
