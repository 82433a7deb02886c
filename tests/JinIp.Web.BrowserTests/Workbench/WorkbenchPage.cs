namespace JinIp.Web.BrowserTests.Workbench;

/// <summary>The staff workbench at <c>/Workbench</c>.</summary>
public sealed class WorkbenchPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Main => page.GetByRole(AriaRole.Main);
}
