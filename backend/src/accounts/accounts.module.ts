import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from '../api-keys/api-keys.module.ts';
import { AccountsController } from './accounts.controller.ts';
import { AccountsService } from './accounts.service.ts';
import {
  ACCOUNT_LIMITS,
  type AccountLimits,
  AddressLimits,
  DEFAULT_ACCOUNT_LIMITS,
} from './address-limits.ts';
import { AuthGuard, OptionalAuthGuard } from './auth.guard.ts';
import { MAILER, OutboxMailer } from './mailer.ts';
import { PasswordResetService } from './password-reset.service.ts';
import { TooManyRequestsFilter } from './too-many-requests.ts';

@Module({})
export class AccountsModule implements NestModule {
  constructor(@Inject(AddressLimits) private readonly limits: AddressLimits) {}

  /**
   * `authSecret` signs access tokens (HS256); give every process of the API the same one. `limits` changes
   * some of the per-address limits (the tests, which make many people from one address, raise them).
   */
  static forRoot(authSecret: string, limits: Partial<AccountLimits> = {}): DynamicModule {
    return {
      module: AccountsModule,
      global: true,
      imports: [JwtModule.register({ secret: authSecret }), ApiKeysModule],
      controllers: [AccountsController],
      providers: [
        AccountsService,
        PasswordResetService,
        AuthGuard,
        OptionalAuthGuard,
        OutboxMailer,
        { provide: MAILER, useExisting: OutboxMailer },
        { provide: ACCOUNT_LIMITS, useValue: { ...DEFAULT_ACCOUNT_LIMITS, ...limits } },
        AddressLimits,
        { provide: APP_FILTER, useClass: TooManyRequestsFilter },
      ],
      // The guard is used across modules, so what it needs goes with it.
      exports: [AccountsService, AuthGuard, OptionalAuthGuard, ApiKeysModule],
    };
  }

  /** Requests limited per address, whichever module answers them; sign-in failures are counted by the service. */
  configure(consumer: MiddlewareConsumer): void {
    const post = (path: string) => ({ path, method: RequestMethod.POST });
    consumer.apply(this.limits.middleware('signUp')).forRoutes(post('auth/sign-up'));
    consumer.apply(this.limits.middleware('passwordReset')).forRoutes(post('auth/password-reset'));
    consumer.apply(this.limits.middleware('joinToken')).forRoutes(post('world/join-token'));
  }
}
