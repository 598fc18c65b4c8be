import {
  DEMO_SCALE,
  FEEDBACK_LIMITS,
  modelProblems,
  type Behaviour,
  type Competency,
  type CompetencyGroup,
  type CompetencyModelDraft,
} from '@kvalita/core';
import type { FieldError, FieldErrors } from '../parts/field-error';

/*
 * The model editor's values are the contract's draft itself; these are its edits (each returns a
 * new draft) and its checks. Keys are never typed: a stored item keeps its key (ratings are kept
 * by behaviour key), a new one gets a fresh key unique in the model.
 */

const L = FEEDBACK_LIMITS;

function takenKeys(draft: CompetencyModelDraft): Set<string> {
  const keys = new Set<string>();
  for (const group of draft.groups) {
    keys.add(group.key);
    for (const competency of group.competencies) {
      keys.add(competency.key);
      for (const behaviour of competency.behaviours) keys.add(behaviour.key);
    }
  }
  return keys;
}

/** `prefix` followed by the first number that makes a key nobody in the model has. */
function freshKey(draft: CompetencyModelDraft, prefix: string): string {
  const taken = takenKeys(draft);
  const stem = prefix.slice(0, L.key - 4);
  for (let number = 1; ; number += 1) {
    const key = `${stem}${number}`;
    if (!taken.has(key)) return key;
  }
}

const emptyBehaviour = (key: string): Behaviour => ({ key, text: '' });

function emptyCompetency(draft: CompetencyModelDraft): Competency {
  const key = freshKey(draft, 'k');
  return {
    key,
    name: '',
    definition: '',
    behaviours: Array.from({ length: L.behavioursPerCompetency.min }, (_unused, index) =>
      emptyBehaviour(`${key}-${index + 1}`),
    ),
  };
}

/** A new model: the office's usual five-point scale to start from, one group with one competency. */
export function newModelDraft(): CompetencyModelDraft {
  const start: CompetencyModelDraft = { name: '', description: '', scale: DEMO_SCALE, groups: [] };
  const group: CompetencyGroup = { key: 'skupina1', name: '', competencies: [] };
  const withGroup = { ...start, groups: [group] };
  return { ...withGroup, groups: [{ ...group, competencies: [emptyCompetency(withGroup)] }] };
}

const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((old, at) => (at === index ? item : old));
const removeAt = <T>(items: readonly T[], index: number): T[] => items.filter((_old, at) => at !== index);

export function editGroup(
  draft: CompetencyModelDraft,
  g: number,
  edit: (group: CompetencyGroup) => CompetencyGroup,
): CompetencyModelDraft {
  const group = draft.groups[g];
  return group === undefined ? draft : { ...draft, groups: replaceAt(draft.groups, g, edit(group)) };
}

export function editCompetency(
  draft: CompetencyModelDraft,
  g: number,
  c: number,
  edit: (competency: Competency) => Competency,
): CompetencyModelDraft {
  return editGroup(draft, g, (group) => {
    const competency = group.competencies[c];
    return competency === undefined
      ? group
      : { ...group, competencies: replaceAt(group.competencies, c, edit(competency)) };
  });
}

export const addGroup = (draft: CompetencyModelDraft): CompetencyModelDraft => {
  const group: CompetencyGroup = { key: freshKey(draft, 'skupina'), name: '', competencies: [] };
  const withGroup = { ...draft, groups: [...draft.groups, group] };
  return editGroup(withGroup, withGroup.groups.length - 1, (added) => ({
    ...added,
    competencies: [emptyCompetency(withGroup)],
  }));
};

export const removeGroup = (draft: CompetencyModelDraft, g: number): CompetencyModelDraft => ({
  ...draft,
  groups: removeAt(draft.groups, g),
});

export const addCompetency = (draft: CompetencyModelDraft, g: number): CompetencyModelDraft =>
  editGroup(draft, g, (group) => ({
    ...group,
    competencies: [...group.competencies, emptyCompetency(draft)],
  }));

export const removeCompetency = (draft: CompetencyModelDraft, g: number, c: number): CompetencyModelDraft =>
  editGroup(draft, g, (group) => ({ ...group, competencies: removeAt(group.competencies, c) }));

