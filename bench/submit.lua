-- POST /api/v1/attempts/{attempt}/submit. Third script argument:
--   fresh  every open attempt in the learners' more-attempt-ids column, each submitted once (a
--          real scoring every time); each wrk thread stops when its share is done.
--   again  rotating over the learners' first attempts: the first submit of each scores it, every
--          later one returns the stored result unchanged, as the API promises (used as warm-up).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local function submit(l, attempt)
  return wrk.format("POST", "/api/v1/attempts/" .. attempt .. "/submit",
    { ["Cookie"] = l.cookie, ["Accept"] = "application/json" })
end

delay = common.delay

function init(args)
  if args[3] == "fresh" then
    local reqs = {}
    local learners = common.learners(args[1])
    -- learner by learner within each quiz, so that concurrent requests are different learners'
    local depth = 0
    for _, l in ipairs(learners) do depth = math.max(depth, #l.more) end
    for k = 1, depth do
      for _, l in ipairs(learners) do
        if l.more[k] then reqs[#reqs + 1] = submit(l, l.more[k]) end
      end
    end
    assert(#reqs > 0, "no fresh attempts in " .. args[1])
    request = common.once(reqs, tonumber(args[2]) or 1)
  else
    request = common.rotate(args, function(l) return submit(l, l.attempt) end)
  end
end
