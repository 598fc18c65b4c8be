/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cs, type ChecklistItem } from '@kvalita/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ItemField } from '../../src/mystery/sheets/ItemField';
import { I18nProvider } from '../../src/platform/i18n/I18nProvider';

const item = (critical: boolean): ChecklistItem => ({
  key: critical ? 'cp-correct' : 'co-plain',
  section: critical ? 'competence' : 'communication',
  text: critical ? 'Informace byla správná' : 'Pracovník mluvil srozumitelně',
  hint: 'Částečně: vysvětlil jen část.',
  weight: 2,
  critical,
});

function renderItem(critical: boolean, disabled = false) {
  const onAnswer = jest.fn();
  const onNote = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider
        catalogue={{ locale: 'cs', parts: ['start', 'pages'], messages: cs }}
        onLocaleChange={() => undefined}
        requirePart={() => undefined}
      >
        <ItemField
          item={item(critical)}
          value={{ answer: null, note: '' }}
          disabled={disabled}
          onAnswer={onAnswer}
          onNote={onNote}
        />
      </I18nProvider>
    </FluentProvider>,
  );
  return { onAnswer, onNote };
}

describe('a checklist item on the evaluator’s form', () => {
  it('offers yes, partly, no and not applicable as one radio group named by the statement', () => {
    const { onAnswer } = renderItem(false);
    const group = screen.getByRole('radiogroup', { name: /Pracovník mluvil srozumitelně/ });
    for (const name of ['Ano', 'Částečně', 'Ne', 'Nelze posoudit'])
      expect(within(group).getByRole('radio', { name })).toBeTruthy();
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    fireEvent.click(within(group).getByRole('radio', { name: 'Částečně' }));
    expect(onAnswer).toHaveBeenCalledWith('partly');
    expect(screen.getByText('Částečně: vysvětlil jen část.')).toBeTruthy();
  });

  it('gives a critical item no "partly", and says it is critical', () => {
    renderItem(true);
    const group = screen.getByRole('radiogroup', { name: /Informace byla správná \(kritická položka\)/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(within(group).queryByRole('radio', { name: 'Částečně' })).toBeNull();
  });

  it('takes a note on the item', () => {
    const { onNote } = renderItem(false);
    fireEvent.change(screen.getByRole('textbox', { name: 'Poznámka k položce' }), {
      target: { value: 'Bez žargonu.' },
    });
    expect(onNote).toHaveBeenCalledWith('Bez žargonu.');
  });

  it('is read-only on a sheet the person may no longer record', () => {
    renderItem(false, true);
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).disabled).toBe(true);
    expect(
      (screen.getByRole('textbox', { name: 'Poznámka k položce' }) as HTMLTextAreaElement).disabled,
    ).toBe(true);
  });
});
