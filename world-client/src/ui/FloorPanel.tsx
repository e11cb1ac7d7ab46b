// A classroom's floor, for its instructor: open it so every student is heard (a discussion), or keep it
// closed and give it to one student at a time (from the raised hands); who has it now, with a way to take it
// back.
import { moderate, openFloor } from '../app/visit.ts';
import { useWorld } from '../state/store.ts';
import { Toggle } from './Toggle.tsx';

export function FloorPanel() {
  const open = useWorld((state) => state.openFloor);
  const people = useWorld((state) => state.people);
  const holders = people.filter((person) => person.floor);
  return (
    <section className="panel floor" aria-labelledby="floor-title" data-testid="floor-panel">
      <h2 id="floor-title">The floor</h2>
      <Toggle label="Open to everyone (a discussion)" checked={open} onChange={openFloor} />
      {!open && holders.length === 0 && (
        <p className="empty">Only you are heard. Give a raised hand the floor to hear them.</p>
      )}
      {holders.length > 0 && (
        <ul>
          {holders.map((person) => (
            <li key={person.id}>
              🎙 {person.name}{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => moderate({ action: 'takeFloor', target: person.id })}
              >
                Take back
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
