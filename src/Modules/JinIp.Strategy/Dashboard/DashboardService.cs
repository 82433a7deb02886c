using JinIp.Platform.Identity;
using JinIp.Strategy.Assessment;
using JinIp.Strategy.Supervision;

namespace JinIp.Strategy.Dashboard;

public sealed record PartProgress(int Sequence, string Numeral, string Title, int Items, int Tasks, int Done, int AveragePercent, int Green, int Yellow, int Red);

public sealed record UnitOverdueCount(string Unit, int Overdue);

public sealed record KeyIndicator(string Name, string Unit, decimal Target, decimal? CityValue, decimal Achievement);

public sealed record DashboardView(PlanInfo Plan, IReadOnlyList<PartProgress> Parts, IReadOnlyList<ItemSummary> Items, IReadOnlyList<UnitOverdueCount> Overdue, DistrictRanking? Ranking, IReadOnlyList<KeyIndicator> Indicators);

/// <summary>The plan dashboard: progress by part and item, overdue by unit, district ranking, key indicators against targets.</summary>
public sealed class DashboardService(SupervisionService supervision, AssessmentService assessment)
{
    public async Task<DashboardView?> BuildAsync(int? year, Actor actor, CancellationToken cancellationToken = default)
    {
        var plan = await supervision.GetPlanAsync(year, actor, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var tasks = await supervision.ListTasksAsync(plan.Plan.Year, actor, cancellationToken: cancellationToken);
        var parts = plan.Parts.Select(p =>
        {
            var ids = p.Items.Select(i => i.Id).ToHashSet();
            var own = tasks.Where(t => ids.Contains(t.ItemId)).ToList();
            return new PartProgress(
                p.Sequence, p.Numeral, p.Title, p.Items.Count, own.Count, own.Count(t => t.Status == ShownStatus.Done),
                own.Count == 0 ? 0 : (int)Math.Round(own.Average(t => t.Percent)),
                own.Count(t => t.Colour == TaskColour.Green), own.Count(t => t.Colour == TaskColour.Yellow), own.Count(t => t.Colour == TaskColour.Red));
        }).ToList();
        var overdue = (await supervision.OverdueByUnitAsync(plan.Plan.Year, actor, cancellationToken)).Select(u => new UnitOverdueCount(u.Unit.Name, u.Tasks.Count)).ToList();

        DistrictRanking? ranking = null;
        var indicators = new List<KeyIndicator>();
        if ((await assessment.ListIndicatorsAsync(plan.Plan.Year, cancellationToken)).Count > 0)
        {
            ranking = await assessment.RankAsync(plan.Plan.Year, actor, cancellationToken);
            foreach (var indicator in ranking.Indicators)
            {
                // Targets are per district, so the city figure is the district mean (population-weighted for per-capita indicators).
                var values = ranking.Districts.Select(d => (d.DistrictCode, d.Indicators.First(s => s.IndicatorId == indicator.Id).Value)).Where(v => v.Value is not null).ToList();
                decimal? city = null;
                if (values.Count > 0)
                {
                    var population = DistrictPopulation.Tianjin.TenThousands;
                    city = indicator.Unit.Contains("万人", StringComparison.Ordinal)
                        ? Math.Round(values.Sum(v => v.Value!.Value * population[v.DistrictCode]) / values.Sum(v => population[v.DistrictCode]), 2)
                        : Math.Round(values.Average(v => v.Value!.Value), 2);
                }

                indicators.Add(new KeyIndicator(indicator.Name, indicator.Unit, indicator.Target, city, AssessmentService.Achievement(indicator.Direction, indicator.Target, city)));
            }
        }

        return new DashboardView(plan.Plan, parts, plan.Parts.SelectMany(p => p.Items).ToList(), overdue, ranking, indicators);
    }
}
