// Webhook subscriptions for integrators and administrators: where each stands, why one paused, and the hands to
// pause, resume or add one. The secret of a new subscription is shown once, here.
import { get, send } from './api.js';
import { esc } from './charts.js';
import { dateTime, t } from './i18n.js';

export async function webhooks(ctx) {
  const list = await get('/api/webhooks');
  if (!ctx.current()) {
    return;
  }
  const rows = list.items.map(hook => {
    const last = hook.deliveries[0];
    const action = hook.status === 'ACTIVE' ? 'pause' : 'resume';
    return `<tr data-webhook="${esc(hook.id)}"><td>${esc(hook.url)}<br><span class="muted">${esc(hook.types.join(', ') || t('hooks.allTypes'))}`
      + ` · ${esc(hook.offices.join(', ') || t('hooks.allOffices'))}</span></td>`
      + `<td data-testid="hook-status" class="${hook.status === 'PAUSED' ? 'bad' : ''}">${esc(t(`hooks.${hook.status}`))}`
      + `${hook.pausedCause ? `<br><small data-testid="hook-reason" title="${esc(hook.pausedReason)}">${esc(t(`hooks.cause.${hook.pausedCause}`))}</small>`
        + `<br><small class="muted">${esc(hook.pausedReason)}</small>` : ''}</td>`
      + `<td class="num">${hook.lag}</td><td class="num">${hook.delivered} / ${hook.failed}</td>`
      + `<td>${last ? `${esc(dateTime(last.at, ctx.timeZone))}<br><span class="muted">${esc(last.outcome)} ${esc(last.status ?? last.error ?? '')}</span>` : ''}</td>`
      + `<td><button type="button" class="link" data-hook-action="${action}" data-testid="hook-${action}">${esc(t(`hooks.${action}`))}</button></td></tr>`;
  });
  ctx.view.innerHTML = `<section class="card" data-testid="webhooks-card"><h2>${esc(t('hooks.title'))}</h2>${rows.length
    ? `<div class="scroll"><table data-testid="webhooks"><thead><tr><th>${esc(t('hooks.target'))}</th><th>${esc(t('field.status'))}</th>`
      + `<th>${esc(t('hooks.lag'))}</th><th>${esc(t('hooks.counts'))}</th><th>${esc(t('hooks.last'))}</th><th></th></tr></thead>`
      + `<tbody>${rows.join('')}</tbody></table></div>` : `<p class="muted">${esc(t('none'))}</p>`}</section>
    <form class="card form" data-testid="webhook-form" novalidate><h2>${esc(t('hooks.add'))}</h2>
      <p class="bad" data-testid="form-error" hidden></p>
      <label class="field"><span>URL</span><input name="url" data-testid="form-url" placeholder="https://hooks.example.com/propcare"></label>
      <label class="field"><span>${esc(t('hooks.types'))}</span><input name="types" placeholder="ComplaintRegistered, ComplaintClosed"></label>
      <button type="submit" data-testid="form-submit">${esc(t('hooks.add'))}</button>
      <p data-testid="hook-secret" hidden></p></form>`;
  ctx.view.querySelectorAll('[data-hook-action]').forEach(button => button.addEventListener('click', async () => {
    const id = button.closest('tr').dataset.webhook;
    await send('POST', `/api/webhooks/${encodeURIComponent(id)}/${button.dataset.hookAction}`, {});
    await webhooks(ctx);
  }));
  const form = ctx.view.querySelector('[data-testid=webhook-form]');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    const types = values.types.split(',').map(type => type.trim()).filter(type => type);
    const answer = await send('POST', '/api/webhooks', { url: values.url, types });
    const error = form.querySelector('[data-testid=form-error]');
    error.hidden = answer.ok;
    if (!answer.ok) {
      error.textContent = answer.body?.detail || answer.body?.title || '';
      return;
    }
    await webhooks(ctx);
    const secret = ctx.view.querySelector('[data-testid=hook-secret]');
    secret.textContent = t('hooks.secret', answer.body.secret);
    secret.hidden = false;
  });
}
