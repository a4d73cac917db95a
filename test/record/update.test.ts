// `chainchief update` through the real CLI on a copy of examples/shandong (SPEC §9): the
// written file is the original with exactly the lines the update needs, it passes `check`,
// and every refusal writes nothing, with the exit code of SPEC §4.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { todayIn } from '../../src/model/dates.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { BIN } from '../helpers/run-cli.js'
import { expectCheckPasses, replaceOnce, scratchExample, TEXTILE, type Scratch } from './helpers.js'

let scratch: Scratch
afterEach(() => scratch?.cleanup())
const fresh = () => (scratch = scratchExample())

const LUTHAI_LAST = `      - date: 2026-09-30
        progress: 75

  # --- association and alliance`

describe('update: the task gets an update, and its progress and status to match', () => {
  it('writes exactly the changed lines, says what it recorded, and check passes', () => {
    fresh()
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--note', '二期设备安装: 完成 #1', '--date', '2026-11-30'])
    expect(result.stderr).toBe('wrote chains/textile-garment.yaml\n')
    expect(result.stdout).toBe('chains/textile-garment.yaml: task tg-luthai-smart-factory 75% → 80%, in progress; update of 2026-11-30 recorded\n')
    expect(result.code).toBe(0)
    let expected = replaceOnce(scratch.original(TEXTILE), '    status: in-progress\n    progress: 75\n    milestones:', '    status: in-progress\n    progress: 80\n    milestones:')
    expected = replaceOnce(expected, LUTHAI_LAST, `      - date: 2026-09-30
        progress: 75
      - date: 2026-11-30
        progress: 80
        note: "二期设备安装: 完成 #1"

  # --- association and alliance`)
    expect(scratch.read(TEXTILE)).toBe(expected)
    expectCheckPasses(scratch)
  })

  it('at 100 without --status: done; the update states no status, since 100 implies it', () => {
    fresh()
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '100', '--date', '2026-11-30', '--lang', 'zh'])
    expect(result.stdout).toBe('chains/textile-garment.yaml：任务 tg-luthai-smart-factory 进度 75% → 100%，推进中 → 已完成；已记录 2026-11-30 的进展\n')
    let expected = replaceOnce(scratch.original(TEXTILE), '    status: in-progress\n    progress: 75\n    milestones:', '    status: done\n    progress: 100\n    milestones:')
    expected = replaceOnce(expected, LUTHAI_LAST, '      - date: 2026-09-30\n        progress: 75\n      - date: 2026-11-30\n        progress: 100\n\n  # --- association and alliance')
    expect(scratch.read(TEXTILE)).toBe(expected)
    expectCheckPasses(scratch)
  })

  it('a blocked task stays blocked below 100, and its update says so', () => {
    fresh()
    const result = scratch.run(['update', 'tg-dyeing-cluster-upgrade', '--progress', '45', '--date', '2026-11-30'])
    expect(result.stdout).toBe('chains/textile-garment.yaml: task tg-dyeing-cluster-upgrade 40% → 45%, blocked; update of 2026-11-30 recorded\n')
    let expected = replaceOnce(scratch.original(TEXTILE), '    status: blocked\n    progress: 40\n', '    status: blocked\n    progress: 45\n')
    expected = replaceOnce(
      expected,
      "          en: Paused until the park's wastewater treatment expansion passes environmental approval\n",
      "          en: Paused until the park's wastewater treatment expansion passes environmental approval\n      - date: 2026-11-30\n        progress: 45\n        status: blocked\n",
    )
    expect(scratch.read(TEXTILE)).toBe(expected)
    expectCheckPasses(scratch)
  })

  it('--status sets the status; the default date is today in the workspace zone (Asia/Shanghai)', () => {
    fresh()
    const today = todayIn('Asia/Shanghai')
    const result = scratch.run(['update', 'tg-dyeing-cluster-upgrade', '--progress', '50', '--status', 'in-progress'])
    expect(result.stdout).toBe(`chains/textile-garment.yaml: task tg-dyeing-cluster-upgrade 40% → 50%, blocked → in progress; update of ${today} recorded\n`)
    const text = scratch.read(TEXTILE)
    expect(text).toContain(`    status: in-progress\n    progress: 50\n`)
    expect(text).toContain(`environmental approval\n      - date: ${today}\n        progress: 50\n\nproblems:`)
    expectCheckPasses(scratch)
  })

  it('a note from the command line reads back exactly, whatever it holds', () => {
    fresh()
    const note = '- "引号" \'单引号\' #井号: 冒号：全角\n第二行'
    expect(scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '76', '--note', note, '--date', '2026-11-30']).code).toBe(0)
    expect(scratch.read(TEXTILE)).toContain(`        progress: 76\n        note: "- \\"引号\\" '单引号' #井号: 冒号：全角\\n第二行"\n`)
    const task = checkWorkspace(loadWorkspace(scratch.dir)).model.tasksById.get('tg-luthai-smart-factory')!
    expect(task.updates[task.updates.length - 1]!.note).toBe(note)
    expectCheckPasses(scratch)
  })

  it('a date after today gives a warning, as check would, and the update is written', () => {
    fresh()
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2099-01-01'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^chains\/textile-garment\.yaml:183:15  warning  update dated 2099-01-01 is after the as-of date \d{4}-\d\d-\d\d  future-date\n/)
    expect(result.stdout).toContain('update of 2099-01-01 recorded')
    expect(scratch.read(TEXTILE)).toContain('      - date: 2099-01-01\n        progress: 80\n')
  })
})

