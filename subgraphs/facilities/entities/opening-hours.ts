import { Field, ObjectType } from 'type-graphql';
import { Weekday } from './weekday.js';

@ObjectType('OpeningHours', { description: 'Open from–to on a weekday. 开放时段。' })
export class OpeningHours {
  @Field(() => Weekday, { description: 'Weekday. 星期。' })
  weekday!: Weekday;

  @Field(() => String, { description: 'Opens at, HH:MM local time. 开始时间。' })
  from!: string;

  @Field(() => String, { description: 'Closes at, HH:MM local time. 结束时间。' })
  to!: string;
}
