// Every message of `check`, declared once per rule and message id, with {placeholders},
// in English and Chinese (contract §7: diagnostics in the output language).
import { quotable, type Args, type RuleId } from '../findings/index.js'
import type { Lang } from '../model/types.js'

type Bilingual = { en: string; zh: string }

const MESSAGES: Record<RuleId, Record<string, Bilingual>> = {
  'yaml-syntax': {
    DUPLICATE_KEY: { en: 'duplicate key: a key may appear only once in a mapping', zh: '重复的键：同一映射中每个键只能出现一次' },
    TAB_AS_INDENT: { en: 'a tab is used for indentation; YAML indents with spaces', zh: '使用了制表符缩进；YAML 只能用空格缩进' },
    BAD_INDENT: { en: 'bad indentation: the items of one mapping or list must start at the same column', zh: '缩进错误：同一映射或列表的各项必须从同一列开始' },
    MULTIPLE_DOCS: { en: 'more than one YAML document in the file; write one document per file', zh: '文件中有多个 YAML 文档；每个文件只能有一个文档' },
    TAG_RESOLVE_FAILED: { en: 'unknown YAML tag {tag}: tags are not used in chainchief data', zh: '未知的 YAML 标签 {tag}：chainchief 数据不使用标签' },
    BLOCK_AS_IMPLICIT_KEY: { en: 'a list or mapping cannot stand here as a key (is the indentation wrong, or a colon missing?)', zh: '此处不能用列表或映射作键（缩进是否有误，或漏了冒号？）' },
    BLOCK_IN_FLOW: { en: 'a block list or mapping cannot stand inside [ ] or { }', zh: '[ ] 或 { } 中不能出现块状列表或映射' },
    MISSING_CHAR: { en: 'a character is missing here', zh: '此处缺少字符' },
    'missing-colon': { en: 'a key needs a colon and its value after it (key: value)', zh: '键后缺少冒号和值（键: 值）' },
    'comment-space': { en: 'a # comment needs a space before it', zh: '# 注释前需要一个空格' },
    'missing-comma': { en: 'the items inside [ ] or { } need a comma between them', zh: '[ ] 或 { } 中的各项之间需要逗号' },
    'colon-space': { en: 'a colon inside [ ] or { } needs a space after it', zh: '[ ] 或 { } 中的冒号后需要一个空格' },
    'missing-dash': { en: 'a list item needs "- " before it', zh: '列表项前需要“- ”' },
    'unclosed-quote': { en: 'the quote {quote} opened here is never closed', zh: '此处开始的引号 {quote} 没有闭合' },
    'needs-quotes': { en: 'the text of "{key}" holds ": ", which YAML reads as a new key: put the text in quotes', zh: '“{key}”的文字中含有“: ”，YAML 会把它当作新的键：请给这段文字加上引号' },
    UNEXPECTED_TOKEN: { en: 'unexpected text here', zh: '此处出现了意外的内容' },
    'unexpected-comma': { en: 'an unexpected comma', zh: '多余的逗号' },
    BAD_SCALAR_START: { en: 'a plain value cannot start with {char}: put the value in quotes', zh: '值不能以 {char} 开头：请给值加上引号' },
    BAD_DQ_ESCAPE: { en: 'a bad escape inside double quotes: write \\\\ for a backslash, or use single quotes', zh: '双引号中的转义不合法：反斜杠要写成 \\\\，或改用单引号' },
    KEY_OVER_1024_CHARS: { en: 'a key longer than 1024 characters', zh: '键超过 1024 个字符' },
    NON_STRING_KEY: { en: 'a key must be plain text, not a list or mapping', zh: '键必须是文字，不能是列表或映射' },
    BAD_DIRECTIVE: { en: 'a malformed % directive', zh: '% 指令格式有误' },
    PROPS: { en: 'a node has more than one anchor or tag, or they are in the wrong order', zh: '一个节点有多个锚点或标签，或顺序有误' },
    'repeated-directive': { en: 'the %YAML directive is repeated', zh: '%YAML 指令重复出现' },
    unreadable: { en: 'the YAML cannot be read here', zh: '此处的 YAML 无法读取' },
    MULTILINE_IMPLICIT_KEY: { en: 'a key cannot span several lines (is a colon or indentation missing?)', zh: '键不能跨多行（是否缺少冒号或缩进有误？）' },
    ALIAS_PROPS: { en: 'an alias cannot have a tag or anchor', zh: '别名不能带标签或锚点' },
    BAD_ALIAS: { en: 'alias to an unknown anchor {anchor}', zh: '别名指向不存在的锚点 {anchor}' },
    'unknown-anchor': { en: 'alias *{anchor} refers to no anchor &{anchor} above it', zh: '别名 *{anchor} 之前没有名为 &{anchor} 的锚点' },
    'alias-bomb': { en: 'too many aliases (more than {limit}): the file would expand without bound', zh: '别名过多（超过 {limit} 个）：文件展开后将无限膨胀' },
    'too-deep': { en: 'the data is nested too deeply to read', zh: '数据嵌套过深，无法读取' },
  },
  encoding: {
    binary: { en: 'this is a binary file, not YAML text', zh: '这是二进制文件，不是 YAML 文本' },
    'not-utf8-guess': { en: 'the file is not UTF-8; it looks like {encoding}. Save it as UTF-8', zh: '文件不是 UTF-8 编码，看起来是 {encoding}；请另存为 UTF-8' },
    'not-utf8': { en: 'the file is not UTF-8 text. Save it as UTF-8', zh: '文件不是 UTF-8 文本；请另存为 UTF-8' },
  },
  'file-read': {
    'too-large': { en: 'the file is {size} bytes; files over {limit} bytes are not read', zh: '文件大小为 {size} 字节；超过 {limit} 字节的文件不予读取' },
    'not-a-file': { en: 'not a regular file', zh: '不是普通文件' },
    'dangling-link': { en: 'cannot read the file: it is a broken symbolic link or was removed', zh: '无法读取文件：符号链接已失效或文件已被删除' },
    'link-loop': { en: 'cannot read the file: its symbolic links form a loop', zh: '无法读取文件：符号链接形成循环' },
    permission: { en: 'cannot read the file: permission denied', zh: '无法读取文件：没有权限' },
    directory: { en: 'this is a folder, not a file', zh: '这是文件夹，不是文件' },
    io: { en: 'cannot read the file', zh: '无法读取文件' },
    'outside-workspace': { en: 'not read: the symbolic link leads outside the workspace', zh: '未读取：该符号链接指向工作区之外' },
  },
  schema: {
    required: { en: 'missing required field "{field}"', zh: '缺少必填字段“{field}”' },
    additionalProperties: { en: 'unknown field "{field}"{hint}', zh: '未知字段“{field}”{hint}' },
    'misspelt-required': { en: 'unknown field "{field}": did you mean "{suggestion}", a required field that is missing here?', zh: '未知字段“{field}”：是否应为此处缺少的必填字段“{suggestion}”？' },
    'did-you-mean': { en: ' (did you mean "{suggestion}"?)', zh: '（是否应为“{suggestion}”？）' },
    type: { en: '{what} must be {expected}, found {found}', zh: '{what}应为{expected}，实际为{found}' },
    enum: { en: '{what} must be one of {allowed}, found {found}', zh: '{what}必须是以下之一：{allowed}，实际为 {found}' },
    id: { en: '{what} "{value}" is not a valid id: lowercase ASCII letters, digits and -, at most 64 characters{hint}', zh: '{what}“{value}”不是合法标识：只能使用小写英文字母、数字和 -，最多 64 个字符{hint}' },
    date: { en: '{what} "{value}" is not a real date written YYYY-MM-DD', zh: '{what}“{value}”不是 YYYY-MM-DD 格式的有效日期' },
    year: { en: '{what} "{value}" has the year {year}: dates must be of the years 1900 to 9999 (a typo?)', zh: '{what}“{value}”的年份为 {year}：日期年份须在 1900 至 9999 之间（是否笔误？）' },
    minimum: { en: '{what} must be at least {limit}, found {value}', zh: '{what}不能小于 {limit}，实际为 {value}' },
    maximum: { en: '{what} must be at most {limit}, found {value}', zh: '{what}不能大于 {limit}，实际为 {value}' },
    exclusiveMinimum: { en: '{what} must be greater than {limit}, found {value}', zh: '{what}必须大于 {limit}，实际为 {value}' },
    minItems: { en: '{what} must list at least {limit} item(s)', zh: '{what}至少需要 {limit} 项' },
    minLength: { en: '{what} must not be empty', zh: '{what}不能为空' },
    minProperties: { en: '{what} must give at least one of zh, en', zh: '{what}至少需要 zh 或 en 之一' },
    uniqueItems: { en: '{what} lists "{value}" twice', zh: '{what}中“{value}”重复出现' },
    timezone: { en: 'unknown time zone "{value}"; use an IANA name such as Asia/Shanghai', zh: '未知时区“{value}”；请使用 IANA 名称，如 Asia/Shanghai' },
    other: { en: '{what}: {detail}', zh: '{what}：{detail}' },
  },
  'file-name': {
    mismatch: { en: 'id "{id}" differs from the file name "{stem}"', zh: '标识“{id}”与文件名“{stem}”不一致' },
  },
  'duplicate-id': {
    duplicate: { en: '{kind} id "{id}" is also used at {other}', zh: '{kind}标识“{id}”也在 {other} 使用' },
  },
  'unknown-ref': {
    unknown: { en: '{field} refers to "{id}", which is not a known {expected}{hint}', zh: '{field} 引用的“{id}”不是已知的{expected}{hint}' },
    'wrong-kind': { en: '{field} refers to "{id}", which is {actual}, not {expected}', zh: '{field} 引用的“{id}”是{actual}，而不是{expected}' },
    'did-you-mean': { en: ' (did you mean "{suggestion}"?)', zh: '（是否应为“{suggestion}”？）' },
  },
  'chain-count': {
    count: { en: 'the workspace has {actual} chain(s), but chainchief.yaml says {expected}', zh: '工作区有 {actual} 条产业链，但 chainchief.yaml 规定为 {expected} 条' },
    'order-missing': { en: 'order lists chain(s) with no file: {missing}; chain files that order leaves out: {leftOut}', zh: 'order 列出的产业链没有对应文件：{missing}；order 未列入的产业链文件：{leftOut}' },
    'order-missing-none-left': { en: 'order lists chain(s) with no file: {missing} (chains/<chain-id>.yaml)', zh: 'order 列出的产业链没有对应文件：{missing}（chains/<chain-id>.yaml）' },
  },
  'date-order': {
    'start-after-due': { en: 'start {start} is after due {due}', zh: '开始日期 {start} 晚于截止日期 {due}' },
    'resolved-before-raised': { en: 'resolved {resolved} is before raised {raised}', zh: '解决日期 {resolved} 早于提出日期 {raised}' },
    'updates-order': { en: 'update dated {date} comes after one dated {previous}; list updates oldest first', zh: '日期为 {date} 的进度记录排在 {previous} 之后；进度记录应按日期先后排列' },
    'decision-done-before-meeting': { en: 'decision done {done} is before the meeting of {date} that made it', zh: '议定事项落实日期 {done} 早于作出该事项的会议日期 {date}' },
  },
  'status-progress': {
    'done-below-100': { en: 'status is done but progress is {progress}%', zh: '状态为已完成，但进度为 {progress}%' },
    'full-not-done': { en: 'progress is 100% but status is {status}, not done', zh: '进度为 100%，但状态为 {status}，而非 done' },
    'planned-started': { en: 'status is planned but progress is {progress}%', zh: '状态为未启动，但进度为 {progress}%' },
  },
  'last-update': {
    differs: { en: 'progress is {progress}% but the last update ({date}) says {last}%', zh: '进度为 {progress}%，但最近一次进度记录（{date}）为 {last}%' },
  },
  'resolved-date': {
    'missing-date': { en: 'problem is resolved but has no resolved date', zh: '问题已解决，但没有填写解决日期' },
    'open-with-date': { en: 'problem is open but has a resolved date ({resolved})', zh: '问题未解决，却填写了解决日期（{resolved}）' },
  },
  'leader-type': {
    'not-enterprise': { en: 'chain leader enterprise "{id}" is an organization of type {type}, not enterprise', zh: '链主企业“{id}”的单位类型为 {type}，而不是 enterprise' },
  },
  'future-date': {
    update: { en: 'update dated {date} is after the as-of date {asOf}', zh: '进度记录日期 {date} 晚于统计日期 {asOf}' },
    milestone: { en: 'milestone done on {date}, after the as-of date {asOf}', zh: '里程碑完成日期 {date} 晚于统计日期 {asOf}' },
    resolved: { en: 'resolved on {date}, after the as-of date {asOf}', zh: '解决日期 {date} 晚于统计日期 {asOf}' },
    decision: { en: 'decision done on {date}, after the as-of date {asOf}', zh: '议定事项落实日期 {date} 晚于统计日期 {asOf}' },
  },
  'missing-translation': {
    name: { en: 'the name of "{id}" has no {language} text; output in {language} shows another name', zh: '“{id}”的名称缺少{language}文本；{language}输出将显示其他名称' },
  },
  'progress-decrease': {
    decrease: { en: 'progress falls from {previous}% to {progress}% since the update of {date}', zh: '进度自 {date} 的记录起由 {previous}% 降至 {progress}%' },
  },
}

