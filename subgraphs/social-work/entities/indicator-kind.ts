import { CERTIFIED_STAFF_TARGET } from '../domain/targets.js';
import { registerEnumType } from 'type-graphql';

export enum IndicatorKind {
  VENUE = 'VENUE',
  FUNDING = 'FUNDING',
  STAFF = 'STAFF',
  RULES = 'RULES',
  SERVICES = 'SERVICES',
}
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'The five indicators every station is checked on. 社工站五大指标。',
  valuesConfig: {
    VENUE: { description: '场所: floor area of its own service space (m²)' },
    FUNDING: { description: '经费: funds received this year against the yearly budget (yuan)' },
    STAFF: { description: `人员: certified social workers against the target of ${CERTIFIED_STAFF_TARGET}` },
    RULES: { description: '制度: management rules adopted' },
    SERVICES: { description: '服务: services delivered this year' },
  },
});
