import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { resolveLocale, type Locale, type MeasureListing } from '@kvalita/core';
import type { MeasuresRepository } from '@kvalita/sharepoint';

import * as strings from 'MeasuresWebPartStrings';
import { MeasuresView, type MeasuresViewProps } from './components/MeasuresView';
import { createMeasuresRepository } from './data/measures-repository';

export interface IMeasuresWebPartProps {
  /** How many measures the table shows at most (soonest deadline first). */
  maxItems: number;
}

/** SharePoint answers at most 5,000 items per request; a page section stays readable far below that. */
const MAX_ITEMS_LIMIT = 500;
const DEFAULT_MAX_ITEMS = 100;

export default class MeasuresWebPart extends BaseClientSideWebPart<IMeasuresWebPartProps> {
  private _locale: Locale = 'cs';
  // Set in onInit: SPFx renders a web part only after its onInit promise has resolved.
  private _repository!: MeasuresRepository;
  private _loadMeasures: MeasuresViewProps['loadMeasures'] | undefined;
  private _loadedMaxItems: number | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Czech is the default for any page language Kvalita does not ship.
    this._locale = resolveLocale(this.context.pageContext.cultureInfo.currentUICultureName);
    this._repository = createMeasuresRepository(this.context);
  }

  public render(): void {
    const element = React.createElement(MeasuresView, {
      locale: this._locale,
      loadMeasures: this._measuresLoader(),
    });
    ReactDom.render(element, this.domElement);
  }

  /** The same loader while the item count stays, so a re-render (e.g. a theme change) does not reload. */
  private _measuresLoader(): MeasuresViewProps['loadMeasures'] {
    const maxItems = this._maxItems();
    if (this._loadMeasures === undefined || this._loadedMaxItems !== maxItems) {
      const repository = this._repository;
      this._loadedMaxItems = maxItems;
      this._loadMeasures = (): Promise<MeasureListing[]> => repository.list({ top: maxItems });
    }
    return this._loadMeasures;
  }

  private _maxItems(): number {
    const value = Number(this.properties.maxItems);
    return Number.isInteger(value) && value >= 1 ? Math.min(value, MAX_ITEMS_LIMIT) : DEFAULT_MAX_ITEMS;
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    const semanticColors = currentTheme?.semanticColors;
    if (!semanticColors) {
      return;
    }
    const style = this.domElement.style;
    style.setProperty('--bodyText', semanticColors.bodyText ?? '');
    style.setProperty('--bodySubtext', semanticColors.bodySubtext ?? '');
    style.setProperty('--bodyDivider', semanticColors.bodyDivider ?? '');
    style.setProperty('--focusBorder', semanticColors.focusBorder ?? '');
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
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.DisplayGroupName,
              groupFields: [
                PropertyPaneSlider('maxItems', {
                  label: strings.MaxItemsFieldLabel,
                  min: 10,
                  max: MAX_ITEMS_LIMIT,
                  step: 10,
                  showValue: true,
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}
