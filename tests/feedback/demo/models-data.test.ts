import { describe, expect, it } from '@jest/globals';
import {
  FEEDBACK_LIMITS,
  MANAGERS_MODEL,
  RATING_POINTS,
  STAFF_MODEL,
  type CompetencyModelDraft,
} from '@kvalita/core';

/*
 * The starter models must be accepted by the model editor and fit one chat card: the limits of
 * FEEDBACK_LIMITS, unique keys (answers are stored under them), five anchors in order.
 */
const keyPattern = new RegExp(FEEDBACK_LIMITS.keyPattern);

function keysOf(model: CompetencyModelDraft): string[] {
  return model.groups.flatMap((group) => [
    group.key,
    ...group.competencies.flatMap((competency) => [
      competency.key,
      ...competency.behaviours.map((behaviour) => behaviour.key),
    ]),
  ]);
}

describe.each([
  ['Vedoucí zaměstnanci', MANAGERS_MODEL],
  ['Zaměstnanci úřadu', STAFF_MODEL],
])('the starter model %s', (name, model) => {
  const competencies = model.groups.flatMap((group) => group.competencies);
  const behaviours = competencies.flatMap((competency) => competency.behaviours);

  it('carries its name and fits the limits of a model', () => {
    expect(model.name).toBe(name);
    expect(model.groups.length).toBeGreaterThanOrEqual(FEEDBACK_LIMITS.groupsPerModel.min);
    expect(model.groups.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.groupsPerModel.max);
    expect(competencies.length).toBeGreaterThanOrEqual(FEEDBACK_LIMITS.competenciesPerModel.min);
    expect(competencies.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.competenciesPerModel.max);
    expect(behaviours.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.behavioursPerModel);
    expect(model.description.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.description);
  });

  it('gives every competency a definition and 3 to 6 behaviours within the text limits', () => {
    for (const competency of competencies) {
      expect(competency.definition.length).toBeGreaterThan(0);
      expect(competency.definition.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.definition);
      expect(competency.name.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.competencyName);
      expect(competency.behaviours.length).toBeGreaterThanOrEqual(
        FEEDBACK_LIMITS.behavioursPerCompetency.min,
      );
      expect(competency.behaviours.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.behavioursPerCompetency.max);
      for (const behaviour of competency.behaviours) {
        expect(behaviour.text.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.behaviour);
      }
    }
  });

  it('uses unique ASCII keys of the allowed pattern', () => {
    const keys = keysOf(model);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(keyPattern);
  });

  it('anchors every point of the scale, 1 = téměř nikdy to 5 = téměř vždy', () => {
    expect(model.scale.map((anchor) => anchor.point)).toEqual([...RATING_POINTS]);
    expect(model.scale[0]?.label).toBe('Téměř nikdy');
    expect(model.scale[4]?.label).toBe('Téměř vždy');
    for (const anchor of model.scale) {
      expect(anchor.label.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.anchorLabel);
      expect(anchor.description.length).toBeGreaterThan(0);
      expect(anchor.description.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.anchorDescription);
    }
  });
});
