/**
 * Czech strings of the CAF cycle's phases: the rules' refusals (API), the confirmations, step back,
 * approval and return in the tab, the cycle's history, and the chat cards about the report.
 */
export const cafPhasesCs = {
  'caf.phase.refused.notNextPhase': 'Cyklus lze posunout jen do bezprostředně následující fáze.',
  'caf.phase.refused.noPreviousPhase':
    'Z této fáze se nelze vrátit: příprava je první fáze a uzavřený cyklus už se nemění.',
  'caf.phase.refused.emptyTeam':
    'Hodnoticí tým nemá žádné členy. Nejprve do týmu přidejte jeho vedoucího a členy.',
  'caf.phase.refused.noLeader': 'Hodnoticí tým nemá vedoucího. Nejprve určete vedoucího týmu.',
  'caf.phase.refused.scoresNotSubmitted':
    'Individuální hodnocení ještě neodeslali: {names}. Počkejte na ně, nebo individuální hodnocení výslovně ukončete.',
  'caf.phase.refused.noConsensus':
    'Tým zatím nedospěl ke konsenzu u žádného subkritéria, zpráva by byla prázdná.',
  'caf.phase.refused.reportNotApproved':
    'Zprávu o sebehodnocení zatím neschválil ředitel úřadu. Plán zlepšování a uzavření cyklu přicházejí až po schválení.',
  'caf.phase.refused.reportNotWaiting': 'Zpráva o sebehodnocení teď na schválení nečeká.',
  'caf.phase.refused.reportAlreadyApproved': 'Zpráva o sebehodnocení už je schválena.',

  'tab.caf.phase.effect.scoring':
    'Členové týmu začnou hodnotit každý sám. Složení týmu lze dál měnit, ale hodnocení už běží.',
  'tab.caf.phase.effect.consensus':
    'Individuální hodnocení skončí: kdo neodeslal, už hodnotit nebude. Vedoucí týmu uvidí odeslaná hodnocení a vede konsenzus.',
  'tab.caf.phase.effect.report':
    'Konsenzus se uzavře a zpráva o sebehodnocení čeká na schválení ředitelem úřadu, který dostane zprávu v chatu.',
  'tab.caf.phase.effect.improvement':
    'Se schválenou zprávou začíná plán zlepšování: opatření k oblastem pro zlepšení.',
  'tab.caf.phase.effect.closed': 'Cyklus se uzavře a nadále jde jen číst. Tento krok nelze vrátit.',
  'tab.caf.phase.confirmTitle': 'Posunout cyklus do fáze {status}?',
  'tab.caf.phase.confirm': 'Ano, posunout',
  'tab.caf.phase.endScoringTitle': 'Ukončit individuální hodnocení?',
  'tab.caf.phase.missing': 'Hodnocení zatím neodeslali: {names}.',
  'tab.caf.phase.endScoringWarning':
    'Pokud hodnocení ukončíte, jejich neodeslaná hodnocení se do konsenzu nezapočítají. Ukončení se zapíše do historie cyklu i s jejich jmény.',
  'tab.caf.phase.endScoring': 'Ukončit individuální hodnocení',
  'tab.caf.phase.stepBack': 'Vrátit do fáze: {status}',
  'tab.caf.phase.stepBackTitle': 'Vrátit cyklus do fáze {status}?',
  'tab.caf.phase.stepBackEffect': 'Cyklus se vrátí o jednu fázi zpět. Důvod se zapíše do historie cyklu.',
  'tab.caf.phase.stepBackWithdraws':
    'Schválení zprávy se tím zruší a ředitel úřadu ji bude schvalovat znovu.',
  'tab.caf.phase.reason': 'Důvod',
  'tab.caf.phase.reasonRequired': 'Napište důvod.',
  'tab.caf.phase.stepBackConfirm': 'Vrátit zpět',
  'tab.caf.report.approveTitle': 'Schválit zprávu o sebehodnocení?',
  'tab.caf.report.approveEffect':
    'Schválením zprávu vydáváte za úřad. Cyklus pak může pokračovat plánem zlepšování; vedoucí týmu dostane zprávu v chatu.',
  'tab.caf.report.comment': 'Komentář (nepovinný)',
  'tab.caf.report.approveConfirm': 'Schválit',
  'tab.caf.report.return': 'Vrátit k přepracování',
  'tab.caf.report.returnTitle': 'Vrátit zprávu k přepracování?',
  'tab.caf.report.returnEffect':
    'Cyklus se vrátí do fáze Konsenzus, aby tým zprávu upravil. Vedoucí týmu dostane v chatu váš důvod.',
  'tab.caf.report.returnConfirm': 'Vrátit k přepracování',
  'tab.caf.history.heading': 'Historie cyklu',
  'tab.caf.history.empty': 'Cyklus zatím nezměnil fázi.',
  'tab.caf.history.moved': '{date} – {name} posunul(a) cyklus z fáze {from} do fáze {to}.',
  'tab.caf.history.endedScoring':
    '{date} – {name} ukončil(a) individuální hodnocení a posunul(a) cyklus do fáze {to}. Hodnocení neodeslali: {names}.',
  'tab.caf.history.steppedBack': '{date} – {name} vrátil(a) cyklus z fáze {from} do fáze {to}.',
  'tab.caf.history.approved': '{date} – {name} schválil(a) zprávu o sebehodnocení.',
  'tab.caf.history.returned': '{date} – {name} vrátil(a) zprávu k přepracování.',
  'tab.caf.history.reason': 'Důvod: {text}',
  'tab.caf.history.comment': 'Komentář: {text}',

  'bot.caf.approval.title': 'Zpráva o sebehodnocení čeká na vaše schválení',
  'bot.caf.approval.text':
    'Hodnoticí tým dokončil konsenzus v cyklu „{cycle}“. Přečtěte si zprávu a schvalte ji, nebo ji vraťte k přepracování.',
  'bot.caf.approved.title': 'Zpráva o sebehodnocení je schválena',
  'bot.caf.approved.text':
    '{name} schválil(a) zprávu cyklu „{cycle}“. Cyklus může pokračovat plánem zlepšování.',
  'bot.caf.returned.title': 'Zpráva o sebehodnocení je vrácena k přepracování',
  'bot.caf.returned.text':
    '{name} vrátil(a) zprávu cyklu „{cycle}“ k přepracování. Cyklus je zpět ve fázi Konsenzus.',
  'bot.caf.card.reason': 'Důvod',
  'bot.caf.card.comment': 'Komentář',
  'bot.caf.card.open': 'Otevřít výsledky cyklu',
  'bot.caf.card.where':
    'Zprávu najdete v aplikaci Kvalita na kartě CAF, v cyklu „{cycle}“, na stránce Výsledky.',
} as const;
