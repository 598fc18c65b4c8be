import type { ListSchema } from '../../platform/schema/types';

export const FEEDBACK_STATUS_CHOICES = [
  { code: 'preparation', label: 'Příprava' },
  { code: 'nominations', label: 'Nominace hodnotitelů' },
  { code: 'collecting', label: 'Sběr odpovědí' },
  { code: 'reporting', label: 'Zpracování výsledků' },
  { code: 'closed', label: 'Uzavřeno' },
] as const;

/** A round of 360° feedback: its phases, deadlines, competency model and anonymity threshold. */
export const feedbackCyclesList = {
  key: 'feedbackCycles',
  urlName: 'KvalitaFeedbackCycles',
  template: 'genericList',
  title: { cs: 'Cykly zpětné vazby 360°', en: '360° feedback cycles' },
  description: {
    cs: 'Kola zpětné vazby 360°: termíny, kompetenční model a minimální počet hodnotitelů ve skupině.',
    en: 'Rounds of 360° feedback: deadlines, competency model and the minimum raters per group.',
  },
  titleField: { cs: 'Název cyklu', en: 'Cycle name' },
  fields: [
    {
      name: 'CycleCode',
      type: 'Text',
      title: { cs: 'Kód cyklu', en: 'Cycle code' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 32,
    },
    {
      name: 'FeedbackStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: FEEDBACK_STATUS_CHOICES,
    },
    {
      name: 'ModelCode',
      type: 'Text',
      title: { cs: 'Kompetenční model (kód)', en: 'Competency model (code)' },
      required: true,
      maxLength: 32,
    },
    {
      name: 'NominationsDue',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Nominace do', en: 'Nominations due' },
    },
    {
      name: 'ResponsesDue',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Odpovědi do', en: 'Responses due' },
    },
    {
      name: 'AnonymityThreshold',
      type: 'Number',
      title: { cs: 'Práh anonymity (min. hodnotitelů)', en: 'Anonymity threshold (min. raters)' },
      required: true,
      min: 3,
    },
    { name: 'Coordinator', type: 'User', title: { cs: 'Koordinátor/ka', en: 'Coordinator' } },
  ],
} as const satisfies ListSchema;
