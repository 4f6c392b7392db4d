import type { DistanceDetails } from '../factor-details';
import type { GeoPoint } from '../rfq-spec';
import type { FactorResult } from './factor-result';

export const EARTH_RADIUS_KM = 6371;
/** Distance at which the factor is 0.5; ~Tegal to Kawasan Industri Kendal is 120 km. */
export const DISTANCE_HALF_KM = 150;
export const UNKNOWN_LOCATION_VALUE = 0.5;

const DEG_TO_RAD = Math.PI / 180;

/** Haversine distance in km, operations in exactly this order (the columnar index must match). */
export function haversineKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = (to.lat - from.lat) * DEG_TO_RAD;
  const dLng = (to.lng - from.lng) * DEG_TO_RAD;
  const sinLat = Math.sin(dLat / 2);
  const sinLng = Math.sin(dLng / 2);
  const a = sinLat * sinLat + Math.cos(from.lat * DEG_TO_RAD) * Math.cos(to.lat * DEG_TO_RAD) * sinLng * sinLng;
  // Rounding can push a a hair outside 0..1 for antipodal points.
  const h = Math.min(Math.max(a, 0), 1);
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** 1 / (1 + km / 150): 1 at 0 km, 0.5 at 150 km, never 0; unknown location = 0.5. */
export function distanceValue(distanceKm: number): number {
  return 1 / (1 + distanceKm / DISTANCE_HALF_KM);
}

export function distanceFit(location: GeoPoint | null, deliveryLocation: GeoPoint): FactorResult<DistanceDetails> {
  if (location === null) {
    return { value: UNKNOWN_LOCATION_VALUE, details: { distanceKm: null } };
  }
  const distanceKm = haversineKm(location, deliveryLocation);
  return { value: distanceValue(distanceKm), details: { distanceKm } };
}
