/**
 * The text of a new case file: the schema line, every section present, each commented in
 * Chinese with what to write and an example line, and placeholders that pass validation at once
 * (so `npm run validate` is green from the first minute and every later error is the trainer's
 * own). `npm run new:account` writes it with one example unit and person; `npm run import`
 * starts from it with empty units and people and fills them from the spreadsheet.
 */
import { idSchema } from '../schemas/account.ts';

export const PLACEHOLDER = '待补充';

/** Why an account id is refused, or undefined when it is a good one. */
export function accountIdProblem(id: string): 'format' | undefined {
  return idSchema.safeParse(id).success ? undefined : 'format';
}

export interface ScaffoldOptions {
  id: string;
  /** The case's date (asOf), YYYY-MM-DD. */
  today: string;
  /** One example unit and person (new:account); without them the import fills units and people. */
  examples: boolean;
}

export function scaffoldText({ id, today, examples }: ScaffoldOptions): string {
  const units = examples
    ? `units:
  - id: leadership # 编号：小写拼音或英文加连字符，人员的 unit 指向它
    # 客户自己的叫法，例如 药剂科、信息中心
    name: 领导班子
    layer: decision # decision 决策层、management 管理层、execution 执行层、support 支持部门、external 外部影响者
    # parent: leadership # 上级部门的编号（可选）
    # function: 重大事项由班子会集体决定 # 这个部门做什么（可选）`
    : 'units: []';
  const people = examples
    ? `people:
  - id: top-person # 编号：姓名拼音，例如 gao-changlin；别处用它指这个人
    # 姓名，例如 高长林
    name: ${PLACEHOLDER}（最高负责人）
    # pronoun: he # he 他 / she 她
    # 职务，例如 党委书记
    title: ${PLACEHOLDER}
    unit: leadership # 所在部门的编号
    # reportsTo: top-person # 直接上级的编号；最高负责人不写（只能有一人不写，或列进 topPeople）
    roles: [unknown] # EB 决策者、TB 把关者、UB 使用者、Coach 内线，可写多个；未判断写 unknown
    # power: 5 # 权力 1–5（3 及以上算高）
    # interest: 2 # 兴趣 1–5
    # man: { money: yes, authority: yes, need: unknown } # MAN：yes / no / unknown
    support: unknown # -2 反对者 … 0 中立 … 2 支持者（拥护者），或 unknown
    closeness: 0 # 0 无接触、1 认识、2 有来往、3 熟悉、4 信任
    # motives: { business: 今年要拿下服务评级 } # financial 财务、business 业务、relationship 关系动机
    # demands: [程序合规，经得起审计] # 诉求
    # disc: S # D、I、S、C
    # owner: am-xu # 我方负责人，team 中的编号
    # lastContact: 2026-05-20 # 最近一次实质接触，YYYY-MM-DD
    # notes: 5 月拜访过一次 # 团队对此人的了解`
    : 'people: []';
  return `# yaml-language-server: $schema=../account.schema.json
# 新客户案例。按注释逐节填写，随时运行 npm run validate -- accounts/${id}/account.yaml 检查。
# 写着“${PLACEHOLDER}”的地方都要换成真实内容；以 # 开头的行是说明和示例，可以删掉。
# 人员很多时，可以先在表格里整理，再用 npm run import -- <表格> --into accounts/${id}/account.yaml 导入。

id: ${id} # 客户编号，与文件夹名一致
# 例如 澄川市第一人民医院
name: ${PLACEHOLDER}（客户全称）
# 行业，例如 医疗、政府·交通运输、制造·汽车零部件
industry: ${PLACEHOLDER}
sector: other # government 政府机关、public-institution 事业单位、state-owned 国有企业、private 民营企业、foreign 外资企业、joint-venture 合资企业、other
# region: 华东·澄川市 # 地区（可选）
confidentiality: internal # internal：只出现在讲师版；可以给学员看时改成 public
sanitized: false # 真实姓名换成化名后才写 true（公开版只收 npm run sanitize 写出的案例）
asOf: ${today} # 案例描述的是哪一天的情况；“多久没接触”从这天算起
# 例如 规模最大的三甲医院，计划建设智慧药房……
summary: ${PLACEHOLDER}：一两句话说明客户是谁、这次机会是什么
# situation: 更详细的背景 # 可选
# topPeople: [sec-gao, pres-lu] # 组织真有两个“一把手”（书记和院长）时，把两人都列上

opportunity:
  # 例如 门诊与住院智慧药房整体方案
  offering: ${PLACEHOLDER}：我方提供什么
  # budgetBand: 300–500 万元 # 预算区间
  # timeline: 2026 年 12 月招标 # 客户计划何时决定、何时采购
  stage: prospecting # prospecting 线索、qualifying 资格确认、needs-analysis 需求分析、proposal 方案、tender 招投标、negotiation 谈判、won 赢单、lost 丢单
  # 例如 - { id: hanhe, name: 瀚禾医疗, position: 设备科长力推，报价低 }（写了 id，人员的 competitorTie 才能指向它）
  competitors: []
  # purchasingFactors: # 采购三因素
  #   need: 门诊排队、差错风险 # 需求驱动
  #   budget: 财政补助约 40%，其余自筹 # 预算控制
  #   competition: 我方接口能力领先，价格偏高 # 竞争对比
  decisionProcess: [] # 决策流程，按顺序，例如 - { name: 立项, roles: [EB], people: [top-person], status: planned }

information: # 收集到的信息，五类；每条写 fact 和 source（public-search、asking-around、on-site-observation、key-interview、cold-visit、industry-event、endorsement）
  basic: [] # 基本信息，例如 - { fact: 三甲综合医院，床位约 1800 张, source: public-search }
  business: [] # 业务信息，可加 aspect：profit-point 利润点、growth-point 增量点、difficulty 业务难点
  organisational: [] # 组织信息，例如 谁分管哪几个科室
  transaction: [] # 交易信息，例如 过去的采购和招标计划
  personal: [] # 个人信息，可加 about（关于谁）和 informant（谁告诉我们）

${units}

${people}

# 集体决策机构（党委会、董事会、局长办公会、院务会）作为整体拍板时写在这里，例如
# - { id: party-committee, name: 院党委会, kind: party-committee, members: [sec-gao, pres-lu], chair: sec-gao, roles: [EB] }
# kind：party-committee 党委会、board 董事会、office-meeting 办公会、management-council 院务会、committee 委员会
bodies: []

relationships: [] # 人与人的关系，例如 - { from: sec-gao, to: pres-lu, kind: rival, direction: mutual, strength: 2 }
# kind：influences 影响、ally 盟友、rival 对立、mentor 师徒/提携、informal 非正式、external-pressure 外部压力；strength 1–3

team: [] # 我方团队，例如 - { id: am-xu, name: 许琳, role: account-manager, title: 大客户经理 }
# role：account-manager 客户经理、solution 解决方案、service 交付与服务、executive-sponsor 高层支持、other

snapshots: [] # 变化记录，从早到晚，例如 - { date: 2026-07-06, title: 新副院长到任, changes: [{ type: joins, person: vp-medical }] }
# type：joins 加入、leaves 离开、support / closeness 变化（from、to）、reports-to 换上级、relationship-appears / relationship-ends

# trainer: # 只给讲师看，学员版和公开版里没有
#   notes: 看点和引导问题
#   answerKey: [] # 练习表的参考答案，见 README“Worksheets”
`;
}
