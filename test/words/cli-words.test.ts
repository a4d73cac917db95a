// The tool's own words through the real program (contract §8): help, commander's usage errors,
// our usage errors and refusals come in Chinese for a Chinese workspace or locale, in English
// otherwise; `brief` with no id lists the meetings; a refusing command says why.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

const zhCopy = scratchCopy(join(FIXTURES, 'minimal'))
const empty = scratchDir()
afterAll(() => {
  zhCopy.cleanup()
  empty.cleanup()
})
const manifest = join(zhCopy.dir, 'chainchief.yaml')
writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('language: en', 'language: zh'))

describe('a Chinese workspace', () => {
  const inZh = (args: string[]) => runCli(args, { cwd: zhCopy.dir })

  it('--help is in Chinese, found upward from the current folder', () => {
    const r = runCli(['progress', '--help'], { cwd: join(zhCopy.dir, 'chains') })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^用法： chainchief progress \[选项\]\n\n显示截至某日各产业链及其重点任务的进展\n\n选项：\n/)
    expect(r.stdout).toContain('--format <format>          输出格式；xlsx 生成工作簿，须用 -o 指定文件（可选值：table, json, csv,\n                             markdown, xlsx，默认：table）')
    expect(r.stdout).toContain('-h, --help                 显示命令的帮助')
    expect(r.stdout).toContain('\n示例：\n')
  })

  it('--help is in Chinese with -w from elsewhere, and for the whole program', () => {
    const r = runCli(['--help', '-w', zhCopy.dir], { cwd: empty.dir })
    expect(r.stdout).toMatch(/^用法： chainchief \[选项\] \[命令\]\n/)
    expect(r.stdout).toContain('\n命令：\n')
    expect(r.stdout).toContain('退出码：0 没有错误')
  })

  it("commander's usage errors are in Chinese, exit 2", () => {
    const r = inZh(['check', '--as-of', '2023-13-01'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('错误：选项“--as-of <date>”的取值“2023-13-01”无效。应为 YYYY-MM-DD 格式的有效日期，实际为“2023-13-01”\n（用 --help 查看用法）\n')
    expect(inZh(['progress', '--tsks']).stderr).toBe('错误：未知选项“--tsks”\n（是否应为 --tasks？）\n（用 --help 查看用法）\n')
    expect(inZh(['check', '--format', 'xml']).stderr).toMatch(/^错误：选项“--format <format>”的取值“xml”无效。可选值为 pretty, compact, json, github/)
  })

  it('our own usage errors are in Chinese', () => {
    const r = inZh(['progress', '--chain', 'textile-garmen'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('chainchief: --chain：没有产业链“textile-garmen”（是否应为“textile-garment”？）\n')
  })

  it("init's refusal is in Chinese", () => {
    const r = inZh(['init', '.'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^chainchief: init 未写入任何文件：.* 中已有 \d+ 个它要写的文件：\n  chainchief\.yaml\n/)
    expect(r.stderr).toContain('请先移走这些文件，或在空文件夹中运行 init。')
  })

  it('--lang en turns it back to English', () => {
    const r = inZh(['progress', '--chain', 'textile-garmen', '--lang', 'en'])
    expect(r.stderr).toBe('chainchief: --chain: no chain "textile-garmen" (did you mean "textile-garment"?)\n')
  })
})

describe('no workspace: the locale decides', () => {
  it('LANG=zh_CN.UTF-8 gives Chinese help and errors; LC_ALL=C overrides it', () => {
    expect(runCli(['--help'], { cwd: empty.dir, env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/^用法：/)
    expect(runCli(['--help'], { cwd: empty.dir, env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' } }).stdout).toMatch(/^Usage:/)
    const none = runCli(['check'], { cwd: empty.dir, env: { LANG: 'zh_CN.UTF-8' } })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/^chainchief: 在 .* 及其上级文件夹中都找不到 chainchief\.yaml；请用 --workspace <文件夹> 指定，或运行 `chainchief init`\n$/)
  })
})

describe('commands', () => {
  it('brief with no id lists the meetings by date', () => {
    const r = runCli(['brief', '-w', join(FIXTURES, 'brief')])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        'Meetings (chainchief brief <meeting-id> writes the brief of one):',
        ...r.stdout.trim().split('\n').slice(1),
      ].join('\n') + '\n',
    )
    const dates = r.stdout.trim().split('\n').slice(1).map((l) => l.trim().slice(0, 10))
    expect(dates).toEqual([...dates].sort())
    expect(dates).toEqual(['2024-02-01', '2024-03-01', '2024-04-01', '2024-06-01'])
  })

  it('a command that refuses broken data says, last, that it wrote nothing and why', () => {
    const r = runCli(['progress', '-w', join(FIXTURES, 'errors/unknown-ref')])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const errors = /✖ \d+ files checked: (\d+) errors/.exec(r.stderr)![1]
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      `chainchief: nothing written: the data has ${errors} error(s) (above), and a report built on broken data would mislead; fix them and run again`,
    )
    const zh = runCli(['brief', 'x', '-w', join(FIXTURES, 'errors/unknown-ref'), '--lang', 'zh'])
    expect(zh.stderr.trimEnd().split('\n').at(-1)).toBe(`chainchief: 未生成任何输出：数据有 ${errors} 个错误（见上），基于错误数据的报告会误导读者；请修正后再运行`)
  })

  it('every command that writes a file says `wrote <file>` on stderr, in the language of the run', () => {
    const progress = runCli(['progress', '-w', join(FIXTURES, 'minimal'), '-o', 'p.txt'], { cwd: empty.dir })
    expect([progress.code, progress.stdout, progress.stderr]).toEqual([0, '', 'wrote p.txt\n'])
    const brief = runCli(['brief', '2023-03-15-textile-garment', '-o', 'b.md'], { cwd: zhCopy.dir })
    expect([brief.code, brief.stdout, brief.stderr]).toEqual([0, '', '已写入 b.md\n'])
    const schema = runCli(['schema', 'chain', '-o', 's.json'], { cwd: empty.dir })
    expect([schema.code, schema.stdout, schema.stderr]).toEqual([0, '', 'wrote s.json\n'])
    expect(runCli(['progress', '-w', join(FIXTURES, 'minimal'), '-o', '-']).stderr).toBe('')
  })

  it('schema names the closest schema for a typo', () => {
    const r = runCli(['schema', 'chian'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('chainchief: unknown schema "chian" (did you mean "chain"?); the schemas are: workspace, organizations, people, chain, meeting\n')
  })
})
