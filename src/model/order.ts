// The official order of the chains (contract §2 `order`): the chains `order` names first, in
// its order, the rest after by id. The model's chain list is built in it; a list of chain ids
// from elsewhere (a meeting's `chains`) is put in it with `inChainOrder`.
import type { Chain, Model } from './types.js'

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Chains `order` names first, in its order; the rest after, by id. */
export function orderChains(chains: readonly Chain[], order: readonly string[]): Chain[] {
  const rank = new Map<string, number>()
  order.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i)
  })
  const key = (c: Chain) => rank.get(c.id) ?? Number.POSITIVE_INFINITY
  return [...chains].sort((a, b) => key(a) - key(b) || byId(a.id, b.id))
}

/** Chain ids, each once, in the model's chain order; ids that are no chain come last, by id. */
export function inChainOrder(model: Pick<Model, 'chains'>, ids: Iterable<string>): string[] {
  const rank = new Map(model.chains.map((c, i) => [c.id, i]))
  const key = (id: string) => rank.get(id) ?? Number.POSITIVE_INFINITY
  return [...new Set(ids)].sort((a, b) => key(a) - key(b) || byId(a, b))
}
