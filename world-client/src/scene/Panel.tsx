import { type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { CanvasApp, PointerPhase } from '../panels/canvas-app.ts';

/**
 * A flat surface in the world showing a panel app's canvas, with its pointer input (mouse, touch, or an XR
 * controller's ray, all R3F pointer events) turned into the app's own u, v.
 */
export function Panel({
  app,
  width,
  position,
  rotationY = 0,
  name,
}: {
  app: CanvasApp;
  /** Metres; the height follows the app's aspect. */
  width: number;
  position: readonly [number, number, number];
  rotationY?: number;
  name: string;
}) {
  const texture = useMemo(() => {
    const made = new CanvasTexture(app.canvas);
    made.colorSpace = SRGBColorSpace;
    made.anisotropy = 4;
    return made;
  }, [app]);
  useEffect(() => {
    const unsubscribe = app.onRedraw(() => {
      texture.needsUpdate = true;
    });
    return () => {
      unsubscribe();
      texture.dispose();
    };
  }, [app, texture]);
  // The pointers pressed on this panel, with where each last was (u, v). A controller's ray reports no
  // buttons while it moves, so a move draws when its pointer went down here, not when `buttons` says so;
  // a pointer that leaves the panel pressed ends its stroke at the edge.
  const pressed = useRef(new Map<number, [number, number]>());
  const forward = (phase: PointerPhase, event: ThreeEvent<PointerEvent>) => {
    if (!event.uv) return;
    if (phase !== 'down' && !pressed.current.has(event.pointerId)) return;
    // A plane's uv runs from its bottom left; the app's canvas from its top left.
    const at: [number, number] = [event.uv.x, 1 - event.uv.y];
    if (phase === 'up') pressed.current.delete(event.pointerId);
    else pressed.current.set(event.pointerId, at);
    event.stopPropagation();
    app.pointer(phase, ...at);
  };
  const leave = (event: ThreeEvent<PointerEvent>) => {
    const last = pressed.current.get(event.pointerId);
    if (!last) return;
    pressed.current.delete(event.pointerId);
    app.pointer('up', ...last);
  };
  return (
    <mesh
      name={name}
      position={position}
      rotation-y={rotationY}
      onPointerDown={(event) => forward('down', event)}
      onPointerMove={(event) => forward('move', event)}
      onPointerUp={(event) => forward('up', event)}
      onPointerLeave={leave}
      onClick={(event) => event.stopPropagation()}
    >
      <planeGeometry args={[width, width / app.aspect]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
