import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';

import { MeasuresDashboard } from '../../../measures-ui/MeasuresDashboard';
import { fakeApi, registerReply, summary } from '../../measures/test/fixtures';
import { loadStrings } from '../../measures/test/strings';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30_000);

describe('Přehled opatření', () => {
  it('shows the tiles and both charts with their numbers as text', async () => {
    render(<MeasuresDashboard api={fakeApi()} texts={loadStrings('default')} departmentCode={undefined} />);

    expect(await screen.findByText('Po termínu')).toBeTruthy();
    const byStatus = screen.getByRole('img', { name: /^Opatření podle stavu:/ });
    expect(byStatus.getAttribute('aria-label')).toContain('Probíhá: 1');
    expect(byStatus.getAttribute('aria-label')).toContain('Navrženo: 1');
    const byCriterion = screen.getByRole('img', { name: /^Opatření podle kritéria CAF:/ });
    expect(byCriterion.getAttribute('aria-label')).toContain('Kritérium 5: 1');
    expect(byCriterion.getAttribute('aria-label')).toContain('Kritérium 9: 1');
    expect(screen.getByText('Započteno opatření: 2')).toBeTruthy();
  });

  it('counts every page of the register, and only the web part department', async () => {
    const api = fakeApi({
      listMeasures: (filter) =>
        Promise.resolve(
          filter.page === undefined
            ? registerReply([summary({ id: 1 })], { nextPage: 'p2', total: 2 })
            : registerReply([summary({ id: 2, status: 'closed', subcriterionCode: null })], { total: 2 }),
        ),
    });
    render(<MeasuresDashboard api={api} texts={loadStrings('en-us')} departmentCode="POD" />);

    expect(await screen.findByText('Measures counted: 2')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Measures by CAF criterion:/ }).getAttribute('aria-label')).toContain('No criterion: 1');
    expect(api.calls.map((call) => call.args[0])).toEqual([
      { departmentCode: 'POD', pageSize: 200 },
      { departmentCode: 'POD', pageSize: 200, page: 'p2' },
    ]);
  });
});
