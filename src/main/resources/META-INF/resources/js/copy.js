// Copy buttons: <button data-copy="ID" data-copied="…" data-copy-failed="…" hidden> copies the
// text of the element ID and says so in the page's language (the texts come from the bundle). Without this
// file (or without a clipboard) the button stays hidden and the text can be selected by hand.
(function () {
  "use strict";
  if (!navigator.clipboard || !navigator.clipboard.writeText) { return; }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var said = button.parentNode.querySelector(".copy-status");
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (said) { said.textContent = button.getAttribute("data-copied"); }
      }, function () {
        if (said) { said.textContent = button.getAttribute("data-copy-failed"); }
      });
    });
  });
})();
