using JinIp.Patents.Searches;
using JinIp.PatentSearch.Querying;
using JinIp.Platform.Errors;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>A signed-in searcher's own numbered history, saved searches and alerts.</summary>
internal static class PatentSearchesApi
{
    public static IEndpointRouteBuilder MapPatentSearchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/patents").WithTags("Patents: history and alerts").RequireAuthorization();

        api.MapGet("/history", ListHistory).WithName("ListSearchHistory")
            .WithSummary("The caller's numbered search history, newest first; combine entries in a query as #1 AND #3 NOT #2");
        api.MapDelete("/history", ClearHistory).WithName("ClearSearchHistory")
            .WithSummary("Clears the caller's search history (numbering continues, so an old #n never changes meaning)");

        api.MapGet("/saved-searches", ListSaved).WithName("ListSavedSearches").WithSummary("The caller's saved searches");
        api.MapPost("/saved-searches", CreateSaved).WithName("CreateSavedSearch")
            .WithSummary("Saves a query (history references are expanded); with alert=true, patents stored later that match it are notified")
            .WithDescription("Example body: {\"name\": \"锂电池正极（天津）\", \"query\": \"TI=锂电池 AND TX=正极 AND PA=天津\", \"alert\": true}");
        api.MapPut("/saved-searches/{id:guid}", UpdateSaved).WithName("UpdateSavedSearch")
            .WithSummary("Renames a saved search or switches its alert; send the version you read (409 if it changed meanwhile)");
        api.MapDelete("/saved-searches/{id:guid}", DeleteSaved).WithName("DeleteSavedSearch").WithSummary("Deletes a saved search and its alert hits");
        api.MapGet("/saved-searches/{id:guid}/hits", ListHits).WithName("ListAlertHits").WithSummary("Patents the alert found, newest first");
        return app;
    }

    public sealed record HistoryResponse(int Number, string Query, string Expanded, string Mode, int TotalHits, DateTime CreatedAt);

    public sealed record SavedSearchResponse(Guid Id, string Name, string Query, bool Alert, DateTime CreatedAt, DateTime? AlertSince, DateTime? LastAlertAt, int AlertHitCount, int Version);

    public sealed record CreateSavedSearchRequest(string? Name, string? Query, bool Alert = false);

    public sealed record UpdateSavedSearchRequest(string? Name, bool? Alert, int Version);

    public sealed record AlertHitResponse(string PatentKey, string Title, DateTime FoundAt);

    private static Guid UserId(HttpContext context) => HttpActorAccessor.FromContext(context).UserId!.Value;

    private static SavedSearchResponse ToResponse(SavedSearch s) => new(s.Id, s.Name, s.Query, s.Alert, s.CreatedAt, s.AlertSince, s.LastAlertAt, s.AlertHitCount, s.Version);

    private static async Task<Ok<List<HistoryResponse>>> ListHistory(HttpContext context, SearchHistoryService history, CancellationToken ct) =>
        TypedResults.Ok((await history.ListAsync(UserId(context), SearchLimits.HistoryKept, ct))
            .Select(h => new HistoryResponse(h.Number, h.Query, h.Expanded, h.Mode, h.TotalHits, h.CreatedAt)).ToList());

    private static async Task<NoContent> ClearHistory(HttpContext context, SearchHistoryService history, CancellationToken ct)
    {
        await history.ClearAsync(UserId(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<SavedSearchResponse>>> ListSaved(HttpContext context, SavedSearchService saved, CancellationToken ct) =>
        TypedResults.Ok((await saved.ListAsync(UserId(context), ct)).Select(ToResponse).ToList());

    private static async Task<Results<Created<SavedSearchResponse>, ProblemHttpResult>> CreateSaved(CreateSavedSearchRequest request, HttpContext context, SavedSearchService saved, CancellationToken ct)
    {
        try
        {
            var created = await saved.CreateAsync(UserId(context), request.Name ?? "", request.Query ?? "", request.Alert, ct);
            return TypedResults.Created($"/api/v1/patents/saved-searches/{created.Id:D}", ToResponse(created));
        }
        catch (QuerySyntaxException ex)
        {
            return PatentsApi.QueryProblem(ex, UiCulture.IsCurrentChinese);
        }
    }

    private static async Task<Ok<SavedSearchResponse>> UpdateSaved(Guid id, UpdateSavedSearchRequest request, HttpContext context, SavedSearchService saved, CancellationToken ct) =>
        TypedResults.Ok(ToResponse(await saved.UpdateAsync(UserId(context), id, request.Name, request.Alert, request.Version, ct)));

    private static async Task<NoContent> DeleteSaved(Guid id, HttpContext context, SavedSearchService saved, CancellationToken ct)
    {
        await saved.DeleteAsync(UserId(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<AlertHitResponse>>, ValidationProblem>> ListHits(Guid id, HttpContext context, SavedSearchService saved, [FromQuery] int? take, CancellationToken ct)
    {
        if (take is < 1 or > 1_000)
        {
            var zh = UiCulture.IsCurrentChinese;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = [zh ? "take 须在 1 到 1000 之间。" : "take must be between 1 and 1,000."] }, title: zh ? "输入有误" : "The input is not valid");
        }

        return TypedResults.Ok((await saved.HitsAsync(UserId(context), id, take ?? 200, ct)).Select(h => new AlertHitResponse(h.PatentKey, h.Title, h.FoundAt)).ToList());
    }
}
