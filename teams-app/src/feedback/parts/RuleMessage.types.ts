export interface RuleMessageProps {
  /** The message, or undefined to show nothing. */
  readonly text: string | undefined;
  readonly id?: string;
}
