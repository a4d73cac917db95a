// `chainchief sheet import` through the real CLI on a copy of examples/shandong (contract §9):
// the LibreOffice-saved fixture and a fresh export filled in are recorded as `update` records
// them — the chain file is the original with exactly the lines each update needs — a second
// import records nothing and says so; a wrong row stops every row (sheet!cell: reason, exit
// 1, no byte written); a workbook export did not make, or of another workspace: exit 2.
// Needs `npm run build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { FIXTURES, runCli } from '../helpers/run-cli.js'
import { expectCheckPasses, replaceOnce, scratchExample, TEXTILE, type Scratch } from '../record/helpers.js'
import { fillCells, type Fill } from './helpers.js'

const LIBREOFFICE = join(FIXTURES, 'sheet/libreoffice-filled.xlsx')
const SHEET = "'Textiles and Garments'"

let scratch: Scratch
afterEach(() => scratch?.cleanup())
const fresh = () => (scratch = scratchExample())

/** Every file of the scratch workspace with its bytes, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name
      if (e.isDirectory()) walk(rel)
      else files[rel] = readFileSync(join(dir, rel)).toString('base64')
    }
  }
  walk('')
  return files
}

/** A fresh export of the scratch workspace, filled in as an owner would, saved beside it. */
async function filledExport(cells: Record<string, Fill>, ...args: string[]): Promise<string> {
  const file = join(scratch.dir, 'progress.xlsx')
  const exported = scratch.run(['sheet', 'export', '--as-of', '2026-12-01', '-o', file, ...args])
  expect(exported.code, exported.stderr).toBe(0)
  writeFileSync(file, await fillCells(readFileSync(file), cells))
  return file
}

/** The textile chain file after the four updates typed into the LibreOffice fixture. */
function afterFixture(original: string): string {
  let text = replaceOnce(original, '    status: in-progress\n    progress: 75\n    milestones:', '    status: in-progress\n    progress: 80\n    milestones:')
  text = replaceOnce(text, '      - date: 2026-09-30\n        progress: 75\n\n', '      - date: 2026-09-30\n        progress: 75\n      - date: 2026-12-05\n        progress: 80\n        note: 二号车间设备安装完成\n\n')
  text = replaceOnce(text, '    status: in-progress\n    progress: 85\n', '    status: in-progress\n    progress: 90\n')
  text = replaceOnce(text, '      - date: 2026-09-30\n        progress: 85\n\n', '      - date: 2026-09-30\n        progress: 85\n      - date: 2026-12-10\n        progress: 90\n        note: 平台接入企业 120 家\n\n')
  text = replaceOnce(text, '    status: in-progress\n    progress: 70\n', '    status: done\n    progress: 100\n')
  text = replaceOnce(text, '          en: Some brand launches postponed to 2027\n', '          en: Some brand launches postponed to 2027\n      - date: 2026-12-10\n        progress: 100\n        note: "=品牌发布会已举办"\n') // quoted by the write layer's dumper; the value is the same
  text = replaceOnce(text, '    status: blocked\n    progress: 40\n', '    status: blocked\n    progress: 45\n')
  return replaceOnce(
    text,
    "          en: Paused until the park's wastewater treatment expansion passes environmental approval\n",
    "          en: Paused until the park's wastewater treatment expansion passes environmental approval\n      - date: 2026-12-10\n        progress: 45\n        status: blocked\n",
  )
}

