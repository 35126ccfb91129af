import { registerEnumType } from 'type-graphql';

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}
registerEnumType(Weekday, { name: 'Weekday', description: 'Day of the week. 星期。' });
