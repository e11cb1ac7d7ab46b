// A performer's shows as the studio uses them, every reply checked against the shared contract.
import {
  type NewShow,
  type Show,
  type ShowEdit,
  type ShowReport,
  showReportSchema,
  showSchema,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call, requestJson } from './api.ts';

/** The request form's fields as the API takes them (`acts` and `description` may be left out). */
export type ShowRequest = Omit<NewShow, 'acts' | 'description'> &
  Partial<Pick<NewShow, 'acts' | 'description'>>;

export const fetchMyShows = (): Promise<Show[]> => call('/api/shows/mine', z.array(showSchema));
export const requestShow = (request: ShowRequest): Promise<Show> =>
  call('/api/shows', showSchema, 'POST', request);
export const editShow = (id: string, edit: ShowEdit): Promise<Show> =>
  call(`/api/shows/${id}`, showSchema, 'PATCH', edit);
export const withdrawShow = (id: string): Promise<unknown> => call(`/api/shows/${id}`, z.unknown(), 'DELETE');
export const fetchShowReport = (id: string): Promise<ShowReport> =>
  call(`/api/shows/${id}/report`, showReportSchema);

/** The approved shows on one stage that are not over yet, soonest first. */
export const fetchStageShows = (space: string): Promise<Show[]> =>
  requestJson(`/api/shows?space=${encodeURIComponent(space)}`, z.array(showSchema));
