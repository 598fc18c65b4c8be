/** The part of the Adaptive Cards 1.5 schema Kvalita's cards use; builders return plain objects. */
export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap?: boolean;
  readonly weight?: 'Default' | 'Bolder';
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large';
  readonly isSubtle?: boolean;
  readonly spacing?: 'None' | 'Small' | 'Medium' | 'Large';
}

export interface ChoiceSetInput {
  readonly type: 'Input.ChoiceSet';
  readonly id: string;
  readonly label: string;
  readonly style: 'expanded' | 'compact';
  readonly isRequired: boolean;
  readonly errorMessage: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export type CardElement = TextBlock | ChoiceSetInput | FactSet;

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

export type CardAction = SubmitAction | ExecuteAction;

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

/** The envelope every Kvalita card shares: schema, version 1.5 and the language of its texts. */
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
    ...(refresh ? { refresh } : {}),
    body,
    ...(actions ? { actions } : {}),
  };
}
