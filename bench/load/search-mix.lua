-- A search mix for wrk against /api/v1/patents/search: single terms, AND, phrases, field + date, IPC prefix.
-- Popular queries rotate per request; percentiles, errors and non-2xx counts are printed at the end.
local queries = {
  "TX=电池", "TX=传感器", "TX=控制器", "TX=装置", "TX=涂层", "TX=催化剂",
  "TI=电池 AND TX=正极", "TX=传感器 AND TX=无线", "TI=装置 AND TX=电机",
  "TX=\"电解液\"", "TX=\"温度传感器\"", "TX=\"控制方法\"",
  "TX=电池 AND AD>=2019-01-01", "TI=装置 AND AD=[2015-01-01 TO 2020-12-31]", "PA=天津大学 AND AD>=2018-01-01",
  "IC=H01M*", "IC=G06F*", "IC=B60L*", "IC=H02J*",
}
-- Besides the popular queries above, a long tail: two words from the vocabulary, a filing-year range and a page,
-- drawn at random so they rarely repeat (a results cache cannot serve them). TAIL (0..1, default 0.4) is the
-- share of tail requests; TAIL=1 measures the engine alone.
local words = {
  "电池", "传感器", "控制器", "装置", "涂层", "催化剂", "电机", "正极", "负极", "电解液", "无线", "温度",
  "压力", "阀门", "齿轮", "轴承", "泵", "光纤", "芯片", "电路", "算法", "图像", "识别", "通信", "天线",
  "材料", "合金", "陶瓷", "薄膜", "纤维", "树脂", "混凝土", "钢筋", "焊接", "切割", "机器人", "无人机",
  "车辆", "制动", "轮胎", "发动机", "冷却", "加热", "过滤", "净化", "污水", "检测", "监测", "医疗", "药物",
  "疫苗", "基因", "细胞", "种子", "灌溉", "储能", "光伏", "风电", "氢", "锂",
}
local tail = tonumber(os.getenv("TAIL") or "0.4")
local counter = 0
math.randomseed(os.time())

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  counter = counter + 1
  local q
  local page = 1
  if math.random() < tail then
    local a = words[math.random(#words)]
    local b = words[math.random(#words)]
    local from = 2010 + math.random(0, 12)
    q = string.format("TX=%s AND TX=%s AND AD>=%d-01-01", a, b, from)
    page = math.random(1, 3)
  else
    q = queries[(counter % #queries) + 1]
  end
  return wrk.format("GET", "/api/v1/patents/search?size=20&page=" .. page .. "&q=" .. urlencode(q))
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
