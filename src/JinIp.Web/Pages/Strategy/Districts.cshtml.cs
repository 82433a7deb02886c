using System.Globalization;
using JinIp.Strategy.Assessment;
using JinIp.Strategy.Data;
using JinIp.Strategy.Supervision;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy;

/// <summary>District assessment: the indicator system (office), values reported by districts, computed values, scores and ranking.</summary>
public sealed class DistrictsModel(AssessmentService assessment, SupervisionService supervision) : StrategyPageModel
{
    public int Year { get; private set; }

    public DistrictRanking Ranking { get; private set; } = null!;

    public IReadOnlyList<ComputedSource> Sources => assessment.Sources;

    public string? OwnDistrict => Actor.IsInRole(JinIp.Platform.Identity.Roles.DistrictOffice) ? Actor.DistrictCode : null;

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostDefaultsAsync(int year, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => assessment.UseDefaultsAsync(year, Actor, cancellationToken)))
        {
            return RedirectToPage(new { year });
        }

        await LoadAsync(year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int year, Guid? id, string? name, string? unit, string? weight, IndicatorDirection direction, string? target, string? source, CancellationToken cancellationToken)
    {
        var w = decimal.TryParse(weight, NumberStyles.Number, CultureInfo.InvariantCulture, out var pw) ? pw : 0;
        var t = decimal.TryParse(target, NumberStyles.Number, CultureInfo.InvariantCulture, out var pt) ? pt : 0;
        if (await TryAsync(() => assessment.SaveIndicatorAsync(new IndicatorInput(id, year, name ?? "", unit ?? "", w, direction, t, source ?? AssessmentService.Reported), Actor, cancellationToken)))
        {
            return RedirectToPage(new { year });
        }

        await LoadAsync(year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int year, Guid id, CancellationToken cancellationToken)
    {
        await assessment.DeleteIndicatorAsync(id, Actor, cancellationToken);
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostValueAsync(int year, Guid indicator, string? district, string? value, string? note, CancellationToken cancellationToken)
    {
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
        {
            Errors[$"value-{indicator}"] = JinIp.Platform.Errors.UiCulture.IsCurrentChinese ? "数值须为数字。" : "The value must be a number.";
        }
        else if (await TryAsync(() => assessment.ReportValueAsync(indicator, district ?? OwnDistrict ?? "", v, note, Actor, cancellationToken)))
        {
            return RedirectToPage(new { year });
        }
        else
        {
            Errors[$"value-{indicator}"] = Errors.GetValueOrDefault("value") ?? Errors.GetValueOrDefault("district") ?? Errors.GetValueOrDefault("") ?? "";
        }

        await LoadAsync(year, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await supervision.ResolveYearAsync(year, cancellationToken);
        Ranking = await assessment.RankAsync(Year, Actor, cancellationToken);
    }
}
