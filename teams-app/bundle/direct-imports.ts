import type { PluginBuild } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/*
 * Why: esbuild assigns whole files to chunks by the entry points that reach them, and a barrel
 * (`@fluentui/react-components`, `@kvalita/core`, each Fluent package's own index) reaches every
 * module that any page imports through it. So a Combobox used only by a lazily loaded page still
 * lands in the chunk the tab needs at start. BarrelIndex.rewrite turns each `import { … } from '<barrel>'`
 * into imports from the modules that really define the names, so a module is reached only from
 * the pages that use it. Sources stay as they are (tests and editors keep the barrels).
 *
 * A barrel is a module made only of re-exports (`export { … } from`, `export * from`); anything
 * with code of its own is imported as it is.
 */

/** Files whose imports are rewritten, and barrels seen through: our sources and Fluent UI's. */
export function inScope(file: string): boolean {
  const path = file.split('\\').join('/');
  return !path.includes('/node_modules/') || path.includes('/node_modules/@fluentui/');
}

interface ReExport {
  readonly specifier: string;
  readonly name: string;
}

interface ModuleExports {
  /** Only re-exports: importing through it can be skipped. */
  readonly barrel: boolean;
  /** `export { name as exported } from 'specifier'` and `export { name }` (specifier ''). */
  readonly named: ReadonlyMap<string, ReExport>;
  /** `export * from 'specifier'`. */
  readonly stars: readonly string[];
  /** Values the module declares and exports itself. */
  readonly own: ReadonlySet<string>;
}

/** Where a name comes from: the module that defines it, under its name there. */
interface Origin {
  readonly file: string;
  readonly name: string;
}

export class BarrelIndex {
  private readonly exports = new Map<string, Promise<ModuleExports>>();
  private readonly resolved = new Map<string, Promise<string | null>>();

  constructor(private readonly build: PluginBuild) {}

