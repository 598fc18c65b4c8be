import { transform } from 'esbuild';
import ts from 'typescript';

/*
 * Why: `makeStyles({...})` turns its style objects into CSS in the browser, the first time a
 * component uses them, with Griffel's CSS compiler (stylis, RTL flipping, hashing) shipped to do
 * it. Fluent UI's own components come compiled ahead (`__styles`); this does the same for ours at
 * build time, with Griffel's own functions, so the tab's first frame skips that work and the
 * compiler can stay out of the start-up code. A call whose styles cannot be evaluated here (they
 * use anything but literals and Fluent UI's exports, such as `tokens`) is left to run as before.
 * What Griffel's babel preset does for other build tools; the output is the same.
 */

type Resolve = (styles: unknown) => [unknown, unknown];
type ResolveStatic = (styles: unknown[]) => unknown;

interface Griffel {
  readonly resolveStyleRulesForSlots: Resolve;
  readonly resolveStaticStyleRules: ResolveStatic;
  /** Fluent UI's exports, by name: what style objects may refer to. */
  readonly fluent: Readonly<Record<string, unknown>>;
}

const FLUENT = '@fluentui/react-components';
/** Where the compiled forms come from (Fluent UI re-exports `__styles` from it, not `__staticStyles`). */
const GRIFFEL = '@griffel/react';
const COMPILED = { makeStyles: '__styles', makeStaticStyles: '__staticStyles' } as const;
type StyleFunction = keyof typeof COMPILED;

export class StylesAhead {
  private griffel: Promise<Griffel> | undefined;

  /** The source with each evaluable makeStyles/makeStaticStyles call replaced by its compiled form. */
  async compile(file: string, source: string): Promise<string> {
    if (!source.includes(FLUENT) || !/make(Static)?Styles\(/.test(source)) return source;
    const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, scriptKind(file));
    const imported = fluentImports(parsed);
    const calls: { node: ts.CallExpression; kind: StyleFunction }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.arguments.length === 1) {
        const kind = (Object.keys(COMPILED) as StyleFunction[]).find(
          (name) => imported.get(node.expression.getText(parsed)) === name,
        );
        const argument = node.arguments[0] as ts.Node;
        // makeStaticStyles also takes plain CSS text, compiled the same way.
        const css = kind === 'makeStaticStyles' && ts.isNoSubstitutionTemplateLiteral(argument);
        if (kind !== undefined && (ts.isObjectLiteralExpression(argument) || css)) calls.push({ node, kind });
      }
      ts.forEachChild(node, visit);
    };
    visit(parsed);
    if (calls.length === 0) return source;
    const griffel = await this.load();
    const edits: { start: number; end: number; text: string }[] = [];
    const used = new Set<StyleFunction>();
    for (const { node, kind } of calls) {
      const argument = node.arguments[0] as ts.Expression;
      const styles = ts.isNoSubstitutionTemplateLiteral(argument)
        ? argument.text
        : await evaluate(argument, parsed, imported, griffel.fluent);
      if (styles === undefined) continue;
      const compiled =
        kind === 'makeStyles'
          ? `${COMPILED[kind]}(${griffel
              .resolveStyleRulesForSlots(styles)
              .map((part) => JSON.stringify(part))
              .join(', ')})`
          : `${COMPILED[kind]}(${JSON.stringify({ d: griffel.resolveStaticStyleRules([styles]) })})`;
      const start = node.getStart(parsed);
      const lineBreaks = source.slice(start, node.end).split('\n').length - 1;
      edits.push({
        start,
        end: node.end,
        text: `/* compiled ${kind} */ ${compiled}${'\n'.repeat(lineBreaks)}`,
      });
      used.add(kind);
    }
    let result = source;
    for (const edit of edits.sort((a, b) => b.start - a.start))
      result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    if (used.size === 0) return source;
    const names = [...used].map((kind) => COMPILED[kind]).join(', ');
    // At the end, so every line keeps its number for the source map (imports are hoisted).
    return `${result}\nimport { ${names} } from ${JSON.stringify(GRIFFEL)};\n`;
  }

  private load(): Promise<Griffel> {
    this.griffel ??= (async () => {
      const core = (await import('@griffel/core')) as unknown as Griffel;
      const fluent = (await import(FLUENT)) as Record<string, unknown>;
      return {
        resolveStyleRulesForSlots: core.resolveStyleRulesForSlots,
        resolveStaticStyleRules: core.resolveStaticStyleRules,
        fluent,
      };
    })();
    return this.griffel;
  }
}

/** Local name → imported name, for the file's value imports from Fluent UI. */
function fluentImports(source: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || (statement.moduleSpecifier as ts.StringLiteral).text !== FLUENT)
      continue;
    const bindings = statement.importClause?.namedBindings;
    if (statement.importClause?.isTypeOnly || bindings === undefined || !ts.isNamedImports(bindings))
      continue;
    for (const element of bindings.elements)
      if (!element.isTypeOnly) names.set(element.name.text, (element.propertyName ?? element.name).text);
  }
  return names;
}

/**
 * The style object, evaluated with Fluent UI's exports as the only names in scope; undefined when
 * it needs anything else (a local constant, a prop) and so cannot be known before run time.
 */
async function evaluate(
  expression: ts.Expression,
  source: ts.SourceFile,
  imported: ReadonlyMap<string, string>,
  fluent: Readonly<Record<string, unknown>>,
): Promise<unknown> {
  try {
    const { code } = await transform(`(${expression.getText(source)})`, { loader: 'ts', format: 'esm' });
    const locals = [...imported.keys()];
    const values = locals.map((local) => fluent[imported.get(local) ?? '']);
    // Build-time evaluation of our own source's style literals, the way Griffel's preset does it.
    const evaluateStyles = new Function(...locals, `"use strict"; return ${code.trim().replace(/;$/, '')};`);
    return evaluateStyles(...values) as unknown;
  } catch {
    return undefined;
  }
}

function scriptKind(file: string): ts.ScriptKind {
  return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}
