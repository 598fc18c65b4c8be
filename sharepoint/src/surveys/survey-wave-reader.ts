import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { MAX_PAGE_SIZE } from '../platform/paging';
import type { SealedBox } from '../platform/sealed-box';
import type { SiteContext } from '../platform/site-context';
import { surveyDeliveriesList } from './lists/survey-deliveries';
import { surveyResponsesList } from './lists/survey-responses';
import { SurveyDeliveriesRepository, onDeliveries, waveKey } from './survey-deliveries';
import {
  ANSWER,
  SurveyResponsesRepository,
  onResponses,
  questionWaveKey,
  sealQuery,
  sealedRows,
  storedAnswerReader,
  type AnswerRowRead,
  type StoredAnswer,
} from './survey-responses';

/** Which questions' answers to read of one wave (an open wave: its first question only). */
export interface WaveSlice {
  readonly wave: number;
  readonly questionKeys: readonly string[];
}

export interface WaveRead {
  /** The answers to each of the slice's questions, in its order. */
  readonly answers: StoredAnswer[][];
  /** The wave's invitation rows in every state: the planned audience. */
  readonly invited: number;
  /**
   * Whether the wave is sealed (it has ended and its figures are fixed): then `answers` are only
   * the rows written before the seal, so an answer that lands later never moves them.
   */
  readonly sealed: boolean;
}

/**
 * What a survey's results page reads, for all its waves at once: every question's answers and
 * every wave's invitation rows, in one $batch (100 reads per POST, so a year of weekly waves takes
 * a few). Each read filters first on an indexed key that selects one wave's rows, under the list
 * view threshold however many waves the lists hold. A read that fills a whole page (an office of
 * more than 5,000 people) is read again page by page through the repositories. Each wave's seal
 * row is read in the same $batch; a sealed wave counts only the rows written before its seal.
 */
export class SurveyWaveReader {
  private readonly responses: SurveyResponsesRepository;
  private readonly deliveries: SurveyDeliveriesRepository;

  constructor(
    private readonly site: SiteContext,
    private readonly box: SealedBox,
  ) {
    this.responses = new SurveyResponsesRepository(site, box);
    this.deliveries = new SurveyDeliveriesRepository(site);
  }

  async read(surveyKey: string, slices: readonly WaveSlice[]): Promise<WaveRead[]> {
    if (slices.length === 0) return [];
    const [responsesUrl, deliveriesUrl] = await Promise.all([
      this.site.listUrl(surveyResponsesList),
      this.site.listUrl(surveyDeliveriesList),
    ]);
    const pages = await inOneBatch<unknown[][]>(this.site.sp, (batched) =>
      slices.flatMap(({ wave, questionKeys }) => [
        ...questionKeys.map((questionKey) =>
          ANSWER.applyTo(batched.web.getList(responsesUrl).items)
            .filter(onResponses('QuestionWaveKey', 'eq', questionWaveKey(surveyKey, wave, questionKey)))
            .top(MAX_PAGE_SIZE)<AnswerRowRead[]>(),
        ),
        batched.web
          .getList(deliveriesUrl)
          .items.select('Id')
          .filter(onDeliveries('WaveKey', 'eq', waveKey(surveyKey, wave, 'invitation')))
          .top(MAX_PAGE_SIZE)<{ Id: number }[]>(),
        sealQuery(batched.web.getList(responsesUrl).items, surveyKey, wave),
      ]),
    );
    // The parts come back in the order they were built: each slice's questions, its invitations,
    // its seal.
    let offset = 0;
    const full = (page: readonly unknown[]) => page.length >= MAX_PAGE_SIZE;
    return Promise.all(
      slices.map(async ({ wave, questionKeys }): Promise<WaveRead> => {
        const start = offset;
        offset += questionKeys.length + 2;
        const answerPages = pages.slice(start, start + questionKeys.length) as AnswerRowRead[][];
        const invitations = pages[start + questionKeys.length] ?? [];
        const seal =
          (pages[start + questionKeys.length + 1] as { Id: number }[] | undefined)?.[0]?.Id ?? null;
        const answers = await Promise.all(
          answerPages.map((page, index) =>
            full(page)
              ? this.responses.waveAnswers(surveyKey, wave, questionKeys[index] ?? '', seal)
              : sealedRows(page, seal).map(
                  storedAnswerReader(this.box, surveyKey, wave, questionKeys[index] ?? ''),
                ),
          ),
        );
        const invited = full(invitations)
          ? Object.values(await this.deliveries.countByState(surveyKey, wave, 'invitation')).reduce(
              (sum, count) => sum + count,
              0,
            )
          : invitations.length;
        return { answers, invited, sealed: seal !== null };
      }),
    );
  }
}
