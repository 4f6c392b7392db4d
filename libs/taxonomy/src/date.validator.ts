import { problem, type ValidationProblem } from './validation-problem';

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** True for a real proleptic-Gregorian calendar date written YYYY-MM-DD ('2028-02-29' yes, '2026-02-29' no). */
export function isCalendarDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function validateDate(value: unknown, field = 'date'): ValidationProblem[] {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    return [problem(field, value, 'A date must be written YYYY-MM-DD, e.g. "2026-03-31".')];
  }
  if (!isCalendarDate(value)) return [problem(field, value, `${value} is not a real calendar date.`)];
  return [];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