describe('update: what is refused writes nothing', () => {
  it('errors the update would add are printed as check prints them, exit 1', () => {
    fresh()
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '100', '--status', 'in-progress', '--date', '2026-01-01'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        'chains/textile-garment.yaml:159:13  error  progress is 100% but status is in-progress, not done  status-progress',
        '  157 |     start: 2023-01-01',
        '  158 |     due: 2027-06-30',
        '> 159 |     status: in-progress',
        '      |             ^^^^^^^^^^^',
        '  160 |     progress: 100',
        '  161 |     milestones:',
        '',
        'chains/textile-garment.yaml:183:15  error  update dated 2026-01-01 comes after one dated 2026-09-30; list updates oldest first  date-order',
        '  181 |       - date: 2026-09-30',
        '  182 |         progress: 75',
        '> 183 |       - date: 2026-01-01',
        '      |               ^^^^^^^^^^',
        '  184 |         progress: 100',
        '  185 |         status: in-progress',
        '',
        'chains/textile-garment.yaml:185:17  error  progress is 100% but status is in-progress, not done  status-progress',
        '  183 |       - date: 2026-01-01',
        '  184 |         progress: 100',
        '> 185 |         status: in-progress',
        '      |                 ^^^^^^^^^^^',
        '  186 | ',
        '  187 |   # --- association and alliance ---------------------------------------------',
        '',
        '✖ 15 files checked: 3 errors, 0 warnings',
        '✖ the write would add 3 errors; nothing was written',
        '',
      ].join('\n'),
    )
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })

  it('errors the workspace had already do not block', () => {
    fresh()
    const meeting = join(scratch.dir, 'meetings/2022-12-07-textile-garment.yaml')
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('chair: wang-xiao', 'chair: wang-xiaoo'))
    expect(scratch.run(['check']).code).toBe(1)
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30'])
    expect(result.stderr).toBe('wrote chains/textile-garment.yaml\n')
    expect(result.code).toBe(0)
    expect(scratch.read(TEXTILE)).toContain('      - date: 2026-11-30\n        progress: 80\n')
  })

  it.each<[string, string[], string]>([
    ['an unknown task, with the closest ids', ['update', 'tg-lutai-smart-factory', '--progress', '10'], 'chainchief: no task "tg-lutai-smart-factory"; closest: tg-luthai-smart-factory\n'],
    ['the same in Chinese', ['update', 'tg-lutai-smart-factory', '--progress', '10', '--lang', 'zh'], 'chainchief: 没有任务“tg-lutai-smart-factory”；最接近的有：tg-luthai-smart-factory\n'],
    ['progress above 100', ['update', 'tg-luthai-smart-factory', '--progress', '101'], "error: option '--progress <percent>' argument '101' is invalid. expected a whole percent from 0 to 100, got \"101\"\n(run with --help for usage)\n"],
    ['progress not a whole number', ['update', 'tg-luthai-smart-factory', '--progress', '50.5'], "error: option '--progress <percent>' argument '50.5' is invalid. expected a whole percent from 0 to 100, got \"50.5\"\n(run with --help for usage)\n"],
    ['no progress', ['update', 'tg-luthai-smart-factory'], "error: required option '--progress <percent>' not specified\n(run with --help for usage)\n"],
    ['a status that is none', ['update', 'tg-luthai-smart-factory', '--progress', '10', '--status', 'finished'], "error: option '--status <status>' argument 'finished' is invalid. Allowed choices are planned, in-progress, done, blocked, cancelled.\n(run with --help for usage)\n"],
    ['a date that is none', ['update', 'tg-luthai-smart-factory', '--progress', '10', '--date', '2026-02-30'], "error: option '--date <date>' argument '2026-02-30' is invalid. expected a real date written YYYY-MM-DD, got \"2026-02-30\"\n(run with --help for usage)\n"],
  ])('%s: exit 2', (_name, args, stderr) => {
    fresh()
    const result = scratch.run(args)
    expect(result.stderr).toBe(stderr)
    expect(result.stdout).toBe('')
    expect(result.code).toBe(2)
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })
})

