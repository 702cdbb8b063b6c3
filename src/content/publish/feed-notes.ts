/** Something a publisher should fix, said about one episode, one show or the site settings. */
export interface FeedNote {
  about: { kind: 'episode' | 'show'; slug: string } | { kind: 'site' }
  field: string
  message: string
  /** The kind of warning, when it is not just `feed`: build logs count warnings by it. */
  code?: string
}
