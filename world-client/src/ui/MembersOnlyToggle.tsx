// For a signed-in moderator: whether this space admits members only (guests then get no way in).
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api.ts';
import { fetchDoors, setMembersOnly } from '../api/moderation.ts';
import { Toggle } from './Toggle.tsx';

export function MembersOnlyToggle({ space }: { space: string }) {
  const [membersOnly, setState] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetchDoors().then(
      (doors) => live && setState(doors.find((door) => door.slug === space)?.membersOnly ?? false),
      (failure: unknown) => live && setError(failure instanceof ApiError ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [space]);
  // Shown switched at once; put back, with the reason, if the venue refuses.
  const change = (next: boolean) => {
    setError(null);
    setState(next);
    setMembersOnly(space, next).then(
      (door) => setState(door.membersOnly),
      (failure: unknown) => {
        setState(!next);
        setError(failure instanceof ApiError ? failure.message : String(failure));
      },
    );
  };
  return (
    <div className="members-only">
      <Toggle
        label="Members only"
        checked={membersOnly ?? false}
        disabled={membersOnly === null}
        onChange={change}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
