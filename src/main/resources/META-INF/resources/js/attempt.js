// Progressive enhancement for the quiz page: save each answer through the API as it changes,
// reorder items in place, and count down to the deadline. Without this file the form still works.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form || !window.fetch) { return; }
  var attempt = form.getAttribute("data-attempt");

  function status(section, text, isError) {
    var el = section.querySelector(".save-status");
    if (el) { el.textContent = text; el.classList.toggle("error", !!isError); }
  }

  function bodyOf(section) {
    var q = section.getAttribute("data-question");
    var type = section.getAttribute("data-type");
    if (type === "single" || type === "truefalse" || type === "multiple") {
      var chosen = [];
      section.querySelectorAll('input[name="a.' + q + '"]:checked').forEach(function (i) { chosen.push(i.value); });
      return { choices: chosen };
    }
    if (type === "short" || type === "numeric" || type === "essay") {
      return { text: section.querySelector('[name="a.' + q + '"]').value };
    }
    if (type === "order") {
      var order = [];
      section.querySelectorAll('input[name="a.' + q + '"]').forEach(function (i) { order.push(i.value); });
      return { order: order };
    }
    var pairs = {};
    section.querySelectorAll("select").forEach(function (s) {
      if (s.value) { pairs[s.id.substring(("m-" + q + "-").length)] = s.value; }
    });
    return { pairs: pairs };
  }

  // The session ended (401): say so above the quiz, with a way to sign in that comes back here.
  // The server answers the page's own requests without a Basic challenge, so no browser dialog.
  function sessionEnded() {
    if (document.getElementById("session-ended")) { return; }
    var notice = document.createElement("div");
    notice.id = "session-ended";
    notice.className = "alert error session-ended";
    notice.setAttribute("role", "alert");
    var text = document.createElement("p");
    text.textContent = "Your session ended. Sign in to go on; your saved answers are kept. ";
    var link = document.createElement("a");
    link.href = "/signin?next=" + encodeURIComponent(location.pathname + location.search);
    link.textContent = "Sign in";
    link.addEventListener("click", function () { leaving = true; });
    text.appendChild(link);
    notice.appendChild(text);
    form.parentNode.insertBefore(notice, form);
  }

  // Answers changed but not saved yet (or not saved at all) make the browser ask before leaving.
  var unsaved = {}, leaving = false;
  window.addEventListener("beforeunload", function (e) {
    if (leaving || !Object.keys(unsaved).length) { return; }
    e.preventDefault();
    e.returnValue = "";
  });
  // On the document, so it runs after the form's own handler, which may cancel the submit.
  document.addEventListener("submit", function (e) { if (!e.defaultPrevented) { leaving = true; } });

  // One save at a time per question: a change made while a save is under way is sent after it,
  // so that two requests can never arrive in the wrong order and leave an older answer saved.
  var timers = {}, busy = {}, again = {};
  function save(section) {
    var q = section.getAttribute("data-question");
    if (busy[q]) { again[q] = true; return; }
    busy[q] = true;
    status(section, "Saving…");
    return fetch("/api/v1/attempts/" + encodeURIComponent(attempt) + "/answers/" + encodeURIComponent(q), {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-Requested-With": "fetch" },
      body: JSON.stringify(bodyOf(section))
    }).then(function (r) {
      if (r.status === 204) { if (!again[q]) { status(section, "Saved"); delete unsaved[q]; } return; }
      if (r.status === 401) { status(section, "Not saved: sign in again to go on.", true); sessionEnded(); return; }
      return r.json().then(function (p) {
        status(section, "Not saved: " + (p.detail || r.status), true);
        if (r.status === 409) { leaving = true; form.submit(); }
      }, function () { status(section, "Not saved (" + r.status + ")", true); });
    }, function () {
      status(section, "Not saved: no connection. Your answer stays on this page; try again.", true);
    }).then(function () {
      busy[q] = false;
      if (again[q]) { again[q] = false; save(section); }
    });
  }

  function schedule(section, delay) {
    var q = section.getAttribute("data-question");
    unsaved[q] = true;
    clearTimeout(timers[q]);
    timers[q] = setTimeout(function () { save(section); }, delay);
  }

  form.addEventListener("change", function (e) {
    var section = e.target.closest(".question");
    if (section) { schedule(section, 0); }
  });
  form.addEventListener("input", function (e) {
    var section = e.target.closest(".question");
    if (section && e.target.tagName === "INPUT" && e.target.type === "text") { schedule(section, 600); }
    if (section && e.target.tagName === "TEXTAREA") { countWords(e.target); grow(e.target); schedule(section, 1500); }
  });

  // Essays: count words as the server does (runs of letters, digits and marks; an apostrophe or a
  // hyphen inside a word keeps it one word) and grow the box with the text.
  var WORD = /[\p{L}\p{Nd}\p{Mn}][\p{L}\p{Nd}\p{Mn}'\u2019-]*/gu;
  function countWords(area) {
    var shown = document.getElementById("words-" + area.id.substring(2));
    if (!shown) { return; }
    var n = (area.value.match(WORD) || []).length;
    var min = parseInt(shown.getAttribute("data-min"), 10), max = parseInt(shown.getAttribute("data-max"), 10);
    shown.querySelector(".word-count-value").textContent = n;
    shown.classList.toggle("short", !isNaN(min) && n < min);
    shown.classList.toggle("long", !isNaN(max) && n > max);
    shown.classList.toggle("refused", !isNaN(max) && n > 2 * max);
  }
  function grow(area) {
    if (window.CSS && CSS.supports && CSS.supports("field-sizing", "content")) { return; }
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 4 + "px";
  }
  form.querySelectorAll("textarea.essay").forEach(function (area) { countWords(area); grow(area); });

  // Up and down move the item in place and keep keyboard focus on the moved item's button.
  form.addEventListener("click", function (e) {
    var button = e.target.closest("button[name=move]");
    if (!button) { return; }
    e.preventDefault();
    var li = button.closest("li");
    var list = li.parentNode;
    var up = button.classList.contains("move-up");
    var other = up ? li.previousElementSibling : li.nextElementSibling;
    if (!other) { return; }
    if (up) { list.insertBefore(li, other); } else { list.insertBefore(other, li); }
    var items = list.querySelectorAll("li");
    items.forEach(function (item, i) {
      item.querySelector(".move-up").disabled = i === 0;
      item.querySelector(".move-down").disabled = i === items.length - 1;
    });
    var again = li.querySelector(up ? ".move-up" : ".move-down");
    (again.disabled ? li.querySelector(up ? ".move-down" : ".move-up") : again).focus();
    var section = li.closest(".question");
    status(section, "Moved to position " + (Array.prototype.indexOf.call(items, li) + 1) + " of " + items.length);
    schedule(section, 0);
  });

  form.addEventListener("submit", function (e) {
    var submitter = e.submitter;
    if (submitter && submitter.value === "submit") {
      var unanswered = 0;
      form.querySelectorAll(".question").forEach(function (s) {
        var b = bodyOf(s);
        if ((b.choices && !b.choices.length) || (b.text !== undefined && !b.text.trim()) || (b.pairs && !Object.keys(b.pairs).length)) { unanswered++; }
      });
      if (unanswered && !window.confirm(unanswered + " question(s) have no answer. Submit anyway?")) { e.preventDefault(); }
    }
  });

  var timer = document.querySelector(".timer[data-deadline]");
  if (timer) {
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    var value = timer.querySelector(".timer-value");
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      value.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      if (left === 60) { timer.setAttribute("aria-live", "assertive"); }
      if (left === 0) { clearInterval(handle); leaving = true; window.location.reload(); }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
})();
