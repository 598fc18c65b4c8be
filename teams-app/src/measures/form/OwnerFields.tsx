import { OnePersonField, PeopleListField } from '../../platform/components/PersonFields';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { OwnerFieldsProps } from './MeasureForm.types';

/** The owner (one person, from the directory) and the co-owners (a list, added one at a time). */
export function OwnerFields({ api, values, onChange, errors }: OwnerFieldsProps) {
  const { t } = useI18n();
  const coOwnersError = errors.coOwners;
  return (
    <>
      <OnePersonField
        api={api}
        label={t('tab.measures.form.owner')}
        chosen={
          values.owner === null
            ? t('tab.measures.form.ownerDefault')
            : t('tab.measures.form.ownerChosen', { name: values.owner.displayName })
        }
        onChoose={(owner) => onChange({ ...values, owner })}
      />
      <PeopleListField
        api={api}
        label={t('tab.measures.form.coOwners')}
        listLabel={t('tab.measures.form.coOwnersList')}
        people={values.coOwners}
        onChange={(coOwners) => onChange({ ...values, coOwners })}
        removeLabel={(person) => t('tab.measures.form.remove', { name: person.displayName })}
        error={coOwnersError && t(coOwnersError.key, coOwnersError.values)}
      />
    </>
  );
}
