/** Shared look of the player's buttons: a clear focus ring in both colour schemes. */
export const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-accent focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-slate-900'

export const iconButton = `inline-flex size-10 shrink-0 items-center justify-center rounded-full text-slate-800 hover:bg-slate-200 disabled:opacity-40 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`
