import { pagesOf } from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { siteAdminAttribution, type RawRow } from '../support/site-admin-attack';

const present = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * The raw answer list of a survey as a site collection administrator reads it (every column of
 * every row), and what they re-identify from it: comments tied to a department by the rows written
 * beside them, answer values readable at all, rows of one question that differ in length, and
 * small departments whose figures the rows would give. Every target is nothing (docs/privacy.md).
 */
export async function rawListPrivacy(sp: SPFI, surveyKey: string, threshold: number): Promise<string[][]> {
  // The whole list page by page, as an administrator exports it (an unfiltered read in pages of
  // 5,000 is what SharePoint allows on a list above the view threshold).
  const query = sp.web.getList('/sites/kvalita/Lists/KvalitaSurveyResponses').items;
  const rows: RawRow[] = [];
  for await (const page of pagesOf<RawRow>(query, 5000)) rows.push(...page);
  const answers = rows.filter(
    (row) => row['SurveyKey'] === surveyKey && !String(row['QuestionKey']).startsWith('~'),
  );
  const { attributed, readable } = siteAdminAttribution(answers);
  const lengths = new Map<string, Set<number>>();
  for (const row of answers) {
    const question = String(row['QuestionKey']);
    const seen = lengths.get(question) ?? new Set<number>();
    seen.add(String(row['SealedAnswer'] ?? '').length);
    lengths.set(question, seen);
  }
  const lengthsPerQuestion = Math.max(0, ...[...lengths.values()].map((seen) => seen.size));
  const perDepartment = new Map<string, number>();
  for (const row of answers)
    if (present(row['DepartmentCode']) && present(row['Score'])) {
      const key = `${String(row['Wave'])}#${String(row['QuestionKey'])}#${String(row['DepartmentCode'])}`;
      perDepartment.set(key, (perDepartment.get(key) ?? 0) + 1);
    }
  const smallGroups = [...perDepartment.values()].filter((count) => count < threshold).length;
  const check = (value: number, target: number) => (value === target ? `= ${target} ✓` : `= ${target} OVER`);
  return [
    [`answer rows read as a site admin (${surveyKey}, every column)`, String(answers.length), ''],
    ['comments tied to a department by neighbouring rows', String(attributed), check(attributed, 0)],
    ['rows with a readable score, option, comment or department', String(readable), check(readable, 0)],
    [
      'sealed lengths among the rows of one question',
      String(lengthsPerQuestion),
      check(lengthsPerQuestion, 1),
    ],
    [
      `department figures under ${threshold} respondents the rows give`,
      String(smallGroups),
      check(smallGroups, 0),
    ],
  ];
}
