// Idle reset, run by IdleReset via executeJs (no bundle, no Node). Arguments:
// $0 the overlay element (its host has $server.idleReset), $1 idle time ms, $2 countdown s,
// $3 countdown text with {0} for the seconds, $4 armed at load (the resident changed something).
// Activity is watched here in the browser (no server round trip per touch); only the final reset
// calls the server, which ends the session. If the server is gone, the page still goes home.
const overlay = $0, idleMs = $1, countdownMs = $2 * 1000, pattern = $3;
if (window.__kioskIdle) {
  window.__kioskIdle.stop();
}
const home = document.baseURI.split('#')[0];
let armed = $4 || location.href.split(/[?#]/)[0] !== home;
let last = Date.now();
let showing = false;
let fired = false;
const seconds = overlay.querySelector('.idle-countdown');
const events = ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel'];
const hide = () => {
  showing = false;
  overlay.hidden = true;
};
const activity = () => {
  last = Date.now();
  armed = true;
  if (showing) {
    hide();
  }
};
const goHome = () => location.replace(home);
const reset = () => {
  fired = true;
  document.querySelectorAll('input, textarea').forEach(field => { field.value = ''; });
  try { sessionStorage.clear(); } catch (ignored) { /* storage may be disabled */ }
  setTimeout(goHome, 3000);
  overlay.$server.idleReset().then(goHome, goHome);
};
const tick = () => {
  if (!armed || fired) {
    return;
  }
  const idle = Date.now() - last;
  if (idle < idleMs) {
    return;
  }
  const left = Math.ceil((idleMs + countdownMs - idle) / 1000);
  if (left <= 0) {
    reset();
    return;
  }
  seconds.textContent = pattern.replace('{0}', left);
  if (!showing) {
    showing = true;
    overlay.hidden = false;
    overlay.querySelector('button').focus();
  }
};
events.forEach(type => document.addEventListener(type, activity, { capture: true, passive: true }));
const timer = setInterval(tick, 250);
window.__kioskIdle = {
  stop() {
    clearInterval(timer);
    events.forEach(type => document.removeEventListener(type, activity, { capture: true }));
  }
};