export const addBehaviour = (draft: CompetencyModelDraft, g: number, c: number): CompetencyModelDraft =>
  editCompetency(draft, g, c, (competency) => ({
    ...competency,
    behaviours: [...competency.behaviours, emptyBehaviour(freshKey(draft, `${competency.key}-`))],
  }));

export const removeBehaviour = (
  draft: CompetencyModelDraft,
  g: number,
  c: number,
  b: number,
): CompetencyModelDraft =>
  editCompetency(draft, g, c, (competency) => ({
    ...competency,
    behaviours: removeAt(competency.behaviours, b),
  }));

/** A model as the service keeps it: texts trimmed. */
export function cleanDraft(draft: CompetencyModelDraft): CompetencyModelDraft {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    scale: draft.scale.map((anchor) => ({
      ...anchor,
      label: anchor.label.trim(),
      description: anchor.description.trim(),
    })),
    groups: draft.groups.map((group) => ({
      ...group,
      name: group.name.trim(),
      competencies: group.competencies.map((competency) => ({
        ...competency,
        name: competency.name.trim(),
        definition: competency.definition.trim(),
        behaviours: competency.behaviours.map((behaviour) => ({ ...behaviour, text: behaviour.text.trim() })),
      })),
    })),
  };
}

/** The model rules' messages (core's modelProblems), by the path the editor shows them at. */
function ruleError(kind: ReturnType<typeof modelProblems>[number]['kind'], value: string): FieldError {
  switch (kind) {
    case 'groupsCount':
      return { key: 'tab.feedback.model.rule.groups', values: { ...L.groupsPerModel, count: value } };
    case 'competenciesCount':
      return {
        key: 'tab.feedback.model.rule.competencies',
        values: { ...L.competenciesPerModel, count: value },
      };
    case 'behavioursCount':
      return { key: 'tab.feedback.model.rule.behaviours', values: L.behavioursPerCompetency };
    case 'behavioursTotal':
      return {
        key: 'tab.feedback.model.rule.behavioursTotal',
        values: { max: L.behavioursPerModel, count: value },
      };
    case 'duplicateKey':
      return { key: 'tab.feedback.model.rule.duplicateKey', values: { key: value } };
    case 'anchors':
      return { key: 'tab.feedback.model.rule.anchors' };
    case 'emptyGroup':
      return { key: 'tab.feedback.model.rule.emptyGroup' };
  }
}

/** Where the editor shows a problem about an item's key: at the item's name (a behaviour's text). */
function shownPath(path: string): string {
  if (!path.endsWith('.key')) return path;
  return path.replace(/\.key$/, /behaviours\.\d+\.key$/.test(path) ? '.text' : '.name');
}

/**
 * Every rule a person can break in the editor, each at its field: texts required and not too
 * long, then the model's rules (3–10 competencies, 3–6 behaviours each, five anchors …). The
 * service checks them all again.
 */
export function validateModel(draft: CompetencyModelDraft): FieldErrors {
  const errors: Record<string, FieldError> = {};
  const text = (path: string, value: string, max: number, required: boolean) => {
    const trimmed = value.trim();
    if (required && trimmed === '') errors[path] = { key: 'tab.feedback.form.required' };
    else if (trimmed.length > max) errors[path] = { key: 'tab.feedback.form.tooLong', values: { max } };
  };
  text('name', draft.name, L.modelName, true);
  text('description', draft.description, L.description, false);
  draft.scale.forEach((anchor, a) => {
    text(`scale.${a}.label`, anchor.label, L.anchorLabel, true);
    text(`scale.${a}.description`, anchor.description, L.anchorDescription, false);
  });
  draft.groups.forEach((group, g) => {
    text(`groups.${g}.name`, group.name, L.groupName, true);
    group.competencies.forEach((competency, c) => {
      const at = `groups.${g}.competencies.${c}`;
      text(`${at}.name`, competency.name, L.competencyName, true);
      text(`${at}.definition`, competency.definition, L.definition, true);
      competency.behaviours.forEach((behaviour, b) =>
        text(`${at}.behaviours.${b}.text`, behaviour.text, L.behaviour, true),
      );
    });
  });
  for (const problem of modelProblems(draft)) {
    // A repeated key is shown at its item's text: the editor never shows keys.
    const path = shownPath(problem.path);
    errors[path] ??= ruleError(problem.kind, problem.value);
  }
  return errors;
}
