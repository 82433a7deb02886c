using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JinIp.Platform.Calendar;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Protection.Data;
using JinIp.Protection.Intake;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Cases;

/// <summary>
/// Demo cases for a first start: realistic types, districts, platforms, campaigns and months (the last 14),
/// some repeat infringers, and a few complaints waiting in the queue. Deterministic and idempotent: it adds
/// nothing once demo cases exist.
/// </summary>
public sealed class ProtectionDemoData
{
    private const string DemoMarker = "（示例）";

    private static readonly (CaseType Type, RightType Right, string Category, string Title, string? Platform)[] Templates =
    [
        (CaseType.PatentInfringementDispute, RightType.Patent, "智能装备", "请求处理“一种智能仓储机器人”发明专利侵权纠纷", null),
        (CaseType.PatentInfringementDispute, RightType.Patent, "医疗器械", "请求处理“一次性输液器”实用新型专利侵权纠纷", null),
        (CaseType.PatentInfringementDispute, RightType.Patent, "家用电器", "请求处理“空气净化器外壳”外观设计专利侵权纠纷", "京东"),
        (CaseType.CounterfeitPatentMarking, RightType.Patent, "日用品", "在产品包装上标注失效专利号", "淘宝"),
        (CaseType.CounterfeitPatentMarking, RightType.Patent, "电子产品", "宣传材料中假冒他人专利号", "拼多多"),
        (CaseType.TrademarkInfringement, RightType.Trademark, "服装鞋帽", "销售侵犯注册商标专用权的运动鞋", null),
        (CaseType.TrademarkInfringement, RightType.Trademark, "食品", "销售假冒“桂发祥”商标的麻花", "抖音"),
        (CaseType.TrademarkInfringement, RightType.Trademark, "汽车配件", "销售假冒注册商标的机油滤清器", "淘宝"),
        (CaseType.CopyrightPiracy, RightType.Copyright, "出版物", "销售盗版教辅图书", "拼多多"),
        (CaseType.CopyrightPiracy, RightType.Copyright, "网络视听", "未经许可在网站传播影视作品", "快手"),
        (CaseType.GeographicIndicationMisuse, RightType.GeographicIndication, "农产品", "擅自使用“小站稻”地理标志", "淘宝"),
        (CaseType.GeographicIndicationMisuse, RightType.GeographicIndication, "农产品", "擅自使用“沙窝萝卜”地理标志", null),
        (CaseType.PlantVarietyInfringement, RightType.PlantVariety, "种子", "销售授权品种的繁殖材料未使用注册名称", null),
        (CaseType.CustomsSeizure, RightType.Trademark, "箱包", "出口货物涉嫌侵犯注册商标专用权被扣留", null),
        (CaseType.OnlineTakedown, RightType.Copyright, "网络视听", "短视频平台侵权链接下架", "抖音"),
        (CaseType.OnlineTakedown, RightType.Trademark, "化妆品", "电商平台侵权商品链接下架", "淘宝"),
    ];

    private static readonly string[] Infringers =
    [
        "天津市恒达商贸有限公司", "天津鑫源电子科技有限公司", "天津市和平区小李服装店", "天津宏图文化传播有限公司", "天津市北辰区顺发五金经营部",
        "天津市瑞丰食品有限公司", "天津佳和医疗用品有限公司", "天津市华夏种业有限公司", "天津海纳国际贸易有限公司", "天津市红桥区新华书店批发部",
    ];

    private static readonly string[] RightHolders =
    [
        "天津津滨智能科技有限公司", "天津市桂发祥十八街麻花食品股份有限公司", "天津西青新材料有限公司", "天津出版传媒集团有限公司", "天津市农业科学院",
    ];

    private readonly ProtectionDbContext _db;
    private readonly ProtectionDirectory _directory;
    private readonly CaseRules _rules;
    private readonly CaseWorkflows _workflows;
    private readonly WorkingCalendar _calendar;
    private readonly TimeProvider _clock;

    internal ProtectionDemoData(ProtectionDbContext db, ProtectionDirectory directory, CaseRules rules, CaseWorkflows workflows, WorkingCalendar calendar, TimeProvider clock)
    {
        _db = db;
        _directory = directory;
        _rules = rules;
        _workflows = workflows;
        _calendar = calendar;
        _clock = clock;
    }

