import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneSlider,
  PropertyPaneTextField,
} from '@microsoft/sp-property-pane';
import { AadHttpClient, SPHttpClient } from '@microsoft/sp-http';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { MEASURE_LIMITS, resolveLocale, type Locale } from '@kvalita/core';

import * as strings from 'MeasuresWebPartStrings';
import { connectMeasuresApi } from '../../measures-host/connect';
import { applyThemeVariables } from '../../measures-host/theme';
import type { MeasuresApi } from '../../measures-api/measures-api';
import { MeasuresRegister, type RegisterView } from '../../measures-ui/MeasuresRegister';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IMeasuresWebPartProps {
  /** The app service's address; blank = the tenant property KvalitaServiceUrl. */
  serviceUrl: string;
  /** The API's Application ID URI; blank = the tenant property KvalitaApiAppIdUri. */
  apiAppIdUri: string;
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
export default class MeasuresWebPart extends BaseClientSideWebPart<IMeasuresWebPartProps> {
  private _locale: Locale = 'cs';
  private _api: MeasuresApi | undefined;
  private _connectedWith = '';

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Czech is the default for any page language Kvalita does not ship.
    this._locale = resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName);
    await this._connect();
  }

  private async _connect(): Promise<void> {
    const key = `${this.properties.serviceUrl ?? ''}|${this.properties.apiAppIdUri ?? ''}`;
    if (this._api !== undefined && key === this._connectedWith) return;
    this._connectedWith = key;
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
        ? React.createElement(NotConnected, { texts: strings, heading: strings.RegisterHeading })
        : React.createElement(MeasuresRegister, {
            api: this._api,
            texts: strings,
            locale: this._locale,
            departmentCode: this.properties.departmentCode?.trim() || undefined,
            view: this.properties.view === 'board' ? 'board' : 'table',
            pageSize: this._pageSize(),
          });
    ReactDom.render(element, this.domElement);
  }

  private _pageSize(): number {
    const value = Number(this.properties.pageSize);
    const { default: fallback, max } = MEASURE_LIMITS.pageSize;
    return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
  }

  protected onAfterPropertyPaneChangesApplied(): void {
    this._connect().then(
      () => this.render(),
      () => this.render(),
    );
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    applyThemeVariables(this.domElement, currentTheme);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('2.0');
  }

  protected get disableReactivePropertyChanges(): boolean {
    return true;
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
