import type { TranscriptFile } from '../../../content/documents.ts'
import { focusRing } from './styles.ts'

const formatNames: Record<TranscriptFile['type'], string> = {
  'text/vtt': 'WebVTT',
  'application/json': 'JSON',
}

/** Download links to the transcript files the build publishes, one per format and language. */
export function TranscriptDownloads({ files }: { files: readonly TranscriptFile[] }) {
  if (files.length === 0) return null
  const languages = new Set(files.map((file) => file.language))
  return (
    <ul aria-label="Download the transcript" className="flex flex-wrap gap-3 text-sm">
      {files.map((file) => {
        const language = languages.size > 1 && file.language ? `, ${file.language}` : ''
        return (
          <li key={file.url}>
            <a
              href={file.url}
              download
              type={file.type}
              className={`rounded text-accent underline underline-offset-2 ${focusRing}`}
            >
              Download ({formatNames[file.type]}
              {language})
            </a>
          </li>
        )
      })}
    </ul>
  )
}
