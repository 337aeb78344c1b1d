/* Live updates: coalesce bursts of pushed changes into at most one re-read every 300 ms, then
   re-read once more a second later for the view rows the denormalizer was still writing. */
var portalRefresh = { soon: null, later: null };
function portalViewChanged() {
  if (!portalRefresh.soon) {
    portalRefresh.soon = setTimeout(function () {
      portalRefresh.soon = null;
      if (window.refreshViews) { refreshViews(); }
    }, 300);
  }
  clearTimeout(portalRefresh.later);
  portalRefresh.later = setTimeout(function () {
    if (window.refreshViews) { refreshViews(); }
  }, 1500);
}
/* While the socket is closed (or never opened), poll every 10 s instead. */
function portalLiveOpened() {
  if (window.PF && PF('liveFallback')) { PF('liveFallback').stop(); }
}
function portalLiveClosed() {
  if (window.PF && PF('liveFallback')) { PF('liveFallback').start(); }
}
/* The browser's time zone, sent with the login form so that times show in the user's zone. */
document.addEventListener('DOMContentLoaded', function () {
  var zone = document.getElementById('loginForm:zone');
  if (zone) { zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; }
});
