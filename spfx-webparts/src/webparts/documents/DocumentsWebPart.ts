import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneDropdown,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import { AadHttpClient, SPHttpClient } from '@microsoft/sp-http';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { DOCUMENT_KINDS, DOCUMENT_LIMITS, resolveLocale, type Locale } from '@kvalita/core';

import * as strings from 'DocumentsWebPartStrings';
import type { DocumentsApi } from '../../documents-api/documents-api';
import { connectDocumentsApi } from '../../documents-host/connect';
import { chosenKind, documentsPageSize } from '../../documents-host/web-part-properties';
import { DocumentsRegister } from '../../documents-ui/DocumentsRegister';
import { applyThemeVariables } from '../../measures-host/theme';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IDocumentsWebPartProps {
  /** The app service's address; blank = the tenant property KvalitaServiceUrl. */
  serviceUrl: string;
  /** The API's Application ID URI; blank = the tenant property KvalitaApiAppIdUri. */
  apiAppIdUri: string;
  /** The kind the register starts with ('' = all kinds). */
  defaultKind: string;
  pageSize: number;
  showPendingAcknowledgements: boolean;
}

/**
 * Dokumenty kvality: the register of effective controlled documents. It reads through the app
 * service's API with the signed-in user's Entra token (AadHttpClient), so the service applies the
 * person's rights; files open in SharePoint with the person's own SharePoint rights.
 */
export default class DocumentsWebPart extends BaseClientSideWebPart<IDocumentsWebPartProps> {
  private _locale: Locale = 'cs';
  private _api: DocumentsApi | undefined;
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
      this._api = await connectDocumentsApi(this.context, this.properties, {
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
        : React.createElement(DocumentsRegister, {
            api: this._api,
            texts: strings,
            locale: this._locale,
            defaultKind: chosenKind(this.properties.defaultKind),
            pageSize: documentsPageSize(this.properties.pageSize),
            showPendingAcknowledgements: this.properties.showPendingAcknowledgements !== false,
          });
    ReactDom.render(element, this.domElement);
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
    return Version.parse('1.0');
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
                PropertyPaneDropdown('defaultKind', {
                  label: strings.DefaultKindFieldLabel,
                  options: [
                    { key: '', text: strings.AllKinds },
                    ...DOCUMENT_KINDS.map((kind) => ({ key: kind, text: strings.Kind[kind] })),
                  ],
                }),
                PropertyPaneSlider('pageSize', {
                  label: strings.PageSizeFieldLabel,
                  min: 10,
                  max: DOCUMENT_LIMITS.pageSize.max,
                  step: 10,
                  showValue: true,
                }),
                PropertyPaneToggle('showPendingAcknowledgements', {
                  label: strings.ShowPendingFieldLabel,
                  onText: strings.Yes,
                  offText: strings.No,
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