/** Words shared by messages: kinds of record, value types. */
export const WORDS: Record<string, Bilingual> = {
  organization: { en: 'organization', zh: '单位' },
  person: { en: 'person', zh: '人员' },
  party: { en: 'organization or person', zh: '单位或人员' },
  chain: { en: 'chain', zh: '产业链' },
  task: { en: 'task', zh: '任务' },
  problem: { en: 'problem', zh: '问题' },
  meeting: { en: 'meeting', zh: '会议' },
  decision: { en: 'decision', zh: '议定事项' },
  'lang-en': { en: 'English', zh: '英文' },
  'lang-zh': { en: 'Chinese', zh: '中文' },
  string: { en: 'a string', zh: '字符串' },
  integer: { en: 'a whole number', zh: '整数' },
  number: { en: 'a number', zh: '数字' },
  'finite number': { en: 'a finite number', zh: '有限的数字' },
  infinite: { en: 'an infinite number (.inf, or a number too large to hold, such as 1e309)', zh: '无穷大（.inf，或过大的数，如 1e309）' },
  nan: { en: 'not a number (.nan)', zh: '非数值（.nan）' },
  object: { en: 'a mapping', zh: '映射' },
  array: { en: 'a list', zh: '列表' },
  boolean: { en: 'true or false', zh: '布尔值' },
  null: { en: 'nothing', zh: '空值' },
  text: { en: 'a text (a string, or a mapping with zh and/or en)', zh: '文本（字符串，或含 zh / en 的映射）' },
  'the file': { en: 'the file', zh: '文件内容' },
  or: { en: ' or ', zh: '或' },
}

