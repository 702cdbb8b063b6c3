import { Route, Switch } from 'wouter'
import { AppLayout } from './layout.tsx'
import { EpisodePage } from './routes/episode-page.tsx'
import { HomePage } from './routes/home-page.tsx'
import { NotFoundPage } from './routes/not-found-page.tsx'
import { PersonPage } from './routes/person-page.tsx'
import { ShowPage } from './routes/show-page.tsx'
import { TechnologyPage } from './routes/technology-page.tsx'

export function AppRoutes() {
  return (
    <AppLayout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/episodes/:slug">{({ slug }) => <EpisodePage key={slug} slug={slug} />}</Route>
        <Route path="/people/:slug">{({ slug }) => <PersonPage slug={slug} />}</Route>
        <Route path="/technologies/:slug">{({ slug }) => <TechnologyPage slug={slug} />}</Route>
        <Route path="/shows/:slug">{({ slug }) => <ShowPage slug={slug} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </AppLayout>
  )
}
