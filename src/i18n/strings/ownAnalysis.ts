/** UI strings of the live analysis of an own account, its snapshots and case-file export/import (see ../ui.ts). */
export const zh = {
  'own.analysis.title': '分析我的客户',
  'own.analysis.intro':
    '这里用与案例页完全相同的分析和地图，分析你在练习表上填写的自己的客户。一切都在这个浏览器里完成，不上传任何内容。',
  'own.analysis.none': '这个浏览器里还没有自己的客户。先在「我的客户」新建一个，或在下面导入讲师发给你的案例文件。',
  'own.analysis.myAccounts': '去「我的客户」新建',
  'own.analysis.account': '当前客户：{name}',
  'own.analysis.asOf': '分析日期：{date}',
  'own.analysis.state.complete': '案例文件已完整：导出后 npm run validate 会直接通过。',
  'own.analysis.state.draft': '下面的分析已经可以看，但案例文件还缺几项。补齐之前导出的文件还通不过检查：',
  'own.analysis.state.missing': '还不能分析。请先补上下面这些（最先要补的是部门和人员）：',
  'own.analysis.problems': '案例文件待补充的地方',
  'own.analysis.details': '补全案例文件',
  'own.analysis.details.intro':
    '案例文件还需要的两项：客户概况，以及谁向谁汇报（组织结构图上的实线）。关系图练习表上也能填写，两处是同一份记录；改动马上保存，分析随之更新。',
  'own.analysis.summary': '客户概况（一两句话：客户是谁，这次要争取什么）',
  'own.analysis.reportsTo': '{name} 的汇报对象',
  'own.analysis.reportsTo.none': '不向任何人汇报（最高负责人）',
  'own.analysis.changes': '变化记录（动态更新）',
  'own.analysis.changes.intro':
    '每次见过客户、情况有了变化，按一次“按今天保存快照”：与上一次相比的变化（人员到任或离开、支持度、亲密度、汇报关系、关系线）会按日期记下来，地图上的“时间点”可以回看。',
  'own.analysis.snapshot.title': '快照名称',
  'own.analysis.snapshot.defaultTitle': '{date} 的情况',
  'own.analysis.snapshot.save': '按今天保存快照',
  'own.analysis.snapshot.started': '已把今天的情况记为起点。之后有变化时再按一次，变化就会按日期记入快照。',
  'own.analysis.snapshot.saved': '已保存 {date} 的快照，共 {n} 项变化；地图的“时间点”里可以看到。',
  'own.analysis.snapshot.unchanged': '和上一次保存时相比没有变化，没有新增快照。',
  'own.analysis.file': '案例文件',
  'own.analysis.file.intro':
    '导出的 YAML 就是一份案例文件：交给讲师放进 accounts/<客户 id>/account.yaml，npm run validate 会原样接受。讲师发来的半成品案例也可以在这里导入，成为你自己的客户。',
  'own.analysis.export': '导出案例文件（YAML）',
  'own.analysis.exported': '已导出 {file}。',
  'own.analysis.import': '导入案例文件',
  'own.analysis.import.checking': '正在检查 {file}…',
  'own.analysis.import.invalid': '{file} 有 {n} 个问题，什么都没有保存。改好后再导入：',
  'own.analysis.import.done': '已导入“{name}”，并设为当前客户。',
  'own.analysis.import.renamed': '已有 id 相同的客户，导入的这份另存为 {id}。',
  'own.analysis.saveFailed': '没有保存：浏览器存储已满或被禁用。请先导出案例文件备份。',
  'own.analysis.analysing': '正在分析…',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'own.analysis.title': 'Analyse my account',
  'own.analysis.intro':
    'The same analysis and maps as the account pages, run on the account of your own that you filled in on the worksheets. Everything happens in this browser; nothing is uploaded.',
  'own.analysis.none':
    'There is no account of your own in this browser yet. Create one under My customers, or import a case file your trainer gave you below.',
  'own.analysis.myAccounts': 'Create one under My customers',
  'own.analysis.account': 'Current account: {name}',
  'own.analysis.asOf': 'Analysed as of {date}',
  'own.analysis.state.complete': 'The case file is complete: exported, it passes npm run validate as it is.',
  'own.analysis.state.draft':
    'The analysis below is ready, but the case file still lacks a few things; until they are there, the exported file does not pass the check:',
  'own.analysis.state.missing': 'Nothing to analyse yet. Add these first (units and people come first):',
  'own.analysis.problems': 'What the case file still needs',
  'own.analysis.details': 'Complete the case file',
  'own.analysis.details.intro':
    'Two things a case file needs: a summary of the customer, and who reports to whom (the solid lines of the org chart). The relationship-map worksheet asks them too, into the same record. Changes are saved at once and the analysis follows.',
  'own.analysis.summary': 'Summary (a sentence or two: who the customer is and what is at stake)',
  'own.analysis.reportsTo': '{name} reports to',
  'own.analysis.reportsTo.none': 'No one (the head)',
  'own.analysis.changes': 'Change over time',
  'own.analysis.changes.intro':
    'Each time you have met the customer and something changed, press "Save today as a snapshot": what changed since the last time (people arriving or leaving, support, closeness, reporting lines, relations) is recorded with the date, and the maps\' date control shows it.',
  'own.analysis.snapshot.title': 'Snapshot name',
  'own.analysis.snapshot.defaultTitle': 'As of {date}',
  'own.analysis.snapshot.save': 'Save today as a snapshot',
  'own.analysis.snapshot.started':
    'Today is recorded as the starting point. Press again when something changes, and the change is recorded with its date.',
  'own.analysis.snapshot.saved': "Snapshot of {date} saved with {n} changes; the maps' date control shows it.",
  'own.analysis.snapshot.unchanged': 'Nothing changed since the last time; no snapshot added.',
  'own.analysis.file': 'Case file',
  'own.analysis.file.intro':
    'The exported YAML is a case file: your trainer puts it in accounts/<account id>/account.yaml and npm run validate accepts it as it is. A half-filled case your trainer hands out can be imported here and becomes an account of your own.',
  'own.analysis.export': 'Export case file (YAML)',
  'own.analysis.exported': 'Exported {file}.',
  'own.analysis.import': 'Import case file',
  'own.analysis.import.checking': 'Checking {file}…',
  'own.analysis.import.invalid': '{file} has {n} problems; nothing was saved. Fix them and import again:',
  'own.analysis.import.done': 'Imported "{name}" and made it the current account.',
  'own.analysis.import.renamed': 'An account with the same id exists; the imported one is saved as {id}.',
  'own.analysis.saveFailed':
    'Not saved: the browser storage is full or blocked. Export the case file as a backup first.',
  'own.analysis.analysing': 'Analysing…',
};
