import { Field, Int, ObjectType } from 'type-graphql';
import { ImportRefusal } from '../../../kit/imports/import-result.js';
import { VenuePlacement } from './venue-placement.js';

@ObjectType('PlaceVenuesResult', { description: 'What placing venues did. 登记结果。' })
export class PlaceVenuesResult {
  @Field(() => Boolean, { description: 'True when written (nothing is written if any venue is refused). 是否已写入。' })
  committed!: boolean;

  @Field(() => Int, { description: 'Its entry in the import log. 导入日志编号。' })
  importId!: number;

  @Field(() => [VenuePlacement], { description: 'Each placed venue. 各场所。' })
  placements!: VenuePlacement[];

  @Field(() => [ImportRefusal], { description: 'Each refused venue and why. 被拒绝的场所。' })
  refusals!: ImportRefusal[];
}
