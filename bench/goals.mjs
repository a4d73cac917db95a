// The goals of issue #5 as ratios measured in one run, and how a bench result meets them.
// Takes: the results bench/run.mjs gathers; gives: the measured ratio and pass/fail per goal.

export const GOALS = [
  { id: 'cold', text: 'cold `check`, tiny workspace, vs `node -e 0`', tasks: 2, of: 'check', vs: 'node -e 0', limit: 3 },
  { id: 'floor', text: '`check`, 11×500, vs the floor', tasks: 500, of: 'check', vs: 'floor', limit: 1.5 },
  { id: 'progress', text: '`progress`, 11×500, vs `check`', tasks: 500, of: 'progress', vs: 'check', limit: 1.2 },
  { id: 'brief', text: '`brief`, 11×500, vs `check`', tasks: 500, of: 'brief', vs: 'check', limit: 1.2 },
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
  ratio = of.median / vs.median
  return { measured: `${ratio.toFixed(2)}×`, status: ratio <= goal.limit ? 'met' : 'NOT met', ratio }
}
