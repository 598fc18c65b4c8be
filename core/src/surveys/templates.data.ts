import { nextMondayAt } from './week-start';
import type {
  BilingualText,
  SurveyDraft,
  SurveyEvidenceSubcriterion,
  SurveyQuestion,
  SurveySchedule,
  SurveyTemplateId,
} from './contract';

/**
 * Ready-made surveys a quality manager starts from. Source: our own wording (Kvalita), written for
 * Czech municipal offices; the eNPS question follows the usual Net Promoter formula ("how likely
 * are you to recommend … as a place to work", 0–10). Scale questions are statements answered on
 * the 1–5 agreement scale (`survey.scale5.*` in the catalogues), so every template reads the same way.
 */
export interface SurveyTemplate {
  readonly id: SurveyTemplateId;
  readonly name: BilingualText;
  readonly description: BilingualText;
}

interface TemplateData extends SurveyTemplate {
  readonly title: BilingualText;
  readonly introduction: BilingualText;
  readonly questions: readonly SurveyQuestion[];
  readonly schedule: Omit<SurveySchedule, 'opensAt' | 'endsAt'>;
  readonly evidenceFor: readonly SurveyEvidenceSubcriterion[];
}

const none = { cs: [], en: [] };
const scale = (key: string, cs: string, en: string): SurveyQuestion => ({
  key,
  type: 'scale5',
  text: { cs, en },
  options: none,
});
const openText = (key: string, cs: string, en: string): SurveyQuestion => ({
  key,
  type: 'text',
  text: { cs, en },
  options: none,
});

