/**
 * Red flags: the risks a trainer wants trainees to spot in an account, each with a short Chinese
 * explanation and a suggested next action.
 */
import type { Account, Person } from '../schemas/account.ts';
import { hasRole, isKeyPerson, isOpposed } from '../model/accountModel.ts';
import { contactedRecently, resolveOptions, type AnalysisOptions } from './coverage.ts';
import { daysBetween } from './dates.ts';

export const RED_FLAG_CODES = [
  'no-eb',
  'eb-not-contacted',
  'eb-not-supportive',
  'no-coach',
  'high-power-opponent',
  'high-power-unknown',
  'single-threaded',
  'stale-contact',
  'key-person-without-owner',
  'placeholder-unfilled',
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

export interface RedFlag {
  code: RedFlagCode;
  severity: 'high' | 'medium';
  /** The person the flag concerns, when it concerns one. */
  personId?: string;
  message: string;
  action: string;
}

/** Power at or above this is "high power" for flags. */
export const HIGH_POWER = 4;
/** Closeness at or above this counts as a working relationship (有来往). */
export const WORKING_CLOSENESS = 2;

export function redFlags(account: Account, options?: AnalysisOptions): RedFlag[] {
  const { asOf, staleDays } = resolveOptions(account, options);
  const people = account.people.filter((person) => !person.placeholder);
  const flags: RedFlag[] = [];
  const add = (flag: RedFlag) => flags.push(flag);

  const ebs = people.filter((person) => hasRole(person, 'EB'));
  if (ebs.length === 0) {
    add({
      code: 'no-eb',
      severity: 'high',
      message: '尚未识别出决策者（EB）：不知道谁最终拍板、谁能放钱。',
      action: '通过内线或关键访谈确认预算审批链，找到最终签字的人。',
    });
  }
  for (const eb of ebs) {
    if (!contactedRecently(eb, asOf, staleDays)) {
      add({
        code: 'eb-not-contacted',
        severity: 'high',
        personId: eb.id,
        message: eb.lastContact
          ? `决策者${eb.name}已 ${daysBetween(eb.lastContact, asOf)} 天没有接触。`
          : `决策者${eb.name}还没有被接触过。`,
        action: '安排高层拜访或由内线引荐，争取一次与决策者的直接沟通。',
      });
    }
    if (eb.support !== 'unknown' && eb.support <= 0) {
      add({
        code: 'eb-not-supportive',
        severity: 'high',
        personId: eb.id,
        message: `决策者${eb.name}目前${eb.support < 0 ? '不支持我们' : '态度中立'}。`,
        action: '弄清其财务、业务和关系动机，用其最关心的结果重新组织方案价值。',
      });
    }
  }

  if (!people.some((person) => hasRole(person, 'Coach'))) {
    add({
      code: 'no-coach',
      severity: 'high',
      message: '没有内线（Coach）：缺少能在客户内部指点我们的人。',
      action: '在支持我们的使用者或把关者中培养内线，先建立信任再请其指点。',
    });
  }

  for (const person of people) {
    if ((person.power ?? 0) < HIGH_POWER) continue;
    if (isOpposed(person)) {
      add({
        code: 'high-power-opponent',
        severity: 'high',
        personId: person.id,
        message: `高权力者${person.name}（${person.title}）反对我们。`,
        action: '找出反对的原因和其背后的诉求；考虑由其信任的人影响，或降低其对决策的影响。',
      });
    } else if (person.support === 'unknown') {
      add({
        code: 'high-power-unknown',
        severity: 'medium',
        personId: person.id,
        message: `高权力者${person.name}（${person.title}）态度未知。`,
        action: '尽快通过接触或周边了解判断其态度，不要假定为中立。',
      });
    }
  }

  const working = people.filter((person) => person.closeness >= WORKING_CLOSENESS);
  if (working.length <= 1) {
    add({
      code: 'single-threaded',
      severity: 'high',
      ...(working[0] ? { personId: working[0].id } : {}),
      message: working[0]
        ? `单线联系：只有${working[0].name}一人与我们有实质往来，一旦其调岗或态度变化，整个客户就会失联。`
        : '没有任何人与我们有实质往来（亲密度均低于“有来往”）。',
      action: '扩大接触面：按角色和层级各发展至少一位有来往的联系人。',
    });
  }

  for (const person of people) {
    if (!isKeyPerson(person)) continue;
    if (person.lastContact && daysBetween(person.lastContact, asOf) > staleDays && !hasRole(person, 'EB')) {
      add({
        code: 'stale-contact',
        severity: 'medium',
        personId: person.id,
        message: `关键人${person.name}已 ${daysBetween(person.lastContact, asOf)} 天没有接触（超过 ${staleDays} 天）。`,
        action: '安排一次有价值的接触：带去对其有用的信息，而不只是问候。',
      });
    }
    if (person.owner === undefined) {
      add({
        code: 'key-person-without-owner',
        severity: 'medium',
        personId: person.id,
        message: `关键人${person.name}（${person.title}）在我方没有负责人。`,
        action: '在我方团队中指定对口负责人，明确接触频率和目标。',
      });
    }
  }

  for (const placeholder of account.people.filter((person) => person.placeholder)) {
    add({
      code: 'placeholder-unfilled',
      severity: 'medium',
      personId: placeholder.id,
      message: `角色“${placeholder.name}”仍是占位，尚不知道由谁担任。`,
      action: '通过内线、周边了解或公开信息确认此角色的实际人选。',
    });
  }
  return flags;
}

export function flagsForPerson(flags: readonly RedFlag[], person: Person): RedFlag[] {
  return flags.filter((flag) => flag.personId === person.id);
}
