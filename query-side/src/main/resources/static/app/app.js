// The dashboard page: sign-in, the pages the user's roles may see, one office at a time, live over SSE.
import { follow, get, session, signIn, signOut, whenSignedOut } from './api.js';
import { esc } from './charts.js';
import { t, switchLanguage, translatePage } from './i18n.js';
import * as hooks from './hooks.js';
import * as views from './views.js';
import * as workbench from './work.js';

const DASHBOARD_ROLES = ['CLERK', 'SUPERVISOR', 'DIRECTOR', 'QUALITY', 'VIEWER'];
const STAFF_ROLES = ['CLERK', 'SUPERVISOR', 'DIRECTOR', 'QUALITY'];
const OFFICE_KEY = 'propcare.office';

const PAGES = [
  { route: 'today', label: 'nav.today', render: views.today, roles: DASHBOARD_ROLES },
  { route: 'rates', label: 'nav.rates', render: views.rates, roles: DASHBOARD_ROLES },
  { route: 'satisfaction', label: 'nav.satisfaction', render: views.satisfaction, roles: DASHBOARD_ROLES },
  { route: 'complaints', label: 'nav.history', render: views.complaint, roles: [...STAFF_ROLES, 'AUDITOR'] },
  { route: 'work', label: 'nav.work', render: workbench.work, roles: STAFF_ROLES },
  { route: 'callbacks', render: views.callback, roles: STAFF_ROLES },
  { route: 'company', label: 'nav.company', render: views.company, roles: DASHBOARD_ROLES, company: true },
  { route: 'webhooks', label: 'nav.webhooks', render: hooks.webhooks, roles: ['ADMIN', 'INTEGRATOR'] }
];

const $ = selector => document.querySelector(selector);
const state = { user: null, offices: [], stops: [], streams: new Map(), rendering: 0 };

function hasAny(roles) {
  return state.user.roles.some(role => roles.includes(role));
}

/** Pages the user may open: by role, and the company view only for users of every office. */
function mayOpen(page) {
  return hasAny(page.roles) && (!page.company || state.user.allOffices);
}

function showLive() {
  const live = $('#live');
  const states = [...state.streams.values()];
  live.hidden = states.length === 0;
  const worst = states.includes('lost') ? 'lost' : states.includes('connecting') ? 'connecting' : 'live';
  live.dataset.state = worst;
  live.textContent = t(`live.${worst}`);
}

function stopStreams() {
  state.stops.forEach(stop => stop());
  state.stops = [];
  state.streams.clear();
  showLive();
}

function renderLogin(message) {
  stopStreams();
  $('#nav').innerHTML = '';
  $('#office-picker').hidden = true;
  $('#signout').hidden = true;
  $('#who').textContent = '';
  $('#view').innerHTML = `<form class="card login" data-testid="login">
      <h2>${esc(t('login.title'))}</h2>
      ${message ? `<p class="bad" data-testid="login-error">${esc(message)}</p>` : ''}
      <label>${esc(t('login.user'))}<input name="user" autocomplete="username" required data-testid="login-user"></label>
      <label>${esc(t('login.password'))}<input name="password" type="password" autocomplete="current-password" required data-testid="login-password"></label>
      <button type="submit" data-testid="login-submit">${esc(t('login.submit'))}</button></form>`;
  $('#view form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      await signIn(form.get('user'), form.get('password'));
      await start();
    } catch (failed) {
      renderLogin(failed.status === 401 ? t('login.failed')
        : failed.status === 429 ? t('login.locked', failed.problem?.retryAfterSeconds ?? '')
          : t('error', failed.message));
    }
  });
}

