/** English texts of 360° feedback (chat). */
export const feedbackChatEn = {
  'bot.feedback.group.self': 'self-assessment',
  'bot.feedback.group.manager': 'manager',
  'bot.feedback.group.directReport': 'direct reports',
  'bot.feedback.group.peer': 'peers',
  'bot.feedback.group.other': 'others',
  'bot.feedback.charter':
    '360° feedback is for development, not an appraisal for pay: results are never a basis for personal allowances or bonuses.',
  'bot.feedback.cycle': 'Cycle',
  'bot.feedback.deadline': 'Deadline',
  'bot.feedback.openTab': 'Open in Kvalita',
  'bot.feedback.invalid':
    'Kvalita does not understand this card action; nothing was saved. You will find 360° feedback in Kvalita.',
  'bot.feedback.unknownPerson':
    "Kvalita did not find your name in the office's directory, so nothing was saved. Please contact the feedback coordinator.",
  'bot.feedback.notFound':
    'This form is not in Kvalita, or it is not yours. You will find your 360° feedback tasks in Kvalita.',
  'bot.feedback.stale':
    'The list changed meanwhile (on another device or in Kvalita), so nothing was saved. Its current state is below.',

  'bot.feedback.rate.title': '360° feedback',
  'bot.feedback.rate.subject': 'You rate',
  'bot.feedback.rate.yourGroup': 'Your group',
  'bot.feedback.rate.self':
    'You rate yourself. The report shows your answers as the self-assessment beside what others say.',
  'bot.feedback.rate.manager':
    "You rate as the manager. The report shows your answers as the manager's: {subject} knows they are yours.",
  'bot.feedback.rate.anonymous':
    'No single answer and no name is shown anywhere: {subject} sees your group ({group}) only together, and only when at least {threshold} of them answered; a smaller group is merged with others or left out.',
  'bot.feedback.rate.scale': 'Scale',
  'bot.feedback.rate.anchor': '{point} = {label}',
  'bot.feedback.rate.cannotJudge': 'Cannot judge',
  'bot.feedback.rate.choose': 'Choose',
  'bot.feedback.rate.comment': 'Comment on {group} (optional)',
  'bot.feedback.rate.commentPlaceholder':
    'At most {max} characters. Comments are shown without names, in random order.',
  'bot.feedback.rate.shortened':
    "The card would be too long for Teams, so the competencies' definitions are shortened. The full model is in Kvalita.",
  'bot.feedback.rate.submit': 'Send my answers',
  'bot.feedback.rate.declineReason': 'If you cannot rate, say why (at most {max} characters)',
  'bot.feedback.rate.decline': 'Decline to rate',
  'bot.feedback.rate.missing':
    'Your answers are not saved yet: choose a point of the scale or “Cannot judge” for every behaviour ({count} missing).',
  'bot.feedback.rate.bad':
    'Your answers are not saved yet: an answer does not fit the form (a comment may have at most {max} characters). Please check them.',
  'bot.feedback.rate.reasonMissing':
    'Your decline is not saved yet: please give a reason (at most {max} characters).',
  'bot.feedback.rate.done': 'Done, thank you. Your answers about {subject} are saved.',
  'bot.feedback.rate.already': 'You have already sent your answers about {subject}; nothing is saved again.',
  'bot.feedback.rate.progress': '{done} of {total} forms done.',
  'bot.feedback.rate.allDone': 'You have filled in all your forms. Thank you.',
  'bot.feedback.rate.declined':
    "You declined to rate {subject}. The subject's manager and the coordinator see your reason.",
  'bot.feedback.rate.closed': 'This cycle is closed; answers can no longer be sent or changed.',
  'bot.feedback.rate.notYet': 'Rating has not started in this cycle yet. You will get the card when it does.',

  'bot.feedback.nominate.title': 'Choose who gives you feedback',
  'bot.feedback.nominate.intro':
    'In the cycle {cycle} you will get 360° feedback. Choose peers and others who know your work. {manager} then approves the list.',
  'bot.feedback.nominate.noManager':
    'In the cycle {cycle} you will get 360° feedback. Choose peers and others who know your work. The coordinator then approves the list.',
  'bot.feedback.nominate.automatic':
    'Included automatically: you, your manager and your direct reports ({count}).',
  'bot.feedback.nominate.group': '{group}: choose {min}–{max}',
  'bot.feedback.nominate.load': '{name} (forms: {forms})',
  'bot.feedback.nominate.full': '{name} (already has enough forms)',
  'bot.feedback.nominate.count': '{group}: {count} chosen, {min}–{max} needed',
  'bot.feedback.nominate.elsewhere': 'Add anyone else in Kvalita.',
  'bot.feedback.nominate.submit': 'Send for approval',
  'bot.feedback.nominate.twice': 'Nothing was saved: {name} is chosen in two groups at once.',
  'bot.feedback.nominate.problem': 'The list is saved but not yet sent for approval: {reason}',
  'bot.feedback.nominate.refused': 'Nothing was saved: {reason}',
  'bot.feedback.nominate.invalid':
    'Nothing was saved: the choice does not fit this card. Please change the list in Kvalita.',
  'bot.feedback.nominate.submitted': 'Sent for approval. Thank you. You proposed:',
  'bot.feedback.nominate.approved': 'Your list of raters is approved:',
  'bot.feedback.nominate.closed':
    'Nominations have ended in this cycle; the list can no longer be changed here.',
  'bot.feedback.nominate.none': 'nobody',
  'bot.feedback.nominate.line': '{group}: {names}',

  'bot.feedback.approve.title': 'Approve the raters',
  'bot.feedback.approve.intro':
    '{subject} proposed these raters for the cycle {cycle}. Untick anyone you do not want, then approve. You can add people in Kvalita.',
  'bot.feedback.approve.submit': 'Approve',
  'bot.feedback.approve.done': 'Approved. Thank you. These people will rate:',
  'bot.feedback.approve.notYet':
    '{subject} has not sent the list yet. I will send it to you for approval once they do.',
  'bot.feedback.approve.closed': 'Approval has ended in this cycle; the list can no longer be changed here.',

  'bot.feedback.remind.nominate': 'Reminder: please choose your raters by {date}.',
  'bot.feedback.remind.approve': 'Reminder: please approve the raters of {subject} by {date}.',
  'bot.feedback.remind.rate.title': 'Reminder: 360° feedback',
  'bot.feedback.remind.rate':
    'In the cycle {cycle} you have done {done} of {total} forms. Please fill in the rest by {date}; their cards are above in this chat.',
  'bot.feedback.remind.open': 'Still open: {names}',

  'bot.feedback.released.title': '360° feedback reports are released',
  'bot.feedback.released.subject':
    'Your report from the cycle {cycle} is ready. You will find it in Kvalita.',
  'bot.feedback.released.manager':
    "Your direct reports' reports from the cycle {cycle} are ready ({count}). You will find them in Kvalita.",
  'bot.feedback.released.open': 'Open the report',
} as const;
