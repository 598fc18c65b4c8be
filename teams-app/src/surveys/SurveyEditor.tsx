import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime, type SurveyDraft, type SurveyStatus, SURVEY_LIMITS } from '@kvalita/core';
import { useRef, useState } from 'react';
import { useI18n } from '../platform/i18n/i18n-context';
import { ModalDialog } from '../platform/components/ModalDialog';
import { errorText } from '../platform/components/error-text';
import { AudienceFields } from './AudienceFields';
import { CardPreview } from './CardPreview';
import { checkForm, emptyQuestion, type FormErrors, type SurveyForm } from './draft-form';
import { EvidenceFields } from './EvidenceFields';
import { QuestionEditor } from './QuestionEditor';
import { ScheduleFields } from './ScheduleFields';
import type { SurveyPageProps } from './surveys.types';
import { TextPair } from './TextPair';

export interface SurveyEditorProps extends SurveyPageProps {
  readonly initial: SurveyForm;
  /** The stored survey being edited; null until the first save. */
  readonly saved: { readonly key: string; readonly etag: string; readonly status: SurveyStatus } | null;
  /** Told the key of a new survey once it is first stored (its address changes to it). */
  readonly onCreated?: (key: string) => void;
}

type Confirm = 'publish' | 'delete' | null;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** The authoring form: texts, questions, audience, schedule, CAF evidence; save, preview, publish, delete. */
export function SurveyEditor({ api, go, initial, saved: initiallySaved, onCreated }: SurveyEditorProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [form, setForm] = useState<SurveyForm>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState(initiallySaved);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [confirm, setConfirm] = useState<{ kind: Exclude<Confirm, null>; draft: SurveyDraft | null } | null>(
    null,
  );
  const [preview, setPreview] = useState<{ draft: SurveyDraft; id: number } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const editable = saved === null || saved.status === 'draft';

  const error = (path: string) => {
    const found = errors[path];
    return found === undefined ? undefined : t(found.key, found.params);
  };
  const patch = (next: Partial<SurveyForm>) => setForm((current) => ({ ...current, ...next }));
  const show = (intent: 'success' | 'error', text: string) => {
    setMessage({ intent, text });
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  /** The draft if the form is valid; otherwise the messages go next to their fields. */
  const checked = (): SurveyDraft | null => {
    const result = checkForm(form);
    if ('errors' in result) {
      setErrors(result.errors);
      show('error', t('tab.surveys.editor.invalid', { count: Object.keys(result.errors).length }));
      return null;
    }
    setErrors({});
    return result.draft;
  };

  /** Creates or updates the stored draft; returns its key and new etag. */
  const store = async (draft: SurveyDraft) => {
    const survey =
      saved === null ? await api.createSurvey(draft) : await api.updateSurvey(saved.key, draft, saved.etag);
    const next = { key: survey.key, etag: survey.etag, status: survey.status };
    setSaved(next);
    if (saved === null) onCreated?.(survey.key);
    return next;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      show('error', errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const draft = checked();
    if (draft === null) return;
    void run(async () => {
      await store(draft);
      show('success', t('tab.surveys.editor.saved'));
    });
  };
  const askPublish = () => {
    const draft = checked();
    if (draft !== null) setConfirm({ kind: 'publish', draft });
  };
  const publish = (draft: SurveyDraft) =>
    run(async () => {
      setConfirm(null);
      const stored = await store(draft);
      await api.publishSurvey(stored.key, stored.etag);
      go({ kind: 'surveys' }, 'tab.surveys.list.published');
    });
  const remove = () =>
    run(async () => {
      setConfirm(null);
      if (saved !== null) await api.deleteSurvey(saved.key, saved.etag);
      go({ kind: 'surveys' }, 'tab.surveys.list.deleted');
    });
  const showPreview = () => {
    const draft = checked();
    if (draft !== null) setPreview((last) => ({ draft, id: (last?.id ?? 0) + 1 }));
  };

  const moveQuestion = (index: number, offset: -1 | 1) => {
    const questions = [...form.questions];
    const [moved] = questions.splice(index, 1);
    if (moved === undefined) return;
    const target = index + offset;
    questions.splice(target, 0, moved);
    patch({ questions });
    // Keyboard users stay on the question they moved (on the other button where this one is now disabled).
    const edge = target === 0 ? 'down' : target === questions.length - 1 ? 'up' : offset < 0 ? 'up' : 'down';
    requestAnimationFrame(() => document.getElementById(`question-${moved.key}-${edge}`)?.focus());
  };

  return (
    <>
      <div ref={messageRef} tabIndex={-1} role="status">
        {message !== null && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {!editable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('tab.surveys.editor.notDraft')}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <section className={styles.section} aria-labelledby="survey-texts">
          <h2 id="survey-texts" className={styles.heading}>
            {t('tab.surveys.editor.texts')}
          </h2>
          <TextPair
            labelCs={t('tab.surveys.editor.titleCs')}
            labelEn={t('tab.surveys.editor.titleEn')}
            hintEn={t('tab.surveys.editor.englishHint')}
            cs={form.titleCs}
            en={form.titleEn}
            maxLength={SURVEY_LIMITS.title}
            required
            errorCs={error('title.cs')}
            errorEn={error('title.en')}
            onChange={({ cs, en }) => patch({ titleCs: cs, titleEn: en })}
          />
          <TextPair
            labelCs={t('tab.surveys.editor.introCs')}
            labelEn={t('tab.surveys.editor.introEn')}
            cs={form.introCs}
            en={form.introEn}
            maxLength={SURVEY_LIMITS.introduction}
            multiline
            errorCs={error('introduction.cs')}
            errorEn={error('introduction.en')}
            onChange={({ cs, en }) => patch({ introCs: cs, introEn: en })}
          />
        </section>
        <section className={styles.section} aria-labelledby="survey-questions">
          <h2 id="survey-questions" className={styles.heading}>
            {t('tab.surveys.editor.questions', {
              count: form.questions.length,
              max: SURVEY_LIMITS.maxQuestions,
            })}
          </h2>
          {form.questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              question={question}
              index={index}
              count={form.questions.length}
              error={error}
              onChange={(next) =>
                patch({ questions: form.questions.map((item) => (item.key === question.key ? next : item)) })
              }
              onMove={(offset) => moveQuestion(index, offset)}
              onRemove={() =>
                patch({ questions: form.questions.filter((item) => item.key !== question.key) })
              }
            />
          ))}
          <div>
            <Button
              disabled={form.questions.length >= SURVEY_LIMITS.maxQuestions}
              onClick={() => patch({ questions: [...form.questions, emptyQuestion(form.questions)] })}
            >
              {t('tab.surveys.editor.addQuestion')}
            </Button>
          </div>
        </section>
        <section className={styles.section} aria-labelledby="survey-audience">
          <h2 id="survey-audience" className={styles.heading}>
            {t('tab.surveys.editor.audience')}
          </h2>
          <AudienceFields api={api} form={form} error={error('audience.departmentCodes')} onChange={patch} />
        </section>
        <section className={styles.section} aria-labelledby="survey-schedule">
          <h2 id="survey-schedule" className={styles.heading}>
            {t('tab.surveys.editor.schedule')}
          </h2>
          <ScheduleFields form={form} error={error} onChange={patch} />
        </section>
        <section className={styles.section} aria-labelledby="survey-evidence">
          <h2 id="survey-evidence" className={styles.heading}>
            {t('tab.surveys.editor.evidence')}
          </h2>
          <EvidenceFields selected={form.evidenceFor} onChange={(evidenceFor) => patch({ evidenceFor })} />
        </section>
        <div className={styles.bar}>
          {editable && (
            <Button appearance="primary" type="submit" disabled={busy}>
              {t('tab.surveys.editor.save')}
            </Button>
          )}
          <Button disabled={busy} onClick={showPreview}>
            {t('tab.surveys.editor.preview')}
          </Button>
          {editable && (
            <Button disabled={busy} onClick={askPublish}>
              {t('tab.surveys.editor.publish')}
            </Button>
          )}
          {saved !== null && saved.status === 'draft' && (
            <Button disabled={busy} onClick={() => setConfirm({ kind: 'delete', draft: null })}>
              {t('tab.surveys.editor.delete')}
            </Button>
          )}
          <Button disabled={busy} onClick={() => go({ kind: 'surveys' })}>
            {t('tab.surveys.editor.back')}
          </Button>
        </div>
      </form>
      {preview !== null && (
        <section className={styles.section} aria-labelledby="survey-preview">
          <h2 id="survey-preview" className={styles.heading}>
            {t('tab.surveys.preview.heading')}
          </h2>
          <p>{t('tab.surveys.preview.note')}</p>
          <CardPreview key={preview.id} api={api} draft={preview.draft} />
        </section>
      )}
      {confirm?.kind === 'publish' && confirm.draft !== null && (
        <ModalDialog
          title={t('tab.surveys.publish.title')}
          onDismiss={() => setConfirm(null)}
          actions={
            <>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void publish(confirm.draft as SurveyDraft)}
              >
                {t('tab.surveys.publish.confirm')}
              </Button>
              <Button onClick={() => setConfirm(null)}>{t('tab.caf.cancel')}</Button>
            </>
          }
        >
          <p>
            {t('tab.surveys.publish.body', {
              opens: formatDateTime(locale, confirm.draft.schedule.opensAt),
              audience:
                confirm.draft.audience.kind === 'office'
                  ? t('tab.surveys.audience.office')
                  : t('tab.surveys.publish.departments', {
                      count: confirm.draft.audience.departmentCodes.length,
                    }),
            })}
          </p>
        </ModalDialog>
      )}
      {confirm?.kind === 'delete' && (
        <ModalDialog
          title={t('tab.surveys.delete.title')}
          onDismiss={() => setConfirm(null)}
          actions={
            <>
              <Button appearance="primary" disabled={busy} onClick={() => void remove()}>
                {t('tab.surveys.delete.confirm')}
              </Button>
              <Button onClick={() => setConfirm(null)}>{t('tab.caf.cancel')}</Button>
            </>
          }
        >
          <p>{t('tab.surveys.delete.body')}</p>
        </ModalDialog>
      )}
    </>
  );
}
