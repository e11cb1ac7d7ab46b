import { useEffect } from 'react';
import type { DawApp } from '@prostudio/studio-tools/daw/editor';
import { isCommand, isTyping, shortcutFor } from './shortcuts.ts';

/**
 * The DAW on a page: its canvas takes the mouse, pen and touch (as the panel's u, v), and the page's keys
 * are its piano and shortcuts (play, undo, redo, the views, and copy, paste and delete when the focus is on
 * the editor). `onSave` is Ctrl+S, where the page saves.
 */
export function useDawInput(app: DawApp, onSave?: () => void): void {
  useEffect(() => {
    const canvas = app.canvas;
    const at = (event: PointerEvent) => {
      const box = canvas.getBoundingClientRect();
      return [(event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height] as const;
    };
    const down = (event: PointerEvent) => {
      canvas.setPointerCapture(event.pointerId);
      app.pointer('down', ...at(event), event.shiftKey);
    };
    const move = (event: PointerEvent) => app.pointer('move', ...at(event));
    const up = (event: PointerEvent) => app.pointer('up', ...at(event));
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    const keys = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      if (!event.ctrlKey && !event.metaKey && !event.altKey && !event.repeat && app.keyDown(event.key)) {
        event.preventDefault();
        return;
      }
      const action = shortcutFor(event);
      if (!action) return;
      if (isCommand(action)) {
        // The editor's copy, paste and delete act when the page's focus is on it (not on a button, or
        // text chosen on the page), and only where it has something to act on.
        const onEditor = event.target === app.canvas || event.target === document.body;
        if (onEditor && app.command(action)) event.preventDefault();
        return;
      }
      if (action === 'save' && !onSave) return;
      event.preventDefault();
      if (action === 'play') void app.togglePlay();
      else if (action === 'undo') app.undo();
      else if (action === 'redo') app.redo();
      else if (action === 'save') onSave?.();
      else app.show(action);
    };
    window.addEventListener('keydown', keys);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
      window.removeEventListener('keydown', keys);
    };
  }, [app, onSave]);
}