export function word(key: string, lang: Lang): string {
  return WORDS[key]?.[lang] ?? key
}

/**
 * Arguments made readable in a language: `key`/`item` become `what`, type names and record
 * kinds become words, a `suggestion` becomes a "did you mean" `hint`.
 */
function localize(rule: RuleId, id: string, raw: Args, lang: Lang): Args {
  const args = quoted(raw)
  const out: Args = { ...args }
  if ('key' in args || 'item' in args) {
    const key = String(args.key ?? '')
    const item = String(args.item ?? '')
    out.what = lang === 'zh'
      ? (key ? `“${key}”` : word('the file', lang)) + (item ? `第 ${item} 项` : '')
      : (key ? `"${key}"` : word('the file', lang)) + (item ? ` item ${item}` : '')
  }
  if (rule === 'schema' && typeof args.expected === 'string') {
    out.expected = args.expected.split('|').map((t) => word(t, lang)).join(word('or', lang))
    out.found = word(String(args.found), lang)
  }
  for (const k of ['kind', 'actual'] as const) if (typeof args[k] === 'string') out[k] = word(args[k], lang)
  if (rule === 'unknown-ref' && typeof args.expected === 'string') out.expected = word(args.expected, lang)
  if (rule === 'unknown-ref' && id === 'wrong-kind' && lang === 'en') {
    for (const k of ['actual', 'expected'] as const) out[k] = withArticle(String(out[k]))
  }
  if (rule === 'missing-translation' && typeof args.lang === 'string') out.language = word(`lang-${args.lang}`, lang)
  if ('suggestion' in args) {
    out.hint = args.suggestion ? fill(MESSAGES[rule]['did-you-mean']?.[lang] ?? '', args) : ''
  }
  return out
}

/** Arguments that carry text from the data: quoted shortened, with invisible characters shown (contract §8). */
const FROM_DATA = ['anchor', 'value', 'found', 'field', 'id', 'key', 'suggestion', 'tag', 'detail', 'stem', 'status', 'type', 'other'] as const

function quoted(args: Args): Args {
  const out: Args = { ...args }
  for (const k of FROM_DATA) {
    const v = out[k]
    if (typeof v === 'string') out[k] = quotable(v)
  }
  return out
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`
}

function fill(template: string, args: Args): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m))
}

/** The message of a finding in a language. Unknown ids fall back to the id itself. */
export function formatMessage(rule: RuleId, id: string, args: Args, lang: Lang): string {
  const template = MESSAGES[rule][id]?.[lang] ?? id
  return fill(template, localize(rule, id, args, lang))
}

/** All message ids of a rule (for docs and tests). */
export function messageIds(rule: RuleId): string[] {
  return Object.keys(MESSAGES[rule])
}