describe('sheet import of a workbook saved again by LibreOffice Calc', () => {
  it('records every filled row as update does, changing exactly those lines', () => {
    fresh()
    const before = snapshot(scratch.dir)
    const result = scratch.run(['sheet', 'import', LIBREOFFICE, '--date', '2026-12-10'])
    expect(result.stdout).toBe(
      [
        'chains/textile-garment.yaml: task tg-luthai-smart-factory 75% → 80%, in progress; update of 2026-12-05 recorded',
        'chains/textile-garment.yaml: task tg-iiot-platform 85% → 90%, in progress; update of 2026-12-10 recorded',
        'chains/textile-garment.yaml: task tg-design-brands 70% → 100%, in progress → done; update of 2026-12-10 recorded',
        'chains/textile-garment.yaml: task tg-dyeing-cluster-upgrade 40% → 45%, blocked; update of 2026-12-10 recorded',
        `Recorded 4 update(s) from ${LIBREOFFICE} in chains/textile-garment.yaml.`,
        '',
      ].join('\n'),
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/wrote chains\/textile-garment\.yaml\n$/)
    expect(scratch.read(TEXTILE)).toBe(afterFixture(scratch.original(TEXTILE)))
    // Only that file changed.
    const after = snapshot(scratch.dir)
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual([TEXTILE])
    expectCheckPasses(scratch)
  })

  it('records nothing the second time, says so, and exits 0', () => {
    fresh()
    expect(scratch.run(['sheet', 'import', LIBREOFFICE, '--date', '2026-12-10']).code).toBe(0)
    const once = snapshot(scratch.dir)
    // Another day: the rows without a date would be today, yet they are recorded already.
    const again = scratch.run(['sheet', 'import', LIBREOFFICE, '--date', '2026-12-11', '--lang', 'zh'])
    expect([again.code, again.stdout, again.stderr]).toEqual([0, `无可录入：${LIBREOFFICE} 中填写了本期进度的 4 行均已录入。\n`, ''])
    expect(snapshot(scratch.dir)).toEqual(once)
  })

  it('--dry-run prints the change as a diff and writes nothing', () => {
    fresh()
    const before = snapshot(scratch.dir)
    const result = scratch.run(['sheet', 'import', LIBREOFFICE, '--date', '2026-12-10', '--dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^--- a\/chains\/textile-garment\.yaml\n\+\+\+ b\/chains\/textile-garment\.yaml\n@@ /)
    expect(result.stdout).toContain('\n-    progress: 75\n+    progress: 80\n')
    expect(result.stdout).toContain('\n+      - date: 2026-12-05\n+        progress: 80\n+        note: 二号车间设备安装完成\n')
    expect(result.stdout.trimEnd().split('\n').slice(-2)).toEqual(['(dry run: 1 file would change; nothing was written)', `Would record 4 update(s) from ${LIBREOFFICE} in chains/textile-garment.yaml.`])
    expect(snapshot(scratch.dir)).toEqual(before)
  })
})

describe('sheet import of a fresh export', () => {
  it('records the rows filled in, dated today (--date) where the date is empty, and counts those recorded before', async () => {
    fresh()
    const file = await filledExport({ [`${SHEET}!I3`]: 82, [`${SHEET}!K3`]: 'Line 2: installed', [`${SHEET}!I6`]: 100 })
    const first = scratch.run(['sheet', 'import', file, '--date', '2026-12-03'])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout.split('\n').slice(0, 2)).toEqual([
      'chains/textile-garment.yaml: task tg-luthai-smart-factory 75% → 82%, in progress; update of 2026-12-03 recorded',
      'chains/textile-garment.yaml: task tg-skills-training 90% → 100%, in progress → done; update of 2026-12-03 recorded',
    ])
    let expected = replaceOnce(scratch.original(TEXTILE), '    status: in-progress\n    progress: 75\n    milestones:', '    status: in-progress\n    progress: 82\n    milestones:')
    expected = replaceOnce(expected, '      - date: 2026-09-30\n        progress: 75\n\n', '      - date: 2026-09-30\n        progress: 75\n      - date: 2026-12-03\n        progress: 82\n        note: "Line 2: installed"\n\n')
    expected = replaceOnce(expected, '    status: in-progress\n    progress: 90\n', '    status: done\n    progress: 100\n')
    expected = replaceOnce(expected, '      - date: 2026-10-31\n        progress: 90\n', '      - date: 2026-10-31\n        progress: 90\n      - date: 2026-12-03\n        progress: 100\n')
    expect(scratch.read(TEXTILE)).toBe(expected)
    // The same workbook with one more row: only that one is recorded.
    writeFileSync(file, await fillCells(readFileSync(file), { [`${SHEET}!I4`]: 88 }))
    const second = scratch.run(['sheet', 'import', file, '--date', '2026-12-04'])
    expect(second.stdout).toBe(
      'chains/textile-garment.yaml: task tg-iiot-platform 85% → 88%, in progress; update of 2026-12-04 recorded\n' +
        `Recorded 1 update(s) from ${file} in chains/textile-garment.yaml. 2 row(s) were recorded already.\n`,
    )
    expectCheckPasses(scratch)
  })

  it('records nothing when no row has a new progress', async () => {
    fresh()
    const file = await filledExport({})
    const result = scratch.run(['sheet', 'import', file])
    expect([result.code, result.stdout, result.stderr]).toEqual([0, `Nothing to record: no row of ${file} has a new progress.\n`, ''])
  })
})

describe('sheet import refuses', () => {
  it('every row when one is wrong: each named sheet!cell with its reason, nothing written, exit 1', async () => {
    fresh()
    const file = await filledExport({
      [`${SHEET}!I3`]: 82, // a good row: not recorded either
      [`${SHEET}!I4`]: 120,
      [`${SHEET}!I5`]: 50,
      [`${SHEET}!J5`]: 'done',
      [`${SHEET}!I6`]: 95,
      [`${SHEET}!L6`]: '2026/02/30',
      [`${SHEET}!I7`]: 50,
      [`${SHEET}!L7`]: new Date(Date.UTC(2025, 0, 1)),
    })
    const before = snapshot(scratch.dir)
    const result = scratch.run(['sheet', 'import', file])
    expect(result.stderr).toBe(
      [
        `${SHEET}!I4: new progress 120 is not from 0 to 100`,
        `${SHEET}!J5: status "done" contradicts progress 50% (done is 100%, planned 0%, and 100% is done)`,
        `${SHEET}!L6: "2026/02/30" is not a date (write YYYY-MM-DD)`,
        `${SHEET}!L7: date 2025-01-01 is before the task's last update (2025-10-15)`,
        `✖ 4 row(s) of ${file} cannot be recorded; nothing was recorded.`,
        '',
      ].join('\n'),
    )
    expect([result.code, result.stdout]).toEqual([1, ''])
    expect(snapshot(scratch.dir)).toEqual(before)
  })

  it('in Chinese for a Chinese sheet (--lang zh), naming the cells of the Chinese sheet', async () => {
    fresh()
    const file = await filledExport({ '纺织服装!I3': '八十', '纺织服装!J4': '完成了', '纺织服装!I4': 90, '纺织服装!K5': '只写了说明' }, '--lang', 'zh')
    const result = scratch.run(['sheet', 'import', file, '--lang', 'zh'])
    expect(result.stderr).toBe(
      [
        '纺织服装!I3: 本期进度“八十”不是 0 到 100 的整数',
        '纺织服装!J4: “完成了”不是状态（未启动、推进中、已完成、受阻、已取消）',
        '纺织服装!K5: 未填写本期进度：请填写进度，或清空此行',
        `✖ ${file} 有 3 行无法录入，未录入任何内容。`,
        '',
      ].join('\n'),
    )
    expect(result.code).toBe(1)
  })

  it('a workbook that sheet export did not make, with exit 2', async () => {
    fresh()
    const workbook = new (await loadWorkbookClass())()
    workbook.addWorksheet('进度').getCell('A1').value = 'tg-luthai-smart-factory'
    const file = join(scratch.dir, 'own.xlsx')
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
    const result = scratch.run(['sheet', 'import', file])
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', `chainchief: ${file} was not made by chainchief sheet export (it has no chainchief marker sheet); nothing was recorded\n`])
  })

  it('a workbook exported from another workspace, with exit 2', async () => {
    fresh()
    const file = await filledExport({ [`${SHEET}!I3`]: 82 })
    const manifest = join(scratch.dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('en: Shandong Chain Chief System', 'en: Shandong Chain Chief System (copy)'))
    const before = snapshot(scratch.dir)
    const result = scratch.run(['sheet', 'import', file])
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2, '',
      `chainchief: ${file} was exported from another workspace ("Shandong Chain Chief System"), not from this one ("Shandong Chain Chief System (copy)"); nothing was recorded\n`,
    ])
    expect(snapshot(scratch.dir)).toEqual(before)
  })

  it.each([
    ['a CSV file', 'progress.csv', 'id,progress\r\n', 'it is not an .xlsx file (an .xlsx file is a zip archive; save it as Excel workbook .xlsx)'],
  ])('%s, with exit 2', (_what, name, text, reason) => {
    fresh()
    const file = join(scratch.dir, name)
    writeFileSync(file, text)
    const result = scratch.run(['sheet', 'import', file])
    expect([result.code, result.stderr]).toEqual([2, `chainchief: ${file} cannot be read as a workbook: ${reason}\n`])
  })

  it('a file that is not there, with exit 2', () => {
    const result = runCli(['sheet', 'import', 'no-such.xlsx', '-w', join(FIXTURES, 'good')])
    expect([result.code, result.stderr]).toEqual([2, 'chainchief: cannot read no-such.xlsx: ENOENT\n'])
  })
})
