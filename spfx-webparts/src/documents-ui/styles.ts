import { mergeStyleSets } from '@fluentui/react/lib/Styling';

/** The documents web parts' few own styles; everything else is the measures web parts' (measures-ui/styles.ts). */
export const documentClasses = mergeStyleSets({
  /** A code such as "SM-01" never breaks at its hyphen. */
  code: { whiteSpace: 'nowrap' },
  /** Buttons under an item's text. */
  itemActions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 8 },
  itemHeading: { margin: '0 0 8px', fontSize: 16, fontWeight: 600 },
  commentsHeading: { margin: '8px 0 4px', fontSize: 14, fontWeight: 600 },
});
