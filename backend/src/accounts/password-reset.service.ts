import { BadRequestException, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.ts';
import { MAILER, type Mailer } from './mailer.ts';
import { hashPassword } from './passwords.ts';
import { newToken, tokenHash } from './secrets.ts';

const RESET_MINUTES = 30;

/** Password resets: a single-use token mailed to the account's address, good for half an hour. */
@Injectable()
export class PasswordResetService implements OnModuleDestroy {
  private readonly logger = new Logger('PasswordReset');
  /** Requests taken but not yet done (looked up, stored, mailed). */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  /**
   * Takes a request to mail a reset link, if the email has an account, and returns at once, saying nothing
   * either way. Answering after the work told known emails from unknown ones by the time it took (5.2 ms
   * against 3.2 ms): the work (the look-up, and for an account the token, its row and the mail) is done
   * after the answer is on its way, so the answer costs the same whoever asks.
   */
  request(email: string): void {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.send(email))
      .catch((error: unknown) => {
        // Never the address or the token: the reason only.
        this.logger.error(
          `A password reset could not be sent: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** Resolves once every request taken so far is done (for the tests, and so that shutting down waits). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Sets a new password with a reset token (once), and signs every device out. */
  async confirm(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const done = await this.prisma.$transaction(async (tx) => {
      const used = await tx.passwordReset.updateMany({
        where: { tokenHash: tokenHash(token), usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (used.count === 0) return false;
      const reset = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash: tokenHash(token) } });
      // A new token version ends the access tokens out there too, not only the refresh tokens.
      await tx.user.update({
        where: { id: reset.userId },
        data: { passwordHash, tokenVersion: { increment: 1 } },
      });
      await tx.session.updateMany({
        where: { userId: reset.userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return true;
    });
    if (!done) throw new BadRequestException('This reset link is not valid any more; ask for a new one.');
  }

  private async send(email: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!user) return;
    const token = newToken();
    await this.prisma.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: tokenHash(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      },
    });
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your ProStudio password',
      text: `Someone asked to reset the password of this account. The link works for ${RESET_MINUTES} minutes.`,
      token,
    });
  }
}
