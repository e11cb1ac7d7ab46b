// The DAW page's keyboard shortcuts. Pure, so they are tested in Node.
import type { Command } from '@prostudio/studio-tools/daw/editor';

export type Shortcut =
  'play' | 'undo' | 'redo' | 'save' | 'session' | 'arrange' | 'notes' | 'mixer' | 'devices' | Command;

/** The views by key, in the order of their buttons. */
const VIEWS: Record<string, Shortcut> = {
  '1': 'session',
  '2': 'arrange',
  '3': 'notes',
  '4': 'mixer',
  '5': 'devices',
};
const WITH_COMMAND: Record<string, Shortcut> = {
  s: 'save',
  y: 'redo',
  c: 'copy',
  v: 'paste',
  d: 'duplicate',
  a: 'selectAll',
};
const PLAIN: Record<string, Shortcut> = {
  ' ': 'play',
  Delete: 'delete',
  Backspace: 'delete',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ...VIEWS,
};

/** The action a key press asks for, or null. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Shortcut | null {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (command && !event.altKey) return WITH_COMMAND[key] ?? null;
  if (command || event.altKey) return null;
  return PLAIN[event.key] ?? null;
}

/** Whether `shortcut` is one of the editor's commands (copy, paste, delete…) rather than the page's. */
export function isCommand(shortcut: Shortcut): shortcut is Command {
  return ['selectAll', 'copy', 'paste', 'duplicate', 'delete', 'left', 'right'].includes(shortcut);
}

/** Whether a key went to a text field (which keeps its own keys). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  return (
    element?.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element?.tagName ?? '')
  );
}
