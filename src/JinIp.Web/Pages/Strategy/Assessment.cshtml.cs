using System.Globalization;
using JinIp.Strategy.Assessment;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy;

/// <summary>Year-end unit assessment: a unit's self-score per item, the office's score, with comments.</summary>
public sealed class AssessmentModel(AssessmentService assessment) : StrategyPageModel
{
    public IReadOnlyList<UnitAssessmentRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) => Rows = await assessment.ListUnitAssessmentsAsync(year, Actor, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid item, Guid unit, string? score, string? comment, CancellationToken cancellationToken)
    {
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(score))
        {
            if (decimal.TryParse(score, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else
            {
                Errors[$"{item}:{unit}"] = JinIp.Platform.Errors.UiCulture.IsCurrentChinese ? "分数须为数字。" : "The score must be a number.";
            }
        }

        if (Errors.Count == 0 && await TryAsync(() => assessment.ScoreAsync(item, unit, value, comment, Actor, cancellationToken)))
        {
            return RedirectToPage();
        }

        foreach (var key in Errors.Keys.Where(k => !k.Contains(':', StringComparison.Ordinal)).ToList())
        {
            Errors[$"{item}:{unit}"] = Errors[key];
        }

        Rows = await assessment.ListUnitAssessmentsAsync(null, Actor, cancellationToken);
        return Page();
    }
}
