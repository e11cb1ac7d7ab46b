// The touch layer: a stick at the bottom left that walks (drag the view to look, tap the floor to walk
// there). Shown on touch screens, and as soon as anyone touches the page.
import { type PointerEvent, useEffect, useRef, useState } from 'react';
import { STILL, stickFrom, touchStick } from '../movement/joystick.ts';

const RADIUS = 56;

export function TouchJoystick() {
  const [shown, setShown] = useState(() => window.matchMedia?.('(pointer: coarse)').matches ?? false);
  const [knob, setKnob] = useState({ x: 0, y: 0 });
  const centre = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const touched = (event: globalThis.PointerEvent) => {
      if (event.pointerType === 'touch') setShown(true);
    };
    window.addEventListener('pointerdown', touched);
    return () => {
      window.removeEventListener('pointerdown', touched);
      touchStick.set(STILL);
    };
  }, []);

  if (!shown) return null;

  const move = (event: PointerEvent<HTMLDivElement>) => {
    const at = centre.current;
    if (!at) return;
    const dx = event.clientX - at.x;
    const dy = event.clientY - at.y;
    const reach = Math.min(1, RADIUS / Math.max(1, Math.hypot(dx, dy)));
    setKnob({ x: dx * reach, y: dy * reach });
    touchStick.set(stickFrom(dx, dy, RADIUS));
  };
  const release = () => {
    centre.current = null;
    setKnob({ x: 0, y: 0 });
    touchStick.set(STILL);
  };

  return (
    <div
      className="touch-stick"
      data-testid="touch-stick"
      aria-hidden="true"
      onPointerDown={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        centre.current = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        event.currentTarget.setPointerCapture?.(event.pointerId);
        move(event);
      }}
      onPointerMove={move}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <div className="touch-stick-knob" style={{ transform: `translate(${knob.x}px, ${knob.y}px)` }} />
    </div>
  );
}
