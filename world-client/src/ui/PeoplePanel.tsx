import { memo } from 'react';
import { useWorld, type RemotePerson } from '../state/store.ts';
import { MembersOnlyToggle } from './MembersOnlyToggle.tsx';
import { useSound } from '../voice/sound-store.ts';
import { ModerationMenu } from './ModerationMenu.tsx';
import { PersonSound } from './PersonSound.tsx';
import { ReportPerson } from './ReportPerson.tsx';

const metres = (value: number) => value.toFixed(1);
/** A full room lists this many by name; the rest are counted. */
const LISTED = 50;

/** One person's row: drawn again only when that person changes (net/people-list.ts keeps the rest). */
const PersonRow = memo(function PersonRow({
  person,
  moderator,
  instructor,
  floor,
}: {
  person: RemotePerson;
  moderator: boolean;
  /** The visitor is this classroom's instructor: they mute, and give the floor. */
  instructor: boolean;
  /** The visitor gives and takes this classroom's floor. */
  floor: boolean;
}) {
  const speaking = useSound((state) => state.speaking.has(person.id));
  return (
    <li
      data-testid="person-row"
      data-name={person.name}
      data-x={person.x}
      data-z={person.z}
      data-yaw={person.yaw}
    >
      <span className="name">
        {speaking && (
          <span className="speaking" title="Speaking" data-testid="speaking">
            🔊<span className="visually-hidden">(speaking)</span>{' '}
          </span>
        )}
        {person.name}
        {person.floor && <span className="away"> (has the floor)</span>}
        {person.handRaisedAt > 0 && (
          <span className="hand" title="Hand raised">
            {' '}
            ✋<span className="visually-hidden">(hand raised)</span>
          </span>
        )}
        {person.away && <span className="away"> (away)</span>}
        {person.muted && <span className="away"> (muted)</span>}
      </span>
      <span className="where" aria-label={`at ${metres(person.x)}, ${metres(person.z)}`}>
        {metres(person.x)}, {metres(person.z)}
      </span>
      <PersonSound person={person} />
      {(moderator || instructor) && <ModerationMenu person={person} removes={moderator} floor={floor} />}
      {!moderator && <ReportPerson person={person} />}
    </li>
  );
});

/** Who is here: the visitor, then everyone else by name with where they stand (x, z in metres). */
export function PeoplePanel() {
  const people = useWorld((state) => state.people);
  const name = useWorld((state) => state.name);
  const self = useWorld((state) => state.selfPose ?? state.selfFromServer);
  const moderator = useWorld((state) => state.selfRole === 'moderator');
  const inClassroom = useWorld(
    (state) => state.phase.kind === 'inside' && state.phase.space.kind === 'classroom',
  );
  const instructor = useWorld((state) => state.selfRole === 'instructor') && inClassroom;
  const space = useWorld((state) => (state.phase.kind === 'inside' ? state.phase.space.slug : null));
  const unlisted = people.length - LISTED;
  return (
    <section className="panel people" aria-labelledby="people-title">
      <h2 id="people-title">
        People here{' '}
        <span className="count" data-testid="people-count">
          {people.length + 1}
        </span>
      </h2>
      <ul data-testid="people-list">
        <li
          className="self"
          data-testid="self-row"
          data-x={self?.x ?? ''}
          data-z={self?.z ?? ''}
          data-yaw={self?.yaw ?? ''}
        >
          <span className="name">{name} (you)</span>
          {self && (
            <span className="where">
              {metres(self.x)}, {metres(self.z)}
            </span>
          )}
        </li>
        {people.slice(0, LISTED).map((person) => (
          <PersonRow
            key={person.id}
            person={person}
            moderator={moderator}
            instructor={instructor}
            floor={inClassroom && (instructor || moderator)}
          />
        ))}
      </ul>
      {unlisted > 0 && <p className="empty">and {unlisted} more</p>}
      {people.length === 0 && <p className="empty">Nobody else is here yet.</p>}
      {moderator && space && <MembersOnlyToggle space={space} />}
    </section>
  );
}