const TEMPLATES: readonly TemplateData[] = [
  {
    id: 'wellbeing',
    name: { cs: 'Pohoda v práci (týdenní pulz)', en: 'Wellbeing at work (weekly pulse)' },
    description: {
      cs: 'Dvě otázky každý týden a prostor pro vzkaz. Ukazuje, jak se lidem daří, dřív než se problém rozroste.',
      en: 'Two questions every week and room for a note. Shows how people are doing before a problem grows.',
    },
    title: { cs: 'Týdenní pulz: pohoda v práci', en: 'Weekly pulse: wellbeing at work' },
    introduction: {
      cs: 'Krátký týdenní průzkum, odpověď zabere méně než minutu.',
      en: 'A short weekly survey; answering takes less than a minute.',
    },
    questions: [
      scale('q1', 'Tento týden jsem se v práci cítil(a) dobře.', 'I felt good at work this week.'),
      scale(
        'q2',
        'Měl(a) jsem, co jsem k práci potřeboval(a): informace, nástroje i podporu.',
        'I had what I needed for my work: information, tools and support.',
      ),
      openText('q3', 'Co by vám příští týden pomohlo?', 'What would help you next week?'),
    ],
    schedule: { recurrence: 'weekly', waveDays: 5, reminderAfterDays: 2 },
    evidenceFor: ['7.1', '3.3'],
  },
  {
    id: 'enps',
    name: {
      cs: 'Doporučení úřadu jako zaměstnavatele (eNPS)',
      en: 'Recommending the office as an employer (eNPS)',
    },
    description: {
      cs: 'Měsíční otázka na škále 0–10 a důvod hodnocení. Výsledkem je eNPS od −100 do +100.',
      en: 'A monthly 0–10 question and the reason for the score. The result is an eNPS from −100 to +100.',
    },
    title: { cs: 'Doporučili byste nás jako zaměstnavatele?', en: 'Would you recommend us as an employer?' },
    introduction: {
      cs: 'Jedna otázka měsíčně. Odpovědi jsou anonymní.',
      en: 'One question a month. Answers are anonymous.',
    },
    questions: [
      {
        key: 'q1',
        type: 'scale11',
        text: {
          cs: 'Jak pravděpodobné je, že byste náš úřad doporučil(a) známému jako zaměstnavatele?',
          en: 'How likely are you to recommend our office to a friend as a place to work?',
        },
        options: none,
      },
      openText('q2', 'Co je hlavním důvodem vašeho hodnocení?', 'What is the main reason for your score?'),
    ],
    schedule: { recurrence: 'monthly', waveDays: 7, reminderAfterDays: 3 },
    evidenceFor: ['7.1'],
  },
  {
    id: 'workload',
    name: { cs: 'Pracovní zátěž', en: 'Workload' },
    description: {
      cs: 'Zvládnutelnost práce, přesčasy a co lidem práci komplikuje. Podklad pro opatření v personální oblasti.',
      en: 'Whether work is manageable, overtime and what gets in the way. Input for measures on people management.',
    },
    title: { cs: 'Jak zvládáte pracovní zátěž?', en: 'How are you coping with your workload?' },
    introduction: {
      cs: 'Pomozte nám najít, co práci zbytečně ztěžuje.',
      en: 'Help us find what makes work needlessly hard.',
    },
    questions: [
      scale(
        'q1',
        'Svou práci zvládám v běžné pracovní době.',
        'I can manage my work within normal working hours.',
      ),
      {
        key: 'q2',
        type: 'singleChoice',
        text: {
          cs: 'Jak často jste v posledním měsíci pracoval(a) přesčas?',
          en: 'How often did you work overtime in the last month?',
        },
        options: {
          cs: ['Vůbec', 'Jednou až dvakrát', 'Každý týden', 'Téměř denně'],
          en: ['Not at all', 'Once or twice', 'Every week', 'Almost daily'],
        },
      },
      {
        key: 'q3',
        type: 'multiChoice',
        text: { cs: 'Co vám práci nejvíce komplikuje?', en: 'What gets in the way of your work most?' },
        options: {
          cs: ['Nejasné zadání', 'Souběh termínů', 'Administrativa', 'Technické potíže', 'Časté vyrušování'],
          en: [
            'Unclear assignments',
            'Clashing deadlines',
            'Paperwork',
            'Technical problems',
            'Frequent interruptions',
          ],
        },
      },
      openText('q4', 'Co by vaši zátěž nejvíce snížilo?', 'What would reduce your workload most?'),
    ],
    schedule: { recurrence: 'once', waveDays: 10, reminderAfterDays: 5 },
    evidenceFor: ['3.3', '7.1'],
  },
  {
    id: 'clientOrientation',
    name: { cs: 'Orientace na klienta', en: 'Client orientation' },
    description: {
      cs: 'Jak zaměstnanci vnímají potřeby klientů a zpětnou vazbu od nich. Doplňuje průzkumy spokojenosti občanů.',
      en: 'How staff see clients’ needs and their feedback. Complements citizen-satisfaction surveys.',
    },
    title: { cs: 'Služby pro naše klienty', en: 'Serving our clients' },
    introduction: {
      cs: 'Vaše zkušenost z přepážky, telefonu i e-mailu nám pomůže zlepšit služby.',
      en: 'Your experience at the counter, on the phone and by e-mail helps us improve our service.',
    },
    questions: [
      scale(
        'q1',
        'Vím, co klienti od našeho útvaru očekávají.',
        'I know what clients expect from our department.',
      ),
      scale(
        'q2',
        'Mám prostor vyřídit požadavek klienta bez zbytečných průtahů.',
        'I have the freedom to handle a client’s request without needless delay.',
      ),
      {
        key: 'q3',
        type: 'singleChoice',
        text: {
          cs: 'Jak často se dozvíte zpětnou vazbu od klientů?',
          en: 'How often do you hear feedback from clients?',
        },
        options: { cs: ['Nikdy', 'Občas', 'Pravidelně'], en: ['Never', 'Sometimes', 'Regularly'] },
      },
      openText('q4', 'Co by zlepšilo služby pro naše klienty?', 'What would improve our service to clients?'),
    ],
    schedule: { recurrence: 'once', waveDays: 14, reminderAfterDays: 7 },
    evidenceFor: ['7.1'],
  },
];

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = TEMPLATES.map(({ id, name, description }) => ({
  id,
  name,
  description,
}));

/** A draft pre-filled from a template; its first wave opens at `opensAt`. */
export function surveyFromTemplate(id: SurveyTemplateId, opensAt: Date): SurveyDraft {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new RangeError(`Unknown survey template ${id}`);
  return {
    title: template.title,
    introduction: template.introduction,
    template: id,
    questions: template.questions,
    audience: { kind: 'office' },
    schedule: { ...template.schedule, opensAt: opensAt.toISOString(), endsAt: null },
    evidenceFor: template.evidenceFor,
  };
}

/** Next Monday 08:00 in the office's zone: when a template's first wave opens by default. */
export function defaultFirstWave(now: Date): Date {
  return nextMondayAt(now, 8);
}
