import { OnePersonField, PeopleListField } from '../../platform/components/PersonFields';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { DocumentPeopleFieldsProps } from './DocumentForm.types';

/** The owner, the approver (one person each) and the reviewers (added one at a time), from the directory. */
export function DocumentPeopleFields({ api, values, onChange, errors }: DocumentPeopleFieldsProps) {
  const { t } = useI18n();
  const approverError = errors.approver;
  const reviewersError = errors.reviewers;
  return (
    <>
      <OnePersonField
        api={api}
        label={t('tab.documents.form.owner')}
        chosen={
          values.owner === null
            ? t('tab.documents.form.ownerDefault')
            : t('tab.documents.form.ownerChosen', { name: values.owner.displayName })
        }
        onChoose={(owner) => onChange({ ...values, owner })}
      />
      <OnePersonField
        api={api}
        label={t('tab.documents.form.approver')}
        chosen={
          values.approver === null
            ? t('tab.documents.form.approverMissing')
            : t('tab.documents.form.approverChosen', { name: values.approver.displayName })
        }
        validationMessage={approverError && t(approverError.key, approverError.values)}
        onChoose={(approver) => onChange({ ...values, approver })}
      />
      <PeopleListField
        api={api}
        label={t('tab.documents.form.reviewers')}
        listLabel={t('tab.documents.form.reviewersList')}
        people={values.reviewers}
        onChange={(reviewers) => onChange({ ...values, reviewers })}
        removeLabel={(person) => t('tab.documents.form.remove', { name: person.displayName })}
        error={reviewersError && t(reviewersError.key, reviewersError.values)}
      />
    </>
  );
}