    /// <summary>Adds <paramref name="count"/> demo cases and a few complaints unless demo cases exist. Returns the cases added.</summary>
    public async Task<int> EnsureAsync(int count, CancellationToken ct = default)
    {
        if (count <= 0 || await _db.Cases.AnyAsync(c => c.Title.EndsWith(DemoMarker), ct))
        {
            return 0;
        }

        var units = await _directory.HandlingUnitsAsync(ct);
        var office = units.FirstOrDefault(u => u.Name == "天津市知识产权局");
        if (office is null)
        {
            return 0;
        }

        UnitView? Unit(string name) => units.FirstOrDefault(u => u.Name == name);
        var random = new Random(20260701);
        var now = _clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, WorkflowEngine.ChinaTime));
        var year = today.Year;
        var serial = await _db.Cases.CountAsync(c => c.CaseNumber.StartsWith($"津知保〔{year}〕"), ct);
        var olderSerial = await _db.Cases.CountAsync(c => c.CaseNumber.StartsWith($"津知保〔{year - 1}〕"), ct);
        for (var i = 0; i < count; i++)
        {
            var template = Templates[i % Templates.Length];
            var district = TianjinDistricts.All[random.Next(TianjinDistricts.All.Count)];
            // Repeat infringers: the first three names come back often.
            var infringer = Infringers[random.Next(4) == 0 ? random.Next(3) : random.Next(Infringers.Length)];
            var handling = template.Type switch
            {
                CaseType.CopyrightPiracy => Unit("天津市版权局"),
                CaseType.PlantVarietyInfringement => Unit("天津市农业农村委员会"),
                CaseType.CustomsSeizure => Unit("天津海关"),
                _ => random.Next(3) == 0 ? office : Unit($"天津市{district.Name}知识产权局"),
            } ?? office;
            var opened = now.AddDays(-random.Next(5, 420)).AddHours(-random.Next(0, 8));
            var openedDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(opened, WorkflowEngine.ChinaTime));
            var ageDays = (now - opened).TotalDays;
            var state = ageDays > 120 ? CaseStates.Closed
                : ageDays > 60 ? (random.Next(2) == 0 ? CaseStates.Decided : CaseStates.Closed)
                : _workflows.For(template.Type).States[random.Next(_workflows.For(template.Type).States.Count - 1)];
            var volume = Math.Round((decimal)(random.NextDouble() * random.Next(1, 4) * 120_000), 0);
            var gains = Math.Round(volume * (decimal)(0.2 + (random.NextDouble() * 0.4)), 0);
            var source = random.Next(5) switch
            {
                0 => CaseSource.Campaign,
                1 or 2 => CaseSource.Complaint,
                3 => CaseSource.ExOfficio,
                _ => CaseSource.Transfer,
            };
            var parties = 2 + (random.Next(6) == 0 ? 1 : 0);
            var technical = template.Type == CaseType.PatentInfringementDispute ? random.Next(4) : 0;
            var triage = _rules.Classify(volume, parties, technical);
            var decided = state is CaseStates.Decided or CaseStates.Closed;
            var number = opened.Year == year ? ++serial : ++olderSerial;
            var rightNumber = template.Right switch
            {
                RightType.Patent => string.Create(CultureInfo.InvariantCulture, $"ZL20{random.Next(18, 25)}{(template.Title.Contains("外观", StringComparison.Ordinal) ? 3 : template.Title.Contains("实用新型", StringComparison.Ordinal) ? 2 : 1)}{random.Next(1_000_000, 9_999_999)}.{random.Next(10)}"),
                RightType.Trademark => string.Create(CultureInfo.InvariantCulture, $"第{random.Next(1_000_000, 60_000_000)}号"),
                RightType.PlantVariety => string.Create(CultureInfo.InvariantCulture, $"CNA20{random.Next(15, 25)}{random.Next(1000, 9999)}.{random.Next(10)}"),
                _ => null,
            };
            var subject = new ProtectionCase
            {
                Id = Guid.NewGuid(),
                CaseNumber = string.Create(CultureInfo.InvariantCulture, $"津知保〔{opened.Year}〕{number:D4}号"),
                CaseType = template.Type,
                Source = source,
                CampaignName = source == CaseSource.Campaign ? (template.Right == RightType.Copyright ? $"剑网{opened.Year}" : $"秋风{opened.Year}") : null,
                Title = template.Title + DemoMarker,
                Summary = $"{infringer}涉嫌{ProtectionNames.Of(template.Type).Zh}。",
                RightType = template.Right,
                RightNumber = rightNumber,
                RightNumberKey = Matching.RightNumberKey(rightNumber),
                ProductCategory = template.Category,
                InfringerName = infringer,
                InfringerKey = Matching.InfringerKey(infringer),
                DistrictCode = district.Code,
                PlatformName = template.Platform,
                HandlingOrganizationId = handling.Id,
                State = state,
                Version = 1,
                DueDate = decided ? null : _calendar.AddWorkingDays(openedDay, _rules.WorkingDaysFor(template.Type, triage.Complexity)),
                OpenedAt = opened,
                ClosedAt = state == CaseStates.Closed ? opened.AddDays(random.Next(20, 85)) : null,
                IllegalBusinessVolume = template.Type == CaseType.PatentInfringementDispute ? null : volume,
                IllegalGains = template.Type == CaseType.PatentInfringementDispute ? null : gains,
                Fine = decided && template.Type != CaseType.PatentInfringementDispute ? Math.Round(volume * 0.5m, 0) : null,
                TechnicalComplexity = technical,
                Complexity = triage.Complexity,
                TriageReason = triage.ReasonZh,
                DecisionText = decided ? (template.Type == CaseType.PatentInfringementDispute ? "认定侵权成立，责令被请求人立即停止侵权行为。" : "责令停止违法行为，没收侵权商品，并处罚款。") : null,
                Outcome = decided ? (template.Type == CaseType.PatentInfringementDispute ? "行政裁决" : "行政处罚") : null,
                CreatedByUserId = Guid.Empty,
                Parties =
                [
                    new CaseParty { Id = Guid.NewGuid(), Role = PartyRole.Respondent, Kind = PartyKind.Organization, Name = infringer },
                    new CaseParty { Id = Guid.NewGuid(), Role = PartyRole.RightHolder, Kind = PartyKind.Organization, Name = RightHolders[random.Next(RightHolders.Length)] },
                    .. parties > 2 ? [new CaseParty { Id = Guid.NewGuid(), Role = PartyRole.ThirdParty, Kind = PartyKind.Organization, Name = Infringers[random.Next(Infringers.Length)] }] : Array.Empty<CaseParty>(),
                ],
                Rights = rightNumber is null ? [] : [new CaseRight { Id = Guid.NewGuid(), RightType = template.Right, Number = rightNumber, NumberKey = Matching.RightNumberKey(rightNumber) }],
            };
            _db.Cases.Add(subject);
            _db.WorkflowHistory.Add(new WorkflowHistoryEntry
            {
                Workflow = _workflows.For(template.Type).Name,
                SubjectId = subject.Id,
                Transition = "create",
                FromState = "",
                ToState = state,
                ActorName = "demo",
                At = opened,
                Comment = "示例数据",
            });
        }

        for (var i = 0; i < 6; i++)
        {
            var template = Templates[(i * 5) % Templates.Length];
            var district = TianjinDistricts.All[random.Next(TianjinDistricts.All.Count)];
            var infringer = Infringers[random.Next(Infringers.Length)];
            var submitted = now.AddDays(-random.Next(0, 20)).AddMinutes(-random.Next(600));
            var receipt = string.Create(CultureInfo.InvariantCulture, $"TS{TimeZoneInfo.ConvertTimeFromUtc(submitted, WorkflowEngine.ChinaTime):yyyyMMdd}-DEMO{i:D2}");
            _db.Complaints.Add(new Complaint
            {
                Id = Guid.NewGuid(),
                ReceiptNumber = receipt,
                // A demo complaint's access code is unknown to everyone: a random hash.
                AccessCodeHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("N")))),
                RightType = template.Right,
                ProductCategory = template.Category,
                InfringerName = infringer,
                InfringerKey = Matching.InfringerKey(infringer),
                DistrictCode = district.Code,
                PlatformName = template.Platform,
                Description = $"发现{infringer}{template.Title.Replace("请求处理", "", StringComparison.Ordinal)}，请依法查处。{DemoMarker}",
                Anonymous = i % 2 == 0,
                ContactName = i % 2 == 0 ? null : "王先生",
                ContactPhone = i % 2 == 0 ? null : "022-2345678" + i.ToString(CultureInfo.InvariantCulture),
                SubmittedAt = submitted,
                Status = ComplaintStatus.Received,
                StatusChangedAt = submitted,
                Version = 1,
            });
        }

        await _db.SaveChangesAsync(ct);
        return count;
    }
}
