// Copy buttons: <button data-copy="ID" hidden> copies the text of the element ID. Without this
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
        if (said) { said.textContent = "Copied."; }
      }, function () {
        if (said) { said.textContent = "Could not copy: select the password and copy it by hand."; }
      });
    });
  });
})();
