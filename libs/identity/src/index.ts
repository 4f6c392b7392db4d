export { OrganizationEntity } from './entities/organization.entity';
export { UserEntity } from './entities/user.entity';
export { RefreshTokenEntity } from './entities/refresh-token.entity';
export { PasswordResetTokenEntity } from './entities/password-reset-token.entity';
export { IdentityErrorCode } from './identity.exception';
export { AccessTokenService } from './auth/access-token.service';
export { PasswordHasher } from './auth/password-hasher.service';

export { OrganizationType } from './graphql/organization.type';
export { UserType } from './graphql/user.type';
export { organizationLoader } from './graphql/organization.loader';
export { IdentityModule, IdentityWorkerModule } from './identity.module';
export { ContactType } from './contact/contact.type';
