/** Whole hours, minutes and seconds of a time in seconds; anything not finite counts as 0. */
export function splitSeconds(totalSeconds: number) {
  const whole = Math.max(0, Math.floor(Number.isFinite(totalSeconds) ? totalSeconds : 0))
  return {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor(whole / 60) % 60,
    seconds: whole % 60,
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** A time as a clock reads it, for chapter starts and the player: `0:05`, `23:45`, `1:02:03`. */
export function formatClock(totalSeconds: number): string {
  const { hours, minutes, seconds } = splitSeconds(totalSeconds)
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`
}
