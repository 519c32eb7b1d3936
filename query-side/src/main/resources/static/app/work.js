// The workbench: what the signed-in person owes, and the forms to register a complaint and record a callback.
// Who acts is always the signed-in user (the server takes it from the sign-in, never from a form).
import { get, send } from './api.js';
import { esc } from './charts.js';
import { CATEGORIES, code, dateTime, span, t } from './i18n.js';

const CHANNELS = ['PHONE', 'HOTLINE', 'WALK_IN', 'LETTER', 'ONLINE', 'MAILBOX', 'FAX'];
const METHODS = ['PHONE', 'IN_PERSON', 'SMS', 'ONLINE', 'LETTER', 'EMAIL', 'QUESTIONNAIRE'];
const RESULTS = ['SATISFIED', 'NOT_SATISFIED'];
const SIGNATURES = ['SIGNED', 'REFUSED', 'NOT_REQUIRED'];

export async function work(ctx) {
  const [what, id] = (ctx.parameter || '').split('/');
  if (what === 'register') {
    await registerForm(ctx);
  } else if (what === 'callback' && id) {
    await callbackForm(ctx, id);
  } else {
    await myWork(ctx);
  }
}

/** The signed-in person's callbacks and follow-ups, overdue first, each opening its form. */
async function myWork(ctx) {
  const mine = await get(`/api/staff/${encodeURIComponent(ctx.user.name)}/obligations`).catch(() => ({ items: [] }));
  if (!ctx.current()) {
    return;
  }
  const now = Date.now();
  const rows = (mine.items || []).map(item => {
    const minutes = item.due ? Math.round((Date.parse(item.due) - now) / 60000) : null;
    const late = minutes !== null && minutes < 0;
    const open = item.type === 'CALLBACK'
      ? `<a href="#/work/callback/${encodeURIComponent(item.callbackId)}" data-testid="record-${esc(item.callbackId)}">${esc(t('work.record'))}</a>` : '';
    return `<tr data-callback="${esc(item.callbackId)}"><td>${esc(code('type', item.followUpType || item.type))}<br>`
      + `<span class="muted">${esc(code('kind', item.kind))}</span></td><td>${esc(item.household || '')}</td>`
      + `<td>${esc(dateTime(item.due, ctx.timeZone))}${minutes === null ? '' : `<br><span class="${late ? 'bad' : 'muted'}">`
        + `${esc(t(late ? 'overdueBy' : 'dueIn', span(minutes)))}</span>`}</td><td>${open}</td></tr>`;
  });
  ctx.view.innerHTML = `<div class="toolbar"><a class="button" href="#/work/register" data-testid="new-complaint">${esc(t('work.register'))}</a></div>
    <section class="card" data-testid="my-work"><h2>${esc(t('work.mine'))}</h2>${rows.length
      ? `<div class="scroll"><table data-testid="obligations"><thead><tr><th>${esc(t('col.type'))}</th><th>${esc(t('field.household'))}</th>`
        + `<th>${esc(t('col.when'))}</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
      : `<p class="muted">${esc(t('none'))}</p>`}</section>`;
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
    const slot = form.querySelector(`[data-error="${CSS.escape(String(error.field).replace(/\[.*$/, ''))}"]`);
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
      <button type="submit" data-testid="form-submit">${esc(t('work.save'))}</button>
      <p data-testid="registered" hidden></p>
    </form>`;
  const form = ctx.view.querySelector('form');
  submitter(form, async key => {
    const values = Object.fromEntries(new FormData(form));
    const room = rooms.find(r => r.label === values.room.trim());
    const body = {
      officeId: ctx.office, householdId: room ? room.id : '', category: values.category, channel: values.channel,
      summary: values.summary, complainantName: values.complainantName || null,
      complainantPhone: values.complainantPhone || null, originalDocumentRef: values.originalDocumentRef || null,
      receivedAt: new Date().toISOString()
    };
    const answer = await send('POST', '/api/complaints', body, { 'Idempotency-Key': key });
    if (answer.ok) {
      showProblem(form, null);
      const done = form.querySelector('[data-testid=registered]');
      done.innerHTML = `${esc(t('work.registered'))} <a href="#/complaints/${encodeURIComponent(answer.body.id)}" data-testid="registered-number">${esc(answer.body.number)}</a>`;
      done.hidden = false;
    }
    return answer;
  });
}

