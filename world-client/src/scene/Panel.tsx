import { type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
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
  const forward = (phase: PointerPhase) => (event: ThreeEvent<PointerEvent>) => {
    if (!event.uv) return;
    event.stopPropagation();
    // A plane's uv runs from its bottom left; the app's canvas from its top left.
    app.pointer(phase, event.uv.x, 1 - event.uv.y);
  };
  return (
    <mesh
      name={name}
      position={position}
      rotation-y={rotationY}
      onPointerDown={forward('down')}
      onPointerMove={(event) => event.buttons > 0 && forward('move')(event)}
      onPointerUp={forward('up')}
      onClick={(event) => event.stopPropagation()}
    >
      <planeGeometry args={[width, width / app.aspect]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
