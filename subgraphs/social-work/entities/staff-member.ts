import { CertifiedLevel } from './certified-level.js';
import { StaffRole } from './staff-role.js';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('StaffMember', { description: 'A person working at a station; the identity-card number never leaves the database. 工作人员。' })
export class StaffMember {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 姓名。' })
  name!: string;

  @Field(() => StaffRole, { description: 'Role at the station. 岗位。' })
  role!: StaffRole;

  @Field(() => CertifiedLevel, { description: 'Social-work qualification held. 职业资格。' })
  certifiedLevel!: CertifiedLevel;

  @Field(() => String, { description: 'Mobile number; in full for admins, masked (138****1234) for everyone else. 手机号。' })
  phone!: string;

  stationId!: string;
}
