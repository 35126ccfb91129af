import { registerEnumType } from 'type-graphql';
import { VENUE_DEPARTMENTS, type VenueTypeName } from '../../../kit/departments.js';

/** The departments' venue types, as named in the graph: one value per line of kit/departments.ts. */
export const VenueType = Object.fromEntries(VENUE_DEPARTMENTS.map((d) => [d.venueType, d.venueType])) as { [K in VenueTypeName]: K };
export type VenueType = VenueTypeName;

registerEnumType(VenueType, {
  name: 'VenueType',
  description: "The departments' venue types, as named in the graph. 场所类型。",
  valuesConfig: Object.fromEntries(VENUE_DEPARTMENTS.map((d) => [d.venueType, { description: d.venueLabel }])),
});
