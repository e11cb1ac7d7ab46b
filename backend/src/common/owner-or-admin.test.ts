import { ForbiddenException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { hasAnyRole, isAdmin, isOwnerOrAdmin, isVenueStaff, requireOwnerOrAdmin } from './owner-or-admin.ts';

const owner = { sub: 'u-1', roles: ['member', 'artist'] };
const stranger = { sub: 'u-2', roles: ['member', 'curator', 'moderator'] };
const admin = { sub: 'u-3', roles: ['member', 'admin'] };

describe('owner or admin', () => {
  it('lets the owner and admins act, and nobody else', () => {
    expect(isOwnerOrAdmin(owner, 'u-1')).toBe(true);
    expect(isOwnerOrAdmin(admin, 'u-1')).toBe(true);
    expect(isOwnerOrAdmin(stranger, 'u-1')).toBe(false);
    expect(isOwnerOrAdmin(null, 'u-1')).toBe(false);
  });

  it('lets nobody but admins act on what has no owner', () => {
    expect(isOwnerOrAdmin(owner, null)).toBe(false);
    expect(isOwnerOrAdmin({ sub: '', roles: [] }, undefined)).toBe(false);
    expect(isOwnerOrAdmin(admin, null)).toBe(true);
  });

  it('refuses with the message given', () => {
    expect(() => requireOwnerOrAdmin(stranger, 'u-1', 'Only its seller may.')).toThrow(
      new ForbiddenException('Only its seller may.'),
    );
    expect(() => requireOwnerOrAdmin(owner, 'u-1', 'x')).not.toThrow();
  });

  it('reads roles', () => {
    expect(isAdmin(admin)).toBe(true);
    expect(isAdmin(stranger)).toBe(false);
    expect(hasAnyRole(stranger, ['admin', 'moderator'])).toBe(true);
    expect(hasAnyRole(null, ['member'])).toBe(false);
    expect([owner, stranger, admin, null].map(isVenueStaff)).toEqual([false, true, true, false]);
  });
});
