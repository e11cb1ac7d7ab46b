import { CHAT_MAX } from '@prostudio/protocol';
import { type FormEvent, useState } from 'react';
import { say } from '../app/visit.ts';
import { useWorld } from '../state/store.ts';

/** The room's chat: the last lines, and a box to say something (Enter sends). */
export function ChatPanel() {
  const chat = useWorld((state) => state.chat);
  const selfId = useWorld((state) => state.selfId);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    say(text);
    setText('');
  };
  return (
    <section className="panel chat" aria-labelledby="chat-title">
      <details>
        <summary id="chat-title">
          Chat {chat.length > 0 && <span className="count">{chat.length}</span>}
        </summary>
        <ol className="chat-lines" aria-live="polite">
          {chat.map((line) => (
            <li key={line.id} data-testid="chat-line" className={line.from === selfId ? 'self' : ''}>
              <strong>{line.name}</strong> {line.text}
            </li>
          ))}
        </ol>
        <form onSubmit={submit}>
          <input
            aria-label="Say something"
            placeholder="Say something…"
            maxLength={CHAT_MAX}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </form>
      </details>
    </section>
  );
}
