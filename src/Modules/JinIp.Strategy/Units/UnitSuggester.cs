using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Units;

/// <summary>Where a suggestion comes from, so that staff know how much to trust it.</summary>
public enum SuggestionSource
{
    /// <summary>The document names the unit (（市公安局负责）, 牵头单位：…).</summary>
    StatedInText,

    /// <summary>A keyword in the item points at the unit (审判 → court).</summary>
    Keyword,

    /// <summary>Nothing pointed elsewhere, so the coordinating office leads.</summary>
    Default,
}

/// <summary>A proposed lead or co-unit for an item, with the reason staff see before confirming.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Role">Lead or co-unit (never shared: a suggestion always names one lead).</param>
/// <param name="Source">Stated in the text, keyword, or default.</param>
/// <param name="Evidence">The words that led to it: the keywords matched, or the name as written.</param>
/// <param name="Score">Keyword weight summed over matches (headline matches count double); 0 for stated and default.</param>
public sealed record UnitSuggestion(PlanUnit Unit, UnitRole Role, SuggestionSource Source, IReadOnlyList<string> Evidence, int Score)
{
    /// <summary>The reason in Chinese, e.g. 关键词：审判、法庭.</summary>
    public string ReasonZh => Source switch
    {
        SuggestionSource.StatedInText => $"文件写明：{string.Join('、', Evidence)}",
        SuggestionSource.Keyword => $"关键词：{string.Join('、', Evidence)}",
        _ => "未匹配到关键词，默认由市知识产权局牵头",
    };

    /// <summary>The reason in English.</summary>
    public string ReasonEn => Source switch
    {
        SuggestionSource.StatedInText => $"Named in the document: {string.Join(", ", Evidence)}",
        SuggestionSource.Keyword => $"Keywords: {string.Join(", ", Evidence)}",
        _ => "No keyword matched; the IP office leads by default",
    };
}

/// <summary>The suggestions for one item, plus names in the document that the directory does not know.</summary>
/// <param name="Suggestions">The lead first, then co-units by score.</param>
/// <param name="UnknownNames">Unit names stated in the document that match no unit or alias.</param>
public sealed record UnitSuggestions(IReadOnlyList<UnitSuggestion> Suggestions, IReadOnlyList<string> UnknownNames)
{
    /// <summary>The suggested lead unit.</summary>
    public UnitSuggestion Lead => Suggestions[0];

    /// <summary>The suggested co-units.</summary>
    public IEnumerable<UnitSuggestion> CoUnits => Suggestions.Skip(1);
}

/// <summary>
/// Proposes a lead unit and co-units for a work point. Units the document names win; otherwise keywords
/// decide (审判 → court, 海关 → customs, 区域 → district offices …), and the office leads when nothing matches.
/// Staff confirm every suggestion: this only saves them typing.
/// </summary>
public sealed class UnitSuggester(UnitDirectory directory)
{
    /// <summary>A suggester over the Tianjin directory.</summary>
    public UnitSuggester()
        : this(UnitDirectory.Tianjin)
    {
    }

    /// <summary>Suggests units for a parsed item.</summary>
    public UnitSuggestions Suggest(PlanItem item)
    {
        var stated = FromStatedUnits(item.Units, out var unknown);
        if (stated.Count > 0)
        {
            return new UnitSuggestions(stated, unknown);
        }

        return new UnitSuggestions(FromKeywords(item.Headline, item.Body), unknown);
    }

    /// <summary>Suggests units from free text (a headline and a body) when no parsed item is at hand.</summary>
    public UnitSuggestions Suggest(string headline, string body) => new(FromKeywords(headline, body), []);

    private List<UnitSuggestion> FromStatedUnits(IReadOnlyList<ResponsibleUnit> units, out List<string> unknown)
    {
        unknown = [];
        var suggestions = new List<UnitSuggestion>();
        foreach (var stated in units)
        {
            var resolved = directory.Resolve(stated.Name);
            if (resolved.Count == 0)
            {
                unknown.Add(stated.Name);
                continue;
            }

            foreach (var unit in resolved.Where(unit => suggestions.TrueForAll(existing => existing.Unit.Id != unit.Id)))
            {
                suggestions.Add(new UnitSuggestion(unit, stated.Role == UnitRole.Lead ? UnitRole.Lead : UnitRole.Co, SuggestionSource.StatedInText, [stated.Name], 0));
            }
        }

        if (suggestions.Count > 0 && !suggestions.Exists(suggestion => suggestion.Role == UnitRole.Lead))
        {
            // 按职责分工负责 names no lead; the unit named first is proposed, and staff decide.
            suggestions[0] = suggestions[0] with { Role = UnitRole.Lead };
        }

        // The lead first; the others keep the document's order.
        return [.. suggestions.OrderBy(suggestion => suggestion.Role == UnitRole.Lead ? 0 : 1)];
    }

    private List<UnitSuggestion> FromKeywords(string headline, string body)
    {
        var headlineText = TextNormalizer.NormalizeLine(headline);
        var bodyText = TextNormalizer.NormalizeLine(body);
        var scores = new Dictionary<string, (int Score, bool InHeadline, int RuleOrder, List<string> Evidence)>(StringComparer.Ordinal);

        for (var order = 0; order < directory.Rules.Count; order++)
        {
            var rule = directory.Rules[order];
            foreach (var keyword in rule.Keywords)
            {
                var inHeadline = Count(headlineText, keyword);
                var inBody = Count(bodyText, keyword);
                if (inHeadline + inBody == 0)
                {
                    continue;
                }

                var points = rule.Weight * ((2 * inHeadline) + inBody);
                foreach (var unitId in rule.UnitIds)
                {
                    var (score, headlineHit, ruleOrder, evidence) = scores.GetValueOrDefault(unitId, (0, false, order, []));
                    if (!evidence.Contains(keyword))
                    {
                        evidence.Add(keyword);
                    }

                    scores[unitId] = (score + points, headlineHit || inHeadline > 0, Math.Min(ruleOrder, order), evidence);
                }
            }
        }

        var ranked = scores
            .OrderByDescending(entry => entry.Value.Score)
            .ThenByDescending(entry => entry.Value.InHeadline)
            .ThenBy(entry => entry.Value.RuleOrder)
            .ToList();

        var suggestions = new List<UnitSuggestion>();

        // District offices are many; they co-operate on regional work but are proposed as lead only when one district is named.
        var lead = ranked.FirstOrDefault(entry => entry.Key != UnitDirectory.AllDistricts);
        if (lead.Key is not null)
        {
            suggestions.Add(new UnitSuggestion(directory.FindById(lead.Key)!, UnitRole.Lead, SuggestionSource.Keyword, lead.Value.Evidence, lead.Value.Score));
        }
        else
        {
            suggestions.Add(new UnitSuggestion(directory.Office, UnitRole.Lead, SuggestionSource.Default, [], 0));
        }

        foreach (var (unitId, value) in ranked.Where(entry => entry.Key != lead.Key))
        {
            var units = unitId == UnitDirectory.AllDistricts ? directory.DistrictOffices : [directory.FindById(unitId)!];
            foreach (var unit in units.Where(unit => suggestions.TrueForAll(existing => existing.Unit.Id != unit.Id)))
            {
                suggestions.Add(new UnitSuggestion(unit, UnitRole.Co, SuggestionSource.Keyword, value.Evidence, value.Score));
            }
        }

        return suggestions;
    }

    private static int Count(string text, string keyword)
    {
        var count = 0;
        for (var index = text.IndexOf(keyword, StringComparison.Ordinal); index >= 0; index = text.IndexOf(keyword, index + keyword.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
