// Starts restoring the session while the app's code is still downloading: the refresh cookie is exchanged for an
// access token now, and the app takes this answer instead of asking again (lib/auth-session.ts). On the home page
// the first screen's data is asked for as soon as the token is here, and the app's client takes those answers
// (lib/api-client.ts). On a slow network that is two round trips less before the first story shows. The same Web
// Lock as the app's own refresh keeps two tabs from exchanging one refresh token twice (the server would take that
// for theft).
(function () {
  // The app started its own refresh already (this script came late): nothing to add.
  if (window.__heroicsRefreshStarted) return;
  // What Home needs for its first stories, exactly as the app's client writes it (a journey checks it is taken);
  // the rest of the page asks for itself, so these two are not held behind six requests at a time.
  var HOME = ['/api/feed?scope=company&limit=10', '/api/me'];

  function prefetch(response) {
    if (!response.ok || location.pathname !== '/' || location.search) return;
    response.json().then(
      function (session) {
        var prefetched = {};
        HOME.forEach(function (url) {
          prefetched[url] = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', Authorization: 'Bearer ' + session.accessToken } });
          prefetched[url].catch(function () {});
        });
        window.__heroicsPrefetched = { token: session.accessToken, at: Date.now(), responses: prefetched };
      },
      function () {},
    );
  }

  function exchange() {
    return fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      prefetch(response.clone());
      return response;
    });
  }
  // Signed out (the server's hint cookie is absent): there is nothing to restore, and no refresh to ask for.
  if (!/(?:^|;\s*)heroics_signed_in=1(?:;|$)/.test(document.cookie)) return;
  var locks = navigator.locks;
  window.__heroicsEarlyRefresh = locks ? locks.request('heroics-session-refresh', exchange) : exchange();
  // An answer nobody takes (an error page, a test) must not be reported as an unhandled rejection.
  window.__heroicsEarlyRefresh.catch(function () {});
})();
