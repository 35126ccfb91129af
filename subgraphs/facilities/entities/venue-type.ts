import { registerEnumType } from 'type-graphql';
import { screamingSnake, VENUE_DEPARTMENTS, type VenueTypeName } from '../../../kit/departments.js';

/**
 * The departments' venue types: one value per line of kit/departments.ts, named in SCREAMING_SNAKE like
 * every enum value of the graph (SOCIAL_WORK_STATION); inside, each is its GraphQL type's name
 * (SocialWorkStation), as the plaque registry stores it.
 */
export const VenueType = Object.fromEntries(VENUE_DEPARTMENTS.map((d) => [screamingSnake(d.venueType), d.venueType])) as Record<
  string,
  VenueTypeName
>;
export type VenueType = VenueTypeName;

registerEnumType(VenueType, {
  name: 'VenueType',
  description: "The departments' venue types, one per venue type of the graph. 场所类型。",
  valuesConfig: Object.fromEntries(VENUE_DEPARTMENTS.map((d) => [screamingSnake(d.venueType), { description: d.venueLabel }])),
});
