import { ServiceDomain } from './service-domain.js';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ServiceCount', { description: 'Services delivered in a year in one domain; beneficiaries are never named. 服务数量。' })
export class ServiceCount {
  @Field(() => Int, { description: 'Year. 年度。' })
  year!: number;

  @Field(() => ServiceDomain, { description: 'Field of service. 服务领域。' })
  domain!: ServiceDomain;

  @Field(() => Int, { description: 'Services delivered (人次). 服务人次。' })
  count!: number;
}
