// Czech, and the default for every page language without a file of its own: Kvalita is made for
// Czech offices (the view's texts from @kvalita/core default to Czech in the same way).
define([], function () {
  return {
    PropertyPaneDescription: 'Opatření systému řízení kvality (CAF 2020) vedená na tomto webu.',
    DisplayGroupName: 'Zobrazení',
    MaxItemsFieldLabel: 'Nejvyšší počet zobrazených opatření (od nejbližšího termínu)',
  };
});
