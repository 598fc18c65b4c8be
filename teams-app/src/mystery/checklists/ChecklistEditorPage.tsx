import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  CHECKLIST_SECTIONS,
  MYSTERY_CHANNELS,
  type ChecklistDraft,
  type ChecklistItem,
  type ChecklistReply,
  type ChecklistSection,
  type MysteryChannel,
} from '@kvalita/core';
import { useCallback, useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { PlainSelect } from '../../platform/components/PlainSelect';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { keyFrom } from '../campaigns/campaign-form';
import type { MysteryPageProps } from '../mystery.types';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

const EMPTY: ChecklistDraft = { name: '', channel: 'visit', description: '', items: [] };

/** A checklist version: its items by section with weights and critical flags; a frozen one only as a new version. */
export function ChecklistEditorPage({
  api,
  go,
  checklistId,
}: MysteryPageProps & { readonly checklistId: number | null }) {
  const loaded = useLoad(
    useCallback(
      (signal: AbortSignal) =>
        checklistId === null ? Promise.resolve(null) : api.getChecklist(checklistId, signal),
      [api, checklistId],
    ),
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  return <Editor api={api} go={go} reply={loaded.data} />;
}

function Editor({
  api,
  go,
  reply,
}: Pick<MysteryPageProps, 'api' | 'go'> & { readonly reply: ChecklistReply | null }) {
  const { t } = useI18n();
  const styles = useStyles();
  const action = useAction();
  const stored = reply?.checklist ?? null;
  const [draft, setDraft] = useState<ChecklistDraft>(
    stored
      ? { name: stored.name, channel: stored.channel, description: stored.description, items: stored.items }
      : EMPTY,
  );
  const editable = reply === null || reply.mayEdit;
  const set = (change: Partial<ChecklistDraft>) => setDraft((current) => ({ ...current, ...change }));
  const setItem = (index: number, change: Partial<ChecklistItem>) =>
    set({
      items: draft.items.map((item, at) => {
        if (at !== index) return item;
        const next = { ...item, ...change };
        return next;
      }),
    });
  const move = (index: number, by: number) => {
    const items = [...draft.items];
    const [item] = items.splice(index, 1);
    if (item) items.splice(index + by, 0, item);
    set({ items });
  };
  const save = async () => {
    const saved = await action.run(() =>
      stored === null
        ? api.createChecklist({ draft })
        : api.editChecklist(stored.id, { etag: stored.etag, draft }),
    );
    if (saved) go({ page: 'checklists' }, 'tab.mystery.checklists.saved');
  };
  const newVersion = async () => {
    if (stored === null) return;
    const created = await action.run(() => api.newChecklistVersion(stored.id));
    if (created)
      go({ page: 'checklist', checklistId: created.checklist.id }, 'tab.mystery.checklists.versionCreated');
  };
  return (
    <PageFrame
      heading={
        stored === null
          ? t('tab.mystery.checklists.newHeading')
          : t('tab.mystery.checklists.versionName', { name: stored.name, version: stored.version })
      }
      actions={
        stored !== null &&
        !editable && (
          <Button appearance="primary" disabled={action.busy} onClick={() => void newVersion()}>
            {t('tab.mystery.checklists.newVersion')}
          </Button>
        )
      }
    >
      {!editable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t(
              stored?.superseded
                ? 'tab.mystery.checklists.supersededText'
                : 'tab.mystery.checklists.frozenText',
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className={styles.row}>
          <Field label={t('tab.mystery.checklists.name')} required>
            <Input
              disabled={!editable}
              value={draft.name}
              onChange={(_, data) => set({ name: data.value })}
            />
          </Field>
          <PlainSelect
            label={t('tab.mystery.campaign.channel')}
            value={draft.channel}
            onChange={(value) => editable && set({ channel: value as MysteryChannel })}
          >
            {MYSTERY_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`tab.mystery.channel.${channel}`)}
              </option>
            ))}
          </PlainSelect>
        </div>
        <Field label={t('tab.mystery.form.description')}>
          <Textarea
            disabled={!editable}
            value={draft.description}
            onChange={(_, data) => set({ description: data.value })}
          />
        </Field>
        {draft.items.map((item, index) => (
          <fieldset key={item.key} className={styles.item}>
            <legend>{t('tab.mystery.checklists.itemNumber', { number: index + 1 })}</legend>
            <Field
              label={t('tab.mystery.checklists.itemText')}
              hint={t('tab.mystery.checklists.itemTextHint')}
            >
              <Input
                disabled={!editable}
                value={item.text}
                onChange={(_, data) => setItem(index, { text: data.value })}
              />
            </Field>
            <Field label={t('tab.mystery.checklists.itemHint')}>
              <Textarea
                disabled={!editable}
                value={item.hint}
                onChange={(_, data) => setItem(index, { hint: data.value })}
              />
            </Field>
            <div className={styles.row}>
              <PlainSelect
                label={t('tab.mystery.checklists.section')}
                value={item.section}
                onChange={(value) => editable && setItem(index, { section: value as ChecklistSection })}
              >
                {CHECKLIST_SECTIONS.map((section) => (
                  <option key={section} value={section}>
                    {t(`tab.mystery.section.${section}`)}
                  </option>
                ))}
              </PlainSelect>
              <PlainSelect
                label={t('tab.mystery.checklists.weight')}
                value={String(item.weight)}
                onChange={(value) => editable && setItem(index, { weight: Number(value) })}
              >
                {[1, 2, 3, 4, 5].map((weight) => (
                  <option key={weight} value={weight}>
                    {weight}
                  </option>
                ))}
              </PlainSelect>
              <Checkbox
                disabled={!editable}
                label={t('tab.mystery.checklists.critical')}
                checked={item.critical}
                onChange={(_, data) => setItem(index, { critical: data.checked === true })}
              />
              {editable && (
                <>
                  <Button disabled={index === 0} onClick={() => move(index, -1)}>
                    {t('tab.mystery.checklists.up')}
                  </Button>
                  <Button disabled={index === draft.items.length - 1} onClick={() => move(index, 1)}>
                    {t('tab.mystery.checklists.down')}
                  </Button>
                  <Button onClick={() => set({ items: draft.items.filter((_, at) => at !== index) })}>
                    {t('tab.mystery.form.remove')}
                  </Button>
                </>
              )}
            </div>
          </fieldset>
        ))}
        <ActionError text={action.error} />
        {editable && (
          <div className={styles.row}>
            <Button
              onClick={() =>
                set({
                  items: [
                    ...draft.items,
                    {
                      key: keyFrom(
                        `polozka-${draft.items.length + 1}`,
                        draft.items.map((one) => one.key),
                      ),
                      section: draft.items.at(-1)?.section ?? 'firstContact',
                      text: '',
                      hint: '',
                      weight: 1,
                      critical: false,
                    },
                  ],
                })
              }
            >
              {t('tab.mystery.checklists.addItem')}
            </Button>
            <Button appearance="primary" type="submit" disabled={action.busy}>
              {t('tab.mystery.form.save')}
            </Button>
          </div>
        )}
      </form>
    </PageFrame>
  );
}
