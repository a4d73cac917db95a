// Preloaded with `node --import` by bench/run.mjs: at exit, writes the process's peak resident
// set size (bytes) to the file named by BENCH_RSS_OUT. Only for the memory runs, never timed.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const out = process.env.BENCH_RSS_OUT
  if (out) writeFileSync(out, String(process.resourceUsage().maxRSS * 1024))
})
