// The DAW page's keyboard shortcuts. Pure, so they are tested in Node.

export type Shortcut = 'play' | 'undo' | 'redo' | 'save' | 'session' | 'notes' | 'mixer';

const VIEWS: Record<string, Shortcut> = { '1': 'session', '2': 'notes', '3': 'mixer' };

/** The action a key press asks for, or null. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Shortcut | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && event.key.toLowerCase() === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (command && event.key.toLowerCase() === 'y') return 'redo';
  if (command && event.key.toLowerCase() === 's') return 'save';
  if (command || event.altKey) return null;
  if (event.key === ' ') return 'play';
  return VIEWS[event.key] ?? null;
}

/** Whether a key went to a text field (which keeps its own keys). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  return (
    element?.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element?.tagName ?? '')
  );
}
