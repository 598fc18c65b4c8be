import { departmentsList } from './lists/departments';
import { measuresList } from './lists/measures';
import { peopleList } from './lists/people';
import { surveyResponsesList } from './lists/survey-responses';
import type { ListSchema } from './types';

export { departmentsList, measuresList, peopleList, surveyResponsesList };
export * from './types';

/** Every Kvalita list, in provisioning order (lookup targets before the lists that point at them). */
export const ALL_LISTS: readonly ListSchema[] = [
  departmentsList,
  peopleList,
  measuresList,
  surveyResponsesList,
];
