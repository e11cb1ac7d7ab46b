import { type DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from '../api-keys/api-keys.module.ts';
import { AccountsController } from './accounts.controller.ts';
import { AccountsService } from './accounts.service.ts';
import { AuthGuard, OptionalAuthGuard } from './auth.guard.ts';
import { MAILER, OutboxMailer } from './mailer.ts';

@Module({})
export class AccountsModule {
  /** `authSecret` signs access tokens (HS256); give every process of the API the same one. */
  static forRoot(authSecret: string): DynamicModule {
    return {
      module: AccountsModule,
      global: true,
      imports: [JwtModule.register({ secret: authSecret }), ApiKeysModule],
      controllers: [AccountsController],
      providers: [
        AccountsService,
        AuthGuard,
        OptionalAuthGuard,
        OutboxMailer,
        { provide: MAILER, useExisting: OutboxMailer },
      ],
      // The guard is used across modules, so what it needs goes with it.
      exports: [AccountsService, AuthGuard, OptionalAuthGuard, ApiKeysModule],
    };
  }
}
