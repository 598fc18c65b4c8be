import type { CycleEventKind } from '@kvalita/core';
import type { ListSchema } from '../../platform/schema/types';
import { CYCLE_STATUS_CHOICES } from './assessment-cycles';
import { cycleLookup } from './fields';

export const CYCLE_EVENT_CHOICES = [
  { code: 'moved', label: 'Posun do další fáze' },
  { code: 'steppedBack', label: 'Návrat o fázi zpět' },
  { code: 'approved', label: 'Schválení zprávy' },
  { code: 'returned', label: 'Vrácení zprávy k přepracování' },
] as const satisfies readonly { code: CycleEventKind; label: string }[];

/**
 * What happened to a CAF cycle, one row per event: phase moves (with whoever had not submitted when
 * individual scoring was ended), steps back with their reason, the director's approval with a
 * comment and returns for rework with a reason. Rows are only added, never changed. The actor is
 * kept as name and e-mail text, as they were at the time, so writing a row needs no site-user
 * lookup and the row says who acted even after they leave the office.
 */
export const cycleHistoryList = {
  key: 'cycleHistory',
  urlName: 'KvalitaCycleHistory',
  template: 'genericList',
  title: { cs: 'Historie cyklů sebehodnocení', en: 'Self-assessment cycle history' },
  description: {
    cs: 'Posuny cyklů CAF mezi fázemi, návraty s důvodem, schválení a vrácení zprávy o sebehodnocení.',
    en: 'CAF cycles’ phase moves, steps back with reasons, and approvals and returns of the self-assessment report.',
  },
  titleField: { cs: 'Událost', en: 'Event' },
  // Who had not submitted and the reasons are the cycle's record: members may not rewrite it.
  permissions: 'serviceOnly',
  fields: [
    cycleLookup(),
    {
      name: 'EventKind',
      type: 'Choice',
      title: { cs: 'Druh události', en: 'Event kind' },
      required: true,
      choices: CYCLE_EVENT_CHOICES,
    },
    {
      name: 'FromStatus',
      type: 'Choice',
      title: { cs: 'Z fáze', en: 'From phase' },
      required: true,
      choices: CYCLE_STATUS_CHOICES,
    },
    {
      name: 'ToStatus',
      type: 'Choice',
      title: { cs: 'Do fáze', en: 'To phase' },
      required: true,
      choices: CYCLE_STATUS_CHOICES,
    },
    { name: 'ActorName', type: 'Text', title: { cs: 'Kdo', en: 'By' }, required: true, maxLength: 255 },
    { name: 'ActorEmail', type: 'Text', title: { cs: 'E-mail', en: 'E-mail' }, maxLength: 255 },
    { name: 'OccurredAt', type: 'DateTime', title: { cs: 'Kdy', en: 'When' }, required: true },
    { name: 'Reason', type: 'Note', title: { cs: 'Důvod', en: 'Reason' } },
    { name: 'EventComment', type: 'Note', title: { cs: 'Komentář', en: 'Comment' } },
    {
      name: 'NotSubmitted',
      type: 'Note',
      title: { cs: 'Hodnocení neodeslali', en: 'Not submitted by' },
    },
  ],
} as const satisfies ListSchema;
