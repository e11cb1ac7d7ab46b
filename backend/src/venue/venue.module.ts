import { Module } from '@nestjs/common';
import { ExhibitionApprovalsService } from './exhibition-approvals.service.ts';
import { ShowApprovalsService } from './show-approvals.service.ts';
import { VenueDeskController } from './venue-desk.controller.ts';
import { VenueDeskService } from './venue-desk.service.ts';
import { VenueRequestsController } from './venue-requests.controller.ts';
import { VenueStaffController } from './venue-staff.controller.ts';
import { VenueStaffService } from './venue-staff.service.ts';

/** The venue's own business: answering artists' requests for its spaces, and who its staff are. */
@Module({
  controllers: [VenueRequestsController, VenueStaffController, VenueDeskController],
  providers: [ExhibitionApprovalsService, ShowApprovalsService, VenueStaffService, VenueDeskService],
})
export class VenueModule {}
