import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TeamLevel } from './team-level.js';

@ObjectType('VolunteerTeam', { description: 'A volunteer team: 总队 → 分队 → 小队. 志愿服务队。' })
export class VolunteerTeam {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => TeamLevel, { description: '总队, 分队 or 小队. 队伍层级。' })
  level!: TeamLevel;

  @Field(() => Int, { description: 'Registered volunteers. 队员人数。' })
  members!: number;

  unitId!: string;
  parentId!: string | null;
}
