import { connectionTypes } from '../../../kit/pagination.js';
import { PracticeUnit } from './practice-unit.js';

export const PracticeUnitConnection = connectionTypes(PracticeUnit, 'PracticeUnit', 'A page of civilization-practice units. 文明实践阵地列表。');
