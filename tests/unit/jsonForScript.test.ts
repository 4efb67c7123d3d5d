import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/html/jsonForScript.ts';

describe('JSON embedded in a script element', () => {
  const hostile = {
    close: '</script><script>alert(1)</script>',
    comment: '<!-- <script>',
    separators: 'line\u2028paragraph\u2029end',
    markup: '<b>&amp;</b> > &',
    nested: [{ name: '</SCRIPT >' }],
  };

  it('never contains a character that could end or open an element or comment', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<!--');
  });

  it('reads back to exactly the value it was given', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });

  it('leaves Chinese text and ordinary punctuation as they are', () => {
    expect(jsonForScript({ name: '周院长（院长）：“你好”' })).toBe('{"name":"周院长（院长）：“你好”"}');
  });
});
