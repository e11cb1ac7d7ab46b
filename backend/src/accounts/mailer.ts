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

@Injectable()
export class OutboxMailer implements Mailer {
  readonly outbox: Mail[] = [];
  private readonly logger = new Logger('Mailer');

  async send(mail: Mail): Promise<void> {
    this.outbox.push(mail);
    this.logger.log(`mail "${mail.subject}" queued for ${mail.to.replace(/^(.).*(@.*)$/, '$1…$2')}`);
  }
}
