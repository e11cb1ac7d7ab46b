// The moderation API as the venue's moderators use it (bans, members-only spaces), replies checked against
// the shared contract.
import { banSchema, spaceDoorSchema, type Ban, type SpaceDoor } from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call } from './api.ts';

export const fetchBans = (): Promise<Ban[]> => call('/api/moderation/bans', z.array(banSchema));

export const liftBan = (id: string): Promise<undefined> =>
  call(`/api/moderation/bans/${encodeURIComponent(id)}`, z.undefined(), 'DELETE');

export const fetchDoors = (): Promise<SpaceDoor[]> =>
  call('/api/moderation/spaces', z.array(spaceDoorSchema));

export const setMembersOnly = (slug: string, membersOnly: boolean): Promise<SpaceDoor> =>
  call(`/api/moderation/spaces/${encodeURIComponent(slug)}`, spaceDoorSchema, 'PUT', { membersOnly });
