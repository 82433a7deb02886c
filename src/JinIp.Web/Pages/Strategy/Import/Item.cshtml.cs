using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Strategy.PlanImport;
using JinIp.Strategy.Plans;
using JinIp.Strategy.Units;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy.Import;

/// <summary>Corrects one item of a draft before commit: headline, lead unit, co-units, targets.</summary>
public sealed class ItemModel(PlanImportService imports, UnitCatalog units) : StrategyPageModel
{
    public Guid DraftId { get; private set; }

    public DraftItem Item { get; private set; } = null!;

    public IReadOnlyList<StrategyUnit> Units { get; private set; } = [];

    /// <summary>The targets shown in the form: the item's and one empty row to add a target.</summary>
    public List<DraftTarget> TargetRows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        await LoadAsync(id, number, cancellationToken);
        TargetRows = [.. Item.Targets, new DraftTarget { Kind = TargetKind.AtLeast }];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int number, string? headline, Guid? lead, List<Guid>? co, List<TargetRow>? targets, CancellationToken cancellationToken)
    {
        await LoadAsync(id, number, cancellationToken);
        var rows = new List<DraftTarget>();
        var zh = UiCulture.IsCurrentChinese;
        for (var index = 0; index < (targets?.Count ?? 0); index++)
        {
            var row = targets![index];
            if (row.Remove || (string.IsNullOrWhiteSpace(row.Subject) && string.IsNullOrWhiteSpace(row.Minimum) && string.IsNullOrWhiteSpace(row.Maximum)))
            {
                continue;
            }

            decimal? Parse(string? text, string name)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                Errors[$"targets[{rows.Count}]"] = zh ? $"“{name}”须为数字。" : $"'{name}' must be a number.";
                return null;
            }

            rows.Add(new DraftTarget { Kind = row.Kind, Minimum = Parse(row.Minimum, zh ? "下限" : "minimum"), Maximum = Parse(row.Maximum, zh ? "上限" : "maximum"), Unit = row.Unit, Subject = row.Subject ?? "", Text = row.Text ?? "" });
        }

        if (Errors.Count == 0 && await TryAsync(() => imports.UpdateDraftItemAsync(id, new DraftItemEdit(number, headline ?? "", lead, co ?? [], rows), Actor, cancellationToken)))
        {
            return RedirectToPage("/Strategy/Import/Preview", null, new { id }, $"dpart-1");
        }

        Item.Headline = headline ?? "";
        Item.LeadOrganizationId = lead;
        Item.CoOrganizationIds = co ?? [];
        TargetRows = [.. rows, new DraftTarget { Kind = TargetKind.AtLeast }];
        return Page();
    }

    public sealed class TargetRow
    {
        public TargetKind Kind { get; set; }

        public string? Minimum { get; set; }

        public string? Maximum { get; set; }

        public string? Unit { get; set; }

        public string? Subject { get; set; }

        public string? Text { get; set; }

        public bool Remove { get; set; }
    }

    private async Task LoadAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        var draft = await imports.GetDraftAsync(id, Actor, cancellationToken);
        DraftId = id;
        Item = draft.Plan.Items.FirstOrDefault(i => i.Number == number)
            ?? throw new NotFoundException($"草稿中没有第 {number} 项。", $"The draft has no item {number}.");
        Units = await units.AllAsync(cancellationToken);
    }
}
