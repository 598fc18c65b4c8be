import * as React from 'react';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import { DOCUMENT_LIMITS } from '@kvalita/core';

import * as strings from 'DocumentsWebPartStrings';
import type { DocumentsApi } from '../../documents-api/documents-api';
import { connectDocumentsApi } from '../../documents-host/connect';
import { documentsPageSize } from '../../documents-host/web-part-properties';
import { DocumentApprovals } from '../../documents-ui/DocumentApprovals';
import { ServiceWebPart, type ServiceWebPartProps } from '../../measures-host/service-web-part';
import { NotConnected } from '../../measures-ui/NotConnected';

export interface IDocumentApprovalsWebPartProps extends ServiceWebPartProps {
  pageSize: number;
  showMyDrafts: boolean;
  showReviews: boolean;
}

/**
 * Schvalování dokumentů: for owners, reviewers and approvers. Drafts awaiting the person's decision or
 * comments, their own drafts, reviews due and overdue; every decision goes through the app service's
 * API with the signed-in user's Entra token, which applies the role matrix and the lifecycle.
 */
export default class DocumentApprovalsWebPart extends ServiceWebPart<IDocumentApprovalsWebPartProps, DocumentsApi> {
  protected readonly connectApi = connectDocumentsApi;

  protected renderNotConnected(): React.ReactElement {
    return React.createElement(NotConnected, { texts: strings, heading: strings.ApprovalsHeading });
  }

  protected renderConnected(api: DocumentsApi): React.ReactElement {
    return React.createElement(DocumentApprovals, {
      api,
      texts: strings,
      locale: this.locale,
      myEmail: this.context.pageContext.user.email,
      pageSize: documentsPageSize(this.properties.pageSize),
      showMyDrafts: this.properties.showMyDrafts !== false,
      showReviews: this.properties.showReviews !== false,
    });
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
