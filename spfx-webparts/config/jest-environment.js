// jsdom, plus the fetch API every browser SharePoint supports has and jsdom lacks: PnPjs sends its
// requests with fetch and builds Request and Headers objects. Node provides the same classes.
const { TestEnvironment: JSDOMEnvironment } = require('jest-environment-jsdom');

class BrowserWithFetchEnvironment extends JSDOMEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['fetch', 'Request', 'Response', 'Headers']) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = BrowserWithFetchEnvironment;
