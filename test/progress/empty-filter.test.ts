// An empty filter result (contract §5): a line saying nothing matched, in the language, in
// place of a bordered table of nothing; other formats keep their empty shapes.
import { describe, expect, it } from 'vitest'
import { progressRun } from '../helpers/in-process.js'
import { EXAMPLE } from '../helpers/run-cli.js'

describe('progress --tasks with filters that match nothing', () => {
  const run = (lang: 'en' | 'zh', format?: 'table' | 'json') =>
    progressRun(EXAMPLE, { asOf: '2023-06-30', lang, tasks: true, chains: ['pharmaceuticals'], statuses: ['blocked'], format }).stdout
  it('says so in English and Chinese, with no table', () => {
    const en = run('en')
    expect(en.trimEnd().split('\n').at(-1)).toBe('No task matches the filters.')
    expect(en).not.toMatch(/[┌│└]/)
    expect(run('zh').trimEnd().split('\n').at(-1)).toBe('没有符合筛选条件的任务。')
  })
  it('json stays an empty list', () => {
    expect(JSON.parse(run('en', 'json')).tasks).toEqual([])
  })
})
