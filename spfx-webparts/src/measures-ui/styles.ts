import { mergeStyleSets } from '@fluentui/react/lib/Styling';

/*
 * Colours come from the section's theme: the web parts set --bodyText, --bodySubtext, --bodyDivider,
 * --focusBorder, --accent on their element (onThemeChanged); the fallbacks are SharePoint's defaults.
 * CSS-in-JS (Fluent's mergeStyleSets) so the same components render in SharePoint and on the local page.
 */
const text = 'var(--bodyText, #323130)';
const subtext = 'var(--bodySubtext, #605e5c)';
const divider = 'var(--bodyDivider, #c8c6c4)';
const focus = 'var(--focusBorder, #605e5c)';
const accent = 'var(--accent, #0f6cbd)';

export const classes = mergeStyleSets({
  root: { color: text, fontSize: 14 },
  heading: { margin: '0 0 12px', fontSize: 20, fontWeight: 600 },
  subheading: { margin: '16px 0 8px', fontSize: 16, fontWeight: 600 },
  secondary: { color: subtext },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: 12,
    alignItems: 'flex-end',
    margin: '0 0 12px',
    padding: 0,
    border: 'none',
  },
  filterField: { minWidth: 160 },
  toolbar: { display: 'flex', gap: 12, alignItems: 'center', margin: '8px 0', flexWrap: 'wrap' },
  scroller: {
    overflowX: 'auto',
    selectors: { ':focus-visible': { outline: `2px solid ${focus}`, outlineOffset: 2 } },
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: {
      'th, td': { padding: '8px 12px', textAlign: 'left', verticalAlign: 'top', borderBottom: `1px solid ${divider}` },
      'thead th': { fontWeight: 600, whiteSpace: 'nowrap' },
    },
  },
  rowTitle: { fontWeight: 400 },
  linkButton: {
    background: 'none',
    border: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: accent,
    textAlign: 'left',
    textDecoration: 'underline',
    cursor: 'pointer',
    selectors: { ':focus-visible': { outline: `2px solid ${focus}`, outlineOffset: 2 } },
  },
  overdue: { fontWeight: 600 },
  board: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12 },
  boardColumn: { border: `1px solid ${divider}`, borderRadius: 4, padding: 8, margin: 0 },
  boardList: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
  card: { border: `1px solid ${divider}`, borderRadius: 4, padding: 8 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '4px 12px',
    margin: 0,
    selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } },
  },
  history: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  form: { display: 'grid', gap: 12, margin: '12px 0' },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 12, listStyle: 'none', padding: 0, margin: '0 0 16px' },
  tile: { border: `1px solid ${divider}`, borderRadius: 4, padding: 12 },
  tileValue: { display: 'block', fontSize: 28, fontWeight: 600 },
  chart: { display: 'block', maxWidth: '100%', color: text },
});
