/**
 * The spreadsheet tools' part of the message catalogue (`messages.ts` spreads it into its zh and
 * en catalogues, so `say()` reaches these like every other message): cells of an imported
 * spreadsheet, and what `npm run import`, `export` and `new:account` tell the trainer.
 */

const zhChoice = (values: readonly string[]) =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join('、')} 或 ${values.at(-1)}`;

export const spreadsheetZh = {
  // Where a cell is: `people.xlsx!人员:5:L  列「支持度」  …`.
  column: ({ header }: { header: string }) => `列「${header}」`,
  sheetNamed: ({ sheet }: { sheet: string }) => `工作表「${sheet}」`,
  intRange: ({ min, max }: { min: number; max: number }) => ` ${min} 到 ${max} 的整数`,
  cellChoice: ({ values }: { values: readonly string[] }) => ` ${zhChoice(values)}`,
  yesOrNo: () => ' 是 或 否（留空为否）',
  sensitiveCell: () => ' 是，或 备注、动机、诉求 中的几项',
  missingColumn: ({ header }: { header: string }) => `缺少必需的列「${header}」：第 1 行应是表头，其中要有这一列`,
  unknownColumn: ({ header, allowed }: { header: string; allowed: readonly string[] }) =>
    `不认识的列「${header}」，这一列没有导入（可用的列：${allowed.join('、')}）`,
  duplicateColumn: ({ first }: { first: string }) => `这一列和第 ${first} 列是同一项；只保留一列`,
  emptyCell: ({ header }: { header: string }) => `「${header}」不能为空：这一行有内容，就要写${header}`,
  duplicateEntry: ({ name, row }: { name: string; row: number }) =>
    `"${name}" 已在第 ${row} 行出现；同一个人（部门、成员）只写一行，两人同名请在「编号」列区分`,
  ambiguousName: ({ name, rows }: { name: string; rows: string }) =>
    `"${name}" 有同名的几个人（第 ${rows} 行）：请改写他们的编号`,
  unknownName: ({ noun, name, sheet, hint }: { noun: string; name: string; sheet: string; hint: string }) =>
    `未知的${noun} "${name}"：应为${sheet}中某一项的名字或编号${hint}`,
  sheetOrFile: ({ sheet }: { sheet: string }) => `「${sheet}」表或案例文件`,
  competitorsOfFile: () => '案例文件商机的 competitors（先在那里给竞争对手写上 id）',
  layerConflict: ({ unit, row, layer }: { unit: string; row: number; layer: string }) =>
    `部门「${unit}」在第 ${row} 行写的层级是 ${layer}；同一部门各行的层级要一致`,
  unitWithoutLayer: ({ unit }: { unit: string }) =>
    `新部门「${unit}」没有层级：在它任意一行的「层级」列写明（决策层、管理层、执行层、支持部门或外部影响者）`,
  noPeopleSheet: ({ sheets }: { sheets: string }) =>
    `没有找到人员表：应有一个名为「人员」的工作表，或第 1 行含「姓名」「职务」「部门」的表；找到的是 ${sheets}`,
  unknownSheet: ({ sheet }: { sheet: string }) =>
    `不认识的工作表「${sheet}」，没有导入：应为 人员、部门、关系、团队 或 说明`,
  sameSheetTwice: ({ sheet }: { sheet: string }) => `和「${sheet}」是同一种表；每种表只导入一份`,
  unsupportedFile: () => '只能导入 .xlsx 或 .csv 文件',
  unreadableFile: ({ reason }: { reason: string }) => `读不出这个文件：${reason}`,
  notXlsx: () => '这不是 .xlsx 工作簿（可能是改了扩展名的其他文件，或旧版 .xls）；请在 Excel 里另存为 .xlsx',
  gb18030: () => '不是 UTF-8，按 GB18030（GBK）编码读取',
  resultInvalid: () => '导入后的案例文件没有通过校验：',

  // What the commands say.
  importUsage: () =>
    '用法：npm run import -- <表格.xlsx|表格.csv …> [--id <客户编号>] [--into accounts/<编号>/account.yaml] [--lang en]',
  importNeedsId: () => '新建案例要用 --id <客户编号> 指明编号；合并到已有案例请用 --into <案例文件>',
  importExists: ({ file }: { file: string }) =>
    `${file} 已存在：要把表格合并进去请用 --into ${file}；新建请换一个 --id`,
  importIntoMissing: ({ file }: { file: string }) => `找不到 --into 指定的案例文件 ${file}`,
  importIntoBroken: ({ file }: { file: string }) =>
    `${file} 本身有错误，先修正它（npm run validate -- ${file}）再合并表格`,
  nothingWritten: ({ count }: { count: number }) => `未写入任何文件：共 ${count} 个问题，全部改好后再导入。`,
  imported: ({ file, added, updated, relations, members }: ImportCounts) =>
    `已写入 ${file}：新增 ${added} 人，更新 ${updated} 人，关系 ${relations} 条，我方成员 ${members} 人。下一步：补全文件里标着“待补充”的内容，运行 npm run validate -- ${file}，再 npm run build`,
  unchanged: ({ file }: { file: string }) => `${file} 没有变化：表格写的和案例文件一致`,
  warningsOnly: ({ count }: { count: number }) => `另有 ${count} 条提醒（不影响导入）`,
  exportUsage: () => '用法：npm run export -- <客户编号> --format xlsx|csv [--out <目录>] [--lang en]',
  exportUnknown: ({ id, hint }: { id: string; hint: string }) =>
    `未知的客户 "${id}"：应为 accounts/ 下某个案例的编号${hint}`,
  exported: ({ paths }: { paths: readonly string[] }) => `已导出：${paths.join('、')}`,
  newAccountUsage: () => '用法：npm run new:account -- <客户编号>，例如 npm run new:account -- city-hospital-2',
  newAccountBadId: ({ id }: { id: string }) =>
    `客户编号 "${id}" 不合规则：只能用小写英文字母、数字和连字符，以字母或数字开头和结尾，例如 city-hospital-2`,
  newAccountHasHan: () => '（编号不能含汉字，请用拼音或英文）',
  newAccountExists: ({ file }: { file: string }) => `${file} 已存在：客户编号必须唯一，请换一个编号`,
  newAccountCreated: ({ file }: { file: string }) =>
    `已建立 ${file}：按文件里的中文注释逐节填写，随时运行 npm run validate -- ${file} 检查`,
};

interface ImportCounts {
  file: string;
  added: number;
  updated: number;
  relations: number;
  members: number;
}

export const spreadsheetEn: typeof spreadsheetZh = {
  column: ({ header }) => `column "${header}"`,
  sheetNamed: ({ sheet }) => `sheet "${sheet}"`,
  intRange: ({ min, max }) => `a whole number from ${min} to ${max}`,
  cellChoice: ({ values }) => `one of ${values.join(', ')}`,
  yesOrNo: () => 'yes or no (empty means no)',
  sensitiveCell: () => 'yes, or some of notes, motives, demands',
  missingColumn: ({ header }) => `the required column "${header}" is missing: row 1 holds the headers and needs it`,
  unknownColumn: ({ header, allowed }) =>
    `unknown column "${header}", not imported (columns read: ${allowed.join(', ')})`,
  duplicateColumn: ({ first }) => `this column is the same as column ${first}; keep one`,
  emptyCell: ({ header }) => `"${header}" cannot be empty on a row that has content`,
  duplicateEntry: ({ name, row }) =>
    `"${name}" is already on row ${row}; one row per person (unit, member); tell namesakes apart in the id column`,
  ambiguousName: ({ name, rows }) => `several people are called "${name}" (rows ${rows}): write their id instead`,
  unknownName: ({ noun, name, sheet, hint }) =>
    `unknown ${noun} "${name}": expected the name or id of an entry in ${sheet}${hint}`,
  sheetOrFile: ({ sheet }) => `the ${sheet} sheet or the case file`,
  competitorsOfFile: () => "the case file's opportunity competitors (give the competitor an id there first)",
  layerConflict: ({ unit, row, layer }) =>
    `unit "${unit}" has layer ${layer} on row ${row}; every row of a unit needs the same layer`,
  unitWithoutLayer: ({ unit }) =>
    `the new unit "${unit}" has no layer: fill the layer column on one of its rows (decision, management, execution, support or external)`,
  noPeopleSheet: ({ sheets }) =>
    `no people sheet: expected a sheet named "people" (人员), or one whose row 1 holds name, title and unit; found ${sheets}`,
  unknownSheet: ({ sheet }) =>
    `unknown sheet "${sheet}", not imported: expected people, units, relationships, team or help`,
  sameSheetTwice: ({ sheet }) => `the same kind of sheet as "${sheet}"; only one of each is imported`,
  unsupportedFile: () => 'only .xlsx and .csv files can be imported',
  unreadableFile: ({ reason }) => `cannot read the file: ${reason}`,
  notXlsx: () => 'this is not an .xlsx workbook (another file renamed, or an old .xls); save it as .xlsx in Excel',
  gb18030: () => 'not UTF-8: read as GB18030 (GBK)',
  resultInvalid: () => 'the imported case file does not pass validation:',

  importUsage: () =>
    'usage: npm run import -- <sheet.xlsx|sheet.csv …> [--id <account-id>] [--into accounts/<id>/account.yaml] [--lang en]',
  importNeedsId: () =>
    'a new case needs its id: --id <account-id>; to merge into an existing case file use --into <file>',
  importExists: ({ file }) => `${file} exists: use --into ${file} to merge the spreadsheet into it, or another --id`,
  importIntoMissing: ({ file }) => `cannot find the --into case file ${file}`,
  importIntoBroken: ({ file }) =>
    `${file} has errors of its own: fix them first (npm run validate -- ${file}), then merge`,
  nothingWritten: ({ count }) =>
    `nothing written: ${count} problem${count === 1 ? '' : 's'}; fix them all and import again.`,
  imported: ({ file, added, updated, relations, members }) =>
    `wrote ${file}: ${added} people added, ${updated} updated, ${relations} relations, ${members} team members. Next: fill in what the file marks 待补充, run npm run validate -- ${file}, then npm run build`,
  unchanged: ({ file }) => `${file} is unchanged: the spreadsheet says what the case file says`,
  warningsOnly: ({ count }) => `${count} warning${count === 1 ? '' : 's'} (the import went ahead)`,
  exportUsage: () => 'usage: npm run export -- <account-id> --format xlsx|csv [--out <folder>] [--lang en]',
  exportUnknown: ({ id, hint }) => `unknown account "${id}": expected the id of a case file in accounts/${hint}`,
  exported: ({ paths }) => `exported: ${paths.join(', ')}`,
  newAccountUsage: () => 'usage: npm run new:account -- <account-id>, e.g. npm run new:account -- city-hospital-2',
  newAccountBadId: ({ id }) =>
    `the account id "${id}" breaks the rule: lower-case letters, digits and dashes, starting and ending with a letter or digit, e.g. city-hospital-2`,
  newAccountHasHan: () => ' (ids cannot contain Chinese characters: use pinyin or English)',
  newAccountExists: ({ file }) => `${file} exists: account ids are unique, choose another`,
  newAccountCreated: ({ file }) =>
    `created ${file}: fill it in section by section as its comments say, and check it any time with npm run validate -- ${file}`,
};
