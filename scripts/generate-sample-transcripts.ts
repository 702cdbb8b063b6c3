/**
 * Writes the sample catalog's transcripts to match its demo audio
 * (scripts/generate-sample-audio.ts reads each chapter title aloud at its
 * start): one cue per chapter, from its start for as long as espeak-ng takes
 * to say the title (measured with ffprobe, not guessed), in the format and with the
 * speakers listed below. Works offline with Debian's espeak-ng and ffmpeg.
 *
 *   npx tsx scripts/generate-sample-transcripts.ts [--dir episodes]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { transcriptJson } from '../src/content/compile/transcript/transcript-json-file.ts'
import {
  transcriptVtt,
  vttTimestamp,
} from '../src/content/compile/transcript/transcript-vtt-file.ts'
import type { TranscriptCue } from '../src/content/read/transcript/transcript-cue.ts'
import { listEpisodeFiles, splitFrontMatter } from './front-matter.ts'

interface SampleTranscript {
  /** Path of the transcript, relative to the episode file. */
  file: string
  /** Who reads each chapter title, in turn; empty for a transcript without speakers. */
  speakers: string[]
}

/** Each source format at least once; speakers by name, by slug and one nobody in the catalog. */
const SAMPLES: Record<string, SampleTranscript> = {
  'ebpf-for-the-curious': {
    file: 'ebpf-for-the-curious.vtt',
    speakers: ['Noor Halvorsen', 'elin-sparrowhawk', 'Ada Quillfeather', 'Studio Producer'],
  },
  'rust-command-line-tools-that-spark-joy': {
    file: 'rust-command-line-tools-that-spark-joy.srt',
    speakers: ['Robin Patchwell', 'Ada Quillfeather'],
  },
  'webassembly-outside-the-browser': {
    file: 'webassembly-outside-the-browser.transcript.json',
    speakers: ['robin-patchwell', 'Ada Quillfeather', 'Tomas Brightwater'],
  },
  // Named by the episode's front-matter `transcript:`.
  'tiny-databases-big-ideas': { file: 'transcripts/tiny-databases-big-ideas.vtt', speakers: [] },
}

/** Seconds espeak-ng takes to say `text` at the demo audio's voice and speed. */
function spokenSeconds(text: string, work: string): number {
  const wav = join(work, 'speech.wav')
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', wav, text])
  const probe = ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', wav]
  return Number(execFileSync('ffprobe', probe, { encoding: 'utf8' }).trim())
}

function srt(cues: readonly TranscriptCue[]): string {
  const time = (seconds: number) => vttTimestamp(seconds).replace('.', ',')
  const blocks = cues.map((cue, index) => {
    const text = cue.speaker ? `${cue.speaker}: ${cue.text}` : cue.text
    return `${index + 1}\n${time(cue.start)} --> ${time(cue.end)}\n${text}`
  })
  return `${blocks.join('\n\n')}\n`
}

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'episodes' } } })
const dir = resolve(values.dir)
const work = mkdtempSync(join(tmpdir(), 'sample-transcripts-'))
try {
  for (const file of await listEpisodeFiles(dir)) {
    const { data } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
    const sample = SAMPLES[String(data.slug)]
    if (!sample) continue
    const duration = Number(data.duration)
    const chapters = (data.chapters as Array<{ startTime: number; title: string }>).toSorted(
      (a, b) => a.startTime - b.startTime,
    )
    const cues = chapters.map((chapter, index): TranscriptCue => {
      const next = chapters[index + 1]?.startTime ?? duration
      const spoken = Math.ceil(spokenSeconds(chapter.title, work) * 10) / 10
      return {
        start: chapter.startTime,
        end: Math.min(chapter.startTime + spoken, next),
        speaker: sample.speakers[index % sample.speakers.length] ?? null,
        text: chapter.title,
      }
    })
    const out = join(dir, dirname(file), sample.file)
    const content = out.endsWith('.srt')
      ? srt(cues)
      : out.endsWith('.json')
        ? transcriptJson(cues)
        : transcriptVtt(cues)
    writeFileSync(out, content)
    console.log(`${out}: ${cues.length} cues`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
