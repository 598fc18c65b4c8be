import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { DuplicateValueError, sharePointCall } from '../errors';
import { odataString } from '../odata';
import { surveyResponsesList } from '../schema';
import { SiteLists } from '../web-url';
import { pagesOf } from './paging';

export interface SurveyAnswer {
  readonly surveyKey: string;
  readonly questionKey: string;
  /** Keyed hash of survey + person: unique, not reversible without the service's secret. */
  readonly respondentKey: string;
  readonly score: number;
  readonly departmentCode: string | null;
}

export type RecordOutcome = 'stored' | 'duplicate';

export class SurveyResponsesRepository {
  private readonly site: SiteLists;

  constructor(sp: SPFI, webServerRelativeUrl?: string) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  /**
   * Stores one answer per respondent key. The column is unique in SharePoint, so two devices or a
   * replayed submit racing each other still end in one row: the loser gets 'duplicate'.
   */
  async record(answer: SurveyAnswer): Promise<RecordOutcome> {
    if (await this.hasAnswered(answer.respondentKey)) return 'duplicate';
    const list = await this.site.list(surveyResponsesList);
    try {
      await sharePointCall(() =>
        list.items.add({
          Title: answer.surveyKey,
          SurveyKey: answer.surveyKey,
          QuestionKey: answer.questionKey,
          RespondentKey: answer.respondentKey,
          Score: answer.score,
          DepartmentCode: answer.departmentCode,
        }),
      );
      return 'stored';
    } catch (error) {
      if (error instanceof DuplicateValueError) return 'duplicate';
      throw error;
    }
  }

  async hasAnswered(respondentKey: string): Promise<boolean> {
    const list = await this.site.list(surveyResponsesList);
    const items = await sharePointCall((): Promise<unknown[]> =>
      list.items
        .select('Id')
        .filter(`RespondentKey eq ${odataString(respondentKey)}`)
        .top(1)(),
    );
    return items.length > 0;
  }

  /**
   * Every answer to a survey question, without identity: the score and the department only.
   * Pages over next links; the first filter clause is on the indexed SurveyKey.
   */
  async answers(
    surveyKey: string,
    questionKey: string,
  ): Promise<{ score: number; departmentCode: string | null }[]> {
    const list = await this.site.list(surveyResponsesList);
    const rows: { score: number; departmentCode: string | null }[] = [];
    const query = list.items
      .select('Score', 'DepartmentCode')
      .filter(`SurveyKey eq ${odataString(surveyKey)} and QuestionKey eq ${odataString(questionKey)}`);
    for await (const page of pagesOf<{ Score: number | null; DepartmentCode: string | null }>(query, 5000)) {
      for (const row of page) {
        if (typeof row.Score === 'number')
          rows.push({ score: row.Score, departmentCode: row.DepartmentCode ?? null });
      }
    }
    return rows;
  }

  async countFor(surveyKey: string): Promise<number> {
    const list = await this.site.list(surveyResponsesList);
    let count = 0;
    for await (const page of list.items
      .select('Id')
      .filter(`SurveyKey eq ${odataString(surveyKey)}`)
      .top(5000)) {
      count += (page as unknown[]).length;
    }
    return count;
  }
}
