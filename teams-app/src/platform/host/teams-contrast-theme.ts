// Its own module, so Teams' high-contrast theme is a chunk the tab loads only when Teams uses it.
export { teamsHighContrastTheme } from '@fluentui/react-components';
