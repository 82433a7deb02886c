namespace JinIp.PatentSearch.Import;

/// <summary>A column of the import model that a source column can be mapped to.</summary>
public enum PatentColumn
{
    ApplicationNumber,
    PublicationNumber,
    Type,
    Title,
    Abstract,
    Claims,
    Applicants,
    RightHolders,
    Inventors,
    Agency,
    Agents,
    MainIpc,
    Ipcs,
    ApplicationDate,
    PublicationDate,
    GrantDate,
    Address,
    RegionCode,
    LegalStatus,
    FamilyId,
}

/// <summary>
/// How the columns of a file map to a patent record. Column names compare case-insensitively; list columns
/// (applicants, inventors, IPC, publication numbers) split on <see cref="ListSeparators"/>; JSON arrays need no
/// separator. Unmapped source columns are ignored.
/// </summary>
public sealed record ImportProfile(string Name, IReadOnlyDictionary<string, PatentColumn> Columns, string ListSeparators = ";；|")
{
    /// <summary>
    /// The documented default: the English column names below, or the Chinese headers a CNIPA or commercial
    /// database export uses (申请号, 公开（公告）号, 名称, 摘要, 主权项/权利要求, 申请（专利权）人, 发明（设计）人,
    /// 申请日, 公开（公告）日, 授权日, 分类号, 主分类号, 地址, 代理机构, 代理人, 法律状态, 专利类型, 区县代码, 同族号).
    /// </summary>
    public static ImportProfile Default { get; } = new("default", Map(
        (PatentColumn.ApplicationNumber, ["application_number", "an", "申请号", "专利号"]),
        (PatentColumn.PublicationNumber, ["publication_number", "publication_numbers", "pn", "公开号", "公告号", "公开（公告）号", "公开(公告)号"]),
        (PatentColumn.Type, ["type", "patent_type", "专利类型", "类型"]),
        (PatentColumn.Title, ["title", "ti", "名称", "发明名称", "标题"]),
        (PatentColumn.Abstract, ["abstract", "ab", "摘要"]),
        (PatentColumn.Claims, ["claims", "cl", "权利要求", "权利要求书", "主权项"]),
        (PatentColumn.Applicants, ["applicants", "applicant", "pa", "申请人", "申请（专利权）人", "申请(专利权)人"]),
        (PatentColumn.RightHolders, ["right_holders", "po", "权利人", "专利权人", "当前权利人"]),
        (PatentColumn.Inventors, ["inventors", "inventor", "in", "发明人", "设计人", "发明（设计）人", "发明(设计)人"]),
        (PatentColumn.Agency, ["agency", "ag", "代理机构", "专利代理机构"]),
        (PatentColumn.Agents, ["agents", "agent", "at", "代理人"]),
        (PatentColumn.MainIpc, ["main_ipc", "mc", "主分类号"]),
        (PatentColumn.Ipcs, ["ipc", "ipcs", "ic", "分类号", "ipc分类号"]),
        (PatentColumn.ApplicationDate, ["application_date", "ad", "申请日"]),
        (PatentColumn.PublicationDate, ["publication_date", "pd", "公开日", "公告日", "公开（公告）日", "公开(公告)日"]),
        (PatentColumn.GrantDate, ["grant_date", "gd", "授权日", "授权公告日"]),
        (PatentColumn.Address, ["address", "dz", "地址", "申请人地址"]),
        (PatentColumn.RegionCode, ["region_code", "co", "区县代码", "地区代码"]),
        (PatentColumn.LegalStatus, ["legal_status", "ls", "法律状态", "当前法律状态"]),
        (PatentColumn.FamilyId, ["family_id", "同族号", "简单同族"])));

    /// <summary>shared/data/patents/kppatent_zh_abstracts_claims.jsonl (KPPatent-ZH).</summary>
    public static ImportProfile KpPatent { get; } = new("kppatent", Map(
        (PatentColumn.PublicationNumber, ["publication_number"]),
        (PatentColumn.Title, ["title"]),
        (PatentColumn.Abstract, ["abstract"]),
        (PatentColumn.Claims, ["claims"])));

    /// <summary>shared/data/patents/cn_pubno_title_ipc_9740.csv: publication numbers, title, pipe-separated IPC subclasses.</summary>
    public static ImportProfile CnTitleIpc { get; } = new("cn-title-ipc", Map(
        (PatentColumn.PublicationNumber, ["publication_numbers"]),
        (PatentColumn.Title, ["title"]),
        (PatentColumn.Ipcs, ["ipc_subclasses"])));

    /// <summary>shared/data/patents/cn_g06f_pubno_title_abstract_cpc_57.jsonl: CPC codes, of which the IPC-compatible ones are kept.</summary>
    public static ImportProfile CnG06fCpc { get; } = new("cn-g06f-cpc", Map(
        (PatentColumn.PublicationNumber, ["publication_number"]),
        (PatentColumn.Title, ["title"]),
        (PatentColumn.Abstract, ["abstract"]),
        (PatentColumn.Ipcs, ["cpc_codes"])));

    public static IReadOnlyList<ImportProfile> All { get; } = [Default, KpPatent, CnTitleIpc, CnG06fCpc];

    public static ImportProfile? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The profile named after a known real file, else the default.</summary>
    public static ImportProfile ForFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("kppatent", StringComparison.OrdinalIgnoreCase) ? KpPatent
            : name.StartsWith("cn_pubno_title_ipc", StringComparison.OrdinalIgnoreCase) ? CnTitleIpc
            : name.StartsWith("cn_g06f_pubno", StringComparison.OrdinalIgnoreCase) ? CnG06fCpc
            : Default;
    }

    public PatentColumn? ColumnFor(string sourceColumn) =>
        Columns.TryGetValue(sourceColumn.Trim(), out var column) ? column : null;

    private static Dictionary<string, PatentColumn> Map(params (PatentColumn Column, string[] Names)[] entries)
    {
        var map = new Dictionary<string, PatentColumn>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, names) in entries)
        {
            foreach (var name in names)
            {
                map[name] = column;
            }
        }

        return map;
    }
}
