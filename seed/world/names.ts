import type { Random } from '../random.js';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '沈',
  '叶',
  '蒋',
  '潘',
  '杜',
  '戴',
  '夏',
  '钟',
  '汪',
  '方',
  '金',
  '俞',
  '楼',
  '傅',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
  '英',
  '华',
  '玲',
  '建',
  '国',
  '文',
  '斌',
  '辉',
  '燕',
  '红',
  '梅',
  '婷',
  '晨',
  '雪',
  '佳',
  '浩',
  '宇',
  '欣',
  '怡',
  '琳',
  '颖',
  '倩',
  '峰',
  '波',
];

/** A synthetic personal name (surname + one or two characters). */
export function personName(rnd: Random): string {
  return rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.6) ? rnd.pick(GIVEN) : '');
}

/** A synthetic mobile number in the 1xx numbering plan; it reaches nobody. */
export function mobileNumber(rnd: Random): string {
  return `1${rnd.pick(['35', '38', '39', '58', '59', '87', '88'])}${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`;
}

export const ROADS = [
  '文三路',
  '天目山路',
  '学院路',
  '古墩路',
  '文一西路',
  '紫金港路',
  '留和路',
  '之江路',
  '龙井路',
  '西溪路',
  '教工路',
  '莫干山路',
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '新华路',
  '和平路',
  '环城路',
  '府前路',
];

/** 「XX社区居委会」→「XX社区」, 「XX村委会」→「XX村」: the name people use. */
export function shortVillageName(name: string): string {
  return name
    .replace(/社区居委会$/, '社区')
    .replace(/居委会$/, '社区')
    .replace(/村民委员会$/, '村')
    .replace(/村委会$/, '村');
}

/**
 * A venue's activities with each day's titles told apart: two drawn with the same title on the same day
 * become 第2场, 第3场… (a ledger lists a day's sessions so; the importer knows an activity by its day and
 * title). Only titles change, so every count and attendance stays as drawn.
 */
export function distinctByDayAndTitle<T extends { date: string; title: string }>(activities: T[]): T[] {
  const seen = new Map<string, number>();
  return activities.map((a) => {
    const key = `${a.date}\n${a.title}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? a : { ...a, title: `${a.title}（第${n}场）` };
  });
}
