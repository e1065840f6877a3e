import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineScript, jsonForScript, plotlyScript } from '../../sdk/runtime/html.js';

describe('HTML helpers (sdk/runtime/html.ts)', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href='x' title="y">&</a>`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('plain text')).toBe('plain text');
  });

  it('JSON for a script element cannot close it', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toMatch(/<\/?script/i);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('inlined scripts keep their meaning and end only at their own closing tag', () => {
    const html = inlineScript('globalThis.out = "a</script>b" + `</SCRIPT>`;');
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    const body = html.slice(html.indexOf('>') + 1, -'</script>'.length);
    const ctx: { out?: string } = {};
    runInNewContext(body, { globalThis: ctx });
    expect(ctx.out).toBe('a</script>b</SCRIPT>');
  });

  it('plotlyScript inlines the installed plotly.js once per process', () => {
    const a = plotlyScript();
    expect(a.length).toBeGreaterThan(1_000_000);
    expect(a.match(/<\/script/gi)).toHaveLength(1);
    expect(a).toContain('Plotly');
    expect(plotlyScript()).toBe(a);
  });
});
