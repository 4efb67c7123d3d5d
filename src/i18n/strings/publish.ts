/** UI strings of the publish gate's status, shown in the trainer edition. */
import type { GateReason } from '../../sanitize/gate.ts';

export const zh = {
  'publish.title': '公开版发布检查',
  'publish.intro': '只有公开、已脱敏、由脱敏工具生成且扫描通过的案例才会进入公开版。',
  'publish.account': '案例',
  'publish.status': '能否发布',
  'publish.yes': '会发布',
  'publish.no': '不会发布',
  'publish.why': '原因',
  'publish.edited': '脱敏后手工改过：',
  'publish.reason.internal': '保密级别为 internal',
  'publish.reason.not-sanitized': '未标记为已脱敏',
  'publish.reason.no-record': '不是由脱敏工具生成的',
  'publish.reason.scan-hits': '扫描发现疑似个人信息：',
} satisfies Record<string, string> & Record<`publish.reason.${GateReason}`, string>;

export const en: Record<keyof typeof zh, string> = {
  'publish.title': 'Public edition check',
  'publish.intro':
    'Only public cases that are sanitized, written by the sanitizer and pass the scan go into the public edition.',
  'publish.account': 'Case',
  'publish.status': 'Published?',
  'publish.yes': 'yes',
  'publish.no': 'no',
  'publish.why': 'Why',
  'publish.edited': 'Edited by hand since sanitizing: ',
  'publish.reason.internal': 'confidentiality is internal',
  'publish.reason.not-sanitized': 'not marked sanitized',
  'publish.reason.no-record': 'not written by the sanitizer',
  'publish.reason.scan-hits': 'the scan found personal data: ',
};
