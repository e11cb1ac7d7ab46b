import { useAccount } from '../api/session.ts';
import { SitePage } from '../ui/SitePage.tsx';
import { Bans } from './Bans.tsx';
import { Requests } from './Requests.tsx';
import { StaffRoles } from './StaffRoles.tsx';
import { staffOf } from './staff.ts';

/**
 * The venue's own page at /venue, laid out like the learning pages: its curators answer artists' requests for
 * the galleries and the stage, its moderators see and lift bans, and its admins do all that and give and
 * take the staff roles.
 */
export function VenueApp() {
  const staff = staffOf(useAccount((state) => state.user?.roles));
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
      {!staff.any ? (
        <>
          <h1>The venue’s staff</h1>
          <p role="status">
            This page is for the venue’s curators, moderators and admins. If you have just been given a role,
            sign out and in again.
          </p>
        </>
      ) : (
        <>
          {staff.curator && <Requests />}
          {staff.moderator && <Bans />}
          {staff.admin && <StaffRoles />}
        </>
      )}
    </SitePage>
  );
}
