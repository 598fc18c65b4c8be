// Every project script must run on Node 22 (the npm package `node@22` puts it first on PATH),
// even where the system Node is older. Fail early with a clear message instead of odd crashes later.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major !== 22 || minor < 14) {
  console.error(
    `Kvalita needs Node 22.14 or newer 22.x; this script runs on ${process.version}.\n` +
      'Run it through npm (npm start / npm test) after `npm ci`, which installs Node 22 into node_modules.',
  );
  process.exit(1);
}
