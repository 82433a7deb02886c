using JinIp.PatentSearch.Reference;
using JinIp.Platform.Errors;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>The IPC scheme with Chinese titles, for browsing and picking codes (the form search's IPC picker).</summary>
internal static class IpcApi
{
    public static IEndpointRouteBuilder MapIpcApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/ipc").WithTags("IPC").AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit);
        api.MapGet("/", Children).WithName("BrowseIpc")
            .WithSummary("The codes one level below parent (sections without it; e.g. parent=H01M gives its main groups, parent=H01M10/00 its subgroups), with Chinese titles");
        api.MapGet("/search", Search).WithName("SearchIpc")
            .WithSummary("Codes whose Chinese title contains q, or whose code starts with it (e.g. q=锂电池 or q=H01M), broadest first");
        return app;
    }

    public sealed record IpcEntryResponse(string Code, string Title, bool HasChildren);

    public sealed record IpcLevelResponse(string? Parent, string? ParentTitle, IReadOnlyList<IpcEntryResponse> Path, IReadOnlyList<IpcEntryResponse> Children);

    private static Results<Ok<IpcLevelResponse>, NotFound<ProblemDetails>> Children([FromQuery] string? parent)
    {
        var code = string.IsNullOrWhiteSpace(parent) ? null : parent.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        var children = IpcScheme.ChildrenOf(code);
        if (code is not null && children.Count == 0 && !IpcScheme.Contains(code))
        {
            var zh = UiCulture.IsCurrentChinese;
            return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = zh ? "未找到" : "Not found", Detail = zh ? $"IPC 分类表中没有 {parent}。" : $"The IPC scheme has no code {parent}." });
        }

        var path = new List<IpcEntryResponse>();
        for (var c = code; c is not null; c = IpcScheme.ParentOf(c))
        {
            path.Insert(0, new IpcEntryResponse(c, IpcScheme.TitleOf(c) ?? "", true));
        }

        return TypedResults.Ok(new IpcLevelResponse(code, code is null ? null : IpcScheme.TitleOf(code), path, children.Select(e => new IpcEntryResponse(e.Code, e.Title, e.HasChildren)).ToList()));
    }

    private static Results<Ok<List<IpcEntryResponse>>, ValidationProblem> Search([FromQuery] string? q, [FromQuery] int? take)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 50 || take is < 1 or > 200)
        {
            var zh = UiCulture.IsCurrentChinese;
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [string.IsNullOrWhiteSpace(q) || q.Length > 50 ? "q" : "take"] = [zh ? "请输入 1 到 50 个字符的查找内容，take 须在 1 到 200 之间。" : "Enter 1 to 50 characters to look for; take must be between 1 and 200."] },
                title: zh ? "输入有误" : "The input is not valid");
        }

        return TypedResults.Ok(IpcScheme.Find(q, take ?? 50).Select(e => new IpcEntryResponse(e.Code, e.Title, e.HasChildren)).ToList());
    }
}
