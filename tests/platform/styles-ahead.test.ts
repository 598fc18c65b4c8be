import { describe, expect, it } from '@jest/globals';
import { StylesAhead } from '../../teams-app/bundle/styles-ahead';

const header = "import { makeStaticStyles, makeStyles } from '@fluentui/react-components';\n";

describe("the tab's styles compiled at build time", () => {
  it('compiles plain CSS given to makeStaticStyles, so no CSS compiler runs in the browser', async () => {
    const source = `${header}const useStatic = makeStaticStyles(\`.kv-a { color: var(--colorNeutralForeground1); }\`);\n`;
    const compiled = await new StylesAhead().compile('a.tsx', source);
    expect(compiled).not.toContain('makeStaticStyles(`');
    expect(compiled).toContain('__staticStyles(');
    expect(compiled).toContain('.kv-a{color:var(--colorNeutralForeground1);}');
    expect(compiled).toContain('from "@griffel/react"');
  });

  it('compiles a style object and leaves CSS with a run-time value to run as before', async () => {
    const source = [
      header,
      "const useStyles = makeStyles({ root: { display: 'flex' } });",
      'const width = 3;',
      'const useLate = makeStaticStyles(`.kv-b { width: ${width}px; }`);',
      '',
    ].join('\n');
    const compiled = await new StylesAhead().compile('b.tsx', source);
    expect(compiled).toContain('__styles(');
    expect(compiled).toContain('makeStaticStyles(`.kv-b { width: ${width}px; }`)');
  });
});
