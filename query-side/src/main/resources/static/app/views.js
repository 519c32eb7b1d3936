// The four pages. Each renders into ctx.view from the API's figures and re-renders on every pushed update.
import { get, getBlob, HttpError } from './api.js';
import { monthBars, pareto, rateBars, esc, trend } from './charts.js';
import { complaintActions, workOrders } from './work.js';
import { CATEGORIES, STATUSES, code, dateTime, language, percent, performer, span, t } from './i18n.js';

const COMPLAINT_ITEMS = new Set(['FIRST_REPLY', 'REMEDY_ANSWER', 'DEPARTMENT_RESULT']);
const CALLBACK_ITEMS = new Set(['CALLBACK', 'PROMISED_REPLY', 'PROBLEM_NOTICE']);
const RATE_ROWS = ['callbackRate', 'callbacksOnTime', 'handlingRate', 'firstReplyOnTime', 'remedyOnTime',
  'complaintRate', 'repeatComplaints', 'monthlyVisitQuota', 'annualVisitCoverage'];
const TREND_MONTHS = 6;
const NUMBER = /^[A-Za-z]+-\d{4}-\d+$/;

function section(title, body, testId) {
  return `<section class="card" data-testid="${esc(testId)}"><h2>${esc(title)}</h2>${body}</section>`;
}

/**
 * A button that downloads what a route answers as a spreadsheet (the server's CSV, headed in the page's language);
 * fetched with the sign-in, since a plain link would not carry it.
 */
function download(path, name, testId = 'export') {
  return `<button type="button" class="link" data-download="${esc(path)}" data-name="${esc(name)}" data-testid="${testId}">${esc(t('drill.download'))}</button>`;
}

