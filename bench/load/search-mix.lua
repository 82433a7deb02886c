-- A search mix for wrk against /api/v1/patents/search: single terms, AND, phrases, field + date, IPC prefix.
-- Queries rotate per request; percentiles, errors and non-2xx counts are printed at the end.
local queries = {
  "TX=电池", "TX=传感器", "TX=控制器", "TX=装置", "TX=涂层", "TX=催化剂",
  "TI=电池 AND TX=正极", "TX=传感器 AND TX=无线", "TI=装置 AND TX=电机",
  "TX=\"电解液\"", "TX=\"温度传感器\"", "TX=\"控制方法\"",
  "TX=电池 AND AD>=2019-01-01", "TI=装置 AND AD=[2015-01-01 TO 2020-12-31]", "PA=天津大学 AND AD>=2018-01-01",
  "IC=H01M*", "IC=G06F*", "IC=B60L*", "IC=H02J*",
}
local counter = 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/api/v1/patents/search?size=20&q=" .. urlencode(q))
end

local non2xx = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.0f req/s\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
