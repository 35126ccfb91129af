import { PageInfo } from '../../../kit/pagination.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { SpaceMatch } from './space-match.js';

@ObjectType('SpaceMatchConnection', { description: 'A page of spaces that match a search, nearest first. 空间搜索结果。' })
export class SpaceMatchConnection {
  @Field(() => [SpaceMatch], { description: 'The items of this page, each with its cursor. 本页条目。' })
  edges!: SpaceMatch[];

  @Field(() => PageInfo, { description: 'Where this page stands in the list. 分页信息。' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Items in the whole list, all pages. 总数。' })
  totalCount!: number;
}
