import type { IReadonlyTheme } from '@microsoft/sp-component-base';

/** The section's theme as the CSS variables the components read (see measures-ui/styles.ts). */
export function applyThemeVariables(element: HTMLElement, theme: IReadonlyTheme | undefined): void {
  const colors = theme?.semanticColors;
  if (!colors) return;
  const style = element.style;
  style.setProperty('--bodyText', colors.bodyText ?? '');
  style.setProperty('--bodySubtext', colors.bodySubtext ?? '');
  style.setProperty('--bodyDivider', colors.bodyDivider ?? '');
  style.setProperty('--focusBorder', colors.focusBorder ?? '');
  style.setProperty('--accent', colors.link ?? '');
}
