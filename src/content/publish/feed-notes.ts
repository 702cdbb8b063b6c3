/** Something a publisher should fix, said about one episode, one show or the site settings. */
export interface FeedNote {
  about: { kind: 'episode' | 'show'; slug: string } | { kind: 'site' }
  field: string
  message: string
}
