import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module.ts';
import { CertificatesController } from './certificates.controller.ts';
import { CertificatesService } from './certificates.service.ts';
import { ChallengesController } from './challenges.controller.ts';
import { ChallengesService } from './challenges.service.ts';
import { CoursesController } from './courses.controller.ts';
import { CoursesService } from './courses.service.ts';
import { LearningService } from './learning.service.ts';
import { MentorsController } from './mentors.controller.ts';
import { MentorsService } from './mentors.service.ts';
import { TeachingController } from './teaching.controller.ts';
import { TeachingService } from './teaching.service.ts';
import { WorkshopsService } from './workshops.service.ts';

@Module({
  imports: [PayoutsModule],
  controllers: [
    CoursesController,
    CertificatesController,
    MentorsController,
    ChallengesController,
    TeachingController,
  ],
  providers: [
    CoursesService,
    LearningService,
    CertificatesService,
    WorkshopsService,
    MentorsService,
    ChallengesService,
    TeachingService,
  ],
  exports: [WorkshopsService],
})
export class EducationModule {}
