namespace JinIp.PatentSearch.Records;

public enum ApplicantType
{
    Other = 0,

    /// <summary>企业.</summary>
    Enterprise = 1,

    /// <summary>大专院校.</summary>
    University = 2,

    /// <summary>科研单位.</summary>
    Institute = 3,

    /// <summary>个人.</summary>
    Individual = 4,
}

public static class ApplicantTypes
{
    // Order matters: "某某大学附属医院" is a university, "某某研究院有限公司" an enterprise, "中国科学院某某研究所" an institute.
    private static readonly string[] EnterpriseSuffixes = ["有限公司", "有限责任公司", "股份公司", "集团公司"];
    private static readonly string[] UniversityWords = ["大学", "UNIVERSITY"];
    private static readonly string[] CollegeWords = ["学院", "学校", "高等专科", "职业技术", "COLLEGE"];
    private static readonly string[] InstituteWords = ["研究院", "研究所", "研究中心", "科学院", "实验室", "设计院", "INSTITUTE", "ACADEMY", "LABORATOR"];
    private static readonly string[] EnterpriseWords = ["公司", "厂", "集团", "企业", "合作社", "商行", "工作室", "CO.", "LTD", "INC", "CORP", "GMBH", "LLC", "COMPANY", "AG", "S.A."];

    public static string ChineseName(this ApplicantType type) => type switch
    {
        ApplicantType.Enterprise => "企业",
        ApplicantType.University => "大专院校",
        ApplicantType.Institute => "科研单位",
        ApplicantType.Individual => "个人",
        _ => "其他",
    };

    public static string Code(this ApplicantType type) => type switch
    {
        ApplicantType.Enterprise => "enterprise",
        ApplicantType.University => "university",
        ApplicantType.Institute => "institute",
        ApplicantType.Individual => "individual",
        _ => "other",
    };

    /// <summary>Infers the kind of applicant from its name, as CNIPA statistics classify them.</summary>
    public static ApplicantType Infer(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ApplicantType.Other;
        }

        var upper = name.Trim().ToUpperInvariant();

        // A group company's numbered institute (中国电子科技集团公司第十八研究所) is a research body: the name's ending decides.
        if (InstituteWords.Any(w => upper.EndsWith(w, StringComparison.Ordinal)))
        {
            return ApplicantType.Institute;
        }

        if (ContainsAny(upper, EnterpriseSuffixes))
        {
            return ApplicantType.Enterprise;
        }

        if (ContainsAny(upper, UniversityWords))
        {
            return ApplicantType.University;
        }

        // 中国科学院 contains 学院 but is an academy: institute words win over college words, not over 大学.
        if (ContainsAny(upper, InstituteWords))
        {
            return ApplicantType.Institute;
        }

        if (ContainsAny(upper, CollegeWords))
        {
            return ApplicantType.University;
        }

        if (ContainsAny(upper, EnterpriseWords))
        {
            return ApplicantType.Enterprise;
        }

        // A Chinese personal name is two to four Han characters (a few compound surnames make five, minority
        // names carry a middle dot); anything longer without an organization word is an organization we cannot type.
        var han = 0;
        foreach (var c in upper)
        {
            if (c is '·' or '•')
            {
                continue;
            }

            if (c is < '\u4E00' or > '\u9FFF')
            {
                return IsLatinPersonalName(upper) ? ApplicantType.Individual : ApplicantType.Other;
            }

            han++;
        }

        return han is >= 2 and <= 5 ? ApplicantType.Individual : ApplicantType.Other;
    }

    private static bool IsLatinPersonalName(string upper)
    {
        var words = upper.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsAsciiLetter(c) && c is not '.' and not '-' and not '\'')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
