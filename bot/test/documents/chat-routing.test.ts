import { describe, expect, it } from '@jest/globals';
import { ThrottledError } from '@kvalita/sharepoint';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import {
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DOCUMENT_COMMENT_VERB,
  DOCUMENT_REVIEW_REFRESH_VERB,
} from '../../src/documents/cards/document-card-verbs';
import type { DocumentCardActions } from '../../src/documents/chat/document-card-actions';
import { adaptiveCard } from '../../src/platform/chat/adaptive-card.types';
import { KvalitaBot } from '../../src/platform/chat/kvalita-bot';
import { withDomainErrors } from '../../src/platform/storage-errors';
import type { SurveyAnswering } from '../../src/surveys/answering/survey-answering';
import { JIRI } from './document-fixture';

/** The document cards' actions as the bot sees them: records what reached them. */
function recordingCards(fail = false) {
  const calls: { verb: string; data: Record<string, unknown>; email: string | null; locale: string }[] = [];
  const cards: DocumentCardActions = {
    handles: (verb) => verb !== undefined && verb.startsWith('kvalita.document.'),
    invoke: async (verb, data, email, locale) => {
      if (fail) throw new ThrottledError(429, '', 'throttled', 6, 30);
      calls.push({ verb, data: { ...data }, email, locale });
      return adaptiveCard(locale, [{ type: 'TextBlock', text: `done ${verb}` }]);
    },
  };
  return { calls, cards: fail ? withDomainErrors(cards) : cards };
}

function bot(cards: DocumentCardActions): KvalitaBot {
  return new KvalitaBot({
    answering: {} as SurveyAnswering,
    respondent: async (context) => ({
      personId: context.activity.from.id,
      departmentCode: null,
      email: JIRI,
    }),
    documentCards: cards,
  });
}

const person = {
  channelId: 'msteams',
  from: { id: '29:jiri', name: 'Jiří Kučera' },
  recipient: { id: '28:kvalita', name: 'Kvalita' },
  conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' },
};

async function invoke(cards: DocumentCardActions, verb: string, locale = 'cs-CZ') {
  const adapter = new TestAdapter(async (context) => bot(cards).run(context));
  await adapter.send({
    ...person,
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    locale,
    value: { action: { type: 'Action.Execute', verb, data: { documentId: 7, versionLabel: '1.0' } } },
  } satisfies Partial<Activity>);
  const reply = adapter.activeQueue.splice(0).find((activity) => activity.type === 'invokeResponse');
  return reply?.value as { status: number; body: { type: string; value: unknown } } | undefined;
}

describe('document card actions in the bot', () => {
  it.each([
    DOCUMENT_ACKNOWLEDGE_VERB,
    DOCUMENT_ACK_REFRESH_VERB,
    DOCUMENT_COMMENT_VERB,
    DOCUMENT_REVIEW_REFRESH_VERB,
  ])(
    'routes %s to the documents with the person and their Teams language, answering with the card',
    async (verb) => {
      const { calls, cards } = recordingCards();
      const response = await invoke(cards, verb, 'en-US');
      expect(calls).toEqual([
        { verb, data: { documentId: 7, versionLabel: '1.0' }, email: JIRI, locale: 'en' },
      ]);
      expect(response?.status).toBe(200);
      expect(response?.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(JSON.stringify(response?.body.value)).toContain(`done ${verb}`);
    },
  );

  it('under SharePoint throttling says “try again” with a button that brings the card back, nothing stored', async () => {
    const { cards } = recordingCards(true);
    const response = await invoke(cards, DOCUMENT_ACKNOWLEDGE_VERB);
    expect(response?.status).toBe(200);
    const card = JSON.stringify(response?.body.value);
    expect(card).toContain('Zkuste to prosím znovu za minutu');
    expect(card).toContain(DOCUMENT_ACK_REFRESH_VERB);
    expect(card).toContain('"versionLabel":"1.0"');
  });
});
