// Where account emails go. No mail server is configured yet: the outbox keeps them (tests read it), and
// the log says that a mail was sent and to whom, never what secret it carries.
import { Injectable, Logger } from '@nestjs/common';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** For the password-reset mail: the token the link carries. */
  readonly token?: string;
}

export const MAILER = Symbol('MAILER');

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** How many mails the outbox keeps: the latest, so that a long-running venue's memory stays bounded. */
export const OUTBOX_SIZE = 1000;

@Injectable()
export class OutboxMailer implements Mailer {
  readonly outbox: Mail[] = [];
  private readonly logger = new Logger('Mailer');

  async send(mail: Mail): Promise<void> {
    this.outbox.push(mail);
    if (this.outbox.length > OUTBOX_SIZE) this.outbox.splice(0, this.outbox.length - OUTBOX_SIZE);
    this.logger.log(`mail "${mail.subject}" queued for ${mail.to.replace(/^(.).*(@.*)$/, '$1…$2')}`);
  }
}
