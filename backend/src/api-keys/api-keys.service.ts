import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import { newToken, tokenHash } from '../accounts/secrets.ts';
import type { ApiKey, NewApiKey } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.ts';
import { API_KEY_LIMIT } from '../subscriptions/tiers.ts';

/** What every API key starts with, so that the guard (and a secret scanner) can tell one from a JWT. */
export const API_KEY_PREFIX = 'psk_';
const MAX_KEYS = API_KEY_LIMIT;

const keyView = (row: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/**
 * Personal API keys, the Enterprise plan's API access: for scripts and integrations, used as bearer tokens.
 * A key works only while its owner's plan includes API access.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(SubscriptionsService) private readonly subscriptions: SubscriptionsService,
  ) {}

  /** A new key; the secret is in this answer only. */
  async create(userId: string, request: NewApiKey): Promise<ApiKey & { key: string }> {
    await this.subscriptions.requireFeature(userId, 'api-access');
    const live = await this.prisma.apiKey.count({ where: { userId, revokedAt: null } });
    if (live >= MAX_KEYS) throw new ConflictException(`You have ${MAX_KEYS} keys already: revoke one first.`);
    const key = `${API_KEY_PREFIX}${newToken()}`;
    const row = await this.prisma.apiKey.create({
      data: { userId, name: request.name, tokenHash: tokenHash(key), prefix: key.slice(0, 12) },
    });
    return { ...keyView(row), key };
  }

  async list(userId: string): Promise<ApiKey[]> {
    const rows = await this.prisma.apiKey.findMany({
      where: { userId, revokedAt: null },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(keyView);
  }

  async revoke(userId: string, id: string): Promise<void> {
    const { count } = await this.prisma.apiKey.updateMany({
      where: { id, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundException('There is no such key.');
  }

  /** The caller a key stands for, or null (unknown, revoked, or the plan no longer includes API access). */
  async verify(key: string): Promise<AccessClaims | null> {
    if (!key.startsWith(API_KEY_PREFIX)) return null;
    const row = await this.prisma.apiKey.findUnique({
      where: { tokenHash: tokenHash(key) },
      select: { id: true, revokedAt: true, user: { select: { id: true, roles: true } } },
    });
    if (!row || row.revokedAt || !(await this.subscriptions.allows(row.user.id, 'api-access'))) return null;
    await this.prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    return { sub: row.user.id, roles: row.user.roles };
  }
}
