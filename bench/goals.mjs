// The goals of issues #5 and #15 as ratios measured in one run, and how a bench result meets them.
// Takes: the results bench/run.mjs gathers; gives: the measured ratio and pass/fail per goal.

export const GOALS = [
  { id: 'cold', text: 'cold `check`, tiny workspace, vs `node -e 0`', tasks: 2, of: 'check', vs: 'node -e 0', limit: 2 },
  { id: 'cold-progress', text: 'cold `progress`, tiny workspace, vs `node -e 0`', tasks: 2, of: 'progress', vs: 'node -e 0', limit: 2 },
  { id: 'cold-brief', text: 'cold `brief`, tiny workspace, vs `node -e 0`', tasks: 2, of: 'brief', vs: 'node -e 0', limit: 2 },
  { id: 'floor', text: '`check`, 11×500, vs the floor', tasks: 500, of: 'check', vs: 'floor', limit: 1.5 },
  { id: 'broken', text: '`check`, 11×500 with a finding in every chain file, vs the floor', tasks: 500, of: 'check, broken', vs: 'floor, broken', limit: 1.5 },
  { id: 'broken-memory', text: 'peak RSS of `check`, 11×500, broken vs clean', tasks: 500, of: 'check, broken', vs: 'check', rss: true, limit: 1.3 },
  { id: 'progress', text: '`progress`, 11×500, vs `check`', tasks: 500, of: 'progress', vs: 'check', limit: 1.2 },
  { id: 'brief', text: '`brief`, 11×500, vs `check`', tasks: 500, of: 'brief', vs: 'check', limit: 1.2 },
  { id: 'docx', text: '`brief --format docx`, 11×500, vs `brief`', tasks: 500, of: 'brief --format docx', vs: 'brief', limit: 1.5 },
  { id: 'problems', text: '`problems`, 11×500, vs `check`', tasks: 500, of: 'problems', vs: 'check', limit: 1.2 },
  { id: 'roster', text: '`roster`, 11×500, vs `check`', tasks: 500, of: 'roster', vs: 'check', limit: 1.2 },
  { id: 'meetings', text: '`meetings`, 11×500, vs `check`', tasks: 500, of: 'meetings', vs: 'check', limit: 1.2 },
  { id: 'sheet', text: '`sheet export`, 11×500, vs `check`', tasks: 500, of: 'sheet export', vs: 'check', limit: 2 },
  { id: 'sheet-import', text: '`sheet import`, 11×500, every open task updated, vs `check`', tasks: 500, of: 'sheet import', vs: 'check', limit: 2 },
  { id: 'peer', text: '`check` (whole workspace) vs ajv-cli (chain files only), 11×500', tasks: 500, of: 'check', vs: 'ajv-cli (chain files)', limit: 1 },
  { id: 'memory', text: 'peak RSS (worst command), 11×5000, vs size on disk', tasks: 5000, memory: true, limit: 10 },
]

/** { measured, status } of one goal; "not measured" when its size or command was not run. */
export function judge(goal, results) {
  const size = results.sizes.find((s) => s.tasks === goal.tasks)
  const commands = ['check', 'progress', 'brief']
  if (!size) return { measured: '—', status: 'not measured (size not run)' }
  let ratio
  if (goal.memory) {
    const rows = size.rows.filter((r) => commands.includes(r.name))
    const worst = rows.reduce((a, b) => (b.rss > a.rss ? b : a))
    ratio = worst.rss / size.bytes
    const mib = (worst.rss / 2 ** 20).toFixed(0)
    return { measured: `${ratio.toFixed(2)}× (${worst.name}, ${mib} MiB)`, status: ratio <= goal.limit ? 'met' : 'NOT met', ratio }
  }
  const of = size.rows.find((r) => r.name === goal.of)
  const vs = size.rows.find((r) => r.name === goal.vs)
  if (!of || !vs) return { measured: '—', status: `not measured (no \`${goal.of}\` yet)` }
  ratio = goal.rss ? of.rss / vs.rss : of.median / vs.median
  return { measured: `${ratio.toFixed(2)}×`, status: ratio <= goal.limit ? 'met' : 'NOT met', ratio }
}
