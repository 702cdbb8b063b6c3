/** A small seeded generator (mulberry32): the same seed gives the same catalog on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Whole number in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Picks with a bias towards the start of the list, so a few entries recur often, as real guests do. */
  pickSkewed<T>(items: readonly T[], power: number): T
  chance(probability: number): boolean
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const at = <T>(items: readonly T[], fraction: number): T => {
    const item = items[Math.floor(fraction * items.length)]
    if (item === undefined) throw new Error('cannot pick from an empty list')
    return item
  }
  return {
    next,
    int,
    pick: (items) => at(items, next()),
    pickSkewed: (items, power) => at(items, next() ** power),
    chance: (probability) => next() < probability,
  }
}