  /**
   * The file with each named import from a barrel split into imports from the defining modules.
   * Names that cannot be traced (types, anything unusual) stay on the original import. The new
   * imports take the lines of the old one, so source maps still point at the right lines.
   */
  async rewrite(file: string, source: string): Promise<string> {
    const parsed = parse(file, source);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const statement of parsed.statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (clause === undefined || clause.isTypeOnly || clause.name !== undefined) continue;
      if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const target = await this.resolve(file, specifier);
      if (target === null || !inScope(target) || !(await this.moduleExports(target)).barrel) continue;
      const groups = new Map<string, string[]>();
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        const imported = (element.propertyName ?? element.name).text;
        const origin = await this.origin(target, imported, 0);
        const from = origin === null ? specifier : origin.file;
        const list = groups.get(from) ?? [];
        list.push(`${origin?.name ?? imported} as ${element.name.text}`);
        groups.set(from, list);
      }
      const start = statement.getStart(parsed);
      const lineBreaks = source.slice(start, statement.end).split('\n').length - 1;
      const imports = [...groups].map(
        ([from, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(from)};`,
      );
      edits.push({ start, end: statement.end, text: imports.join(' ') + '\n'.repeat(lineBreaks) });
    }
    let result = source;
    for (const edit of edits.reverse())
      result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
  }

  private async origin(file: string, name: string, depth: number): Promise<Origin | null> {
    const info = await this.moduleExports(file);
    if (!info.barrel || !inScope(file)) return { file, name };
    if (depth > 20) return null;
    const named = info.named.get(name);
    if (named !== undefined) {
      const target = await this.resolve(file, named.specifier);
      return target === null ? null : this.origin(target, named.name, depth + 1);
    }
    for (const star of info.stars) {
      const target = await this.resolve(file, star);
      if (target !== null && (await this.exportsName(target, name, depth + 1)))
        return this.origin(target, name, depth + 1);
    }
    return null;
  }

  private async exportsName(file: string, name: string, depth: number): Promise<boolean> {
    if (depth > 20) return false;
    const info = await this.moduleExports(file);
    if (info.own.has(name) || info.named.has(name)) return true;
    for (const star of info.stars) {
      const target = await this.resolve(file, star);
      if (target !== null && (await this.exportsName(target, name, depth + 1))) return true;
    }
    return false;
  }

  private moduleExports(file: string): Promise<ModuleExports> {
    let info = this.exports.get(file);
    if (info === undefined) {
      info = readFile(file, 'utf8').then((text) => readExports(parse(file, text)));
      this.exports.set(file, info);
    }
    return info;
  }

  /** A specifier as esbuild resolves it from `file` (its conditions, its package exports). */
  private resolve(file: string, specifier: string): Promise<string | null> {
    const key = `${dirname(file)}\0${specifier}`;
    let found = this.resolved.get(key);
    if (found === undefined) {
      found = specifier.startsWith('.')
        ? Promise.resolve(localModule(file, specifier))
        : this.build
            .resolve(specifier, { resolveDir: dirname(file), kind: 'import-statement' })
            .then((result) => (result.errors.length > 0 || result.external ? null : result.path))
            .then((path) => (path !== null && /\.[cm]?[jt]sx?$/.test(path) ? path : null));
      this.resolved.set(key, found);
    }
    return found;
  }
}

function readExports(source: ts.SourceFile): ModuleExports {
  const named = new Map<string, ReExport>();
  const stars: string[] = [];
  const own = new Set<string>();
  /** Bindings imported by the module, to follow `import { a } from 'x'; export { a }`. */
  const imported = new Map<string, ReExport | null>();
  const localExports: [exported: string, local: string][] = [];
  let barrel = true;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause === undefined || clause.isTypeOnly) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (clause.name !== undefined) imported.set(clause.name.text, null);
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) imported.set(bindings.name.text, null);
      else if (bindings !== undefined)
        for (const element of bindings.elements)
          imported.set(element.name.text, { specifier, name: (element.propertyName ?? element.name).text });
      continue;
    }
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const specifier = statement.moduleSpecifier as ts.StringLiteral | undefined;
      const clause = statement.exportClause;
      if (clause === undefined) {
        if (specifier !== undefined) stars.push(specifier.text);
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          if (element.isTypeOnly) continue;
          const name = (element.propertyName ?? element.name).text;
          if (specifier === undefined) localExports.push([element.name.text, name]);
          else named.set(element.name.text, { specifier: specifier.text, name });
        }
      } else barrel = false; // export * as namespace from '…'
      continue;
    }
    if (isTypeOnlyStatement(statement)) continue;
    barrel = false;
    if (
      !hasModifier(statement, ts.SyntaxKind.ExportKeyword) ||
      hasModifier(statement, ts.SyntaxKind.DefaultKeyword)
    )
      continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) own.add(declaration.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name !== undefined
    )
      own.add(statement.name.text);
  }
  for (const [exported, local] of localExports) {
    const origin = imported.get(local);
    // Re-exported imports can be followed; a namespace or a local value makes the name the module's own.
    if (barrel && origin !== undefined && origin !== null) named.set(exported, origin);
    else own.add(exported);
    if (origin === undefined) barrel = false;
  }
  return { barrel, named, stars, own };
}

/** Statements that leave no code behind ('use client' directives, types, declarations). */
function isTypeOnlyStatement(statement: ts.Statement): boolean {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) return true;
  if (ts.isImportDeclaration(statement)) return statement.importClause?.isTypeOnly ?? false;
  if (ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) return true;
  return hasModifier(statement, ts.SyntaxKind.DeclareKeyword);
}

function hasModifier(statement: ts.Statement, kind: ts.SyntaxKind): boolean {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  return modifiers?.some((modifier) => modifier.kind === kind) ?? false;
}

/** A relative import of a TypeScript or JavaScript source, as the bundler resolves it. */
function localModule(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = /\.[cm]?[jt]sx?$/.test(base)
    ? [base]
    : [
        `${base}.ts`,
        `${base}.tsx`,
        `${base}.js`,
        join(base, 'index.ts'),
        join(base, 'index.tsx'),
        join(base, 'index.js'),
      ];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export function loaderFor(file: string): 'ts' | 'tsx' | 'js' | 'jsx' {
  if (file.endsWith('.tsx')) return 'tsx';
  if (file.endsWith('.ts')) return 'ts';
  return file.endsWith('.jsx') ? 'jsx' : 'js';
}

function parse(file: string, text: string): ts.SourceFile {
  const kind = file.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : file.endsWith('.ts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
}
