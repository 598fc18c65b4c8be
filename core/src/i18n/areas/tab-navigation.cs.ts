/** Czech strings of moving around the tab: links to its pages and a page that a link does not reach. */
export const tabNavigationCs = {
  'tab.share.button': 'Odkaz na tuto stránku',
  'tab.share.copied': 'Odkaz na tuto stránku je ve schránce. Vložte ho do chatu nebo e-mailu.',
  'tab.share.opened': 'Teams nabídl, kam odkaz na tuto stránku poslat.',
  'tab.share.manual': 'Odkaz na tuto stránku (zkopírujte ho)',
  'tab.caf.cycle.linkLabel': '{cycle} – {page}',
  'tab.caf.plan.linkedMeasure': 'Odkaz vede na opatření „{title}“; je v tabulce zvýrazněné.',
  'tab.caf.plan.missingMeasure':
    'Opatření z odkazu v plánu tohoto cyklu není: mohlo být smazáno, nebo patří k jinému cyklu.',
} as const;
