-- GET a page (third script argument, e.g. /lessons/overview) as each learner in turn, with the
-- learner's session and CSRF cookies, as a signed-in browser sends them.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

function init(args)
  local path = args[3] or "/"
  request = common.rotate(args, function(l)
    return wrk.format("GET", path, { ["Cookie"] = l.cookie })
  end)
end