/** Record a callback as it was made: the rules of the record are the server's, their refusals shown in words. */
async function callbackForm(ctx, id) {
  const callback = await get(`/api/callbacks/${encodeURIComponent(id)}`);
  if (!ctx.current()) {
    return;
  }
  ctx.view.innerHTML = `<form class="card form" data-testid="callback-form" novalidate>
      <h2>${esc(code('kind', callback.kind))} · ${esc(callback.household || '')}</h2>
      <p class="muted">${esc(t('col.due'))} ${esc(dateTime(callback.due, ctx.timeZone))}</p>
      <p class="bad" data-testid="form-error" hidden></p>
      ${field('method', t('work.method'), select('method', METHODS, 'method', 'PHONE'))}
      ${field('performedAt', t('work.performedAt'), `<input name="performedAt" type="datetime-local" data-testid="form-performedAt" value="${localNow()}">`)}
      ${field('content', t('work.content'), '<textarea name="content" rows="3" data-testid="form-content"></textarea>')}
      ${field('result', t('work.result'), select('result', RESULTS, 'result'))}
      ${field('signature', t('work.signature'), select('signature', SIGNATURES, 'signature'))}
      ${field('problemsFound', t('work.problems'), '<textarea name="problemsFound" rows="2"></textarea>')}
      <button type="submit" data-testid="form-submit">${esc(t('work.save'))}</button>
      <p data-testid="recorded" hidden>${esc(t('work.recorded'))}</p>
    </form>`;
  const form = ctx.view.querySelector('form');
  // left as it is, the field means "now": the moment of saving, not the minute the form was opened
  let timeChosen = false;
  form.querySelector('[name=performedAt]').addEventListener('input', () => { timeChosen = true; });
  submitter(form, async key => {
    const values = Object.fromEntries(new FormData(form));
    const performedAt = timeChosen && values.performedAt ? new Date(values.performedAt) : new Date();
    const body = {
      method: values.method || null, content: values.content, performedAt: performedAt.toISOString(),
      result: values.result || null, signature: values.signature || null, problemsFound: values.problemsFound || null
    };
    const answer = await send('POST', `/api/callbacks/${encodeURIComponent(id)}/record`, body, { 'Idempotency-Key': key });
    if (answer.ok) {
      showProblem(form, null);
      form.querySelector('[data-testid=recorded]').hidden = false;
    }
    return answer;
  });
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
 * The steps open on a complaint now (the read model's allowedActions, from the aggregate's own table), each as a
 * short form sent with the version the page shows: if someone else acted meanwhile, the answer is 412 and the page
 * says so, with a reload, instead of acting on a state the user has not seen.
 */
export function complaintActions(ctx, complaint, reload) {
  const steps = (complaint.allowedActions || []).filter(step => STEPS[step]);
  if (steps.length === 0) {
    return null;
  }
  const container = document.createElement('section');
  container.className = 'card';
  container.dataset.testid = 'actions-card';
  container.innerHTML = `<h2>${esc(t('work.actions'))}</h2><p class="bad" data-testid="stale" hidden>${esc(t('problem.STALE_VERSION'))}
      <button type="button" class="link" data-testid="reload">${esc(t('work.reload'))}</button></p>
    <div class="toolbar">${steps.map(step => `<button type="button" class="link" data-step="${step}" data-testid="step-${step}">${esc(t(`step.${step}`))}</button>`).join('')}</div>
    <div data-step-form></div>`;
  container.querySelector('[data-testid=reload]').addEventListener('click', () => reload());
  container.querySelectorAll('[data-step]').forEach(button => button.addEventListener('click', () => {
    const step = button.dataset.step;
    const slot = container.querySelector('[data-step-form]');
    slot.innerHTML = `<form class="form" data-testid="step-form" novalidate><p class="bad" data-testid="form-error" hidden></p>
        ${STEPS[step].map(([name, kind, values, prefix]) => field(name, t(`stepField.${name}`), kind === 'select'
          ? select(name, values, prefix) : kind === 'line' ? `<input name="${name}" data-testid="form-${name}">`
            : `<textarea name="${name}" rows="2" data-testid="form-${name}"></textarea>`)).join('')}
        <button type="submit" data-testid="form-submit">${esc(t(`step.${step}`))}</button></form>`;
    const form = slot.querySelector('form');
    submitter(form, async key => {
      const body = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, value || null]));
      const answer = await send('POST', `/api/complaints/${encodeURIComponent(complaint.id)}/${step}`, body,
                                { 'Idempotency-Key': key, 'If-Match': `"${complaint.version}"` });
      if (answer.status === 412) {
        container.querySelector('[data-testid=stale]').hidden = false;
        return { ok: true };
      }
      if (answer.ok) {
        reload(answer.logPosition);
      }
      return answer;
    });
  }));
  return container;
}
