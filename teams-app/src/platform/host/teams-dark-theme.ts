// Its own module, so Teams' dark theme is a chunk the tab loads only when Teams is dark.
export { teamsDarkTheme } from '@fluentui/react-components';
