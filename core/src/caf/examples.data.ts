import type { LocalizedText } from './model.types';

/*
 * Examples per subcriterion, for scorers to recognise what counts as evidence. Written in our own
 * words after EIPA, "CAF 2020" (the model lists about 200 examples, lettered a, b, c…); these are
 * paraphrases, not the official text — status 'working' in both languages, to be reviewed against
 * the MV ČR edition. Offices can add their own examples later without a code change.
 */
const ex = (en: string, cs: string): LocalizedText => ({
  en: { text: en, status: 'working' },
  cs: { text: cs, status: 'working' },
});

export const CAF_EXAMPLES: Readonly<Record<string, readonly LocalizedText[]>> = {
  '1.1': [
    ex(
      'Mission, vision and values are formulated with staff and stakeholders',
      'Poslání, vize a hodnoty vznikly se zaměstnanci a zainteresovanými stranami',
    ),
    ex(
      'Values such as integrity and transparency are translated into a code of conduct',
      'Hodnoty jako integrita a transparentnost jsou převedeny do etického kodexu',
    ),
    ex(
      'Mission and vision are reviewed when society or politics change',
      'Poslání a vize se přezkoumávají při změnách ve společnosti či politice',
    ),
  ],
  '1.2': [
    ex(
      'Responsibilities, processes and structures are defined and known',
      'Odpovědnosti, procesy a struktura jsou definovány a známy',
    ),
    ex(
      'Measurable goals and indicators are set for all levels',
      'Pro všechny úrovně jsou stanoveny měřitelné cíle a ukazatele',
    ),
    ex(
      'A quality management system (e.g. CAF, ISO 9001) is used for continuous improvement',
      'K neustálému zlepšování se používá systém řízení kvality (např. CAF, ISO 9001)',
    ),
  ],
  '1.3': [
    ex(
      'Leaders act in line with the stated values and set an example',
      'Vedoucí jednají v souladu s hodnotami a jdou příkladem',
    ),
    ex(
      'Leaders give regular feedback and recognise individual and team effort',
      'Vedoucí pravidelně dávají zpětnou vazbu a oceňují úsilí jednotlivců i týmů',
    ),
    ex(
      'Staff are empowered to take decisions within clear limits',
      'Zaměstnanci mají pravomoc rozhodovat v jasně daných mezích',
    ),
  ],
  '1.4': [
    ex(
      'Relations with the council and political representatives are managed openly',
      'Vztahy se zastupitelstvem a politickou reprezentací se řídí otevřeně',
    ),
    ex(
      'Key stakeholders and their needs are identified and kept informed',
      'Klíčové zainteresované strany a jejich potřeby jsou známy a průběžně informovány',
    ),
    ex(
      'The office takes part in networks and promotes its reputation',
      'Úřad se zapojuje do sítí a pečuje o svou pověst',
    ),
  ],
  '2.1': [
    ex(
      'Needs of citizens and other stakeholders are collected systematically',
      'Potřeby občanů a dalších zainteresovaných stran se soustavně zjišťují',
    ),
    ex(
      'Trends in society, law, technology and demography are analysed',
      'Analyzují se trendy ve společnosti, legislativě, technologiích a demografii',
    ),
    ex(
      'Strengths and weaknesses of the office are assessed (e.g. SWOT, self-assessment)',
      'Hodnotí se silné a slabé stránky úřadu (např. SWOT, sebehodnocení)',
    ),
  ],
  '2.2': [
    ex(
      'The strategy translates mission and vision into goals and actions',
      'Strategie převádí poslání a vizi do cílů a opatření',
    ),
    ex(
      'Stakeholders are involved in preparing strategies and plans',
      'Zainteresované strany se podílejí na přípravě strategií a plánů',
    ),
    ex('Resources are allocated according to the plans', 'Zdroje se přidělují podle plánů'),
  ],
  '2.3': [
    ex(
      'Strategies and plans are communicated to all staff',
      'Strategie a plány jsou sděleny všem zaměstnancům',
    ),
    ex('Goals are cascaded to departments and individuals', 'Cíle jsou rozpracovány na útvary a jednotlivce'),
    ex('Progress is monitored and plans are adjusted', 'Plnění se sleduje a plány se upravují'),
  ],
  '2.4': [
    ex(
      'Innovation is encouraged and ideas from staff are collected',
      'Inovace jsou podporovány a nápady zaměstnanců se sbírají',
    ),
    ex('Changes are planned, piloted and evaluated', 'Změny se plánují, pilotují a vyhodnocují'),
    ex(
      'Risks and crises are prepared for (business continuity)',
      'Úřad je připraven na rizika a krize (kontinuita činností)',
    ),
  ],
  '3.1': [
    ex(
      'Staffing needs are analysed in line with the strategy',
      'Personální potřeby se analyzují v souladu se strategií',
    ),
    ex(
      'Recruitment, promotion and pay follow fair and transparent rules',
      'Nábor, povyšování a odměňování se řídí spravedlivými a transparentními pravidly',
    ),
    ex(
      'Diversity, equal opportunities and work–life balance are supported',
      'Podporuje se rozmanitost, rovné příležitosti a sladění práce a osobního života',
    ),
  ],
  '3.2': [
    ex(
      'Competencies needed are described and compared with those available',
      'Potřebné kompetence jsou popsány a porovnány s dostupnými',
    ),
    ex(
      'Individual development plans and training are agreed with each person',
      'S každým jsou dohodnuty plány rozvoje a vzdělávání',
    ),
    ex(
      'New staff are inducted and knowledge is shared (mentoring, substitution)',
      'Noví zaměstnanci jsou zaškoleni a znalosti se sdílejí (mentoring, zastupitelnost)',
    ),
  ],
  '3.3': [
    ex(
      'Staff are involved in improvement teams and decisions',
      'Zaměstnanci se zapojují do týmů pro zlepšování a do rozhodování',
    ),
    ex(
      'Staff satisfaction and wellbeing are surveyed and acted on',
      'Spokojenost a pohoda zaměstnanců se zjišťuje a výsledky se využívají',
    ),
    ex('Working conditions support health and safety', 'Pracovní podmínky podporují zdraví a bezpečnost'),
  ],
  '4.1': [
    ex(
      'Key partners are identified and agreements set out roles',
      'Klíčoví partneři jsou určeni a dohody vymezují role',
    ),
    ex('Partnerships are monitored and evaluated', 'Partnerství se sledují a vyhodnocují'),
    ex(
      'Joint projects with other public bodies share resources',
      'Společné projekty s jinými institucemi sdílejí zdroje',
    ),
  ],
  '4.2': [
    ex(
      'Citizens are informed clearly and actively (open data, web, social media)',
      'Občané jsou informováni srozumitelně a aktivně (otevřená data, web, sociální sítě)',
    ),
    ex(
      'Citizens take part in designing services (participation, panels)',
      'Občané se podílejí na navrhování služeb (participace, panely)',
    ),
    ex('Complaints and suggestions are handled and used', 'Stížnosti a podněty se vyřizují a využívají'),
  ],
  '4.3': [
    ex('The budget is linked to goals and priorities', 'Rozpočet je propojen s cíli a prioritami'),
    ex('Spending is transparent and controlled', 'Výdaje jsou transparentní a kontrolované'),
    ex('Cost-effectiveness of services is analysed', 'Analyzuje se nákladová efektivnost služeb'),
  ],
  '4.4': [
    ex(
      'Information needed for decisions is available and reliable',
      'Informace potřebné k rozhodování jsou dostupné a spolehlivé',
    ),
    ex('Knowledge of leaving staff is retained', 'Znalosti odcházejících zaměstnanců se uchovávají'),
    ex('Documents and records are managed securely', 'Dokumenty a záznamy se spravují bezpečně'),
  ],
  '4.5': [
    ex(
      'Technology is planned in line with the strategy and digitalisation goals',
      'Technologie se plánují v souladu se strategií a cíli digitalizace',
    ),
    ex(
      'Online services make dealing with the office easier',
      'Elektronické služby usnadňují jednání s úřadem',
    ),
    ex(
      'Cyber security and data protection are ensured',
      'Je zajištěna kybernetická bezpečnost a ochrana údajů',
    ),
  ],
  '4.6': [
    ex(
      'Buildings are accessible, including for people with disabilities',
      'Budovy jsou přístupné, i pro osoby se zdravotním postižením',
    ),
    ex('Facilities are used efficiently and maintained', 'Prostory se využívají efektivně a udržují'),
    ex(
      'Energy and environmental impact are reduced',
      'Snižuje se spotřeba energie a dopad na životní prostředí',
    ),
  ],
  '5.1': [
    ex('Processes are described with owners and goals', 'Procesy jsou popsány, mají vlastníky a cíle'),
    ex(
      'Processes are simplified and measured (waiting times, errors)',
      'Procesy se zjednodušují a měří (čekací doby, chyby)',
    ),
    ex('Citizens and staff help redesign processes', 'Na úpravách procesů se podílejí občané i zaměstnanci'),
  ],
  '5.2': [
    ex('Services are designed around the needs of users', 'Služby se navrhují podle potřeb uživatelů'),
    ex(
      'Service standards (opening hours, deadlines) are published and kept',
      'Standardy služeb (úřední hodiny, lhůty) jsou zveřejněny a dodržovány',
    ),
    ex(
      'Several channels are offered: counter, phone, e-mail, data box, online',
      'Nabízí se více kanálů: přepážka, telefon, e-mail, datová schránka, online',
    ),
  ],
  '5.3': [
    ex(
      'Processes across departments are coordinated (one-stop shop)',
      'Procesy napříč útvary jsou koordinovány (jedno kontaktní místo)',
    ),
    ex(
      'Data are shared with other bodies so citizens are not asked twice',
      'Údaje se sdílejí s jinými úřady, aby se občanů neptaly dvakrát',
    ),
    ex(
      'Interfaces with partners are agreed and reviewed',
      'Rozhraní s partnery jsou dohodnuta a přezkoumávána',
    ),
  ],
  '6.1': [
    ex('General image and reputation of the office among citizens', 'Celkový obraz a pověst úřadu u občanů'),
    ex(
      'Satisfaction with friendliness, fairness and clarity of information',
      'Spokojenost se vstřícností, férovostí a srozumitelností informací',
    ),
    ex(
      'Perceived accessibility: opening hours, waiting, online services',
      'Vnímaná dostupnost: úřední hodiny, čekání, elektronické služby',
    ),
  ],
  '6.2': [
    ex('Waiting and processing times', 'Čekací doby a doby vyřízení'),
    ex('Number of complaints and the time to handle them', 'Počet stížností a doba jejich vyřízení'),
    ex('Share of services used online', 'Podíl služeb využívaných elektronicky'),
  ],
  '7.1': [
    ex(
      'Staff view of the organisation’s image and of management',
      'Jak zaměstnanci vnímají image organizace a vedení',
    ),
    ex(
      'Staff view of involvement in decisions and improvement',
      'Jak vnímají své zapojení do rozhodování a zlepšování',
    ),
    ex(
      'Staff view of working conditions and work–life balance',
      'Jak vnímají pracovní podmínky a sladění práce a osobního života',
    ),
  ],
  '7.2': [
    ex('Absenteeism, turnover and sick leave', 'Absence, fluktuace a pracovní neschopnost'),
    ex('Participation in training and improvement activities', 'Účast na vzdělávání a na zlepšování'),
    ex('Number of staff suggestions taken up', 'Počet přijatých podnětů zaměstnanců'),
  ],
  '8.1': [
    ex(
      'Public perception of the office’s contribution to the community',
      'Jak veřejnost vnímá přínos úřadu pro obec',
    ),
    ex('Perception of its environmental and ethical conduct', 'Jak vnímá jeho ekologické a etické chování'),
    ex('Media coverage of the office', 'Jak o úřadu informují média'),
  ],
  '8.2': [
    ex('Energy and resource consumption, waste', 'Spotřeba energie a zdrojů, odpady'),
    ex(
      'Support for local community and social initiatives',
      'Podpora místní komunity a sociálních iniciativ',
    ),
    ex(
      'Ethics: conflicts of interest and corruption cases handled',
      'Etika: řešené střety zájmů a korupční případy',
    ),
  ],
  '9.1': [
    ex(
      'Outputs delivered against targets (decisions issued, permits, inspections)',
      'Výstupy v porovnání s cíli (vydaná rozhodnutí, povolení, kontroly)',
    ),
    ex('Outcomes for the community (public value)', 'Dopady pro obec (veřejná hodnota)'),
    ex('Results of audits and external assessments', 'Výsledky auditů a externích hodnocení'),
  ],
  '9.2': [
    ex('Budget kept and cost per service', 'Dodržení rozpočtu a náklady na službu'),
    ex('Efficiency of processes and use of resources', 'Efektivita procesů a využití zdrojů'),
    ex('Results of benchmarking with other offices', 'Výsledky srovnání s jinými úřady (benchmarking)'),
  ],
};
