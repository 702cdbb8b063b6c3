const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })

/** "Dec 18, 2025"; dates are shown in UTC so every listener sees the publication day. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

/** "40 min", "1 h 05 min", "45 s". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  if (total < 60) return `${total} s`
  const totalMinutes = Math.round(total / 60)
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  if (hours === 0) return `${minutes} min`
  return `${hours} h ${String(minutes).padStart(2, '0')} min`
}

/** ISO 8601 duration for `<time dateTime>`. */
export function isoDuration(seconds: number): string {
  return `PT${Math.max(0, Math.round(seconds))}S`
}

// One formatter for every count: toLocaleString makes a new one on each call.
const countFormat = new Intl.NumberFormat('en')

export function pluralEpisodes(count: number): string {
  return `${countFormat.format(count)} ${count === 1 ? 'episode' : 'episodes'}`
}

/** "Ada Quillfeather" → "AQ": at most two letters, from the first and last words. */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => /\p{L}|\p{N}/u.test(word))
  const first = words[0] ?? ''
  const last = words.length > 1 ? (words.at(-1) ?? '') : ''
  return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase()
}
