// The owners' workbook of a benchmark workspace, filled in (issue #10: `sheet import` of
// 11 chains × N tasks): `sheet export` of the workspace, then every row's new progress set
// one point above its progress, as exceljs saves it. Takes the CLI, a workspace and the file
// to write; gives the number of rows filled.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export async function filledSheet(bin, dir, file, env) {
  const exported = spawnSync(process.execPath, [bin, 'sheet', 'export', '-w', dir, '-o', file], { env, encoding: 'utf8' })
  if (exported.status !== 0) throw new Error(`sheet export failed: ${exported.stderr}`)
  const Workbook = require('exceljs/lib/doc/workbook.js')
  const workbook = new Workbook()
  await workbook.xlsx.load(readFileSync(file))
  let rows = 0
  for (const sheet of workbook.worksheets) {
    if (sheet.name === 'chainchief') continue
    const keys = sheet.getRow(1).values
    const progress = keys.indexOf('progress')
    const next = keys.indexOf('new-progress')
    sheet.eachRow((row, r) => {
      if (r < 3) return
      row.getCell(next).value = Math.min(100, Number(row.getCell(progress).value) + 1)
      rows++
    })
  }
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
  return rows
}
