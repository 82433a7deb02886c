namespace JinIp.PatentSearch.Querying;

/// <summary>The fields of the command query language (CNIPA style).</summary>
public enum SearchField
{
    /// <summary>TX: title, abstract and claims.</summary>
    FullText,
    Title,
    Abstract,
    Claims,
    Applicant,
    RightHolder,
    Inventor,
    ApplicationNumber,
    PublicationNumber,
    ApplicationDate,
    PublicationDate,
    GrantDate,
    Ipc,
    MainIpc,
    Address,
    Agency,
    Agent,
    Region,
    Type,
    LegalStatus,
    StrategicEmergingIndustry,
}

/// <summary>How values of a field are matched.</summary>
public enum SearchFieldKind
{
    /// <summary>Exact substring of the normalized text (character grams): TI, AB, CL, TX.</summary>
    Text,

    /// <summary>Exact substring of any one name: PA, PO, IN, AG, AT, DZ.</summary>
    Name,

    /// <summary>A document number, matched whole or by truncation: AN, PN.</summary>
    Number,

    /// <summary>An IPC code at any level, or a truncated code: IC, MC.</summary>
    Ipc,

    /// <summary>A date, a year, a month, a range or a comparison: AD, PD, GD.</summary>
    Date,

    /// <summary>A code from a fixed list: CO, TYPE, LS, SEI.</summary>
    Code,
}

/// <summary>Code, Chinese names and kind of each <see cref="SearchField"/>: the one table the parser and printer use.</summary>
public sealed record SearchFieldInfo(SearchField Field, string Code, string ChineseName, SearchFieldKind Kind, IReadOnlyList<string> Aliases)
{
    public static IReadOnlyList<SearchFieldInfo> All { get; } =
    [
        new(SearchField.FullText, "TX", "全文", SearchFieldKind.Text, ["关键词", "主题", "TIABCL"]),
        new(SearchField.Title, "TI", "名称", SearchFieldKind.Text, ["发明名称", "标题"]),
        new(SearchField.Abstract, "AB", "摘要", SearchFieldKind.Text, []),
        new(SearchField.Claims, "CL", "权利要求", SearchFieldKind.Text, ["权利要求书"]),
        new(SearchField.Applicant, "PA", "申请人", SearchFieldKind.Name, ["申请（专利权）人", "申请(专利权)人"]),
        new(SearchField.RightHolder, "PO", "权利人", SearchFieldKind.Name, ["专利权人", "当前权利人"]),
        new(SearchField.Inventor, "IN", "发明人", SearchFieldKind.Name, ["设计人", "发明（设计）人", "发明(设计)人"]),
        new(SearchField.ApplicationNumber, "AN", "申请号", SearchFieldKind.Number, ["专利号"]),
        new(SearchField.PublicationNumber, "PN", "公开号", SearchFieldKind.Number, ["公告号", "公开（公告）号", "公开(公告)号"]),
        new(SearchField.ApplicationDate, "AD", "申请日", SearchFieldKind.Date, []),
        new(SearchField.PublicationDate, "PD", "公开日", SearchFieldKind.Date, ["公告日", "公开（公告）日", "公开(公告)日"]),
        new(SearchField.GrantDate, "GD", "授权日", SearchFieldKind.Date, []),
        new(SearchField.Ipc, "IC", "分类号", SearchFieldKind.Ipc, ["IPC", "IPC分类号"]),
        new(SearchField.MainIpc, "MC", "主分类号", SearchFieldKind.Ipc, []),
        new(SearchField.Address, "DZ", "地址", SearchFieldKind.Name, ["申请人地址"]),
        new(SearchField.Agency, "AG", "代理机构", SearchFieldKind.Name, []),
        new(SearchField.Agent, "AT", "代理人", SearchFieldKind.Name, []),
        new(SearchField.Region, "CO", "区县代码", SearchFieldKind.Code, ["地区代码", "区县", "地区", "国省代码"]),
        new(SearchField.Type, "TYPE", "类型", SearchFieldKind.Code, ["专利类型"]),
        new(SearchField.LegalStatus, "LS", "法律状态", SearchFieldKind.Code, []),
        new(SearchField.StrategicEmergingIndustry, "SEI", "战略性新兴产业", SearchFieldKind.Code, ["新兴产业"]),
    ];

    private static readonly Dictionary<string, SearchFieldInfo> ByName = BuildNames();

    public static SearchFieldInfo Of(SearchField field) => All[(int)field];

    /// <summary>Finds a field by its code (any case), Chinese name or alias.</summary>
    public static SearchFieldInfo? Find(string name) => ByName.GetValueOrDefault(name.ToUpperInvariant());

    private static Dictionary<string, SearchFieldInfo> BuildNames()
    {
        var names = new Dictionary<string, SearchFieldInfo>(StringComparer.Ordinal);
        foreach (var info in All)
        {
            names[info.Code] = info;
            names[info.ChineseName] = info;
            foreach (var alias in info.Aliases)
            {
                names[alias.ToUpperInvariant()] = info;
            }
        }

        return names;
    }
}