export async function downloadClicked(event) {
  const button = event.target.closest('[data-download]');
  if (!button) {
    return;
  }
  const path = button.dataset.download;
  const blob = await getBlob(`${path}${path.includes('?') ? '&' : '?'}format=csv&lang=${language()}`, 'text/csv');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${button.dataset.name}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function table(headers, rows, testId) {
  if (rows.length === 0) {
    return `<p class="muted" data-testid="${esc(testId)}">${esc(t('none'))}</p>`;
  }
  return `<div class="scroll"><table data-testid="${esc(testId)}"><thead><tr>${headers.map(h => `<th>${esc(h)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table></div>`;
}

function asOf(ctx, instant) {
  return `<p class="muted asof">${esc(t('asof', dateTime(instant, ctx.timeZone), ctx.timeZone))}</p>`;
}

/** What an item is about as people name it: the complaint's number and the household's room. */
function about(item) {
  return [item.number, item.room ? t('room', item.room) : null].filter(Boolean).join(' · ') || '–';
}

function itemLink(ctx, item) {
  const label = esc(about(item));
  if (label === '–' || !ctx.mayReadComplaints) {
    return label;
  }
  if (COMPLAINT_ITEMS.has(item.type)) {
    return `<a href="#/complaints/${encodeURIComponent(item.ref)}">${label}</a>`;
  }
  if (CALLBACK_ITEMS.has(item.type)) {
    return `<a href="#/callbacks/${encodeURIComponent(item.ref)}">${label}</a>`;
  }
  return label;
}

/** The person who owes it (name and role where one person does), else the roles or department. */
function owner(item) {
  return item.performerName || (item.performer ? performer(item.performer) : '–');
}

function when(ctx, item) {
  if (item.minutesUntilDue === null || item.minutesUntilDue === undefined) {
    return esc(dateTime(item.due, ctx.timeZone));
  }
  const late = item.minutesUntilDue < 0;
  return `${esc(dateTime(item.due, ctx.timeZone))}<br><span class="${late ? 'bad' : 'muted'}">`
    + `${esc(t(late ? 'overdueBy' : 'dueIn', span(item.minutesUntilDue)))}</span>`;
}

function itemRows(ctx, items) {
  return items.map(item => `<tr data-ref="${esc(item.ref)}">`
    + `<td>${esc(code('type', item.type))}<br><span class="muted">${esc(code(['kind', 'cat'], item.kind))}</span></td>`
    + `<td data-testid="about">${itemLink(ctx, item)}</td><td>${esc(owner(item))}</td><td>${when(ctx, item)}</td></tr>`);
}

function groups(groupsOf, label) {
  return groupsOf.map(group => `<tr><td>${esc(label(group.name))}</td><td class="num">${group.open}</td>`
    + `<td class="num">${group.dueToday}</td><td class="num ${group.overdue ? 'bad' : ''}">${group.overdue}</td></tr>`);
}

const kindLabel = name => code(['kind', 'cat'], name);

// Automatic follow-ups that failed are obligations nobody would notice otherwise: shown first, until retried.
function failedFollowUps(ctx, failed) {
  if (!failed || failed.length === 0) {
    return '';
  }
  const headers = [t('col.ref'), t('failed.event'), t('failed.cause'), t('failed.since'), t('failed.attempts')];
  const rows = failed.map(item => `<tr data-ref="${esc(item.ref)}"><td>${esc(item.ref)}</td>`
    + `<td>${esc(item.eventType)}</td><td>${esc(item.cause || '')}</td>`
    + `<td>${esc(dateTime(item.failedAt, ctx.timeZone))}</td><td class="num">${item.attempts}</td></tr>`);
  return section(t('today.failedFollowUps', failed.length), table(headers, rows, 'failed-follow-ups'),
                 'failed-follow-ups-card');
}

const DRILLS = { overdue: pending => pending.overdue, dueToday: pending => pending.dueToday };

export function today(ctx) {
  if (DRILLS[ctx.parameter]) {
    drillDown(ctx, ctx.parameter);
    return;
  }
  const path = `/api/offices/${encodeURIComponent(ctx.office)}/dashboard/pending/stream?withinDays=3&limit=50`;
  ctx.follow(path, pending => {
    const items = [t('col.type'), t('col.about'), t('col.performer'), t('col.when')];
    const counts = [t('col.name'), t('today.open'), t('today.dueToday'), t('today.overdue')];
    ctx.view.innerHTML = `<div class="tallies">
        <div class="tally" data-testid="tally-open"><span>${pending.total.open}</span>${esc(t('today.open'))}</div>
        <a class="tally" href="#/today/dueToday" data-testid="tally-due-today"><span>${pending.total.dueToday}</span>${esc(t('today.dueToday'))}</a>
        <a class="tally ${pending.total.overdue ? 'bad' : ''}" href="#/today/overdue" data-testid="tally-overdue"><span>${pending.total.overdue}</span>${esc(t('today.overdue'))}</a>
      </div><div class="toolbar">${asOf(ctx, pending.asOf)} ${download(`/api/offices/${encodeURIComponent(ctx.office)}/dashboard/pending?withinDays=3&limit=500`, `today-${ctx.office}`)}</div>
      ${failedFollowUps(ctx, pending.failedReactions)}
      ${section(t('today.overdueList'), table(items, itemRows(ctx, pending.overdue), 'overdue'), 'overdue-card')}
      ${section(t('today.dueTodayList'), table(items, itemRows(ctx, pending.dueToday), 'due-today'), 'due-today-card')}
      ${section(t('today.promised', pending.comingDueWithinDays), table(items, itemRows(ctx, pending.promisedRepliesComingDue), 'promised'), 'promised-card')}
      <div class="columns">
        ${section(t('today.byKind'), table(counts, groups(pending.byKind, kindLabel), 'by-kind'), 'by-kind-card')}
        ${section(t('today.byPerformer'), table(counts, groups(pending.byPerformer, performer), 'by-performer'), 'by-performer-card')}
        ${section(t('today.byType'), table(counts, groups(pending.byType, name => code('type', name)), 'by-type'), 'by-type-card')}
      </div>`;
  });
}

const FILTERS = [['type', item => item.type, name => code('type', name)],
  ['kind', item => item.kind, name => code(['kind', 'cat'], name)],
  ['performer', item => item.performer, name => name ? performer(name) : '–']];

/**
 * A list behind a figure, narrowed by the filters chosen, with a download (CSV) of exactly the rows shown.
 * {@code filters} are [name, value of an item, label of a value]; {@code columns} [heading, cell as HTML, cell as text].
 */
function filteredList(ctx, { back, title, filters, columns, fileName, asOfText }) {
  const chosen = {};
  let download = null;
  return items => {
    const draw = () => {
      const shown = items.filter(item => filters.every(([name, value]) => !chosen[name] || String(value(item)) === chosen[name]));
      const selects = filters.map(([name, value, label]) => {
        const options = [...new Set(items.map(value))].sort();
        return `<label>${esc(t(`drill.${name}`))} <select data-filter="${name}" data-testid="filter-${name}">`
          + `<option value="">${esc(t('drill.all'))}</option>${options.map(option =>
            `<option value="${esc(option ?? '')}" ${chosen[name] === String(option) ? 'selected' : ''}>${esc(label(option))}</option>`).join('')}</select></label>`;
      }).join('');
      if (download) {
        URL.revokeObjectURL(download);
      }
      download = URL.createObjectURL(new Blob(['\ufeff' + csv(columns, shown)], { type: 'text/csv;charset=utf-8' }));
      ctx.view.innerHTML = `<div class="toolbar">${back} ${selects}
          <a href="${download}" download="${esc(fileName)}.csv" data-testid="download">${esc(t('drill.download'))}</a></div>
        ${asOfText || ''}
        ${section(t('drill.title', title, shown.length, items.length),
                  table(columns.map(([heading]) => heading), shown.map(item => `<tr data-ref="${esc(item.ref ?? item.id)}">${columns
                    .map(([, html]) => `<td>${html(item)}</td>`).join('')}</tr>`), 'drill'), 'drill-card')}`;
      ctx.view.querySelectorAll('[data-filter]').forEach(select => select.addEventListener('change', () => {
        chosen[select.dataset.filter] = select.value || undefined;
        draw();
      }));
    };
    draw();
  };
}

/** The rows as a spreadsheet reads them (UTF-8 with a byte order mark, so that Excel shows Chinese). */
function csv(columns, items) {
  const cell = value => `"${String(value ?? '').replaceAll('"', '""')}"`;
  return [columns.map(([heading]) => heading), ...items.map(item => columns.map(([, , text]) => text(item)))]
    .map(row => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The items behind a count of Today, as the live view has them. */
function drillDown(ctx, which) {
  const path = `/api/offices/${encodeURIComponent(ctx.office)}/dashboard/pending/stream?withinDays=3&limit=500`;
  const columns = [
    [t('col.type'), item => `${esc(code('type', item.type))}<br><span class="muted">${esc(code(['kind', 'cat'], item.kind))}</span>`,
      item => `${code('type', item.type)} ${code(['kind', 'cat'], item.kind)}`],
    [t('col.about'), item => `<span data-testid="about">${itemLink(ctx, item)}</span>`, item => `${item.number ?? ''} ${item.room ?? ''}`.trim()],
    [t('col.performer'), item => esc(owner(item)), owner],
    [t('col.when'), item => when(ctx, item), item => dateTime(item.due, ctx.timeZone)],
    [t('drill.minutes'), item => esc(item.minutesUntilDue ?? ''), item => item.minutesUntilDue]];
  ctx.follow(path, pending => filteredList(ctx, {
    back: `<a href="#/today">← ${esc(t('nav.today'))}</a>`,
    title: t(which === 'overdue' ? 'today.overdueList' : 'today.dueTodayList'), filters: FILTERS, columns,
    fileName: `${which}-${ctx.office}`, asOfText: asOf(ctx, pending.asOf)
  })(DRILLS[which](pending)));
}

const RATE_FILTERS = [['kind', item => item.kind ?? item.category ?? '', name => name ? code(['kind', 'type', 'cat'], name) : '–'],
  ['department', item => item.department ?? '', name => name || '–'],
  ['counted', item => item.counted, counted => t(counted ? 'drill.counted' : 'drill.notCounted')]];

/** The items behind one of the month's rates: counted or not, by the same rules the rate was counted by. */
async function rateDrillDown(ctx, month, rate, kind) {
  const query = new URLSearchParams({ month, ...(kind ? { kind } : {}) });
  const found = await get(`/api/offices/${encodeURIComponent(ctx.office)}/dashboard/rates/${encodeURIComponent(rate)}/items?${query}`);
  if (!ctx.current()) {
    return;
  }
  // staff open the complaint or callback behind an item; other readers see its number
  const target = item => item.type === 'COMPLAINT' ? `#/complaints/${encodeURIComponent(item.id)}`
    : item.type === 'CALLBACK' || item.type === 'FOLLOW_UP' ? `#/callbacks/${encodeURIComponent(item.id.split('/')[0])}` : null;
  const about = item => !item.number ? ''
    : ctx.mayReadComplaints && target(item) ? `<a href="${target(item)}">${esc(item.number)}</a>` : esc(item.number);
  const columns = [
    [t('col.type'), item => `${esc(code('type', item.type))}<br><span class="muted">${esc(code(['kind', 'type', 'cat'], item.kind ?? item.category))}</span>`,
      item => `${code('type', item.type)} ${code(['kind', 'type', 'cat'], item.kind ?? item.category)}`],
    [t('field.number'), about, item => item.number],
    [t('field.household'), item => esc(item.room ? t('room', item.room) : ''), item => item.room],
    [t('field.department'), item => esc(item.department ?? ''), item => item.department],
    [t('col.due'), item => esc(dateTime(item.due, ctx.timeZone)), item => dateTime(item.due, ctx.timeZone)],
    [t('drill.at'), item => esc(dateTime(item.at, ctx.timeZone)), item => dateTime(item.at, ctx.timeZone)],
    [t('drill.counts'), item => `<span class="${item.counted ? 'good' : 'bad'}">${esc(t(item.counted ? 'drill.counted' : 'drill.notCounted'))}</span>`,
      item => t(item.counted ? 'drill.counted' : 'drill.notCounted')]];
  const figure = found.numerator && found.denominator
    ? `<p class="muted" data-testid="drill-figure">${esc(countName(found.numerator.name))}: ${found.numerator.count} · `
      + `${esc(countName(found.denominator.name))}: ${found.denominator.count}</p>` : '';
  filteredList(ctx, {
    back: `<a href="#/rates/${month}">← ${esc(t('nav.rates'))}</a>`,
    title: `${t(`rates.${rate}`)}${kind ? ` · ${code('kind', kind)}` : ''} · ${month}`, filters: RATE_FILTERS, columns,
    fileName: `${rate}-${month}-${ctx.office}`, asOfText: figure
  })(found.items);
}

function months(count) {
  const now = new Date();
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** A target and whether it is met; a rate without data is neither met nor missed. */
function targetText(rate) {
  if (!rate.target) {
    return '';
  }
  const target = t(`target.${rate.target.comparison}`, rate.target.percent);
  if (rate.percent === null || rate.percent === undefined) {
    return `${target} · <span class="nodata" data-testid="no-data">${esc(t('noData'))}</span>`;
  }
  return `${target} · <span class="${rate.target.met ? 'good' : 'bad'}">${esc(rate.target.met ? t('met') : t('notMet'))}</span>`;
}

function rateCell(rate) {
  return rate.percent === null || rate.percent === undefined
    ? `<span class="nodata">${esc(t('noData'))}</span>` : esc(percent(rate.percent));
}

const QUOTA = /^quota \((\d+(?:\.\d+)?) % of (\d+) occupied\)$/;

/** What a numerator or denominator counts, in the page's language (the quota names its share and base). */
function countName(name) {
  const quota = QUOTA.exec(name ?? '');
  return quota ? t('count.quota', quota[1], quota[2]) : code('count', name);
}

/** What the colours and lines of a chart mean. */
function legend(entries) {
  return `<p class="legend">${entries.map(([cls, label]) => `<span><i class="${cls}"></i>${esc(label)}</span>`).join('')}</p>`;
}

const RATE_LEGEND = () => legend([['met', t('legend.met')], ['missed', t('legend.missed')], ['plain', t('legend.plain')],
  ['target', t('legend.target')]]);

export function rates(ctx) {
  const recent = months(12);
  const [chosenMonth, drillRate, drillKind] = (ctx.parameter || '').split('/');
  const month = chosenMonth || recent[0];
  if (drillRate) {
    rateDrillDown(ctx, month, drillRate, drillKind);
    return;
  }
  const office = encodeURIComponent(ctx.office);
  const earlier = recent.filter(m => m < month).slice(0, TREND_MONTHS - 1).reverse();
  const history = Promise.all(earlier.map(m => get(`/api/offices/${office}/dashboard/rates?month=${m}`)
    .then(r => ({ label: m.substring(2), rate: r.complaintRate }))));
  const picker = `<label>${esc(t('rates.month'))} <select data-testid="month">${recent.map(m =>
    `<option ${m === month ? 'selected' : ''}>${m}</option>`).join('')}</select></label>`;
  ctx.follow(`/api/offices/${office}/dashboard/rates/stream?month=${month}`, async current => {
    const past = await history.catch(() => []);
    if (!ctx.current()) {
      return;
    }
    const complaintTarget = current.complaintRate.target?.percent ?? 1;
    const kinds = current.callbackRates.map(k => ({ label: code('kind', k.kind), rate: k.rate }));
    const onTime = current.callbackRates.map(k => ({ label: code('kind', k.kind), rate: k.onTime }));
    const visits = [{ label: t('rates.monthlyVisitQuota'), rate: current.monthlyVisitQuota },
      { label: t('rates.annualVisitCoverage'), rate: current.annualVisitCoverage }];
    const rows = RATE_ROWS.map(name => {
      const rate = current[name];
      return `<tr data-rate="${name}"><td><a href="#/rates/${month}/${name}" data-testid="open-${name}">${esc(t(`rates.${name}`))}</a></td><td class="num">${rateCell(rate)}</td>`
        + `<td>${esc(countName(rate.numerator.name))}: ${rate.numerator.count}</td>`
        + `<td>${esc(countName(rate.denominator.name))}: ${rate.denominator.count}</td>`
        + `<td>${targetText(rate)}</td></tr>`;
    });
    ctx.view.innerHTML = `<div class="toolbar">${picker} ${download(`/api/offices/${office}/dashboard/rates?month=${month}`, `rates-${ctx.office}-${month}`)}</div>${asOf(ctx, current.asOf)}
      <div class="columns">
        ${section(t('rates.callbacks'), kinds.length ? rateBars(kinds, t('target'), t('noData')) + RATE_LEGEND() : `<p class="muted">${esc(t('none'))}</p>`, 'callback-rates')}
        ${section(t('rates.onTime'), onTime.length ? rateBars(onTime, t('target'), t('noData')) + RATE_LEGEND() : `<p class="muted">${esc(t('none'))}</p>`, 'on-time-rates')}
        ${section(t('rates.complaintTrend', complaintTarget), monthBars([...past, { label: month.substring(2), rate: current.complaintRate }], complaintTarget) + legend([['met', t('legend.met')], ['missed', t('legend.missed')], ['target', t('target.BELOW', complaintTarget)]]), 'complaint-rate')}
        ${section(t('rates.visits'), rateBars(visits, t('target'), t('noData')) + RATE_LEGEND(), 'visit-rates')}
      </div>
      ${section(t('rates.table'), table([t('col.name'), t('col.rate'), t('col.numerator'), t('col.denominator'), t('col.target')], rows, 'rates-table'), 'rates-table-card')}`;
    ctx.view.querySelector('[data-testid=month]').addEventListener('change', event => {
      location.hash = `#/rates/${event.target.value}`;
    });
  });
}

export function satisfaction(ctx) {
  ctx.follow(`/api/offices/${encodeURIComponent(ctx.office)}/dashboard/satisfaction/stream`, view => {
    const campaigns = view.campaigns;
    if (campaigns.length === 0) {
      ctx.view.innerHTML = `<p class="muted" data-testid="no-survey">${esc(t('sat.none'))}</p>`;
      return;
    }
    const chosen = campaigns.find(c => c.campaignId === ctx.parameter) || campaigns[campaigns.length - 1];
    const s = chosen.statistics;
    const picker = `<select data-testid="campaign">${campaigns.map(c => `<option value="${esc(c.campaignId)}" ${c === chosen ? 'selected' : ''}>${esc(c.period)}</option>`).join('')}</select>`;
    const categories = s.categories.filter(c => c.ratePercent !== null)
      .map(c => ({ label: code('cat', c.category), rate: { percent: c.ratePercent, target: null } }));
    const main = s.pareto.filter(p => p.mainItem).map(p => code('cat', p.category)).join('、');
    ctx.view.innerHTML = `<div class="toolbar">${esc(t('sat.campaign', ''))} ${picker}
        <span class="badge">${esc(chosen.closed ? t('sat.closed') : t('sat.open'))}</span>
        <button type="button" class="link" data-testid="print-report">${esc(t('sat.print'))}</button>
        ${download(`/api/offices/${encodeURIComponent(ctx.office)}/dashboard/satisfaction`, `satisfaction-${ctx.office}`)}</div>${asOf(ctx, view.asOf)}
      <div class="tallies">
        <div class="tally" data-testid="final-rate"><span>${esc(percent(s.finalRatePercent))}</span>${esc(t('sat.final'))}</div>
        <div class="tally"><span>${esc(percent(s.rawRatePercent))}</span>${esc(t('sat.raw'))}</div>
        <div class="tally"><span>${esc(Number(s.penaltyPoints).toFixed(2))} ${esc(t('unit.points'))}</span>${esc(t('sat.penalty'))}</div>
        <div class="tally"><span>${esc(percent(s.returnRatePercent))}</span>${esc(t('sat.returned', s.returned, s.distributed, Number(s.returnRatePercent).toFixed(2)))}</div>
      </div>
      <div class="columns">
        ${section(t('sat.categories'), categories.length ? rateBars(categories, t('target'), t('noData')) : `<p class="muted">${esc(t('none'))}</p>`, 'categories')}
        ${section(t('sat.pareto'), pareto(s.pareto, c => code('cat', c)) + legend([['missed', t('legend.main')], ['plain', t('legend.other')], ['none', t('legend.numbers')]])
          + (main ? `<p>${esc(t('sat.mainItem'))}: <strong data-testid="main-items">${esc(main)}</strong></p>` : ''), 'pareto')}
        ${section(t('sat.trend'), trend(view.trend.map(p => p.period), [
          { name: t('sat.final'), cls: 'series-a', values: view.trend.map(p => p.finalRatePercent) },
          { name: t('sat.returnRate'), cls: 'series-b', values: view.trend.map(p => p.returnRatePercent) }])
          + legend([['series-a', t('sat.final')], ['series-b', t('sat.returnRate')]]), 'trend')}
      </div>`;
    ctx.view.querySelector('[data-testid=campaign]').addEventListener('change', event => {
      location.hash = `#/satisfaction/${encodeURIComponent(event.target.value)}`;
    });
    const report = `/api/surveys/${encodeURIComponent(chosen.campaignId)}/report`;
    ctx.view.querySelector('[data-testid=print-report]').addEventListener('click', async () => {
      const printable = await getBlob(`${report}.html`, 'text/html');
      window.open(URL.createObjectURL(printable), '_blank');
    });
    get(report).then(full => {
      if (ctx.current()) {
        ctx.view.insertAdjacentHTML('beforeend', section(t('sat.plan'), improvements(ctx, full.rectifications), 'plan-card'));
      }
    }).catch(() => {});
  });
}

/** Each main improvement item's plan: what is done about it, by whom, by when, and where it stands. */
function improvements(ctx, plan) {
  return table([t('field.category'), t('sat.measures'), t('sat.owner'), t('col.due'), t('field.status')],
    (plan || []).map(item => `<tr data-rectification="${esc(item.id)}"><td>${esc(code('cat', item.category))}</td>`
      + `<td>${esc(item.measures)}</td><td>${esc(item.owner)}</td><td>${esc(dateTime(item.due, ctx.timeZone))}</td>`
      + `<td class="${item.status === 'OVERDUE' || item.status === 'NOT_EFFECTIVE' ? 'bad' : ''}">${esc(code('plan', item.status))}</td></tr>`),
    'plan');
}

function complaintCard(ctx, complaint) {
  const fields = [['number', complaint.number], ['status', code('status', complaint.status)],
    ['category', code('cat', complaint.category)], ['summary', complaint.summary], ['household', complaint.household],
    ['receivedAt', dateTime(complaint.receivedAt, ctx.timeZone)], ['firstReplyDue', dateTime(complaint.firstReplyDue, ctx.timeZone)],
    ['remedyDue', dateTime(complaint.remedyDue, ctx.timeZone)], ['department', complaint.department],
    ['closedAt', dateTime(complaint.closedAt, ctx.timeZone)]];
  return `<dl class="fields" data-testid="complaint-state">${fields.filter(([, v]) => v).map(([k, v]) =>
    `<dt>${esc(t(`field.${k}`))}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

/**
 * A complaint's events with its work order's and callbacks': in words for staff, by their type names with the
 * chain's hashes for auditors, who compare them with the log.
 */
function timeline(ctx, entries) {
  const chained = ctx.mayAudit;
  const rows = entries.map(e => `<tr data-position="${e.position}"><td class="num">${e.position}</td>`
    + `<td>${esc(dateTime(e.recordedAt, ctx.timeZone))}</td><td>${esc(e.aggregateType)}</td><td><strong>${esc(chained ? e.type : code('event', e.type))}</strong></td>`
    + `<td>${esc(e.actor)}</td><td>${esc(e.user)}</td>`
    + (chained ? `<td><code title="${esc(e.hash)}">${esc((e.hash || '').substring(0, 12))}</code></td>` : '')
    + `<td><details><summary>${esc(t('hist.data'))}</summary><pre>${esc(JSON.stringify(e.data, null, 2))}</pre></details></td></tr>`);
  const heads = [t('hist.position'), t('hist.time'), t('hist.aggregate'), t('hist.event'), t('hist.actor'), t('hist.user')];
  return table([...heads, ...(chained ? ['SHA-256'] : []), ''], rows, 'timeline');
}

export async function complaint(ctx) {
  const id = ctx.parameter;
  const form = `<form class="toolbar" data-testid="find-complaint"><label>${esc(t('hist.id'))}
      <input name="id" value="" size="24" placeholder="${esc(t('hist.placeholder'))}" data-testid="complaint-id"></label>
      <button type="submit">${esc(t('hist.show'))}</button></form>`;
  ctx.view.innerHTML = form + `<div id="complaint-body">${id ? esc(t('loading')) : ''}</div>`;
  const body = ctx.view.querySelector('#complaint-body');
  ctx.view.querySelector('form').addEventListener('submit', async event => {
    event.preventDefault();
    const wanted = new FormData(event.target).get('id').trim();
    if (!NUMBER.test(wanted)) {
      location.hash = `#/complaints/${encodeURIComponent(wanted)}`;
      return;
    }
    // a number counts per office and year: looked up in the office shown
    const found = await get(`/api/complaints?office=${encodeURIComponent(ctx.office)}&number=${encodeURIComponent(wanted)}`)
      .catch(() => ({ items: [] }));
    if (found.items.length === 1) {
      location.hash = `#/complaints/${encodeURIComponent(found.items[0].id)}`;
    } else {
      body.innerHTML = `<p class="bad" data-testid="complaint-error">${esc(t('hist.notFound'))}</p>`;
    }
  });
  if (!id) {
    if (ctx.mayListComplaints) {
      await complaintList(ctx, body, {});
    }
    return;
  }
  await showComplaint(ctx, body, id);
}

/**
 * One complaint: its state, the steps open to staff, its timeline. Read at a position after one's own step, or, after
 * someone else's (a 412 named the version it reached), once the read model shows at least that version.
 */
async function showComplaint(ctx, body, id, logPosition, atLeastVersion) {
  try {
    const parts = [];
    let state = null;
    if (ctx.mayReadComplaints) {
      const path = `/api/complaints/${encodeURIComponent(id)}`;
      state = await get(path, logPosition ? { 'Log-Position': logPosition } : {});
      for (let tries = 0; atLeastVersion !== undefined && state.version < atLeastVersion && tries < 40; tries++) {
        await new Promise(resolve => setTimeout(resolve, 250));
        state = await get(path);
      }
      parts.push(section(t('hist.state'), complaintCard(ctx, state), 'state-card'));
    }
    if (ctx.mayFollowTimeline) {
      parts.push(section(t('hist.timeline'), timeline(ctx, await get(`/api/audit/complaints/${encodeURIComponent(id)}/history`,
        logPosition ? { 'Log-Position': logPosition } : {})), 'timeline-card'));
    } else {
      parts.push(`<p class="muted">${esc(t('hist.auditOnly'))}</p>`);
    }
    if (!ctx.current()) {
      return;
    }
    body.innerHTML = parts.join('');
    const reload = (position, atLeastVersion) => showComplaint(ctx, body, id, position, atLeastVersion);
    const actions = state && complaintActions(ctx, state, reload);
    if (actions) {
      body.firstElementChild.after(actions);
    }
    if (state && ctx.mayAct) {
      const orders = await workOrders(ctx, state, reload, logPosition);
      if (ctx.current()) {
        (actions || body.firstElementChild).after(orders);
      }
    }
  } catch (error) {
    body.innerHTML = `<p class="bad" data-testid="complaint-error">${esc(error instanceof HttpError && error.status === 404 ? t('hist.notFound') : t('error', error.message))}</p>`;
  }
}

/** The office's complaints, newest first, filtered by status and category: where a reader picks one to examine. */
async function complaintList(ctx, body, filter) {
  const query = new URLSearchParams({ office: ctx.office, size: '50' });
  Object.entries(filter).filter(([, v]) => v).forEach(([k, v]) => query.set(k, v));
  const page = await get(`/api/complaints?${query}`);
  const select = (name, values, prefix) => `<label>${esc(t(`field.${name}`))} <select data-list-filter="${name}" data-testid="list-${name}">`
    + `<option value="">${esc(t('drill.all'))}</option>${values.map(v =>
      `<option value="${v}" ${filter[name] === v ? 'selected' : ''}>${esc(code(prefix, v))}</option>`).join('')}</select></label>`;
  body.innerHTML = `<div class="toolbar">${select('status', STATUSES, 'status')}${select('category', CATEGORIES, 'cat')}
      <span class="muted">${esc(t('list.total', page.total))}</span> ${download(`/api/complaints?${query}`, `complaints-${ctx.office}`)}</div>`
    + table([t('field.number'), t('field.status'), t('field.category'), t('field.summary'), t('field.receivedAt')],
      page.items.map(c => `<tr><td><a href="#/complaints/${encodeURIComponent(c.id)}">${esc(c.number)}</a></td>`
        + `<td>${esc(code('status', c.status))}</td><td>${esc(code('cat', c.category))}</td><td>${esc(c.summary)}</td>`
        + `<td>${esc(dateTime(c.receivedAt, ctx.timeZone))}</td></tr>`), 'complaints');
  body.querySelectorAll('[data-list-filter]').forEach(element => element.addEventListener('change', () => {
    complaintList(ctx, body, { ...filter, [element.dataset.listFilter]: element.value });
  }));
}

export async function callback(ctx) {
  const view = await get(`/api/callbacks/${encodeURIComponent(ctx.parameter)}`);
  if (!ctx.current()) {
    return;
  }
  if (view.subject?.type === 'COMPLAINT') {
    location.replace(`#/complaints/${encodeURIComponent(view.subject.id)}`);
    return;
  }
  ctx.view.innerHTML = section(`${code('type', 'CALLBACK')} ${view.id}`, `<dl class="fields">
      <dt>${esc(t('col.kind'))}</dt><dd>${esc(code('kind', view.kind))}</dd>
      <dt>${esc(t('field.status'))}</dt><dd>${esc(view.status)}</dd>
      <dt>${esc(t('col.due'))}</dt><dd>${esc(dateTime(view.due, ctx.timeZone))}</dd>
      <dt>${esc(t('field.household'))}</dt><dd>${esc(view.household)}</dd></dl>`, 'callback-card');
}

const COMPANY_COLUMNS = [
  ['office', row => row.name, 'text'],
  ['open', row => row.tally.open, 'num'],
  ['overdue', row => row.tally.overdue, 'num'],
  ['callbackRate', row => row.rates?.callbackRate.percent ?? null, 'rate'],
  ['firstReplyOnTime', row => row.rates?.firstReplyOnTime.percent ?? null, 'rate'],
  ['complaintRate', row => row.rates?.complaintRate.percent ?? null, 'rate'],
  ['satisfaction', row => row.satisfaction, 'rate']
];

/**
 * Every office in one table for those who see them all: what each owes and its month's rates, sortable by any
 * column (click its head again to reverse), each row opening that office's Today; live like the office pages.
 */
export function company(ctx) {
  const month = ctx.parameter || months(1)[0];
  let sort = { column: 'overdue', descending: true };
  let latest = null;
  const satisfaction = new Map();
  const draw = () => {
    const rows = latest.pending.map(pending => ({
      id: pending.officeId, name: pending.name || pending.officeId, tally: pending.tally,
      rates: latest.offices.find(rates => rates.officeId === pending.officeId),
      satisfaction: satisfaction.get(pending.officeId) ?? null
    }));
    const [, value] = COMPANY_COLUMNS.find(([name]) => name === sort.column);
    rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x === null ? 1 : y === null ? -1 : typeof x === 'string' ? x.localeCompare(y) : x - y;
      return sort.descending ? -order : order;
    });
    const heads = COMPANY_COLUMNS.map(([name]) => `<th><button type="button" class="link" data-sort="${name}">`
      + `${esc(t(`company.${name}`))}${sort.column === name ? (sort.descending ? ' ▼' : ' ▲') : ''}</button></th>`).join('');
    const body = rows.map(row => `<tr data-office="${esc(row.id)}">${COMPANY_COLUMNS.map(([name, get, type]) => {
      const v = get(row);
      if (name === 'office') {
        return `<td><a href="#" data-open="${esc(row.id)}">${esc(v)}</a></td>`;
      }
      if (type === 'rate') {
        return `<td class="num">${v === null ? `<span class="nodata">${esc(t('noData'))}</span>` : esc(percent(v))}</td>`;
      }
      return `<td class="num ${name === 'overdue' && v ? 'bad' : ''}">${v}</td>`;
    }).join('')}</tr>`).join('');
    ctx.view.innerHTML = `<div class="toolbar">${esc(t('rates.month'))} ${esc(month)} ${download(`/api/dashboard?month=${month}`, `company-${month}`)}</div>${asOf(ctx, latest.asOf)}
      ${section(t('company.title'), `<div class="scroll"><table data-testid="company"><thead><tr>${heads}</tr></thead><tbody>${body}</tbody></table></div>`, 'company-card')}`;
    ctx.view.querySelectorAll('[data-sort]').forEach(button => button.addEventListener('click', () => {
      const column = button.dataset.sort;
      sort = { column, descending: sort.column === column ? !sort.descending : column !== 'office' };
      draw();
    }));
    ctx.view.querySelectorAll('[data-open]').forEach(link => link.addEventListener('click', event => {
      event.preventDefault();
      ctx.openOffice(link.dataset.open, 'today');
    }));
  };
  ctx.follow(`/api/dashboard/stream?month=${month}`, async view => {
    latest = view;
    await Promise.all(view.pending.filter(p => !satisfaction.has(p.officeId)).map(p =>
      get(`/api/offices/${encodeURIComponent(p.officeId)}/dashboard/satisfaction`)
        .then(s => satisfaction.set(p.officeId, s.campaigns.at(-1)?.statistics.finalRatePercent ?? null))
        .catch(() => satisfaction.set(p.officeId, null))));
    if (ctx.current()) {
      draw();
    }
  });
}
