import { registerEnumType } from 'type-graphql';

export enum RegionKind {
  SUBDISTRICT = 'SUBDISTRICT',
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  OTHER = 'OTHER',
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Kind of a township- or village-level division. 乡级、村级区划类型。',
  valuesConfig: {
    SUBDISTRICT: { description: '街道 (township level)' },
    TOWN: { description: '镇 (township level)' },
    TOWNSHIP: { description: '乡 (township level)' },
    OTHER: { description: 'Development zone, farm, forest or similar township-level unit. 开发区、农场等。' },
    COMMUNITY: { description: '社区 (village level)' },
    VILLAGE: { description: '村 (village level)' },
  },
});
