import { isGeoPoint, isInIndonesia } from './geo';
import { problem, type ValidationProblem } from './validation-problem';

/** Refuses non-coordinates and points outside Indonesia's bounding box (see INDONESIA_BOUNDS for its limits). */
export function validateGeoPoint(point: unknown, field = 'location'): ValidationProblem[] {
  if (!isGeoPoint(point)) {
    return [problem(field, point, 'A location needs a finite lat in [-90, 90] and lng in [-180, 180].')];
  }
  if (!isInIndonesia(point)) {
    return [problem(field, point, 'The location must be in Indonesia (check that lat and lng are not swapped).')];
  }
  return [];
}
