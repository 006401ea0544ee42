/** The page asking a signed-in user to allow an app (what Mattermost's web app shows at /oauth/authorize). */
import type { OAuthAppRow } from '../../db/schema';
import type { AuthorizeRequest } from './flow';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function consentPage(app: OAuthAppRow, req: AuthorizeRequest): string {
  // JSON inside a script element: "<" is escaped so that no "</script>" can end it.
  const request = JSON.stringify(req).replace(/</g, '\\u003c');
  const deny = new URL(req.redirect_uri!);
  deny.searchParams.set('error', 'access_denied');
  deny.searchParams.set('state', req.state ?? '');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Authorize ${escapeHtml(app.name)}</title></head>
<body>
<h1>${escapeHtml(app.name)} would like to access your account</h1>
<p>${escapeHtml(app.description)}</p>
<p><a href="${escapeHtml(app.homepage)}" rel="noopener">${escapeHtml(app.homepage)}</a></p>
<button id="allow">Allow</button> <a id="deny" href="${escapeHtml(deny.toString())}">Deny</a>
<p id="error" role="alert"></p>
<script>
const request = ${request};
document.getElementById('allow').addEventListener('click', async () => {
  const res = await fetch('/oauth/authorize', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, body: JSON.stringify(request) });
  const body = await res.json();
  if (res.ok) window.location.assign(body.redirect); else document.getElementById('error').textContent = body.message;
});
</script>
</body></html>`;
}
