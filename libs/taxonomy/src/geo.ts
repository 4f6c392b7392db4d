import type { GeoPoint } from './taxonomy.types';

const EARTH_MEAN_RADIUS_KM = 6371.0088;

/**
 * Indonesia's extent as a bounding box (Sabang to Merauke, Miangas to Rote).
 * A box is deliberately coarse: it also accepts points in neighbouring countries
 * (Singapore, most of Malaysia and Timor-Leste, parts of the Philippines and Papua New Guinea)
 * and the sea between them. It catches swapped coordinates, zeros and other-continent points,
 * which are the mistakes users actually make; it is not a border check.
 */
export const INDONESIA_BOUNDS = Object.freeze({ minLat: -11.2, maxLat: 6.3, minLng: 94.7, maxLng: 141.1 });

/** A finite latitude in [-90, 90] and longitude in [-180, 180]. */
export function isGeoPoint(value: unknown): value is GeoPoint {
  if (value === null || typeof value !== 'object') return false;
  const { lat, lng } = value as Record<string, unknown>;
  return (
    typeof lat === 'number' && Number.isFinite(lat) && lat >= -90 && lat <= 90 &&
    typeof lng === 'number' && Number.isFinite(lng) && lng >= -180 && lng <= 180
  );
}

export function isInIndonesia(point: GeoPoint): boolean {
  if (!isGeoPoint(point)) return false;
  const { minLat, maxLat, minLng, maxLng } = INDONESIA_BOUNDS;
  return point.lat >= minLat && point.lat <= maxLat && point.lng >= minLng && point.lng <= maxLng;
}

/** Great-circle distance on a spherical Earth; within about 0.5% of the ellipsoidal distance. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  // The clamp keeps rounding from pushing h just above 1 for antipodal points.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}
