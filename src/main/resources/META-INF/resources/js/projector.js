// Live projector: one Server-Sent Events stream; each event carries the whole view as JSON.
// Without JavaScript the page refreshes itself every 10 seconds instead (see <noscript>).
(function () {
  "use strict";
  var main = document.querySelector("[data-events]");
  if (!main || !window.EventSource) { return; }
  var status = document.getElementById("projector-status");
  var source = new EventSource(main.getAttribute("data-events"));

  function byId(id) { return document.getElementById(id); }

  // The page's texts in its language, from its data attributes: "#" and "%" stand for the numbers.
  function say(name, a, b) {
    var said = main.getAttribute("data-" + name).replace("#", String(a));
    return b === undefined ? said : said.replace("%", String(b));
  }


  function text(id, value) {
    var el = byId(id);
    if (el) { el.textContent = value; }
  }

  function cell(value, className) {
    var td = document.createElement("td");
    td.textContent = value;
    if (className) { td.className = className; }
    return td;
  }

  // A row is "changed" when its name and score were not on the board before: the learner who
  // just scored stands out, not the rows that only moved down a place. Names may repeat (an
  // anonymous class), so keys are counted, not just looked up.
  function keys(rows) {
    var seen = {};
    rows.forEach(function (k) { seen[k] = (seen[k] || 0) + 1; });
    return seen;
  }

  function rowsOf(board) {
    var tbody = byId("projector-rows");
    if (!tbody) { return []; }
    var before = keys(Array.prototype.map.call(tbody.rows, function (tr) { return tr.getAttribute("data-key"); }));
    var fresh = document.createDocumentFragment();
    var changed = [];
    board.top.forEach(function (l) {
      var key = l.name + "|" + l.percent;
      var tr = document.createElement("tr");
      tr.setAttribute("data-key", key);
      if (before[key]) {
        before[key] -= 1;
      } else {
        tr.className = "changed";
        changed.push(l.name + " " + l.percent + "%");
      }
      [cell(String(l.rank)), cell(l.name, "name"), cell(l.percent + "%"), cell(String(l.quizzesPassed)),
        cell(String(l.lessonsCompleted))].forEach(function (td) { tr.appendChild(td); });
      fresh.appendChild(tr);
    });
    tbody.replaceChildren(fresh);
    text("shown-count", board.learners === 0 ? say("nobody")
      : board.shown < board.learners ? say("top", board.shown, board.learners)
        : board.learners === 1 ? say("all-one") : say("all", board.learners));
    return changed;
  }

  function quizOf(board) {
    var q = board.quiz;
    if (!q || !byId("quiz-histogram")) { return []; }
    var before = byId("submitted-count").textContent;
    text("submitted-count", String(q.submitted));
    text("quiz-figures", say("graded", q.graded) + (q.pending > 0 ? say("waiting", q.pending) : ""));
    var list = byId("submitted-names");
    list.replaceChildren.apply(list, q.names.map(function (n) {
      var li = document.createElement("li");
      li.textContent = n;
      return li;
    }));
    var more = byId("names-more");
    more.hidden = q.more === 0;
    more.querySelector("span").textContent = String(q.more);
    // The chart is drawn on the server from numbers only; parsed as SVG, never as HTML.
    var svg = new DOMParser().parseFromString(q.histogram, "image/svg+xml").documentElement;
    byId("quiz-histogram").replaceChildren(document.importNode(svg, true));
    document.querySelectorAll(".learners").forEach(function (el) { el.textContent = String(board.learners); });
    return before === String(q.submitted) ? [] : [say("submitted", q.submitted, board.learners)];
  }

  function joinPanel(board) {
    var panel = byId("join-panel");
    if (panel && panel.hasAttribute("data-auto")) { // shown because the class was empty
      panel.hidden = board.learners > 0;
      main.classList.toggle("with-join", !panel.hidden);
    }
  }

  source.onmessage = function (e) {
    var board = JSON.parse(e.data);
    text("class-progress", board.classProgress + "%");
    byId("class-progress-bar").value = board.classProgress;
    text("learner-count", String(board.learners));
    text("learner-word", say(board.learners === 1 ? "learner" : "learners"));
    joinPanel(board);
    var news = rowsOf(board).concat(quizOf(board));
    var time = new Date().toLocaleTimeString(document.documentElement.lang || undefined);
    status.textContent = say("updated", time) + (news.length ? ": " + news.join(", ") + "." : ".");
  };
  source.onerror = function () { status.textContent = say("reconnecting"); };
})();
