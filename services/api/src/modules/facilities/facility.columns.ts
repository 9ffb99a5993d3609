import { pgArray, type BulkColumn } from '../../db/bulk-insert.js';

/** The descriptive fields of a facility row, as imports and the demo data carry them. */
export interface FacilityDetails {
  address: string | null;
  operatorName: string | null;
  operatorType: string | null;
  services: string[];
  openingHours: string | null;
  beds: number;
  nursingBeds: number;
  occupiedBeds: number;
  dayCarePlaces: number;
  mealSeats: number;
  phone: string | null;
}

/** Bulk-insert columns of the `facility` table for those fields. */
export function facilityDetailColumns<T extends FacilityDetails>(): BulkColumn<T>[] {
  return [
    { name: 'address', value: (f) => f.address },
    { name: 'operator_name', value: (f) => f.operatorName },
    { name: 'operator_type', value: (f) => f.operatorType },
    { name: 'services', value: (f) => pgArray(f.services), sql: '?::text[]' },
    { name: 'opening_hours', value: (f) => f.openingHours },
    { name: 'capacity_beds', value: (f) => f.beds },
    { name: 'capacity_nursing_beds', value: (f) => f.nursingBeds },
    { name: 'capacity_occupied_beds', value: (f) => f.occupiedBeds },
    { name: 'capacity_day_care_places', value: (f) => f.dayCarePlaces },
    { name: 'capacity_meal_seats', value: (f) => f.mealSeats },
    { name: 'phone', value: (f) => f.phone },
  ];
}
