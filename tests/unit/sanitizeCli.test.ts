import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const planted = fileURLToPath(new URL('../fixtures/sanitize/planted/', import.meta.url));

/** A scratch project holding the planted "real" case outside accounts/, as the README asks. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kam-sanitize-cli-'));
  cpSync(join(planted, 'account.yaml'), join(dir, 'real/planted/account.yaml'));
  cpSync(join(planted, 'scenarios'), join(dir, 'real/planted/scenarios'), { recursive: true });
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(locale: 'zh-CN' | 'en', dir: string, script: string, ...args: string[]) {
  const env = { ...process.env, UI_LOCALE: locale };
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * Both CLIs end to end in one language: an error, a copy written and scanned clean, the hits in
 * the real case (one line per kind), a broken allow list. Every message's wording in both
 * languages is pinned in the catalogue snapshot of validationMessages.test.ts.
 */
function session(locale: 'zh-CN' | 'en') {
  const dir = scratch();
  dirs.push(dir);
  const sanitize = (...args: string[]) => run(locale, dir, 'sanitize.ts', ...args);
  const scan = (...args: string[]) => run(locale, dir, 'scan.ts', ...args);
  const written = sanitize('real/planted/account.yaml', '--id', 'case-a');
  const realCase = firstHitOfEachKind(scan('real/planted/account.yaml'));
  writeFileSync(join(dir, 'scan-allow.yaml'), '- { text: www.example.com }\n- { reason: 没有原文 }\n');
  return { usage: sanitize(), written, realCase, brokenAllowList: scan('accounts/case-a') };
}

/** The first hit of each kind and the closing total (every planted hit is pinned in sanitize.test.ts). */
function firstHitOfEachKind({ status, out }: { status: number | null; out: string }) {
  const lines = out.split('\n');
  const seen = new Set<string>();
  const firsts = lines.filter((line) => {
    const kind = line.split('  ')[1];
    if (kind === undefined || seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
  return { status, out: [...firsts, lines.at(-1)] };
}

describe('npm run sanitize and npm run scan speak Chinese by default', () => {
  it('words the console text in zh-CN', { timeout: 60_000 }, () => {
    expect(session('zh-CN')).toMatchInlineSnapshot(`
      {
        "brokenAllowList": {
          "out": "scan-allow.yaml  [0].reason  放行“www.example.com”须写明理由，实际为空
      scan-allow.yaml  [1].text  应为被误报的原文，实际为空

      扫描了 2 个文件（本地名单 12 项，放行 0 项）：发现 0 处疑似个人信息。",
          "status": 1,
        },
        "realCase": {
          "out": [
            "real/planted/account.yaml:4:7  名单中的真实名称  name: 鹤*****院",
            "real/planted/account.yaml:11:32  手机号  …房系统，王*国院长电话 13*******78。",
            "real/planted/account.yaml:12:32  电子邮箱  …见不一；老王让小李联系 wangji**************com.cn，官网 www.h***…",
            "real/planted/account.yaml:12:62  网址  …**com.cn，官网 www.h***********l.com。",
            "real/planted/account.yaml:14:25  固定电话  …药房系统，联系人李*兰 010******678",
            "real/planted/account.yaml:16:34  微信号  …月招标，李*兰微信号：li*******88",
            "real/planted/account.yaml:20:26  车牌号  …n: 瀚*的张总（车牌 浙A****45）常来",
            "real/planted/account.yaml:22:23  身份证号  …建国院长要评级，身份证 1101**********002X 的那位",
            "real/planted/account.yaml:23:22  银行卡号  …t: 财务李*兰说卡号 4111***********1111 付款",
            "扫描了 1 个文件（本地名单 12 项，放行 0 项）：发现 40 处疑似个人信息。",
          ],
          "status": 1,
        },
        "usage": {
          "out": "用法：npm run sanitize -- <account.yaml> [--id <新 id>] [--seed <整数>] [--org <映射文件.yaml>]",
          "status": 2,
        },
        "written": {
          "out": "已写出 2 个文件到 accounts/case-a/（原文件未改动）
      人员 3 人已替换为化名，日期整体平移 -826 天，映射表见 .private/mappings/case-a.yaml（不进仓库）
      扫描通过。下一步：通读副本，确认无误后提交，公开版构建（npm run build:public）会再检查一次。",
          "status": 0,
        },
      }
    `);
  });
});

describe('UI_LOCALE=en', () => {
  it('words the console text in English', { timeout: 60_000 }, () => {
    expect(session('en')).toMatchInlineSnapshot(`
      {
        "brokenAllowList": {
          "out": "scan-allow.yaml  [0].reason  allowing "www.example.com" needs a reason; found nothing
      scan-allow.yaml  [1].text  expected the exact text reported by mistake; found nothing

      scanned 2 files (denylist 12, allowed 0): 0 possible personal data items found.",
          "status": 1,
        },
        "realCase": {
          "out": [
            "real/planted/account.yaml:4:7  real name on the denylist  name: 鹤*****院",
            "real/planted/account.yaml:11:32  mobile number  …房系统，王*国院长电话 13*******78。",
            "real/planted/account.yaml:12:32  e-mail address  …见不一；老王让小李联系 wangji**************com.cn，官网 www.h***…",
            "real/planted/account.yaml:12:62  URL  …**com.cn，官网 www.h***********l.com。",
            "real/planted/account.yaml:14:25  landline number  …药房系统，联系人李*兰 010******678",
            "real/planted/account.yaml:16:34  WeChat id  …月招标，李*兰微信号：li*******88",
            "real/planted/account.yaml:20:26  vehicle plate  …n: 瀚*的张总（车牌 浙A****45）常来",
            "real/planted/account.yaml:22:23  ID card number  …建国院长要评级，身份证 1101**********002X 的那位",
            "real/planted/account.yaml:23:22  bank card number  …t: 财务李*兰说卡号 4111***********1111 付款",
            "scanned 1 file (denylist 12, allowed 0): 40 possible personal data items found.",
          ],
          "status": 1,
        },
        "usage": {
          "out": "usage: npm run sanitize -- <account.yaml> [--id <new-id>] [--seed <integer>] [--org <mapping.yaml>]",
          "status": 2,
        },
        "written": {
          "out": "wrote 2 files to accounts/case-a/ (the original is unchanged)
      3 people renamed, every date moved by -826 days; the mapping is in .private/mappings/case-a.yaml (not committed)
      scan clean. Next: read the copy, commit it when it is right; the public build (npm run build:public) checks it again.",
          "status": 0,
        },
      }
    `);
  });
});
