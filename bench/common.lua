-- Shared by the wrk scripts in bench/: loads the seeded learners, rotates over them, counts
-- non-2xx responses per thread and prints one machine-readable result line in done().
--
-- Learner file (tab-separated, one learner a line):
--   username  session-cookie  csrf-cookie  attempt-id  question-id  answer-json
-- Script arguments (after wrk's "--"): learner-file threads [path]

local common = {}
local threads = {}

function common.learners(file)
  local list = {}
  for line in io.lines(file) do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    list[#list + 1] = {
      user = f[1], session = f[2], csrf = f[3], attempt = f[4], question = f[5], answer = f[6],
      cookie = "agora-session=" .. f[2] .. "; agora-csrf=" .. f[3],
    }
  end
  assert(#list > 0, "no learners in " .. file)
  return list
end

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
    i = i + 1
    if i > n then i = 1 end
    return reqs[i]
  end
end

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

non2xx = 0
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("non2xx") or 0) end
  local e = summary.errors
  io.write(string.format("WRK_RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max,
    bad, e.connect + e.read + e.write + e.timeout))
end

return common
