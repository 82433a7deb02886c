using JinIp.Protection.Insight;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Insight;

/// <summary>The annual report figures by handling unit and year, with the Excel download (same figures).</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class StatisticsModel(AnnualStatistics statistics, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    public AnnualFigures Figures { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Units { get; private set; } = new Dictionary<Guid, string>();

    public int CurrentYear => clock.GetUtcNow().Year;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        Units = await statistics.UnitsAsync(actor, ct);
        Figures = await statistics.ComputeAsync(actor, ValidYear(), Unit, ct);
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        var figures = await statistics.ComputeAsync(HttpActorAccessor.FromContext(HttpContext), ValidYear(), Unit, ct);
        return File(AnnualStatistics.ToExcel(figures, InsightPages.Zh), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"protection-statistics-{figures.Year}.xlsx");
    }

    private int ValidYear()
    {
        if (Year is not (>= 2000 and <= 2100))
        {
            Year = CurrentYear;
        }

        return Year.Value;
    }
}