function currentRoute() {
  const [, route, ...rest] = location.hash.replace(/^#/, '').split('/');
  return { route, parameter: rest.length ? decodeURIComponent(rest.join('/')) : null };
}

function renderNav(active) {
  $('#nav').innerHTML = PAGES.filter(page => page.label && mayOpen(page))
    .map(page => `<a href="#/${page.route}" data-testid="nav-${page.route}" class="${page.route === active ? 'active' : ''}">${esc(t(page.label))}</a>`)
    .join('');
}

async function render() {
  stopStreams();
  translatePage();
  $('#lang').textContent = t('other.language');
  if (!state.user) {
    renderLogin();
    return;
  }
  const allowed = PAGES.filter(mayOpen);
  const { route, parameter } = currentRoute();
  const page = allowed.find(p => p.route === route);
  if (!page) {
    if (allowed.length === 0) {
      $('#view').innerHTML = `<p class="muted" data-testid="no-pages">${esc(t('no.pages'))}</p>`;
      return;
    }
    location.replace(`#/${allowed[0].route}`);
    return;
  }
  renderNav(route);
  const office = state.offices.find(o => o.id === $('#office').value);
  if (!office) {
    $('#view').innerHTML = `<p class="muted">${esc(t('no.offices'))}</p>`;
    return;
  }
  const view = $('#view');
  const rendering = ++state.rendering;
  view.dataset.page = route;
  view.innerHTML = `<p class="muted">${esc(t('loading'))}</p>`;
  const ctx = {
    view, parameter, office: office.id, timeZone: office.timeZone, user: state.user, offices: state.offices,
    // an answer that arrives after the user moved on must not draw over the page now shown
    current: () => rendering === state.rendering,
    openOffice(id, route) {
      $('#office').value = id;
      localStorage.setItem(OFFICE_KEY, id);
      location.hash = `#/${route}`;
    },
    mayReadComplaints: hasAny(STAFF_ROLES), mayAct: hasAny(STAFF_ROLES), mayAudit: state.user.roles.includes('AUDITOR'),
    mayListComplaints: hasAny([...STAFF_ROLES, 'AUDITOR']), mayFollowTimeline: hasAny(['AUDITOR', 'DIRECTOR', 'SUPERVISOR']),
    follow(path, onData) {
      const key = Symbol(path);
      state.streams.set(key, 'connecting');
      state.stops.push(follow(path, data => ctx.current() && Promise.resolve(onData(data)).catch(failed => {
        view.innerHTML = `<p class="bad">${esc(t('error', failed.message))}</p>`;
      }), streamState => {
        state.streams.set(key, streamState);
        showLive();
      }));
      showLive();
    }
  };
  try {
    await page.render(ctx);
  } catch (failed) {
    view.innerHTML = `<p class="bad">${esc(t('error', failed.message))}</p>`;
  }
}

async function start() {
  const current = session();
  if (!current) {
    state.user = null;
    await render();
    return;
  }
  state.user = await get('/api/session');
  state.offices = await get('/api/offices');
  const picker = $('#office');
  const remembered = localStorage.getItem(OFFICE_KEY);
  picker.innerHTML = state.offices.map(o => `<option value="${esc(o.id)}">${esc(o.name)} (${esc(o.id)})</option>`).join('');
  if (state.offices.some(o => o.id === remembered)) {
    picker.value = remembered;
  }
  $('#office-picker').hidden = state.offices.length === 0;
  $('#signout').hidden = false;
  $('#who').textContent = `${state.user.name} · ${state.user.roles.join(', ')}`;
  await render();
}

whenSignedOut(expired => {
  state.user = null;
  renderLogin(expired ? t('login.expired') : null);
});

$('#office').addEventListener('change', event => {
  localStorage.setItem(OFFICE_KEY, event.target.value);
  render();
});
$('#lang').addEventListener('click', () => {
  switchLanguage();
  render();
});
$('#signout').addEventListener('click', () => {
  signOut();
  state.user = null;
  render();
});
// On a narrow screen the pages are behind a menu button; choosing one closes the menu
$('#menu').addEventListener('click', () => $('header.bar').classList.toggle('open'));
// every "Download CSV" of the views: the server's spreadsheet of what the view shows
$('#view').addEventListener('click', views.downloadClicked);
window.addEventListener('hashchange', () => {
  $('header.bar').classList.remove('open');
  render();
});

document.documentElement.lang = localStorage.getItem('propcare.lang') === 'en' ? 'en' : 'zh-CN';
start().catch(() => renderLogin());
