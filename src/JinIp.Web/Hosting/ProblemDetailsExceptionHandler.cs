using System.Globalization;
using System.Text.Json;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Hosting;

/// <summary>
/// The one place where errors become RFC 9457 ProblemDetails for API callers: validation 400 with
/// field errors, 403, 404, 409 for conflicts, 413 for oversized bodies. Bad input never becomes a
/// 500. Pages fall through to the error page.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var zh = UiCulture.IsChinese(culture);
        ProblemDetails? problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(
                validation.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Localized(culture)).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = zh ? "输入有误" : "The input is not valid",
            },
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, zh ? "未找到" : "Not found", notFound.LocalizedMessage(culture)),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, zh ? "无权操作" : "Forbidden", forbidden.LocalizedMessage(culture)),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, zh ? "操作冲突" : "Conflict", conflict.LocalizedMessage(culture)),
            BadHttpRequestException badRequest => FromBadRequest(badRequest, zh),
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        if (exception is ForbiddenException)
        {
            await AuditDenialAsync(context, cancellationToken);
        }

        // The middleware has already pointed the request at the error page: decide by the original path.
        var originalPath = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            // Pages show their own messages; an error that escapes a page gets the error page with the same status.
            context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
            return false;
        }

        logger.LogInformation("Request rejected with {Status}: {Title}", problem.Status, problem.Title);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception, bool zh)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, zh ? "请求体过大" : "Request body too large", zh ? "请求内容超过了允许的大小。" : "The request body exceeds the allowed size.");
        }

        // A query or route value that does not fit its parameter (an unknown enum value, an invalid date…).
        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value;
            var value = bind.Groups["value"].Value;
            var text = zh ? $"参数“{name}”的值“{value}”无效。" : $"The value '{value}' is not valid for '{name}'.";
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [name] = [text] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = zh ? "输入有误" : "The input is not valid",
            };
        }

        // Malformed JSON, a wrong type, an unknown enum value or an invalid date in a body: name the field.
        var json = exception.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? path.TrimStart('$', '.') : "body";
        if (field.Length == 0)
        {
            field = "body";
        }

        var message = json is null
            ? (zh ? "请求格式不正确。" : "The request is malformed.")
            : zh ? $"字段“{field}”的值无法识别（格式或类型不正确）。" : $"The value of '{field}' could not be read (wrong format or type).";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = zh ? "输入有误" : "The input is not valid",
        };
    }

    private static async Task AuditDenialAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
        var audit = context.RequestServices.GetRequiredService<IAuditLog>();
        db.ChangeTracker.Clear();
        await audit.AppendAsync(db, new AuditRecord("auth.denied", "endpoint", $"{context.Request.Method} {context.Request.Path}"), cancellationToken);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"(?<type>[^ ]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.?$")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();
}
