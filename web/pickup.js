/*! LaborLens pickup. Until the app (the WebAssembly) runs, the page is the
 *  server's prerender: its search box and filters are a plain GET form.
 *  This script keeps the address bar in step with what the visitor types,
 *  ticks and chooses there (history.replaceState), so that the app, which
 *  reads its whole state from the URL, starts from it; and when the app
 *  replaces the prerendered page it puts the focus and caret back where
 *  they were. It does nothing once the app runs. */
(function () {
  "use strict";
  var root = document.body && document.body.firstElementChild;
  if (!root || !window.history || !history.replaceState) return;
  var focus = null; // {id, value, start, end} of the focused field

  function prerendered(el) {
    return root.isConnected && root.contains(el) && document.documentElement.dataset.app !== "ready";
  }

  function remember(el) {
    if (!el || !el.id) return;
    focus = {id: el.id, value: el.value};
    try {
      focus.start = el.selectionStart;
      focus.end = el.selectionEnd;
    } catch (e) { /* not a text field */ }
  }

  // The URL's query with field name set as form now holds it, the first
  // page again. Only that field changes: on a static host the page was
  // prerendered unfiltered, and the filters of the URL must stay.
  function query(form, name) {
    var params = new URLSearchParams(location.search);
    params.delete(name);
    params.delete("page");
    new FormData(form).getAll(name).forEach(function (v) {
      if (typeof v === "string" && v !== "") params.append(name, v);
    });
    return params.toString();
  }

  function sync(event) {
    var el = event.target;
    if (!prerendered(el)) return;
    remember(el);
    var form = el.form;
    if (!form || !el.name || form.method !== "get" || new URL(form.action, location.href).pathname !== location.pathname) return;
    var q = query(form, el.name);
    history.replaceState(history.state, "", location.pathname + (q ? "?" + q : "") + location.hash);
  }

  document.addEventListener("input", sync, true);
  document.addEventListener("change", sync, true);
  document.addEventListener("focusin", function (event) {
    if (prerendered(event.target)) remember(event.target);
  }, true);
  // Focus leaving the page is forgotten, a moment later: Chromium also
  // fires focusout when the app removes the focused field, and that focus
  // is the one to put back.
  document.addEventListener("focusout", function (event) {
    if (!prerendered(event.target) || root.contains(event.relatedTarget)) return;
    var left = focus;
    setTimeout(function () {
      if (root.isConnected && focus === left) focus = null;
    }, 0);
  }, true);
  document.addEventListener("select", function (event) {
    if (prerendered(event.target)) remember(event.target);
  }, true);
  document.addEventListener("keyup", function (event) {
    if (prerendered(event.target)) remember(event.target); // caret moves
  }, true);

  // The app replaces the prerendered page in one go; before any further
  // keystroke is handled, the same field of the new page gets the focus,
  // the text typed so far and the caret.
  new MutationObserver(function (records, observer) {
    if (root.isConnected) return;
    observer.disconnect();
    var f = focus, el = f && document.getElementById(f.id);
    if (!el) return;
    if (typeof f.value === "string" && el.value !== f.value && (el.type === "search" || el.type === "text")) el.value = f.value;
    el.focus({preventScroll: true});
    if (typeof f.start === "number") {
      try { el.setSelectionRange(f.start, f.end); } catch (e) { /* not a text field */ }
    }
  }).observe(document.body, {childList: true});
})();
