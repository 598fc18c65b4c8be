/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { ChannelTabConfig } from '../../src/platform/host/host.types';
import { asLucie } from '../caf/fake-caf';
import { fakeHost } from '../support/fake-host';
import { memoryHistory } from '../support/memory-history';
import { axeViolations, renderMeasures } from './render-measures';

describe('measures in the navigation and in a channel tab', () => {
  it('offers the register to everyone signed in', async () => {
    renderMeasures(asLucie);
    const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    expect(within(areas).getByRole('button', { name: 'Opatření' })).toBeTruthy();
  }, 30_000);

  it('configures a channel tab with the department in its address', async () => {
    const offered: (ChannelTabConfig | null)[] = [];
    const { user } = renderMeasures(asLucie, {
      history: memoryHistory('measures/configure'),
      host: fakeHost({ configureChannelTab: (tab) => offered.push(tab) }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Opatření útvaru v kanálu' }, { timeout: 5_000 });
    expect(screen.queryByRole('navigation', { name: 'Oblasti aplikace' })).toBeNull();
    expect(offered.at(-1)).toBeNull();
    const department = screen.getByRole('combobox', { name: 'Útvar' });
    await waitFor(() => expect(within(department).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(department, 'OD');
    expect(screen.getByText(/Karta bude ukazovat opatření útvaru Odbor dopravy/)).toBeTruthy();
    const tab = offered.at(-1);
    expect(tab?.entityId).toBe('measures-OD');
    expect(tab?.suggestedDisplayName).toBe('Opatření Odbor dopravy');
    expect(tab?.contentUrl).toMatch(/#\/measures\/department\/OD$/);
    expect(await axeViolations()).toEqual([]);
  }, 30_000);
});
