// Export of the plan page (规划监测表) as an .xlsx workbook.
import ExcelJS from 'exceljs';
import type { PlanDetail } from './service.ts';

const STATUS_FILL: Record<string, string> = {
  achieved: 'FFD9F7BE', on_track: 'FFBAE0FF', lagging: 'FFFFE7BA', missed: 'FFFFCCC7', pending: 'FFF0F0F0',
};
const SOURCE_LABEL: Record<string, string> = { computed: '系统计算', 'hand-entered': '手工填报', demo: '演示数据' };

export async function planWorkbook(d: PlanDetail): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '人社通 Renshe';
  wb.created = new Date();
  const ws = wb.addWorksheet('规划监测', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.mergeCells('A1:N1');
  ws.getCell('A1').value = d.plan.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A2:N2');
  ws.getCell('A2').value = `单位：${d.unit.name}（${d.unit.code}）　规划期：${d.plan.period.start}–${d.plan.period.end}　评估年度：${d.year}　截至：${d.asOf.slice(0, 10)}　来源：${d.plan.source.seed} ${d.plan.source.section}`;
  ws.addRow([]);
  const header = ws.addRow(['序号', '类别', '指标名称', '属性', '单位', '基数', '目标（规划原文）', '目标类型', '当前值', `${d.year}年值`, '进度(%)', '状态', '判定依据', '来源', '截至']);
  header.font = { bold: true };
  header.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } }; c.border = { bottom: { style: 'thin' } }; });
  for (const r of d.indicators) {
    const current = r.target.kind === 'milestone' ? (r.met === null ? '' : r.met ? '已达成' : '未达成') : r.current;
    const xr = ws.addRow([
      r.no, r.category ?? '', r.name, r.attribute ?? '', r.unit ?? '', r.baseline?.text ?? '', r.target.text, r.target.kind,
      current ?? '', r.yearValue ?? '', r.progress ?? '', r.judgement.label, r.judgement.basis,
      r.source ? SOURCE_LABEL[r.source] : (r.kind === 'hand-entered' ? '待填报' : ''), r.asOf ? r.asOf.slice(0, 10) : '',
    ]);
    xr.getCell(12).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[r.judgement.status] ?? 'FFFFFFFF' } };
  }
  const widths = [6, 14, 34, 8, 8, 10, 30, 11, 10, 10, 9, 9, 50, 10, 12];
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.getColumn(13).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer);
}
