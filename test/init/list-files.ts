// Every file under a folder, relative, '/' separators, sorted (for comparing what init wrote).
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out.push(relative(dir, p).split('\\').join('/'))
    }
  }
  walk(dir)
  return out.sort()
}
