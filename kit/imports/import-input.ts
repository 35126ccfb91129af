import { JSON_OBJECT } from '../scalars.js';
import { Field, InputType, Int } from 'type-graphql';

/**
 * What `npm run import` sends a subgraph (the same types in every subgraph, so they compose): the
 * file's records as the importer read and checked them, sheet by sheet, each with the row Excel shows.
 */

@InputType('ImportRowInput', { description: 'One record of a sheet. 一行记录。' })
export class ImportRowInput {
  @Field(() => Int, { description: 'The row number as Excel shows it. Excel 行号。' })
  row!: number;

  @Field(() => JSON_OBJECT.scalar, {
    description: "The record: the template's fields (see `npm run import -- template`), values in stored form. 记录（模板字段）。",
  })
  record!: Record<string, unknown>;
}

@InputType('ImportSheetInput', { description: 'The records of one kind. 一类记录。' })
export class ImportSheetInput {
  @Field(() => String, { description: 'The kind of record, as the template names it (e.g. `stations`). 记录类型。' })
  kind!: string;

  @Field(() => [ImportRowInput], { description: 'Its rows. 各行。' })
  rows!: ImportRowInput[];
}

@InputType('ImportMissingInput', { description: 'A sync: the source is complete within a region. 同步范围。' })
export class ImportMissingInput {
  @Field(() => String, { description: 'The division code (prefix) the source is complete for. 区划范围。' })
  scope!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Delete what is stored there and the source no longer has. 删除源中已无的记录。',
  })
  delete!: boolean;
}

@InputType('ImportInput', { description: 'An import of one file. 一个文件的导入。' })
export class ImportInput {
  @Field(() => [ImportSheetInput], { description: 'The sheets, by kind of record. 各工作表。' })
  sheets!: ImportSheetInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'Write (otherwise a dry run: check and report only). 是否写入。' })
  commit!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Write the rows that pass even though others are refused (otherwise any refusal writes nothing). 跳过无效行。',
  })
  skipInvalid!: boolean;

  @Field(() => String, { description: 'The file name, for the audit log. 文件名。' })
  fileName!: string;

  @Field(() => String, { description: "The file's SHA-256 (64 hex digits), for the audit log. 文件摘要。" })
  fileSha256!: string;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Rows the importer refused while reading the file (counted, not sent). 读取时已拒绝的行数。',
  })
  refusedInFile!: number;

  @Field(() => ImportMissingInput, {
    nullable: true,
    description: 'For a sync: report (and with delete, remove) stored records within scope the source no longer has. 同步时报告缺失记录。',
  })
  missing?: ImportMissingInput | null;
}
