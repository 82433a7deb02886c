using System.Globalization;
using System.Text.Json;
using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Strategy.Data;
using JinIp.Strategy.Plans;
using JinIp.Strategy.Supervision;
using JinIp.Strategy.Units;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Strategy.Assessment;

/// <summary>A computed indicator source the host offers, e.g. valid invention patents per 10,000 people from the patent index.</summary>
public sealed record ComputedSource(string Key, string NameZh, string NameEn, string Unit);

/// <summary>
/// Figures per district computed from JinIP's own data. The strategy module defines it and never reads other modules'
/// tables; the web host implements it over the patent index (and later other modules' facades).
/// </summary>
public interface IDistrictFigures
{
    IReadOnlyList<ComputedSource> Sources { get; }

    /// <summary>Values per district code (1201xx) for <paramref name="sourceKey"/>; districts without data are absent.</summary>
    Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(string sourceKey, int year, CancellationToken cancellationToken);
}

/// <summary>Resident population per district, with its source named (embedded data).</summary>
public sealed record DistrictPopulation(string Source, string SourceEn, string Note, IReadOnlyDictionary<string, decimal> TenThousands)
{
    public static DistrictPopulation Tianjin { get; } = Load();

    private static DistrictPopulation Load()
    {
        using var stream = typeof(DistrictPopulation).Assembly.GetManifestResourceStream("JinIp.Strategy.Assessment.district-population.json")!;
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        return new DistrictPopulation(
            root.GetProperty("source").GetString()!,
            root.GetProperty("sourceEn").GetString()!,
            root.GetProperty("note").GetString()!,
            root.GetProperty("districts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal(), StringComparer.Ordinal));
    }
}

public sealed record IndicatorView(Guid Id, int Year, int Sequence, string Name, string Unit, decimal Weight, IndicatorDirection Direction, decimal Target, string Source, string SourceName);

public sealed record IndicatorInput(Guid? Id, int Year, string Name, string Unit, decimal Weight, IndicatorDirection Direction, decimal Target, string Source);

public sealed record IndicatorScore(Guid IndicatorId, decimal? Value, decimal Achievement, decimal Score);

public sealed record DistrictScore(string DistrictCode, string DistrictName, int Rank, decimal Total, IReadOnlyList<IndicatorScore> Indicators);

public sealed record DistrictRanking(int Year, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<DistrictScore> Districts, string FormulaZh, string FormulaEn);

public sealed record UnitAssessmentRow(Guid ItemId, int ItemNumber, string ItemNumeral, string Headline, UnitRef Unit, bool IsLead, int Percent, decimal? SelfScore, string? SelfComment, decimal? OfficeScore, string? OfficeComment);

/// <summary>
/// Year-end assessment: units score themselves per item and the office scores them; districts are ranked on a
/// configurable indicator system, with values reported by the districts or computed from platform data.
/// </summary>
public sealed class AssessmentService(StrategyDbContext db, SupervisionService supervision, UnitCatalog units, IAuditLog audit, TimeProvider clock, IEnumerable<IDistrictFigures> figureSources)
{
    public const string Reported = "reported";

    /// <summary>Computed inside this module: the average progress of the tasks a district office takes part in.</summary>
    public const string PlanProgress = "plan-task-progress";

    /// <summary>Achievement is capped so that one indicator far above target cannot hide the others.</summary>
    public const decimal AchievementCap = 1.2m;

    public const string FormulaZh = "综合得分 = Σ 权重 × 完成度；正向指标完成度 = min(实际值 ÷ 目标值, 1.2)，逆向指标完成度 = min(目标值 ÷ 实际值, 1.2)；未报送或无数据记 0。按综合得分从高到低排名。";

    public const string FormulaEn = "Score = Σ weight × achievement; achievement = min(value ÷ target, 1.2) where higher is better, min(target ÷ value, 1.2) where lower is better; no value counts 0. Districts are ranked by score, highest first.";

    public IReadOnlyList<ComputedSource> Sources =>
        [new(PlanProgress, "工作要点任务平均进度（本平台督办数据）", "Average progress of the district's plan tasks (this platform)", "%"), .. figureSources.SelectMany(f => f.Sources)];

    public async Task<IReadOnlyList<IndicatorView>> ListIndicatorsAsync(int year, CancellationToken cancellationToken = default) =>
        (await db.Indicators.AsNoTracking().Where(i => i.Year == year).OrderBy(i => i.Sequence).ToListAsync(cancellationToken)).Select(ToView).ToList();

    /// <summary>Adds or changes an indicator (office).</summary>
    public async Task<Guid> SaveIndicatorAsync(IndicatorInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        PlanImportService.RequireOffice(actor);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors.Add(new FieldError("name", "请填写指标名称（最多 200 字）。", "Enter the indicator name (at most 200 characters)."));
        }

        if (string.IsNullOrWhiteSpace(input.Unit) || input.Unit.Length > 40)
        {
            errors.Add(new FieldError("unit", "请填写计量单位（最多 40 字）。", "Enter the unit (at most 40 characters)."));
        }

        if (input.Weight is <= 0 or > 100)
        {
            errors.Add(new FieldError("weight", "权重须大于 0 且不超过 100。", "The weight must be above 0 and at most 100."));
        }

        if (input.Target <= 0)
        {
            errors.Add(new FieldError("target", "目标值须大于 0。", "The target must be above 0."));
        }

        if (input.Source != Reported && Sources.All(s => s.Key != input.Source))
        {
            errors.Add(new FieldError("source", "数据来源无效。", "Unknown data source."));
        }

        if (input.Year is < 2000 or > 2100)
        {
            errors.Add(new FieldError("year", "年度无效。", "Invalid year."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Indicator indicator;
        object? before = null;
        if (input.Id is { } id)
        {
            indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException("指标不存在。", "The indicator does not exist.");
            before = ToView(indicator);
        }
        else
        {
            indicator = new Indicator { Id = Guid.NewGuid(), Year = input.Year, Name = "", Unit = "", Source = Reported, Sequence = await db.Indicators.CountAsync(i => i.Year == input.Year, cancellationToken) + 1 };
            db.Indicators.Add(indicator);
        }

        indicator.Name = input.Name.Trim();
        indicator.Unit = input.Unit.Trim();
        indicator.Weight = input.Weight;
        indicator.Direction = input.Direction;
        indicator.Target = input.Target;
        indicator.Source = input.Source;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.indicator.save", "strategy-indicator", indicator.Id.ToString("D"), before, ToView(indicator)) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return indicator.Id;
    }

    public async Task DeleteIndicatorAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        PlanImportService.RequireOffice(actor);
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException("指标不存在。", "The indicator does not exist.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.IndicatorValues.Where(v => v.IndicatorId == id).ExecuteDeleteAsync(cancellationToken);
        db.Indicators.Remove(indicator);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.indicator.delete", "strategy-indicator", id.ToString("D"), ToView(indicator)) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The default indicator system for a year without one: two computed from the patent index, one from supervision, three reported.</summary>
    public async Task UseDefaultsAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        PlanImportService.RequireOffice(actor);
        if (await db.Indicators.AnyAsync(i => i.Year == year, cancellationToken))
        {
            throw new ConflictException("该年度已有指标体系。", "The year has an indicator system already.");
        }

        var available = Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var defaults = new List<IndicatorInput>();
        void Add(string name, string unit, decimal weight, decimal target, string source)
        {
            if (source == Reported || available.Contains(source))
            {
                defaults.Add(new IndicatorInput(null, year, name, unit, weight, IndicatorDirection.HigherIsBetter, target, source));
            }
        }

        Add("每万人口发明专利拥有量", "件/万人", 25, 31.3m, "valid-invention-patents-per-10k");
        Add("每万人口高价值发明专利拥有量", "件/万人", 20, 12m, "high-value-invention-patents-per-10k");
        Add("工作要点任务平均进度", "%", 15, 100m, PlanProgress);
        Add("专利权质押融资金额", "亿元", 15, 5m, Reported);
        Add("知识产权案件办理数", "件", 15, 100m, Reported);
        Add("作品登记数量", "件", 10, 500m, Reported);
        foreach (var input in defaults)
        {
            await SaveIndicatorAsync(input, actor, cancellationToken);
        }
    }

    /// <summary>A district reports its value for a reported indicator (its own district; the office any).</summary>
    public async Task ReportValueAsync(Guid indicatorId, string districtCode, decimal value, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken) ?? throw new NotFoundException("指标不存在。", "The indicator does not exist.");
        if (!actor.IsOfficeLevel && !(actor.IsInRole(Roles.DistrictOffice) && actor.DistrictCode == districtCode))
        {
            throw new ForbiddenException("区知识产权局只能报送本区数据。", "A district office reports for its own district only.");
        }

        if (indicator.Source != Reported)
        {
            throw new ConflictException("该指标由平台数据自动计算，无需报送。", "This indicator is computed from platform data; nothing to report.");
        }

        if (!DistrictPopulation.Tianjin.TenThousands.ContainsKey(districtCode ?? ""))
        {
            throw new ValidationException("district", "区代码无效。", "Unknown district code.");
        }

        if (value is < 0 or > 1_000_000_000_000m || (note?.Length ?? 0) > 1000)
        {
            throw new ValidationException("value", "数值须为非负数，说明最多 1000 字。", "The value must not be negative; the note at most 1,000 characters.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.IndicatorValues.SingleOrDefaultAsync(v => v.IndicatorId == indicatorId && v.DistrictCode == districtCode, cancellationToken);
        var before = existing is null ? null : new { existing.Value, existing.Note };
        if (existing is null)
        {
            existing = new IndicatorValue { IndicatorId = indicatorId, DistrictCode = districtCode!, ReportedBy = actor.Name };
            db.IndicatorValues.Add(existing);
        }

        existing.Value = value;
        existing.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        existing.ReportedBy = actor.Name;
        existing.ReportedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.indicator.report", "strategy-indicator", indicatorId.ToString("D"), before, new { District = districtCode, Value = value, Note = existing.Note }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Scores and ranking of the 16 districts for a year (see <see cref="FormulaZh"/>).</summary>
    public async Task<DistrictRanking> RankAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        var indicators = await ListIndicatorsAsync(year, cancellationToken);
        var values = new Dictionary<Guid, IReadOnlyDictionary<string, decimal>>();
        foreach (var indicator in indicators)
        {
            values[indicator.Id] = await ValuesAsync(indicator, actor, cancellationToken);
        }

        var scores = DistrictPopulation.Tianjin.TenThousands.Keys.Select(code =>
        {
            var perIndicator = indicators.Select(i =>
            {
                decimal? value = values[i.Id].TryGetValue(code, out var v) ? v : null;
                var achievement = Achievement(i.Direction, i.Target, value);
                return new IndicatorScore(i.Id, value, achievement, Math.Round(i.Weight * achievement, 2));
            }).ToList();
            return (Code: code, Total: perIndicator.Sum(s => s.Score), Scores: perIndicator);
        }).OrderByDescending(s => s.Total).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();

        var ranked = new List<DistrictScore>();
        for (var index = 0; index < scores.Count; index++)
        {
            // Equal totals share a rank (1, 2, 2, 4).
            var rank = index > 0 && scores[index].Total == scores[index - 1].Total ? ranked[index - 1].Rank : index + 1;
            ranked.Add(new DistrictScore(scores[index].Code, TianjinDistricts.NameOf(scores[index].Code) ?? scores[index].Code, rank, scores[index].Total, scores[index].Scores));
        }

        return new DistrictRanking(year, indicators, ranked, FormulaZh, FormulaEn);
    }

    /// <summary>min(value ÷ target, 1.2) for higher-is-better, min(target ÷ value, 1.2) for lower-is-better, 0 without a value.</summary>
    public static decimal Achievement(IndicatorDirection direction, decimal target, decimal? value)
    {
        if (value is not { } v || target <= 0)
        {
            return 0;
        }

        var ratio = direction == IndicatorDirection.HigherIsBetter ? v / target : v <= 0 ? AchievementCap : target / v;
        return Math.Round(Math.Min(ratio, AchievementCap), 4);
    }

    /// <summary>The unit assessment rows of a year: every item × each of its units (the unit's own rows for a unit).</summary>
    public async Task<IReadOnlyList<UnitAssessmentRow>> ListUnitAssessmentsAsync(int? year, Actor actor, CancellationToken cancellationToken = default)
    {
        var plan = await supervision.GetPlanAsync(year, actor, cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var items = plan.Parts.SelectMany(p => p.Items).ToList();
        var itemIds = items.Select(i => i.Id).ToList();
        var stored = await db.UnitAssessments.AsNoTracking().Where(a => itemIds.Contains(a.ItemId)).ToListAsync(cancellationToken);
        var rows = new List<UnitAssessmentRow>();
        foreach (var item in items)
        {
            var itemUnits = (item.Lead is { } lead ? new[] { (Unit: lead, IsLead: true) } : []).Concat(item.CoUnits.Select(c => (Unit: c, IsLead: false)));
            foreach (var (unit, isLead) in itemUnits)
            {
                if (!actor.IsOfficeLevel && unit.Id != actor.OrganizationId)
                {
                    continue;
                }

                var a = stored.FirstOrDefault(s => s.ItemId == item.Id && s.OrganizationId == unit.Id);
                rows.Add(new UnitAssessmentRow(item.Id, item.Number, item.Numeral, item.Headline, unit, isLead, item.AveragePercent, a?.SelfScore, a?.SelfComment, a?.OfficeScore, a?.OfficeComment));
            }
        }

        return rows;
    }

    /// <summary>A unit scores itself on an item it takes part in; the office scores any unit of any item.</summary>
    public async Task ScoreAsync(Guid itemId, Guid organizationId, decimal? score, string? comment, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await supervision.GetItemAsync(itemId, actor, cancellationToken);
        var isSelf = !actor.IsOfficeLevel;
        if (isSelf && organizationId != actor.OrganizationId)
        {
            throw new ForbiddenException("只能为本单位自评。", "A unit scores itself only.");
        }

        if (item.Summary.Lead?.Id != organizationId && item.Summary.CoUnits.All(c => c.Id != organizationId))
        {
            throw new ValidationException("unit", "该单位不承担这项工作。", "The unit does not take part in this item.");
        }

        if (score is < 0 or > 100 || (comment?.Length ?? 0) > 2000)
        {
            throw new ValidationException("score", "分数须在 0 到 100 之间，评语最多 2000 字。", "The score must be between 0 and 100; the comment at most 2,000 characters.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.UnitAssessments.SingleOrDefaultAsync(a => a.ItemId == itemId && a.OrganizationId == organizationId, cancellationToken);
        if (row is null)
        {
            row = new UnitAssessment { ItemId = itemId, OrganizationId = organizationId };
            db.UnitAssessments.Add(row);
        }

        var before = new { row.SelfScore, row.SelfComment, row.OfficeScore, row.OfficeComment };
        if (isSelf)
        {
            row.SelfScore = score;
            row.SelfComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        }
        else
        {
            row.OfficeScore = score;
            row.OfficeComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        }

        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord(isSelf ? "strategy.assessment.self" : "strategy.assessment.office", "strategy-item", itemId.ToString("D"), before, new { Unit = organizationId, Score = score, Comment = comment }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, decimal>> ValuesAsync(IndicatorView indicator, Actor actor, CancellationToken cancellationToken)
    {
        if (indicator.Source == Reported)
        {
            return await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).ToDictionaryAsync(v => v.DistrictCode, v => v.Value, cancellationToken);
        }

        if (indicator.Source == PlanProgress)
        {
            var tasks = await supervision.ListTasksAsync(indicator.Year, Actor.System("assessment") with { Roles = new HashSet<string>(StringComparer.Ordinal) { Roles.OfficeStaff } }, cancellationToken: cancellationToken);
            var all = await units.AllAsync(cancellationToken);
            var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var district in all.Where(u => u.Kind == UnitKind.District && u.DistrictCode is not null))
            {
                var own = tasks.Where(t => t.Lead?.Id == district.OrganizationId || t.CoUnits.Any(c => c.Id == district.OrganizationId)).ToList();
                if (own.Count > 0)
                {
                    result[district.DistrictCode!] = Math.Round((decimal)own.Average(t => t.Percent), 1);
                }
            }

            return result;
        }

        foreach (var source in figureSources.Where(f => f.Sources.Any(s => s.Key == indicator.Source)))
        {
            return await source.ComputeAsync(indicator.Source, indicator.Year, cancellationToken);
        }

        return new Dictionary<string, decimal>();
    }

    private IndicatorView ToView(Indicator i) => new(i.Id, i.Year, i.Sequence, i.Name, i.Unit, i.Weight, i.Direction, i.Target, i.Source,
        i.Source == Reported ? "区报送" : Sources.FirstOrDefault(s => s.Key == i.Source)?.NameZh ?? i.Source);
}
