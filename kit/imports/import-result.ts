import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** What an import did (the same types in every subgraph, hence shareable). */

@ObjectType('ImportCounts', { description: 'They add up: inserted + updated + unchanged + refused = read. 计数。' })
@Directive('@shareable')
export class ImportCounts {
  @Field(() => Int, { description: 'Rows read. 读取行数。' })
  read!: number;

  @Field(() => Int, { description: 'New records. 新增。' })
  inserted!: number;

  @Field(() => Int, { description: 'Records changed. 更新。' })
  updated!: number;

  @Field(() => Int, { description: 'Records already as the file has them. 未变。' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused. 拒绝。' })
  refused!: number;
}

@ObjectType('ImportRefusal', { description: 'A refused row, and why. 被拒绝的行及原因。' })
@Directive('@shareable')
export class ImportRefusal {
  @Field(() => String, { description: 'The kind of record. 记录类型。' })
  sheet!: string;

  @Field(() => Int, { description: 'The row number as Excel shows it. 行号。' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The field concerned; null for the row as a whole. 字段。' })
  field!: string | null;

  @Field(() => String, { description: 'Why, in Chinese. 原因。' })
  reason!: string;

  @Field(() => String, { description: 'Why, in English. 原因（英文）。' })
  reasonEn!: string;
}

@ObjectType('ImportOutcome', { description: 'What became of an accepted row. 每行的结果。' })
@Directive('@shareable')
export class ImportOutcome {
  @Field(() => String, { description: 'The kind of record. 记录类型。' })
  sheet!: string;

  @Field(() => Int, { description: 'The row number as Excel shows it. 行号。' })
  row!: number;

  @Field(() => String, { description: "The record's id (a new one's as written, or as it would be). 记录编号。" })
  id!: string;

  @Field(() => String, { description: '`insert`, `update` or `unchanged`. 新增、更新或未变。' })
  action!: string;

  @Field(() => [String], { description: 'The fields an update changes. 变更的字段。' })
  changed!: string[];
}

@ObjectType('MissingRecord', { description: 'A stored record the synced source no longer has. 源中已无的记录。' })
@Directive('@shareable')
export class MissingRecord {
  @Field(() => String, { description: 'The kind of record. 记录类型。' })
  sheet!: string;

  @Field(() => String, { description: "The record's id. 编号。" })
  id!: string;

  @Field(() => String, { description: 'Its key as stored. 键。' })
  key!: string;
}

@ObjectType('ImportResult', { description: 'What an import checked and did. 导入结果。' })
@Directive('@shareable')
export class ImportResult {
  @Field(() => Boolean, { description: 'True when the records were written. 是否已写入。' })
  committed!: boolean;

  @Field(() => Int, { description: "The import's entry in the subgraph's import log. 导入日志编号。" })
  importId!: number;

  @Field(() => ImportCounts, { description: 'How many rows became what. 计数。' })
  counts!: ImportCounts;

  @Field(() => [ImportRefusal], {
    description: 'Every refused row and why (the rows the importer refused in the file are its own report). 被拒绝的行。',
  })
  refusals!: ImportRefusal[];

  @Field(() => [ImportOutcome], { description: 'What became of each accepted row. 各行结果。' })
  outcomes!: ImportOutcome[];

  @Field(() => [MissingRecord], { description: 'For a sync: stored records within its scope the source no longer has. 缺失记录。' })
  missing!: MissingRecord[];

  @Field(() => Int, { description: 'How many of them were deleted (only with missing.delete, when committed). 已删除数。' })
  deleted!: number;
}
