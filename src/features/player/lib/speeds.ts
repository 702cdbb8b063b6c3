/** The speeds offered in the menu and stepped through with < and >. */
export const SPEEDS = [0.5, 0.75, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const

/** The next offered speed up (`direction` 1) or down (-1) from `rate`, staying within the range. */
export function stepSpeed(rate: number, direction: 1 | -1): number {
  const candidates =
    direction > 0
      ? SPEEDS.filter((speed) => speed > rate + 1e-9)
      : SPEEDS.filter((speed) => speed < rate - 1e-9)
  const next = direction > 0 ? candidates[0] : candidates[candidates.length - 1]
  return next ?? rate
}
