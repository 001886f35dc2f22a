// Every sentence the rule set says to a person, in Chinese, kept in one place so a second
// language can be added beside it. Numbers are formatted here too, as people read them.

function groupThousands(digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}

/** 1234.5 → "1,234.5": thousands separated, at most `maxDecimals` decimals, trailing zeros cut. */
export function formatNumber(x: number, maxDecimals = 2, minDecimals = 0): string {
  if (minDecimals === 0 && Number.isInteger(x) && Math.abs(x) < 1000) return String(x);
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return String(x);
  const fixed = Math.abs(x).toFixed(maxDecimals);
  const [whole, decimals = ""] = fixed.split(".");
  const kept = decimals.replace(/0+$/, "").padEnd(minDecimals, "0");
  const sign = x < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${groupThousands(whole)}${kept ? `.${kept}` : ""}`;
}

/** 0.82 → "82.0%"; keeps up to two decimals so a 4.95-point gap is not shown as 5.0. */
export function formatPercent(rate: number): string {
  return `${formatNumber(rate * 100, 2, 1)}%`;
}

/** A gap between two rates, in percentage points (G2). */
export function formatPoints(rateGap: number): string {
  return `${formatPercent(rateGap).slice(0, -1)} 个百分点`;
}

export function formatScore(points: number): string {
  return `${formatNumber(points, 2)} 分`;
}

/** A raw value as the user typed it, for messages; never throws, whatever the value is. */
function quoted(raw: unknown): string {
  if (typeof raw === "string") return `“${raw}”`;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  try {
    return JSON.stringify(raw) ?? typeof raw;
  } catch {
    return typeof raw;
  }
}

export const zhCN = {
  flags: {
    blank: (label: string) => `「${label}」未填写：请填写后再计分。`,
    notANumber: (label: string, raw: unknown) =>
      `「${label}」应为数字，填写的 ${quoted(raw)} 不是数字：请只填写阿拉伯数字（如 120），不要带文字或多余符号。`,
    numberAsText: (label: string, raw: unknown) =>
      `「${label}」填写的 ${quoted(raw)} 是以文本形式存储的数字，公式不会把它当作数字：请删除开头的单引号或把单元格格式改为“常规”后重新输入（Excel 中也可点单元格旁的提示图标，选“转换为数字”）。`,
    negative: (label: string, value: number) =>
      `「${label}」不能为负数，填写的是 ${formatNumber(value, 6)}：请填写 0 或正数。`,
    notWhole: (label: string, value: number) =>
      `「${label}」是人数、件数或次数，应为整数，填写的是 ${formatNumber(value, 6)}：请填写整数。`,
    rateAsPercent: (label: string, value: number) =>
      `「${label}」应为 0–100% 之间的比例，填写的 ${formatNumber(value, 6)} 是否应为 ${formatNumber(value, 6)}%？请输入 ${formatNumber(value, 6)}%（或 ${formatNumber(value / 100, 8)}）。`,
    rateOutOfRange: (label: string, value: number) =>
      `「${label}」应大于 0% 且不超过 100%，填写的是 ${formatNumber(value, 6)}：请按办事处下达的目标填写，如 90%。`,
    deductionOutOfRange: (label: string, value: number, max: number) =>
      `「${label}」应在 0 到 ${max} 分之间，填写的是 ${formatNumber(value, 6)}：请重新填写。`,
    deductionNotHalf: (label: string, value: number, step: number) =>
      `「${label}」只能按 ${step} 分递进（如 0.5、1、1.5），填写的是 ${formatNumber(value, 6)}：请重新填写。`,
    notText: (label: string, raw: unknown) =>
      `「${label}」应为文字，填写的 ${quoted(raw)} 无法识别：请重新填写。`,
    yesNo: (label: string, raw: unknown) =>
      `「${label}」只能填写“是”或“否”（不填视为“否”），填写的是 ${quoted(raw)}：请从下拉列表中选择。`,
    agencyTypeInvalid: (raw: unknown, labels: string[]) =>
      `「单位类型」填写的 ${quoted(raw)} 不是可选类型：请从下拉列表中选择 ${labels.join("、")} 之一。`,
    agencyTypeMissing: (labels: string[]) =>
      `未选择「单位类型」，无法判断本项是否适用：请选择 ${labels.join("、")} 之一。`,
    agencyNameMissing: () => `「填报单位」未填写：请填写单位全称，便于办事处核对。`,
    notApplicable: (label: string, typeLabel: string) =>
      `本项不适用于“${typeLabel}”，填写的「${label}」不计分：如单位类型选错，请更正；否则可清空该值。`,
    overDenominatorError: (numerator: string, denominator: string) =>
      `「${numerator}」不能大于「${denominator}」：请核对两项数字。`,
    overDenominatorWarning: (numerator: string, denominator: string, rate: number | null) =>
      `「${numerator}」大于「${denominator}」${rate === null ? "" : `，比率为 ${formatPercent(rate)}`}：请核对两项数字是否为同一口径、是否为最新数据。`,
    zeroNeutral: (denominator: string, base: number) =>
      `「${denominator}」为 0，本年度没有需要考核的事项，按基本分 ${formatScore(base)}计（裁定 G5）。`,
    zeroError: (denominator: string) =>
      `「${denominator}」为 0，无法计算比率，实际单位不会为 0：请填写实际数字。`,
    judgementMissing: (incidents: number, deductionLabel: string) =>
      `填报了 ${incidents} 件合规风险事项，但未填写「${deductionLabel}」：请自评减分（0–10 分，可为 0）并在说明中写明理由。`,
    deductionUnexplained: (noteLabel: string) =>
      `填写了减分，但「${noteLabel}」未填写：请写明风险事项及减分理由。`,
    incidentsWithoutDeduction: (incidents: number, noteLabel: string) =>
      `填报了 ${incidents} 件合规风险事项，自评减分为 0：请在「${noteLabel}」中写明不减分的理由。`,
    noteForReviewers: (note: string) => `说明（供审核参考，不计入自评分）：${note}`,
    totalIncomplete: (count: number) =>
      `有 ${count} 项适用指标未能计分，小计暂不计算：请先处理这些指标的错误。`,
  },

  explain: {
    /** "覆盖率 = A 8,200 ÷ B 10,000 = 82.0%", or "1 − A ÷ B" for a complement rate. */
    measuredRatio: (
      name: string,
      numerator: string,
      n: number,
      denominator: string,
      d: number,
      rate: number,
      complement: boolean
    ) =>
      `${name} = ${complement ? "1 − " : ""}${numerator} ${formatNumber(n)} ÷ ${denominator} ${formatNumber(d)} = ${formatPercent(rate)}。`,
    measuredFromZero: (name: string, denominator: string) =>
      `「${denominator}」为 0，${name}无法计算，视为未达标。`,
    measuredCount: (label: string, count: number, unit: string) =>
      `${label}：${formatNumber(count)} ${unit}。`,
    gap: {
      rate: (gap: number) => formatPoints(gap),
      count: (gap: number, unit: string) => `${formatNumber(gap)} ${unit}`,
    },
    stepSize: {
      rate: (step: number) => `每满 ${formatNumber(step * 100)} 个百分点`,
      count: (step: number, unit: string) => `每 ${formatNumber(step)} ${unit}`,
    },
    belowTarget: (target: string, gap: string, tally: string) =>
      `低于目标 ${target}，差 ${gap}；${tally}`,
    reachedTarget: (target: string, base: number) =>
      `达到目标 ${target}，得基本分 ${formatScore(base)}。`,
    bonus: (target: string, gap: string, tally: string) => `超出 ${target} ${gap}；${tally}`,
    noBonus: () => `本项无加分，超出目标不另加分。`,
    aboveRange: (high: string, gap: string, tally: string) =>
      `高于目标范围上限 ${high}，超出 ${gap}；超出范围不加分，${tally}`,
    /** "每满 5 个百分点扣 1 分，计 1 档，扣 1 分。" or "不足一档，不扣分。" */
    tally: (
      stepSize: string,
      gain: boolean,
      perStep: number,
      count: number,
      total: number,
      cap?: number
    ) => {
      const verb = gain ? "加" : "扣";
      if (count === 0) return `${stepSize}${verb} ${formatScore(perStep)}，不足一档，不${verb}分。`;
      const limit = cap === undefined ? "" : `（最多${verb} ${formatScore(cap)}）`;
      return `${stepSize}${verb} ${formatScore(perStep)}，计 ${count} 档，${verb} ${formatScore(total)}${limit}。`;
    },
    thresholdMet: (name: string, rate: number, threshold: number) =>
      `${name} ${formatPercent(rate)} 不低于 ${formatPercent(threshold)}，达标，不扣分。`,
    thresholdMissed: (name: string, rate: number, threshold: number, points: number) =>
      !Number.isFinite(rate)
        ? `${name}未达到 ${formatPercent(threshold)}，扣 ${formatScore(points)}。`
        : `${name} ${formatPercent(rate)} 低于 ${formatPercent(threshold)}，未达标，扣 ${formatScore(points)}。`,
    thresholdNothing: (name: string) => `无需计算${name}，不扣分。`,
    withinCeiling: (name: string, rate: number, limit: number) =>
      `${name} ${formatPercent(rate)} 不超过 ${formatPercent(limit)}，不扣分。`,
    overCeiling: (name: string, limit: number, gap: string, tally: string) =>
      `${name}超出 ${formatPercent(limit)} ${gap}；${tally}`,
    issues: (label: string, count: number, perIssue: number) =>
      `${label}：${formatNumber(count)}，每项扣 ${formatScore(perIssue)}，扣 ${formatScore(count * perIssue)}。`,
    seriousLoss: (label: string, yes: boolean, points: number) =>
      yes ? `${label}：是，扣 ${formatScore(points)}。` : `${label}：否。`,
    incidents: (label: string, count: number) => `${label}：${formatNumber(count)} 件。`,
    deduction: (points: number) => `自评酌情减分 ${formatScore(points)}。`,
    noIncidents: () => `未出现合规风险事项，不减分。`,
    noDeduction: () => `自评不减分。`,
    floorAtZero: () => `扣分以本项基本分为限，最低 0 分（裁定 G3）。`,
    ceilingAtMax: (max: number) => `加分以调节分极值为限，最高 ${formatScore(max)}（裁定 G3）。`,
    result: (score: number, max: number) =>
      `得分：${formatScore(score)}（满分 ${formatScore(max)}）。`,
    unscored: () => `本项有错误，暂不计分（裁定 G6）：请按上面的提示更正后自动重新计分。`,
    notApplicable: (typeLabel: string) =>
      `本项不适用于“${typeLabel}”，不计分，也不计入满分（裁定 G7）。`,
  },

  /** The task pane: states, the summary, the indicator list and the pre-submission check. */
  pane: {
    heading: (edition: string) => `${edition}年度绩效自评`,
    loading: "正在读取工作簿…",
    scoring: "正在重新计分…",
    outsideExcel: {
      title: "请在 Excel 中打开本窗格",
      body: "这是 Excel 加载项“互助保障绩效自评助手”的任务窗格，只能在 Excel（Windows、Mac 或网页版）中运行：请在 Excel 中打开自评表，在“开始”选项卡的“绩效自评”组中点击“打开自评助手”。",
      officeUnavailable:
        "未能加载 Office 脚本库（office.js）：如果已在 Excel 中打开本窗格，请检查能否访问 appsforoffice.microsoft.com，然后关闭并重新打开窗格。",
    },
    noForm: {
      title: "本工作簿中没有自评表",
      body: "插入办事处下发的自评表（“自评表”和“填报数据”两个工作表），然后在“填报数据”表的黄色单元格中填写，得分会自动计算。",
      action: "插入自评表",
      busy: "正在插入自评表…",
    },
    unnamed: {
      title: "自评表缺少定义名称",
      body: (sheetName: string) =>
        `工作表“${sheetName}”是自评表，但缺少助手用来找到各个单元格的名称（如 coverageTarget、score01），因此无法计分。修复只添加名称，不改动已填写的内容。`,
      action: "修复名称",
      busy: "正在修复名称…",
    },
    unsupported: {
      title: "此版本的 Excel 不支持本助手",
      body: "本助手需要的下列 Excel 功能在当前版本中没有：",
      advice: "请将 Office 更新到最新版本，或改用 Excel 网页版打开自评表。",
    },
    summary: {
      heading: "小计",
      total: (total: number | null, max: number) =>
        total === null
          ? `暂不计算 / ${formatNumber(max)}`
          : `${formatNumber(total)} / ${formatNumber(max)}`,
      totalLabel: (total: number | null, max: number) =>
        total === null
          ? `小计暂不计算，满分 ${formatScore(max)}`
          : `小计 ${formatScore(total)}，满分 ${formatScore(max)}`,
      unit: "分",
      agencyName: (name: string | null) => name ?? "（未填写填报单位）",
      agencyType: (label: string | null) => `单位类型：${label ?? "未选择"}`,
      errors: (count: number) => `错误 ${count}`,
      warnings: (count: number) => `警告 ${count}`,
      rescore: "重新计分",
    },
    status: {
      allGood: "全部适用指标均已计分，没有错误或警告。",
      errors: (errors: number, unscored: number) =>
        unscored > 0
          ? `有 ${errors} 个错误，${unscored} 项指标暂不计分：请按下面的提示更正。`
          : `有 ${errors} 个错误：请按下面的提示更正。`,
      warnings: (warnings: number) => `得分已算出，但有 ${warnings} 个警告：请核对下面标出的数据。`,
    },
    formFlags: "整表提示",
    flag: {
      locate: "定位",
      locateLabel: (message: string) => `在表中定位：${message}`,
    },
    indicators: {
      heading: "各项指标",
      filter: "只看有问题的",
      noneWithProblems: "没有需要处理的指标。",
      score: (score: number, max: number) => `${formatNumber(score)} / ${formatNumber(max)}`,
      unscoredScore: (max: number) => `— / ${formatNumber(max)}`,
      notApplicableScore: "不适用",
      state: {
        scored: "已计分",
        warning: "有警告",
        unscored: "未计分",
        notApplicable: "不适用",
      },
      scoreLabel: (score: number | null, max: number, applicable: boolean, state: string) =>
        !applicable
          ? "不适用"
          : score === null
            ? `未计分，满分 ${formatScore(max)}`
            : `${formatScore(score)}，满分 ${formatScore(max)}，${state}`,
      toggleLabel: (no: number, name: string, scoreLabel: string, open: boolean) =>
        `第 ${no} 项 ${name}，${scoreLabel}。${open ? "收起说明" : "展开说明并在表中选中自评分单元格"}`,
      explanationHeading: (no: number) => `第 ${no} 项计分说明`,
    },
    submit: {
      heading: "提交前检查",
      ready: "检查通过，可以报送。",
      notReady: "尚不能报送：请先完成下列未通过的项目。",
      allScored: (scored: number, applicable: number) =>
        `全部适用指标已计分（${scored} / ${applicable}）`,
      agencyName: "已填写填报单位",
      agencyType: "已选择单位类型",
      noErrors: (errors: number) => (errors === 0 ? "没有错误" : `没有错误（现有 ${errors} 个）`),
      passed: "通过",
      failed: "未通过",
      warningsNote: (warnings: number) =>
        `另有 ${warnings} 个警告不妨碍报送，但请在报送前逐一核对。`,
      deadlinesHeading: "报送要求",
      noDeadlines: (edition: string) => `${edition} 年度的报送时间请以办事处通知为准。`,
    },
    problem: {
      detect: (reason: string) => `无法读取工作簿：${reason}`,
      score: (reason: string) => `计分失败：${reason}`,
      insertForm: (reason: string) => `插入自评表失败：${reason}`,
      repairNames: (reason: string) => `修复名称失败：${reason}`,
      select: (reason: string) => `无法在表中选中该单元格：${reason}`,
      watch: (reason: string) =>
        `无法自动跟踪单元格的修改（${reason}）：修改数据后请点击“重新计分”。`,
      unknown: "未知错误",
      dismiss: "关闭提示",
      retry: "重试",
    },
    crash: {
      title: "窗格出错了",
      body: (reason: string) =>
        `窗格遇到意外错误：${reason}。工作簿中的数据不受影响，请重新加载窗格。`,
      reload: "重新加载窗格",
    },
    templateUnavailable: (status: number) =>
      `无法读取随加载项发布的自评表模板（HTTP ${status}）：请联系办事处检查加载项的部署。`,
  },
};

/** Words of the template workbook: headings, hints beside the inputs, validation messages. */
export const sheetText = {
  inputTitle: "填报数据",
  inputHint:
    "请只在黄色单元格中填写。自评表中的“实际指标完成值”和“自评分”由公式自动计算，无需也不能手工填写。",
  inputHeaders: ["序号", "考核指标", "填报项目", "数值", "单位", "填写说明"],
  basicInfo: "基本信息",
  agencyLabel: "填报单位：",
  agencyTypeLabel: "单位类型：",
  hint: {
    count: "整数，不小于 0",
    amount: "金额（元），不小于 0",
    rate: "百分比，大于 0% 且不超过 100%，如 90%",
    points: "0–10 分，按 0.5 分递进；无风险事项可不填",
    yesno: "“是”或“否”，不填视为“否”",
    choice: "从下拉列表中选择",
    text: "文字",
  },
  validationTitle: (label: string) => label,
  validationError: (label: string, hint: string) => `「${label}」应填写：${hint}。请重新输入。`,
  fillPrompt: "填写说明",
};

const fileProblem: Record<string, string> = {
  ENOENT: "文件不存在，请检查路径",
  EACCES: "没有读取权限",
  EISDIR: "这是一个文件夹，不是文件",
  EROFS: "所在位置只读",
  ENOSPC: "磁盘空间不足",
};

/** Why a submitted file could not be read, said to the office in one line. */
export const fileText = {
  empty: () => "文件是空的（0 字节）",
  tooLarge: (bytes: number, limit: number) =>
    `文件过大（${formatNumber(bytes / 2 ** 20, 1)} MB，上限 ${formatNumber(limit / 2 ** 20, 0)} MB），不像自评表`,
  encrypted: () =>
    "文件已加密（设有打开密码）或是旧版 .xls 格式：请对方取消密码并另存为 .xlsx 后重新提交",
  notZip: () => "不是 .xlsx 文件（内容不是 Excel 工作簿格式，可能已损坏或改了扩展名）",
  zipBomb: (name: string | null) =>
    `解压后体积异常${name ? `（${name}）` : ""}，疑似压缩炸弹，未打开`,
  sheetTooLarge: (name: string, bytes: number) =>
    `工作表 ${name} 过大（解压后 ${formatNumber(bytes / 2 ** 20, 1)} MB），不像自评表`,
  notWorkbook: () => "压缩包中没有 Excel 工作簿（xl/workbook.xml）",
  corrupt: (detail: string) => `工作簿无法解析：${detail}`,
  notTheForm: () => "找不到自评表：既没有自评表的定义名称，也没有表头为“序号……自评分”的工作表",
  otherEdition: (title: string, edition: string) =>
    `这是另一年度的表（标题为“${title}”），本工具按 ${edition} 年度规则计分`,
  cannotOpen: (code: string) => `无法打开：${fileProblem[code] ?? `系统错误 ${code}`}`,
  noInputs: () =>
    "表中只有自评分，没有“填报数据”工作表，无法重新计算：请对方使用办事处下发的模板填报",
};

/** Words of the office's review: progress, summary workbook, findings. */
export const reviewText = {
  progress: (done: number, total: number, perSecond: number) =>
    `已处理 ${done}/${total} 个文件（${formatNumber(perSecond, 0)} 个/秒）`,
  finished: (read: number, unreadable: number, file: string) =>
    `已审核 ${read} 个文件，${unreadable} 个无法读取；汇总见 ${file}`,
  noFiles: (where: string) => `${where} 中没有 .xlsx 文件。`,
  missingFiles: () => `缺少要审核的文件或文件夹：scorecard review 文件… -o 汇总.xlsx`,
  summarySheet: "汇总",
  findingsSheet: "问题清单",
  unreadableSheet: "无法读取",
  summaryHeaders: [
    "排名",
    "文件",
    "填报单位",
    "单位类型",
    "重算小计",
    "自评小计",
    "满分",
    "差异",
    "篡改",
    "错误",
    "警告",
  ],
  findingsHeaders: ["文件", "填报单位", "指标", "单元格", "类别", "说明"],
  unreadableHeaders: ["文件", "原因"],
  kind: {
    difference: "自评分与重算不符",
    tampered: "公式被改动",
    error: "错误",
    warning: "警告",
    info: "提示",
  },
  difference: (claimed: number | null, recomputed: number | null) =>
    `自评 ${claimed ?? "空"}，重算 ${recomputed ?? "空（未计分）"}`,
  tampered: (formula: string) => `单元格内容不是规则公式：${formula || "（空）"}`,
  total: "小计",
  claimedNote: (claimed: number | null) => `自评分：${claimed ?? "空"}`,
  formulaChanged: (cell: string, content: string) =>
    `自评分单元格 ${cell} 的内容不是规则公式（现为 ${content || "空"}）：请恢复模板中的公式（可重新从办事处下发的模板填报），不要手工填写自评分。`,
};

export const severityLabel = { error: "错误", warning: "警告", info: "提示" } as const;

/** The command line's words: usage and one-line problems. */
export const cliText = {
  usage: [
    "用法：",
    "  scorecard score --inputs 输入.json [--json]",
    "      按 JSON 输入计分（一个对象，或对象数组）",
    "  scorecard template -o 自评表.xlsx [--inputs 输入.json] [--store-type 类型 --store 位置]",
    "      生成官方自评表模板（可预填输入）；任务窗格默认指向集中部署（EXCatalog），",
    "      共享文件夹目录用 --store-type FileSystem --store \\\\服务器\\共享；--no-taskpane 不附加任务窗格",
    "  scorecard score 工作簿.xlsx [-o 输出.xlsx] [--json]",
    "      读取已填报的自评表重新计分；给出 -o 时把公式、计算值和说明写入副本（不改动原文件）",
    "  scorecard review 文件或文件夹… -o 汇总.xlsx [--json]",
    "      办事处审核：逐一重算所有提交的自评表，列出自评与重算的差异、被改动的公式和所有问题，并排名",
    "  scorecard help",
    "      显示本帮助",
  ].join("\n"),
  unknownCommand: (name: string) => `未知命令“${name}”：可用命令见 scorecard help。`,
  unknownOption: (name: string) => `未知选项“${name}”：可用选项见 scorecard help。`,
  missingValue: (option: string) => `选项 ${option} 后缺少文件名。`,
  missingInputs: () => `缺少要计分的内容：请给出 --inputs 输入.json 或一个 .xlsx 工作簿。`,
  oneSource: () => `--inputs 与工作簿只能二选一。`,
  unexpectedArgument: (arg: string) => `多余的参数“${arg}”：可用参数见 scorecard help。`,
  submissionUnreadable: (file: string, reason: string) => `${file}：${reason}`,
  missingOutput: () => `缺少 -o 输出文件.xlsx：请指明要生成的文件。`,
  notXlsx: (file: string) => `输出文件 ${file} 应以 .xlsx 结尾。`,
  oneAgencyOnly: (file: string) => `${file} 是数组：模板只能预填一个单位，请给出一个输入对象。`,
  storeIncomplete: () =>
    `--store 与 --store-type 须同时给出（如 --store-type FileSystem --store \\\\服务器\\共享）。`,
  badInputValue: (reason: string) => reason,
  unwritable: (file: string, code: string | undefined) =>
    `无法写入 ${file}：${fileProblem[code ?? ""] ?? `系统错误 ${code ?? "未知"}`}。`,
  written: (file: string) => `已生成 ${file}`,
  unreadable: (file: string, code: string | undefined) =>
    `无法读取文件 ${file}：${fileProblem[code ?? ""] ?? `系统错误 ${code ?? "未知"}`}。`,
  badJson: (file: string, reason: string) => `${file} 不是有效的 JSON：${reason}`,
  badShape: (file: string) =>
    `${file} 的内容应为一个输入对象（如 {"agencyType": "district", …}）或输入对象的数组。`,
  badItem: (file: string, index: number) =>
    `${file} 数组的第 ${index + 1} 项不是输入对象：每一项都应为 {"键": 值, …}。`,
  header: (name: string | null, type: string | null, edition: string) =>
    `${name ?? "（未填写填报单位）"} · ${type ?? "（未选择单位类型）"} · ${edition} 年度自评`,
  total: (total: number | null, max: number) =>
    total === null ? `小计：暂不计算（满分 ${max} 分）` : `小计：${total} / ${max} 分`,
  score: (score: number | null, max: number, applicable: boolean) =>
    !applicable ? "不适用" : score === null ? `未计分 / ${max}` : `${score} / ${max}`,
};

export type Messages = typeof zhCN;

/** The Excel add-in's words in the workbook and in its errors: notes on score cells, repair, insert. */
export const excelText = {
  note: {
    /** First line of the note on an indicator's score cell; also how the add-in finds its notes. */
    title: (no: number, name: string) => `【第 ${no} 项 ${name}：自评分说明】`,
    totalTitle: "【小计说明】",
    flag: (severity: keyof typeof severityLabel, message: string) =>
      `${severityLabel[severity]}：${message}`,
    total: (total: number | null, max: number) =>
      total === null
        ? `小计暂不计算（满分 ${formatScore(max)}）。`
        : `小计 ${formatScore(total)}（满分 ${formatScore(max)}）。`,
    generated: "（本说明由互助保障绩效自评助手在计分时自动更新，手工修改会被覆盖。）",
  },
  errors: {
    namesMissing: (detail: string) =>
      `无法读取填报数据：自评表的定义名称缺失或已失效（${detail}）。请在助手中点击“修复名称”，或改用办事处下发的自评表。`,
    writeFailed: (detail: string) =>
      `计分结果未能写入工作表（${detail}）。如果工作表设有密码保护，请先撤销保护（“审阅”→“撤销工作表保护”）后重新计分。`,
    selectFailed: (name: string) =>
      `找不到单元格“${name}”：自评表的定义名称可能已被删除，请在助手中点击“修复名称”。`,
    insertUnsupported:
      "当前版本的 Excel 不能自动插入自评表：请直接打开办事处下发的自评表模板文件（.xlsx），在其中填写。",
    templateUnavailable: (detail: string) =>
      `未能读取自评表模板（${detail}）：请检查网络后重试，或直接打开办事处下发的自评表模板文件。`,
    sheetExists: (sheet: string) =>
      `工作簿中已有名为“${sheet}”的工作表，但它不是完整的自评表：请将它重命名或删除后再插入自评表。`,
    formNotFound:
      "本工作簿中没有找到自评表（表头为“序号……自评分”的工作表）：请插入办事处下发的自评表。",
    formRowsMissing: (sheet: string, numbers: number[]) =>
      `工作表“${sheet}”的“序号”列中找不到第 ${numbers.join("、")} 项指标：请核对自评表的行是否完整，或改用办事处下发的自评表。`,
    subtotalMissing: (sheet: string, label: string) =>
      `工作表“${sheet}”的“序号”列中找不到“${label}”行：请核对自评表是否完整，或改用办事处下发的自评表。`,
    inputSheetUnrecognised: (sheet: string) =>
      `工作表“${sheet}”中找不到“填报项目”“数值”表头：请核对它是否为自评表的填报数据表，或将它重命名后重试（助手会插入一张新的填报数据表）。`,
    inputRowsMissing: (sheet: string, labels: string[]) =>
      `工作表“${sheet}”的“填报项目”列中找不到：${labels.join("、")}。请核对这些项目的文字与模板一致，或改用办事处下发的自评表。`,
    inputSheetMissing:
      "本工作簿没有“填报数据”工作表，当前版本的 Excel 也不能自动插入：请打开办事处下发的自评表模板文件，把各项数字填入其中的“填报数据”表。",
  },
};
