// The words of a refused record (SPEC §9, exit 2), in English and Chinese (SPEC §8: every
// message of the tool in the output language), declared once per reason.
import type { Lang } from '../model/types.js'
import type { YamlEditProblem } from '../workspace/edit/yaml-edit.js'

export type RefusalCode =
  | 'unknown-task'
  | 'unknown-problem'
  | 'unknown-decision'
  | 'unknown-chain'
  | 'duplicate-target' // two records carry the id asked for
  | 'meeting-exists'
  | 'bad-id' // an id that the contract's id pattern does not allow (it would name a file)
  | 'broken-target' // the record is there, but with fields too broken to record on
  | 'not-editable' // the target's file cannot be edited as it is (does not parse, say)
  | 'locked' // another chainchief is writing the file
  | 'changed-on-disk' // the file changed after it was read

export interface RefusalArgs {
  id?: string
  closest?: string[]
  file?: string
  files?: string[]
  /** The process holding a lock. */
  pid?: number
  /** Why the edit layer refused (workspace/edit/yaml-edit.ts). */
  problem?: YamlEditProblem
}

const EDIT_PROBLEMS: Record<YamlEditProblem, { en: string; zh: string }> = {
  syntax: { en: 'it does not parse as YAML (run chainchief check)', zh: '文件不是有效的 YAML（请运行 chainchief check）' },
  'not-found': { en: 'the place to write is not in the file', zh: '文件中没有要写入的位置' },
  'not-a-map': { en: 'the place to write is not a map', zh: '要写入的位置不是映射' },
  'not-a-sequence': { en: 'the place to write is not a list', zh: '要写入的位置不是列表' },
  'not-a-scalar': { en: 'the place to write holds a list or map, not a single value', zh: '要写入的位置是列表或映射，不是单个值' },
  overlap: { en: 'two changes would write the same place', zh: '两处修改写入同一位置' },
  'read-back': {
    en: 'the file would not read back as written (an anchor or alias, or a tag, shares the value?); edit it by hand',
    zh: '写入后文件读回的值与写入的不一致（是否有锚点、别名或标签共用该值？）；请手工修改',
  },
}

type Words = (a: RefusalArgs) => string

const near = (a: RefusalArgs, lang: Lang): string =>
  a.closest && a.closest.length > 0 ? (lang === 'zh' ? `；最接近的有：${a.closest.join('、')}` : `; closest: ${a.closest.join(', ')}`) : ''

const MESSAGES: Record<RefusalCode, { en: Words; zh: Words }> = {
  'unknown-task': { en: (a) => `no task "${a.id}"${near(a, 'en')}`, zh: (a) => `没有任务“${a.id}”${near(a, 'zh')}` },
  'unknown-problem': { en: (a) => `no problem "${a.id}"${near(a, 'en')}`, zh: (a) => `没有问题“${a.id}”${near(a, 'zh')}` },
  'unknown-decision': {
    en: (a) => `no decision "${a.id}"${near(a, 'en')}${a.closest?.length ? '' : ' (a decision needs an id in its meeting file: `id: <id>`)'}`,
    zh: (a) => `没有议定事项“${a.id}”${near(a, 'zh')}${a.closest?.length ? '' : '（议定事项需在会议文件中写明标识：`id: <标识>`）'}`,
  },
  'unknown-chain': { en: (a) => `no chain "${a.id}"${near(a, 'en')}`, zh: (a) => `没有产业链“${a.id}”${near(a, 'zh')}` },
  'duplicate-target': {
    en: (a) => `"${a.id}" is the id of more than one record (${(a.files ?? []).join(', ')}); make the ids unique first`,
    zh: (a) => `“${a.id}”是多条记录的标识（${(a.files ?? []).join('、')}）；请先使标识唯一`,
  },
  'meeting-exists': {
    en: (a) => `${a.file} exists already; nothing was written (choose another --id)`,
    zh: (a) => `${a.file} 已存在，未写入任何内容（请用 --id 另选标识）`,
  },
  'bad-id': {
    en: (a) => `"${a.id}" is not an id: lowercase letters a-z, digits and -, starting with a letter or digit, at most 64 characters`,
    zh: (a) => `“${a.id}”不是合法的标识：只能用小写字母 a-z、数字和 -，以字母或数字开头，最多 64 个字符`,
  },
  'broken-target': {
    en: (a) => `"${a.id}" in ${a.file} has errors to fix first (run chainchief check)`,
    zh: (a) => `${a.file} 中的“${a.id}”有错误，请先修正（运行 chainchief check）`,
  },
  locked: {
    en: (a) => `${a.file} is being written by another chainchief (process ${a.pid ?? '?'}); nothing was written. Try again; if no chainchief runs, remove ${a.id}`,
    zh: (a) => `另一个 chainchief 进程（${a.pid ?? '?'}）正在写入 ${a.file}，未写入任何内容。请稍后重试；如确无 chainchief 在运行，请删除 ${a.id}`,
  },
  'changed-on-disk': {
    en: (a) => `${a.file} changed on disk after it was read (saved in an editor?); nothing was written. Run the command again`,
    zh: (a) => `${a.file} 在读取后被修改（是否在编辑器中保存过？），未写入任何内容。请重新运行命令`,
  },
  'not-editable': {
    en: (a) => `cannot write ${a.file}: ${EDIT_PROBLEMS[a.problem ?? 'read-back'].en}; nothing was written`,
    zh: (a) => `无法写入 ${a.file}：${EDIT_PROBLEMS[a.problem ?? 'read-back'].zh}；未写入任何内容`,
  },
}

export function refusalMessage(code: RefusalCode, args: RefusalArgs, lang: Lang): string {
  return MESSAGES[code][lang](args)
}
