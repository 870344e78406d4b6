/* A table wider than the screen scrolls inside its frame; the frame then takes keyboard focus,
   so the arrow keys can scroll it too (WCAG 2.1.1). */
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".fp-table-wrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
      } else if (wrap.getAttribute("tabindex") === "0") {
        wrap.removeAttribute("tabindex");
      }
    });
  }
  mark();
  window.addEventListener("resize", mark);
})();
