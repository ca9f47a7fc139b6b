// The phone header's menu button. Without JavaScript the button stays hidden and the navigation
// stays open below the bar; with it, the navigation folds behind the button on a narrow screen
// (agora.css decides what is narrow, so this script only keeps the state).
(function () {
  "use strict";
  var header = document.querySelector(".site-header");
  var button = header && header.querySelector(".menu-button");
  if (!button) { return; }

  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    header.classList.toggle("menu-open", open);
  }

  button.hidden = false;
  header.classList.add("has-menu");
  setOpen(false);
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  // Escape closes an open menu and gives the focus back to its button.
  header.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && header.classList.contains("menu-open") && getComputedStyle(button).display !== "none") {
      setOpen(false);
      button.focus();
    }
  });
  // Clicking or tabbing out of the open menu closes it, as menus do.
  document.addEventListener("focusin", function (e) {
    if (!header.contains(e.target)) { setOpen(false); }
  });
})();
