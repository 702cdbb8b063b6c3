/**
 * Renders demo audio for the sample catalog: for each episode, a constant-bitrate
 * mono 16 kHz MP3 as long as the episode, in which a voice reads each chapter
 * title at its start time, with silence in between. Works offline with Debian's
 * espeak-ng, sox and lame.
 *
 *   npx tsx scripts/generate-sample-audio.ts [--dir episodes] [--out public/audio] [--write-sizes] [slug…]
 *
 * --write-sizes sets each rendered episode's `audioFileSize` to its MP3's byte size,
 * except in files copied verbatim from a real catalog (they keep the original's size).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { listEpisodeFiles, splitFrontMatter } from './front-matter.ts'

const SAMPLE_RATE = 16_000
/** Long episodes get the lowest bitrate so the committed audio stays small. */
const LONG_EPISODE_SECONDS = 600
const BUDGET_BYTES = 8 * 1024 * 1024
const VERBATIM_FILES = new Set([
  'cloud-native-compass/2025/navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist.md',
])

interface SampleEpisode {
  file: string
  slug: string
  title: string
  duration: number
  chapters: Array<{ startTime: number; title: string }>
}

function readEpisode(dir: string, file: string): SampleEpisode {
  const { data } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
  const { slug, title, duration } = data
  if (typeof slug !== 'string' || typeof title !== 'string' || typeof duration !== 'number') {
    throw new Error(`${file}: needs slug, title and duration`)
  }
  const chapters = (Array.isArray(data.chapters) ? data.chapters : [])
    .map((chapter: { startTime?: unknown; title?: unknown }) => ({
      startTime: Number(chapter.startTime),
      title: String(chapter.title),
    }))
    .filter((chapter) => chapter.startTime >= 0 && chapter.startTime < duration)
    .sort((a, b) => a.startTime - b.startTime)
  return { file, slug, title, duration, chapters }
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
}

const samplesAt = (seconds: number) => Math.round(seconds * SAMPLE_RATE)

/** One WAV per stretch of the timeline: speech at its start, padded or cut to its exact length. */
function renderTimeline(episode: SampleEpisode, work: string): string[] {
  const cues =
    episode.chapters.length > 0 ? episode.chapters : [{ startTime: 0, title: episode.title }]
  const format = ['-r', String(SAMPLE_RATE), '-c', '1', '-b', '16']
  const parts: string[] = []
  const first = cues[0]?.startTime ?? 0
  if (first > 0) {
    const lead = join(work, 'lead.wav')
    run('sox', ['-V1', '-R', '-n', ...format, lead, 'trim', '0', `${samplesAt(first)}s`])
    parts.push(lead)
  }
  cues.forEach((cue, index) => {
    const end = cues[index + 1]?.startTime ?? episode.duration
    const length = samplesAt(end) - samplesAt(cue.startTime)
    const speech = join(work, `speech-${index}.wav`)
    const part = join(work, `part-${index}.wav`)
    run('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', speech, cue.title])
    // Resample first so that the sample counts below are counted at 16 kHz; pad-then-trim
    // gives every part its exact length whether the speech is shorter or longer.
    const effects = ['rate', String(SAMPLE_RATE), 'gain', '-n', '-3', 'pad', '0', `${length}s`]
    run('sox', ['-V1', '-R', speech, ...format, part, ...effects, 'trim', '0', `${length}s`])
    parts.push(part)
  })
  return parts
}

function renderEpisode(episode: SampleEpisode, outFile: string): void {
  const work = mkdtempSync(join(tmpdir(), 'sample-audio-'))
  try {
    const parts = renderTimeline(episode, work)
    const wav = join(work, 'episode.wav')
    run('sox', ['-V1', '-R', ...parts, wav])
    const bitrate = episode.duration > LONG_EPISODE_SECONDS ? '8' : '16'
    run('lame', [
      '--quiet',
      '--cbr',
      '-b',
      bitrate,
      '-m',
      'm',
      '--resample',
      '16',
      '--id3v2-only',
      '--tt',
      episode.title,
      wav,
      outFile,
    ])
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Replaces (or adds after `duration:`) the front-matter's audioFileSize line. */
function writeAudioFileSize(path: string, size: number): void {
  const text = readFileSync(path, 'utf8')
  const end = text.indexOf('\n---', 3)
  const head = text.slice(0, end)
  const line = `audioFileSize: ${size}`
  const updated = /^audioFileSize:.*$/m.test(head)
    ? head.replace(/^audioFileSize:.*$/m, line)
    : head.replace(/^(duration:.*)$/m, `$1\n${line}`)
  if (updated !== head) writeFileSync(path, updated + text.slice(end))
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'episodes' },
    out: { type: 'string', default: 'public/audio' },
    'write-sizes': { type: 'boolean', default: false },
  },
})
const dir = resolve(values.dir)
const out = resolve(values.out)
mkdirSync(out, { recursive: true })

const episodes = (await listEpisodeFiles(dir))
  .map((file) => readEpisode(dir, file))
  .filter((episode) => positionals.length === 0 || positionals.includes(episode.slug))

let total = 0
for (const episode of episodes) {
  const started = performance.now()
  const outFile = join(out, `${episode.slug}.mp3`)
  renderEpisode(episode, outFile)
  const size = statSync(outFile).size
  total += size
  if (values['write-sizes'] && !VERBATIM_FILES.has(episode.file)) {
    writeAudioFileSize(join(dir, episode.file), size)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`${episode.slug}.mp3  ${size} bytes  ${episode.duration} s audio  (${seconds} s)`)
}
console.log(
  `total ${total} bytes (${(total / 1024 / 1024).toFixed(2)} MiB) in ${episodes.length} files`,
)
if (total > BUDGET_BYTES) {
  console.error(`over the ${BUDGET_BYTES}-byte budget: shorten the sample episodes`)
  process.exitCode = 1
}
