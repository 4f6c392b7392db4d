import './sector.enum.graphql';

export { Sector } from './sector.enum.graphql';
export { CapabilityProfileEntity } from './entities/capability-profile.entity';
export { ProfileVerificationEntity } from './entities/profile-verification.entity';
export { ProfilesModule } from './profiles.module';

export { ProfilesErrorCode } from './profiles.exception';

export { todayInWib } from './wib-date';

export { ProfileInput } from './validation/profile-input';

export { checkProfileInput } from './validation/profile-input.validator';
export { ProfileWriter } from './write/profile-writer.service';
export { ProfileVerifier } from './write/profile-verifier.service';

export { GeoPointType, GeoPointInput } from './graphql/geo-point.type';
export { CapabilityProfileType } from './graphql/capability-profile.type';

export { seedDemoProfiles } from './demo/seed-demo-profiles';
export { demoProfiles } from './demo/demo-profiles';
export { Prng } from './demo/prng';
export { AGRO_ARCHETYPES, DemoArchetype, METAL_ARCHETYPES, PLASTIC_ARCHETYPES } from './demo/demo-archetypes';
export { columnsOfContent } from './profile-entity-content';
