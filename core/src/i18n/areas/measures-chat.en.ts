import type { measuresChatCs } from './measures-chat.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const measuresChatEn = {
  'bot.measure.dueSoon': 'The deadline of this measure is coming up: {date}.',
  'bot.measure.overdue': 'This measure is overdue; its deadline was {date}.',
  'bot.measure.deadline': 'Deadline',
  'bot.measure.status': 'Status',
  'bot.measure.phase': 'PDCA phase',
  'bot.measure.progress': 'Progress',
  'bot.measure.progressValue': '{progress} %',
  'bot.measure.phase.plan': 'Plan',
  'bot.measure.phase.do': 'Do',
  'bot.measure.phase.check': 'Check',
  'bot.measure.phase.act': 'Act',
  'bot.measure.input.progress': 'Progress in per cent (0–100)',
  'bot.measure.input.progressError': 'Enter a whole number from 0 to 100.',
  'bot.measure.input.phase': 'PDCA phase',
  'bot.measure.input.note': 'What was done (optional)',
  'bot.measure.input.notePlaceholder': 'Keep it short, at most {max} characters.',
  'bot.measure.report': 'Report progress',
  'bot.measure.open': 'Open in Kvalita',
  'bot.measure.saved': 'Thank you, the progress is saved.',
  'bot.measure.stale':
    'Someone changed this measure meanwhile, so your progress was not saved. Below is its current state; please enter your progress again.',
  'bot.measure.invalid': 'The progress is not saved yet. Please correct:',
  'bot.measure.problem.progress': 'progress must be a whole number from 0 to 100',
  'bot.measure.problem.phase': 'choose a PDCA phase',
  'bot.measure.problem.note': 'the note may have at most {max} characters',
  'bot.measure.notAllowed':
    'Only the owner of this measure, its co-owners or the quality manager may report its progress. You can see the measure in Kvalita.',
  'bot.measure.notOpen': 'Progress of this measure cannot be reported now; its status is “{status}”.',
  'bot.measure.notFound':
    'This measure is no longer in Kvalita. You will find the list of measures in Kvalita.',
  'bot.digest.title': 'Overdue measures',
  'bot.digest.intro': '{count} measures are overdue this week:',
  'bot.digest.line': '{title} · deadline {date} · {owner} · {progress} %',
  'bot.digest.noOwner': 'no owner',
  'bot.digest.more': 'and {count} more',
  'bot.digest.none': 'No measure is overdue now.',
  'bot.digest.open': 'Show overdue measures',
} as const satisfies Record<keyof typeof measuresChatCs, string>;
