import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import { AadHttpClient, SPHttpClient } from '@microsoft/sp-http';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { DOCUMENT_LIMITS, resolveLocale, type Locale } from '@kvalita/core';

import * as strings from 'DocumentsWebPartStrings';
import type { DocumentsApi } from '../../documents-api/documents-api';
import { connectDocumentsApi } from '../../documents-host/connect';
import { documentsPageSize } from '../../documents-host/web-part-properties';
import { DocumentApprovals } from '../../documents-ui/DocumentApprovals';
import { applyThemeVariables } from '../../measures-host/theme';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IDocumentApprovalsWebPartProps {
  serviceUrl: string;
  apiAppIdUri: string;
  pageSize: number;
  showMyDrafts: boolean;
  showReviews: boolean;
}

/**
 * Schvalování dokumentů: for owners, reviewers and approvers. Drafts awaiting the person's decision or
 * comments, their own drafts, reviews due and overdue; every decision goes through the app service's
 * API with the signed-in user's Entra token, which applies the role matrix and the lifecycle.
 */
export default class DocumentApprovalsWebPart extends BaseClientSideWebPart<IDocumentApprovalsWebPartProps> {
  private _locale: Locale = 'cs';
  private _api: DocumentsApi | undefined;
  private _connectedWith = '';

  protected async onInit(): Promise<void> {
    await super.onInit();
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
        ? React.createElement(NotConnected, { texts: strings, heading: strings.ApprovalsHeading })
        : React.createElement(DocumentApprovals, {
            api: this._api,
            texts: strings,
            locale: this._locale,
            myEmail: this.context.pageContext.user.email,
            pageSize: documentsPageSize(this.properties.pageSize),
            showMyDrafts: this.properties.showMyDrafts !== false,
            showReviews: this.properties.showReviews !== false,
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
          header: { description: strings.ApprovalsPropertyPaneDescription },
          groups: [
            {
              groupName: strings.DisplayGroupName,
              groupFields: [
                PropertyPaneSlider('pageSize', {
                  label: strings.PageSizeFieldLabel,
                  min: 10,
                  max: DOCUMENT_LIMITS.pageSize.max,
                  step: 10,
                  showValue: true,
                }),
                PropertyPaneToggle('showMyDrafts', {
                  label: strings.ShowMyDraftsFieldLabel,
                  onText: strings.Yes,
                  offText: strings.No,
                }),
                PropertyPaneToggle('showReviews', {
                  label: strings.ShowReviewsFieldLabel,
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
