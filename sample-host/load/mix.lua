-- KoproGo sample host load mix: 70% reads, 30% writes over the demo data, authenticated.
-- SPDX-License-Identifier: AGPL-3.0-or-later
local token = os.getenv("KOPROGO_TOKEN")
local reads = {
  "/api/v1/buildings/residence-tilleuls/lots",
  "/api/v1/expenses/heating-2026-q1",
  "/api/v1/assemblies/ga-2026",
}
local counter = 0
local write_body = '{"label":"Load test","amount":"123.45","bookedOn":"2026-05-01"}'

request = function()
  counter = counter + 1
  local slot = counter % 10
  local headers = { ["Authorization"] = "Bearer " .. token }
  if slot < 3 then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/buildings/residence-tilleuls/expenses", headers, write_body)
  end
  return wrk.format("GET", reads[(slot % 3) + 1], headers)
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s: %.0f req/s\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d; non-2xx: %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
