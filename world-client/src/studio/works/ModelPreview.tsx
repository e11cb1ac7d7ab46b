// A sculpture's model turning on a small canvas of its own (three.js, outside the venue's scene). Its first
// drawn frame can become the work's picture: the canvas keeps its drawing for that.
import { useEffect, useRef, useState } from 'react';
import {
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

const TURN_PER_SECOND = 0.6;

export function ModelPreview({
  url,
  label,
  size = 160,
  onDrawn,
  onFailed,
}: {
  /** The model: an uploaded one's address, or a dropped file's object URL. */
  url: string;
  /** What the canvas shows, for screen readers. */
  label: string;
  size?: number;
  /** Called once, after the first frame is drawn, with the canvas (to take a picture of it). */
  onDrawn?: (canvas: HTMLCanvasElement) => void;
  onFailed?: (reason: string) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The latest callbacks, so that a parent's new functions do not load the model again.
  const callbacks = useRef({ onDrawn, onFailed });
  useEffect(() => {
    callbacks.current = { onDrawn, onFailed };
  });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let renderer: WebGLRenderer;
    try {
      renderer = new WebGLRenderer({ canvas: element, antialias: true, preserveDrawingBuffer: true });
    } catch {
      const reason = 'This browser cannot draw 3D here (no WebGL).';
      // Told after this render, as the loader's failures are.
      void Promise.resolve().then(() => {
        setFailure(reason);
        callbacks.current.onFailed?.(reason);
      });
      return;
    }
    renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    renderer.setSize(size, size, false);
    const scene = new Scene();
    scene.background = new Color('#1d1a24');
    scene.add(new HemisphereLight('#ffffff', '#3a3445', 2));
    const sun = new DirectionalLight('#ffffff', 2.5);
    sun.position.set(2, 3, 2);
    scene.add(sun);
    const camera = new PerspectiveCamera(35, 1, 0.01, 1000);
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let frame = 0;
    let live = true;
    new GLTFLoader().loadAsync(url).then(
      (gltf) => {
        if (!live) return;
        const model = gltf.scene;
        const box = new Box3().setFromObject(model);
        const centre = box.getCenter(new Vector3());
        const radius = box.getSize(new Vector3()).length() / 2 || 1;
        model.position.sub(centre);
        scene.add(model);
        const distance = radius / Math.sin((camera.fov * Math.PI) / 360);
        camera.position.set(0, radius * 0.35, distance * 1.05);
        camera.lookAt(0, 0, 0);
        camera.near = distance / 100;
        camera.far = distance * 10;
        camera.updateProjectionMatrix();
        let drawn = false;
        let last = performance.now();
        const draw = (now: number) => {
          if (!live) return;
          if (!still) model.rotation.y += ((now - last) / 1000) * TURN_PER_SECOND;
          last = now;
          renderer.render(scene, camera);
          if (!drawn) {
            drawn = true;
            callbacks.current.onDrawn?.(element);
          }
          if (!still) frame = requestAnimationFrame(draw);
        };
        frame = requestAnimationFrame(draw);
      },
      (error: unknown) => {
        if (!live) return;
        const reason = `The model could not be shown: ${error instanceof Error ? error.message : String(error)}`;
        setFailure(reason);
        callbacks.current.onFailed?.(reason);
      },
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      renderer.dispose();
    };
  }, [url, size]);

  return failure ? (
    <p className="model-failed" style={{ width: size }}>
      {failure}
    </p>
  ) : (
    <canvas
      ref={canvas}
      className="model-preview"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      style={{ width: size, height: size }}
    />
  );
}

/** The canvas's picture as a PNG file. */
export function canvasPicture(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The preview gave no picture.'))),
      'image/png',
    ),
  );
}
