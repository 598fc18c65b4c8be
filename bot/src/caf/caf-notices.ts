import { resolveLocale, type Role } from '@kvalita/core';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { ProactiveSend } from '../platform/delivery/proactive-sender';
import {
  reportAwaitsApprovalCard,
  reportReviewedCard,
  type CycleCardTarget,
  type ReportReview,
} from './cards/report-review-card';

/** A cycle as a notice names it. */
export interface NoticeCycle {
  readonly id: number;
  readonly name: string;
}

/**
 * What the CAF service tells people in chat when the report changes hands. A notice never undoes
 * or fails the change it follows: it is sent after the change is stored, and a person who cannot be
 * reached (no chat with the app yet) is only logged.
 */
export interface CafNotices {
  /** The cycle moved to its report: every director is asked to approve it. */
  reportAwaitsApproval(cycle: NoticeCycle): Promise<void>;
  /** The director approved or returned the report: the team leader is told. */
  reportReviewed(cycle: NoticeCycle, leaderEmail: string | null, review: ReportReview): Promise<void>;
}

export const NO_CAF_NOTICES: CafNotices = {
  reportAwaitsApproval: async () => undefined,
  reportReviewed: async () => undefined,
};

export interface ChatNoticesDeps {
  /** E-mails of the people with a role in the directory. */
  readonly withRole: (role: Role) => Promise<readonly string[]>;
  /** The person's personal chat with the app, or null if they have not installed it. */
  readonly conversation: (email: string) => Promise<StoredBotConversation | null>;
  readonly send: ProactiveSend;
  /** The link that opens the cycle in the tab, or null when the app's Teams id is not configured. */
  readonly link: (cycleId: number) => string | null;
  readonly log: (line: string) => void;
}

/** CafNotices as proactive Adaptive Cards, each in the language of the person's chat. */
export function chatCafNotices(deps: ChatNoticesDeps): CafNotices {
  const target = (cycle: NoticeCycle): CycleCardTarget => ({
    cycleName: cycle.name,
    link: deps.link(cycle.id),
  });
  const tell = async (email: string, card: (locale: ReturnType<typeof resolveLocale>) => object) => {
    try {
      const conversation = await deps.conversation(email);
      if (!conversation) {
        deps.log(`caf notice: ${email} has no chat with the app yet; not told`);
        return;
      }
      const locale = resolveLocale(conversation.locale);
      await deps.send(conversation, MessageFactory.attachment(CardFactory.adaptiveCard(card(locale))));
    } catch (error) {
      deps.log(`caf notice to ${email} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    async reportAwaitsApproval(cycle) {
      let directors: readonly string[];
      try {
        directors = await deps.withRole('director');
      } catch (error) {
        deps.log(
          `caf notice: directors not found: ${error instanceof Error ? error.message : String(error)}`,
        );
        return;
      }
      await Promise.all(
        directors.map((email) => tell(email, (locale) => reportAwaitsApprovalCard(locale, target(cycle)))),
      );
    },
    async reportReviewed(cycle, leaderEmail, review) {
      if (leaderEmail === null) return;
      await tell(leaderEmail, (locale) => reportReviewedCard(locale, target(cycle), review));
    },
  };
}
