import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum CultureActivityKind {
  PERFORMANCE = 'PERFORMANCE',
  EXHIBITION = 'EXHIBITION',
  TRAINING = 'TRAINING',
  READING = 'READING',
  FILM_SCREENING = 'FILM_SCREENING',
  SPORTS = 'SPORTS',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const CULTURE_ACTIVITY_KIND_LABELS: EnumLabels<CultureActivityKind> = {
  PERFORMANCE: ['文艺演出', '演出', '送戏下乡', '文艺展演'],
  EXHIBITION: ['展览', '展陈', '展示'],
  TRAINING: ['培训', '辅导培训', '公益培训', '文艺培训'],
  READING: ['阅读推广', '全民阅读', '阅读活动'],
  FILM_SCREENING: ['电影放映', '公益电影放映', '农村电影放映'],
  SPORTS: ['体育健身', '全民健身', '体育活动', '体育赛事'],
};

registerEnumType(CultureActivityKind, {
  name: 'CultureActivityKind',
  description: 'Kind of activity. 活动类型。',
  valuesConfig: valuesConfigOf(CULTURE_ACTIVITY_KIND_LABELS),
});
