using System.Text.Json;
using JinIp.Strategy.Dashboard;
using JinIp.Web.Strategy;

namespace JinIp.Web.Pages.Strategy;

/// <summary>The plan dashboard: ECharts charts, each with its data table.</summary>
public sealed class DashboardModel(DashboardService dashboard) : StrategyPageModel
{
    public DashboardView? View { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        View = await dashboard.BuildAsync(year, Actor, cancellationToken);
        if (View is { } v)
        {
            ChartData = JsonSerializer.Serialize(new
            {
                parts = v.Parts.Select(p => new { name = $"{p.Numeral}、{p.Title}", percent = p.AveragePercent, green = p.Green, yellow = p.Yellow, red = p.Red }),
                items = v.Items.Select(i => new { name = $"（{i.Numeral}）", headline = i.Headline, percent = i.AveragePercent, colour = i.Colour.ToString() }),
                overdue = v.Overdue.Select(o => new { name = o.Unit, value = o.Overdue }),
                ranking = v.Ranking?.Districts.Select(d => new { name = d.DistrictName, value = d.Total }) ?? [],
                indicators = v.Indicators.Select(i => new { name = i.Name, achievement = Math.Round(i.Achievement * 100, 1) }),
            });
        }
    }
}
