import { useEffect, useState } from 'react'
import type { TranscriptDocument } from '../../content/documents.ts'
import { fetchJsonAt } from '../../lib/api/fetch-json.ts'

export type TranscriptLoad =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; transcript: TranscriptDocument }

/** The embed's transcript document, fetched the first time the Transcript view opens. */
export function useTranscriptDocument(url: string): TranscriptLoad {
  const [load, setLoad] = useState<TranscriptLoad>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    setLoad({ state: 'loading' })
    fetchJsonAt<TranscriptDocument>(url, controller.signal).then(
      (transcript) => setLoad({ state: 'ready', transcript }),
      () => {
        if (!controller.signal.aborted) setLoad({ state: 'failed' })
      },
    )
    return () => controller.abort()
  }, [url])
  return load
}
