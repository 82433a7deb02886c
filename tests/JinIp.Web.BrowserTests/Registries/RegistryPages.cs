namespace JinIp.Web.BrowserTests.Registries;

/// <summary>A registry's public list at <c>/Registries/Browse/{key}</c> and its staff page at <c>/Registries/Manage/{key}</c>.</summary>
public sealed class RegistryPages(IPage page)
{
    public ILocator SearchBox => page.GetByRole(AriaRole.Searchbox, new() { Name = "检索（名称、权利人、类别等）" });

    public ILocator SearchButton => page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true });

    public ILocator Rows => page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);

    public ILocator ImportFile => page.GetByLabel("Excel 文件（.xlsx）");

    public ILocator ImportButton => page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true });

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public Task<IResponse?> GotoManageAsync(string key) => page.GotoAsync("/Registries/Manage/" + key);

    public Task<IResponse?> GotoBrowseAsync(string key) => page.GotoAsync("/Registries/Browse/" + key);
}

/// <summary>The 津门老字号 application form, an application's page and its step buttons.</summary>
public sealed class TimeHonoredPages(IPage page)
{
    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public ILocator State => page.GetByTestId("application-state");

    public ILocator Step(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public Task<IResponse?> GotoApplyAsync() => page.GotoAsync("/Registries/TimeHonored/Apply");
}
