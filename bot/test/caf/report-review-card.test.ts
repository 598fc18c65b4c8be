import { describe, expect, it } from '@jest/globals';
import { cyclePlace } from '@kvalita/core';
import { reportAwaitsApprovalCard, reportReviewedCard } from '../../src/caf/cards/report-review-card';
import { tabDeepLink } from '../../src/platform/chat/tab-deep-link';

const link = tabDeepLink('3f2b1c9e-5a7d-4e60-9b1f-2c8d7e6a5b40', cyclePlace(7, 'results'));
const texts = (card: object) => JSON.stringify(card);

describe('CAF report cards', () => {
  it('asks the director to approve, in their language, with a link to the cycle in the tab', () => {
    const card = reportAwaitsApprovalCard('en', { cycleName: 'CAF 2026', link });
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'en' });
    expect(card.body[0]).toMatchObject({
      type: 'TextBlock',
      text: 'A self-assessment report waits for your approval',
    });
    expect(texts(card.body)).toContain('“CAF 2026”');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the cycle’s results', url: link }]);
    expect(
      link.startsWith(
        'https://teams.microsoft.com/l/entity/3f2b1c9e-5a7d-4e60-9b1f-2c8d7e6a5b40/caf?context=',
      ),
    ).toBe(true);
    expect(JSON.parse(decodeURIComponent(link.split('context=')[1] ?? ''))).toEqual({
      subEntityId: 'caf/7/results',
    });
  });

  it('tells the leader the report was returned, with the reason as plain text', () => {
    const card = reportReviewedCard(
      'cs',
      { cycleName: 'Sebehodnocení **2026**', link },
      { outcome: 'returned', byName: 'Mgr. Petr Svoboda', note: 'Doplňte [důkazy](javascript:alert(1)).' },
    );
    expect(card.lang).toBe('cs');
    expect(card.body[0]).toMatchObject({
      text: 'Zpráva o sebehodnocení je vrácena k přepracování',
      color: 'Attention',
    });
    // What people typed (the cycle's name, the reason) is never read as markdown.
    const runs = card.body.filter((element) => element.type === 'RichTextBlock');
    expect(texts(runs)).toContain('Sebehodnocení **2026**');
    expect(texts(runs)).toContain('Doplňte [důkazy](javascript:alert(1)).');
    expect(texts(card.body)).toContain('Důvod');
  });

  it('tells the leader the report was approved, with the comment only when there is one', () => {
    const withComment = reportReviewedCard(
      'en',
      { cycleName: 'CAF 2026', link },
      { outcome: 'approved', byName: 'Petr Svoboda', note: 'Well done.' },
    );
    expect(withComment.body[0]).toMatchObject({
      text: 'The self-assessment report is approved',
      color: 'Good',
    });
    expect(texts(withComment.body)).toContain('Comment');
    expect(texts(withComment.body)).toContain('Well done.');
    const without = reportReviewedCard(
      'en',
      { cycleName: 'CAF 2026', link },
      { outcome: 'approved', byName: 'Petr Svoboda', note: '' },
    );
    expect(texts(without.body)).not.toContain('Comment');
  });

  it('says where the report is when the app’s Teams id is not known', () => {
    const card = reportAwaitsApprovalCard('cs', { cycleName: 'CAF 2026', link: null });
    expect(card.actions).toBeUndefined();
    expect(texts(card.body)).toContain('na kartě CAF');
  });
});
