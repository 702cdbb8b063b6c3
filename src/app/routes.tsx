import { Route, Switch } from 'wouter'
import { AppLayout } from './layout.tsx'
import { HomePage } from './routes/home-page.tsx'
import { ListPage } from './routes/list-page.tsx'
import { NotFoundPage } from './routes/not-found-page.tsx'
import {
  EpisodePageSlot,
  PersonPageSlot,
  ShowPageSlot,
  TechnologyPageSlot,
} from './routes/page-slots.tsx'

export function AppRoutes() {
  return (
    <AppLayout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/page/:page">
          {({ page }) =>
            /^[1-9]\d*$/.test(page) && page !== '1' ? (
              <ListPage key={page} page={Number(page)} />
            ) : (
              <NotFoundPage />
            )
          }
        </Route>
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
