import { useEffect, useState } from 'react';
import type { HostContext, HostTheme } from './host.types';

/** The host's current theme, following changes the user makes while the tab is open. */
export function useHostTheme(host: HostContext): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
