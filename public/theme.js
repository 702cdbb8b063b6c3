// Applies the theme the reader chose (light or dark) before the first paint, so that no
// frame shows the other one. The site's theme switch stores the choice; without one the
// system setting decides, through the stylesheet's media queries.
try {
  const chosen = window.localStorage.getItem('podcast-player:theme')
  if (chosen === 'light' || chosen === 'dark') document.documentElement.dataset.theme = chosen
} catch (_error) {
  // Storage refused: the system setting decides.
}
