/** Enclosure types that podcast apps play, by file extension. */
const AUDIO_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  aac: 'audio/aac',
  mp4: 'video/mp4',
  m4v: 'video/x-m4v',
  mov: 'video/quicktime',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
  flac: 'audio/flac',
  webm: 'audio/webm',
}

/** The MIME type of an audio URL from its extension, or null when it is not one podcast apps know. */
export function audioType(url: string): string | null {
  const path = url.split(/[?#]/)[0] ?? ''
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase()
  return (extension && AUDIO_TYPES[extension]) || null
}
