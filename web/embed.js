/*! LaborLens embed helper. Add once to a page that embeds LaborLens views:
 *    <script src="https://LABORLENS-HOST/embed.js" async></script>
 *  It sizes every LaborLens iframe on the page to the height its content
 *  reports. No dependencies; it trusts only messages from the origin it was
 *  loaded from, and only from the iframe that sent them. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__laborlensEmbed) return;
  window.__laborlensEmbed = true;
  var origin = new URL(script.src, location.href).origin;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var msg = event.data;
    if (!msg || msg.type !== "laborlens:resize") return;
    var height = Number(msg.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        frames[i].setAttribute("data-laborlens-height", String(Math.ceil(height)));
      }
    }
  });
})();
