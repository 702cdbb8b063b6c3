import type { SiteTheme } from '../../compile/brand/site-theme.ts'
import { themeCss } from './theme-css.ts'

/** The stylesheet the app imports for the brand's colours. */
export const SITE_THEME_ID = 'virtual:site-theme.css'

export const siteThemeModule = {
  /** Vite's mark for a module no file holds, kept with `.css` so it is treated as a stylesheet. */
  resolved: `\0${SITE_THEME_ID}`,
  /** Without a compiled catalog (unit tests), the stylesheet of Tailwind's defaults: empty. */
  css: (theme: SiteTheme | null): string => (theme ? themeCss(theme) : ''),
}
