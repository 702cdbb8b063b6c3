import { splitSeconds } from '../../../lib/format-clock.ts'

/**
 * Reads the `t` of a link to a moment: `1425`, `1425.5`, `23:45` or `1:02:03`.
 * Returns seconds, or null when the value is missing or not a time.
 */
export function parseTimeParam(value: string | null | undefined): number | null {
  if (value == null) return null
  const text = value.trim()
  if (/^\d+(\.\d+)?s?$/.test(text)) return Number.parseFloat(text)
  const parts = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(text)
  if (!parts) return null
  const hours = Number(parts[1] ?? 0)
  const minutes = Number(parts[2])
  const seconds = Number(parts[3])
  // In h:mm:ss the minutes are below 60; in mm:ss any number of minutes is fine.
  if (seconds >= 60 || (parts[1] !== undefined && minutes >= 60)) return null
  return hours * 3600 + minutes * 60 + seconds
}

/** The shortest `t` value for a link: `1425` seconds. */
export function formatTimeParam(totalSeconds: number): string {
  return String(Math.max(0, Math.floor(totalSeconds)))
}

const unit = (count: number, name: string) => `${count} ${name}${count === 1 ? '' : 's'}`

/** For screen readers: `23 minutes 45 seconds`, `1 hour 2 minutes 3 seconds`, `0 seconds`. */
export function formatSpokenDuration(totalSeconds: number): string {
  const { hours, minutes, seconds } = splitSeconds(totalSeconds)
  const words: string[] = []
  if (hours > 0) words.push(unit(hours, 'hour'))
  if (minutes > 0) words.push(unit(minutes, 'minute'))
  if (seconds > 0 || words.length === 0) words.push(unit(seconds, 'second'))
  return words.join(' ')
}

/** The seek slider's aria-valuetext: `23 minutes 45 seconds of 39 minutes 59 seconds, Chapter title`. */
export function seekValueText(
  position: number,
  duration: number,
  chapterTitle: string | null,
): string {
  const text = `${formatSpokenDuration(position)} of ${formatSpokenDuration(duration)}`
  return chapterTitle ? `${text}, ${chapterTitle}` : text
}
