import * as React from 'react';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneDropdown,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import { DOCUMENT_KINDS, DOCUMENT_LIMITS } from '@kvalita/core';

import * as strings from 'DocumentsWebPartStrings';
import type { DocumentsApi } from '../../documents-api/documents-api';
import { connectDocumentsApi } from '../../documents-host/connect';
import { chosenKind, documentsPageSize } from '../../documents-host/web-part-properties';
import { DocumentsRegister } from '../../documents-ui/DocumentsRegister';
import { ServiceWebPart, type ServiceWebPartProps } from '../../measures-host/service-web-part';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IDocumentsWebPartProps extends ServiceWebPartProps {
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
export default class DocumentsWebPart extends ServiceWebPart<IDocumentsWebPartProps, DocumentsApi> {
  protected readonly connectApi = connectDocumentsApi;

  protected renderNotConnected(): React.ReactElement {
    return React.createElement(NotConnected, { texts: strings, heading: strings.RegisterHeading });
  }

  protected renderConnected(api: DocumentsApi): React.ReactElement {
    return React.createElement(DocumentsRegister, {
      api,
      texts: strings,
      locale: this.locale,
      defaultKind: chosenKind(this.properties.defaultKind),
      pageSize: documentsPageSize(this.properties.pageSize),
      showPendingAcknowledgements: this.properties.showPendingAcknowledgements !== false,
    });
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
