import { Field, InputType } from 'type-graphql';
import { VenuePlacementInput } from './venue-placement-input.js';

@InputType('PlaceVenuesInput', { description: 'Venues imported with addresses, to place at sites. 登记挂牌场地。' })
export class PlaceVenuesInput {
  @Field(() => [VenuePlacementInput], { description: 'The venues. 场所。' })
  venues!: VenuePlacementInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'Write (otherwise say what would happen). 是否写入。' })
  commit!: boolean;

  @Field(() => String, { description: 'The imported file, for the import log. 文件名。' })
  fileName!: string;

  @Field(() => String, { description: "The file's SHA-256, for the import log. 文件摘要。" })
  fileSha256!: string;
}
