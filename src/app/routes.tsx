import { Route, Switch } from 'wouter'
import { AppLayout } from './layout.tsx'
import { HomePage } from './routes/home-page.tsx'
import { ListPage } from './routes/list-page.tsx'
import { NotFoundPage } from './routes/not-found-page.tsx'
import {
  CollectionListPageSlot,
  EpisodePageSlot,
  PersonPageSlot,
  ShowPageSlot,
  TechnologyPageSlot,
} from './routes/page-slots.tsx'

/** A list's page number from its address, `/page/<n>`: 2 and on, as written for them; else null. */
const furtherPage = (param: string): number | null =>
  /^[1-9]\d*$/.test(param) && param !== '1' ? Number(param) : null

/** The folders of the person, technology and show pages, whose lists have further pages too. */
const collectionFolders = ['people', 'technologies', 'shows'] as const

export function AppRoutes() {
  return (
    <AppLayout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/page/:page">
          {({ page }) => {
            const number = furtherPage(page)
            return number === null ? <NotFoundPage /> : <ListPage key={number} page={number} />
          }}
        </Route>
        {collectionFolders.map((kind) => (
          <Route key={kind} path={`/${kind}/:slug/page/:page`}>
            {({ slug, page }) => {
              const number = furtherPage(page)
              return number === null ? (
                <NotFoundPage />
              ) : (
                <CollectionListPageSlot
                  key={`${slug}/${number}`}
                  kind={kind}
                  slug={slug}
                  page={number}
                />
              )
            }}
          </Route>
        ))}
        <Route path="/episodes/:slug">
          {({ slug }) => <EpisodePageSlot key={slug} slug={slug} />}
        </Route>
        <Route path="/people/:slug">{({ slug }) => <PersonPageSlot slug={slug} />}</Route>
        <Route path="/technologies/:slug">{({ slug }) => <TechnologyPageSlot slug={slug} />}</Route>
        <Route path="/shows/:slug">{({ slug }) => <ShowPageSlot slug={slug} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </AppLayout>
  )
}
