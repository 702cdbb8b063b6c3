/** Shared look of the player's buttons: a clear focus ring in both colour schemes. */
export const focusRing = 'focus-ring'

export const iconButton = `inline-flex size-10 shrink-0 items-center justify-center rounded-full text-slate-800 hover:bg-slate-200 disabled:opacity-40 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`
