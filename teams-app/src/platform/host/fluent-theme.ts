import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from './host.types';

/**
 * Teams' own Fluent themes, so the tab looks like the rest of Teams in every theme. Light, which
 * most people use, comes with the start-up code; dark and high contrast are chunks of their own
 * (each theme is a few thousand tokens), fetched before the first render when Teams is in them.
 */
const loaded = new Map<HostTheme, Theme>([['default', teamsLightTheme]]);

const imports: Readonly<Record<Exclude<HostTheme, 'default'>, () => Promise<Theme>>> = {
  dark: async () => (await import('./teams-dark-theme')).teamsDarkTheme,
  contrast: async () => (await import('./teams-contrast-theme')).teamsHighContrastTheme,
};

/** The theme if it is here already (light always is). */
export function loadedFluentTheme(theme: HostTheme): Theme | undefined {
  return loaded.get(theme);
}

export async function loadFluentTheme(theme: HostTheme): Promise<Theme> {
  const known = loaded.get(theme);
  if (known !== undefined || theme === 'default') return known ?? teamsLightTheme;
  const fetched = await imports[theme]();
  loaded.set(theme, fetched);
  return fetched;
}
