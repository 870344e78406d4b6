/* The main menu folds into a "Menu" button on narrow screens. Without JavaScript every link stays
   visible; with it, the button says whether the menu is open (aria-expanded). */
(function () {
  "use strict";
  var nav = document.querySelector(".fp-nav");
  if (!nav) { return; }
  var list = nav.querySelector("ul");
  if (!list || !list.id) { return; }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "fp-menu-button";
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", list.id);
  button.textContent = nav.getAttribute("data-menu-label") || "Menu";
  nav.insertBefore(button, list);
  nav.classList.add("fp-nav--collapsible");
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("fp-nav--open", open);
  });
})();
