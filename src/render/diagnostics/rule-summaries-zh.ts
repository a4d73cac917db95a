// Each rule id of `check` in one Chinese line (contract §4), the short description of a rule
// in `--format sarif` when the output language is Chinese. The English lines, and the longer
// help, come from docs/rules through rule-help.ts.
import type { RuleId } from '../../findings/index.js'

export const RULE_SUMMARY_ZH: Record<RuleId, string> = {
  'yaml-syntax': '无法解析的 YAML：语法错误、重复的键、制表符、缩进错误、多个文档、未知标签、别名炸弹',
  encoding: '不是 UTF-8 编码的文件（指出疑似的编码，如 GBK），或二进制文件',
  'file-read': '无法读取的文件：过大、失效或循环的符号链接、指向工作区之外的符号链接、没有读取权限',
  schema: '不符合 JSON Schema 的值：缺少或未知的字段、类型错误、取值不在列表中、日期无效（始终是错误）',
  'file-name': '产业链或会议的 `id` 与其文件名不同',
  'duplicate-id': '同一命名空间中两条记录使用相同的标识（两处都会报告）',
  'unknown-ref': '引用了不存在的记录，或类型不对的记录（给出最接近的标识）',
  'chain-count': '产业链文件的数量与 `chainchief.yaml` 中的 `chains` 不符，或 `order` 列出了没有文件的产业链',
  'date-order': '`start` 晚于 `due`；`resolved` 早于 `raised`；进度记录未按日期排列',
  'status-progress': '`done` 但进度低于 100%，进度 100% 但不是 `done`，`planned` 但进度大于 0',
  'last-update': '任务最后一条进度记录的进度与其 `progress` 不同',
  'resolved-date': '问题已 `resolved` 却没有 `resolved` 日期，或仍 `open` 却有该日期',
  'leader-type': '链主企业的单位类型不是 `enterprise`',
  'future-date': '进度记录、已完成的节点或问题解决日期晚于截至日期',
  'progress-decrease': '进度记录的进度低于上一条记录',
  'missing-translation': '人员或单位的名称缺少工作区语言（language）的文本（扩展规则）',
}
