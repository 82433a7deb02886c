using System.Text.Json;
using JinIp.Creation.Registrations;
using JinIp.Creation.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>Registrations by month, type and district against the same period of last year: charts, tables, Excel.</summary>
[Authorize(Roles = "admin,office")]
public sealed class StatisticsModel(CopyrightStatistics statistics, CopyrightRegistrations registrations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public RegistrationStatistics Figures { get; private set; } = null!;

    public string ChartData { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : registrations.Today.Year;
        Year = year;
        Figures = await statistics.ComputeAsync(year, JinIp.Platform.Errors.UiCulture.IsCurrentChinese, cancellationToken);
        object Series(IReadOnlyList<ComparisonRow> rows) => new { labels = rows.Select(r => r.Label), current = rows.Select(r => r.ThisYear), previous = rows.Select(r => r.LastYear) };
        ChartData = JsonSerializer.Serialize(new
        {
            year,
            month = Series(Figures.ByMonth),
            type = Series(Figures.ByType),
            district = Series(Figures.ByDistrict),
        });
    }
}
