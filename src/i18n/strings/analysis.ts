/**
 * Words for what the analysis finds (src/analysis/ returns codes and parameters only):
 * power–interest quadrants, MAN classes and red flags.
 *
 * A red flag kind needs `flag.<code>` (or `flag.<code>.<variant>` for each variant the analysis
 * sets) and `flag.<code>.action`; `{name}`-style slots take the flag's params.
 */
export const zh = {
  'quadrant.manage-closely': '重点管理',
  'quadrant.keep-satisfied': '令其满意',
  'quadrant.keep-informed': '随时告知',
  'quadrant.monitor': '持续关注',
  'quadrant.manage-closely.title': '重点管理（Manage closely）',
  'quadrant.keep-satisfied.title': '令其满意（Keep satisfied）',
  'quadrant.keep-informed.title': '随时告知（Keep informed）',
  'quadrant.monitor.title': '持续关注（Monitor）',
  'quadrant.manage-closely.action': '高权力、高兴趣：深度参与，定期一对一沟通，让其参与方案共创。',
  'quadrant.keep-satisfied.action': '高权力、低兴趣：按其关注点简要汇报，不打扰但不让其意外，设法提升兴趣。',
  'quadrant.keep-informed.action': '低权力、高兴趣：保持信息畅通，争取其成为使用者口碑和内线。',
  'quadrant.monitor.action': '低权力、低兴趣：少量投入，留意其权力或兴趣的变化。',
  'man.column.money': 'Money 购买力',
  'man.column.authority': 'Authority 决策力',
  'man.column.need': 'Need 需求度',
  'man.dimension.money': '购买力',
  'man.dimension.authority': '决策力',
  'man.dimension.need': '需求度',
  'man.class.M-A-N': '理想对象',
  'man.class.M-A-n': '需激发需求',
  'man.class.M-a-N': '需找到决策人',
  'man.class.m-A-N': '需解决资金',
  'man.class.M-a-n': '长期培养',
  'man.class.m-A-n': '长期培养',
  'man.class.m-a-N': '长期培养',
  'man.class.m-a-n': '非目标对象',
  'man.strategy.M-A-N': '有钱、有权、有需求：全力推进，尽快进入方案和商务阶段。',
  'man.strategy.M-A-n': '有钱有权但需求不足：用行业案例和场景问题激发需求，配合熟练的顾问式销售。',
  'man.strategy.M-a-N': '有钱有需求但无决策权：可以接触，请其引荐并设法找到真正拍板的人。',
  'man.strategy.m-A-N': '有权有需求但缺资金：可以接触，了解预算与信用状况，协助争取立项、分期或专项资金。',
  'man.strategy.M-a-n': '只有购买力：保持接触，长期观察培养，等待需求或权力条件成熟。',
  'man.strategy.m-A-n': '只有决策权：保持接触，长期观察培养，从其关心的业务问题入手激发需求。',
  'man.strategy.m-a-N': '只有需求：可作为使用者和信息来源维护，争取其向有权有钱者传递需求。',
  'man.strategy.m-a-n': '三者皆无：不作为推进对象，减少投入，仅保持礼节性联系。',
  'man.incomplete': '信息不全',
  'man.incomplete.strategy': '先补齐{missing}的判断，再决定接触策略。',
  'man.incomplete.anyStrategy': '先补齐未知的判断，再决定接触策略。',
  'flag.severity.high': '高',
  'flag.severity.medium': '中',
  'flag.advice': '建议：{action}',
  'flag.no-eb': '尚未识别出决策者（EB）：不知道谁最终拍板、谁能放钱。',
  'flag.no-eb.action': '通过内线或关键访谈确认预算审批链，找到最终签字的人。',
  'flag.eb-not-contacted.days': '决策者{name}已 {days} 天没有接触。',
  'flag.eb-not-contacted.never': '决策者{name}还没有被接触过。',
  'flag.eb-not-contacted.action': '安排高层拜访或由内线引荐，争取一次与决策者的直接沟通。',
  'flag.eb-not-supportive.opposed': '决策者{name}目前不支持我们。',
  'flag.eb-not-supportive.neutral': '决策者{name}目前态度中立。',
  'flag.eb-not-supportive.action': '弄清其财务、业务和关系动机，用其最关心的结果重新组织方案价值。',
  'flag.eb-not-supportive.body-opposed': '决策机构{name}目前不支持我们：{person}的态度决定了它的倾向。',
  'flag.eb-not-supportive.body-neutral': '决策机构{name}目前态度中立：分量最重的{person}还没有表态支持。',
  'flag.eb-body-not-reached.chair': '决策机构{name}由{chair}主持，但我们最近没有与其接触。',
  'flag.eb-body-not-reached.members': '决策机构{name}的 {members} 名成员中，最近只接触过 {contacted} 人，不到半数。',
  'flag.eb-body-not-reached.action':
    '集体决策要过半数同意：先争取主持人，再按分工逐一接触成员，让每人都听过我们的方案。',
  'flag.competitor-tie': '关键人{name}（{title}）倾向竞争对手{competitor}。',
  'flag.competitor-tie.action':
    '弄清这层关系的来由和分量；用其关心的结果和可验证的证据争取，同时加强其他关键人的支持，避免只靠此人。',
  'flag.no-coach': '没有内线（Coach）：缺少能在客户内部指点我们的人。',
  'flag.no-coach.action': '在支持我们的使用者或把关者中培养内线，先建立信任再请其指点。',
  'flag.high-power-opponent': '高权力者{name}（{title}）反对我们。',
  'flag.high-power-opponent.action': '找出反对的原因和其背后的诉求；考虑由其信任的人影响，或降低其对决策的影响。',
  'flag.high-power-unknown': '高权力者{name}（{title}）态度未知。',
  'flag.high-power-unknown.action': '尽快通过接触或周边了解判断其态度，不要假定为中立。',
  'flag.single-threaded.one': '单线联系：只有{name}一人与我们有实质往来，一旦其调岗或态度变化，整个客户就会失联。',
  'flag.single-threaded.none': '没有任何人与我们有实质往来（亲密度均低于“有来往”）。',
  'flag.single-threaded.action': '扩大接触面：按角色和层级各发展至少一位有来往的联系人。',
  'flag.stale-contact': '关键人{name}已 {days} 天没有接触（超过 {staleDays} 天）。',
  'flag.stale-contact.action': '安排一次有价值的接触：带去对其有用的信息，而不只是问候。',
  'flag.key-person-without-owner': '关键人{name}（{title}）在我方没有负责人。',
  'flag.key-person-without-owner.action': '在我方团队中指定对口负责人，明确接触频率和目标。',
  'flag.placeholder-unfilled': '角色“{name}”仍是占位，尚不知道由谁担任。',
  'flag.placeholder-unfilled.action': '通过内线、周边了解或公开信息确认此角色的实际人选。',
  'flag.opponent-sways-key-person.influences': '坚决反对我们的{name}（{title}）能影响关键人{target}（{targetTitle}）。',
  'flag.opponent-sways-key-person.mentor': '坚决反对我们的{name}（{title}）是关键人{target}（{targetTitle}）的师长。',
  'flag.opponent-sways-key-person.action':
    '赶在反对者之前与这位关键人建立直接联系，弄清反对的理由，准备好关键人会听到的说法。',
  'flag.ally-left.coach': '内线{name}（{title}）已于 {date} 离开。',
  'flag.ally-left.champion': '坚定支持者{name}（{title}）已于 {date} 离开。',
  'flag.ally-left.sponsor': '支持我们的高权力者{name}（{title}）已于 {date} 离开。',
  'flag.ally-left.action': '确认谁接手了其工作和影响力；请其引荐继任者，并尽快培养新的内线。',
  'flag.coach-reports-to-opponent': '内线{name}的上级是反对我们的{manager}（{managerTitle}）。',
  'flag.coach-reports-to-opponent.action': '减少对内线公开表态的依赖，保护好内线；另找能直接接触其上级的支持者。',
  'flag.new-manager-not-contacted': '关键人{name}（{title}）自 {date} 改向{manager}汇报，此后还没有接触过。',
  'flag.new-manager-not-contacted.action': '尽快拜访，了解新上级带来的目标和考核变化，重新确认其态度。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'quadrant.manage-closely': 'Manage closely',
  'quadrant.keep-satisfied': 'Keep satisfied',
  'quadrant.keep-informed': 'Keep informed',
  'quadrant.monitor': 'Monitor',
  'quadrant.manage-closely.title': 'Manage closely',
  'quadrant.keep-satisfied.title': 'Keep satisfied',
  'quadrant.keep-informed.title': 'Keep informed',
  'quadrant.monitor.title': 'Monitor',
  'quadrant.manage-closely.action':
    'High power, high interest: involve them deeply, meet one to one regularly, shape the proposal with them.',
  'quadrant.keep-satisfied.action':
    'High power, low interest: brief them on what they care about, never surprise them, try to raise their interest.',
  'quadrant.keep-informed.action':
    'Low power, high interest: keep them informed; win them as a voice among users and as a coach.',
  'quadrant.monitor.action': 'Low power, low interest: little effort; watch for changes in their power or interest.',
  'man.column.money': 'Money',
  'man.column.authority': 'Authority',
  'man.column.need': 'Need',
  'man.dimension.money': 'money',
  'man.dimension.authority': 'authority',
  'man.dimension.need': 'need',
  'man.class.M-A-N': 'Ideal contact',
  'man.class.M-A-n': 'Raise the need',
  'man.class.M-a-N': 'Find the decision maker',
  'man.class.m-A-N': 'Solve the funding',
  'man.class.M-a-n': 'Long-term nurture',
  'man.class.m-A-n': 'Long-term nurture',
  'man.class.m-a-N': 'Long-term nurture',
  'man.class.m-a-n': 'Not a target',
  'man.strategy.M-A-N': 'Money, authority and need: push hard and move on to proposal and commercial terms soon.',
  'man.strategy.M-A-n':
    'Money and authority but little need: raise the need with industry cases and scenario questions, with skilled consultative selling.',
  'man.strategy.M-a-N':
    'Money and need but no authority: worth meeting; ask for an introduction and find who really decides.',
  'man.strategy.m-A-N':
    'Authority and need but no money: worth meeting; learn the budget and credit position, help secure approval, instalments or special funds.',
  'man.strategy.M-a-n': 'Money only: keep in touch and nurture over time until need or authority develops.',
  'man.strategy.m-A-n':
    'Authority only: keep in touch and nurture over time; raise a need from the business problems they care about.',
  'man.strategy.m-a-N':
    'Need only: keep them as a user and a source of information; help them carry the need to those with money and authority.',
  'man.strategy.m-a-n': 'None of the three: not a target; invest little, keep contact courteous.',
  'man.incomplete': 'Incomplete',
  'man.incomplete.strategy': 'Assess {missing} first, then decide how to approach them.',
  'man.incomplete.anyStrategy': 'Assess the unknowns first, then decide how to approach them.',
  'flag.severity.high': 'high',
  'flag.severity.medium': 'medium',
  'flag.advice': 'Next step: {action}',
  'flag.no-eb': 'No economic buyer (EB) identified: we do not know who finally decides and releases the money.',
  'flag.no-eb.action': 'Confirm the budget approval chain through the coach or key interviews; find who signs last.',
  'flag.eb-not-contacted.days': 'No contact with the economic buyer {name} for {days} days.',
  'flag.eb-not-contacted.never': 'The economic buyer {name} has never been contacted.',
  'flag.eb-not-contacted.action':
    'Arrange an executive visit or an introduction by the coach to speak with the economic buyer directly.',
  'flag.eb-not-supportive.opposed': 'The economic buyer {name} does not support us.',
  'flag.eb-not-supportive.neutral': 'The economic buyer {name} is neutral.',
  'flag.eb-not-supportive.action':
    'Learn their financial, business and relationship motives; reframe the value of the proposal around the result they care about most.',
  'flag.eb-not-supportive.body-opposed': 'The decision body {name} does not support us: {person} sets its leaning.',
  'flag.eb-not-supportive.body-neutral':
    'The decision body {name} is neutral: {person}, who weighs most in it, has not come out for us.',
  'flag.eb-body-not-reached.chair':
    'The decision body {name} is chaired by {chair}, whom we have not contacted lately.',
  'flag.eb-body-not-reached.members':
    'We have lately contacted only {contacted} of the {members} members of the decision body {name}: fewer than half.',
  'flag.eb-body-not-reached.action':
    'A body decides by majority: win the chair first, then meet the members one by one so that each has heard our proposal.',
  'flag.competitor-tie': 'The key person {name} ({title}) leans to the competitor {competitor}.',
  'flag.competitor-tie.action':
    'Find out where the tie comes from and how much it weighs; win them with the results they care about and evidence they can check, and strengthen the other key people so that we do not depend on them.',
  'flag.no-coach': 'No coach: nobody inside the customer guides us.',
  'flag.no-coach.action':
    'Develop a coach among the supportive users or technical buyers: build trust first, then ask for guidance.',
  'flag.high-power-opponent': '{name} ({title}) has high power and opposes us.',
  'flag.high-power-opponent.action':
    'Find the reason for the opposition and the demand behind it; work through someone they trust, or reduce their influence on the decision.',
  'flag.high-power-unknown': '{name} ({title}) has high power and an unknown stance.',
  'flag.high-power-unknown.action':
    'Judge their stance soon by meeting them or asking around; do not assume they are neutral.',
  'flag.single-threaded.one':
    'Single-threaded: only {name} works with us; if they move or change their mind, we lose the account.',
  'flag.single-threaded.none': 'Nobody works with us (everyone is below “in contact”).',
  'flag.single-threaded.action': 'Widen the contact: develop at least one working contact per role and per level.',
  'flag.stale-contact': 'No contact with the key person {name} for {days} days (more than {staleDays}).',
  'flag.stale-contact.action': 'Arrange a contact of value: bring information useful to them, not just greetings.',
  'flag.key-person-without-owner': 'The key person {name} ({title}) has no owner on our side.',
  'flag.key-person-without-owner.action': 'Name an owner in our team, with how often to meet and what to achieve.',
  'flag.placeholder-unfilled': 'The role “{name}” is still a placeholder: we do not know who holds it.',
  'flag.placeholder-unfilled.action':
    'Confirm who holds this role through the coach, asking around or public information.',
  'flag.opponent-sways-key-person.influences':
    '{name} ({title}), firmly against us, influences the key person {target} ({targetTitle}).',
  'flag.opponent-sways-key-person.mentor':
    '{name} ({title}), firmly against us, is a mentor of the key person {target} ({targetTitle}).',
  'flag.opponent-sways-key-person.action':
    'Reach the key person directly before the opponent does, learn why they oppose us, and prepare for what the key person will hear.',
  'flag.ally-left.coach': 'Our coach {name} ({title}) left on {date}.',
  'flag.ally-left.champion': 'Our champion {name} ({title}) left on {date}.',
  'flag.ally-left.sponsor': '{name} ({title}), a powerful supporter, left on {date}.',
  'flag.ally-left.action':
    'Find out who took over the work and the influence; ask for an introduction to the successor and develop a new coach.',
  'flag.coach-reports-to-opponent': 'Our coach {name} reports to {manager} ({managerTitle}), who opposes us.',
  'flag.coach-reports-to-opponent.action':
    'Rely less on the coach speaking up in public and protect the coach; find another supporter who can reach the manager.',
  'flag.new-manager-not-contacted':
    'The key person {name} ({title}) reports to {manager} since {date} and has not been contacted since.',
  'flag.new-manager-not-contacted.action':
    'Visit soon: learn the new manager’s goals and targets and check where they stand now.',
};
