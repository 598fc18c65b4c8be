/** The documents web parts' texts as SharePoint loads them: the AMD loc file of the language, evaluated. */
export function loadDocumentsStrings(file: 'default' | 'en-us'): IDocumentsWebPartStrings {
  let strings: IDocumentsWebPartStrings | undefined;
  (window as unknown as { define: unknown }).define = (
    _dependencies: string[],
    factory: () => IDocumentsWebPartStrings,
  ): void => {
    strings = factory();
  };
  jest.isolateModules(() => {
    // The loc files are copied beside the compiled tests (config/typescript.json).
    if (file === 'default') require('../loc/default.js');
    else require('../loc/en-us.js');
  });
  if (strings === undefined) throw new Error(`${file}.js defined no strings`);
  return strings;
}
