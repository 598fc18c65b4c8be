import { describe, expect, it } from '@jest/globals';
import { MANAGERS_MODEL, behaviourKeys, type CompetencyModelDraft } from '@kvalita/core';
import {
  addBehaviour,
  addCompetency,
  addGroup,
  cleanDraft,
  editCompetency,
  newModelDraft,
  removeBehaviour,
  validateModel,
} from '../../src/feedback/models/model-form';

const keysOf = (draft: CompetencyModelDraft) => [
  ...draft.groups.map((group) => group.key),
  ...draft.groups.flatMap((group) => group.competencies.map((competency) => competency.key)),
  ...behaviourKeys(draft),
];

describe('the model editor’s draft', () => {
  it('starts a new model with the five anchors and one competency of three empty behaviours', () => {
    const draft = newModelDraft();
    expect(draft.scale.map((anchor) => anchor.point)).toEqual([1, 2, 3, 4, 5]);
    expect(draft.groups).toHaveLength(1);
    expect(draft.groups[0]?.competencies[0]?.behaviours.map((behaviour) => behaviour.text)).toEqual([
      '',
      '',
      '',
    ]);
  });

  it('gives every added group, competency and behaviour a key nobody in the model has, and keeps stored keys', () => {
    let draft: CompetencyModelDraft = MANAGERS_MODEL;
    draft = addGroup(draft);
    draft = addCompetency(draft, 0);
    draft = addBehaviour(draft, 0, 0);
    draft = addBehaviour(draft, 0, 0);
    const keys = keysOf(draft);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keysOf(MANAGERS_MODEL)) expect(keys).toContain(key);
    expect(keys.every((key) => /^[a-z][a-z0-9-]{0,39}$/.test(key))).toBe(true);
  });

  it('names each missing text at its field, the model rules at their list, and nothing for a good model', () => {
    const errors = validateModel(newModelDraft());
    expect(errors['name']?.key).toBe('tab.feedback.form.required');
    expect(errors['groups.0.name']?.key).toBe('tab.feedback.form.required');
    expect(errors['groups.0.competencies.0.definition']?.key).toBe('tab.feedback.form.required');
    expect(errors['groups.0.competencies.0.behaviours.2.text']?.key).toBe('tab.feedback.form.required');
    expect(errors['groups']).toEqual({
      key: 'tab.feedback.model.rule.competencies',
      values: { min: 3, max: 10, count: '1' },
    });
    expect(validateModel(MANAGERS_MODEL)).toEqual({});
  });

  it('says a competency with two behaviours is short, at its list of behaviours', () => {
    const short = removeBehaviour(MANAGERS_MODEL, 0, 0, 0);
    const trimmed = removeBehaviour(short, 0, 0, 0);
    expect(validateModel(trimmed)['groups.0.competencies.0.behaviours']?.key).toBe(
      'tab.feedback.model.rule.behaviours',
    );
  });

  it('shows a repeated key at the item’s text, never at a key the editor does not show', () => {
    const repeated = editCompetency(MANAGERS_MODEL, 0, 1, (competency) => ({
      ...competency,
      key: MANAGERS_MODEL.groups[0]?.competencies[0]?.key ?? '',
    }));
    const errors = validateModel(repeated);
    expect(errors['groups.0.competencies.1.name']?.key).toBe('tab.feedback.model.rule.duplicateKey');
    expect(Object.keys(errors).some((path) => path.endsWith('.key'))).toBe(false);
  });

  it('sends texts trimmed', () => {
    const spaced = editCompetency(MANAGERS_MODEL, 0, 0, (competency) => ({
      ...competency,
      name: '  Směr  ',
    }));
    expect(cleanDraft({ ...spaced, name: ' Model ' }).groups[0]?.competencies[0]?.name).toBe('Směr');
  });
});
