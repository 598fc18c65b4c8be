import type { Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from '../support/browser';

/**
 * axe once the page is still: Fluent buttons fade between colours after a click, and a colour
 * caught halfway is not one a user reads. Waits for the running CSS transitions to finish first.
 */
export async function settledAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(async () => {
    // Runs in the page; the test project has no DOM types, hence the narrow shape.
    const doc = (globalThis as unknown as { document: { getAnimations(): { finished: Promise<unknown> }[] } })
      .document;
    await Promise.all(doc.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
  return axeViolations(page);
}
