-- The stack floor's load mix (the shape of sample-host/load/mix.lua): 70% GET /items, 30% POST /items,
-- with a bearer token when FLOOR_TOKEN is set.
-- SPDX-License-Identifier: AGPL-3.0-or-later
local token = os.getenv("FLOOR_TOKEN") or ""
local counter = 0
local write_body = '{"label":"Load test","amount":"123.45","bookedOn":"2026-05-01"}'

request = function()
  counter = counter + 1
  local slot = counter % 10
  local headers = {}
  if token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  if slot < 3 then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/items", headers, write_body)
  end
  return wrk.format("GET", "/items", headers)
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s: %.0f req/s\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d; non-2xx: %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
