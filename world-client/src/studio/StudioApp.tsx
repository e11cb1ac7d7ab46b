import { lazy, Suspense, type ComponentType } from 'react';
import { PageTabs } from '../ui/PageTabs.tsx';
import { SitePage } from '../ui/SitePage.tsx';
import { ExhibitionsTab } from './exhibitions/ExhibitionsTab.tsx';
import { goStudio, useStudioRoute } from './navigation.ts';
import { PayoutsTab } from './payouts/PayoutsTab.tsx';
import { PlanTab } from './plan/PlanTab.tsx';
import { ProfileTab } from './profile/ProfileTab.tsx';
import { STUDIO_TABS, type StudioTab } from './route.ts';
import { SalesTab } from './sales/SalesTab.tsx';
import { ShowsTab } from './shows/ShowsTab.tsx';
import { TeachingTab } from './teaching/TeachingTab.tsx';
import { WorksTab } from './works/WorksTab.tsx';
import './studio.css';
import type { StudioTabProps } from './tab-props.ts';

// The DAW and its sound engine (Tone.js) load only when the Music tab opens: the venue and the other tabs never
// carry them.
const MusicTab = lazy(() => import('./music/MusicTab.tsx').then((module) => ({ default: module.MusicTab })));

const TABS: Record<StudioTab, { readonly label: string; readonly page: ComponentType<StudioTabProps> }> = {
  profile: { label: 'Profile', page: ProfileTab },
  works: { label: 'Works', page: WorksTab },
  exhibitions: { label: 'Exhibitions', page: ExhibitionsTab },
  shows: { label: 'Shows', page: ShowsTab },
  sales: { label: 'Sales', page: SalesTab },
  payouts: { label: 'Payouts', page: PayoutsTab },
  plan: { label: 'Plan', page: PlanTab },
  teaching: { label: 'Teaching', page: TeachingTab },
  music: { label: 'Music', page: MusicTab },
};

/**
 * The artists' and instructors' own pages at /studio, laid out like the learning pages: a profile and
 * portfolio, works, exhibitions, shows, sales, payouts, the plan, teaching and music (the DAW), one tab each.
 */
export function StudioApp() {
  const route = useStudioRoute();
  const Page = TABS[route.tab].page;
  return (
    <SitePage
      className="learn studio"
      brand={
        <a className="brand" href="/studio">
          ProStudio · Studio
        </a>
      }
      signedOut={
        <>
          <h1>Your studio</h1>
          <p>
            Show your work, sell originals and prints, book the stage, curate exhibitions and teach courses,
            all from here. Sign in, or make an account, to open it.
          </p>
        </>
      }
    >
      <PageTabs
        label="Studio"
        tabs={STUDIO_TABS}
        current={route.tab}
        href={(tab) => `/studio/${tab}`}
        name={(tab) => TABS[tab].label}
        go={(tab) => goStudio(tab)}
      />
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <Page rest={route.rest} />
      </Suspense>
    </SitePage>
  );
}
