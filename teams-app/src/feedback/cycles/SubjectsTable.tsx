import { Badge, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Field, Select } from '@fluentui/react-components';
import {
  FEEDBACK_LIMITS,
  NOMINATION_STATES,
  type CycleSubjectsReply,
  type NominationState,
  type SubjectRow,
} from '@kvalita/core';
import { useCallback, useState } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { FilterFieldset, TextFilter, withFilter } from '../../platform/components/RegisterFilterParts';
import { useI18n } from '../../platform/i18n/i18n-context';
import { usePages } from '../../platform/load/use-pages';
import type { SubjectQuery } from '../api/feedback.types';
import { FeedbackLink } from '../parts/FeedbackLink';
import type { CountLineProps, SubjectsTableProps } from './CyclePage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { margin: 0, padding: 0, listStyleType: 'none' },
});

/** A group's count against its rule, flagged in words when outside it. */
function CountLine({ count }: CountLineProps) {
  const { t } = useI18n();
  const outside = count.count < count.rule.min || count.count > count.rule.max;
  return (
    <li>
      {t('tab.feedback.cycle.count', {
        group: t(`tab.feedback.group.${count.group}`),
        count: count.count,
        min: count.rule.min,
        max: count.rule.max,
      })}{' '}
      {outside && (
        <Badge appearance="tint" color="warning">
          {t('tab.feedback.cycle.outsideRule')}
        </Badge>
      )}
    </li>
  );
}

/**
 * The cycle's subjects, a page at a time (590 of them in a whole office): each with their
 * nomination list's state, the counts per group against the rules, and forms done — counts only.
 */
export function SubjectsTable({ api, cycleId }: SubjectsTableProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [query, setQuery] = useState<SubjectQuery>({ pageSize: FEEDBACK_LIMITS.pageSize.default });
  const list = useCallback(
    (page: SubjectQuery, signal?: AbortSignal) => api.listCycleSubjects(cycleId, page, signal),
    [api, cycleId],
  );
  const { state, loadMore, reload } = usePages<SubjectQuery, SubjectRow, CycleSubjectsReply>(list, query);
  return (
    <div className={styles.root}>
      <FilterFieldset legend={t('tab.feedback.cycle.subjectsFilter')}>
        <Field label={t('tab.feedback.cycle.stateFilter')}>
          <Select
            value={query.state ?? ''}
            onChange={(_e, data) =>
              setQuery(
                withFilter(query, 'state', data.value === '' ? undefined : (data.value as NominationState)),
              )
            }
          >
            <option value="">{t('tab.feedback.cycle.anyState')}</option>
            {NOMINATION_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`tab.feedback.nominationState.${state}`)}
              </option>
            ))}
          </Select>
        </Field>
        <TextFilter
          label={t('tab.feedback.cycle.search')}
          type="email"
          maxLength={FEEDBACK_LIMITS.email}
          value={query.email ?? ''}
          onApply={(text) => setQuery(withFilter(query, 'email', text === '' ? undefined : text))}
        />
      </FilterFieldset>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' &&
        (state.items.length === 0 ? (
          <p>{t('tab.feedback.cycle.noSubjects')}</p>
        ) : (
          <DataTable
            caption={t('tab.feedback.cycle.subjectsCaption', {
              shown: state.items.length,
              total: state.reply.total,
            })}
            columns={[
              t('tab.feedback.cycle.subject'),
              t('tab.feedback.cycle.department'),
              t('tab.feedback.cycle.manager'),
              t('tab.feedback.cycle.nominationState'),
              t('tab.feedback.cycle.raters'),
              t('tab.feedback.cycle.formsDone'),
            ]}
            rows={state.items.map((row) => ({
              key: String(row.subject.id),
              header: (
                <FeedbackLink to={{ page: 'nominations', cycleId, subjectId: row.subject.id }}>
                  {row.subject.person.displayName}
                </FeedbackLink>
              ),
              cells: [
                row.subject.departmentName ?? '—',
                row.subject.manager?.displayName ?? '—',
                t(`tab.feedback.nominationState.${row.subject.nominationState}`),
                <ul className={styles.counts}>
                  {row.counts.map((count) => (
                    <CountLine key={count.group} count={count} />
                  ))}
                </ul>,
                t('tab.feedback.cycle.ofForms', { count: row.formsDone, total: row.forms }),
              ],
            }))}
          />
        ))}
      {state.status === 'ready' && state.reply.nextPage !== null && (
        <div>
          {state.loadingMore ? (
            <Spinner size="tiny" label={t('tab.loading')} />
          ) : (
            <Button onClick={loadMore}>{t('tab.feedback.cycle.loadMore')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