describe('update --dry-run', () => {
  const DIFF = [
    '--- a/chains/textile-garment.yaml',
    '+++ b/chains/textile-garment.yaml',
    '@@ -157,7 +157,7 @@',
    '     start: 2023-01-01',
    '     due: 2027-06-30',
    '     status: in-progress',
    '-    progress: 75',
    '+    progress: 80',
    '     milestones:',
    '       - title:',
    '           zh: 一期智能产线投产',
    '@@ -180,6 +180,8 @@',
    '           en: Phase 1 in production; phase 2 started',
    '       - date: 2026-09-30',
    '         progress: 75',
    '+      - date: 2026-11-30',
    '+        progress: 80',
    ' ',
    '   # --- association and alliance ---------------------------------------------',
    '   - id: tg-cooperation-platform',
    '(dry run: 1 file would change; nothing was written)',
    '',
  ].join('\n')

  it('prints the change as a unified diff and writes nothing', () => {
    fresh()
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30', '--dry-run'])
    expect(result.stdout).toBe(DIFF)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })

  it('colours the diff only on request of the terminal (FORCE_COLOR), never otherwise', () => {
    fresh()
    const coloured = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30', '--dry-run'], { FORCE_COLOR: '1' })
    expect(coloured.stdout).toContain('\u001b[31m-    progress: 75\u001b[39m\n\u001b[32m+    progress: 80\u001b[39m\n')
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe(DIFF)
    const plain = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30', '--dry-run', '--no-color'], { FORCE_COLOR: '1' })
    expect(plain.stdout).toBe(DIFF)
  })

  it('with errors it would add: the diff, the errors, exit 1, nothing written', () => {
    fresh()
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-01-01', '--dry-run'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('+      - date: 2026-01-01\n')
    expect(result.stderr).toContain('error  update dated 2026-01-01 comes after one dated 2026-09-30')
    expect(result.stderr).toContain('✖ the write would add 1 error; nothing was written\n')
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })
})

