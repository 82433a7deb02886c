using System.Globalization;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;

namespace JinIp.PatentSearch.Import;

/// <summary>Validates one row of raw values (already mapped to <see cref="PatentColumn"/>) and builds the record.</summary>
internal static class PatentRowMapper
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyyMMdd", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyy.M.d", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss"];

    public static ImportRow Map(int line, IReadOnlyDictionary<PatentColumn, List<string>> values, ImportProfile profile)
    {
        var issues = new List<ImportIssue>();
        string? One(PatentColumn column) => values.TryGetValue(column, out var v) ? v.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim() : null;
        List<string> Many(PatentColumn column) => values.TryGetValue(column, out var v)
            ? [.. v.SelectMany(s => s.Split([.. profile.ListSeparators], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)]
            : [];
        void Reject(string field, string zh, string en) => issues.Add(new ImportIssue(line, field, zh, en, true));
        void Warn(string field, string zh, string en) => issues.Add(new ImportIssue(line, field, zh, en, false));

        ApplicationNumber? applicationNumber = null;
        if (One(PatentColumn.ApplicationNumber) is { } anText)
        {
            if (ApplicationNumber.TryParse(anText, out var an, out var error))
            {
                applicationNumber = an;
            }
            else
            {
                Reject("application_number", $"{error.MessageZh()}：{anText}", $"{error.MessageEn()}: {anText}");
            }
        }

        var publicationDate = Date(One(PatentColumn.PublicationDate), "publication_date", Warn);
        var publications = new List<Publication>();
        foreach (var pn in Many(PatentColumn.PublicationNumber))
        {
            if (PublicationNumber.TryParse(pn, out var number))
            {
                publications.Add(new Publication(number, publications.Count == 0 ? publicationDate : null));
            }
            else
            {
                Warn("publication_number", $"公开号格式不正确，已忽略：{pn}", $"publication number not recognized, ignored: {pn}");
            }
        }

        if (applicationNumber is null && publications.Count == 0 && !issues.Any(i => i.Rejects))
        {
            Reject("application_number", "缺少申请号和公开号，无法识别该专利", "no application or publication number to identify the patent");
        }

        var title = One(PatentColumn.Title);
        if (title is null)
        {
            Reject("title", "缺少专利名称", "title is missing");
        }

        PatentType? type = null;
        if (One(PatentColumn.Type) is { } typeText)
        {
            if (PatentTypes.TryParse(typeText, out var parsed))
            {
                type = parsed;
            }
            else
            {
                Warn("type", $"专利类型无法识别：{typeText}", $"patent type not recognized: {typeText}");
            }
        }

        type ??= applicationNumber?.PatentType ?? publications.Select(p => p.Number.ImpliedType).FirstOrDefault(t => t is not null);
        if (type is null && !issues.Any(i => i.Rejects))
        {
            Reject("type", "无法确定专利类型（无类型列，申请号和公开号也不能推断）", "patent type unknown (no type column, and neither number implies it)");
        }

        var ipcs = new List<IpcCode>();
        foreach (var code in Many(PatentColumn.Ipcs))
        {
            if (IpcCode.TryParse(code, out var ipc))
            {
                if (!ipcs.Contains(ipc))
                {
                    ipcs.Add(ipc);
                }
            }
            else
            {
                Warn("ipc", $"分类号不是有效的IPC，已忽略：{code}", $"not a valid IPC code, ignored: {code}");
            }
        }

        IpcCode? mainIpc = ipcs.Count > 0 ? ipcs[0] : null;
        if (One(PatentColumn.MainIpc) is { } mainText)
        {
            if (IpcCode.TryParse(mainText, out var main))
            {
                mainIpc = main;
                if (!ipcs.Contains(main))
                {
                    ipcs.Insert(0, main);
                }
            }
            else
            {
                Warn("main_ipc", $"主分类号不是有效的IPC，已忽略：{mainText}", $"main IPC not valid, ignored: {mainText}");
            }
        }

        var status = LegalStatus.Pending;
        if (One(PatentColumn.LegalStatus) is { } statusText)
        {
            if (LegalStatuses.Resolve(statusText) is [var single])
            {
                status = single;
            }
            else
            {
                Warn("legal_status", $"法律状态无法识别：{statusText}", $"legal status not recognized: {statusText}");
            }
        }
        else if (publications.Any(p => p.Number.IsGrant))
        {
            status = LegalStatus.Valid;
        }

        var address = One(PatentColumn.Address);
        var region = One(PatentColumn.RegionCode) is { } regionCode && Regions.Find(regionCode) is not null
            ? new RegionCode(regionCode[..2], regionCode.Length >= 4 ? regionCode[..4] : null, regionCode.Length == 6 ? regionCode : null)
            : AddressResolver.Resolve(address);

        if (issues.Any(i => i.Rejects))
        {
            return new ImportRow(line, null, issues);
        }

        var record = new PatentRecord
        {
            ApplicationNumber = applicationNumber,
            Publications = publications,
            Type = type!.Value,
            Title = title!,
            Abstract = One(PatentColumn.Abstract),
            Claims = One(PatentColumn.Claims),
            Applicants = [.. Many(PatentColumn.Applicants).Select(Party.FromName)],
            RightHolders = [.. Many(PatentColumn.RightHolders).Select(Party.FromName)],
            Inventors = Many(PatentColumn.Inventors),
            Agency = One(PatentColumn.Agency),
            Agents = Many(PatentColumn.Agents),
            MainIpc = mainIpc,
            Ipcs = ipcs,
            ApplicationDate = Date(One(PatentColumn.ApplicationDate), "application_date", Warn),
            GrantDate = Date(One(PatentColumn.GrantDate), "grant_date", Warn),
            Address = address,
            Region = region,
            LegalStatus = status,
            FamilyId = One(PatentColumn.FamilyId),
        };
        return new ImportRow(line, record, issues);
    }

    private static DateOnly? Date(string? text, string field, Action<string, string, string> warn)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return DateOnly.FromDateTime(dateTime);
        }

        warn(field, $"日期格式不正确，已忽略：{text}", $"date not recognized, ignored: {text}");
        return null;
    }
}
