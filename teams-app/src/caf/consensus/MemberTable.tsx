import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { dimensionPoints, proposalDimensions, statistics, type ProposalDimension } from '@kvalita/core';
import type { MessageKey } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatScore } from '../caf-text';
import type { MemberTableProps } from './consensus.types';

const useStyles = makeStyles({
  wrap: { maxWidth: '100%', overflowX: 'auto' },
  table: { borderCollapse: 'collapse', minWidth: '100%' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalS,
  },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  text: { whiteSpace: 'pre-line', minWidth: '10rem' },
  summary: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

const COLUMN: Readonly<Record<ProposalDimension, MessageKey>> = {
  score: 'tab.caf.consensus.score',
  plan: 'tab.caf.consensus.column.plan',
  do: 'tab.caf.consensus.column.do',
  check: 'tab.caf.consensus.column.check',
  act: 'tab.caf.consensus.column.act',
  trends: 'tab.caf.consensus.column.trends',
  targets: 'tab.caf.consensus.column.targets',
};

/**
 * The submitted individual scores of one subcriterion: a row per member, a column per scored
 * dimension (fine-tuned: PLAN–DO–CHECK–ACT or TRENDS–TARGETS, then their mean), the members' full
 * texts, and the team's median per column in the last row.
 */
export function MemberTable({
  method,
  kind,
  code,
  members,
  median,
  canCreateMeasures,
  onCreateMeasure,
}: MemberTableProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const dimensions = method === 'classical' ? [] : proposalDimensions(method, kind);
  const numeric = mergeClasses(styles.cell, styles.numeric);
  const text = mergeClasses(styles.cell, styles.text);
  const dimensionMedian = (dimension: ProposalDimension) =>
    statistics(
      members
        .map((member) => dimensionPoints(member.input, dimension))
        .filter((value): value is number => value !== null),
    )?.median ?? null;
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('tab.caf.consensus.membersCaption', { code })}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t('tab.caf.consensus.member')}
            </th>
            {dimensions.map((dimension) => (
              <th key={dimension} scope="col" className={numeric}>
                {t(COLUMN[dimension])}
              </th>
            ))}
            <th scope="col" className={numeric}>
              {t(method === 'classical' ? 'tab.caf.consensus.score' : 'tab.caf.consensus.mean')}
            </th>
            <th scope="col" className={styles.cell}>
              {t('tab.caf.texts.strengths')}
            </th>
            <th scope="col" className={styles.cell}>
              {t('tab.caf.texts.areas')}
            </th>
            <th scope="col" className={styles.cell}>
              {t('tab.caf.texts.ideas')}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            // The board's order is the only key an anonymous entry has (it carries no id).
            <tr key={index}>
              <th scope="row" className={styles.cell}>
                {member.name ?? t('tab.caf.consensus.anonymous', { number: index + 1 })}
              </th>
              {dimensions.map((dimension) => (
                <td key={dimension} className={numeric}>
                  {formatScore(locale, dimensionPoints(member.input, dimension))}
                </td>
              ))}
              <td className={numeric}>{formatScore(locale, member.score)}</td>
              <td className={text}>{member.strengths}</td>
              <td className={text}>
                {member.areasForImprovement}
                {canCreateMeasures && member.areasForImprovement.trim() !== '' && (
                  <>
                    {' '}
                    <Button size="small" onClick={() => onCreateMeasure(member.areasForImprovement)}>
                      {t('tab.caf.measure.create')}
                    </Button>
                  </>
                )}
              </td>
              <td className={text}>{member.improvementIdeas}</td>
            </tr>
          ))}
        </tbody>
        {members.length > 0 && (
          <tfoot>
            <tr className={styles.summary}>
              <th scope="row" className={mergeClasses(styles.cell, styles.summary)}>
                {t('tab.caf.consensus.median')}
              </th>
              {dimensions.map((dimension) => (
                <td key={dimension} className={mergeClasses(numeric, styles.summary)}>
                  {formatScore(locale, dimensionMedian(dimension))}
                </td>
              ))}
              <td className={mergeClasses(numeric, styles.summary)}>{formatScore(locale, median)}</td>
              <td className={styles.summary} />
              <td className={styles.summary} />
              <td className={styles.summary} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
