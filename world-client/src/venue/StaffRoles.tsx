import type { StaffRole } from '@prostudio/backend/contract';
import { type FormEvent, useId } from 'react';
import { fetchStaff, grantRole, revokeRole } from '../api/venue.ts';
import { useLoad } from '../learn/useLoad.ts';
import { useAction } from './useAction.ts';

const STAFF_ROLES: readonly StaffRole[] = ['curator', 'moderator', 'instructor'];
const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);

/** For admins: who has which staff role, giving one by email and taking one away. */
export function StaffRoles() {
  const [staff, reload] = useLoad('venue-staff', fetchStaff);
  const { busy, error, run } = useAction();
  const id = useId();
  const grant = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const role = String(data.get('role') ?? '');
    if (!isStaffRole(role)) return;
    void run(
      () => grantRole(String(data.get('email') ?? ''), role),
      () => {
        form.reset();
        reload();
      },
    );
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Staff</h2>
      <p>
        Curators answer the requests above; moderators keep order in the rooms; instructors teach. Taking a
        role away ends that person’s sign-in at once.
      </p>
      <form className="card grant" onSubmit={grant}>
        <label htmlFor={`${id}-email`}>Their account’s email</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="off" required />
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} name="role" defaultValue="curator">
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          Give the role
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {staff.state === 'failed' && (
        <p className="error" role="alert">
          {staff.message}
        </p>
      )}
      {staff.state === 'ready' &&
        (staff.value.length === 0 ? (
          <p className="empty">Nobody has a staff role yet.</p>
        ) : (
          <ul className="schedule" data-testid="staff">
            {staff.value.map((member) => (
              <li key={member.id} className="scheduled">
                <span>
                  <strong>{member.displayName}</strong> · {member.email} ·{' '}
                  {member.roles.filter((role) => role !== 'member').join(', ')}
                </span>
                <span className="actions">
                  {member.roles.filter(isStaffRole).map((role) => (
                    <button
                      key={role}
                      type="button"
                      className="secondary"
                      disabled={busy}
                      aria-label={`Take ${role} from ${member.displayName}`}
                      onClick={() => void run(() => revokeRole(member.id, role), reload)}
                    >
                      Take {role} away
                    </button>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
