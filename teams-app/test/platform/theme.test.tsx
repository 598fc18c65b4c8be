/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor } from '@testing-library/react';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { fakeHost } from '../support/fake-host';
import { renderApp, signedInAsJana } from '../support/render-app';

/** FluentProvider publishes the theme's tokens as CSS variables on its own element. */
function background(): string | undefined {
  const provider = screen.getByRole('main').closest('.fui-FluentProvider');
  return provider ? getProviderVariable(provider, 'colorNeutralBackground1') : undefined;
}

function getProviderVariable(provider: Element, token: string): string | undefined {
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSStyleRule && provider.matches(rule.selectorText)) {
        const value = rule.style.getPropertyValue(`--${token}`).trim();
        if (value !== '') return value;
      }
    }
  }
  return undefined;
}

describe('theme', () => {
  it('follows the Teams theme, including changes while the tab is open', async () => {
    const host = fakeHost({ inTeams: true, theme: 'dark', getToken: () => Promise.resolve('teams-token') });
    renderApp({ host, stored: signedInAsJana });
    await screen.findByRole('heading', { level: 1 });
    // Dark and high contrast are chunks of their own: each arrives a moment after the switch.
    await waitFor(() => expect(background()).toBe(teamsDarkTheme.colorNeutralBackground1));

    act(() => host.changeTheme('contrast'));
    await waitFor(() => expect(background()).toBe(teamsHighContrastTheme.colorNeutralBackground1));
    act(() => host.changeTheme('default'));
    expect(background()).toBe(teamsLightTheme.colorNeutralBackground1);
  });
});
