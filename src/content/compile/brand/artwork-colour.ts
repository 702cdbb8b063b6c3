import { converter, formatHex, type Oklab } from 'culori'

const toOklch = converter('oklch')
const toOklab = converter('oklab')

/** Below this mean chroma an artwork has no colour to speak of: its average grey is used. */
const GREY_CHROMA = 0.03
/** Hue buckets of 15°: the artwork's accent is the bucket holding the most colour. */
const BUCKETS = 24

/** Pixels as the bytes sharp's `raw()` gives: RGB or RGBA, row after row. */
export interface Pixels {
  data: Uint8Array
  channels: 3 | 4
}

interface Sample {
  lab: Oklab
  chroma: number
  hue: number
}

function samples({ data, channels }: Pixels): Sample[] {
  const found: Sample[] = []
  for (let offset = 0; offset + channels <= data.length; offset += channels) {
    // Transparent pixels are not part of the picture.
    if (channels === 4 && (data[offset + 3] ?? 0) < 128) continue
    const rgb = {
      mode: 'rgb' as const,
      r: (data[offset] ?? 0) / 255,
      g: (data[offset + 1] ?? 0) / 255,
      b: (data[offset + 2] ?? 0) / 255,
    }
    const lch = toOklch(rgb)
    found.push({ lab: toOklab(rgb), chroma: lch.c, hue: lch.h ?? 0 })
  }
  return found
}

function average(items: readonly Sample[], weight: (sample: Sample) => number): string {
  let total = 0
  const sum = { l: 0, a: 0, b: 0 }
  for (const item of items) {
    const w = weight(item)
    total += w
    sum.l += item.lab.l * w
    sum.a += item.lab.a * w
    sum.b += item.lab.b * w
  }
  if (total === 0) return '#808080'
  return formatHex({ mode: 'oklab', l: sum.l / total, a: sum.a / total, b: sum.b / total })
}

/**
 * The artwork's most prominent colour: of its pixels grouped by hue, the group with the
 * most chroma (vivid pixels count more than dull ones), averaged in OKLab weighted by
 * chroma. An artwork with hardly any colour (white, black, grey) gives its average.
 */
export function artworkColour(pixels: Pixels): string {
  const all = samples(pixels)
  if (all.length === 0) return '#808080'
  const meanChroma = all.reduce((sum, sample) => sum + sample.chroma, 0) / all.length
  if (meanChroma < GREY_CHROMA) return average(all, () => 1)
  const bucketOf = (sample: Sample) => Math.floor(sample.hue / (360 / BUCKETS)) % BUCKETS
  const weights = new Array<number>(BUCKETS).fill(0)
  for (const sample of all)
    weights[bucketOf(sample)] = (weights[bucketOf(sample)] ?? 0) + sample.chroma
  const best = weights.indexOf(Math.max(...weights))
  return average(
    all.filter((sample) => bucketOf(sample) === best),
    (sample) => sample.chroma,
  )
}
