/* Descent embed host script: resizes <iframe data-descent> (or any iframe showing a Descent embed
   page) to the height the page reports. Nothing in the message is run; only a bounded number is
   used, and only for the iframe that sent it. Documented in README.md, "Embedding". */
(function () {
  'use strict';
  window.addEventListener('message', function (/** @type {MessageEvent<unknown>} */ event) {
    var data = /** @type {{ type?: unknown, height?: unknown } | null} */ (event.data);
    if (!data || data.type !== 'descent:height' || typeof data.height !== 'number') return;
    var height = Math.min(Math.max(Math.round(data.height), 100), 10000);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('data-descent-height', String(height));
      }
    }
  });
})();
