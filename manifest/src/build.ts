import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import type { EnvSelection, PlaceholderValue, ValueSource } from './env';
import { envNameOf, layeredLookup, readEnvSelection } from './env';
import { checkColourIcon, checkOutlineIcon } from './icon-rules';
import type { Issue } from './issues';
import { PackagingError } from './issues';
import { collectPlaceholders, fillPlaceholders, unfilledPaths } from './placeholders';
import { checkTeamsRules } from './rules';
import { loadBundledSchemas, locateSchemaRoot, validateAgainstSchema } from './schema';
import type { PackageEntry } from './zip';
import { createZip } from './zip';
import { validatePlaceholderValues } from './values';

export interface BuildOptions {
  /** The manifest folder: manifest.template.json, locales/, icons/, env/, package.json. */
  manifestDir: string;
  env: EnvSelection;
  /** Real environment variables; they override the env file. */
  environment: Readonly<Record<string, string | undefined>>;
  /** Where the bundled Teams schemas are; found through @microsoft/app-manifest by default. */
  schemaRoot?: string;
  /** Where the zip goes; manifest/build by default. */
  outDir?: string;
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
}

export interface BuildResult {
  envName: string;
  envFile: string;
  manifestVersion: string;
  zipPath: string;
  size: number;
  files: string[];
  manifest: Record<string, unknown>;
  values: { name: string; source: ValueSource }[];
}

export const TEMPLATE_FILE = 'manifest.template.json';

/** What the build reads from the template before filling it; the schema checks the rest. */
const templateShape = z.looseObject({
  manifestVersion: z.string(),
  icons: z.looseObject({ color: z.string(), outline: z.string() }),
  localizationInfo: z
    .looseObject({ additionalLanguages: z.array(z.looseObject({ file: z.string() })).optional() })
    .optional(),
});

function readJson(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PackagingError(`${label} is missing`, [{ file: label, path: '', message: 'file not found' }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PackagingError(`${label} is not valid JSON`, [
      { file: label, path: '', message: `is not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

function readIcon(path: string, label: string, issues: Issue[]): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    issues.push({
      file: label,
      path: '',
      message: 'is named in manifest.json /icons but is missing from manifest/icons/',
    });
    return undefined;
  }
}

/**
 * Builds the Teams app package: env values → filled manifest and localization files → schema
 * validation against the bundled schema → Teams rules and icon checks → zip. Every problem found
 * is reported together in a PackagingError; nothing is written unless all checks pass.
 */
export async function buildAppPackage(options: BuildOptions): Promise<BuildResult> {
  const { manifestDir, environment } = options;
  const cwd = options.cwd ?? process.cwd();
  const show = (path: string) => {
    const shown = relative(cwd, path);
    return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
  };

  const template = readJson(join(manifestDir, TEMPLATE_FILE), show(join(manifestDir, TEMPLATE_FILE)));
  const shape = templateShape.safeParse(template);
  if (!shape.success) {
    throw new PackagingError(
      `${TEMPLATE_FILE} lacks what packaging needs`,
      shape.error.issues.map((problem) => ({
        file: TEMPLATE_FILE,
        path: `/${problem.path.join('/')}`,
        message: problem.message,
      })),
    );
  }
  const languageFiles = (shape.data.localizationInfo?.additionalLanguages ?? []).map(
    (language) => language.file,
  );
  const localizationSources = new Map(
    languageFiles.map((file) => [
      file,
      readJson(join(manifestDir, 'locales', file), show(join(manifestDir, 'locales', file))),
    ]),
  );

  // Placeholder values: environment over env file over defaults.
  const packageJson = readJson(join(manifestDir, 'package.json'), 'manifest/package.json') as {
    version?: unknown;
  };
  const envFile = readEnvSelection(manifestDir, options.env, show);
  const lookup = layeredLookup({
    environment,
    envFile: envFile.values,
    defaults: typeof packageJson.version === 'string' ? { APP_VERSION: packageJson.version } : {},
  });
  const sourceLabel = (source: ValueSource) =>
    source === 'environment'
      ? 'environment'
      : source === 'env file'
        ? show(envFile.path)
        : 'manifest/package.json';

  const names = collectPlaceholders(template, ...localizationSources.values());
  const resolved = new Map<string, PlaceholderValue>();
  const missing: Issue[] = [];
  for (const name of names) {
    const value = lookup(name);
    if (value) resolved.set(name, value);
    else {
      missing.push({
        file: show(envFile.path),
        path: `\${{${name}}}`,
        message: `has no value: set ${name} in ${show(envFile.path)} or as an environment variable`,
      });
    }
  }
  const values = new Map([...resolved].map(([name, { value }]) => [name, value]));
  const valueIssues = [
    ...missing,
    ...validatePlaceholderValues(values, (name) => sourceLabel(resolved.get(name)?.source ?? 'default')),
  ];
  if (valueIssues.length > 0) {
    throw new PackagingError(
      `app package not written: ${valueIssues.length} placeholder problem(s)`,
      valueIssues,
    );
  }

  const manifest = fillPlaceholders(template, values) as Record<string, unknown>;
  const localizations = new Map(
    [...localizationSources].map(([file, doc]) => [file, fillPlaceholders(doc, values)]),
  );

  const issues: Issue[] = [];
  for (const [file, doc] of [['manifest.json', manifest] as const, ...localizations]) {
    for (const path of unfilledPaths(doc)) {
      issues.push({
        file,
        path,
        message: 'still contains ${{…}}: write placeholders as ${{NAME}} (letters, digits, _)',
      });
    }
  }

  // Schema: the manifest against MicrosoftTeams.schema.json, each language file against
  // MicrosoftTeams.Localization.schema.json of the same version.
  const schemas = loadBundledSchemas(
    options.schemaRoot ?? locateSchemaRoot(manifestDir),
    shape.data.manifestVersion,
  );
  const schemaIssues = await validateAgainstSchema(manifest, schemas.manifest, 'manifest.json');
  for (const [file, doc] of localizations) {
    schemaIssues.push(...(await validateAgainstSchema(doc, schemas.localization, file)));
  }
  issues.push(...schemaIssues);
  if (schemaIssues.length === 0) issues.push(...checkTeamsRules(manifest, localizations));

  const colourName = shape.data.icons.color;
  const outlineName = shape.data.icons.outline;
  const colour = readIcon(join(manifestDir, 'icons', colourName), colourName, issues);
  const outline = readIcon(join(manifestDir, 'icons', outlineName), outlineName, issues);
  if (colour) issues.push(...checkColourIcon(colour, colourName));
  if (outline) issues.push(...checkOutlineIcon(outline, outlineName));

  if (issues.length > 0 || !colour || !outline) {
    throw new PackagingError(`app package not written: ${issues.length} problem(s)`, issues);
  }

  const entries: PackageEntry[] = [
    { name: 'manifest.json', data: `${JSON.stringify(manifest, null, 2)}\n` },
    { name: colourName, data: colour },
    { name: outlineName, data: outline },
    ...[...localizations].map(([file, doc]) => ({ name: file, data: `${JSON.stringify(doc, null, 2)}\n` })),
  ];
  const zip = await createZip(entries);
  const envName = envNameOf(options.env);
  const outDir = options.outDir ?? join(manifestDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, zip);

  return {
    envName,
    envFile: envFile.path,
    manifestVersion: schemas.manifestVersion,
    zipPath,
    size: zip.length,
    files: entries.map((entry) => entry.name),
    manifest,
    values: [...resolved].map(([name, { source }]) => ({ name, source })),
  };
}
