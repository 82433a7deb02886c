using JinIp.Strategy.Plans;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy.Import;

/// <summary>Upload of the year's plan document (.txt or .docx); the parse is shown as a preview before anything is stored.</summary>
[RequestSizeLimit(PlanImportService.MaxDocumentBytes + (64 * 1024))]
public sealed class IndexModel(PlanImportService imports) : StrategyPageModel
{
    public int? Year { get; private set; }

    public void OnGet(int? year) => Year = year;

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? year, CancellationToken cancellationToken)
    {
        int? chosen = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                chosen = parsed;
                Year = parsed;
            }
            else
            {
                Errors["year"] = UiText("年度须为四位数字。", "The year must be four digits.");
            }
        }

        if (file is null || file.Length == 0)
        {
            Errors["file"] = UiText("请选择工作要点文件（.txt 或 .docx）。", "Choose the plan document (.txt or .docx).");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        Guid id = default;
        await using var stream = file!.OpenReadStream();
        if (await TryAsync(async () => id = await imports.CreateDraftAsync(stream, file.FileName, chosen, Actor, cancellationToken)))
        {
            return RedirectToPage("/Strategy/Import/Preview", new { id });
        }

        return Page();
    }

    private static string UiText(string zh, string en) => JinIp.Platform.Errors.UiCulture.IsCurrentChinese ? zh : en;
}
