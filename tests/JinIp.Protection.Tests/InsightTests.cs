using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;
using JinIp.Protection.Customs;
using JinIp.Protection.Data;
using JinIp.Protection.Insight;
using JinIp.Protection.TypicalCases;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace JinIp.Protection.Tests;

public sealed class InsightTests(InsightFixture f) : IClassFixture<InsightFixture>
{
    private static DateTime Beijing(int y, int m, int d, int h = 10) => new DateTime(y, m, d, h, 0, 0, DateTimeKind.Utc).AddHours(-8);

    [Fact]
    public async Task SpikeRule_NeedsCountAboveBaselineTimesFactor_AndTheMinimum()
    {
        // Week looked at: Monday 2026-02-16; baseline: the 4 weeks from 2026-01-19.
        var week = new DateOnly(2026, 2, 16);
        for (var w = 1; w <= 4; w++)
        {
            var day = week.AddDays(-7 * w);
            for (var i = 0; i < 2; i++)
            {
                await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(day.Year, day.Month, day.Day), category: "rule-a");
            }

            for (var i = 0; i < 3; i++)
            {
                await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(day.Year, day.Month, day.Day), category: "rule-c");
            }
        }

        for (var i = 0; i < 5; i++)
        {
            await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(2026, 2, 18), category: "rule-a"); // 5 > 2 × 2, and ≥ 5
        }

        for (var i = 0; i < 3; i++)
        {
            await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(2026, 2, 19), category: "rule-b"); // from 0 to 3: under the minimum
        }

        for (var i = 0; i < 6; i++)
        {
            await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(2026, 2, 20), category: "rule-c"); // 6 = 2 × 3: not above
        }

        await using var scope = f.Scope();
        var spikes = (await InsightFixture.Get<CaseInsight>(scope).FindSpikesAsync(week)).Where(s => s.Dimension == CaseInsight.ProductCategoryDimension).ToList();
        var spike = Assert.Single(spikes, s => s.Category.StartsWith("rule-", StringComparison.Ordinal));
        Assert.Equal("rule-a", spike.Category);
        Assert.Equal(5, spike.Count);
        Assert.Equal(2.0, spike.Baseline);
    }

    [Fact]
    public async Task SpikeAlert_TellsTheOfficeOnce_PerWeekAndCategory()
    {
        // The fake clock is Monday 2026-03-02: the current week starts that day.
        for (var i = 0; i < 6; i++)
        {
            await f.AddCaseAsync(f.Court.OrganizationId!.Value, f.Clock.GetUtcNow().UtcDateTime.AddMinutes(-i), category: "once-d");
        }

        IReadOnlyList<Spike> first, second;
        await using (var scope = f.Scope())
        {
            first = await InsightFixture.Get<CaseInsight>(scope).CheckAndAlertAsync();
        }

        await using (var scope = f.Scope())
        {
            second = await InsightFixture.Get<CaseInsight>(scope).CheckAndAlertAsync();
        }

        Assert.Single(first, s => s.Category == "once-d");
        Assert.DoesNotContain(second, s => s.Category == "once-d");
        await using var check = f.Scope();
        var notes = await InsightFixture.Get<PlatformDbContext>(check).Notifications.Where(n => n.UserId == f.OfficeUserId && n.Kind == "protection.spike").ToListAsync();
        Assert.Single(notes, n => n.TitleZh.Contains("once-d", StringComparison.Ordinal));
        Assert.Equal(1, await InsightFixture.Get<ProtectionDbContext>(check).SpikeAlerts.CountAsync(a => a.Category == "once-d"));
    }

    [Fact]
    public async Task CustomsSeizures_AreSeenByCustomsAndTheOffice_NotByOtherUnits()
    {
        await using var scope = f.Scope();
        var registry = InsightFixture.Get<CustomsRegistry>(scope);
        var filed = await registry.CreateAsync(f.Office, new RecordationInput("T2026-99002", RightType.Trademark, "第2号", "海河牌", "天津海河某公司", new DateOnly(2026, 2, 2)));
        var approved = await registry.DecideAsync(f.Office, filed.Id, new DecisionInput(filed.Version, true, new DateOnly(2026, 2, 20), null));
        var seizure = await registry.AddSeizureAsync(f.Customs, filed.Id, new SeizureInput(new DateOnly(2026, 3, 1), "天津新港海关", "运动鞋", 300, 45_000m, "某某进出口有限公司", null, null));
        Assert.Equal(SeizureOutcome.Pending, seizure.Outcome);
        await Assert.ThrowsAsync<ForbiddenException>(() => registry.AddSeizureAsync(f.Court, filed.Id, new SeizureInput(new DateOnly(2026, 3, 1), "港", "货", 1, 1m, "某", null, null)));
        Assert.Contains(await registry.SeizuresAsync(f.Customs, filed.Id), s => s.Id == seizure.Id);
        Assert.Contains(await registry.SeizuresAsync(f.Office, filed.Id), s => s.Id == seizure.Id);
        Assert.Empty(await registry.SeizuresAsync(f.Court, filed.Id));
        Assert.Equal(approved.Id, (await registry.GetAsync(f.Court, filed.Id)).Recordation.Id);
    }

    [Fact]
    public async Task Hotspots_AndRepeatInfringers_CountTheActorsOwnCases()
    {
        var unit = f.Police.OrganizationId!.Value;
        await f.AddCaseAsync(unit, Beijing(2025, 5, 3), RightType.Trademark, "hot-food", "天津市甲乙贸易有限公司", "120104", "津货优选");
        await f.AddCaseAsync(unit, Beijing(2025, 5, 20), RightType.Trademark, "hot-food", "甲乙贸易公司", "120104", "津货优选");
        await f.AddCaseAsync(unit, Beijing(2025, 6, 1), RightType.Patent, "hot-machine", "丙丁机械厂", "120116", null);

        await using var scope = f.Scope();
        var insight = InsightFixture.Get<CaseInsight>(scope);
        var hot = await insight.HotspotsAsync(f.Police, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(3, hot.Total);
        Assert.Equal(2, hot.ByRightType.Single(r => r.Key == nameof(RightType.Trademark)).Count);
        Assert.Equal(2, hot.ByProductCategory.Single(r => r.Key == "hot-food").Count);
        Assert.Equal(2, hot.ByDistrict.Single(r => r.Key == "120104").Count);
        Assert.Equal(2, hot.ByPlatform.Single(r => r.Key == "津货优选").Count);
        Assert.Equal([("2025-05", 2), ("2025-06", 1)], hot.ByMonth.Select(r => (r.Key, r.Count)).ToArray());

        var repeat = Assert.Single(await insight.RepeatInfringersAsync(f.Police));
        Assert.Equal(2, repeat.Cases);
        Assert.Equal(["天津市甲乙贸易有限公司", "甲乙贸易公司"], repeat.Names);
        Assert.Equal(0, (await insight.HotspotsAsync(f.Customs, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))).Total);
    }

    [Fact]
    public async Task AnnualStatistics_TotalsFinesAndDamages_AndExportsChineseHeaders()
    {
        var unit = f.Customs.OrganizationId!.Value;
        await f.AddCaseAsync(unit, Beijing(2024, 3, 1), change: c => { c.State = "closed"; c.ClosedAt = Beijing(2024, 4, 1); c.Fine = 10_000m; c.PunitiveDamages = 2_500.5m; c.MediationAgreement = "双方达成调解协议"; });
        await f.AddCaseAsync(unit, Beijing(2024, 5, 1), change: c => { c.State = "closed"; c.ClosedAt = Beijing(2024, 6, 1); c.Fine = 20_000m; });
        await f.AddCaseAsync(unit, Beijing(2024, 12, 30));
        await f.AddCaseAsync(unit, Beijing(2023, 12, 30), change: c => { c.State = "closed"; c.ClosedAt = Beijing(2024, 1, 10); c.Fine = 1_000m; });

        await using var scope = f.Scope();
        var statistics = InsightFixture.Get<AnnualStatistics>(scope);
        var figures = await statistics.ComputeAsync(f.Customs, 2024, null);
        var mine = Assert.Single(figures.Units);
        Assert.Equal("天津海关", mine.Unit);
        Assert.Equal(3, mine.Opened);
        Assert.Equal(3, mine.Closed);
        Assert.Equal(31_000m, mine.Fines);
        Assert.Equal(2_500.5m, mine.PunitiveDamages);
        Assert.Equal(1, mine.Mediated);
        Assert.Empty((await statistics.ComputeAsync(f.Court, 2024, null)).Units);

        var bytes = AnnualStatistics.ToExcel(figures, chinese: true);
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: "按单位").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["年度", "办案单位", "立案数", "结案数", "罚款合计（元）", "惩罚性赔偿合计（元）", "移送公安数", "调解成功数", "调解不成数"], rows[0].Keys.ToArray());
        var total = rows.Single(r => (string)r["办案单位"] == "合计");
        Assert.Equal(31_000m, Convert.ToDecimal(total["罚款合计（元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, Convert.ToInt32(total["立案数"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Masker_MasksPersonsIdNumbersAndPhones_KeepsCompanies()
    {
        var text = "张三（身份证号120104198001011234，电话13812345678、022-23456789）与欧阳明、天津某某贸易有限公司侵权纠纷，张三丰未参与。";
        var masked = PersonalDataMasker.Mask(text, ["张三", "欧阳明", "张三丰"]);
        Assert.Equal("张某（身份证号120104********1234，电话138****5678、022-********）与欧阳某、天津某某贸易有限公司侵权纠纷，张某未参与。", masked);
        Assert.Equal("某", PersonalDataMasker.MaskName(" "));
    }

    [Fact]
    public async Task TypicalCase_PublishedMasked_OfficeOnly_AndCanBeWithdrawn()
    {
        var source = await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(2025, 9, 1), infringer: "李四", change: c =>
        {
            c.State = "closed";
            c.ClosedAt = Beijing(2025, 11, 1);
            c.Parties.Add(new CaseParty { Id = Guid.NewGuid(), Role = PartyRole.Respondent, Kind = PartyKind.Person, Name = "李四" });
            c.Parties.Add(new CaseParty { Id = Guid.NewGuid(), Role = PartyRole.RightHolder, Kind = PartyKind.Organization, Name = "天津狗不理食品有限公司" });
        });
        var open = await f.AddCaseAsync(f.Court.OrganizationId!.Value, Beijing(2025, 9, 2));

        await using var scope = f.Scope();
        var service = InsightFixture.Get<TypicalCaseService>(scope);
        await Assert.ThrowsAsync<ValidationException>(() => service.CreateAsync(f.Court, new TypicalCaseInput(open.Id, "标题", "摘要", null, null)));
        await Assert.ThrowsAsync<ValidationException>(() => service.CreateAsync(f.Police, new TypicalCaseInput(source.Id, "标题", "摘要", null, null)));
        var draft = await service.CreateAsync(f.Court, new TypicalCaseInput(source.Id, "李四销售假冒“狗不理”商品案", "李四（电话13912345678）在网店销售假冒天津狗不理食品有限公司商标的商品。", null, null));
        Assert.DoesNotContain(await service.PublishedAsync(), p => p.Id == draft.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.PublishAsync(f.Court, draft.Id, draft.Version));

        await service.PublishAsync(f.Office, draft.Id, draft.Version);
        var published = Assert.Single(await service.PublishedAsync(), p => p.Id == draft.Id);
        Assert.Equal("李某销售假冒“狗不理”商品案", published.Title);
        Assert.Equal("李某（电话139****5678）在网店销售假冒天津狗不理食品有限公司商标的商品。", published.Summary);
        Assert.Contains("被请求人/当事人：李某", published.Parties);
        Assert.Contains("权利人/请求人：天津狗不理食品有限公司", published.Parties);

        var current = await service.GetAsync(f.Office, draft.Id);
        await service.UnpublishAsync(f.Office, draft.Id, current.Version);
        Assert.Null(await service.PublishedAsync(draft.Id));
    }
}

/// <summary>Moves the clock ten years on, so it has its own fixture.</summary>
public sealed class CustomsValidityTests(InsightFixture f) : IClassFixture<InsightFixture>
{
    [Fact]
    public async Task CustomsRecordation_DecisionDueIn30WorkingDays_Valid10Years_RenewedInTheLastSixMonths()
    {
        await using var scope = f.Scope();
        var registry = InsightFixture.Get<CustomsRegistry>(scope);
        var calendar = InsightFixture.Get<WorkingCalendar>(scope);
        await Assert.ThrowsAsync<ForbiddenException>(() => registry.CreateAsync(f.Court, new RecordationInput("T2026-99001", RightType.Trademark, "第1号", "测试", "某公司", new DateOnly(2026, 3, 2))));

        var filed = await registry.CreateAsync(f.Customs, new RecordationInput("T2026-99001", RightType.Trademark, "第7654321号", "津门老字号", "天津某食品有限公司", new DateOnly(2026, 3, 2)));
        Assert.Equal(calendar.AddWorkingDays(new DateOnly(2026, 3, 2), 30), filed.DecisionDueOn);
        Assert.True(filed.DecisionDueOn >= new DateOnly(2026, 4, 13), "30 working days are at least six calendar weeks");
        Assert.Equal(RecordationStatus.Pending, filed.Status);

        var approved = await registry.DecideAsync(f.Customs, filed.Id, new DecisionInput(filed.Version, true, new DateOnly(2026, 3, 2), null));
        Assert.Equal(new DateOnly(2026, 3, 2), approved.ValidFrom);
        Assert.Equal(new DateOnly(2036, 3, 1), approved.ValidUntil);
        await Assert.ThrowsAsync<ConflictException>(() => registry.RenewAsync(f.Customs, filed.Id, new RenewalInput(approved.Version, new DateOnly(2026, 3, 2))));

        f.Clock.SetUtcNow(new DateTimeOffset(2035, 10, 1, 1, 0, 0, TimeSpan.Zero));
        await using var later = f.Scope();
        var laterRegistry = InsightFixture.Get<CustomsRegistry>(later);
        Assert.Equal(RecordationStatus.ExpiringSoon, (await laterRegistry.GetAsync(f.Court, filed.Id)).Recordation.Status);
        var renewed = await laterRegistry.RenewAsync(f.Customs, filed.Id, new RenewalInput(approved.Version, null));
        Assert.Equal(new DateOnly(2046, 3, 1), renewed.ValidUntil);
        Assert.Equal(RecordationStatus.Valid, renewed.Status);
        var view = await laterRegistry.GetAsync(f.Office, filed.Id);
        var renewal = Assert.Single(view.Renewals);
        Assert.Equal(new DateOnly(2036, 3, 1), renewal.PreviousValidUntil);
        Assert.Equal(new DateOnly(2036, 3, 2), renewal.NewValidFrom);
    }
}
