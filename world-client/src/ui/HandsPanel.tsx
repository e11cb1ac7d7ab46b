import { lowerHand, moderate } from '../app/visit.ts';
import { useWorld } from '../state/store.ts';

/** Whoever may take questions here: the instructor in a classroom, the performer on a stage, moderators. */
const takesQuestions = (role: string | null, kind: string) =>
  role === 'moderator' ||
  (kind === 'classroom' && role === 'instructor') ||
  (kind === 'stage' && role === 'performer');

/** The raised hands, in the order they went up; whoever takes the questions takes them from here. */
export function HandsPanel({ kind }: { kind: string }) {
  const people = useWorld((state) => state.people);
  const role = useWorld((state) => state.selfRole);
  const hands = people
    .filter((person) => person.handRaisedAt > 0)
    .sort((a, b) => a.handRaisedAt - b.handRaisedAt);
  if (hands.length === 0) return null;
  const host = takesQuestions(role, kind);
  return (
    <section className="panel hands" aria-labelledby="hands-title">
      <h2 id="hands-title">
        Hands up <span className="count">{hands.length}</span>
      </h2>
      <ol data-testid="hands-queue">
        {hands.map((person) => (
          <li key={person.id} data-testid="hand-row">
            ✋ {person.name}
            {host && kind === 'classroom' && (
              <button
                type="button"
                className="secondary"
                title={`${person.name} is heard by the class until you take the floor back`}
                onClick={() => moderate({ action: 'giveFloor', target: person.id })}
              >
                Give the floor
              </button>
            )}
            {host && (
              <button type="button" className="secondary" onClick={() => lowerHand(person.id)}>
                Take
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
