// Live projector: one Server-Sent Events stream; each event carries the whole board as JSON.
// Without JavaScript the page refreshes itself every 10 seconds instead (see <noscript>).
(function () {
  "use strict";
  var main = document.querySelector("[data-events]");
  if (!main || !window.EventSource) { return; }
  var status = document.getElementById("projector-status");
  var source = new EventSource(main.getAttribute("data-events"));

  function cell(text) {
    var td = document.createElement("td");
    td.textContent = text;
    return td;
  }

  source.onmessage = function (e) {
    var board = JSON.parse(e.data);
    document.getElementById("class-progress").textContent = board.classProgress + "%";
    document.getElementById("class-progress-bar").value = board.classProgress;
    document.getElementById("learner-count").textContent = board.learners;
    var rows = document.getElementById("projector-rows");
    var fresh = document.createDocumentFragment();
    board.top.forEach(function (l) {
      var tr = document.createElement("tr");
      [l.rank, l.name, l.total + " / " + l.maxTotal, l.quizzesPassed, l.lessonsCompleted]
        .forEach(function (v) { tr.appendChild(cell(String(v))); });
      fresh.appendChild(tr);
    });
    rows.replaceChildren(fresh);
    status.textContent = "Updated " + new Date().toLocaleTimeString() + ".";
  };
  source.onerror = function () { status.textContent = "Reconnecting…"; };
})();
