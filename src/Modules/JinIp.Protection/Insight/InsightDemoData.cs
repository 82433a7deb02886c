using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Customs;
using JinIp.Protection.Data;
using JinIp.Protection.Platforms;
using JinIp.Protection.TypicalCases;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Insight;

/// <summary>Demo records for customs and platform supervision, seeded once at start-up of the embedded default.</summary>
public sealed class InsightDemoData
{
    private readonly ProtectionDbContext _db;
    private readonly PlatformDbContext _platform;
    private readonly TimeProvider _clock;
    private readonly WorkingCalendar _calendar;

    internal InsightDemoData(ProtectionDbContext db, PlatformDbContext platform, TimeProvider clock, WorkingCalendar calendar)
    {
        _db = db;
        _platform = platform;
        _clock = clock;
        _calendar = calendar;
    }

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (await _db.CustomsRecordations.AnyAsync(ct) || await _db.SupervisedPlatforms.AnyAsync(ct))
        {
            return;
        }

        var customs = await _platform.Organizations.Where(o => o.Name == "天津海关").Select(o => o.Id).FirstOrDefaultAsync(ct);
        var office = await _platform.Organizations.Where(o => o.Name == "天津市知识产权局").Select(o => o.Id).FirstOrDefaultAsync(ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);
        var now = _clock.GetUtcNow().UtcDateTime;
        (string Number, RightType Type, string Right, string Title, string Holder, int FiledDaysAgo, bool Decided)[] rows =
        [
            ("T2016-51234", RightType.Trademark, "第1234567号", "狗不理", "狗不理集团股份有限公司", 3600, true),
            ("T2017-48210", RightType.Trademark, "第2345678号", "桂发祥十八街", "天津桂发祥十八街麻花食品股份有限公司", 3300, true),
            ("P2019-00871", RightType.Patent, "ZL201710117081.7", "一种锂离子电池正极材料", "天津力神电池股份有限公司", 2200, true),
            ("T2021-10562", RightType.Trademark, "第3456789号", "海鸥 SEAGULL", "天津海鸥表业集团有限公司", 1500, true),
            ("C2023-00214", RightType.Copyright, "津作登字-2022-F-00001234", "泥人张彩塑形象", "天津泥人张彩塑工作室", 900, true),
            ("T2026-00031", RightType.Trademark, "第5678901号", "耳朵眼", "天津市耳朵眼炸糕有限公司", 12, false),
        ];
        foreach (var r in rows)
        {
            var filed = today.AddDays(-r.FiledDaysAgo);
            var due = _calendar.AddWorkingDays(filed, CustomsRegistry.DecisionWorkingDays);
            var decided = r.Decided ? due.AddDays(-7) : (DateOnly?)null;
            var recordation = new CustomsRecordation
            {
                Id = Guid.NewGuid(), RecordationNumber = r.Number, RightType = r.Type, RightNumber = r.Right, RightTitle = r.Title, HolderName = r.Holder,
                FiledOn = filed, DecisionDueOn = due, Decision = r.Decided ? RecordationDecision.Approved : RecordationDecision.Pending,
                DecidedOn = decided, ValidFrom = decided, ValidUntil = decided is { } d ? CustomsRegistry.ValidityEnd(d) : null,
                OwnerOrganizationId = customs, CreatedAt = now,
            };
            _db.CustomsRecordations.Add(recordation);
            if (r.Decided && r.Type == RightType.Trademark)
            {
                _db.CustomsSeizures.Add(new CustomsSeizure
                {
                    Id = Guid.NewGuid(), RecordationId = recordation.Id, SeizedOn = today.AddDays(-40), Port = "天津新港海关", Goods = $"标有“{r.Title}”商标的商品",
                    Quantity = 1200, DeclaredValue = 36_000m, Consignor = "天津某某国际贸易有限公司", Outcome = SeizureOutcome.Confiscated,
                    OwnerOrganizationId = customs, CreatedAt = now,
                });
            }
        }

