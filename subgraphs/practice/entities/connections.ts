import { connectionTypes } from '../../../kit/pagination.js';
import { PracticeUnit } from './practice-unit.js';
import { ServiceOrder } from './service-order.js';

export const PracticeUnitConnection = connectionTypes(
  PracticeUnit,
  'PracticeUnit',
  'A page of civilization-practice units. 文明实践阵地列表。',
);
export const ServiceOrderConnection = connectionTypes(ServiceOrder, 'ServiceOrder', 'A page of service orders, by id. 志愿服务订单列表。');
