import { Field, ID, InputType, Int } from 'type-graphql';
import { VenueType } from './venue-type.js';

@InputType('VenuePlacementInput', { description: 'A venue imported with its address, to hang at a site. 待登记场地的场所。' })
export class VenuePlacementInput {
  @Field(() => Int, { description: "The venue's row in the imported file. 行号。" })
  row!: number;

  @Field(() => ID, { description: "The venue's id in its department. 场所编号。" })
  venueId!: string;

  @Field(() => VenueType, { description: 'Its type (which department keeps it). 场所类型。' })
  venueType!: VenueType;

  @Field(() => String, { description: 'Its name, given to a site made for its address. 名称。' })
  name!: string;

  @Field(() => ID, { description: 'Its township, a 9-digit division code. 所在乡镇（街道）代码。' })
  township!: string;

  @Field(() => String, { description: 'Its address as the file gives it. 具体地址。' })
  address!: string;
}
