import { describe, expect, it } from 'vitest';
import { say } from '../../src/client/dom.ts';
import { clientStrings } from '../../src/i18n/ui.ts';

describe('UI strings in the browser scripts', () => {
  const strings = clientStrings('zh-CN', ['shell.search.', 'maps.search.']);

  it('hands a script only the keys it asks for', () => {
    expect(Object.keys(strings).every((key) => /^(shell\.search\.|maps\.search\.)/.test(key))).toBe(true);
    expect(strings['shell.search.count']).toBe('找到 {n} 条结果');
    expect(clientStrings('en', ['ws.'], ['ws.compare', 'ws.debrief'])).not.toHaveProperty('ws.debrief');
  });

  it('fills every slot, leaves unknown slots visible, and shows the key of a missing string', () => {
    expect(say(strings, 'shell.search.count', { n: 3 })).toBe('找到 3 条结果');
    expect(say(strings, 'maps.search.found')).toBe('高亮 {n} 人');
    expect(say({}, 'maps.failed')).toBe('maps.failed');
  });

  it('puts hostile text into a slot as it is, to be shown as text', () => {
    const query = '</script><img src=x onerror=alert(1)> $& {n}';
    expect(say(strings, 'shell.search.empty', { q: query })).toContain(`“${query}”`);
  });
});
