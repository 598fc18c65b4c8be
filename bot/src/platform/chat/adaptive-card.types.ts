import { safeTextDeep } from '@kvalita/core';

/** The part of the Adaptive Cards 1.5 schema Kvalita's cards use; builders return plain objects. */
export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap?: boolean;
  readonly weight?: 'Default' | 'Bolder';
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large';
  readonly isSubtle?: boolean;
  readonly color?: 'Default' | 'Attention' | 'Good';
  readonly spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  /** A line above the block (a new section of a long form). */
  readonly separator?: boolean;
}

/**
 * A run of plain text. Unlike a TextBlock, a TextRun is never read as markdown (Adaptive Cards
 * schema), so whatever a person typed shows literally on every Teams client.
 */
export interface TextRun {
  readonly type: 'TextRun';
  readonly text: string;
  readonly weight?: 'Default' | 'Bolder';
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large';
  readonly isSubtle?: boolean;
  readonly italic?: boolean;
  readonly color?: 'Default' | 'Attention' | 'Good';
}

export interface RichTextBlock {
  readonly type: 'RichTextBlock';
  readonly inlines: readonly TextRun[];
  readonly spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  readonly separator?: boolean;
}

export interface ChoiceSetInput {
  readonly type: 'Input.ChoiceSet';
  readonly id: string;
  readonly label: string;
  readonly style: 'expanded' | 'compact';
  readonly isMultiSelect?: boolean;
  /** Omitted: not required (a long form leaves it out to stay under Teams' card size). */
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
}

export interface TextInput {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly isMultiline: boolean;
  readonly maxLength: number;
  readonly isRequired: boolean;
  readonly placeholder?: string;
  readonly errorMessage?: string;
  readonly value?: string;
}

export interface NumberInput {
  readonly type: 'Input.Number';
  readonly id: string;
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly value?: number;
  readonly isRequired: boolean;
  readonly errorMessage?: string;
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export type CardElement = TextBlock | RichTextBlock | ChoiceSetInput | TextInput | NumberInput | FactSet;

export interface SubmitAction {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Universal Actions (Adaptive Cards 1.4+): the bot answers with a new card, on every device. */
export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title?: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Opens a link, e.g. a deep link to the app's tab. */
export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

export type CardAction = SubmitAction | ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly lang?: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  /** Teams asks the bot for the card's current state whenever it is shown (answered, closed…). */
  readonly refresh?: { readonly action: ExecuteAction; readonly userIds?: readonly string[] };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The envelope every Kvalita card shares: schema, version 1.5 and the language of its texts. It is
 * also where a card's texts leave the service, so every string in it passes `safeText`: a
 * character XML cannot hold or a bidirectional control typed into a title, a question, an option
 * or a name never reaches a Teams client, whichever element carries it.
 */
export function adaptiveCard(
  lang: string,
  body: readonly CardElement[],
  actions?: readonly CardAction[],
  refresh?: AdaptiveCard['refresh'],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang,
    ...(refresh ? { refresh: safeTextDeep(refresh) } : {}),
    body: safeTextDeep(body),
    ...(actions ? { actions: safeTextDeep(actions) } : {}),
  };
}
