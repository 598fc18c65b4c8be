import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { AadHttpClient, SPHttpClient } from '@microsoft/sp-http';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';

import * as strings from 'MeasuresWebPartStrings';
import { connectMeasuresApi } from '../../measures-host/connect';
import { applyThemeVariables } from '../../measures-host/theme';
import type { MeasuresApi } from '../../measures-api/measures-api';
import { MeasuresDashboard } from '../../measures-ui/MeasuresDashboard';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IMeasuresDashboardWebPartProps {
  serviceUrl: string;
  apiAppIdUri: string;
  departmentCode: string;
}

/** Přehled opatření: the register's tiles and charts, read through the app service's API. */
export default class MeasuresDashboardWebPart extends BaseClientSideWebPart<IMeasuresDashboardWebPartProps> {
  private _api: MeasuresApi | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    await this._connect();
  }

  private async _connect(): Promise<void> {
    try {
      this._api = await connectMeasuresApi(this.context, this.properties, {
        aad: AadHttpClient.configurations.v1,
        sharePoint: SPHttpClient.configurations.v1,
      });
    } catch {
      this._api = undefined;
    }
  }

  public render(): void {
    const element =
      this._api === undefined
        ? React.createElement(NotConnected, { texts: strings, heading: strings.DashboardHeading })
        : React.createElement(MeasuresDashboard, {
            api: this._api,
            texts: strings,
            departmentCode: this.properties.departmentCode?.trim() || undefined,
          });
    ReactDom.render(element, this.domElement);
  }

  protected onAfterPropertyPaneChangesApplied(): void {
    this._connect().then(
      () => this.render(),
      () => this.render(),
    );
  }

  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    applyThemeVariables(this.domElement, currentTheme);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.DashboardPropertyPaneDescription },
          groups: [
            {
              groupName: strings.DisplayGroupName,
              groupFields: [PropertyPaneTextField('departmentCode', { label: strings.DepartmentFieldLabel })],
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
