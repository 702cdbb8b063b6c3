/** The parts of webvtt-parser (which ships no types) that the tests use. */
declare module 'webvtt-parser' {
  export interface WebVTTNode {
    type: 'text' | 'object' | 'timestamp'
    name?: string
    value?: string
    children?: WebVTTNode[]
  }
  export interface WebVTTCue {
    startTime: number
    endTime: number
    text: string
    tree: { children: WebVTTNode[] }
  }
  export class WebVTTParser {
    /** Named character references; without them only a few are known (see its README). */
    constructor(entities?: Record<string, string>)
    parse(
      input: string,
      mode?: 'metadata' | 'chapters',
    ): {
      cues: WebVTTCue[]
      errors: Array<{ message: string; line: number; col: number }>
    }
  }
}
