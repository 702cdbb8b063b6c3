import { normalizeDate } from '../content/compile/episode-document.ts'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** RFC 822's named zones, in hours from UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
}

const RFC_822 =
  /^(?:[a-z]+,?\s+)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]+)?/i
const ISO_LIKE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

export type ReadDate = { iso: string; note: string | null } | { iso: null; note: string }

function zoneMinutes(zone: string | undefined): number | null {
  if (!zone) return 0
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
  const hours = ZONES[zone.toUpperCase()]
  return hours === undefined ? null : hours * 60
}

function fromRfc822(match: RegExpExecArray): { iso: string; zoneKnown: boolean } | null {
  const [, day, month, year, hour, minute, second, zone] = match
  const monthIndex = MONTHS.indexOf((month ?? '').toLowerCase())
  if (monthIndex < 0) return null
  const fullYear = (year ?? '').length === 2 ? 2000 + Number(year) : Number(year)
  const calendar = new Date(Date.UTC(fullYear, monthIndex, Number(day)))
  if (calendar.getUTCDate() !== Number(day) || Number(hour) > 23) return null
  const offset = zoneMinutes(zone)
  const utc = Date.UTC(
    fullYear,
    monthIndex,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  )
  const date = new Date(utc - (offset ?? 0) * 60_000)
  return { iso: date.toISOString(), zoneKnown: offset !== null }
}

/**
 * An item's `pubDate` as an ISO date-time. RFC 822 is what feeds should hold;
 * ISO dates and RFC 822 with a long month name, a two-digit year or an unknown
 * zone are read too, with a note saying how. Anything else is null with a reason.
 */
export function readPublicationDate(value: string | undefined): ReadDate {
  const text = value?.trim() ?? ''
  if (!text) return { iso: null, note: 'has no pubDate: add the date it was published' }
  if (ISO_LIKE.test(text)) {
    return {
      iso: normalizeDate(text),
      note: `has an ISO pubDate ("${text}") where RFC 822 is expected; read as UTC when it names no zone`,
    }
  }
  const match = RFC_822.exec(text)
  const read = match && fromRfc822(match)
  if (!read) {
    return {
      iso: null,
      note: `has a pubDate that is not a date ("${text}"): write it like "Tue, 10 Jun 2025 10:00:00 GMT"`,
    }
  }
  if (!read.zoneKnown)
    return {
      iso: read.iso,
      note: `has a pubDate with an unknown time zone ("${text}"): read as UTC`,
    }
  const strict =
    /^(?:[a-z]{3},\s)?\d{1,2}\s[a-z]{3}\s\d{4}\s\d{2}:\d{2}(?::\d{2})?\s(?:[+-]\d{4}|[A-Z]{1,3})$/i
  return {
    iso: read.iso,
    note: strict.test(text) ? null : `has an unusual pubDate ("${text}"), read as ${read.iso}`,
  }
}
