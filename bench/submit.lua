-- POST /api/v1/attempts/{attempt}/submit as each learner in turn. The first submit of an attempt
-- scores it; every later one (the rotation comes back to the same learners) returns the stored
-- result without changing it, as the API promises. Both lock the attempt row and build the result.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

function init(args)
  request = common.rotate(args, function(l)
    return wrk.format("POST", "/api/v1/attempts/" .. l.attempt .. "/submit",
      { ["Cookie"] = l.cookie, ["Accept"] = "application/json" })
  end)
end
