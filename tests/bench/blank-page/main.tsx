import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/*
 * The tab-load bench's floor: a page with React 18, Fluent UI v9 and @microsoft/teams-js and nothing
 * of Kvalita, bundled and served exactly as the tab is. Like the tab, it asks for the Teams SDK
 * only inside a frame (Teams always frames a tab), so in a plain browser it costs what the tab
 * could cost at the very least.
 */
const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element.');
if (window.parent !== window.self) {
  void import('@microsoft/teams-js').then(({ app }) => app.initialize());
}
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={teamsLightTheme}>
      <Text>Blank page</Text>
    </FluentProvider>
  </StrictMode>,
);
