// Property pane texts: default.js (Czech, the fallback for any page language) and en-us.js.
// The view's texts (heading, columns, states) come from the @kvalita/core catalogues.
declare interface IMeasuresWebPartStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  MaxItemsFieldLabel: string;
}

declare module 'MeasuresWebPartStrings' {
  const strings: IMeasuresWebPartStrings;
  export = strings;
}
