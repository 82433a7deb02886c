using System.Globalization;
using JinIp.Strategy.PlanImport;

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
}
