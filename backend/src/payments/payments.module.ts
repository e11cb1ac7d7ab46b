import { type DynamicModule, Global, Module } from '@nestjs/common';
import { PAYMENTS_OPTIONS, type PaymentsOptions, PaymentsService } from './payments.ts';

@Global()
@Module({})
export class PaymentsModule {
  /** Stripe with these keys, or (null) a venue without payments. */
  static forRoot(options: PaymentsOptions | null): DynamicModule {
    return {
      module: PaymentsModule,
      providers: [{ provide: PAYMENTS_OPTIONS, useValue: options }, PaymentsService],
      exports: [PaymentsService],
    };
  }
}
