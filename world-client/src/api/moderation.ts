// The moderation API as the venue's moderators use it (bans, members-only spaces), replies checked against
// the shared contract.
import {
  banSchema,
  type ModeratorLog,
  moderatorLogSchema,
  type NewReport,
  type Report,
  reportSchema,
  spaceDoorSchema,
  type Ban,
  type SpaceDoor,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call } from './api.ts';

export const fetchBans = (): Promise<Ban[]> => call('/api/moderation/bans', z.array(banSchema));

export const liftBan = (id: string): Promise<undefined> =>
  call(`/api/moderation/bans/${encodeURIComponent(id)}`, z.undefined(), 'DELETE');

export const fetchDoors = (): Promise<SpaceDoor[]> =>
  call('/api/moderation/spaces', z.array(spaceDoorSchema));

export const setMembersOnly = (slug: string, membersOnly: boolean): Promise<SpaceDoor> =>
  call(`/api/moderation/spaces/${encodeURIComponent(slug)}`, spaceDoorSchema, 'PUT', { membersOnly });

export const fetchLog = (page: number): Promise<ModeratorLog> =>
  call(`/api/moderation/log?page=${page}`, moderatorLogSchema);

export const fetchReports = (): Promise<Report[]> => call('/api/moderation/reports', z.array(reportSchema));
export const resolveReport = (id: string, resolution: string): Promise<Report> =>
  call(`/api/moderation/reports/${encodeURIComponent(id)}/resolve`, reportSchema, 'POST', { resolution });

/** A visitor in the world reports someone to the moderators (a guest too). */
export const reportPerson = (report: NewReport): Promise<Report> =>
  call('/api/moderation/reports', reportSchema, 'POST', report);
