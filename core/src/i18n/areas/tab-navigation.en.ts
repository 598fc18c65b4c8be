import type { tabNavigationCs } from './tab-navigation.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const tabNavigationEn = {
  'tab.share.button': 'Link to this page',
  'tab.share.copied': 'The link to this page is on the clipboard. Paste it into a chat or an e-mail.',
  'tab.share.opened': 'Teams offered where to send the link to this page.',
  'tab.share.manual': 'Link to this page (copy it)',
  'tab.caf.cycle.linkLabel': '{cycle} – {page}',
  'tab.caf.plan.linkedMeasure': 'The link leads to the measure “{title}”; it is highlighted in the table.',
  'tab.caf.plan.missingMeasure':
    'The measure from the link is not in this cycle’s plan: it may have been deleted or belong to another cycle.',
} as const satisfies Record<keyof typeof tabNavigationCs, string>;
