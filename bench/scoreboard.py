#!/usr/bin/env python3
"""Scoreboard and projector benchmark (issue 5); not part of the tests.

Starts the packaged app (build it first: ./mvnw -DskipTests package) on a fresh data folder,
seeds one class of LEARNERS learners who each submit one attempt at every quiz, then measures:
  * GET /api/v1/classes/{code}/scoreboard with wrk (instructor session): requests/s, p50, p99;
  * the live projector: VIEWERS Server-Sent-Event connections to /classes/{code}/projector/events,
    one more submission, and the time until every viewer has received the new board (max, p50).
Usage: python3 bench/scoreboard.py   (env: LEARNERS=1000 VIEWERS=200 PORT=18180 DURATION=15s)
DB=postgresql measures the PostgreSQL flavour (./mvnw -DskipTests -Ppostgresql package) on the server
at 127.0.0.1:5432 (PG_URL, PG_USER) in a schema of its own, dropped afterwards unless KEEP is set.
APP_DIR=/some/quarkus-app measures a packaged app kept elsewhere; SETTINGS=small starts it with the
production JVM settings (deploy/jvm.options); JAVA_OPTS are added; JAVA picks the JVM.
Seeding 1,000 learners takes minutes: KEEP=/some/folder keeps the data folder and the learners'
sessions there, and a later run with the same KEEP reuses them (after a rebuild too) and skips seeding.
"""
import asyncio, base64, concurrent.futures, http.cookiejar, json, os, re, shutil, socket, statistics
import subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEARNERS = int(os.environ.get("LEARNERS", "1000"))
VIEWERS = int(os.environ.get("VIEWERS", "200"))
PORT = int(os.environ.get("PORT", "18180"))
DURATION = os.environ.get("DURATION", "15s")
DB = os.environ.get("DB", "h2")
APP_DIR = os.environ.get("APP_DIR", os.path.join(ROOT, "target", "quarkus-app"))
PG_URL = os.environ.get("PG_URL", "jdbc:postgresql://127.0.0.1:5432/test")
PG_USER = os.environ.get("PG_USER", "postgres")
BASE = f"http://127.0.0.1:{PORT}"
ADMIN, ADMIN_PW, PW = "admin", "bench-admin-pass-1", "bench-learner-pass-1"


def call(method, path, body=None, cookie=None, auth=None, raw=False):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if cookie:
        req.add_header("Cookie", cookie)
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    with urllib.request.urlopen(req, timeout=60) as r:
        text = r.read().decode()
        return text if raw else (json.loads(text) if text else None)


def sign_in(user, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(urllib.request.Request(BASE + "/j_security_check",
                data=f"j_username={user}&j_password={password}".encode(), method="POST"), timeout=60).read()
    c = [x for x in jar if x.name == "agora-session"]
    if not c:
        raise RuntimeError("sign-in failed for " + user)
    return "agora-session=" + c[0].value


def take_all(user, quizzes, cookie):
    for q in quizzes:
        a = call("POST", f"/api/v1/quizzes/{q}/attempts", cookie=cookie)
        first = a["questions"][0]
        if first.get("options"):
            body = {"choices": [first["options"][hash(user + q) % len(first["options"])]["id"]]} \
                if first["type"] != "order" else {"order": [o["id"] for o in first["options"]]}
        elif first.get("left"):
            body = {"pairs": {first["left"][0]["id"]: first["right"][0]["id"]}}
        else:
            body = {"text": "1997"}
        call("PUT", f"/api/v1/attempts/{a['attempt']}/answers/{first['id']}", body, cookie=cookie)
        call("POST", f"/api/v1/attempts/{a['attempt']}/submit", cookie=cookie)


def seed(code, quizzes):
    def one(i):
        user = f"learner{i:04d}"
        call("POST", "/api/v1/signup", {"classCode": code, "username": user, "password": PW,
                                        "displayName": f"Learner {i:04d} 학생"})
        cookie = sign_in(user, PW)
        take_all(user, quizzes, cookie)
        return user, cookie
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        return list(pool.map(one, range(LEARNERS)))


async def viewer(code, cookie, ready, arrivals, index):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write((f"GET /classes/{code}/projector/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n"
                  f"Cookie: {cookie}\r\n\r\n").encode())
    await writer.drain()
    events = 0
    while True:
        line = await reader.readline()
        if not line:
            return
        if line.startswith(b"data:"):
            events += 1
            if events == 1:
                ready.release()
            else:
                arrivals[index] = time.monotonic()
                writer.close()
                return


async def projector(code, instructor_cookie, learner):
    arrivals = [None] * VIEWERS
    ready = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(viewer(code, instructor_cookie, ready, arrivals, i)) for i in range(VIEWERS)]
    for _ in range(VIEWERS):
        await asyncio.wait_for(ready.acquire(), 60)
    await asyncio.sleep(1)
    user, cookie = learner
    loop = asyncio.get_running_loop()
    # A quiz with attempts left after seeding (the final allows one): its second attempt's submission moves the board.
    attempt = await loop.run_in_executor(None, lambda: call("POST", "/api/v1/quizzes/overview-quiz/attempts", cookie=cookie))
    start = time.monotonic()
    await loop.run_in_executor(None, lambda: call("POST", f"/api/v1/attempts/{attempt['attempt']}/submit", cookie=cookie))
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    delays = sorted((t - start) * 1000 for t in arrivals if t is not None)
    return len(delays), statistics.median(delays), delays[-1]


