import { useWorld } from '../state/store.ts';

const metres = (value: number) => value.toFixed(1);

/** Who is here: the visitor, then everyone else with where they stand (x, z in metres). */
export function PeoplePanel() {
  const people = useWorld((state) => state.people);
  const name = useWorld((state) => state.name);
  const self = useWorld((state) => state.selfPose ?? state.selfFromServer);
  return (
    <section className="panel people" aria-labelledby="people-title">
      <h2 id="people-title">
        People here <span className="count">{people.length + 1}</span>
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
        {people.map((person) => (
          <li
            key={person.id}
            data-testid="person-row"
            data-name={person.name}
            data-x={person.x}
            data-z={person.z}
            data-yaw={person.yaw}
          >
            <span className="name">
              {person.name}
              {person.away && <span className="away"> (away)</span>}
            </span>
            <span className="where" aria-label={`at ${metres(person.x)}, ${metres(person.z)}`}>
              {metres(person.x)}, {metres(person.z)}
            </span>
          </li>
        ))}
      </ul>
      {people.length === 0 && <p className="empty">Nobody else is here yet.</p>}
    </section>
  );
}
