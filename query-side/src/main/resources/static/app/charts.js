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

const WIDTH = 400;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** About how wide a text is at the charts' 11 px: Chinese characters a full em, others about half. */
function widthOf(text) {
  return [...text].reduce((sum, c) => sum + (WIDE.test(c) ? 11 : 6.4), 0);
}

/** A label that fits the chart's width: shortened with "…", the whole text on hover or tap. */
function label(text, x, y, cls = 'label') {
  const whole = String(text ?? '');
  let shown = whole;
  while (shown.length > 1 && widthOf(shown) > WIDTH - x - 8) {
    shown = shown.substring(0, shown.length - 2) + '…';
  }
  return `<text class="${cls}" x="${x}" y="${y}"><title>${esc(whole)}</title>${esc(shown)}</text>`;
}

/**
 * Horizontal bars on a 0–100 % scale, one per row ({label, rate}): each row's name on its own line above its bar,
 * so that no name is cut, and the row's target as a tick. A rate without data says so instead of a bar.
 */
export function rateBars(rows, targetLabel, noDataLabel) {
  const rowHeight = 38;
  const plot = WIDTH - 64;
  const height = rows.length * rowHeight + 18;
  const x = value => plot * Math.max(0, Math.min(100, value)) / 100;
  const bars = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const rate = row.rate;
    const empty = rate.percent === null || rate.percent === undefined;
    const bar = empty ? '' :
      `<rect class="bar ${state(rate)}" x="0" y="${y + 16}" width="${x(rate.percent)}" height="14"></rect>`;
    const target = rate.target ? `<line class="target" x1="${x(rate.target.percent)}" x2="${x(rate.target.percent)}" y1="${y + 13}" y2="${y + 33}"><title>${esc(targetLabel)} ${esc(rate.target.percent)} %</title></line>` : '';
    const value = empty ? `<text class="value nodata" x="0" y="${y + 28}">${esc(noDataLabel)}</text>`
      : `<text class="value" x="${x(rate.percent) + 6}" y="${y + 28}">${fmt(rate.percent)} %</text>`;
    return label(row.label, 0, y + 11) + bar + target + value;
  }).join('');
  const axis = [0, 50, 100].map(v => `<text class="axis" x="${x(v)}" y="${height - 3}" text-anchor="${v === 0 ? 'start' : v === 100 ? 'end' : 'middle'}">${v}%</text>`).join('');
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img">${bars}${axis}</svg>`;
}

/** Vertical bars per month ({label, rate}) with one horizontal target line (e.g. complaints below 1 %). */
export function monthBars(months, targetPercent) {
  const height = 170;
  const bottom = height - 26;
  const top = 16;
  const highest = Math.max(targetPercent * 2, ...months.map(m => m.rate.percent ?? 0)) * 1.1 || 1;
  const y = value => bottom - (bottom - top) * value / highest;
  const step = (WIDTH - 20) / months.length;
  const bars = months.map((month, i) => {
    const x = 10 + i * step + step * 0.2;
    const value = month.rate.percent ?? 0;
    return `<rect class="bar ${state(month.rate)}" x="${x}" y="${y(value)}" width="${step * 0.6}" height="${bottom - y(value)}"></rect>`
      + `<text class="value" x="${x + step * 0.3}" y="${y(value) - 3}" text-anchor="middle">${fmt(month.rate.percent)}</text>`
      + `<text class="axis" x="${x + step * 0.3}" y="${height - 8}" text-anchor="middle">${esc(month.label)}</text>`;
  }).join('');
  const line = `<line class="target" x1="4" x2="${WIDTH - 4}" y1="${y(targetPercent)}" y2="${y(targetPercent)}"></line>`;
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img">${bars}${line}</svg>`;
}

/**
 * Pareto of "not satisfied", one row per category in its order: the name above its bar (names are long), the
 * count and the cumulative share after it; the main improvement items (within 80 % cumulative) in red.
 */
export function pareto(items, name) {
  const rowHeight = 38;
  const plot = WIDTH - 110;
  const most = Math.max(1, ...items.map(item => item.notSatisfied));
  const height = items.length * rowHeight + 6;
  const rows = items.map((item, i) => {
    const y = 4 + i * rowHeight;
    const width = plot * item.notSatisfied / most;
    return label(name(item.category), 0, y + 11)
      + `<rect class="bar ${item.mainItem ? 'missed' : 'plain'}" x="0" y="${y + 16}" width="${width}" height="14"></rect>`
      + `<text class="value" x="${width + 6}" y="${y + 28}">${item.notSatisfied} · ${fmt(item.cumulativeSharePercent)} %</text>`;
  }).join('');
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img">${rows}</svg>`;
}

/**
 * Lines over periods: each series {name, cls, values[]} on a 0–100 % scale. At each period the highest value is
 * labelled above its point and the others below theirs, so that labels of close values do not overlap.
 */
export function trend(periods, series) {
  const width = 400;
  const height = 186;
  const bottom = height - 32;
  const top = 18;
  const step = periods.length > 1 ? (width - 100) / (periods.length - 1) : 0;
  const x = i => 50 + i * step;
  const y = value => bottom - (bottom - top) * value / 100;
  const highest = i => Math.max(...series.map(s => s.values[i] ?? 0));
  const labelled = (v, i) => {
    const above = (v ?? 0) >= highest(i);
    return `<text class="value" x="${x(i)}" y="${above ? y(v ?? 0) - 6 : y(v ?? 0) + 15}" text-anchor="middle">${fmt(v)}</text>`;
  };
  const lines = series.map(s => {
    const points = s.values.map((v, i) => `${x(i)},${y(v ?? 0)}`).join(' ');
    const dots = s.values.map((v, i) => `<circle class="${s.cls}" cx="${x(i)}" cy="${y(v ?? 0)}" r="3"><title>${esc(s.name)} ${fmt(v)} %</title></circle>${labelled(v, i)}`).join('');
    return `<polyline class="${s.cls}" points="${points}"></polyline>${dots}`;
  }).join('');
  const labels = periods.map((p, i) => `<text class="axis" x="${x(i)}" y="${height - 4}" text-anchor="middle">${esc(p)}</text>`).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img">${lines}${labels}</svg>`;
}
