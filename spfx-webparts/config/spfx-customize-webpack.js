// Heft's SPFx rig calls this with the generated webpack configuration before bundling.
const fs = require('fs');
const path = require('path');

const projectFolder = path.resolve(__dirname, '..');

/** The real folder of a dependency of this project (webpack works with real paths of symlinks). */
function dependencyFolder(name) {
  return fs.realpathSync(path.join(projectFolder, 'node_modules', name));
}

module.exports = function customizeWebpack(webpackConfig) {
  webpackConfig.resolve = webpackConfig.resolve || {};
  webpackConfig.resolve.alias = {
    ...webpackConfig.resolve.alias,
    // @kvalita/sharepoint is linked from the repository, where its imports of @pnp/* would find the
    // repository's own copy. PnPjs attaches its APIs (web, lists, items) to SPFI through side-effect
    // imports, so the linked code and this web part must share one copy; the bundle then holds one.
    '@pnp/sp': dependencyFolder('@pnp/sp'),
    '@pnp/core': dependencyFolder('@pnp/core'),
    '@pnp/queryable': dependencyFolder('@pnp/queryable'),
  };

  webpackConfig.module = webpackConfig.module || {};
  webpackConfig.module.rules = [
    ...(webpackConfig.module.rules || []),
    {
      // The Kvalita packages are ES modules compiled with extensionless relative imports
      // (moduleResolution "bundler"); webpack would otherwise insist on full file names there.
      test: /\.js$/,
      include: [dependencyFolder('@kvalita/core'), dependencyFolder('@kvalita/sharepoint')],
      resolve: { fullySpecified: false },
    },
  ];
};
