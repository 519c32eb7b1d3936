// The workbench: what the signed-in person owes, and the forms to register a complaint and record a callback.
// Who acts is always the signed-in user (the server takes it from the sign-in, never from a form).
import { get, send } from './api.js';
import { esc } from './charts.js';
import { CATEGORIES, code, dateTime, span, t } from './i18n.js';

const CHANNELS = ['PHONE', 'HOTLINE', 'WALK_IN', 'LETTER', 'ONLINE', 'MAILBOX', 'FAX'];
const METHODS = ['PHONE', 'IN_PERSON', 'SMS', 'ONLINE', 'LETTER', 'EMAIL', 'QUESTIONNAIRE'];
const RESULTS = ['SATISFIED', 'NOT_SATISFIED'];
const SIGNATURES = ['SIGNED', 'REFUSED', 'NOT_REQUIRED'];
const VISIT_METHODS = ['IN_PERSON', 'PHONE', 'AT_OFFICE', 'OUTDOORS', 'QUESTIONNAIRE'];
const OPINION_TYPES = ['SUGGESTION', 'ENQUIRY', 'COMPLAINT', 'PRAISE'];
// a paid service needs a contract, which is agreed at the counter, not opened from a complaint
const WORK_ORDER_KINDS = ['SMALL_REPAIR', 'SAFETY_FACILITY_REPAIR', 'LEAK_REPAIR', 'OTHER_REPAIR', 'REPAIR_WORKS'];

export async function work(ctx) {
  const [what, id] = (ctx.parameter || '').split('/');
  if (what === 'register') {
    await registerForm(ctx);
  } else if (what === 'callback' && id) {
    await callbackForm(ctx, id);
  } else if (what === 'visit' && id) {
    await visitForm(ctx, id);
  } else {
    await myWork(ctx);
  }
}

/**
 * The signed-in person's callbacks and follow-ups, then the office's visits still to be made, overdue first, each
 * opening its form.
 */