def wrk_scoreboard(code, cookie):
    script = os.path.join(tempfile.gettempdir(), "agora-scoreboard.lua")
    with open(script, "w") as f:
        f.write('wrk.headers["Cookie"] = "%s"\n' % cookie + """
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f errors=%d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
""")
    # Warm-up first (as bench/run.sh does): the first seconds measure the JIT compiler, not the app.
    subprocess.run(["wrk", "-t2", "-c8", "-d", "5s", "-s", script, f"{BASE}/api/v1/classes/{code}/scoreboard"],
                   capture_output=True)
    out = subprocess.run(["wrk", "-t2", "-c8", "-d", DURATION, "--timeout", "10s", "-s", script,
                          f"{BASE}/api/v1/classes/{code}/scoreboard"], capture_output=True, text=True).stdout
    return re.search(r"RESULT .*", out).group(0)


def main():
    jar = os.path.join(APP_DIR, "quarkus-run.jar")
    if not os.path.exists(jar):
        sys.exit("Build first: ./mvnw -DskipTests package")
    keep = os.environ.get("KEEP")
    work = keep or tempfile.mkdtemp(prefix="agora-bench-board-")
    state_file = os.path.join(work, "state.json")
    os.makedirs(work, exist_ok=True)
    for d in ("lessons", "quizzes"):
        if not os.path.exists(os.path.join(work, d)):
            os.symlink(os.path.join(ROOT, d), os.path.join(work, d))
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(PORT), AGORA_ADMIN_USERNAME=ADMIN, AGORA_ADMIN_PASSWORD=ADMIN_PW)
    schema = database(work, env)
    options = ([f"@{ROOT}/deploy/jvm.options"] if os.environ.get("SETTINGS") == "small" else []) \
        + os.environ.get("JAVA_OPTS", "").split()
    app = subprocess.Popen([os.environ.get("JAVA", "java"), *options, "-jar", jar], cwd=work, env=env, stdout=open(os.path.join(work, "app.log"), "w"),
                           stderr=subprocess.STDOUT)
    try:
        for _ in range(240):
            try:
                socket.create_connection(("127.0.0.1", PORT), 1).close()
                call("GET", "/api/v1/quizzes")
                break
            except Exception:
                time.sleep(0.5)
        if os.path.exists(state_file):
            with open(state_file) as f:
                state = json.load(f)
            code, learners = state["code"], [tuple(x) for x in state["learners"]]
            print(f"reusing {len(learners)} learners of class {code} from {work}")
        else:
            quizzes = [q["id"] for q in call("GET", "/api/v1/quizzes")]
            code = call("POST", "/api/v1/classes", {"name": "Benchmark class"}, auth=f"{ADMIN}:{ADMIN_PW}")["code"]
            t = time.time()
            learners = seed(code, quizzes)
            print(f"seeded {LEARNERS} learners x {len(quizzes)} quizzes in {time.time() - t:.0f} s")
            if keep:
                with open(state_file, "w") as f:
                    json.dump({"code": code, "learners": learners}, f)
        instructor = sign_in(ADMIN, ADMIN_PW)
        rows = call("GET", f"/api/v1/classes/{code}/scoreboard", cookie=instructor)["rows"]
        assert len(rows) == len(learners), len(rows)
        print("scoreboard API (8 connections):", wrk_scoreboard(code, instructor))
        n, median, worst = asyncio.run(projector(code, instructor, learners[int(time.time()) % len(learners)]))  # any learner: a reused class may have spent the first one's attempts
        print(f"projector: {n}/{VIEWERS} viewers got the new board; median {median:.0f} ms, slowest {worst:.0f} ms "
              f"after the submit returned")
        if n < VIEWERS or worst > 1000:
            sys.exit(1)
    finally:
        app.terminate()
        app.wait(30)
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
            if schema:
                psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def psql(sql):
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", PG_USER, "-d", "test", "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def database(work, env):
    """H2: the file under work/data. PostgreSQL: a schema of this run's own (a kept folder names it)."""
    libs = os.listdir(os.path.join(APP_DIR, "lib", "main"))
    driver = "org.postgresql" if DB == "postgresql" else "com.h2database"
    if DB not in ("h2", "postgresql") or not any(n.startswith(driver) for n in libs):
        sys.exit(f"DB={DB}: build the flavour first (./mvnw -DskipTests package"
                 f"{' -Ppostgresql' if DB == 'postgresql' else ''})")
    if DB == "h2":
        return None
    subprocess.run([os.path.join(ROOT, "deploy", "postgresql-up.sh")], check=True)
    named = os.path.join(work, "postgresql-schema")
    if os.path.exists(named):
        schema = open(named).read().strip()
    else:
        schema = time.strftime("agora_board_%Y%m%d_%H%M%S")
        with open(named, "w") as f:
            f.write(schema)
    env.update(QUARKUS_DATASOURCE_JDBC_URL=f"{PG_URL}?currentSchema={schema}", QUARKUS_DATASOURCE_USERNAME=PG_USER,
               QUARKUS_FLYWAY_SCHEMAS=schema)
    print(f"PostgreSQL flavour, schema {schema}")
    return schema


if __name__ == "__main__":
    main()
