using System.Globalization;
using JinIp.Patents;
using JinIp.Patents.Indexing;
using JinIp.Patents.Searches;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>
/// The public patent search API (天津市专利检索及分析系统): command search, one patent, analysis of a result set.
/// Open to everyone; anonymous callers are rate limited per address.
/// </summary>
internal static class PatentsApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapPatentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/patents").WithTags("Patents").AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit);

        api.MapGet("/search", Search).WithName("SearchPatents")
            .WithSummary("Command search, e.g. TI=(锂电池 OR 钠离子电池) AND PA=天津大学 AND AD>=2019-01-01 AND IC=H01M*; a query error answers 400 with its position");
        api.MapGet("/analysis", Analyze).WithName("AnalyzePatents")
            .WithSummary("Analysis of a query's whole result set: trend by year and type, top applicants, inventors, agencies, IPC, industries, districts, legal status, co-applicants, high-value count");
        api.MapGet("/analysis/table", AnalysisTable).WithName("AnalysisTableExcel")
            .WithSummary("One analysis chart's data as an Excel file (table = trend, applicants, inventors, ipc, industries, regions, status, coapplicants or highvalue)");
        api.MapGet("/{key}", GetPatent).WithName("GetPatent")
            .WithSummary("One patent by application number (e.g. 201710117081.7, with or without CN/ZL, dot or spaces) or publication number");
        return app;
    }

    /// <summary>A page of hits. <c>HistoryNumber</c> is the search's number in the signed-in caller's history (use it as <c>#n</c>).</summary>
    public sealed record SearchResponse(string Query, int Total, int Page, int Size, int? HistoryNumber, IReadOnlyList<HitResponse> Hits);

    public sealed record HitResponse(string Key, string? ApplicationNumber, IReadOnlyList<string> PublicationNumbers, string Title, string TitleHighlighted, string AbstractSnippet, DateOnly? ApplicationDate, PatentType Type, LegalStatus LegalStatus, IReadOnlyList<string> Applicants, string? MainIpc, float Score, int FamilyHits);

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> Search(
        HttpContext context, PatentIndexHost index, SearchHistoryService history, [FromQuery] string? q, [FromQuery] string? sort, [FromQuery] int? page, [FromQuery] int? size,
        [FromQuery, System.ComponentModel.Description("family: one row per patent family (total then counts families; familyHits gives the members matched)")] string? collapse, CancellationToken ct)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q) || q.Length > 2_000)
        {
            errors["q"] = [zh ? "请输入检索式（最多 2000 个字符）。" : "Enter a query (at most 2,000 characters)."];
        }

        var pageSize = size ?? 20;
        if (pageSize is not (10 or 20 or 50 or 100))
        {
            errors["size"] = [zh ? "每页条数须为 10、20、50 或 100。" : "size must be 10, 20, 50 or 100."];
        }

        var pageNumber = page ?? 1;
        if (pageNumber < 1 || (long)pageNumber * pageSize > 10_000)
        {
            errors["page"] = [zh ? "页码须为正数，且最多翻到第 10,000 条。" : "page must be positive and stay within the first 10,000 hits."];
        }

        SearchSort? order = sort switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.ApplicationDateDescending,
            "date-asc" => SearchSort.ApplicationDateAscending,
            _ => null,
        };
        if (order is null)
        {
            errors["sort"] = [zh ? "排序方式须为 relevance、date 或 date-asc。" : "sort must be relevance, date or date-asc."];
        }

        if (collapse is not (null or "" or "family"))
        {
            errors["collapse"] = [zh ? "collapse 只能为 family（合并同族）。" : "collapse can only be family."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: zh ? "输入有误" : "The input is not valid");
        }

        try
        {
            // Signed-in callers get a numbered history, and #n in their query refers to it.
            var userId = context.User.Identity?.IsAuthenticated == true ? HttpActorAccessor.FromContext(context).UserId : null;
            var resolver = userId is { } id ? await history.ResolverAsync(id, ct) : null;
            var parsed = QueryParser.Parse(q!);
            var result = index.Searcher.Search(parsed, new SearchRequest { Sort = order!.Value, Offset = (pageNumber - 1) * pageSize, Limit = pageSize, History = resolver, CollapseFamilies = collapse == "family" });
            int? number = userId is { } uid ? await history.RecordAsync(uid, parsed, "api", result.TotalHits, resolver!, ct) : null;
            return TypedResults.Ok(new SearchResponse(result.Query.ToString(), result.TotalHits, pageNumber, pageSize, number is > 0 ? number : null, result.Hits.Select(h =>
                new HitResponse(h.Key, h.ApplicationNumber, h.PublicationNumbers, h.Title, h.TitleHighlighted, h.AbstractSnippet, h.ApplicationDate, h.Type, h.LegalStatus, h.Applicants, h.MainIpc, h.Score, h.FamilyHits)).ToList()));
        }
        catch (QuerySyntaxException ex)
        {
            return QueryProblem(ex, zh);
        }
    }

    private static Results<Ok<AnalysisResult>, ValidationProblem, ProblemHttpResult> Analyze(PatentIndexHost index, [FromQuery] string? q, [FromQuery] int? top)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        if (string.IsNullOrWhiteSpace(q) || q.Length > 2_000 || top is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [string.IsNullOrWhiteSpace(q) || q.Length > 2_000 ? "q" : "top"] = [zh ? "请输入检索式（最多 2000 个字符），top 须在 1 到 100 之间。" : "Enter a query (at most 2,000 characters); top must be between 1 and 100."],
                },
                title: zh ? "输入有误" : "The input is not valid");
        }

        try
        {
            return TypedResults.Ok(index.Searcher.Analyze(q, new AnalysisOptions { TopN = top ?? 20 }));
        }
        catch (QuerySyntaxException ex)
        {
            return QueryProblem(ex, zh);
        }
    }

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> AnalysisTable(PatentIndexHost index, [FromQuery] string? q, [FromQuery] string? table)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        if (string.IsNullOrWhiteSpace(q) || q.Length > 2_000 || table is null || !Pages.Patents.AnalysisTables.Ids.Contains(table))
        {
            var field = string.IsNullOrWhiteSpace(q) || q.Length > 2_000 ? "q" : "table";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [field] = [field == "q"
                        ? (zh ? "请输入检索式（最多 2000 个字符）。" : "Enter a query (at most 2,000 characters).")
                        : (zh ? $"table 须为：{string.Join("、", Pages.Patents.AnalysisTables.Ids)}。" : $"table must be one of: {string.Join(", ", Pages.Patents.AnalysisTables.Ids)}.")],
                },
                title: zh ? "输入有误" : "The input is not valid");
        }

        AnalysisResult result;
        try
        {
            result = index.Searcher.Analyze(q, new AnalysisOptions { TopN = 50, IncludeCoApplicantPairs = table == "coapplicants" });
        }
        catch (QuerySyntaxException ex)
        {
            return QueryProblem(ex, zh);
        }

        var data = Pages.Patents.AnalysisTables.Build(result, zh).Single(t => t.Id == table);
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, data.AsRecords().ToList() is { Count: > 0 } rows ? rows : [data.Columns.ToDictionary(c => c, _ => (object)"", StringComparer.Ordinal)], sheetName: data.Title.Length > 31 ? data.Title[..31] : data.Title);
        return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{(zh ? "专利分析" : "patent-analysis")}-{table}.xlsx");
    }

    public sealed record PartyResponse(string Name, ApplicantType Type);

    public sealed record PublicationResponse(string Number, DateOnly? Date);

    public sealed record LegalEventResponse(DateOnly Date, LegalEventKind Kind, string? Description, decimal? AmountYuan);

    public sealed record PatentResponse(
        string Key,
        string? ApplicationNumber,
        string? PatentNumber,
        IReadOnlyList<PublicationResponse> Publications,
        PatentType Type,
        string Title,
        string? Abstract,
        string? Claims,
        IReadOnlyList<PartyResponse> Applicants,
        IReadOnlyList<PartyResponse> RightHolders,
        IReadOnlyList<string> Inventors,
        string? Agency,
        IReadOnlyList<string> Agents,
        string? MainIpc,
        IReadOnlyList<string> Ipcs,
        DateOnly? ApplicationDate,
        DateOnly? GrantDate,
        string? Address,
        string? RegionCode,
        LegalStatus LegalStatus,
        IReadOnlyList<LegalEventResponse> LegalEvents,
        string? FamilyId);

    private static PatentResponse ToResponse(PatentRecord r) => new(
        r.Key,
        r.ApplicationNumber?.ToString(),
        r.ApplicationNumber is { } an ? "ZL" + an : null,
        r.Publications.Select(p => new PublicationResponse(p.Number.ToString(), p.Date)).ToList(),
        r.Type,
        r.Title,
        r.Abstract,
        r.Claims,
        r.Applicants.Select(a => new PartyResponse(a.Name, a.Type)).ToList(),
        r.RightHolders.Select(a => new PartyResponse(a.Name, a.Type)).ToList(),
        r.Inventors,
        r.Agency,
        r.Agents,
        r.MainIpc?.Code,
        r.Ipcs.Select(i => i.Code).ToList(),
        r.ApplicationDate,
        r.GrantDate,
        r.Address,
        r.Region?.Code,
        r.LegalStatus,
        r.LegalEvents.Select(e => new LegalEventResponse(e.Date, e.Kind, e.Description, e.AmountYuan)).ToList(),
        r.FamilyId);

    private static async Task<Results<Ok<PatentResponse>, NotFound<ProblemDetails>>> GetPatent(string key, PatentStore store, CancellationToken ct)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        var normalized = ApplicationNumber.TryParse(key, out var number) ? number.ToString() : key.Trim().ToUpperInvariant();
        var record = normalized.Length <= 32 ? await store.FindAsync(normalized, ct) : null;
        return record is null
            ? TypedResults.NotFound(new ProblemDetails { Status = 404, Title = zh ? "未找到" : "Not found", Detail = zh ? $"没有申请号或公开号为 {key} 的专利。" : $"No patent with application or publication number {key}." })
            : TypedResults.Ok(ToResponse(record));
    }

    /// <summary>A query syntax error as a 400 ProblemDetails with its position, in the caller's language (also used by the export).</summary>
    internal static ProblemHttpResult QueryProblem(QuerySyntaxException ex, bool zh) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: zh ? "检索式有误" : "The query is not valid",
        detail: zh ? ex.MessageZh : ex.MessageEn,
        extensions: new Dictionary<string, object?>
        {
            ["position"] = ex.Position,
            ["expected"] = zh ? ex.ExpectedZh : ex.ExpectedEn,
            ["found"] = ex.Found,
        });
}
