using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Strategy.PlanImport;
using JinIp.Strategy.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Cli;

/// <summary><c>jinip plan parse FILE [--format json|text]</c>: the parse of a plan document, no database involved.</summary>
internal static class PlanCommands
{
    public static async Task<int> ParseAsync(string file, string[] options, TextWriter output, TextWriter error)
    {
        var format = options is ["--format", var chosen] ? chosen : options.Length == 0 ? "json" : null;
        if (format is not ("json" or "text"))
        {
            await error.WriteLineAsync("Usage: jinip plan parse FILE [--format json|text]");
            return 2;
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"File not found: {file} / 文件不存在：{file}");
            return 2;
        }

        var result = PlanParser.ParseFile(file);
        if (format == "json")
        {
            await output.WriteLineAsync(PlanJson.Serialize(result));
            return result.Succeeded ? 0 : 1;
        }

        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"{result.Error!.MessageZh}\n{result.Error.MessageEn}");
            return 1;
        }

        var plan = result.Document!;
        await output.WriteLineAsync($"{plan.Title} ({plan.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"})");
        foreach (var part in plan.Parts)
        {
            await output.WriteLineAsync($"{part.Numeral}、{part.Title}");
            foreach (var item in part.Items)
            {
                var units = string.Join("、", item.Units.Select(u => u.Name));
                await output.WriteLineAsync($"  （{item.Numeral}）{item.Headline}  [{item.Measures.Count} measures, {item.Targets.Count} targets{(units.Length > 0 ? "; " + units : "")}]");
            }
        }

        foreach (var warning in result.Warnings)
        {
            await output.WriteLineAsync($"warning: {warning.MessageZh} / {warning.MessageEn}");
        }

        return 0;
    }

    /// <summary><c>jinip plan import FILE [--year Y] [--dry-run]</c>: the same draft → diff → commit as the upload page.</summary>
    public static async Task<int> ImportAsync(IServiceProvider services, string file, string[] options, TextWriter output, TextWriter error)
    {
        int? year = null;
        var dryRun = false;
        for (var index = 0; index < options.Length; index++)
        {
            switch (options[index])
            {
                case "--year" when index + 1 < options.Length && int.TryParse(options[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var y):
                    year = y;
                    index++;
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    await error.WriteLineAsync("Usage: jinip plan import FILE [--year Y] [--dry-run]");
                    return 2;
            }
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"File not found: {file} / 文件不存在：{file}");
            return 2;
        }

        // The command acts for the office: whoever can run it has the server and its database.
        var actor = Actor.System("cli") with { Roles = new HashSet<string>(StringComparer.Ordinal) { Roles.OfficeStaff } };
        var imports = services.GetRequiredService<PlanImportService>();
        Guid draftId;
        try
        {
            await using var stream = File.OpenRead(file);
            draftId = await imports.CreateDraftAsync(stream, Path.GetFileName(file), year, actor);
        }
        catch (ValidationException ex)
        {
            await error.WriteLineAsync($"{ex.MessageZh}\n{ex.MessageEn}");
            return 1;
        }

        var draft = await imports.GetDraftAsync(draftId, actor);
        var items = draft.Plan.Items.ToList();
        await output.WriteLineAsync($"{draft.Plan.Title} ({draft.Plan.Year}): {draft.Plan.Parts.Count} parts, {items.Count} items, {items.Sum(i => i.Measures.Count)} measures, {items.Sum(i => i.Targets.Count)} targets");
        foreach (var warning in draft.Warnings)
        {
            await output.WriteLineAsync($"warning: {warning.MessageZh} / {warning.MessageEn}");
        }

        var diff = draft.Diff;
        if (diff.ReplacesExistingPlan)
        {
            await output.WriteLineAsync($"Compared with the stored {draft.Plan.Year} plan: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged");
            foreach (var (sign, list) in new[] { ("+", diff.Added), ("-", diff.Removed), ("~", diff.Changed) })
            {
                foreach (var change in list)
                {
                    await output.WriteLineAsync($"  {sign} （{change.Numeral}）{change.Headline}{(change.Details.Count > 0 ? "  " + string.Join("；", change.Details) : "")}");
                }
            }
        }

        if (dryRun)
        {
            await imports.DiscardDraftAsync(draftId, actor);
            await output.WriteLineAsync("Dry run: nothing stored.");
            return 0;
        }

        await imports.CommitAsync(draftId, actor);
        await output.WriteLineAsync($"Stored as the plan of {draft.Plan.Year}.");
        return 0;
    }
}
