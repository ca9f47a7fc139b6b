-- Shared by the wrk scripts in bench/: loads the seeded learners, rotates over them, counts
-- non-2xx responses per thread and prints one machine-readable result line in done().
--
-- Learner file (tab-separated, one learner a line):
--   username  session-cookie  csrf-cookie  attempt-id  question-id  answer-json  more-attempt-ids
-- (more-attempt-ids: comma-separated open attempts at other quizzes, each to be submitted once.)
-- Script arguments (after wrk's "--"): learner-file threads [script-specific]

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

local common = {}
local threads = {}

function common.learners(file)
  local list = {}
  for line in io.lines(file) do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    local more = {}
    for a in (f[7] or ""):gmatch("[^,]+") do more[#more + 1] = a end
    list[#list + 1] = {
      user = f[1], session = f[2], csrf = f[3], attempt = f[4], question = f[5], answer = f[6], more = more,
      cookie = "agora-session=" .. f[2] .. "; agora-csrf=" .. f[3],
    }
  end
  assert(#list > 0, "no learners in " .. file)
  return list
end

first_us, last_us, finished = 0, 0, false

-- Pre-builds one request per learner (building them per call would cost wrk's own CPU, which
-- shares the machine with the server) and returns a request() that rotates over them. Each wrk
-- thread starts at its own offset so that the threads hit different learners.
function common.rotate(args, build)
  local list = common.learners(args[1])
  local nthreads = tonumber(args[2]) or 1
  local reqs = {}
  for i, l in ipairs(list) do reqs[i] = build(l) end
  local n = #reqs
  local i = math.floor((id or 0) * n / nthreads)
  return function()
    if first_us == 0 then first_us = now_us() end
    i = i + 1
    if i > n then i = 1 end
    return reqs[i]
  end
end

-- Each request of the list once: this thread takes every nthreads-th one. Once its share is
-- under way, delay() (see common.delay) holds the connections back, and response() stops the
-- thread when the last answer is in, so that no request is sent twice. (wrk still waits out -d,
-- so done() takes the time from the first request to the last response instead.)
sent, received, share = 0, 0, nil
function common.once(reqs, nthreads)
  local mine = {}
  for k = (id or 0) + 1, #reqs, nthreads do mine[#mine + 1] = reqs[k] end
  share = #mine
  return function()
    if first_us == 0 then first_us = now_us() end
    sent = sent + 1
    return mine[math.min(sent, #mine)]
  end
end

-- The delay() to go with once(). wrk decides before init() whether a script has delay(), and
-- calling it costs wrk two more syscalls a request: only submit.lua defines it. wrk asks delay()
-- once before every request it is about to send, the first ones included, but calls request()
-- only when the delay is over: so the count is kept here, not in request().
promised = 0
function common.delay()
  if share then
    if promised >= share then return 3600000 end
    promised = promised + 1
  end
  return 0
end

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

non2xx, reissued = 0, 0
function response(status, headers, body)
  last_us = now_us()
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  -- A new session cookie in the answer: a browser would keep it; wrk cannot (see run.sh).
  local cookie = headers["set-cookie"] or headers["Set-Cookie"]
  if cookie and cookie:find("agora-session=", 1, true) then reissued = reissued + 1 end
  if share then
    received = received + 1
    if received >= share then
      finished = true
      wrk.thread:stop()
    end
  end
end

function done(summary, latency, requests)
  local bad, reissued_all, first, last, early = 0, 0, nil, 0, false
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
    reissued_all = reissued_all + (t:get("reissued") or 0)
    local f = t:get("first_us") or 0
    if f > 0 and (first == nil or f < first) then first = f end
    last = math.max(last, t:get("last_us") or 0)
    early = early or t:get("finished")
  end
  -- A thread that stopped early leaves wrk's duration too long: use first request to last response.
  local duration = summary.duration
  if early and first and last > first then duration = last - first end
  local e = summary.errors
  io.write(string.format("WRK_RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d reissued=%d\n",
    summary.requests, duration, summary.requests / (duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max,
    bad, e.connect + e.read + e.write + e.timeout, reissued_all))
end

return common
