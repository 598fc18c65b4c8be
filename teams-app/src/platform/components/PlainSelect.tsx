import { makeStaticStyles } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

export interface PlainSelectProps {
  readonly label: string;
  /** A line under the field, read with it by screen readers. */
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
  readonly className?: string;
}

// Plain CSS under our own class names: one rule set per part, far smaller in the tab's start than
// the atomic classes makeStyles would make of the same properties (each border side, both
// directions). The values are Fluent UI's Select and Field (medium size), read from its tokens.
const useStaticStyles = makeStaticStyles(`
.kv-field { display: flex; flex-direction: column; min-width: 0; max-width: 100%; font-family: var(--fontFamilyBase); }
.kv-field__label {
  color: var(--colorNeutralForeground1); font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300); padding-bottom: var(--spacingVerticalXXS);
}
.kv-field__hint {
  color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200);
  line-height: var(--lineHeightBase200); padding-top: var(--spacingVerticalXXS);
}
.kv-select { position: relative; display: flex; align-items: center; min-width: 0; }
.kv-select::after {
  content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: var(--strokeWidthThick);
  background-color: var(--colorCompoundBrandStroke);
  border-radius: 0 0 var(--borderRadiusMedium) var(--borderRadiusMedium);
  transform: scaleX(0); transition: transform var(--durationUltraFast);
}
.kv-select:focus-within::after { transform: scaleX(1); transition-duration: var(--durationNormal); }
.kv-select select {
  appearance: none; box-sizing: border-box; flex-grow: 1; min-width: 0; max-width: 100%; height: 32px; margin: 0;
  text-overflow: ellipsis;
  padding: 0 calc(var(--spacingHorizontalMNudge) + 20px + 2 * var(--spacingHorizontalXXS)) 0
    calc(var(--spacingHorizontalMNudge) + var(--spacingHorizontalXXS));
  border: var(--strokeWidthThin) solid var(--colorNeutralStroke1);
  border-bottom-color: var(--colorNeutralStrokeAccessible); border-radius: var(--borderRadiusMedium);
  background-color: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1);
  font: inherit; font-size: var(--fontSizeBase300); line-height: var(--lineHeightBase300);
  cursor: pointer;
}
.kv-select select:hover {
  border-color: var(--colorNeutralStroke1Hover);
  border-bottom-color: var(--colorNeutralStrokeAccessibleHover);
}
.kv-select select:focus { outline: none; }
.kv-select svg {
  position: absolute; inset-inline-end: var(--spacingHorizontalMNudge); pointer-events: none;
  color: var(--colorNeutralStrokeAccessible);
}
@media (prefers-reduced-motion: reduce) { .kv-select::after { transition-duration: 0.01ms; } }
`);

/**
 * A labelled native select drawn as Fluent UI's Select in a Field, for the header (language,
 * local sign-in): the same element, keyboard and screen-reader behaviour, with none of the two
 * components' code in the tab's start (their share of the first page's bytes was a tenth).
 */
export function PlainSelect({ label, hint, value, onChange, children, className }: PlainSelectProps) {
  useStaticStyles();
  const id = useId();
  const hintId = `${id}hint`;
  return (
    <div className="kv-field">
      <label htmlFor={id} className="kv-field__label">
        {label}
      </label>
      <span className="kv-select">
        <select
          id={id}
          className={className}
          value={value}
          aria-describedby={hint === undefined ? undefined : hintId}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {children}
        </select>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
          <path
            fill="currentColor"
            d="M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0Z"
          />
        </svg>
      </span>
      {hint !== undefined && (
        <span id={hintId} className="kv-field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}
