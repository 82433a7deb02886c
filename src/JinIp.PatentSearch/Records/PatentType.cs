namespace JinIp.PatentSearch.Records;

/// <summary>The three kinds of Chinese patent right (专利法 Art. 2).</summary>
public enum PatentType
{
    /// <summary>发明.</summary>
    Invention = 1,

    /// <summary>实用新型.</summary>
    UtilityModel = 2,

    /// <summary>外观设计.</summary>
    Design = 3,
}

/// <summary>Names and codes of <see cref="PatentType"/> as searchers type them.</summary>
public static class PatentTypes
{
    public static string ChineseName(this PatentType type) => type switch
    {
        PatentType.Invention => "发明",
        PatentType.UtilityModel => "实用新型",
        PatentType.Design => "外观设计",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The canonical query-language code: <c>TYPE=invention</c>.</summary>
    public static string Code(this PatentType type) => type switch
    {
        PatentType.Invention => "invention",
        PatentType.UtilityModel => "utility",
        PatentType.Design => "design",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Accepts the code, the Chinese name, the common short forms and the application-number type digit.</summary>
    public static bool TryParse(string? text, out PatentType type)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "INVENTION" or "发明" or "发明专利" or "I" or "1" or "8":
                type = PatentType.Invention;
                return true;
            case "UTILITY" or "UTILITY MODEL" or "UTILITYMODEL" or "实用新型" or "新型" or "U" or "2" or "9":
                type = PatentType.UtilityModel;
                return true;
            case "DESIGN" or "外观设计" or "外观" or "D" or "S" or "3":
                type = PatentType.Design;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
