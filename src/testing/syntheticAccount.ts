/**
 * Generates valid, realistic-looking accounts of any size, deterministically from a seed: for the
 * bench (build scaling, validation, map drawing, search) and for scale tests. Never shipped.
 */
import type { AccountInput } from '../schemas/account.ts';
import { LAYERS, RELATIONSHIP_KINDS, type Layer } from '../schemas/vocabulary.ts';

/** Small deterministic PRNG (mulberry32), so every run measures the same content. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '明华建国志伟文军平东晓丽静敏强磊洋勇艳杰娟涛超秀霞刚桂英芳燕鹏辉玲俊峰红宇波婷琳飞斌凯鑫宁浩然欣怡';
const UNIT_NAMES: Record<Layer, string[]> = {
  decision: ['领导班子', '总经理办公室', '党委'],
  management: ['市场部', '销售部', '财务部', '运营部', '生产部', '质量部', '规划部', '业务一部', '业务二部'],
  execution: ['一线班组', '客服中心', '操作中心', '项目组', '区域分部'],
  support: ['信息中心', '采购部', '法务部', '人力资源部', '审计部'],
  external: ['主管部门', '咨询公司', '合作伙伴', '行业协会'],
};
const TITLES: Record<Layer, string[]> = {
  decision: ['总经理', '副总经理', '总监'],
  management: ['部门经理', '副经理', '主管'],
  execution: ['专员', '工程师', '组长'],
  support: ['科长', '工程师', '专员'],
  external: ['处长', '顾问', '合伙人'],
};

export interface SyntheticOptions {
  id: string;
  people: number;
  seed?: number;
}

/** A valid case file (as YAML-ready data) with `people` people spread over the five layers. */
export function syntheticAccount({ id, people: count, seed = 1 }: SyntheticOptions): AccountInput {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const unitsPerLayer = (layer: Layer) => (layer === 'decision' ? 1 : Math.max(1, Math.round(count / 12)));
  const units = LAYERS.flatMap((layer) =>
    Array.from({ length: unitsPerLayer(layer) }, (_, index) => ({
      id: `${layer}-${index + 1}`,
      name: `${pick(UNIT_NAMES[layer])}${index + 1}`,
      layer,
      ...(layer !== 'decision' && layer !== 'external' ? { parent: 'decision-1' } : {}),
    })),
  );
  const team = [
    { id: 'am', name: '客户经理甲', role: 'account-manager' as const },
    { id: 'sa', name: '方案经理乙', role: 'solution' as const },
    { id: 'exec', name: '高层丙', role: 'executive-sponsor' as const },
  ];
  const people: AccountInput['people'] = [];
  for (let index = 0; index < count; index++) {
    // Layer by position: one top, then a pyramid, with external influencers at the end.
    const layer: Layer =
      index === 0
        ? 'decision'
        : index < Math.max(2, count * 0.08)
          ? 'decision'
          : index < count * 0.3
            ? 'management'
            : index < count * 0.7
              ? 'execution'
              : index < count * 0.9
                ? 'support'
                : 'external';
    const unitsOfLayer = units.filter((unit) => unit.layer === layer);
    const unit = unitsOfLayer[index % unitsOfLayer.length]!;
    const managers = people.filter((person) => {
      const personLayer = units.find((candidate) => candidate.id === person.unit)!.layer;
      return LAYERS.indexOf(personLayer) < LAYERS.indexOf(layer) && personLayer !== 'external';
    });
    const reportsTo = index === 0 || layer === 'external' ? undefined : pick(managers.length ? managers : people).id;
    const support = pick([-2, -1, 0, 1, 2, 'unknown'] as const);
    people.push({
      id: `p${index + 1}`,
      name: `${pick([...SURNAMES])}${pick([...GIVEN])}${index % 3 === 0 ? pick([...GIVEN]) : ''}`,
      title: pick(TITLES[layer]),
      unit: unit.id,
      ...(reportsTo ? { reportsTo } : {}),
      roles: index === 0 ? ['EB'] : random() < 0.15 ? [pick(['TB', 'UB', 'Coach'] as const)] : [],
      power: 1 + Math.floor(random() * 5),
      interest: 1 + Math.floor(random() * 5),
      man: {
        money: pick(['yes', 'no', 'unknown'] as const),
        authority: pick(['yes', 'no', 'unknown'] as const),
        need: pick(['yes', 'no', 'unknown'] as const),
      },
      support,
      closeness: pick([0, 1, 2, 3, 4] as const),
      disc: pick(['D', 'I', 'S', 'C'] as const),
      ...(random() < 0.5 ? { owner: pick(team).id } : {}),
      ...(random() < 0.6 ? { lastContact: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` } : {}),
      demands: random() < 0.3 ? ['希望项目按期上线', '控制总体成本'] : [],
    });
  }
  const relationships: NonNullable<AccountInput['relationships']> = [];
  for (let index = 1; index < count; index += 2) {
    const other = Math.floor(random() * count);
    if (other === index) continue;
    relationships.push({
      from: `p${index + 1}`,
      to: `p${other + 1}`,
      kind: pick(RELATIONSHIP_KINDS),
      strength: pick([1, 2, 3] as const),
    });
  }
  return {
    id,
    name: `合成客户 ${id}`,
    industry: '合成数据',
    sector: 'private',
    confidentiality: 'public',
    asOf: '2026-10-01',
    summary: `自动生成的 ${count} 人客户，用于性能测量。`,
    opportunity: {
      offering: '测试产品',
      stage: 'proposal',
      decisionProcess: [{ name: '立项', roles: ['EB'], people: ['p1'] }],
    },
    units,
    people,
    relationships,
    team,
  };
}
