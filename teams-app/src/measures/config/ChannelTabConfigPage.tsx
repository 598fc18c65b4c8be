import { Field, Select, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { DepartmentOption } from '@kvalita/core';
import { useEffect, useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useNavigation } from '../../platform/navigation/navigation-context';
import type { ChannelTabConfigPageProps } from './ChannelTabConfigPage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  heading: { display: 'block', margin: 0 },
});

/**
 * A channel tab's configuration: the department whose register the tab shows. The tab's address
 * carries the department (#/measures/department/OD), so the register reads it from there.
 */
export function ChannelTabConfigPage({ api, configureChannelTab }: ChannelTabConfigPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { href } = useNavigation();
  const [departments, setDepartments] = useState<readonly DepartmentOption[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [code, setCode] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    api.getDepartments(controller.signal).then(setDepartments, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(errorText(error, t));
    });
    return () => controller.abort();
  }, [api, t]);
  const chosen = departments?.find((department) => department.code === code) ?? null;
  useEffect(() => {
    if (configureChannelTab === null) return;
    if (chosen === null) {
      configureChannelTab(null);
      return;
    }
    const place = { kind: 'measures', departmentCode: chosen.code } as const;
    configureChannelTab({
      entityId: `measures-${chosen.code}`,
      contentUrl: new URL(href(place), globalThis.location.href).toString(),
      suggestedDisplayName: t('tab.measures.config.tabName', { department: chosen.name }),
    });
  }, [chosen, configureChannelTab, href, t]);
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {t('tab.measures.config.heading')}
      </Title2>
      <p>{t('tab.measures.config.intro')}</p>
      <Field label={t('tab.measures.config.department')} validationMessage={failure ?? undefined}>
        <Select value={code} onChange={(_e, data) => setCode(data.value)}>
          <option value="">{t('tab.measures.config.choose')}</option>
          {(departments ?? []).map((department) => (
            <option key={department.code} value={department.code}>
              {`${department.parentCode ? '— ' : ''}${department.name}`}
            </option>
          ))}
        </Select>
      </Field>
      {chosen !== null && <p role="status">{t('tab.measures.config.ready', { department: chosen.name })}</p>}
    </div>
  );
}
