/**
 * Renders Adaptive Card JSON with Microsoft's `adaptivecards` renderer (loaded on first use: the
 * tab's start does not download it). Nothing in the preview sends anything: actions are ignored.
 * After rendering, a few attributes are adjusted so the card's markup meets the accessibility
 * rules the rest of the tab meets (see fixAccessibility).
 */
export async function renderCard(
  json: Record<string, unknown>,
  target: HTMLElement,
  ids: string,
): Promise<void> {
  const AC = await import('adaptivecards');
  const card = new AC.AdaptiveCard();
  card.onExecuteAction = () => undefined;
  card.parse(json);
  const element = card.render();
  if (element === undefined) throw new Error('The card did not render.');
  fixAccessibility(element, ids);
  target.replaceChildren(element);
}

/**
 * The renderer's markup as it comes: the card root is a focusable div with no role, and generated
 * ids are shared by every card rendered on the page (two previews side by side). The root becomes
 * a plain container (the labelled region around it is what the keyboard reaches), and ids get a
 * per-preview prefix with the references to them.
 */
export function fixAccessibility(root: HTMLElement, prefix: string): void {
  root.removeAttribute('tabindex');
  root.removeAttribute('role');
  root.removeAttribute('aria-label');
  const renamed = new Map<string, string>();
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[id]'))) {
    const id = `${prefix}-${element.id}`;
    renamed.set(element.id, id);
    element.id = id;
  }
  for (const attribute of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
    for (const element of Array.from(root.querySelectorAll<HTMLElement>(`[${attribute}]`))) {
      const value = element.getAttribute(attribute) ?? '';
      element.setAttribute(
        attribute,
        value
          .split(/\s+/)
          .map((id) => renamed.get(id) ?? id)
          .join(' '),
      );
    }
  }
}
