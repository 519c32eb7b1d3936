// Small SVG charts drawn from the API's figures; every chart draws its target so a reader sees at once what is met.
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function state(rate) {
  if (!rate?.target || rate.percent === null) {
    return 'plain';
  }
  return rate.target.met ? 'met' : 'missed';
}

const fmt = value => (value === null || value === undefined ? '–' : Number(value).toFixed(1));

/** Horizontal bars on a 0–100 % scale, one per row ({label, rate}), with each row's target as a tick. */
export function rateBars(rows, targetLabel) {
  const rowHeight = 24;
  const left = 110;
  const width = 400;
  const plot = width - left - 56;
  const height = rows.length * rowHeight + 24;
  const x = value => left + plot * Math.max(0, Math.min(100, value)) / 100;
  const bars = rows.map((row, i) => {
    const y = 8 + i * rowHeight;
    const rate = row.rate;
    const bar = rate.percent === null ? '' :
      `<rect class="bar ${state(rate)}" x="${left}" y="${y + 4}" width="${x(rate.percent) - left}" height="${rowHeight - 12}"></rect>`;
    const target = rate.target ? `<line class="target" x1="${x(rate.target.percent)}" x2="${x(rate.target.percent)}" y1="${y}" y2="${y + rowHeight - 4}"><title>${esc(targetLabel)} ${esc(rate.target.percent)} %</title></line>` : '';
    return `<text class="label" x="${left - 8}" y="${y + rowHeight / 2 + 3}" text-anchor="end">${esc(row.label)}</text>${bar}${target}`
      + `<text class="value" x="${x(rate.percent ?? 0) + 6}" y="${y + rowHeight / 2 + 3}">${fmt(rate.percent)} %</text>`;
  }).join('');
  const axis = [0, 50, 100].map(v => `<text class="axis" x="${x(v)}" y="${height - 4}" text-anchor="middle">${v}%</text>`).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img">${bars}${axis}</svg>`;
}

/** Vertical bars per month ({label, rate}) with one horizontal target line (e.g. complaints below 1 %). */
export function monthBars(months, targetPercent, targetLabel) {
  const width = 400;
  const height = 170;
  const bottom = height - 26;
  const top = 14;
  const highest = Math.max(targetPercent * 2, ...months.map(m => m.rate.percent ?? 0)) * 1.1 || 1;
  const y = value => bottom - (bottom - top) * value / highest;
  const step = (width - 50) / months.length;
  const bars = months.map((month, i) => {
    const x = 40 + i * step + step * 0.2;
    const value = month.rate.percent ?? 0;
    return `<rect class="bar ${state(month.rate)}" x="${x}" y="${y(value)}" width="${step * 0.6}" height="${bottom - y(value)}"></rect>`
      + `<text class="value" x="${x + step * 0.3}" y="${y(value) - 3}" text-anchor="middle">${fmt(month.rate.percent)}</text>`
      + `<text class="axis" x="${x + step * 0.3}" y="${height - 8}" text-anchor="middle">${esc(month.label)}</text>`;
  }).join('');
  const line = `<line class="target" x1="36" x2="${width - 16}" y1="${y(targetPercent)}" y2="${y(targetPercent)}"></line>`
    + `<text class="target-label" x="${width - 16}" y="${y(targetPercent) - 4}" text-anchor="end">${esc(targetLabel)}</text>`;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img">${bars}${line}</svg>`;
}

/** Pareto: "not satisfied" per category as bars, the cumulative share as a line, and the 80 % line. */
export function pareto(items, label, line80Label) {
  const width = 400;
  const height = 200;
  const bottom = height - 46;
  const top = 14;
  const most = Math.max(1, ...items.map(item => item.notSatisfied));
  const step = (width - 70) / Math.max(1, items.length);
  const yCount = value => bottom - (bottom - top) * value / most;
  const yShare = value => bottom - (bottom - top) * value / 100;
  const bars = items.map((item, i) => {
    const x = 40 + i * step + step * 0.15;
    return `<rect class="bar ${item.mainItem ? 'missed' : 'plain'}" x="${x}" y="${yCount(item.notSatisfied)}" width="${step * 0.7}" height="${bottom - yCount(item.notSatisfied)}"></rect>`
      + `<text class="value" x="${x + step * 0.35}" y="${yCount(item.notSatisfied) - 3}" text-anchor="middle">${item.notSatisfied}</text>`
      + `<text class="axis" x="${x + step * 0.35}" y="${bottom + 14}" text-anchor="middle">${esc(label(item.category))}</text>`;
  }).join('');
  const points = items.map((item, i) => `${40 + i * step + step / 2},${yShare(item.cumulativeSharePercent)}`).join(' ');
  const dots = items.map((item, i) => `<circle class="cumulative" cx="${40 + i * step + step / 2}" cy="${yShare(item.cumulativeSharePercent)}" r="3"></circle>`).join('');
  const line = `<line class="target" x1="36" x2="${width - 36}" y1="${yShare(80)}" y2="${yShare(80)}"></line>`
    + `<text class="target-label" x="${width - 36}" y="${yShare(80) - 4}" text-anchor="end">${esc(line80Label)}</text>`
    + `<text class="axis" x="${width - 6}" y="${yShare(100) + 4}" text-anchor="end">100%</text>`;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img">${bars}${line}<polyline class="cumulative" points="${points}"></polyline>${dots}</svg>`;
}

/** Lines over periods: each series {name, cls, values[]} on a 0–100 % scale. */
export function trend(periods, series) {
  const width = 400;
  const height = 170;
  const bottom = height - 26;
  const top = 14;
  const step = periods.length > 1 ? (width - 100) / (periods.length - 1) : 0;
  const labelled = (v, i) => `<text class="value" x="${x(i)}" y="${y(v ?? 0) - 6}" text-anchor="middle">${fmt(v)}</text>`;
  const x = i => 50 + i * step;
  const y = value => bottom - (bottom - top) * value / 100;
  const lines = series.map(s => {
    const points = s.values.map((v, i) => `${x(i)},${y(v ?? 0)}`).join(' ');
    const dots = s.values.map((v, i) => `<circle class="${s.cls}" cx="${x(i)}" cy="${y(v ?? 0)}" r="3"><title>${esc(s.name)} ${fmt(v)} %</title></circle>${labelled(v, i)}`).join('');
    return `<polyline class="${s.cls}" points="${points}"></polyline>${dots}`;
  }).join('');
  const labels = periods.map((p, i) => `<text class="axis" x="${x(i)}" y="${height - 8}" text-anchor="middle">${esc(p)}</text>`).join('');
  const legend = series.map((s, i) => `<text class="legend ${s.cls}" x="${50 + i * 130}" y="12">— ${esc(s.name)}</text>`).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img">${legend}${lines}${labels}</svg>`;
}
