import { describe, expect, it } from 'vitest';
import { OUTBOX_SIZE, OutboxMailer } from './mailer.ts';

describe('OutboxMailer', () => {
  it('keeps only the latest OUTBOX_SIZE mails', async () => {
    const mailer = new OutboxMailer();
    for (let i = 0; i < OUTBOX_SIZE + 5; i++)
      await mailer.send({ to: `p${i}@example.org`, subject: 's', text: 't' });
    expect(mailer.outbox).toHaveLength(OUTBOX_SIZE);
    expect(mailer.outbox[0]?.to).toBe('p5@example.org');
    expect(mailer.outbox.at(-1)?.to).toBe(`p${OUTBOX_SIZE + 4}@example.org`);
  });
});
