#!/usr/bin/env python3
"""The two-instance journey that deploy/two-nodes.sh drives: through nginx and against each
instance directly, it checks that nothing a learner or a projector sees depends on which instance
answers, and that killing one instance loses no acknowledged save.

Usage: two_nodes_journey.py NGINX_URL A_URL B_URL A_PID ADMIN_USER ADMIN_PASSWORD
Exits 1 with a message at the first broken promise. Only the standard library."""

import base64
import concurrent.futures
import http.client
import json
import os
import re
import signal
import sys
import threading
import time
import urllib.parse

NGINX, A, B = sys.argv[1], sys.argv[2], sys.argv[3]
A_PID = int(sys.argv[4])
ADMIN = (sys.argv[5], sys.argv[6])
PASSWORD = "two-nodes-pass-1"
QUIZ = "two-instances"
RIGHT = "ok"


class Broken(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Broken(message)
    return condition


def ok(message):
    print(f"  ok  {message}", flush=True)


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)

    def cookie(self, name):
        for k, v in self.headers:
            if k.lower() == "set-cookie" and v.startswith(name + "="):
                return v.split(";", 1)[0].split("=", 1)[1]
        return None


def call(base, method, path, body=None, *, cookies=None, auth=None, form=None, headers=None, timeout=10):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    h = dict(headers or {})
    if body is not None:
        h["Content-Type"] = "application/json"
        body = json.dumps(body)
    elif form is not None:
        h["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(form)
    elif method in ("POST", "PUT"):
        h["Content-Type"] = "application/json"  # a script's body-less POST, as the API expects
    if cookies:
        h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if auth:
        h["Authorization"] = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
    try:
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        return Answer(r.status, r.getheaders(), r.read().decode("utf-8", "replace"))
    finally:
        conn.close()


def expect(status, answer, what):
    check(answer.status == status, f"{what}: expected {status}, got {answer.status}: {answer.body[:300]}")
    return answer


def sign_in(base, username):
    r = call(base, "POST", "/j_security_check", form={"j_username": username, "j_password": PASSWORD})
    session = r.cookie("agora-session")
    check(r.status in (302, 303) and session, f"form sign-in of {username} on {base}: {r.status}")
    return session


def sign_up(code, username):
    expect(201, call(NGINX, "POST", "/api/v1/signup", {"classCode": code, "username": username, "password": PASSWORD,
                                                        "displayName": "Learner " + username}), "sign-up " + username)


def wait_ready(base, seconds=180):
    end = time.time() + seconds
    while time.time() < end:
        try:
            if call(base, "GET", "/q/health/ready", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise Broken(f"{base} never became ready")


class Projector:
    """One projector's Server-Sent-Event stream, read on a thread: (arrival time, board) per event."""

    def __init__(self, base, code):
        url = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        auth = base64.b64encode(f"{ADMIN[0]}:{ADMIN[1]}".encode()).decode()
        self.conn.request("GET", f"/classes/{code}/projector/events",
                          headers={"Accept": "text/event-stream", "Authorization": "Basic " + auth})
        self.response = self.conn.getresponse()
        check(self.response.status == 200, f"projector stream on {base}: {self.response.status}")
        self.events = []
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        data = []
        try:
            for raw in self.response:
                line = raw.decode().rstrip("\r\n")
                if line.startswith("data:"):
                    data.append(line[5:].lstrip())
                elif not line and data:
                    with self.lock:
                        self.events.append((time.monotonic(), json.loads("\n".join(data))))
                        self.lock.notify_all()
                    data = []
        except Exception:  # the stream was closed under the reader: nothing more to read
            pass

    def wait(self, accept, seconds):
        """The first event for which accept(board) holds, with its arrival time, or None."""
        end = time.monotonic() + seconds
        with self.lock:
            while True:
                for at, board in self.events:
                    if accept(board):
                        return at, board
                left = end - time.monotonic()
                if left <= 0:
                    return None
                self.lock.wait(left)

    def close(self):
        self.conn.close()


def start_attempt(base, session):
    r = expect(201, call(base, "POST", f"/api/v1/quizzes/{QUIZ}/attempts", cookies={"agora-session": session}),
               "start an attempt on " + base)
    return r.json()


def save(base, session, attempt, question, text, timeout=10):
    return call(base, "PUT", f"/api/v1/attempts/{attempt}/answers/{question}", {"text": text},
                cookies={"agora-session": session}, timeout=timeout)


def main():
    for base in (A, B):
        wait_ready(base)
    wait_ready(NGINX)
    ok("both instances are ready (/q/health/ready), and so is nginx in front of them")

    # A target nginx cannot decode: not nginx's bare page but Agora's (nginx reads no headers of such a
    # request, so no language either: English).
    bad = expect(400, call(NGINX, "GET", "/lessons/%zz"), "a malformed address")
    check("<footer" in bad.body and "That request could not be read" in bad.body and "nginx" not in bad.body,
          f"a malformed address gets Agora's error page: {bad.body[:300]}")
    api = expect(400, call(NGINX, "GET", "/api/v1/lessons/%zz"), "a malformed API address")
    check(api.json().get("status") == 400, f"a malformed API address gets problem JSON: {api.body[:300]}")
    ok("a target nginx cannot decode gets Agora's error page (problem JSON under /api/), not nginx's")

    code = expect(201, call(A, "POST", "/api/v1/classes", {"name": "Two instances"}, auth=ADMIN),
                  "create a class on A").json()["code"]
    stamp = str(int(time.time() * 1000) % 10**8)
    learner, watcher = "tn" + stamp + "a", "tn" + stamp + "b"
    sign_up(code, learner)
    sign_up(code, watcher)

    # Sessions: a cookie made by A works on B; signing out on B ends it on A.
    session = sign_in(A, learner)
    expect(200, call(B, "GET", "/api/v1/me/progress", cookies={"agora-session": session}), "A's session on B")
    page = expect(200, call(B, "GET", "/lessons/two-instances", cookies={"agora-session": session}), "a lesson page on B")
    check("signout" in page.body, "the lesson page on B shows the learner signed in")
    ok("signed in through A, signed in on B (API and pages)")

    # An answer saved on A is in the attempt read from B.
    attempt = start_attempt(B, session)
    first = attempt["questions"][0]["id"]
    expect(204, save(A, session, attempt["attempt"], first, "saved on A"), "save on A")
    read = expect(200, call(B, "GET", f"/api/v1/attempts/{attempt['attempt']}", cookies={"agora-session": session}),
                  "read the attempt on B").json()
    check(read["answers"].get(first) == {"text": "saved on A"}, f"B reads A's save: {read['answers']}")
    ok("an answer saved on A is in the attempt read from B")

    # Twenty submits at once, spread over A and B: scored once, the same result everywhere.
    for q in attempt["questions"]:
        expect(204, save(NGINX, session, attempt["attempt"], q["id"], RIGHT), "save the right answer")
    barrier = threading.Barrier(20)

    def submit(i):
        barrier.wait()
        return call(A if i % 2 == 0 else B, "POST", f"/api/v1/attempts/{attempt['attempt']}/submit",
                    cookies={"agora-session": session}, timeout=30)

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(pool.map(submit, range(20)))
    check(all(r.status == 200 for r in results), f"twenty submits: {[r.status for r in results]}")
    bodies = {json.dumps(r.json(), sort_keys=True) for r in results}
    check(len(bodies) == 1, f"twenty submits, {len(bodies)} different results")
    result = results[0].json()
    check(result["score"] == result["maxScore"] and result["maxScore"] > 0, f"all right, full marks: {result}")
    progress = expect(200, call(B, "GET", "/api/v1/me/progress", cookies={"agora-session": session}), "progress").json()
    used = [q["attemptsUsed"] for q in progress["quizzes"] if q["id"] == QUIZ]
    check(used == [1], f"one attempt used after twenty submits: {used}")
    board = expect(200, call(NGINX, "GET", f"/api/v1/classes/{code}/scoreboard", auth=ADMIN), "scoreboard").json()
    totals = sorted(float(r["total"]) for r in board["rows"])
    check(totals == [0.0, float(result["maxScore"])], f"the scoreboard counts the attempt once: {board['rows']}")
    ok(f"twenty submits over A and B: all 200, one result ({result['score']}/{result['maxScore']}), scored once")

    # A projector on B sees a submission made on A within 2 s.
    projector = Projector(B, code)
    check(projector.wait(lambda b: True, 10), "the projector on B gets the board at once")
    watcher_session = sign_in(A, watcher)
    theirs = start_attempt(A, watcher_session)
    for q in theirs["questions"]:
        expect(204, save(A, watcher_session, theirs["attempt"], q["id"], RIGHT), "save on A")
    # The projector carries percentages (ProjectorView.Line.percent): full marks are 100.
    submitted_at = time.monotonic()
    expect(200, call(A, "POST", f"/api/v1/attempts/{theirs['attempt']}/submit", cookies={"agora-session": watcher_session}),
           "submit on A")
    seen = projector.wait(lambda b: sum(1 for line in b["top"] if line["percent"] == 100) == 2, 2.0)
    check(seen, "the projector on B did not show A's submission within 2 s")
    ok(f"a projector on B showed a submission made on A after {(seen[0] - submitted_at) * 1000:.0f} ms")
    projector.close()

    # Sign-out on B ends the session on A too (the form's token, handed out by A, is good on B).
    progress_page = expect(200, call(A, "GET", "/progress", cookies={"agora-session": session}), "progress page on A")
    token = re.search(r'name="csrf-token" value="([^"]+)"', progress_page.body)
    check(token, "the progress page carries the sign-out form's token")
    out = call(B, "POST", "/signout", form={"csrf-token": token.group(1)},
               cookies={"agora-session": session, "agora-csrf": progress_page.cookie("agora-csrf") or token.group(1)})
    check(out.status == 303, f"sign-out on B: {out.status} {out.body[:200]}")
    check(call(A, "GET", "/api/v1/me/progress", cookies={"agora-session": session}).status == 401,
          "after signing out on B, the session still works on A")
    ok("signed out on B, signed out on A")

    kill_during_saves(sign_in(NGINX, learner))


def kill_during_saves(session):
    """Savers each own one question and save numbered answers through nginx; A is killed mid-stream.
    Afterwards each question must hold its last acknowledged value (or a later one that was sent
    but whose answer was lost with A): an acknowledged save is never lost."""
    attempt = start_attempt(NGINX, session)
    questions = [q["id"] for q in attempt["questions"]]
    stop = threading.Event()
    log = {q: [] for q in questions}  # per question: (value, status) in the order sent

    def saver(q):
        n = 0
        while not stop.is_set():
            n += 1
            value = f"{q}-{n}"
            try:
                status = save(NGINX, session, attempt["attempt"], q, value, timeout=10).status
            except OSError as e:
                status = "error " + type(e).__name__
            log[q].append((value, status))

    threads = [threading.Thread(target=saver, args=(q,)) for q in questions]
    for t in threads:
        t.start()
    time.sleep(2)
    os.kill(A_PID, signal.SIGKILL)
    killed_at = time.monotonic()
    time.sleep(3)
    stop.set()
    for t in threads:
        t.join()
    saved = expect(200, call(NGINX, "GET", f"/api/v1/attempts/{attempt['attempt']}", cookies={"agora-session": session}),
                   "read the attempt after the kill").json()["answers"]
    acked = failed = 0
    for q in questions:
        sent = log[q]
        acks = [i for i, (_, status) in enumerate(sent) if status == 204]
        acked += len(acks)
        failed += len(sent) - len(acks)
        check(acks, f"no save of {q} was acknowledged")
        allowed = {value for value, _ in sent[acks[-1]:]}
        stored = (saved.get(q) or {}).get("text")
        check(stored in allowed, f"{q}: the last acknowledged save was {sent[acks[-1]][0]}, the attempt holds {stored}")
    check(acked > 20, f"only {acked} saves were acknowledged")
    ok(f"kill -9 of A during saves through nginx: {acked} saves acknowledged, {failed} not, none lost")

    # The journey goes on through B: a submit through nginx and a fresh sign-in.
    result = expect(200, call(NGINX, "POST", f"/api/v1/attempts/{attempt['attempt']}/submit",
                              cookies={"agora-session": session}), "submit after the kill").json()
    check(result["maxScore"] > 0, f"scored after the kill: {result}")
    expect(200, call(NGINX, "GET", "/api/v1/me/progress", cookies={"agora-session": session}), "progress after the kill")
    ok(f"after the kill the journey goes on through B ({time.monotonic() - killed_at:.1f} s later)")


if __name__ == "__main__":
    try:
        main()
    except Broken as e:
        print(f"FAIL {e}", file=sys.stderr, flush=True)
        sys.exit(1)
    print("two-nodes journey: every check passed", flush=True)
