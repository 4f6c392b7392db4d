import { CapabilityProfileEntity } from './entities/capability-profile.entity';
import { ProfileContent } from './profile-content';

/** The stored row as canonical content, to compare with a new submission. */
export function contentOfEntity(entity: CapabilityProfileEntity): ProfileContent {
  return {
    sectors: entity.sectors,
    processes: entity.processes,
    materials: entity.materials,
    certifications: entity.certifications,
    kbli: entity.kbli,
    monthlyCapacity: entity.monthlyCapacity,
    capacityUnit: entity.capacityUnit,
    minOrderQuantity: entity.minOrderQuantity,
    leadTimeDays: entity.leadTimeDays,
    kecamatanCode: entity.kecamatanCode,
    location: entity.lat === null || entity.lng === null ? null : { lat: entity.lat, lng: entity.lng },
    machines: entity.machines,
    workforce: entity.workforce,
  };
}

/** Column values for a content; `certificationCodes` is derived here and nowhere else. */
export function columnsOfContent(content: ProfileContent) {
  return {
    sectors: content.sectors,
    processes: content.processes,
    materials: content.materials,
    certificationCodes: [...new Set(content.certifications.map((c) => c.code))],
    certifications: content.certifications,
    kbli: content.kbli,
    monthlyCapacity: content.monthlyCapacity,
    capacityUnit: content.capacityUnit,
    minOrderQuantity: content.minOrderQuantity,
    leadTimeDays: content.leadTimeDays,
    kecamatanCode: content.kecamatanCode,
    lat: content.location?.lat ?? null,
    lng: content.location?.lng ?? null,
    machines: content.machines,
    workforce: content.workforce,
  };
}
