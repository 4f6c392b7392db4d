import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { AccountService } from './accounts/account.service';

/** At start-up, creates the ADMIN of BOOTSTRAP_ADMIN_EMAIL when no user has that e-mail. */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: password } = this.config;
    if (email && password) await this.accounts.ensureBootstrapAdmin(email, password);
  }
}