        (string Name, string Operator, string Url, string Code, string District)[] platforms =
        [
            ("津货优选", "天津津货优选电子商务有限公司", "https://www.jinhuoyouxuan.example.cn", "91120116MA05T0001B", "120116"),
            ("海河云集", "天津海河云集网络科技有限公司", "https://www.haiheyunji.example.cn", "91120104MA05T0002Y", "120104"),
        ];
        foreach (var p in platforms)
        {
            var platform = new SupervisedPlatform
            {
                Id = Guid.NewGuid(), Name = p.Name, Operator = p.Operator, Url = p.Url, CreditCode = Fix(p.Code), DistrictCode = p.District,
                OwnerOrganizationId = office, CreatedAt = now,
            };
            _db.SupervisedPlatforms.Add(platform);
            var sent = today.AddDays(-20);
            _db.PlatformNotices.Add(new PlatformNotice
            {
                Id = Guid.NewGuid(), PlatformId = platform.Id, SentOn = sent, Subject = "“剑网”专项行动平台自查", RequiredAction = "排查平台内假冒“狗不理”“桂发祥”商标商品并下架，报送处理情况。",
                DueWorkingDays = 10, DueOn = _calendar.AddWorkingDays(sent, 10), SentBy = "市局业务员",
            });
            for (var i = 0; i < 4; i++)
            {
                var requested = now.AddDays(-15 + i).AddHours(-3);
                _db.PlatformTakedowns.Add(new PlatformTakedown
                {
                    Id = Guid.NewGuid(), PlatformId = platform.Id, Link = $"{p.Url}/item/{1000 + i}", RightType = RightType.Trademark, RightNumber = "第1234567号",
                    RequestedAt = requested, RemovedAt = i < 3 ? requested.AddHours(6 + (i * 10)) : null, RequestedBy = "市局业务员",
                });
            }
        }

        await _db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the check character so the demo codes are valid.</summary>
    private static string Fix(string code)
    {
        for (var c = 0; c < 31; c++)
        {
            var candidate = code[..17] + "0123456789ABCDEFGHJKLMNPQRTUWXY"[c];
            if (CreditCodes.IsValid(candidate))
            {
                return candidate;
            }
        }

        return code;
    }

    /// <summary>
    /// One published demo typical case, written up from a closed demo case (run after the cases are seeded). The
    /// respondent's shop operator, a natural person, is added as a third party so the masked public copy shows how
    /// personal names, mobile numbers and ID numbers are hidden.
    /// </summary>
    public async Task EnsureTypicalCasesAsync(CancellationToken ct = default)
    {
        if (await _db.TypicalCases.AnyAsync(ct))
        {
            return;
        }

        var source = await _db.Cases.Where(c => c.State == TypicalCaseService.ClosedState && c.Title.EndsWith("（示例）"))
            .OrderBy(c => c.CaseNumber).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            return;
        }

        const string person = "王建国";
        _db.CaseParties.Add(new CaseParty { Id = Guid.NewGuid(), CaseId = source.Id, Role = PartyRole.ThirdParty, Kind = PartyKind.Person, Name = person });
        var now = _clock.GetUtcNow().UtcDateTime;
        var typical = new TypicalCase
        {
            Id = Guid.NewGuid(),
            CaseId = source.Id,
            CaseNumber = source.CaseNumber,
            CaseType = source.CaseType,
            RightType = source.RightType,
            DistrictCode = source.DistrictCode,
            HandlingOrganizationId = source.HandlingOrganizationId,
            Title = $"{source.InfringerName}{InsightNames.CaseTypeZh(source.CaseType)}案",
            Summary = $"执法人员根据举报线索，查明{source.InfringerName}经营者{person}（身份证号120101198003151234，手机13812345678）销售侵权商品。{source.DecisionText ?? "依法作出处理。"}",
            Significance = "本案通过线上线下协同查处，体现了对侵权源头和销售渠道的全链条打击。",
            CreatedAt = now,
            CreatedBy = "demo",
            Published = true,
            PublishedAt = now,
            Version = 1,
        };
        _db.TypicalCases.Add(typical);
        await _db.SaveChangesAsync(ct);
        await TypicalCaseService.MaskAsync(_db, typical, ct);
        await _db.SaveChangesAsync(ct);
    }
}
