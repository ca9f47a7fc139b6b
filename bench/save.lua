-- PUT /api/v1/attempts/{attempt}/answers/{question}: each learner saves an answer to one question
-- of their own open attempt (the same valid body every time, so every save is accepted: 204).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

function init(args)
  request = common.rotate(args, function(l)
    return wrk.format("PUT", "/api/v1/attempts/" .. l.attempt .. "/answers/" .. l.question,
      { ["Cookie"] = l.cookie, ["Content-Type"] = "application/json", ["Accept"] = "application/json" },
      l.answer)
  end)
end
