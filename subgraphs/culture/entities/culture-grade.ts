import { registerEnumType } from 'type-graphql';

export enum CultureGrade {
  SPECIAL = 'SPECIAL',
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
  UNRATED = 'UNRATED',
}
registerEnumType(CultureGrade, {
  name: 'CultureGrade',
  description: 'Grade awarded in the provincial assessment of township culture stations. 文化站评估定级。',
  valuesConfig: {
    SPECIAL: { description: '特级站' },
    FIRST: { description: '一级站' },
    SECOND: { description: '二级站' },
    THIRD: { description: '三级站' },
    UNRATED: { description: '未定级' },
  },
});
