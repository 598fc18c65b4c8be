import type { HostTheme } from './host.types';

/** Maps a theme name from Teams (or the `theme` query parameter) to one the tab supports. */
export function toHostTheme(value: string | null | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
