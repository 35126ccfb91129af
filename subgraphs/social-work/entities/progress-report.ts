import { ProgressStage } from './progress-stage.js';
import { LOCAL_DATE } from '../../../kit/scalars.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ProgressReport', { description: 'A progress report sent to the supervision platform. 建设进度报告。' })
export class ProgressReport {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => LOCAL_DATE.scalar, { description: 'Date reported. 报告日期。' })
  reportedOn!: string;

  @Field(() => ProgressStage, { description: 'Stage reached. 阶段。' })
  stage!: ProgressStage;

  @Field(() => Int, { description: 'Percent complete. 完成百分比。' })
  percent!: number;

  @Field(() => [String], { description: 'Keys of the photos in the document store (the images are not served here). 图片引用。' })
  photoRefs!: string[];
}