async function myWork(ctx) {
  const office = encodeURIComponent(ctx.office);
  const none = { items: [] };
  const [mine, overdueVisits, pendingVisits] = await Promise.all([
    get(`/api/staff/${encodeURIComponent(ctx.user.name)}/obligations`).catch(() => none),
    get(`/api/visits?office=${office}&status=overdue&size=100`).catch(() => none),
    get(`/api/visits?office=${office}&status=pending&size=100`).catch(() => none)]);
  if (!ctx.current()) {
    return;
  }
  const now = Date.now();
  const row = (testId, kind, household, due, open) => {
    const minutes = due ? Math.round((Date.parse(due) - now) / 60000) : null;
    const late = minutes !== null && minutes < 0;
    return `<tr data-item="${esc(testId)}"><td>${kind}</td><td>${esc(household || '')}</td>`
      + `<td>${esc(dateTime(due, ctx.timeZone))}${minutes === null ? '' : `<br><span class="${late ? 'bad' : 'muted'}">`
        + `${esc(t(late ? 'overdueBy' : 'dueIn', span(minutes)))}</span>`}</td><td>${open}</td></tr>`;
  };
  const owed = (mine.items || []).map(item => row(item.callbackId,
    `${esc(code('type', item.followUpType || item.type))}<br><span class="muted">${esc(code('kind', item.kind))}</span>`,
    item.household, item.due, item.type === 'CALLBACK'
      ? `<a href="#/work/callback/${encodeURIComponent(item.callbackId)}" data-testid="record-${esc(item.callbackId)}">${esc(t('work.record'))}</a>` : ''));
  const visits = [...overdueVisits.items, ...pendingVisits.items].map(visit => row(visit.id,
    esc(code('kind', visit.kind)), visit.householdId, visit.due,
    `<a href="#/work/visit/${encodeURIComponent(visit.id)}" data-testid="visit-${esc(visit.id)}">${esc(t('work.recordVisit'))}</a>`));
  const list = (title, rows, testId) => `<section class="card" data-testid="${testId}-card"><h2>${esc(title)}</h2>${rows.length
    ? `<div class="scroll"><table data-testid="${testId}"><thead><tr><th>${esc(t('col.type'))}</th><th>${esc(t('field.household'))}</th>`
      + `<th>${esc(t('col.when'))}</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    : `<p class="muted">${esc(t('none'))}</p>`}</section>`;
  ctx.view.innerHTML = `<div class="toolbar"><a class="button" href="#/work/register" data-testid="new-complaint">${esc(t('work.register'))}</a></div>
    ${list(t('work.mine'), owed, 'obligations')}${list(t('work.visits'), visits, 'visits')}`;
}

function field(name, label, control) {
  return `<label class="field" data-field="${name}"><span>${esc(label)}</span>${control}<small class="bad" data-error="${name}"></small></label>`;
}

function select(name, values, prefix, chosen) {
  return `<select name="${name}" data-testid="form-${name}"><option value=""></option>${values.map(v =>
    `<option value="${v}" ${v === chosen ? 'selected' : ''}>${esc(code(prefix, v))}</option>`).join('')}</select>`;
}

/**
 * Shows a refusal where it belongs: beside the field it names, in words where the rule is known (the server's own
 * message otherwise), and above the form when it names no field of the form.
 */
function showProblem(form, problem) {
  form.querySelectorAll('[data-error]').forEach(element => { element.textContent = ''; });
  const message = form.querySelector('[data-testid=form-error]');
  message.textContent = '';
  message.hidden = true;
  if (!problem) {
    return;
  }
  const words = t(`problem.${problem.code}`);
  const known = words !== String(problem.code) && problem.code !== 'VALIDATION_FAILED';
  const fields = [...(problem.errors || []), ...(problem.field ? [{ field: problem.field, message: problem.detail }] : [])];
  let placed = false;
  fields.forEach(error => {
    // promisedReplies[0].replyBy, newWorkOrder.kind: shown at the part of the form they belong to
    const slot = form.querySelector(`[data-error="${CSS.escape(String(error.field).replace(/[[.].*$/, ''))}"]`);
    if (slot) {
      slot.textContent = known ? words : (error.message || problem.detail || '');
      placed = true;
    }
  });
  if (!placed) {
    message.textContent = known ? words : (problem.detail || problem.title || '');
    message.hidden = false;
  }
}

/** Sends a form's command once: a retried click carries the same Idempotency-Key and writes nothing twice. */
function submitter(form, send) {
  let key = crypto.randomUUID();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const answer = await send(key);
      if (answer.ok) {
        key = crypto.randomUUID();
      } else {
        showProblem(form, answer.body);
      }
    } finally {
      button.disabled = false;
    }
  });
}

/** Register a complaint: the household picked by building and room, as the office's register names it. */
async function registerForm(ctx) {
  const households = await get(`/api/offices/${encodeURIComponent(ctx.office)}/households?size=500`).catch(() => ({ items: [] }));
  if (!ctx.current()) {
    return;
  }
  const rooms = (households.items || []).map(h => ({ id: h.id, label: `${h.building}-${h.unit}` }));
  ctx.view.innerHTML = `<form class="card form" data-testid="register-form" novalidate>
      <h2>${esc(t('work.register'))}</h2>
      <p class="bad" data-testid="form-error" hidden></p>
      ${field('householdId', t('work.room'), `<input name="room" list="rooms" autocomplete="off" data-testid="form-room" placeholder="3-1202">
        <datalist id="rooms">${rooms.map(r => `<option value="${esc(r.label)}"></option>`).join('')}</datalist>`)}
      ${field('category', t('field.category'), select('category', CATEGORIES, 'cat'))}
      ${field('channel', t('work.channel'), select('channel', CHANNELS, 'channel', 'PHONE'))}
      ${field('summary', t('field.summary'), '<textarea name="summary" rows="3" data-testid="form-summary"></textarea>')}
      ${field('complainantName', t('work.complainant'), '<input name="complainantName" data-testid="form-name">')}
      ${field('complainantPhone', t('work.phone'), '<input name="complainantPhone" type="tel" data-testid="form-phone">')}
      ${field('originalDocumentRef', t('work.paperRef'), '<input name="originalDocumentRef">')}
      <p class="warn" data-testid="repeat-warning" hidden></p>
      <button type="submit" data-testid="form-submit">${esc(t('work.save'))}</button>
      <p data-testid="registered" hidden></p>
    </form>`;
  const form = ctx.view.querySelector('form');
  // the household's complaint of the same category within the repeat window, shown once before saving
  let repeatShownFor = null;
  submitter(form, async key => {
    const values = Object.fromEntries(new FormData(form));
    const room = rooms.find(r => r.label === values.room.trim());
    const warning = form.querySelector('[data-testid=repeat-warning]');
    const asked = room && values.category ? `${room.id}/${values.category}` : null;
    if (asked && asked !== repeatShownFor) {
      const earlier = await repeatsOf(ctx, room.id, values.category);
      if (earlier.complaints.length) {
        repeatShownFor = asked;
        warning.innerHTML = `${esc(t('work.repeat', earlier.days))} ${earlier.complaints.map(c =>
          `<a href="#/complaints/${encodeURIComponent(c.id)}">${esc(c.number)}</a> (${esc(dateTime(c.receivedAt, ctx.timeZone))})`).join(', ')}`;
        warning.hidden = false;
        form.querySelector('[data-testid=form-submit]').textContent = t('work.saveAnyway');
        return { ok: false, body: null };
      }
    }
    const body = {
      officeId: ctx.office, householdId: room ? room.id : '', category: values.category, channel: values.channel,
      summary: values.summary, complainantName: values.complainantName || null,
      complainantPhone: values.complainantPhone || null, originalDocumentRef: values.originalDocumentRef || null,
      receivedAt: new Date().toISOString()
    };
    const answer = await send('POST', '/api/complaints', body, { 'Idempotency-Key': key });
    if (answer.ok) {
      showProblem(form, null);
      warning.hidden = true;
      repeatShownFor = null;
      form.querySelector('[data-testid=form-submit]').textContent = t('work.save');
      const done = form.querySelector('[data-testid=registered]');
      done.innerHTML = `${esc(t('work.registered'))} <a href="#/complaints/${encodeURIComponent(answer.body.id)}" data-testid="registered-number">${esc(answer.body.number)}</a>`;
      done.hidden = false;
    }
    return answer;
  });
}

/** The household's complaints of a category within the repeat window of the policy in force. */
async function repeatsOf(ctx, household, category) {
  const policy = await get(`/api/offices/${encodeURIComponent(ctx.office)}/policies/in-force`).catch(() => null);
  const days = policy?.document?.complaints?.repeatWindowDays;
  if (!days) {
    return { days, complaints: [] };
  }
  const since = new Date(Date.now() - days * 86400000).toISOString();
  const query = new URLSearchParams({ office: ctx.office, household, category, receivedFrom: since, size: '5' });
  const found = await get(`/api/complaints?${query}`).catch(() => ({ items: [] }));
  return { days, complaints: found.items };
}

/** Record a callback as it was made: the rules of the record are the server's, their refusals shown in words. */
async function callbackForm(ctx, id) {
  const callback = await get(`/api/callbacks/${encodeURIComponent(id)}`);
  if (!ctx.current()) {
    return;
  }
  ctx.view.innerHTML = `<form class="card form" data-testid="callback-form" novalidate>
      ${recordHeading(ctx, callback.kind, callback.household, callback.due)}
      ${field('method', t('work.method'), select('method', METHODS, 'method', 'PHONE'))}
      ${field('performedAt', t('work.performedAt'), momentInput('performedAt'))}
      ${field('content', t('work.content'), '<textarea name="content" rows="3" data-testid="form-content"></textarea>')}
      ${field('result', t('work.result'), select('result', RESULTS, 'result'))}
      ${field('signature', t('work.signature'), select('signature', SIGNATURES, 'signature'))}
      ${field('problemsFound', t('work.problems'), '<textarea name="problemsFound" rows="2"></textarea>')}
      <details><summary>${esc(t('work.raised'))}</summary>
      ${field('promisedReplies', t('work.promisedReply'), `<input name="question" data-testid="form-question">
        <input name="replyBy" type="datetime-local" data-testid="form-replyBy">`)}
      ${field('newComplaint', t('work.newComplaint'), `${select('complaintCategory', CATEGORIES, 'cat')}
        <textarea name="complaintSummary" rows="2" data-testid="form-complaintSummary"></textarea>`)}
      ${field('newWorkOrder', t('work.newWorkOrder'), `${select('workOrderKind', WORK_ORDER_KINDS, 'wo')}
        <textarea name="workOrderDescription" rows="2" data-testid="form-workOrderDescription"></textarea>`)}
      </details>
      <button type="submit" data-testid="form-submit">${esc(t('work.save'))}</button>
      <p data-testid="recorded" hidden>${esc(t('work.recorded'))}</p>
    </form>`;
  const form = ctx.view.querySelector('form');
  const performedAt = moment(form, 'performedAt');
  submitter(form, async key => {
    const values = Object.fromEntries(new FormData(form));
    const body = {
      method: values.method || null, content: values.content, performedAt: performedAt().toISOString(),
      result: values.result || null, signature: values.signature || null, problemsFound: values.problemsFound || null,
      // what the household raised: each part sent only when something was written in it
      promisedReplies: values.question || values.replyBy
        ? [{ question: values.question, replyBy: values.replyBy ? new Date(values.replyBy).toISOString() : null }] : [],
      newComplaint: values.complaintSummary || values.complaintCategory
        ? { category: values.complaintCategory || null, summary: values.complaintSummary } : null,
      newWorkOrder: values.workOrderDescription || values.workOrderKind
        ? { kind: values.workOrderKind || null, description: values.workOrderDescription } : null
    };
    const answer = await send('POST', `/api/callbacks/${encodeURIComponent(id)}/record`, body, { 'Idempotency-Key': key });
    if (answer.ok) {
      showProblem(form, null);
      form.querySelector('[data-testid=recorded]').hidden = false;
    }
    return answer;
  });
}

/** Record a visit as it was made, with an opinion the household raised; the visit's rules are the server's. */
async function visitForm(ctx, id, logPosition) {
  const details = await get(`/api/visits/${encodeURIComponent(id)}`, logPosition ? { 'Log-Position': logPosition } : {});
  if (!ctx.current()) {
    return;
  }
  const visit = details.visit;
  // an in-person visit is agreed with the household first; the form for that comes first until it is
  const appointment = visit.appointedFor
    ? `<p class="muted" data-testid="appointed">${esc(t('work.appointedFor'))} ${esc(dateTime(visit.appointedFor, ctx.timeZone))}</p>`
    : `<form class="card form" data-testid="appointment-form" novalidate><h2>${esc(t('work.appoint'))}</h2>
      <p class="bad" data-testid="form-error" hidden></p>
      ${field('appointedFor', t('work.appointedFor'), momentInput('appointedFor'))}
      ${field('method', t('work.method'), select('method', VISIT_METHODS, 'visitMethod', 'IN_PERSON'))}
      <button type="submit" data-testid="appoint-submit">${esc(t('work.appoint'))}</button></form>`;
  ctx.view.innerHTML = `${appointment}<form class="card form" data-testid="visit-form" novalidate>
      ${recordHeading(ctx, visit.kind, visit.householdId, visit.due)}
      ${field('method', t('work.method'), select('method', VISIT_METHODS, 'visitMethod', 'IN_PERSON'))}
      ${field('visitedAt', t('work.visitedAt'), momentInput('visitedAt'))}
      ${field('summary', t('work.visitSummary'), '<textarea name="summary" rows="3" data-testid="form-summary"></textarea>')}
      ${field('signature', t('work.signature'), select('signature', SIGNATURES, 'signature'))}
      <label class="check"><input type="checkbox" name="feedbackRequired"> ${esc(t('work.feedbackRequired'))}</label>
      ${field('opinions', t('work.opinion'), `${select('opinionType', OPINION_TYPES, 'opinion')}
        <textarea name="opinionText" rows="2" data-testid="form-opinionText"></textarea>`)}
      <button type="submit" data-testid="form-submit">${esc(t('work.save'))}</button>
      <p data-testid="recorded" hidden>${esc(t('work.recorded'))}</p>
    </form>`;
  const appointing = ctx.view.querySelector('[data-testid=appointment-form]');
  if (appointing) {
    submitter(appointing, async key => {
      const values = Object.fromEntries(new FormData(appointing));
      const body = {
        appointedFor: values.appointedFor ? new Date(values.appointedFor).toISOString() : null,
        method: values.method || null, with: ctx.user.name
      };
      const answer = await send('POST', `/api/visits/${encodeURIComponent(id)}/appointment`, body,
                                { 'Idempotency-Key': key, 'If-Match': `"${details.version}"` });
      if (answer.ok) {
        await visitForm(ctx, id, answer.logPosition);
      }
      return answer;
    });
  }
  const form = ctx.view.querySelector('[data-testid=visit-form]');
  const visitedAt = moment(form, 'visitedAt');
  submitter(form, async key => {
    const values = Object.fromEntries(new FormData(form));
    const opinions = values.opinionText ? [{ type: values.opinionType || null, text: values.opinionText }] : [];
    const body = {
      method: values.method || null, visitedAt: visitedAt().toISOString(), summary: values.summary,
      signature: values.signature || null, feedbackRequired: values.feedbackRequired === 'on', opinions
    };
    const answer = await send('POST', `/api/visits/${encodeURIComponent(id)}/record`, body,
                              { 'Idempotency-Key': key, 'If-Match': `"${details.version}"` });
    if (answer.ok) {
      showProblem(form, null);
      form.querySelector('[data-testid=recorded]').hidden = false;
    }
    return answer;
  });
}

/** A record form's heading: the kind, the household, when it is due, and where a refusal without a field shows. */
function recordHeading(ctx, kind, household, due) {
  return `<h2>${esc(code('kind', kind))} · ${esc(household || '')}</h2>
      <p class="muted">${esc(t('col.due'))} ${esc(dateTime(due, ctx.timeZone))}</p>
      <p class="bad" data-testid="form-error" hidden></p>`;
}

function momentInput(name) {
  return `<input name="${name}" type="datetime-local" data-testid="form-${name}" value="${localNow()}">`;
}

/**
 * The moment a field names: left as it is, it means "now", the moment of saving, not the minute the form was
 * opened; once someone chose a time, that time.
 */
function moment(form, name) {
  const input = form.querySelector(`[name=${name}]`);
  let chosen = false;
  input.addEventListener('input', () => { chosen = true; });
  return () => (chosen && input.value ? new Date(input.value) : new Date());
}

/** Now, as the browser's clock shows it, for a datetime-local field. */
function localNow() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 16);
}

const SEVERITIES = ['GENERAL', 'MAJOR'];
const RESPONSIBILITIES = ['OWN', 'OUTSIDE_PARTY'];
/** What each step of a complaint asks for: [field, kind, values, label prefix]. */
const STEPS = {
  verify: [['findings', 'text'], ['proposedHandling', 'text']],
  classify: [['severity', 'select', SEVERITIES, 'severity'], ['responsibility', 'select', RESPONSIBILITIES, 'responsibility']],
  'declare-invalid': [['explanation', 'text']],
  'decide-handling': [['department', 'line'], ['handlingMethod', 'text']],
  dispatch: [['department', 'line']],
  'acknowledge-dispatch': [],
  'first-reply': [['content', 'text']],
  'remedial-actions': [['description', 'text']],
  'report-result': [['result', 'text']]
};

/**
 * A short form in {@code slot}: its fields from a table of [name, kind, values, label prefix], sent once per
 * Idempotency-Key; a 412 shows the card's "changed by someone else" line instead of acting on a state not seen.
 */
function quickForm(container, fields, label, sendIt, done) {
  const slot = container.querySelector('[data-step-form]');
  slot.innerHTML = `<form class="form" data-testid="step-form" novalidate><p class="bad" data-testid="form-error" hidden></p>
      ${fields.map(([name, kind, values, prefix]) => field(name, t(`stepField.${name}`), kind === 'select'
        ? select(name, values, prefix) : kind === 'line' ? `<input name="${name}" data-testid="form-${name}">`
          : `<textarea name="${name}" rows="2" data-testid="form-${name}"></textarea>`)).join('')}
      <button type="submit" data-testid="form-submit">${esc(label)}</button></form>`;
  const form = slot.querySelector('form');
  submitter(form, async key => {
    const body = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, value || null]));
    const answer = await sendIt(body, key);
    if (answer.status === 412) {
      // the version someone else's step reached: the reload waits until the page can show it
      container.dataset.currentVersion = answer.body?.currentVersion ?? '';
      container.querySelector('[data-testid=stale]').hidden = false;
      return { ok: true };
    }
    if (answer.ok) {
      done(answer.logPosition);
    }
    return answer;
  });
}

function actionCard(title, testId, reload) {
  const container = document.createElement('section');
  container.className = 'card';
  container.dataset.testid = testId;
  container.innerHTML = `<h2>${esc(title)}</h2><p class="bad" data-testid="stale" hidden>${esc(t('problem.STALE_VERSION'))}
      <button type="button" class="link" data-testid="reload">${esc(t('work.reload'))}</button></p>
    <div data-card-body></div><div data-step-form></div>`;
  container.querySelector('[data-testid=reload]').addEventListener('click', () => reload(undefined,
    container.dataset.currentVersion ? Number(container.dataset.currentVersion) : undefined));
  return container;
}

/**
 * The steps open on a complaint now for the signed-in user (the read model's allowedActions, from the aggregate's
 * own table and the user's roles), each as a short form sent with the version the page shows: if someone else acted
 * meanwhile, the answer is 412 and the page says so, with a reload, instead of acting on a state the user has not seen.
 */
export function complaintActions(ctx, complaint, reload) {
  const steps = (complaint.allowedActions || []).filter(step => STEPS[step]);
  if (steps.length === 0) {
    return null;
  }
  const container = actionCard(t('work.actions'), 'actions-card', reload);
  container.querySelector('[data-card-body]').innerHTML = `<div class="toolbar">${steps.map(step =>
    `<button type="button" class="link" data-step="${step}" data-testid="step-${step}">${esc(t(`step.${step}`))}</button>`).join('')}</div>`;
  container.querySelectorAll('[data-step]').forEach(button => button.addEventListener('click', () => {
    const step = button.dataset.step;
    quickForm(container, STEPS[step], t(`step.${step}`), (body, key) =>
      send('POST', `/api/complaints/${encodeURIComponent(complaint.id)}/${step}`, body,
           { 'Idempotency-Key': key, 'If-Match': `"${complaint.version}"` }), reload);
  }));
  return container;
}

const WORK_ORDER_STEPS = {
  assign: [['department', 'line'], ['assignee', 'line']],
  complete: [['notes', 'text']]
};

/**
 * The work orders opened from a complaint, each open one with its next steps (assign, complete), and a form to open
 * another for the complaint's household.
 */
export async function workOrders(ctx, complaint, reload, logPosition) {
  const related = await get(`/api/complaints/${encodeURIComponent(complaint.id)}/related`,
                            logPosition ? { 'Log-Position': logPosition } : {});
  // a work order's version says nothing of the complaint's: its reload reads the complaint as it is
  const container = actionCard(t('wo.title'), 'work-orders-card', () => reload());
  const rows = related.workOrders.map(order => {
    const open = order.status === 'OPEN' || order.status === 'ASSIGNED';
    return `<tr data-work-order="${esc(order.id)}"><td>${esc(code('wo', order.kind))}</td><td>${esc(code('woStatus', order.status))}</td>`
      + `<td>${open ? Object.keys(WORK_ORDER_STEPS).map(step => `<button type="button" class="link" data-order="${esc(order.id)}" `
        + `data-version="${order.version}" data-order-step="${step}" data-testid="wo-${step}">${esc(t(`wo.${step}`))}</button>`).join(' ') : ''}</td></tr>`;
  });
  container.querySelector('[data-card-body]').innerHTML = (rows.length
    ? `<div class="scroll"><table data-testid="work-orders"><tbody>${rows.join('')}</tbody></table></div>` : '')
    + `<div class="toolbar"><button type="button" class="link" data-testid="wo-open">${esc(t('wo.open'))}</button></div>`;
  container.querySelectorAll('[data-order-step]').forEach(button => button.addEventListener('click', () => {
    const step = button.dataset.orderStep;
    quickForm(container, WORK_ORDER_STEPS[step], t(`wo.${step}`), (body, key) =>
      send('POST', `/api/work-orders/${encodeURIComponent(button.dataset.order)}/${step}`, body,
           { 'Idempotency-Key': key, 'If-Match': `"${button.dataset.version}"` }), reload);
  }));
  container.querySelector('[data-testid=wo-open]').addEventListener('click', () => {
    quickForm(container, [['kind', 'select', WORK_ORDER_KINDS, 'wo'], ['description', 'text']], t('wo.open'), (body, key) =>
      send('POST', '/api/work-orders', {
        ...body, officeId: complaint.office, householdId: complaint.household, source: 'COMPLAINT', sourceId: complaint.id
      }, { 'Idempotency-Key': key }), reload);
  });
  return container;
}
