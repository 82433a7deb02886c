using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string TraceId { get; private set; } = "";

    public string MessageKey { get; private set; } = "ErrorGeneric";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        TraceId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        MessageKey = Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => "ErrorBadRequest",
            StatusCodes.Status403Forbidden => "ErrorForbidden",
            StatusCodes.Status404NotFound => "ErrorNotFound",
            StatusCodes.Status409Conflict => "ErrorConflict",
            _ => "ErrorGeneric",
        };
    }
}
