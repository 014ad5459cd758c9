/*! LaborLens embed helper. Add once to a page that embeds LaborLens views:
 *    <script src="https://LABORLENS-HOST/embed.js" async></script>
 *  It sizes every LaborLens iframe on the page to the height its content
 *  reports, and keeps the address of the view each one shows in its
 *  data-laborlens-url attribute (with a "laborlens:view" event on the
 *  iframe whenever it changes, for a "see this view" link). No
 *  dependencies; it trusts only messages from iframes loaded from the
 *  origin it was loaded from, and only from the iframe that sent them. An
 *  iframe sandboxed without allow-same-origin sends from the opaque origin
 *  "null": its own address then vouches for it. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__laborlensEmbed) return;
  window.__laborlensEmbed = true;
  var origin = new URL(script.src, location.href).origin;

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        try {
          if (new URL(frames[i].src, location.href).origin === origin) return frames[i];
        } catch (e) {}
        return null;
      }
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin && event.origin !== "null") return;
    var msg = event.data;
    if (!msg || (msg.type !== "laborlens:resize" && msg.type !== "laborlens:view")) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (msg.type === "laborlens:view") {
      var url = String(msg.url || "");
      if (url.indexOf(origin + "/") !== 0) return;
      frame.setAttribute("data-laborlens-url", url);
      var ev;
      try {
        ev = new CustomEvent("laborlens:view", { detail: { url: url } });
      } catch (e) {
        return;
      }
      frame.dispatchEvent(ev);
      return;
    }
    var height = Number(msg.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    frame.style.height = Math.ceil(height) + "px";
    frame.setAttribute("data-laborlens-height", String(Math.ceil(height)));
  });
})();
