import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneSlider,
  PropertyPaneTextField,
} from '@microsoft/sp-property-pane';
import { MEASURE_LIMITS } from '@kvalita/core';

import * as strings from 'MeasuresWebPartStrings';
import { connectMeasuresApi } from '../../measures-host/connect';
import { ServiceWebPart, type ServiceWebPartProps } from '../../measures-host/service-web-part';
import type { MeasuresApi } from '../../measures-api/measures-api';
import { MeasuresRegister, type RegisterView } from '../../measures-ui/MeasuresRegister';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IMeasuresWebPartProps extends ServiceWebPartProps {
  /** Only this department's measures (blank = all the reader may see). */
  departmentCode: string;
  view: RegisterView;
  pageSize: number;
}

/**
 * Opatření: the measures register. It reads and changes measures only through the app service's
 * API with the signed-in user's Entra token (AadHttpClient): people only read the lists in
 * SharePoint, and the service applies the role matrix and the lifecycle to every change.
 */
export default class MeasuresWebPart extends ServiceWebPart<IMeasuresWebPartProps, MeasuresApi> {
  protected readonly connectApi = connectMeasuresApi;

  protected renderNotConnected(): React.ReactElement {
    return React.createElement(NotConnected, { texts: strings, heading: strings.RegisterHeading });
  }

  protected renderConnected(api: MeasuresApi): React.ReactElement {
    return React.createElement(MeasuresRegister, {
      api,
      texts: strings,
      locale: this.locale,
      departmentCode: this.properties.departmentCode?.trim() || undefined,
      view: this.properties.view === 'board' ? 'board' : 'table',
      pageSize: this._pageSize(),
    });
  }

  private _pageSize(): number {
    const value = Number(this.properties.pageSize);
    const { default: fallback, max } = MEASURE_LIMITS.pageSize;
    return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
  }

  protected get dataVersion(): Version {
    return Version.parse('2.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.DisplayGroupName,
              groupFields: [
                PropertyPaneTextField('departmentCode', { label: strings.DepartmentFieldLabel }),
                PropertyPaneChoiceGroup('view', {
                  label: strings.ViewFieldLabel,
                  options: [
                    { key: 'table', text: strings.ViewTable },
                    { key: 'board', text: strings.ViewBoard },
                  ],
                }),
                PropertyPaneSlider('pageSize', {
                  label: strings.PageSizeFieldLabel,
                  min: 10,
                  max: MEASURE_LIMITS.pageSize.max,
                  step: 10,
                  showValue: true,
                }),
              ],
            },
            {
              groupName: strings.ConnectionGroupName,
              groupFields: [
                PropertyPaneTextField('serviceUrl', { label: strings.ServiceUrlFieldLabel }),
                PropertyPaneTextField('apiAppIdUri', { label: strings.ApiAppIdUriFieldLabel }),
              ],
            },
          ],
        },
      ],
    };
  }
}
