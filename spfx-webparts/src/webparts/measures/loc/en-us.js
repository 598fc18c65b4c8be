define([], function () {
  return {
    PropertyPaneDescription: 'Measures of the quality management system (CAF 2020) kept in this site.',
    DisplayGroupName: 'Display',
    MaxItemsFieldLabel: 'Largest number of measures shown (soonest deadline first)',
  };
});