describe('update keeps the file as it was written', () => {
  it('CRLF line ends and a BOM stay, byte for byte', () => {
    fresh()
    const path = join(scratch.dir, TEXTILE)
    const crlf = '\uFEFF' + scratch.original(TEXTILE).replace(/\n/g, '\r\n')
    writeFileSync(path, crlf)
    expect(scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30']).code).toBe(0)
    let expected = replaceOnce(crlf, '    progress: 75\r\n    milestones:', '    progress: 80\r\n    milestones:')
    expected = replaceOnce(expected, '      - date: 2026-09-30\r\n        progress: 75\r\n', '      - date: 2026-09-30\r\n        progress: 75\r\n      - date: 2026-11-30\r\n        progress: 80\r\n')
    expect(readFileSync(path)).toEqual(Buffer.from(expected, 'utf8'))
  })
})

describe('update next to other writers', () => {
  it('two updates at once, of two tasks in one file: both recorded, none lost', async () => {
    fresh()
    const run = (args: string[]) =>
      new Promise<number | null>((resolve) => {
        const env = { ...process.env }
        delete env.NODE_EXTRA_CA_CERTS
        const child = spawn(process.execPath, [BIN, ...args, '-w', scratch.dir], { stdio: 'ignore', env })
        child.on('exit', resolve)
      })
    const codes = await Promise.all([
      run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30']),
      run(['update', 'tg-iiot-platform', '--progress', '90', '--date', '2026-11-30']),
    ])
    expect(codes).toEqual([0, 0])
    const text = scratch.read(TEXTILE)
    expect(text).toContain('      - date: 2026-09-30\n        progress: 75\n      - date: 2026-11-30\n        progress: 80\n')
    expect(text).toContain('      - date: 2026-09-30\n        progress: 85\n      - date: 2026-11-30\n        progress: 90\n')
    expectCheckPasses(scratch)
  })

  it('a file saved again and again by another program while the update runs: nothing written, exit 2', async () => {
    fresh()
    const path = join(scratch.dir, TEXTILE)
    const original = scratch.original(TEXTILE)
    // An "editor" that saves the file every few milliseconds, each time with new bytes.
    const editor = spawn(process.execPath, [
      '-e',
      // It saves as editors do, by a rename, so a reader never sees half a file.
      `const fs = require('fs'); let i = 0; setInterval(() => { fs.writeFileSync(${JSON.stringify(path + '.swp')}, ${JSON.stringify(original)} + '# saved ' + i + '\\n'); fs.renameSync(${JSON.stringify(path + '.swp')}, ${JSON.stringify(path)}); i++ }, 2)`,
    ])
    try {
      await new Promise((r) => setTimeout(r, 200))
      const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30'])
      expect(result.stderr).toBe('chainchief: chains/textile-garment.yaml changed on disk after it was read (saved in an editor?); nothing was written. Run the command again\n')
      expect(result.code).toBe(2)
    } finally {
      editor.kill('SIGKILL')
    }
    expect(scratch.read(TEXTILE)).toMatch(/^[^]*\n# saved \d+\n$/)
    expect(scratch.read(TEXTILE)).not.toContain('2026-11-30')
  })

  it('a file locked by another chainchief: waits for it, then writes', async () => {
    fresh()
    const holder = spawn(process.execPath, [join(import.meta.dirname, '../workspace/writers/hold-lock.mjs'), join(scratch.dir, TEXTILE), '700'], { stdio: ['ignore', 'pipe', 'ignore'] })
    await new Promise((r) => holder.stdout!.once('data', r))
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30'])
    expect(result.code).toBe(0)
    expect(scratch.read(TEXTILE)).toContain('      - date: 2026-11-30\n        progress: 80\n')
  })

  it('a lock that another chainchief keeps: refused after a wait, exit 2', () => {
    fresh()
    const lock = join(scratch.dir, 'chains/.textile-garment.yaml.lock')
    writeFileSync(lock, JSON.stringify({ pid: 4242, host: 'another-machine', time: Date.now() }))
    const result = scratch.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--date', '2026-11-30'])
    expect(result.stderr).toBe(
      'chainchief: chains/textile-garment.yaml is being written by another chainchief (process 4242); nothing was written. Try again; if no chainchief runs, remove chains/.textile-garment.yaml.lock\n',
    )
    expect(result.code).toBe(2)
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  }, 20_000)
})
