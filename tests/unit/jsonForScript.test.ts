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

  /** What the element must hold: JSON.stringify's text with the five characters escaped. */
  const reference = (value: unknown) =>
    JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

  it('writes a page object around a shared frozen part as JSON.stringify would, every time', () => {
    const strings = Object.freeze({ 'ws.title': '<b>表</b> & “引号”', 'ws.line': 'a\u2028b', 'ws.count': 3 });
    for (const kind of ['man', '</script>']) {
      const page = { kind, strings, people: [{ name: '</SCRIPT >' }], skipped: undefined, paperRows: 8 };
      expect(jsonForScript(page)).toBe(reference(page));
      expect(JSON.parse(jsonForScript(page))).toEqual({ ...page, skipped: undefined });
    }
    expect(jsonForScript(strings)).toBe(reference(strings));
  });

  it('leaves out what JSON.stringify leaves out, and keeps a frozen part that holds objects up to date', () => {
    const odd = { a: () => 1, b: Symbol('b'), c: undefined, d: { toJSON: () => undefined }, e: new Date(0), f: null };
    expect(jsonForScript(odd)).toBe(reference(odd));
    expect(jsonForScript({ toJSON: () => ({ shown: '<x>' }) })).toBe('{"shown":"\\u003cx\\u003e"}');
    const inner = { name: 'before' };
    const shallow = Object.freeze({ inner });
    expect(jsonForScript({ shallow })).toBe('{"shallow":{"inner":{"name":"before"}}}');
    inner.name = 'after';
    expect(jsonForScript({ shallow })).toBe('{"shallow":{"inner":{"name":"after"}}}');
  });

  it('writes a frozen array as JSON.stringify would, and keeps one that holds open objects up to date', () => {
    const people = Object.freeze([Object.freeze({ name: '</script>', unit: undefined }), 'x\u2028', 3, null]);
    for (const kind of ['man', 'information']) {
      const page = { kind, people };
      expect(jsonForScript(page)).toBe(reference(page));
    }
    expect(jsonForScript(people)).toBe(reference(people));
    const open = { name: 'before' };
    const holder = Object.freeze([open]);
    expect(jsonForScript({ holder })).toBe('{"holder":[{"name":"before"}]}');
    open.name = 'after';
    expect(jsonForScript({ holder })).toBe('{"holder":[{"name":"after"}]}');
    const nested = Object.freeze([Object.freeze([open])]);
    expect(jsonForScript({ nested })).toBe('{"nested":[[{"name":"after"}]]}');
    open.name = 'again';
    expect(jsonForScript({ nested })).toBe('{"nested":[[{"name":"again"}]]}');
  });
});
