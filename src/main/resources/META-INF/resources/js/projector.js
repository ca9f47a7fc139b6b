// Live projector: one Server-Sent Events stream; each event carries the whole view as JSON.
// Without JavaScript the page refreshes itself every 10 seconds instead (see <noscript>).
// A class larger than one page (ten rows) is shown a page at a time, the next every ten seconds;
// the footer's button pauses that. Under prefers-reduced-motion nothing turns until asked to.
(function () {
  "use strict";
  var main = document.querySelector("[data-events]");
  if (!main || !window.EventSource) { return; }
  var status = document.getElementById("projector-status");
  var source = new EventSource(main.getAttribute("data-events"));

  function byId(id) { return document.getElementById(id); }

  // The page's texts in its language, from its data attributes: "#", "%" and "@" stand for the numbers.
  function say(name, a, b, c) {
    var said = main.getAttribute("data-" + name).replace("#", String(a));
    said = b === undefined ? said : said.replace("%", String(b));
    return c === undefined ? said : said.replace("@", String(c));
  }

  var PAGE = 10, TURN_MS = 10000;
  var lines = [], page = 0, fresh = {}, board = null, timer = null;
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var turning = !reduced;
  var pagesButton = byId("projector-pages");


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

  // How many times each key stands in the list.
  function keys(rows) {
    var seen = {};
    rows.forEach(function (k) { seen[k] = (seen[k] || 0) + 1; });
    return seen;
  }

  function pages() { return Math.max(1, Math.ceil(lines.length / PAGE)); }

  // The rows of the page shown now; those in "fresh" (new since the last update) stand out.
  // The event stream names hidden classmates in English, the same for every viewer; the page says it in its own language.
  function shownName(name) {
    return name === "Anonymous learner" ? main.getAttribute("data-anonymous") : name;
  }

  function showPage() {
    var tbody = byId("projector-rows");
    if (!tbody || !board) { return; }
    var left = {};
    Object.keys(fresh).forEach(function (k) { left[k] = fresh[k]; });
    var rows = document.createDocumentFragment();
    lines.slice(page * PAGE, (page + 1) * PAGE).forEach(function (l) {
      var key = l.name + "|" + l.percent;
      var tr = document.createElement("tr");
      tr.setAttribute("data-key", key);
      if (left[key]) {
        left[key] -= 1;
        tr.className = "changed";
      }
      [cell(String(l.rank)), cell(shownName(l.name), "name"), cell(l.percent + "%"), cell(String(l.quizzesPassed)),
        cell(String(l.lessonsCompleted))].forEach(function (td) { tr.appendChild(td); });
      rows.appendChild(tr);
    });
    tbody.replaceChildren(rows);
    text("shown-count", board.learners === 0 ? say("nobody")
      : page > 0 ? say("ranks", page * PAGE + 1, Math.min((page + 1) * PAGE, lines.length), board.learners)
        : board.shown < board.learners ? say("top", board.shown, board.learners)
          : board.learners === 1 ? say("all-one") : say("all", board.learners));
  }

  function turn() {
    page = (page + 1) % pages();
    fresh = {}; // a turned page is not news
    showPage();
  }

  // The timer runs while pages turn and there is more than one; the button shows only then.
  function pacing() {
    var many = pages() > 1;
    if (pagesButton) {
      pagesButton.parentNode.hidden = !many;
      pagesButton.textContent = say(turning ? "pause" : "rotate");
      pagesButton.setAttribute("aria-pressed", String(!turning));
    }
    if (timer && (!turning || !many)) { clearInterval(timer); timer = null; }
    if (!timer && turning && many) { timer = setInterval(turn, TURN_MS); }
  }

  if (pagesButton) {
    pagesButton.addEventListener("click", function () {
      turning = !turning;
      pacing();
    });
  }

  // A row is "changed" when its name and score were not on the board before: the learner who
  // just scored stands out, not the rows that only moved down a place. Names may repeat (an
  // anonymous class), so keys are counted, not just looked up. The page turns to the first of
  // them, so that what changed is seen.
  function rowsOf(next) {
    if (!byId("projector-rows")) { return []; }
    var nextLines = next.lines || next.top;
    var before = keys(lines.map(function (l) { return l.name + "|" + l.percent; }));
    var changed = [], first = -1;
    fresh = {};
    nextLines.forEach(function (l, i) {
      var key = l.name + "|" + l.percent;
      if (before[key]) {
        before[key] -= 1;
      } else {
        fresh[key] = (fresh[key] || 0) + 1;
        changed.push(l.name + " " + l.percent + "%");
        if (first < 0) { first = i; }
      }
    });
    var firstBoard = board === null;
    board = next;
    lines = nextLines;
    if (firstBoard) {
      // The page as served holds the same first page: nothing on it is news yet.
      fresh = {};
      changed = [];
    } else if (first >= 0) {
      page = Math.floor(first / PAGE);
      if (timer) { clearInterval(timer); timer = null; } // a full ten seconds on the page that changed
    }
    if (page >= pages()) { page = 0; }
    showPage();
    pacing();
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
