// The tool's own words in Chinese (contract §8): the same keys and {placeholders} as en.ts.
import type { Words } from './types.js'

export const zh: Words = {
  // ---- the program and its help ----
  'program.description': '检查、统计和整理山东省标志性产业链链长制的数据（链长制）',
  'program.after':
    '\n示例：\n  chainchief check -w examples/shandong\n  chainchief progress --tasks --lang zh\n  chainchief brief 2022-12-07-textile-garment -o minutes.md\n  chainchief init shandong-data\n\n退出码：0 没有错误，1 数据有错误，2 命令无法运行。',
  'help.after-error': '（用 --help 查看用法）',
  'help.option': '显示命令的帮助',
  'help.command': '显示某个命令的帮助',
  'version.option': '显示版本号',
  'help.title.usage': '用法：',
  'help.title.options': '选项：',
  'help.title.global-options': '全局选项：',
  'help.title.commands': '命令：',
  'help.title.arguments': '参数：',
  'help.choices': '可选值：{choices}',
  'help.default': '默认：{value}',
  'help.notes': '{description}（{notes}）',
  'help.notes-separator': '，',
  'help.usage.options': '[选项]',
  'help.usage.command': '[命令]',

  // ---- common flags ----
  'today': '工作区时区的今天',
  'flag.workspace': '工作区文件夹（默认：向上查找 chainchief.yaml）',
  'flag.lang': '输出语言：en 或 zh（默认：工作区的语言）',
  'flag.as-of': '统计截至的日期，格式 YYYY-MM-DD（默认：{default}）',
  'flag.output': '写入文件，而不是标准输出',
  'flag.no-color': '不使用颜色（也可设置 NO_COLOR=1）',
  'flag.window': '多少天内到期算作“即将到期”（默认：30）',

  // ---- check ----
  'check.description': '按数据模式和跨文件规则检查工作区的每个文件',
  'check.as-of': '{today}；future-date 规则与它比较',
  'check.format': '输出格式（默认：GITHUB_ACTIONS=true 时为 github，否则为 pretty）',
  'check.max-warnings': '警告多于此数时以退出码 1 结束',
  'check.quiet': '只显示错误（警告仍计入 --max-warnings）',
  'check.after':
    '\n示例：\n  chainchief check -w examples/shandong\n  chainchief check --format json --as-of 2022-12-07\n  chainchief check --format compact --quiet\n  chainchief check --lang zh --max-warnings 0',

  // ---- progress ----
  'progress.description': '显示截至某日各产业链及其重点任务的进展',
  'progress.format': '输出格式；xlsx 生成工作簿，须用 -o 指定文件',
  'progress.tasks': '每个重点任务一行，而不是每条产业链一行',
  'progress.chain': '只看这些产业链',
  'progress.owner': '只看这些单位或人员负责的任务',
  'progress.status': '只看截至该日处于这些状态的任务：planned、in-progress、done、blocked、cancelled',
  'progress.overdue': '只看逾期任务（已过截止日期，未完成也未取消）',
  'progress.due-soon': '只看即将到期的任务（未逾期，未完成也未取消）',
  'progress.ascii': '使用 +-| 边框和 # 进度条（适合把制表符画成双宽的终端）',
  'progress.no-bom': 'CSV 不加 UTF-8 字节顺序标记（有它 Excel 才能正确显示中文）',
  'progress.after':
    '\n示例：\n  chainchief progress -w examples/shandong\n  chainchief progress --tasks --lang zh --as-of 2023-06-30\n  chainchief progress --tasks --overdue --chain textile-garment\n  chainchief progress --format csv -o progress.csv\n  chainchief progress --tasks --format xlsx -o tasks.xlsx',

  // ---- views (contract §10) ----
  'progress.since': '增加“变化”列：统计日期的进度减去该日期的进度（会议编号代表会议日期）',
  'view.format': '输出格式；xlsx 生成工作簿，须用 -o 指定文件',
  'view.ascii': '使用 +-| 边框（适用于把制表符显示为双宽的终端）',
  'problems.description': '截至某日的问题清单：默认列出未解决的问题',
  'problems.chain': '只列这些产业链的问题',
  'problems.owner': '只列由这些单位或人员负责解决的问题',
  'problems.task': '只列阻碍这些任务的问题',
  'problems.status': 'open（未解决）、resolved（已解决）或 all（全部），按统计日期计',
  'problems.after': '\n示例：\n  chainchief problems -w examples/shandong\n  chainchief problems --status all --chain textile-garment --lang zh\n  chainchief problems --format csv -o problems.csv',
  'roster.description': '各产业链的链长、产业链服务员、牵头部门、秘书处、链主企业和工作专班',
  'roster.chain': '只列这些产业链',
  'roster.after': '\n示例：\n  chainchief roster -w examples/shandong\n  chainchief roster --chain textile-garment --format json\n  chainchief roster --format xlsx -o roster.xlsx',
  'meetings.description': '按日期列出所有会议，以及截至统计日期其议定事项已落实、推进中和逾期的数量',
  'meetings.chain': '只列涉及这些产业链的会议',
  'meetings.after': '\n示例：\n  chainchief meetings -w examples/shandong\n  chainchief meetings --chain textile-garment --as-of 2023-06-30',
  'task.argument': '任务编号，例如 tg-jifa-waterless-dyeing',
  'task.description': '一项任务的全部情况：字段、节点目标、进度记录、问题、会议和议定事项',
  'task.after': '\n示例：\n  chainchief task tg-dishang-overseas-market -w examples/shandong\n  chainchief task tg-jifa-waterless-dyeing --lang zh --format markdown',

  // ---- brief ----
  'brief.description': '生成某次会议截至会议当日的会议纪要：markdown、可打印的 HTML 页面或 Word 文档',
  'brief.argument': '会议标识，如 2022-12-07-textile-garment（不填：列出全部会议）',
  'brief.as-of': '会议日期',
  'brief.format': 'markdown；html：一个可在 A4 纸上打印的独立页面；docx：Word 文档（只能用 -o 写入文件）',
  'brief.after':
    '\n示例：\n  chainchief brief 2022-12-07-textile-garment -w examples/shandong\n  chainchief brief 2022-12-07-textile-garment --lang zh -o minutes.md\n  chainchief brief 2022-12-07-textile-garment --format html -o minutes.html\n  chainchief brief 2022-12-07-textile-garment --format docx -o minutes.docx',

  // ---- init ----
  'init.description': '新建工作区：11 条标志性产业链、数据模式、编辑器设置、CI 工作流',
  'init.argument': '写入的文件夹（默认：当前文件夹）',
  'init.lang': '工作区及其 README 的语言：en 或 zh',
  'init.ci': '要写入的 CI 设置：github（工作流）、gitlab（带代码质量报告的 .gitlab-ci.yml）或 none',
  'init.package': 'CI 安装的固定版本的包（默认：本版本发布的压缩包）',
  'init.bad-package': '--package：应为 npm 包说明（压缩包网址、github:<owner>/chainchief#<tag>、路径），实为 {spec}',
  'init.after':
    '\n从不覆盖：要写的文件已存在时，什么也不写，以退出码 2 结束。\n\n示例：\n  chainchief init shandong-data\n  chainchief init --lang zh\n  chainchief init --ci gitlab --package github:<owner>/chainchief#v0.1.0',
  'init.refused': 'init 未写入任何文件：{dir} 中已有 {count} 个它要写的文件：\n{list}\n请先移走这些文件，或在空文件夹中运行 init。',
  'init.cannot-write': '无法在 {dir} 中写入工作区：{reason}',
  'init.created': '已在 {dir} 创建 chainchief 工作区（{count} 个文件），包含 11 条标志性产业链。\n下一步：{next}\n提交前自动检查：git config core.hooksPath .githooks',

  // ---- schema ----
  'schema.description': '显示数据文件的 JSON Schema，或用 --out 全部写出',
  'schema.argument': 'workspace、organizations、people、chain 或 meeting',
  'schema.out': '把数据模式（全部，或指定的一个）写入此文件夹',
  'schema.output': '把数据模式写入文件，而不是标准输出',
  'schema.after': '\n示例：\n  chainchief schema chain\n  chainchief schema --out .chainchief/schemas',
  'schema.unknown': '没有名为“{name}”的数据模式{hint}；可用的有：{names}',
  'schema.list': '数据模式（chainchief schema <名称> 显示一个；--out <文件夹> 全部写出）：',
  'schema.no-package': '找不到 chainchief 程序包的 schemas/ 文件夹；请重新安装',

  // ---- completion ----
  'completion.description': '输出命令行补全脚本：bash 或 zsh',
  'completion.argument': 'bash 或 zsh',
  'completion.after': '\n示例：\n  source <(chainchief completion bash)\n  chainchief completion zsh > "${fpath[1]}/_chainchief"',
  'completion.unknown-shell': '未知的 shell“{shell}”；可补全的有：{shells}',

  // ---- record commands (SPEC §9) ----
  'flag.dry-run': '以统一差异格式（unified diff）显示将做的修改，不写入任何内容',
  'update.description': '记录任务进展：追加一条带日期的进展记录，并相应更新任务的进度和状态',
  'update.argument': '重点任务，例如 tg-luthai-smart-factory',
  'update.progress': '当前进度，0 到 100 的整数百分比',
  'update.status': '当前状态（默认：受阻任务在 100 以下仍为受阻，否则 100 为已完成，大于 0 为推进中，0 为未启动）',
  'update.note': '进展说明，按责任单位报送的内容填写',
  'update.date': '进展日期，YYYY-MM-DD（默认：{today}）',
  'update.after': '\n写入后若会给工作区新增错误，则不写入任何内容，并按 check 的格式列出这些错误（退出码 1）。\n\n示例：\n  chainchief update tg-luthai-smart-factory --progress 80 --note "二期设备安装完成"\n  chainchief update tg-dyeing-cluster-upgrade --progress 45 --status in-progress --date 2026-11-30\n  chainchief update tg-iiot-platform --progress 90 --dry-run',
  'problem.description': '在产业链问题清单中新增问题，或将问题标记为已解决',
  'problem-add.description': '在产业链问题清单末尾新增一个未解决的问题',
  'problem-add.argument': '问题所属的产业链，例如 textile-garment',
  'problem-add.text': '问题内容',
  'problem-add.id': '问题标识（默认：第一个未用的 <产业链标识>-p<序号>）',
  'problem-add.task': '问题影响的重点任务',
  'problem-add.owner': '负责解决的单位或人员标识',
  'problem-add.raised-by': '提出问题的单位或人员标识',
  'problem-add.raised': '提出日期，YYYY-MM-DD（默认：{today}）',
  'problem-add.after': '\n示例：\n  chainchief problem add textile-garment --text "印染园区用能指标紧张" --task tg-dyeing-cluster-upgrade --owner diitsp\n  chainchief problem add pharmaceuticals --text "原料药产能不足" --raised-by qilu-pharmaceutical --dry-run',
  'problem-resolve.description': '将问题标记为在某日已解决',
  'problem-resolve.argument': '问题，例如 tg-problem-data-standards',
  'problem-resolve.date': '解决日期，YYYY-MM-DD（默认：{today}）',
  'problem-resolve.after': '\n示例：\n  chainchief problem resolve tg-problem-data-standards\n  chainchief problem resolve tg-problem-environmental-approval --date 2026-11-30',
  'decision.description': '记录会议议定事项的落实情况',
  'decision-done.description': '记录议定事项的落实日期',
  'decision-done.argument': '议定事项：会议文件 decisions: 下某一项的 id',
  'decision-done.date': '落实日期，YYYY-MM-DD（默认：{today}）',
  'decision-done.after': '\n示例：\n  chainchief decision done tg-2022-12-07-d2\n  chainchief decision done tg-2022-12-07-d3 --date 2023-06-30',
  'meeting.description': '新建调度会议文件',
  'meeting-new.description': '写入 meetings/<标识>.yaml：填好标题、日期、产业链、组织单位、主持人、出席单位和未解决问题，并为汇报、会议要点和议定事项留出带注释的空位',
  'meeting-new.argument': '会议涉及的产业链；组织单位和主持人取自第一个',
  'meeting-new.date': '会议日期，YYYY-MM-DD',
  'meeting-new.id': '会议标识和文件名（默认：<日期>-<第一个产业链标识>）',
  'meeting-new.after': '\n不会覆盖已有文件：文件已存在时不写入任何内容，退出码 2。\n\n示例：\n  chainchief meeting new textile-garment --date 2026-12-15\n  chainchief meeting new textile-garment pharmaceuticals --date 2026-12-15 --id 2026-12-15-joint',
  'value.percent': '应为 0 到 100 的整数百分比，实际为“{value}”',

  // ---- sheet (the owners' workbook) ----
  'sheet.description': '调度表：导出供责任单位填报，再录入填报结果',
  'sheet-export.description': '生成调度表工作簿：每条产业链一张工作表，供责任单位填报进展',
  'sheet-export.chain': '只导出这些产业链（没有待填报任务的也有一张表）',
  'sheet-export.owner': '只导出这些单位或人员负责的任务（未指定 --chain 时，只含其有任务的产业链）',
  'sheet-export.after':
    '\n工作簿只写入 -o 指定的文件。责任单位填写黄色各列；用 `chainchief sheet import` 录入填报结果。\n\n示例：\n  chainchief sheet export -o progress.xlsx\n  chainchief sheet export --chain textile-garment --lang zh -o textile-garment.xlsx\n  chainchief sheet export --owner weiqiao -o weiqiao.xlsx',
  'sheet-export.needs-output': 'sheet export 生成工作簿文件：请用 -o <文件.xlsx> 指定文件',
  'sheet-export.workspace-file': '-o {file}：这是工作区的数据文件，未写入',
  'sheet-export.wrote': '已生成 {file}：{sheets} 张工作表，{rows} 项任务待填报（截至 {date}）。',
  'sheet-import.description': '录入责任单位在 sheet export 工作簿中填报的进展，与 update 的记录方式相同',
  'sheet-import.argument': '责任单位交回的工作簿（.xlsx，可由 Excel、WPS 或 LibreOffice 保存）',
  'sheet-import.date': '日期单元格为空的行所用日期，YYYY-MM-DD（默认：工作区时区的当天）',
  'sheet-import.after':
    '\n全部或全不：任何一行有误时，逐行列出“工作表!单元格：原因”，不写入任何内容（退出码 1）。同一工作簿再次录入时不会重复记录，并予以说明。\n\n示例：\n  chainchief sheet import progress.xlsx --dry-run\n  chainchief sheet import progress.xlsx',
  'sheet-import.cannot-read': '无法读取 {file}：{reason}',
  'sheet-import.not-a-workbook': '{file} 无法作为工作簿读取：{reason}',
  'sheet-import.too-large': '文件超过 {size} MiB',
  'sheet-import.inflates-too-much': '解压后将超过 {size} MiB',
  'sheet-import.not-zip': '不是 .xlsx 文件（.xlsx 文件是 zip 压缩包；请另存为 Excel 工作簿 .xlsx）',
  'sheet-import.too-many-cells': '某张工作表超过 {rows} 行或 {columns} 列',
  'sheet-import.unreadable': '文件内容已损坏（{detail}）',
  'sheet-import.foreign': '{file} 不是 chainchief sheet export 生成的工作簿（没有 chainchief 标记表），未录入任何内容',
  'sheet-import.foreign-format': '{file} 由其他版本的 chainchief sheet export 生成（版式“{format}”），请重新导出；未录入任何内容',
  'sheet-import.other-workspace': '{file} 导出自另一个工作区（“{workspace}”），不是本工作区（“{here}”），未录入任何内容',
  'sheet-import.rejected': '✖ {file} 有 {count} 行无法录入，未录入任何内容。',
  'sheet-import.nothing-filled': '无可录入：{file} 中没有填写本期进度的行。',
  'sheet-import.all-recorded': '无可录入：{file} 中填写了本期进度的 {count} 行均已录入。',
  'sheet-import.recorded': '已从 {file} 录入 {count} 条进展，写入 {files}。{already}',
  'sheet-import.would-record': '将从 {file} 录入 {count} 条进展，写入 {files}。{already}',
  'sheet-import.already': '另有 {count} 行此前已录入。',

  // ---- flag values ----
  'value.date': '应为 YYYY-MM-DD 格式的有效日期，实际为“{value}”',
  'value.lang': '应为 en 或 zh，实际为“{value}”',
  'value.count': '应为不小于 0 的整数，实际为“{value}”',

  // ---- ids named on the command line ----
  'hint.did-you-mean': '（是否应为“{suggestion}”？）',
  'id.no-chain': '--chain：没有产业链“{id}”{hint}',
  'id.no-owner': '--owner：没有单位或人员“{id}”{hint}',
  'id.bad-status': '--status：“{value}”不是状态（{statuses}）{hint}',
  'brief.docx-stdout': '--format docx 生成的 Word 文档是二进制文件：请用 -o <文件.docx> 指定输出文件',
  'id.no-meeting': '没有会议“{id}”；最接近的：{closest}',
  'id.no-meetings': '没有会议“{id}”：工作区中还没有会议（meetings/<会议标识>.yaml）',

  // the views (contract §10) and progress --since: an id that names nothing, with the closest
  'view-id.flag': '{flag}：{message}',
  'view-id.list': '、',
  'view-id.chain': '没有产业链“{id}”；最接近的是：{closest}',
  'view-id.chain-none': '没有产业链“{id}”；工作区中没有产业链',
  'view-id.party': '没有单位或人员“{id}”；最接近的是：{closest}',
  'view-id.party-none': '没有单位或人员“{id}”；工作区中没有单位或人员',
  'view-id.task': '没有任务“{id}”；最接近的是：{closest}',
  'view-id.task-none': '没有任务“{id}”；工作区中没有任务',
  'view-id.meeting': '没有会议“{id}”；最接近的是：{closest}',
  'view-id.meeting-none': '没有会议“{id}”；工作区中没有会议',
  'view.since-bad-date': '--since：“{value}”不是 YYYY-MM-DD 格式的有效日期',
  'view.bad-problem-status': '--status：“{value}”不是可选值之一（{statuses}）',
  'view.xlsx-needs-output': '--format xlsx 生成的是工作簿文件，请用 -o <文件.xlsx> 指定写入位置',

  // ---- the workspace ----
  'workspace.not-found': '找不到工作区文件夹：{dir}',
  'workspace.not-a-folder': '不是文件夹：{dir}',
  'workspace.no-manifest': '{dir} 中没有 chainchief.yaml',
  'workspace.none-above': '在 {dir} 及其上级文件夹中都找不到 chainchief.yaml；请用 --workspace <文件夹> 指定，或运行 `chainchief init`',

  // ---- writing ----
  'wrote': '已写入 {file}',
  'write.step-summary': '无法把步骤摘要追加到 {file}：{reason}',
  'write.failed': '无法写入 {file}：{reason}',
  'write.stdout-failed': '无法写出结果：{reason}',
  'write.refused': '-o {file}：这是工作区读取的文件，拒绝覆盖（请写到别处）',
  'write.failed-dir': '无法写入 {dir}：{reason}',

  // ---- refusing broken data ----
  'refused': '未生成任何输出：数据有 {errors} 个错误（见上），基于错误数据的报告会误导读者；请修正后再运行',

  // ---- program failures ----
  'internal-error': '内部错误：{detail}\n请连同所运行的命令一起报告此问题。',

  // ---- commander's own errors ----
  'cmd.missing-argument': '错误：缺少必填参数“{name}”',
  'cmd.option-missing-argument': '错误：选项“{flags}”缺少取值',
  'cmd.mandatory-option': '错误：未指定必需的选项“{flags}”',
  'cmd.unknown-option': '错误：未知选项“{flag}”',
  'cmd.unknown-command': '错误：未知命令“{name}”',
  'cmd.too-many-arguments': '错误：“{command}”的参数过多：应为 {expected}，实际有 {got} 个。',
  'cmd.too-many-arguments-top': '错误：参数过多：应为 {expected}，实际有 {got} 个。',
  'cmd.invalid-option-value': '错误：选项“{flags}”的取值“{value}”无效。{reason}',
  'cmd.invalid-argument-value': '错误：参数“{name}”的取值“{value}”无效。{reason}',
  'cmd.allowed-choices': '可选值为 {choices}。',
  'cmd.did-you-mean': '（是否应为 {suggestion}？）',
  'cmd.did-you-mean-one-of': '（是否应为以下之一：{suggestions}？）',
  'cmd.arguments': '{count} 个参数',
}
