import type * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { AadHttpClient, SPHttpClient } from '@microsoft/sp-http';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { resolveLocale, type Locale } from '@kvalita/core';

import type { ClientConfigurations, ServiceContext } from './connect';
import { applyThemeVariables } from './theme';

/** The connection properties every Kvalita web part has in its property pane. */
export interface ServiceWebPartProps {
  /** The app service's address; blank = the tenant property KvalitaServiceUrl. */
  serviceUrl: string;
  /** The API's Application ID URI; blank = the tenant property KvalitaApiAppIdUri. */
  apiAppIdUri: string;
}

/**
 * A web part that works through the app service's API with the signed-in user's Entra token: it
 * reads the page's language, connects once per service address and app id URI (again only when the
 * property pane changes them), shows "not connected" until it can, follows the page's theme, and
 * renders React into its element. A web part says only how it connects and what it shows.
 */
export abstract class ServiceWebPart<TProps extends ServiceWebPartProps, TApi> extends BaseClientSideWebPart<TProps> {
  protected locale: Locale = 'cs';
  private _api: TApi | undefined;
  private _connectedWith = '';

  /** The feature's API for this page; undefined when the service is not configured yet. */
  protected abstract readonly connectApi: (
    context: ServiceContext,
    properties: ServiceWebPartProps,
    configurations: ClientConfigurations,
  ) => Promise<TApi | undefined>;

  protected abstract renderConnected(api: TApi): React.ReactElement;

  protected abstract renderNotConnected(): React.ReactElement;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Czech is the default for any page language Kvalita does not ship.
    this.locale = resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName);
    await this._connect();
  }

  private async _connect(): Promise<void> {
    const key = `${this.properties.serviceUrl ?? ''}|${this.properties.apiAppIdUri ?? ''}`;
    if (this._api !== undefined && key === this._connectedWith) return;
    this._connectedWith = key;
    try {
      this._api = await this.connectApi(this.context, this.properties, {
        aad: AadHttpClient.configurations.v1,
        sharePoint: SPHttpClient.configurations.v1,
      });
    } catch {
      this._api = undefined;
    }
  }

  public render(): void {
    const element = this._api === undefined ? this.renderNotConnected() : this.renderConnected(this._api);
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
}
