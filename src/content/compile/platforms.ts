/**
 * Podcast platforms the site knows by name, and which of them have a logo in
 * `public/platforms/<key>.svg` (written by scripts/generate-platform-icons.ts).
 * Keys are the platform as written, lowercased, without spaces or dashes.
 */
export const PLATFORMS: Record<string, { name: string; icon: string | null }> = {
  apple: { name: 'Apple Podcasts', icon: 'applepodcasts' },
  applepodcasts: { name: 'Apple Podcasts', icon: 'applepodcasts' },
  spotify: { name: 'Spotify', icon: 'spotify' },
  pocketcasts: { name: 'Pocket Casts', icon: 'pocketcasts' },
  overcast: { name: 'Overcast', icon: 'overcast' },
  youtube: { name: 'YouTube', icon: 'youtube' },
  youtubemusic: { name: 'YouTube Music', icon: 'youtubemusic' },
  amazon: { name: 'Amazon Music', icon: null },
  amazonmusic: { name: 'Amazon Music', icon: null },
  castbox: { name: 'Castbox', icon: 'castbox' },
  castro: { name: 'Castro', icon: 'castro' },
  podcastaddict: { name: 'Podcast Addict', icon: 'podcastaddict' },
  antennapod: { name: 'AntennaPod', icon: 'antennapod' },
  podcastindex: { name: 'Podcast Index', icon: 'podcastindex' },
  deezer: { name: 'Deezer', icon: 'deezer' },
  iheartradio: { name: 'iHeartRadio', icon: 'iheartradio' },
  pandora: { name: 'Pandora', icon: 'pandora' },
  soundcloud: { name: 'SoundCloud', icon: 'soundcloud' },
  audible: { name: 'Audible', icon: 'audible' },
}

/** Every logo file the site ships, by key. */
export const PLATFORM_ICONS = [
  ...new Set(
    Object.values(PLATFORMS).flatMap((platform) => (platform.icon ? [platform.icon] : [])),
  ),
]
