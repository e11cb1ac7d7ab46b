// Artists' requests to use the venue's spaces (an exhibition in a gallery, a show on a stage), which the
// venue's curators and admins answer.
import { z } from 'zod';

/** pending until the venue answers; approved (on its dates) or declined (with a reason). */
export const requestStatusSchema = z.enum(['pending', 'approved', 'declined']);
export type RequestStatus = z.infer<typeof requestStatusSchema>;
