import { describe, expect, it } from '@jest/globals';
import { surveysChatCs } from '../../../core/src/i18n/areas/surveys-chat.cs';
import { surveyStatusCard } from '../../src/surveys/cards/survey-status-card';

describe('chat wording', () => {
  it('calls a closed survey "uzavřený", as the tab does, and never "ukončený"', () => {
    const card = JSON.stringify(surveyStatusCard('cs', { cs: 'Pulz', en: 'Pulse' }, 'closed'));
    expect(card).toContain('uzavřený');
    expect(JSON.stringify(surveysChatCs)).not.toMatch(/ukončen|Ukončen/);
  });
});
