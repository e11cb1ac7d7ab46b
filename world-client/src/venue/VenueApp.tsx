import type { ComponentType } from 'react';
import { useAccount } from '../api/session.ts';
import { PageTabs } from '../ui/PageTabs.tsx';
import { SitePage } from '../ui/SitePage.tsx';
import { CalendarTab } from './CalendarTab.tsx';
import { ModerationTab } from './ModerationTab.tsx';
import { MoneyTab } from './MoneyTab.tsx';
import { goDesk, usePath } from './navigation.ts';
import { Requests } from './Requests.tsx';
import { type DeskTab, deskTabOf, tabsFor } from './route.ts';
import { StaffRoles } from './StaffRoles.tsx';
import { staffOf } from './staff.ts';
import './venue.css';

const TABS: Record<DeskTab, { readonly label: string; readonly page: ComponentType }> = {
  requests: { label: 'Requests', page: Requests },
  calendar: { label: 'Calendar', page: CalendarTab },
  moderation: { label: 'Moderation', page: ModerationTab },
  money: { label: 'Money', page: MoneyTab },
  people: { label: 'People', page: PeopleTab },
};

function PeopleTab() {
  return (
    <>
      <h1>People and their roles</h1>
      <StaffRoles />
    </>
  );
}

/**
 * The venue's desk at /venue, laid out like the learning pages, a tab for each part: its curators answer
 * artists' requests and keep the calendar of every space, its moderators resolve reports, lift bans and read
 * the log of what the staff did, and its admins do all that, set the commission, read the money and give and
 * take the staff roles.
 */
export function VenueApp() {
  const staff = staffOf(useAccount((state) => state.user?.roles));
  const path = usePath();
  const tab = deskTabOf(path, staff);
  const Page = tab ? TABS[tab].page : null;
  return (
    <SitePage
      className="learn venue"
      brand={
        <a className="brand" href="/venue">
          ProStudio · Venue
        </a>
      }
      signedOut={
        <>
          <h1>The venue’s staff</h1>
          <p>
            Curators and admins answer artists’ requests for the galleries and the stage here; moderators see
            and lift bans. Sign in first.
          </p>
        </>
      }
    >
      {!tab || !Page ? (
        <>
          <h1>The venue’s staff</h1>
          <p role="status">
            This page is for the venue’s curators, moderators and admins. If you have just been given a role,
            sign out and in again.
          </p>
        </>
      ) : (
        <>
          <PageTabs
            label="The venue’s desk"
            tabs={tabsFor(staff)}
            current={tab}
            href={(name) => `/venue/${name}`}
            name={(name) => TABS[name].label}
            go={goDesk}
          />
          <Page />
        </>
      )}
    </SitePage>
  );
}
