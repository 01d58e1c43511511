-- wrk script for bench/soak: every door in turn, story checks and malformed requests mixed in (8 of the 20). The
-- requests are built once per thread from the files in SOAK_DIR; each thread walks the list from its own offset.
-- Counts answers by class.
local dir = os.getenv("SOAK_DIR")
local function read(name)
  local f = assert(io.open(dir .. "/" .. name, "r"))
  local text = f:read("*a")
  f:close()
  return text
end
local json = { ["Content-Type"] = "application/json" }
local official, date, casualties = read("official.json"), read("date.json"), read("casualties.json")
local story, batch = read("story.json"), read("batch.json")
local list = {
  { "POST", "/verify-official", json, official },
  { "POST", "/api/v1/verify/official", json, official },
  { "POST", "/verify-date", json, date },
  { "POST", "/api/v1/verify/date", json, date },
  { "POST", "/verify-casualties", json, casualties },
  { "POST", "/api/v1/verify/casualties", json, casualties },
  { "POST", "/api/v1/verify", json, batch },
  { "GET", "/api/v1/context/official?name=Sergei+Shoigu&position=Defense+Minister&asOf=2021-06-28", {}, nil },
  { "GET", "/api/v1/context/date?event=Myanmar+coup&date=Feb.+1&publishedAt=2021-06-28", {}, nil },
  { "POST", "/check-story", json, story },
  { "POST", "/verify-official", json, official },
  { "POST", "/api/v1/check", json, story },
  -- malformed: every one must be a 4xx problem, never a 5xx
  { "POST", "/verify-official", json, official .. " this is not JSON" },
  { "POST", "/api/v1/verify/official", json, '{"name":"x","name":"y"}' },
  { "POST", "/verify-casualties", json, '{"place":"Myanmar","measure":"killed","count":NaN}' },
  { "POST", "/api/v1/verify/date", { ["Content-Type"] = "text/plain" }, date },
  { "POST", "/verify-date", json, '{"event":"Myanmar coup","date":"\227\128\128"}' },
  { "POST", "/api/v1/check", json, '[' },
  { "GET", "/api/v1/context/casualties?place=Myanmar&measure=killed&count=01x", {}, nil },
  { "POST", "/nothing", json, "{}" },
}
local requests = {}

local threads = {}
setup = function(thread)
  thread:set("offset", #threads * 7)
  table.insert(threads, thread)
end

-- globals, so that done() can read each thread's counts with thread:get
n, ok, client, server = 0, 0, 0, 0
init = function()
  n = offset or 0
  -- built here, once wrk has set the Host header
  for i, r in ipairs(list) do
    local headers = { Host = wrk.headers["Host"] }
    for k, v in pairs(r[3]) do headers[k] = v end
    requests[i] = wrk.format(r[1], r[2], headers, r[4])
  end
end
request = function()
  n = n + 1
  return requests[(n % #requests) + 1]
end
response = function(status, headers, body)
  if status >= 500 then
    server = server + 1
    if server <= 3 then io.stderr:write("5xx: " .. status .. " " .. body:sub(1, 300) .. "\n") end
  elseif status >= 400 then client = client + 1
  else ok = ok + 1 end
end

done = function(summary, latency, requests)
  local o, c, s = 0, 0, 0
  for _, t in ipairs(threads) do
    o, c, s = o + t:get("ok"), c + t:get("client"), s + t:get("server")
  end
  io.write(string.format("SOAK requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f ok=%d 4xx=%d 5xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, o, c, s,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
