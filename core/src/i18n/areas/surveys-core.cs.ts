/**
 * Czech strings of survey concepts every host shows the same way (card, tab, export): the scales,
 * question types, statuses and recurrences. Kept in their own file so the areas change independently.
 */
export const surveysCoreCs = {
  'survey.scale5.1': '1 – rozhodně nesouhlasím',
  'survey.scale5.2': '2 – spíše nesouhlasím',
  'survey.scale5.3': '3 – ani souhlas, ani nesouhlas',
  'survey.scale5.4': '4 – spíše souhlasím',
  'survey.scale5.5': '5 – rozhodně souhlasím',
  'survey.scale11.low': '0 – vůbec ne',
  'survey.scale11.high': '10 – určitě ano',
  'survey.type.scale5': 'Škála 1–5 (souhlas)',
  'survey.type.scale11': 'Škála 0–10 (eNPS)',
  'survey.type.singleChoice': 'Jedna možnost',
  'survey.type.multiChoice': 'Více možností',
  'survey.type.text': 'Krátký text (nepovinný)',
  'survey.status.draft': 'Koncept',
  'survey.status.scheduled': 'Naplánováno',
  'survey.status.open': 'Probíhá',
  'survey.status.closed': 'Uzavřeno',
  'survey.recurrence.once': 'Jednorázově',
  'survey.recurrence.weekly': 'Každý týden',
  'survey.recurrence.monthly': 'Každý měsíc',
  'survey.wave': '{number}. vlna',
  'survey.anonymity':
    'Odpovědi se ukládají bez vašeho jména. Výsledky se ukazují jen za skupiny nejméně {threshold} lidí.',
} as const;
