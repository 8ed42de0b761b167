/* global window */
// Marks a failed office.js load for officeLoader.ts (waitForOffice), which then says so at once
// instead of waiting out its timeout. A file of its own, loaded before office.js, so that the
// pane's Content-Security-Policy allows no inline script. A script's load error does not bubble,
// but a capturing listener on window sees it.
window.addEventListener(
  'error',
  function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT' && /^https:\/\/appsforoffice\.microsoft\.com\//.test(target.src)) {
      window.__officeJsFailed = true;
    }
  },
  true,
);
