import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum CultureGrade {
  SPECIAL = 'SPECIAL',
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
  UNRATED = 'UNRATED',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const CULTURE_GRADE_LABELS: EnumLabels<CultureGrade> = {
  SPECIAL: ['特级站', '特级', '特级文化站'],
  FIRST: ['一级站', '一级', '1级', '一级文化站'],
  SECOND: ['二级站', '二级', '2级', '二级文化站'],
  THIRD: ['三级站', '三级', '3级', '三级文化站'],
  UNRATED: ['未定级', '未评级', '未上等级', '无'],
};

registerEnumType(CultureGrade, {
  name: 'CultureGrade',
  description: 'Grade awarded in the provincial assessment of township culture stations. 文化站评估定级。',
  valuesConfig: valuesConfigOf(CULTURE_GRADE_LABELS),
});
