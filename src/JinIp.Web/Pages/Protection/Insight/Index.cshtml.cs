using System.Text.Json;
using JinIp.Protection.Cases;
using JinIp.Protection.Insight;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Insight;

/// <summary>Hotspots (right type, product category, district, platform, month) as charts with tables, and the spike warnings (office).</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class IndexModel(CaseInsight insight) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Hotspots Hotspots { get; private set; } = null!;

    /// <summary>The hotspot dimensions with display labels: (id, title, rows).</summary>
    public IReadOnlyList<(string Id, string TitleKey, IReadOnlyList<(string Label, int Count)> Rows)> Dimensions { get; private set; } = [];

    public IReadOnlyList<SpikeView>? Spikes { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        if (From is { } f && To is { } t && f > t)
        {
            ModelState.AddModelError(nameof(To), InsightPages.Zh ? "结束日期不能早于开始日期。" : "The end date may not be before the start date.");
            To = null;
        }

        Hotspots = await insight.HotspotsAsync(actor, From, To, ct);
        static IReadOnlyList<(string, int)> Labelled(IEnumerable<CountRow> rows, Func<string, string> label) => rows.Select(r => (label(r.Key), r.Count)).ToList();
        Dimensions =
        [
            ("chart-right", "Insight.ByRightType", Labelled(Hotspots.ByRightType, k => Enum.TryParse<RightType>(k, out var r) ? InsightPages.Right(r) : k)),
            ("chart-category", "Insight.ByProductCategory", Labelled(Hotspots.ByProductCategory, k => k)),
            ("chart-district", "Insight.ByDistrict", Labelled(Hotspots.ByDistrict, InsightPages.District)),
            ("chart-platform", "Insight.ByPlatform", Labelled(Hotspots.ByPlatform, k => k)),
            ("chart-month", "Insight.ByMonth", Labelled(Hotspots.ByMonth, k => k)),
        ];
        ChartData = JsonSerializer.Serialize(Dimensions.ToDictionary(d => d.Id, d => new
        {
            kind = d.Id == "chart-month" ? "line" : "bar",
            rows = d.Rows.Select(r => new { name = r.Label, value = r.Count }),
        }));
        if (actor.IsOfficeLevel)
        {
            Spikes = await insight.AlertsAsync(actor, ct);
        }
    }
}
