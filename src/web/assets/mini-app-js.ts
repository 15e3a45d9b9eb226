/**
 * The only script the web view has: inside Telegram, the Mini App page reads the signed launch
 * data Telegram puts in the URL fragment and trades it for a session. Served as a file, so the
 * CSP needs no inline script.
 */
export const MINI_APP_JS = `
(function () {
  var data = new URLSearchParams(location.hash.slice(1)).get('tgWebAppData');
  var status = document.getElementById('status');
  if (!data) { status.textContent = 'Open this page from the Kitty bot in Telegram.'; return; }
  fetch('/auth/telegram', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ initData: data }) })
    .then(function (response) { if (response.ok) location.replace('/'); else status.textContent = 'Telegram could not confirm who you are. Send /dashboard for a link instead.'; })
    .catch(function () { status.textContent = 'Kitty could not be reached. Try again in a moment.'; });
})();
`;
