/**
 * Plausible fictional names for people, places and brands, deterministic for a seed and never
 * equal to an original.
 */
import type { SplitName } from './names.ts';

/** Common surnames that are not also everyday words (明, 安, 都 would read as 明年, 安全, 都是). */
export const SURNAME_POOL = [
  ...'赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁韦马苗方俞袁柳鲍史唐费岑薛雷贺倪汤滕殷罗毕郝傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄臧戴宋庞熊纪舒屈项祝董梁杜阮蓝闵席季贾娄危江童颜郭梅盛林钟徐邱骆夏蔡田樊胡凌霍虞柯管卢莫房丁邓郁单杭洪崔吉龚程邢裴陆荣翁荀甄靳段焦侯仲宫栾甘厉祖武符刘詹叶黎白蒲赖卓蔺蒙乔胥翟谭姬冉郦雍桑桂濮寿扈燕冀浦尚庄晏柴瞿阎慕茹艾庾匡寇欧蔚聂晁敖冷辛阚简饶曾鞠巢荆竺逯',
];

/**
 * Given-name characters. A person's `pronoun` picks the pool, so a 他 in the text still fits the
 * name; without one, only characters common to both.
 */
export const GIVEN_POOLS = {
  he: [...'浩宇俊杰博文明轩振华志远海峰建国德明晓东立新永强军凯旭鹏程泽宁宏亮启航雪松景行知远伟刚勇毅磊'],
  she: [...'嘉怡思雨欣然梓萱佳琪若溪雅婷春燕秀兰文静丽娟玉梅桂芳丹慧敏书瑶静姝楠琳蔚晓岚月婉'],
  either: [...'子涵晨曦清扬彦霖云帆望舒思源一诺安然文亦明'],
};
export type PronounPool = keyof typeof GIVEN_POOLS;

/** Literary characters rarely found in real place names; the region also says （虚构）. */
const PLACE_FIRST = [...'澜漪栖篁岫翎蘅苓葭棠沐湄芸蓼荇璃珞岚'];
const PLACE_SECOND = [...'川州源陵浦塘汀渚津'];
const BRAND_FIRST = [...'恒瑞泰嘉华信达博睿航卓聚鼎弘远晟昊启拓衡盈'];
const BRAND_SECOND = [...'远通和创智联科成达源康信安业汇峰图禾'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Tries candidates until one is new; falls back to numbering so a huge case still finishes. */
function fresh(make: () => string, taken: Set<string>, tries = 200): string {
  for (let attempt = 0; attempt < tries; attempt++) {
    const candidate = make();
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
  for (let n = 2; ; n++) {
    const candidate = `${make()}${n}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

export class PseudonymGenerator {
  private readonly surnames = new Map<string, string>();
  private readonly takenNames: Set<string>;
  private readonly takenPlaces: Set<string>;
  private readonly takenBrands: Set<string>;
  private readonly originalSurnames: Set<string>;
  private readonly random: () => number;

  /** `originals`: every original name, place and brand, none of which may come out again. */
  constructor(
    random: () => number,
    originals: { names: readonly SplitName[]; places: readonly string[]; brands: readonly string[] },
  ) {
    this.random = random;
    this.takenNames = new Set(originals.names.map((name) => name.full));
    this.originalSurnames = new Set(originals.names.map((name) => name.surname).filter(Boolean));
    this.takenPlaces = new Set(originals.places);
    this.takenBrands = new Set(originals.brands);
  }

  /** Everyone with the same original surname gets the same new one, so 王主任 stays one person. */
  surnameFor(original: string): string {
    let mapped = this.surnames.get(original);
    if (!mapped) {
      const used = new Set(this.surnames.values());
      const free = SURNAME_POOL.filter((surname) => !this.originalSurnames.has(surname) && !used.has(surname));
      const pool = free.length > 0 ? free : SURNAME_POOL.filter((surname) => surname !== original);
      mapped = pick(this.random, pool);
      this.surnames.set(original, mapped);
    }
    return mapped;
  }

  person(original: SplitName, pronoun?: 'he' | 'she'): SplitName {
    const pool = pronoun ? [...GIVEN_POOLS[pronoun], ...GIVEN_POOLS.either] : GIVEN_POOLS.either;
    const surname = original.surname ? this.surnameFor(original.surname) : pick(this.random, SURNAME_POOL);
    const length = Math.min(Math.max([...original.given].length, 1), 2);
    let given = '';
    const full = fresh(() => {
      do {
        given = Array.from({ length }, () => pick(this.random, pool)).join('');
      } while (given === original.given);
      return surname + given;
    }, this.takenNames);
    return { full, surname, given: full.slice(surname.length) };
  }

  place(): string {
    return fresh(() => pick(this.random, PLACE_FIRST) + pick(this.random, PLACE_SECOND), this.takenPlaces);
  }

  brand(): string {
    return fresh(() => pick(this.random, BRAND_FIRST) + pick(this.random, BRAND_SECOND), this.takenBrands);
  }
}
