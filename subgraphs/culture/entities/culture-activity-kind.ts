import { registerEnumType } from 'type-graphql';

export enum CultureActivityKind {
  PERFORMANCE = 'PERFORMANCE',
  EXHIBITION = 'EXHIBITION',
  TRAINING = 'TRAINING',
  READING = 'READING',
  FILM_SCREENING = 'FILM_SCREENING',
  SPORTS = 'SPORTS',
}
registerEnumType(CultureActivityKind, {
  name: 'CultureActivityKind',
  description: 'Kind of activity. 活动类型。',
  valuesConfig: {
    PERFORMANCE: { description: '文艺演出' },
    EXHIBITION: { description: '展览' },
    TRAINING: { description: '培训' },
    READING: { description: '阅读推广' },
    FILM_SCREENING: { description: '电影放映' },
    SPORTS: { description: '体育健身' },
  },
});
