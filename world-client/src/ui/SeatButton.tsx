import { standUp, takeASeat } from '../app/seats.ts';
import { setWorld, useWorld } from '../state/store.ts';

/** In a classroom: take the nearest free seat (walking there, around the others), or stand up again. */
export function SeatButton() {
  const seat = useWorld((state) => state.seat);
  if (seat) {
    return (
      <button type="button" className="panel seat-button" onClick={standUp} data-testid="seat-button">
        {seat.seated ? 'Stand up' : 'Going to your seat…'}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="panel seat-button"
      data-testid="seat-button"
      onClick={() => {
        if (!takeASeat()) setWorld({ notice: 'Every seat is taken.' });
      }}
    >
      Take a seat
    </button>
  );
}
